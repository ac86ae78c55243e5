// The command line and the rule catalogue: warnings are printed and keep exit 0 (unless --strict), and
// --rule sets a rule by its code, for a graph, a record of a model and NDJSON (in the main thread and in
// worker threads).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sampleGraphJson } from './support/sample.js'
import { runCli, scratchDir } from './support/cli.js'

vi.setConfig({ testTimeout: 120_000 })
const run = runCli
const { dir: tmp, write } = scratchDir('rules')

// A valid graph with one warning: a conveyance by someone who did not take part.
const warned = (): any => {
  const graph = sampleGraphJson()
  graph.meetings[0].conveyed = [{ by: 'state:PT', content: 'Greetings.', evidence: graph.meetings[0].evidence }]
  return graph
}

describe('warnings on the command line', () => {
  it('are printed as warnings, and the graph is valid (exit 0)', () => {
    const result = run(['validate', write('warned.json', JSON.stringify(warned()))])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/meetings\[0\]\.conveyed\[0\]\.by: warning: "state:PT" conveyed something/)
    expect(result.stdout).toMatch(/: valid Graph \(1 warning\(s\)\)/)
  })

  it('--strict makes them fail (exit 1); JSON reports mark them', () => {
    const file = write('warned-strict.json', JSON.stringify(warned()))
    expect(run(['validate', '--strict', file]).status).toBe(1)
    const json = run(['validate', '--format', 'json', file])
    const issues = json.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(issues[0]).toMatchObject({ type: 'issue', code: 'not_a_participant', severity: 'warning' })
    expect(issues.at(-1)).toMatchObject({ type: 'summary', valid: 1, invalid: 0, warnings: 1 })
  })

  it('--rule turns a rule off, into a warning or into an error', () => {
    const file = write('warned-rule.json', JSON.stringify(warned()))
    expect(run(['validate', '--rule', 'not_a_participant=error', file]).status).toBe(1)
    const off = run(['validate', '--rule', 'not_a_participant=off', file])
    expect([off.status, off.stdout.includes('warning')]).toEqual([0, false])
    const broken = sampleGraphJson()
    broken.meetings[0].place = 'place:nowhere'
    const dangling = write('dangling.json', JSON.stringify(broken))
    expect(run(['validate', dangling]).status).toBe(1)
    const relaxed = run(['validate', '--rule', 'dangling_reference=warn', dangling])
    expect(relaxed.status).toBe(0)
    expect(relaxed.stdout).toMatch(/meetings\[0\]\.place: warning: unknown place "place:nowhere"/)
  })

  it('--rule applies to records of a model and to every NDJSON line, with and without worker threads', () => {
    const extra = JSON.stringify({ id: 'place:lisbon', name: 'Lisbon', kind: 'city', population: 545000 })
    expect(run(['validate', '--type', 'Place', write('place.json', extra)]).status).toBe(1)
    expect(run(['validate', '--type', 'Place', '--rule', 'unexpected_key=warn', write('place2.json', extra)]).status).toBe(0)
    const lines = Array.from({ length: 40 }, () => extra).join('\n')
    for (const workers of ['0', '2']) {
      const out = join(tmp, `valid-${workers}.ndjson`)
      const result = run(['validate', '--ndjson', '--type', 'Place', '--workers', workers, '--rule', 'unexpected_key=warn', '--out', out, '-'], lines)
      expect(result.status, result.stderr).toBe(0)
      expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(40)
      expect(result.stdout.match(/warning: unexpected key "population"/g)).toHaveLength(40)
    }
  })

  it('a bad --rule is a usage error naming what it takes', () => {
    const unknown = run(['validate', '--rule', 'no_such_rule=off', '-'], '{}')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/--rule takes CODE=off\|warn\|error/)
    const setting = run(['validate', '--rule', 'quote_mismatch=maybe', '-'], '{}')
    expect([setting.status, /must be set to off, warn or error/.test(setting.stderr)]).toEqual([2, true])
  })
})
