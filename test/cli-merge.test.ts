import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { validateGraph } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'
import { expectOneLine, runCli, scratchDir } from './support/cli.js'

// The built bin, run as users run it (`npm test` builds first).
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
vi.setConfig({ testTimeout: 120_000 })

const run = runCli
const { dir: tmp, write } = scratchDir('merge')
const oneLine = expectOneLine

describe('news-codecs merge', () => {
  it('writes the merged graph of two story fixtures to stdout, valid, with exit 0', () => {
    const result = run(['merge', fixture('canonical.graph.json'), fixture('trump-putin-call-2025.graph.json')])
    expect(result.status).toBe(0)
    const merged = JSON.parse(result.stdout)
    expect(validateGraph(merged)._tag).toBe('Right')
    const canonical = JSON.parse(readFileSync(fixture('canonical.graph.json'), 'utf8'))
    const call = JSON.parse(readFileSync(fixture('trump-putin-call-2025.graph.json'), 'utf8'))
    expect(merged.articles).toHaveLength(canonical.articles.length + call.articles.length)
    expect(merged.actors.filter((a: { id: string }) => a.id === 'state:RU')).toHaveLength(1)
    expect(result.stderr).toBe('merged 2 graph(s): 0 id(s) renamed, 0 issue(s)\n')
  })

  it('reports a conflict on stderr naming both files, still writes the graph, and exits 1', () => {
    const graph = sampleGraphJson()
    const a = write('a.graph.json', JSON.stringify(graph))
    graph.meetings[0].channel = graph.meetings[0].channel === 'phone' ? 'video' : 'phone'
    const b = write('b.graph.json', JSON.stringify(graph))
    const result = run(['merge', a, b])
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout).meetings).toHaveLength(graph.meetings.length)
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^\(merged\): meetings\[0\]\.channel: /)
    expect(lines[0]).toContain(a)
    expect(lines[0]).toContain(b)
    expect(lines[1]).toBe('merged 2 graph(s): 0 id(s) renamed, 1 issue(s)')
  })

  it('--format json gives one object per issue, the other version carried whole, then a summary', () => {
    const graph = sampleGraphJson()
    const a = write('c.graph.json', JSON.stringify({ ...graph, id: 'graph:c' }))
    graph.meetings[0].channel = graph.meetings[0].channel === 'phone' ? 'video' : 'phone'
    const b = write('d.graph.json', JSON.stringify({ ...graph, id: 'graph:d' }))
    const result = run(['merge', '--format', 'json', b, a])
    expect(result.status).toBe(1)
    const [issue, summary] = result.stderr.trim().split('\n').map((line) => JSON.parse(line))
    expect(issue).toMatchObject({ type: 'issue', file: '(merged)', code: 'merge_conflict', path: ['meetings', 0, 'channel'] })
    expect(new Set(issue.graphs)).toEqual(new Set([a, b]))
    expect([issue.kept, issue.other].sort()).toEqual([sampleGraphJson().meetings[0].channel, graph.meetings[0].channel].sort())
    expect(summary).toEqual({ type: 'summary', files: [b, a], renamed: {}, issues: 1 })
  })

  it('--help prints its usage with the exit codes', () => {
    const result = run(['merge', '--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: news-codecs merge FILE\.\.\./)
    expect(result.stdout).toContain('Exit codes: 0 merged with no issue')
    // The general help lists the command.
    expect(run(['--help']).stdout).toMatch(/^  merge FILE\.\.\. +Merge Graphs/m)
  })

  it('reads one input from stdin', () => {
    const result = run(['merge', '-', fixture('sample.graph.json')], readFileSync(fixture('sample.graph.json'), 'utf8'))
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(sampleGraphJson())
  })

  it('an input that is not a valid graph is reported by file, nothing is written, exit 1', () => {
    const bad = sampleGraphJson()
    bad.meetings[0].place = 'place:nowhere'
    const file = write('bad.graph.json', JSON.stringify(bad))
    const result = run(['merge', fixture('sample.graph.json'), file])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`${file}: meetings[0].place: `)
    expect(result.stderr).toContain('not valid graphs; nothing was merged')
  })

  it.each([
    ['a missing file', () => ['merge', join(tmp, 'missing.json')], /cannot read .*missing\.json: no such file/],
    ['a file that is not JSON', () => ['merge', write('broken.json', '{')], /broken\.json is not JSON/],
    ['no file', () => ['merge'], /merge takes one or more graph FILEs/],
    ['stdin twice', () => ['merge', '-', '-'], /stdin \(-\) once at most/],
    ['an unknown option', () => ['merge', '--strict', fixture('sample.graph.json')], /^news-codecs: merge: Unknown option '--strict'/],
  ] as const)('%s: one line on stderr, exit 2', (_, args, message) => {
    const result = run([...args()])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    oneLine(result.stderr)
    expect(result.stderr).toMatch(message)
  })
})
