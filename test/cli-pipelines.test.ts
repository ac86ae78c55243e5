import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it, vi } from 'vitest'
import { RULES } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'
import { runCli, scratchDir } from './support/cli.js'

// The built bin, run as users run it, from a directory of its own (`npm run build` first).
const modules = fileURLToPath(new URL('../node_modules', import.meta.url))
// Each case starts Node at least once; shared machines can be slow to do so.
vi.setConfig({ testTimeout: 120_000 })

const { dir: tmp } = scratchDir('pipelines')
// A user's codec imports io-ts as a user's project does: from its own node_modules.
symlinkSync(modules, join(tmp, 'node_modules'), 'dir')
const run = (args: string[], input?: string) => runCli(args, input, { cwd: tmp })
const write = (name: string, content: string): string => {
  writeFileSync(join(tmp, name), content)
  return name
}
const jsonLines = (text: string): any[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l))

const state = (code: string) => JSON.stringify({ kind: 'state', id: `state:${code}`, name: `State ${code}`, countryCode: code })
const validGraph = JSON.stringify(sampleGraphJson(), null, 2)
const brokenGraph = (() => {
  const g = sampleGraphJson()
  g.meetings[0].participants[0] = 'person:nobody'
  return JSON.stringify(g, null, 2)
})()

mkdirSync(join(tmp, 'graphs'))
write('graphs/a.graph.json', validGraph)
write('graphs/b.graph.json', validGraph)
write('graphs/broken.graph.json', brokenGraph)
write('states.ndjson', `${state('IN')}\n${state('XX')}\n{oops\n${state('FR')}\n`)
write('good.ndjson', `${state('IN')}\n${state('US')}\n`)

describe('validate FILE... and GLOB...', () => {
  it('checks every file named, with a summary each and a total; the exit code is the worst', () => {
    const ok = run(['validate', 'graphs/a.graph.json', 'graphs/b.graph.json'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toBe('graphs/a.graph.json: valid Graph\ngraphs/b.graph.json: valid Graph\ntotal (2 inputs): read 2 = valid 2 + invalid 0 + not JSON 0 (all valid)\n')
    const bad = run(['validate', 'graphs/a.graph.json', 'graphs/broken.graph.json'])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('graphs/broken.graph.json: meetings[0].participants[0]: unknown actor "person:nobody"')
  })

  it('expands a quoted glob itself, in path order, and refuses one that matches nothing', () => {
    const result = run(['validate', '--format', 'json', 'graphs/*.graph.json'])
    expect(result.status).toBe(1)
    const objects = jsonLines(result.stdout)
    expect(objects.filter((o) => o.type === 'summary').map((o) => o.file)).toEqual(['graphs/a.graph.json', 'graphs/b.graph.json', 'graphs/broken.graph.json'])
    expect(objects.at(-1)).toEqual({ type: 'total', files: 3, read: 3, valid: 2, invalid: 1, notJson: 0, unreadable: 0 })
    const none = run(['validate', 'nowhere/*.json'])
    expect(none.status).toBe(2)
    expect(none.stderr).toBe('news-codecs: no file matches "nowhere/*.json"\n')
  })

  it('reads *.ndjson files line by line beside JSON documents, and keeps one summary per file', () => {
    const result = run(['validate', '--type', 'Actor', '--format', 'json', 'states.ndjson', 'good.ndjson'])
    expect(result.status).toBe(1)
    const objects = jsonLines(result.stdout)
    expect(objects.filter((o) => o.type === 'issue').map((o) => [o.file, o.line, o.code])).toEqual([
      ['states.ndjson', 2, 'invalid_value'],
      ['states.ndjson', 3, 'not_json'],
    ])
    expect(objects.filter((o) => o.type !== 'issue')).toEqual([
      { type: 'summary', file: 'states.ndjson', read: 4, valid: 2, invalid: 1, notJson: 1 },
      { type: 'summary', file: 'good.ndjson', read: 2, valid: 2, invalid: 0, notJson: 0 },
      { type: 'total', files: 2, read: 6, valid: 4, invalid: 1, notJson: 1, unreadable: 0 },
    ])
    // A JSON document and an NDJSON file in one run.
    const mixed = run(['validate', 'graphs/a.graph.json', 'good.ndjson'])
    expect(mixed.stdout).toMatch(/good\.ndjson: read 2 = valid 0 \+ invalid 2/)
    expect(mixed.stdout).toMatch(/graphs\/a\.graph\.json: valid Graph/)
  })

  it('writes --out and --rejects per input with {path}, and refuses one file for several inputs', () => {
    const result = run(['validate', '--type', 'Actor', '--out', '{path}.valid', '--rejects', '{path}.rejects', 'states.ndjson', 'good.ndjson'])
    expect(result.status).toBe(1)
    expect(readFileSync(join(tmp, 'states.ndjson.valid'), 'utf8')).toBe(`${state('IN')}\n${state('FR')}\n`)
    expect(jsonLines(readFileSync(join(tmp, 'states.ndjson.rejects'), 'utf8')).map((r) => r.line)).toEqual([2, 3])
    expect(readFileSync(join(tmp, 'good.ndjson.valid'), 'utf8')).toBe(`${state('IN')}\n${state('US')}\n`)
    expect(readFileSync(join(tmp, 'good.ndjson.rejects'), 'utf8')).toBe('')
    // An output of one input never overwrites another input.
    write('plain', `${state('IN')}\n`)
    write('plain.ndjson', `${state('US')}\n`)
    const clash = run(['validate', '--ndjson', '--type', 'Actor', '--out', '{path}.ndjson', 'plain', 'plain.ndjson'])
    expect(clash.status).toBe(2)
    expect(clash.stderr).toBe('news-codecs: the input plain.ndjson and --out plain.ndjson are the same file; nothing was written\n')
    expect(readFileSync(join(tmp, 'plain.ndjson'), 'utf8')).toBe(`${state('US')}\n`)
    const shared = run(['validate', '--type', 'Actor', '--out', 'all.valid', 'states.ndjson', 'good.ndjson'])
    expect(shared.status).toBe(2)
    expect(shared.stderr).toMatch(/--out all\.valid would be shared by several inputs/)
  })

  it('an input that cannot be read is reported in one line; the others are still checked; exit 2', () => {
    const result = run(['validate', 'graphs/a.graph.json', 'missing.json', 'graphs/b.graph.json'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('news-codecs: cannot read missing.json: no such file\n')
    expect(result.stdout).toContain('graphs/b.graph.json: valid Graph')
    expect(result.stdout).toContain('total (3 inputs): read 2 = valid 2 + invalid 0 + not JSON 0 (1 input(s) not read)')
  })

  it('-q prints only the summaries, -qq nothing; the exit code is the same', () => {
    const quiet = run(['validate', '-q', '--type', 'Actor', 'states.ndjson', 'good.ndjson'])
    expect(quiet.status).toBe(1)
    expect(quiet.stdout.split('\n').filter((l) => l !== '')).toEqual([
      'states.ndjson: read 4 = valid 2 + invalid 1 + not JSON 1 (2 rejected)',
      'good.ndjson: read 2 = valid 2 + invalid 0 + not JSON 0 (all valid)',
      'total (2 inputs): read 6 = valid 4 + invalid 1 + not JSON 1 (2 rejected)',
    ])
    for (const flags of [['-qq'], ['--quiet', '--quiet']]) {
      const silent = run(['validate', ...flags, '--type', 'Actor', 'states.ndjson', 'graphs/broken.graph.json'])
      expect(silent.status).toBe(1)
      expect(silent.stdout).toBe('')
      expect(silent.stderr).toBe('')
    }
    expect(run(['validate', '-qq', '--format', 'sarif', 'graphs/broken.graph.json']).stdout).toBe('')
  })
})

describe('validate --format sarif', () => {
  it('writes one SARIF 2.1.0 log: each issue a result at its file and line, its rule the code with its meaning', () => {
    const result = run(['validate', '--format', 'sarif', '--type', 'Actor', 'graphs/broken.graph.json', 'states.ndjson'])
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver.name).toBe('news-codecs')
    const rules = new Map<string, any>(sarifRun.tool.driver.rules.map((rule: any) => [rule.id, rule]))
    expect(rules.get('quote_mismatch').shortDescription.text).toBe(RULES.quote_mismatch.meaning)
    expect(rules.get('not_json').shortDescription.text).toMatch(/not JSON/)
    expect(sarifRun.results.length).toBeGreaterThan(0)
    for (const r of sarifRun.results) {
      expect(typeof r.message.text).toBe('string')
      expect(rules.has(r.ruleId)).toBe(true)
      expect(sarifRun.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(['error', 'warning']).toContain(r.level)
      expect(r.locations).toHaveLength(1)
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
    }
    const lines = sarifRun.results.map((r: any) => [r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.ruleId])
    expect(lines).toContainEqual(['states.ndjson', 2, 'invalid_value'])
    expect(lines).toContainEqual(['states.ndjson', 3, 'not_json'])
  })

  it('names the line of a JSON document where the value of an issue begins', () => {
    const result = run(['validate', '--format', 'sarif', 'graphs/broken.graph.json'])
    const [found] = JSON.parse(result.stdout).runs[0].results
    expect(found.ruleId).toBe('dangling_reference')
    const line = brokenGraph.split('\n').findIndex((l) => l.includes('"person:nobody"')) + 1
    expect(found.locations[0].physicalLocation.region.startLine).toBe(line)
    expect(found.locations[0].physicalLocation.artifactLocation.uri).toBe('graphs/broken.graph.json')
  })

  it('an all-valid run is a log with no results; an unreadable input a failed invocation', () => {
    const clean = JSON.parse(run(['validate', '--format', 'sarif', 'graphs/a.graph.json']).stdout)
    expect(clean.runs[0].results).toEqual([])
    expect(clean.runs[0].invocations[0].executionSuccessful).toBe(true)
    const missing = run(['validate', '--format', 'sarif', 'graphs/a.graph.json', 'missing.json'])
    expect(missing.status).toBe(2)
    expect(JSON.parse(missing.stdout).runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'cannot read missing.json: no such file' } }] })
  })
})

describe('validate --format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' })

  it('writes well-formed XML: a testsuite per file, a testcase per record or line, failures with messages', () => {
    const result = run(['validate', '--format', 'junit', '--type', 'Actor', 'states.ndjson', 'good.ndjson', 'graphs/broken.graph.json'])
    expect(result.status).toBe(1)
    expect(XMLValidator.validate(result.stdout)).toBe(true)
    const suites = parser.parse(result.stdout).testsuites.testsuite
    expect(suites.map((s: any) => [s.name, s.tests, s.failures])).toEqual([
      ['states.ndjson', '4', '2'],
      ['good.ndjson', '2', '0'],
      ['graphs/broken.graph.json', '1', '1'],
    ])
    const [states] = suites
    expect(states.testcase.map((c: any) => c.name)).toEqual(['line 1', 'line 2', 'line 3', 'line 4'])
    expect(states.testcase[0].failure).toBeUndefined()
    expect(states.testcase[1].failure).toMatchObject({ type: 'invalid_value', message: expect.stringMatching(/"XX" is not an assigned/) })
    expect(states.testcase[1].failure['#text']).toMatch(/^states\.ndjson:2: countryCode: /)
    expect(states.testcase[2].failure.type).toBe('not_json')
  })

  it('escapes what XML gives meaning to, and control characters from the input', () => {
    write('odd.ndjson', `${JSON.stringify({ kind: 'state', id: 'state:IN', name: 'x', countryCode: 'IN', '<a & "b">\u001b[31m': 1 })}\n`)
    const result = run(['validate', '--format', 'junit', '--type', 'Actor', 'odd.ndjson'])
    expect(result.status).toBe(1)
    expect(XMLValidator.validate(result.stdout)).toBe(true)
    expect(result.stdout).not.toContain('\u001b')
    const [suite] = parser.parse(result.stdout).testsuites.testsuite
    expect(suite.testcase[0].failure.type).toBe('unexpected_key')
  })
})

describe('every model name, with --type and schema', () => {
  it('`types` lists them; each is a --type and has a schema', () => {
    const types = run(['types'])
    expect(types.status).toBe(0)
    const names = types.stdout.trim().split('\n')
    expect(names).toEqual(expect.arrayContaining(['Graph', 'Meeting', 'Person', 'Quantity', 'Vote', 'Duration']))
    for (const name of names) {
      const schema = run(['schema', name.toLowerCase()])
      expect(schema.status, name).toBe(0)
      expect(JSON.parse(schema.stdout).title, name).toBe(name)
    }
    const checked = run(['validate', '--format', 'json', '--type', 'Person', '-'], '{}')
    expect(checked.status).toBe(1)
    expect(jsonLines(checked.stdout).at(-1)).toMatchObject({ type: 'summary', model: 'Person' })
  })
})

describe('validate --codec', () => {
  write('model.mjs', `import * as t from 'io-ts'
export const Briefing = t.type({ id: t.string, attendees: t.array(t.string) }, 'Briefing')
export default t.type({ title: t.string }, 'Note')
export const answer = 42
`)
  write('model.cjs', `const t = require('io-ts')
module.exports = { Briefing: t.type({ id: t.string, attendees: t.array(t.string) }, 'Briefing') }
`)
  write('broken.mjs', `throw new Error('cannot start')\n`)
  write('briefings.ndjson', `${JSON.stringify({ id: 'b1', attendees: ['a'] })}\n${JSON.stringify({ id: 'b2', attendees: 'a' })}\n`)

  it.each(['./model.mjs#Briefing', './model.cjs#Briefing'])('%s checks records with the same reports and NDJSON handling', (codec) => {
    const result = run(['validate', '--codec', codec, '--format', 'json', '--rejects', 'briefings.rejects', 'briefings.ndjson'])
    expect(result.status).toBe(1)
    expect(jsonLines(result.stdout)).toEqual([
      { type: 'issue', file: 'briefings.ndjson', line: 2, path: ['attendees'], code: 'invalid_type', expected: 'Array<string>', received: '"a"', message: 'expected Array<string>, received "a"' },
      { type: 'summary', file: 'briefings.ndjson', read: 2, valid: 1, invalid: 1, notJson: 0 },
    ])
    expect(jsonLines(readFileSync(join(tmp, 'briefings.rejects'), 'utf8')).map((r) => r.line)).toEqual([2])
  })

  it('takes the default export without #NAME, and names the codec in the summary', () => {
    const result = run(['validate', '--codec', './model.mjs', '-'], '{"title":"On the talks"}')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('<stdin>: valid Note\n')
  })

  it.each([
    ['./broken.mjs', /^news-codecs: --codec \.\/broken\.mjs: cannot load module \.\/broken\.mjs: cannot start\n$/],
    ['./absent.mjs', /^news-codecs: --codec \.\/absent\.mjs: cannot load module \.\/absent\.mjs: no such module\n$/],
    ['./model.mjs#Missing', /^news-codecs: --codec \.\/model\.mjs#Missing: module \.\/model\.mjs has no export "Missing"; its codecs: #Briefing\n$/],
    ['./model.mjs#answer', /^news-codecs: --codec \.\/model\.mjs#answer: export "answer" of \.\/model\.mjs is not an io-ts codec \(it is a number\)/],
    ['./model.cjs', /export "default" of \.\/model\.cjs is not an io-ts codec .*its codecs: #Briefing/],
  ])('%s fails in one line naming the module and the export: exit 2', (codec, message) => {
    const result = run(['validate', '--codec', codec, 'briefings.ndjson'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })
})

describe('cite and init', () => {
  const text = 'The US and Russia met in Riyadh. The US said the talks 😀 went well.\n'
  write('riyadh.txt', text)

  it('cite prints the evidence of a quote found once, with code-point offsets', () => {
    const result = run(['cite', 'riyadh.txt', 'went well'])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ article: 'article:riyadh', start: 57, end: 66, quote: 'went well' })
    expect(Array.from(text).slice(57, 66).join('')).toBe('went well')
  })

  it('cite lists every place of an ambiguous quote, and --occurrence or --after chooses', () => {
    const ambiguous = run(['cite', 'riyadh.txt', 'The US'])
    expect(ambiguous.status).toBe(1)
    expect(ambiguous.stderr).toMatch(/quote "The US" is in 2 places, at 0–6, 33–39/)
    expect(JSON.parse(run(['cite', 'riyadh.txt', 'The US', '--occurrence', '1']).stdout)).toMatchObject({ start: 33, end: 39 })
    expect(JSON.parse(run(['cite', '--id', 'article:1', 'riyadh.txt', 'The US', '--after', '1']).stdout)).toEqual({ article: 'article:1', start: 33, end: 39, quote: 'The US' })
  })

  it('cite says when a quote is not in the article: exit 1', () => {
    const missing = run(['cite', 'riyadh.txt', 'Beijing'])
    expect(missing.status).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toBe('riyadh.txt: quote "Beijing" is not in the article\n')
  })

  it('init writes a graph that validates, to which cited evidence can be added', () => {
    const init = run(['init', 'riyadh.txt', '--language', 'en', '--out', 'riyadh.graph.json'])
    expect(init.status).toBe(0)
    expect(run(['validate', 'riyadh.graph.json']).stdout).toBe('riyadh.graph.json: valid Graph\n')
    const graph = JSON.parse(readFileSync(join(tmp, 'riyadh.graph.json'), 'utf8'))
    expect(graph.articles).toEqual([{ id: 'article:riyadh', text, language: 'en', digest: { algorithm: 'sha-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) } }])
    // The evidence cite prints belongs in this graph as it is.
    const evidence = JSON.parse(run(['cite', 'riyadh.txt', 'met in Riyadh']).stdout)
    graph.actors.push({ kind: 'state', id: 'state:US', name: 'United States', countryCode: 'US' }, { kind: 'state', id: 'state:RU', name: 'Russia', countryCode: 'RU' })
    graph.meetings.push({ id: 'meeting:riyadh', participants: ['state:US', 'state:RU'], channel: 'in-person', evidence: [evidence] })
    const grown = run(['validate', '-'], JSON.stringify(graph))
    expect(grown.stdout).toBe('<stdin>: valid Graph\n')
    // An existing file is never overwritten.
    const again = run(['init', 'riyadh.txt', '--out', 'riyadh.graph.json'])
    expect(again.status).toBe(2)
    expect(again.stderr).toMatch(/riyadh\.graph\.json exists: init never overwrites a file/)
  })

  it('init prints to stdout, and refuses an id that would make the graph invalid', () => {
    expect(JSON.parse(run(['init', '-', '--id', 'article:from-stdin'], 'Talks ended.').stdout).articles[0]).toMatchObject({ id: 'article:from-stdin', text: 'Talks ended.' })
    const bad = run(['init', 'riyadh.txt', '--id', 'not an id'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^news-codecs: the graph would not be valid: --id not an id: /)
  })
})
