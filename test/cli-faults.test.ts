/**
 * Faults of the command line, each once a defect: outputs over the input, lines too long to hold, escape
 * sequences reaching the terminal, signals in the middle of a run, outputs that fail, and the small ones.
 * Every case runs the built bin (`npm test` builds first), as users run it.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import {
  appendFileSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sampleGraphJson } from './support/sample.js'
import { CLI, expectOneLine, runCli, scratchDir } from './support/cli.js'

vi.setConfig({ testTimeout: 120_000 })

const cli = CLI
const { dir: tmp, write } = scratchDir('faults')
const env = { ...process.env, NO_COLOR: '' }
const run = runCli
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '')
const jsonLines = (text: string): any[] => lines(text).map((l) => JSON.parse(l)) // eslint-disable-line @typescript-eslint/no-explicit-any
const oneLine = expectOneLine
const state = (code: string, i = 0) => JSON.stringify({ kind: 'state', id: `state:s${i}`, name: `State ${i}`, countryCode: code })
const sha256 = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
/** Writes `head`, `count` MiB of `byte`, then `tail`, without holding more than one MiB. */
const writeLongLine = async (file: string, head: string, count: number, byte: number | Buffer, tail: string): Promise<void> => {
  const out = createWriteStream(file)
  out.write(head)
  const mib = typeof byte === 'number' ? Buffer.alloc(1 << 20, byte) : byte
  for (let i = 0; i < count; i++) if (!out.write(mib)) await once(out, 'drain')
  out.end(tail)
  await once(out, 'finish')
}

describe('outputs that are the input or each other are refused before anything is written', () => {
  const input = `${state('IN')}\n${state('XX', 1)}\n`
  const refused = (args: string[], files: string[], stdin?: number): void => {
    const before = files.map((f) => readFileSync(f, 'utf8'))
    const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', ...args], {
      encoding: 'utf8',
      env,
      stdio: [stdin ?? 'pipe', 'pipe', 'pipe'],
    })
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/same file/)
    oneLine(result.stderr)
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(before)
  }

  it('--out is the input', () => {
    const file = write('self.ndjson', input)
    refused(['--out', file, file], [file])
  })

  it('--rejects is the input through a symlink, or a hard link', () => {
    const file = write('linked.ndjson', input)
    symlinkSync(file, join(tmp, 'linked.symlink'))
    linkSync(file, join(tmp, 'linked.hardlink'))
    refused(['--rejects', join(tmp, 'linked.symlink'), file], [file])
    refused(['--out', join(tmp, 'linked.hardlink'), file], [file])
  })

  it('--out and --rejects are the same file, existing or not', () => {
    const file = write('two.ndjson', input)
    const both = write('both.ndjson', 'kept\n')
    refused(['--out', both, '--rejects', both, file], [file, both])
    const fresh = join(tmp, 'fresh.ndjson')
    const result = run(['validate', '--ndjson', '--out', fresh, '--rejects', join(tmp, '.', 'fresh.ndjson'), file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/same file/)
    expect(() => statSync(fresh)).toThrow()
  })

  it('stdin read from the file that --out names', () => {
    const file = write('stdin.ndjson', input)
    const fd = openSync(file, 'r')
    try {
      refused(['--out', file, '-'], [file], fd)
    } finally {
      closeSync(fd)
    }
  })

  it('a --rejects in a missing directory leaves an existing --out untouched', () => {
    const file = write('missing-dir.ndjson', input)
    const out = write('missing-dir.valid', 'earlier output\n')
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--out', out, '--rejects', join(tmp, 'no-such-dir', 'r.ndjson'), file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/cannot write .*r\.ndjson/)
    oneLine(result.stderr)
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n')
  })

  it('distinct outputs are written, and an existing output is replaced', () => {
    const file = write('distinct.ndjson', input)
    const out = write('distinct.valid', 'x'.repeat(10_000))
    const rejects = join(tmp, 'distinct.rejects')
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--out', out, '--rejects', rejects, file])
    expect(result.status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe(`${state('IN')}\n`)
    expect(jsonLines(readFileSync(rejects, 'utf8')).map((r) => r.line)).toEqual([2])
  })
})

describe('long lines: judged and kept, or rejected as too long; the run goes on and reconciles', () => {
  it('a line over --max-bytes is rejected with its number and size; the lines after it are checked', () => {
    const long = Buffer.alloc(3 << 20, 0x01)
    const file = write('over.ndjson', Buffer.concat([Buffer.from(`${state('IN')}\n`), long, Buffer.from(`\n${state('XX', 1)}\n${state('FR', 2)}`)]))
    for (const workers of ['0', '2']) {
      const out = join(tmp, `over.${workers}.valid`)
      const rejects = join(tmp, `over.${workers}.rejects`)
      const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--max-bytes', '1M', '--workers', workers, '--out', out, '--rejects', rejects, file])
      expect(result.status, result.stderr).toBe(1)
      const objects = jsonLines(result.stdout)
      expect(objects.at(-1)).toEqual({ type: 'summary', file, read: 4, valid: 2, invalid: 1, notJson: 1 })
      expect(objects.filter((o) => o.type === 'issue').map((o) => [o.line, o.code])).toEqual([
        [2, 'line_too_long'],
        [3, 'invalid_value'],
      ])
      expect(objects[0].message).toMatch(/3145728 bytes/)
      expect(lines(readFileSync(out, 'utf8'))).toEqual([state('IN'), state('FR', 2)])
      const bad = jsonLines(readFileSync(rejects, 'utf8'))
      expect(bad[0]).toMatchObject({ line: 2, size: 3 << 20, issues: [{ code: 'line_too_long' }] })
      expect(bad[1]).toMatchObject({ line: 3, record: JSON.parse(state('XX', 1)) })
    }
  })

  it('a line at --max-bytes is judged and kept whole: as text, as bytes, as the record or as the valid line', () => {
    const text = Buffer.alloc(1 << 20, 0x01)
    const binary = Buffer.alloc(1 << 20, 0xff)
    const name = 'n'.repeat(600_000)
    const invalid = `{"kind":"state","id":"state:x","name":"${name}","countryCode":"XX"}`
    const valid = `{"kind":"state","id":"state:y","name":"${name}","countryCode":"IN"}`
    const file = write(
      'at-limit.ndjson',
      Buffer.concat([text, Buffer.from('\n'), binary, Buffer.from(`\n \t${invalid} \r\n${valid}\r\n${state('IN')}\n`)]),
    )
    for (const workers of ['0', '2']) {
      const out = join(tmp, `at-limit.${workers}.valid`)
      const rejects = join(tmp, `at-limit.${workers}.rejects`)
      const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--max-bytes', '1M', '--workers', workers, '--out', out, '--rejects', rejects, file])
      expect(result.status, result.stderr).toBe(1)
      expect(jsonLines(result.stdout).at(-1)).toMatchObject({ read: 5, valid: 2, invalid: 1, notJson: 2 })
      const bad = jsonLines(readFileSync(rejects, 'utf8'))
      expect(bad.map((r) => [r.line, r.issues[0].code])).toEqual([
        [1, 'not_json'],
        [2, 'not_utf8'],
        [3, 'invalid_value'],
      ])
      expect(Buffer.from(bad[0].text).equals(text)).toBe(true)
      expect(Buffer.from(bad[1].bytes, 'base64').equals(binary)).toBe(true)
      expect(readFileSync(rejects, 'utf8').split('\n')[2]).toContain(`"record":${invalid},"issues"`)
      expect(readFileSync(out, 'utf8')).toBe(`${valid}\n${state('IN')}\n`)
    }
  })

  it('a 100 MB line of control bytes is judged, and the valid line after it is kept', async () => {
    const file = join(tmp, 'control-100.ndjson')
    await writeLongLine(file, '', 100, 0x01, `\n${state('IN')}\n`)
    for (const workers of [[], ['--workers', '0']]) {
      const out = join(tmp, 'control-100.valid')
      const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', ...workers, '--out', out, file])
      expect(result.status, result.stderr).toBe(1)
      expect(result.stderr).toBe('')
      const objects = jsonLines(result.stdout)
      expect(objects.at(-1)).toEqual({ type: 'summary', file, read: 2, valid: 1, invalid: 0, notJson: 1 })
      expect(objects[0]).toMatchObject({ line: 1, code: 'not_json' })
      expect(readFileSync(out, 'utf8')).toBe(`${state('IN')}\n`)
    }
  })

  it('a valid 100 MB record is kept in --out byte for byte', async () => {
    const whole = join(tmp, 'article-100.ndjson')
    const words = Buffer.from('news '.repeat((1 << 20) / 5 + 1).slice(0, 1 << 20))
    await writeLongLine(whole, '{"id":"article:a","language":"en","text":"', 100, words, '"}\n')
    const out = join(tmp, 'article-100.valid')
    const rejects = join(tmp, 'article-100.rejects')
    const result = run(['validate', '--ndjson', '--type', 'Article', '--format', 'json', '--out', out, '--rejects', rejects, whole])
    expect(result.status, result.stderr).toBe(0)
    expect(jsonLines(result.stdout)).toEqual([{ type: 'summary', file: whole, read: 1, valid: 1, invalid: 0, notJson: 0 }])
    expect(statSync(out).size).toBe(statSync(whole).size)
    expect(await sha256(out)).toBe(await sha256(whole))
    expect(readFileSync(rejects, 'utf8')).toBe('')
  })
})

describe('no raw control or bidi-override characters reach a terminal', () => {
  // Each is an escape sequence or reorders what a reader sees.
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/ // eslint-disable-line no-control-regex

  it('the JSON.parse error of a document', () => {
    const result = run(['validate', write('esc.json', '\u001b[31mred\u001b]0;title\u0007')])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/is not JSON/)
    expect(result.stderr.trimEnd()).not.toMatch(RAW)
    expect(result.stderr).toContain('\\u001b')
    oneLine(result.stderr)
  })

  it('text reports of NDJSON: the parse error snippet, received values and keys', () => {
    const input = [
      '\u001b[2J\u001b]0;pwned\u0007',
      JSON.stringify({ kind: 'state', id: 'state:x', name: 'X', countryCode: '\u202eXX\u009b' }),
      JSON.stringify({ kind: 'state', id: 'state:y', name: 'Y', countryCode: 'IN', '\u001b[1mkey\u202e': 1 }),
    ].join('\n')
    const result = run(['validate', '--ndjson', '--type', 'Actor', write('esc\u202e.ndjson', input)])
    expect(result.status).toBe(1)
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(RAW)
    expect(result.stdout).toContain('\\u202e')
    expect(result.stdout).toMatch(/:1: \(root\): the line is not JSON/)
    const json = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '-'], input)
    expect(json.stdout.replace(/\n/g, '')).not.toMatch(RAW)
    // The received value is described with the character written out (the issues' own escaping), and JSON
    // then escapes nothing raw.
    expect(jsonLines(json.stdout).some((o) => String(o.received).includes('\\u202e'))).toBe(true)
  })

  it('summary: names and labels', () => {
    const g = sampleGraphJson()
    for (const actor of g.actors) actor.name = `${actor.name}\u001b[2J\u0000\u202e`
    const result = spawnSync(process.execPath, [cli, 'summary', write('names.graph.json', JSON.stringify(g))], { encoding: 'utf8', env })
    expect(result.status === 0 || result.status === 1).toBe(true)
    expect(`${result.stdout}${result.stderr}`.replace(/\n/g, '')).not.toMatch(RAW)
  })
})

describe('SIGINT and SIGTERM: whole batches in both outputs, a summary, a way to resume', () => {
  // Line i (1-based): every 10th from 4 is not JSON, every 10th from 8 invalid, the others valid.
  const lineAt = (i: number): string => (i % 10 === 4 ? `{"broken": ${i}` : state(i % 10 === 8 ? 'XX' : 'IN', i))
  const kindAt = (i: number): 'valid' | 'bad' => (i % 10 === 4 || i % 10 === 8 ? 'bad' : 'valid')

  it.each([
    ['SIGTERM', 143, 'json'],
    ['SIGINT', 130, 'text'],
  ] as const)('%s mid-run: exit %i, read = valid + invalid + notJson over what both files hold', async (signal, code, format) => {
    const out = join(tmp, `${signal}.valid`)
    const rejects = join(tmp, `${signal}.rejects`)
    const child = spawn(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', '--format', format, '--workers', '2', '--out', out, '--rejects', rejects, '-'], {
      env,
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdout.resume()
    child.stdin.on('error', () => undefined)
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
    let done = false
    void exited.then(() => (done = true))
    // Feed without end until the signal: the run is surely in the middle of its input.
    void (async () => {
      for (let next = 1; !done; ) {
        let text = ''
        for (const end = next + 2000; next < end; next++) text += `${lineAt(next)}\n`
        if (!child.stdin.write(text)) await Promise.race([once(child.stdin, 'drain'), exited])
      }
    })().catch(() => undefined) // the pipe breaks once the run has stopped
    while (!done && (statSync(out, { throwIfNoEntry: false })?.size ?? 0) < 2_000_000) await new Promise((r) => setTimeout(r, 20))
    child.kill(signal)
    const [status] = await exited
    expect(status, stderr).toBe(code)
    expect(stderr).not.toMatch(/\n\s+at /)

    let read: number
    let counts: { valid: number; invalid: number; notJson: number }
    if (format === 'json') {
      const summary = jsonLines(stderr).at(-1)
      expect(summary).toMatchObject({ type: 'summary', interrupted: signal, nextLine: summary.read + 1 })
      read = summary.read
      counts = summary
    } else {
      const m = /read (\d+) = valid (\d+) \+ invalid (\d+) \+ not JSON (\d+)/.exec(stderr)
      expect(m, stderr).not.toBeNull()
      read = Number(m![1])
      counts = { valid: Number(m![2]), invalid: Number(m![3]), notJson: Number(m![4]) }
      expect(stderr).toContain(`interrupted by ${signal}`)
      expect(stderr).toContain(`tail -n +${read + 1}`)
    }
    expect(read).toBeGreaterThan(0)
    expect(read).toBe(counts.valid + counts.invalid + counts.notJson)
    // Both files cover lines 1..read exactly: no batch in one and not the other.
    const valid = lines(readFileSync(out, 'utf8'))
    const bad = jsonLines(readFileSync(rejects, 'utf8'))
    expect(valid.length + bad.length).toBe(read)
    expect(valid.length).toBe(counts.valid)
    const expectedValid: string[] = []
    const expectedBad: number[] = []
    for (let i = 1; i <= read; i++) {
      if (kindAt(i) === 'valid') expectedValid.push(lineAt(i))
      else expectedBad.push(i)
    }
    expect(valid).toEqual(expectedValid)
    expect(bad.map((r) => r.line)).toEqual(expectedBad)
  })
})

describe('outputs that fail', () => {
  const file = write('few.ndjson', `${state('IN')}\n${state('XX', 1)}\n`)

  it('/dev/full as --out or --rejects: a clear error, exit 2', () => {
    for (const flag of ['--out', '--rejects']) {
      const result = run(['validate', '--ndjson', '--type', 'Actor', flag, '/dev/full', file])
      expect(result.status, flag).toBe(2)
      expect(result.stderr).toMatch(/cannot write \/dev\/full: ENOSPC/)
      oneLine(result.stderr)
    }
  })

  it('stdout on /dev/full: a clear error, exit 2', () => {
    const full = openSync('/dev/full', 'w')
    try {
      for (const args of [['--out', '-'], []]) {
        const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', ...args, file], { encoding: 'utf8', env, stdio: ['pipe', full, 'pipe'] })
        expect(result.status, args.join(' ')).toBe(2)
        expect(result.stderr).toMatch(/cannot write stdout: ENOSPC/)
        oneLine(result.stderr)
      }
    } finally {
      closeSync(full)
    }
  })

  it('a stdout closed by its reader: EPIPE, exit 2, one line', async () => {
    const child = spawn(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', '--out', '-', '-'], { env })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdout.destroy()
    child.stdin.on('error', () => undefined)
    const exited = once(child, 'exit')
    let text = ''
    for (let i = 0; i < 20_000; i++) text += `${state('IN', i)}\n`
    child.stdin.end(text)
    const [status] = await exited
    expect(status).toBe(2)
    expect(stderr).toMatch(/cannot write stdout: EPIPE/)
    oneLine(stderr)
  })
})

describe('small ones', () => {
  it('--workers -1 says what --workers takes', () => {
    const result = run(['validate', '--ndjson', '--workers', '-1', '-'], '')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--workers must be a whole number from 0 to 256, got "-1"/)
    oneLine(result.stderr)
  })

  it.runIf(existsSync('/proc/self/task'))('--workers 256 on 23 lines starts the workers the work needs, not 256', async () => {
    const file = write('few-lines.ndjson', Array.from({ length: 23 }, (_, i) => state('IN', i)).join('\n'))
    const child = spawn(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', '--workers', '256', file], { env })
    child.stdout.resume()
    const exited = once(child, 'exit')
    let done = false
    void exited.then(() => (done = true))
    // The most threads the process had at once (Node itself runs about ten; a worker adds one or two).
    let most = 0
    while (!done) {
      try {
        most = Math.max(most, readdirSync(`/proc/${child.pid}/task`).length)
      } catch {
        // gone between the check and the read
      }
      await new Promise((r) => setTimeout(r, 5))
    }
    const [status] = await exited
    expect(status).toBe(0)
    expect(most).toBeGreaterThan(0)
    expect(most).toBeLessThan(40)
  })

  it('a 700 MB document of NUL bytes is too large to check, not "not UTF-8"', () => {
    // A sparse file: 700 MB of NUL bytes that take no disk.
    const file = join(tmp, 'nul.json')
    writeFileSync(file, '')
    truncateSync(file, 700 << 20)
    const result = run(['validate', file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/nul\.json is too large to check as one document: 734003200 bytes/)
    oneLine(result.stderr)
    // A small one is what it is: not JSON, its NUL shown escaped.
    const small = run(['validate', write('nul-small.json', Buffer.alloc(1000))])
    expect(small.status).toBe(2)
    expect(small.stderr).toMatch(/nul-small\.json is not JSON: .*\\u0000/)
  })

  it('a line of NUL bytes past the largest line held is rejected as too long, and the run goes on', () => {
    const file = join(tmp, 'nul-line.ndjson')
    writeFileSync(file, '')
    truncateSync(file, 40 << 20)
    appendFileSync(file, `\n${state('IN')}\n`)
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--max-bytes', '32M', file])
    expect(result.status).toBe(1)
    const objects = jsonLines(result.stdout)
    expect(objects[0]).toMatchObject({ line: 1, code: 'line_too_long', received: `${40 << 20} bytes` })
    expect(objects.at(-1)).toMatchObject({ read: 2, valid: 1, notJson: 1 })
  })
})
