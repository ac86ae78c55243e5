import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { sampleGraphJson } from './support/sample.js'
import { CLI as cli, expectOneLine, runCli, scratchDir } from './support/cli.js'

// The built bin, run as users run it (`npm test` builds first).
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
// The canonical fixture once it ships; until then the sample graph, which is also a complete valid graph.
const GRAPH = existsSync(fixture('canonical.graph.json')) ? fixture('canonical.graph.json') : fixture('sample.graph.json')
// Each case starts Node at least once; shared machines can be slow to do so.
vi.setConfig({ testTimeout: 120_000 })

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string }

const run = runCli
const { dir: tmp, write } = scratchDir('validate')
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '')
const jsonLines = (text: string): any[] => lines(text).map((l) => JSON.parse(l))
const oneLine = expectOneLine

const state = (code: string) => JSON.stringify({ kind: 'state', id: `state:${code}`, name: `State ${code}`, countryCode: code })

describe('news-codecs --help and --version', () => {
  it('--help prints the usage with the commands, the options and the exit codes', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: news-codecs/)
    for (const word of ['validate', 'summary', '--type', '--ndjson', '--out', '--rejects', '--format', 'Exit codes']) {
      expect(result.stdout).toContain(word)
    }
    expect(run(['validate', '-h']).stdout).toBe(result.stdout)
  })

  it('--version prints the package version', () => {
    const result = run(['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(pkg.version)
  })

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['validate', '--bogus'], /Unknown option '--bogus'/],
    [['validate', '--type', 'Treaty', GRAPH], /unknown --type "Treaty"; one of: Graph, Article/],
    [['validate', '--format', 'xml', GRAPH], /--format must be text, json, sarif or junit/],
    [['validate', '--out', 'x', GRAPH], /--out needs --ndjson/],
    [['validate', '--ndjson', '--workers', 'many', GRAPH], /--workers must be a whole number/],
    [['validate', '--out', 'x.ndjson', 'a.ndjson', 'b.ndjson'], /--out x\.ndjson would be shared by several inputs/],
    [['summary', 'a', 'b'], /takes one FILE/],
  ])('usage error %j exits 2 with one line', (args, message) => {
    const result = run(args)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(message)
    oneLine(result.stderr)
  })
})

describe('news-codecs validate (one document)', () => {
  it('accepts the fixture graph: exit 0', () => {
    const result = run(['validate', GRAPH])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/valid Graph/)
    expect(result.stderr).toBe('')
  })

  it('reads stdin for - and when no FILE is given', () => {
    const text = readFileSync(GRAPH, 'utf8')
    expect(run(['validate', '-'], text).status).toBe(0)
    const result = run(['validate'], text)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('<stdin>: valid Graph')
  })

  it('on a broken copy exits 1 and prints each path, in text and as JSON', () => {
    const g = sampleGraphJson()
    g.meetings[0].participants[0] = 'person:nobody'
    const file = write('broken.graph.json', JSON.stringify(g))
    const text = run(['validate', file])
    expect(text.status).toBe(1)
    expect(text.stdout).toContain(`${file}: meetings[0].participants[0]: unknown actor "person:nobody"`)
    expect(text.stdout).not.toMatch(/\u001b\[/)

    const json = run(['validate', '--format', 'json', file])
    expect(json.status).toBe(1)
    const objects = jsonLines(json.stdout)
    const issues = objects.filter((o) => o.type === 'issue')
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      expect(Array.isArray(issue.path)).toBe(true)
      expect(typeof issue.code).toBe('string')
      expect(issue.file).toBe(file)
    }
    expect(objects.at(-1)).toMatchObject({ type: 'summary', read: 1, valid: 0, invalid: 1, issues: issues.length })
  })

  it('reports a shape problem with its path once the graph checks cannot run', () => {
    const g = sampleGraphJson()
    delete g.actors[0].name
    const json = run(['validate', '--format', 'json', write('shape.graph.json', JSON.stringify(g))])
    expect(json.status).toBe(1)
    expect(jsonLines(json.stdout)[0]).toMatchObject({ path: ['actors', 0, 'name'], code: 'missing' })
  })

  it('--type validates one record of a model, matched without regard to case', () => {
    const meeting = sampleGraphJson().meetings[0]
    expect(run(['validate', '--type', 'Meeting', write('meeting.json', JSON.stringify(meeting))]).status).toBe(0)
    expect(run(['validate', '--type', 'meeting', '-'], JSON.stringify(meeting)).status).toBe(0)
    const broken = run(['validate', '--type', 'Meeting', '--format', 'json', '-'], JSON.stringify({ ...meeting, mood: 'tense' }))
    expect(broken.status).toBe(1)
    expect(jsonLines(broken.stdout)[0]).toMatchObject({ path: ['mood'], code: 'unexpected_key' })
  })

  it('--type accepts every model name', () => {
    for (const name of ['Article', 'Actor', 'Place', 'Event', 'Meeting', 'Agreement', 'Document', 'Statement', 'Position', 'Relation', 'Evidence', 'Time', 'Graph']) {
      // An empty object is no valid record of any model: exit 1 (found invalid), never 2 (not understood).
      const result = run(['validate', '--type', name, '-'], '{}')
      expect(result.status, name).toBe(1)
      expect(result.stdout, name).toContain(`issue(s) in ${name}`)
    }
  })

  it('an empty file, a missing file, a directory and binary garbage exit 2 with one line', () => {
    const cases: Array<[string, RegExp]> = [
      [write('empty.json', ''), /is empty/],
      [join(tmp, 'missing.json'), /cannot read .*missing\.json: no such file/],
      [tmp, /cannot read .*: it is a directory/],
      [write('garbage.bin', Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a, 0x80])), /is not UTF-8 text/],
      [write('notjson.json', '{"articles": ['), /is not JSON/],
    ]
    for (const [file, message] of cases) {
      const result = run(['validate', file])
      expect(result.status, file).toBe(2)
      expect(result.stderr, file).toMatch(message)
      oneLine(result.stderr)
    }
  })
})

describe('news-codecs validate --ndjson', () => {
  // Line 1 valid, 2 invalid, 3 not JSON, 4 empty, 5 valid (CRLF), 6 not UTF-8, 7 valid without a final newline.
  const garbage = Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x00])
  const mixed = Buffer.concat([
    Buffer.from(`${state('IN')}\n${state('XX')}\n{oops\n\n${state('US')}\r\n`),
    garbage,
    Buffer.from(`\n${state('FR')}`),
  ])

  it('reconciles read = valid + invalid + not JSON and keeps every bad line with its reasons', () => {
    const file = write('mixed.ndjson', mixed)
    const out = join(tmp, 'mixed.valid.ndjson')
    const rejects = join(tmp, 'mixed.rejects.ndjson')
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--out', out, '--rejects', rejects, file])
    expect(result.status).toBe(1)
    const objects = jsonLines(result.stdout)
    const summary = objects.at(-1)
    expect(summary).toEqual({ type: 'summary', file, read: 7, valid: 3, invalid: 1, notJson: 3 })
    expect(summary.read).toBe(summary.valid + summary.invalid + summary.notJson)
    expect(objects.filter((o) => o.type === 'issue').map((o) => [o.line, o.code])).toEqual([
      [2, 'invalid_value'],
      [3, 'not_json'],
      [4, 'not_json'],
      [6, 'not_utf8'],
    ])

    expect(lines(readFileSync(out, 'utf8'))).toEqual([state('IN'), state('US'), state('FR')])
    const bad = jsonLines(readFileSync(rejects, 'utf8'))
    expect(bad.map((r) => r.line)).toEqual([2, 3, 4, 6])
    expect(bad[0]).toMatchObject({ record: JSON.parse(state('XX')), issues: [{ path: ['countryCode'], code: 'invalid_value' }] })
    expect(bad[1]).toMatchObject({ text: '{oops', issues: [{ path: [], code: 'not_json' }] })
    expect(bad[2]).toMatchObject({ text: '', issues: [{ code: 'not_json' }] })
    expect(Buffer.from(bad[3].bytes, 'base64')).toEqual(garbage)
    for (const reject of bad) expect(reject.issues[0].message).toMatch(/\S/)
  })

  it('prints file:line, path and message in text, and a one-line summary', () => {
    const result = run(['validate', '--ndjson', '--type', 'Actor', write('mixed2.ndjson', mixed)])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/mixed2\.ndjson:2: countryCode: "XX" is not an assigned ISO 3166-1/)
    expect(result.stdout).toMatch(/mixed2\.ndjson:3: \(root\): the line is not JSON/)
    expect(result.stdout).toMatch(/read 7 = valid 3 \+ invalid 1 \+ not JSON 3/)
    expect(result.stdout).not.toMatch(/\u001b\[/)
  })

  it('streams stdin to stdout with --out -, reports on stderr', () => {
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--out', '-'], mixed)
    expect(result.status).toBe(1)
    expect(lines(result.stdout)).toEqual([state('IN'), state('US'), state('FR')])
    expect(result.stderr).toMatch(/<stdin>: read 7 = valid 3/)
  })

  it('an empty input is all valid: read 0, exit 0', () => {
    const result = run(['validate', '--ndjson', '--format', 'json', write('empty.ndjson', '')])
    expect(result.status).toBe(0)
    expect(jsonLines(result.stdout)).toEqual([{ type: 'summary', file: join(tmp, 'empty.ndjson'), read: 0, valid: 0, invalid: 0, notJson: 0 }])
  })

  it('all valid: exit 0', () => {
    const result = run(['validate', '--ndjson', '--type', 'Actor', '-'], `${state('IN')}\n${state('US')}\n`)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/read 2 = valid 2 \+ invalid 0 \+ not JSON 0/)
  })

  it('a byte order mark is dropped from the first line only, whatever the batch size', () => {
    const input = `\uFEFF${state('IN')}\n\uFEFF${state('US')}\n`
    for (const workers of ['0', '1']) {
      const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--workers', workers, '-'], input)
      expect(result.status).toBe(1)
      const objects = jsonLines(result.stdout)
      expect(objects[0]).toMatchObject({ line: 2, code: 'not_json' })
      expect(objects.at(-1)).toMatchObject({ read: 2, valid: 1, notJson: 1 })
    }
  })

  it('binary garbage is kept in rejects, byte for byte, exit 1', () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256
    const rejects = join(tmp, 'garbage.rejects.ndjson')
    const result = run(['validate', '--ndjson', '--format', 'json', '--rejects', rejects, write('garbage.ndjson', bytes)])
    expect(result.status).toBe(1)
    const summary = jsonLines(result.stdout).at(-1)
    expect(summary.valid).toBe(0)
    expect(summary.read).toBe(summary.invalid + summary.notJson)
    // Every line comes back from the rejects: as text, or as base64 when it is not UTF-8.
    const back = jsonLines(readFileSync(rejects, 'utf8')).map((r) => (r.bytes === undefined ? Buffer.from(r.text) : Buffer.from(r.bytes, 'base64')))
    expect(back).toHaveLength(summary.read)
    const original = bytes.toString('latin1').split('\n').map((l) => Buffer.from(l.replace(/\r$/, ''), 'latin1'))
    expect(back).toEqual(original.slice(0, summary.read))
  })

  it('a missing file and an unwritable --rejects exit 2 with one line', () => {
    const missing = run(['validate', '--ndjson', join(tmp, 'missing.ndjson')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/cannot read .*missing\.ndjson: no such file/)
    oneLine(missing.stderr)
    const unwritable = run(['validate', '--ndjson', '--rejects', join(tmp, 'no-dir', 'r.ndjson'), write('one.ndjson', `${state('IN')}\n`)])
    expect(unwritable.status).toBe(2)
    expect(unwritable.stderr).toMatch(/cannot write .*r\.ndjson: ENOENT/)
    oneLine(unwritable.stderr)
  })

  it('worker threads give the same output, in input order, as the main thread', () => {
    // About 3 MB: a dozen batches, so that workers finish out of order.
    const records: string[] = []
    for (let i = 0; i < 40_000; i++) {
      if (i % 997 === 5) records.push(`{"broken": ${i}`)
      else records.push(JSON.stringify({ kind: 'state', id: `state:${i}`, name: `State ${i}`, countryCode: i % 613 === 7 ? 'XX' : 'IN' }))
    }
    const file = write('many.ndjson', `${records.join('\n')}\n`)
    const outputs = ['0', '2', '3'].map((workers) => {
      const out = join(tmp, `many.${workers}.valid`)
      const rejects = join(tmp, `many.${workers}.rejects`)
      const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--workers', workers, '--out', out, '--rejects', rejects, file])
      expect(result.status).toBe(1)
      return { report: result.stdout, valid: readFileSync(out, 'utf8'), rejects: readFileSync(rejects, 'utf8') }
    })
    expect(outputs[1]).toEqual(outputs[0])
    expect(outputs[2]).toEqual(outputs[0])
    const reported = jsonLines(outputs[0]!.report)
    const issueLines = reported.filter((o) => o.type === 'issue').map((o) => o.line)
    expect(issueLines).toEqual([...issueLines].sort((a, b) => a - b))
    const summary = reported.at(-1)
    expect(summary.read).toBe(40_000)
    expect(summary.read).toBe(summary.valid + summary.invalid + summary.notJson)
    expect(lines(outputs[0]!.valid)).toHaveLength(summary.valid)
    expect(lines(outputs[0]!.rejects)).toHaveLength(summary.invalid + summary.notJson)
  })
})

describe('news-codecs validate at scale and on a terminal', () => {
  it('streams a 1,000,000-line input and reconciles every line', () => {
    // Memory flatness is measured in bench/cli-ndjson.bench.ts; here: nothing lost, nothing counted twice.
    const records: string[] = []
    for (let i = 0; i < 1_000_000; i++) {
      records.push(i % 100_000 === 9 ? '{"value": 2021' : `{"value":"2021-05-${String((i % 28) + 1).padStart(2, '0')}"}`)
    }
    const file = write('million.ndjson', `${records.join('\n')}\n`)
    const out = join(tmp, 'million.valid.ndjson')
    const rejects = join(tmp, 'million.rejects.ndjson')
    const result = run(['validate', '--ndjson', '--type', 'Time', '--format', 'json', '--out', out, '--rejects', rejects, file])
    expect(result.status).toBe(1)
    expect(jsonLines(result.stdout).at(-1)).toEqual({ type: 'summary', file, read: 1_000_000, valid: 999_990, invalid: 0, notJson: 10 })
    expect(countLines(readFileSync(out))).toBe(999_990)
    expect(jsonLines(readFileSync(rejects, 'utf8')).map((r) => r.line)).toEqual(Array.from({ length: 10 }, (_, k) => k * 100_000 + 10))
  })

  const hasScript = spawnSync('script', ['--version']).status === 0
  it.runIf(hasScript)('colours text reports on a terminal, unless NO_COLOR is set', () => {
    const file = write('colour.ndjson', `${state('XX')}\n`)
    // `script` runs the command with its stdout on a pseudo-terminal.
    const onTty = (noColor: string) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" validate --ndjson --type Actor "${file}"`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: noColor },
      })
    const coloured = onTty('')
    expect(coloured.stdout).toMatch(/\u001b\[31m.*not an assigned/)
    const plain = onTty('1')
    expect(plain.stdout).toMatch(/colour\.ndjson:1: countryCode: "XX" is not an assigned/)
    expect(plain.stdout).not.toMatch(/\u001b\[/)
  })
})

const countLines = (bytes: Buffer): number => {
  let n = 0
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) n++
  return n
}
