import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { toJsonLd, validateGraph } from 'news-codecs'
import { fromNinjs, fromPopolo, toPopolo } from 'news-codecs/converters'
import type { Graph } from 'news-codecs'
import { runCli, scratchDir } from './support/cli.js'

// The built bin, run as users run it (`npm test` builds first).
const ninjs = (name: string): string => fileURLToPath(new URL(`./data/ninjs/${name}`, import.meta.url))
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
vi.setConfig({ testTimeout: 120_000 })

const run = runCli
const { dir: tmp, write } = scratchDir('convert')
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

describe('news-codecs convert --from ninjs', () => {
  it('a minimal item converts without loss: a valid graph on stdout, exit 0', () => {
    const result = run(['convert', '--from', 'ninjs', ninjs('minimal.json')])
    expect(result.status).toBe(0)
    expect(validateGraph(JSON.parse(result.stdout))._tag).toBe('Right')
    expect(result.stderr.trim()).toMatch(/: 0 loss\(es\), 0 issue\(s\)$/)
  })

  it('a full item: the same graph as fromNinjs, and every loss named with its path, exit 1', () => {
    const out = join(tmp, 'full.graph.json')
    const result = run(['convert', '--from', 'ninjs', ninjs('full-3.json'), '--out', out])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const expected = fromNinjs(read(ninjs('full-3.json')))
    expect(read(out)).toEqual(JSON.parse(JSON.stringify(expected.graph)))
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(expected.losses.length + 1)
    for (const loss of expected.losses) expect(result.stderr).toContain(`full-3.json: ${loss.path}: not carried: ${loss.reason}`)
  })

  it('--format json --losses F: one JSON object per loss, then a summary', () => {
    const losses = join(tmp, 'losses.ndjson')
    const result = run(['convert', '--from', 'ninjs', ninjs('full-2.json'), '--format', 'json', '--losses', losses])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('')
    const lines = readFileSync(losses, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.at(-1)).toMatchObject({ type: 'summary', losses: lines.length - 1, issues: 0 })
    expect(lines.slice(0, -1).every((l) => l.type === 'loss' && typeof l.path === 'string' && 'value' in l)).toBe(true)
  })

  it('an array, or one item per line, becomes one graph; a line that is not JSON is reported with its line number', () => {
    const minimal = readFileSync(ninjs('minimal.json'), 'utf8')
    const other = JSON.stringify({ ...JSON.parse(minimal), uri: 'urn:example:second' })
    const array = run(['convert', '--from', 'ninjs', '-'], `[${minimal}, ${other}]`)
    expect(array.status).toBe(0)
    expect((JSON.parse(array.stdout) as Graph).articles).toHaveLength(2)
    const lines = run(['convert', '--from', 'ninjs', '-'], `${JSON.stringify(JSON.parse(minimal))}\n{oops\n${other}\n`)
    expect(lines.status).toBe(1)
    expect((JSON.parse(lines.stdout) as Graph).articles).toHaveLength(2)
    expect(lines.stderr).toMatch(/^<stdin>:2: /m)
  })
})

describe('news-codecs convert --from plover', () => {
  it('records of several lines become one graph with shared actors; losses name their line', () => {
    const records = JSON.parse(readFileSync(fileURLToPath(new URL('./data/plover/merged.json', import.meta.url)), 'utf8')) as unknown[]
    const result = run(['convert', '--from', 'plover', '-'], records.map((r) => JSON.stringify(r)).join('\n'))
    expect([0, 1]).toContain(result.status)
    const graph = JSON.parse(result.stdout) as Graph
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.events.length + graph.meetings.length + graph.statements.length + graph.positions.length).toBe(records.length)
    expect(new Set(graph.actors.map((a) => a.id)).size).toBe(graph.actors.length)
    if (result.status === 1) expect(result.stderr).toMatch(/^<stdin>:\d+: /m)
  })
})

describe('news-codecs convert --to', () => {
  it('--to ninjs writes one item per article, and names what ninjs cannot carry', () => {
    const result = run(['convert', '--to', 'ninjs', fixture('canonical.graph.json'), '--ninjs-version', '2'])
    expect(result.status).toBe(1)
    const items = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(items).toHaveLength(1)
    expect(items[0].bodies[0].value).toBe((read(fixture('canonical.graph.json')) as Graph).articles[0]!.text)
    expect(result.stderr).toContain('/articles/0/id: not carried')
  })

  it('--to jsonld writes what toJsonLd writes', () => {
    const result = run(['convert', '--to', 'jsonld', fixture('canonical.graph.json')])
    expect(result.status).toBe(0)
    const graph = validateGraph(read(fixture('canonical.graph.json')))
    expect(graph._tag === 'Right' && JSON.parse(result.stdout)).toEqual(graph._tag === 'Right' && JSON.parse(JSON.stringify(toJsonLd(graph.right))))
  })

  it('an invalid graph is reported, nothing is written, exit 1', () => {
    const result = run(['convert', '--to', 'jsonld', write('bad.json', '{"articles": 1}')])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('is not a valid graph; nothing was converted')
  })
})

describe('news-codecs convert: usage and I/O', () => {
  it.each([
    [['convert', ninjs('minimal.json')], 'one of --from ninjs|plover|popolo or --to'],
    [['convert', '--from', 'gedcom', ninjs('minimal.json')], '--from takes ninjs, plover or popolo'],
    [['convert', '--to', 'gedcom', ninjs('minimal.json')], '--to takes ninjs, jsonld or popolo'],
    [['convert', '--from', 'ninjs'], 'one FILE'],
    [['convert', '--from', 'ninjs', '--ninjs-version', '3', ninjs('minimal.json')], '--ninjs-version applies to --to ninjs'],
    [['convert', '--from', 'ninjs', join(tmp, 'absent.json')], 'no such file'],
  ])('%j exits 2 with one line', (args, message) => {
    const result = run(args)
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(message)
  })

  it('--help prints its usage, and the general help lists the command', () => {
    expect(run(['convert', '--help']).stdout).toMatch(/^Usage: news-codecs convert --from ninjs/)
    expect(run(['--help']).stdout).toMatch(/^  convert FILE +Convert IPTC ninjs, PLOVER or Popolo/m)
  })
})

describe('news-codecs convert --from popolo and --to popolo', () => {
  const popolo = (name: string): string => fileURLToPath(new URL(`./data/popolo/${name}`, import.meta.url))

  it('an export converts to the graph fromPopolo makes; every loss named with its path, exit 1', () => {
    const out = join(tmp, 'popolo.graph.json')
    const result = run(['convert', '--from', 'popolo', popolo('full.json'), '--out', out])
    expect(result.status).toBe(1)
    const expected = fromPopolo(read(popolo('full.json')))
    expect(read(out)).toEqual(JSON.parse(JSON.stringify(expected.graph)))
    for (const loss of expected.losses) expect(result.stderr).toContain(`full.json: ${loss.path}: not carried: ${loss.reason}`)
    expect(result.stderr.trim().split('\n')).toHaveLength(expected.losses.length + 1)
  })

  it('the General Assembly vote converts without loss, exit 0; exports on NDJSON lines become one graph', () => {
    const result = run(['convert', '--from', 'popolo', popolo('ga-es-11-1.json')])
    expect(result.status).toBe(0)
    const graph = JSON.parse(result.stdout) as Graph
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.votes?.[0]?.counts).toEqual([{ option: 'yes', count: 141 }, { option: 'no', count: 5 }, { option: 'abstain', count: 35 }, { option: 'absent', count: 12 }])
    const lines = run(['convert', '--from', 'popolo', '-', '--format', 'json'],
      `${JSON.stringify({ persons: [{ id: 'a', name: 'A Example' }] })}\n${JSON.stringify({ persons: [{ id: 'b', name: 'B Example', gender: 'male' }] })}\n`)
    expect(lines.status).toBe(1)
    expect((JSON.parse(lines.stdout) as Graph).actors.map((actor) => actor.id)).toEqual(['person:a', 'person:b'])
    expect(lines.stderr.trim().split('\n').map((line) => JSON.parse(line))[0]).toMatchObject({ type: 'loss', line: 2, path: '/persons/0/gender' })
  })

  it('--to popolo writes the export toPopolo writes, and names what Popolo cannot carry', () => {
    const graphFile = write('ga.graph.json', JSON.stringify(fromPopolo(read(popolo('ga-es-11-1.json'))).graph))
    const clean = run(['convert', '--to', 'popolo', graphFile])
    expect(clean.status).toBe(0)
    expect(JSON.parse(clean.stdout)).toEqual(toPopolo(read(graphFile) as Graph).popolo)
    const lossy = run(['convert', '--to', 'popolo', fixture('canonical.graph.json'), '--format', 'json'])
    expect(lossy.status).toBe(1)
    const reported = lossy.stderr.trim().split('\n').map((line) => JSON.parse(line))
    expect(reported.at(-1)).toMatchObject({ type: 'summary', issues: 0 })
    expect(reported.slice(0, -1).every((l) => l.type === 'loss' && typeof l.path === 'string' && l.path.startsWith('/'))).toBe(true)
  })
})
