/**
 * Index build time per fact, and indexed lookups against a plain array scan of the same graph, at
 * 10^3..10^6 facts. Writes bench/results/query.json.
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/query.bench.ts            # 10^3..10^6
 *   npx tsx bench/query.bench.ts 1000 10000                                         # chosen sizes
 *
 * Each lookup cycles through the same 64 seeded parameters for both contenders; the ratio is the scan's
 * mean latency over the index's.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { Bench } from 'tinybench'
import type { Coverage, Edtf, Graph } from '../src/index.js'
import { coverageOf, datedFactsDuring, factsSupportedBy, indexGraph, meetingsBetween, meetingsOf, positionsOn } from '../src/index.js'
import { generateGraph } from './generate.js'
import { scanDatedDuring, scanMeetingsBetween, scanMeetingsOf, scanPositionsOn, scanSupportedBy } from './scan.js'

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
const SIZES = sizes.length > 0 ? sizes : [1e3, 1e4, 1e5, 1e6]
const SEED = 1

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Seeded parameters for the lookups, drawn from the graph itself so most have answers. */
const parameters = (graph: Graph) => {
  let state = 12345
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state % n
  }
  const count = 64
  const meetings = Array.from({ length: count }, () => graph.meetings[next(graph.meetings.length)]!)
  const positions = Array.from({ length: count }, () => graph.positions[next(graph.positions.length)]!)
  const days: Coverage[] = Array.from({ length: count }, () => {
    const day = new Date(Date.UTC(2000, 0, 1) + next(25 * 365) * 86_400_000).toISOString().slice(0, 10)
    return coverageOf(day as Edtf)
  })
  const spans = Array.from({ length: count }, () => {
    const article = graph.articles[next(graph.articles.length)]!
    const start = next(Math.max(1, article.text.length - 200))
    return { article: article.id, start, end: start + 200 }
  })
  return {
    actors: meetings.map((m) => m.participants[0]!),
    pairs: meetings.map((m) => [m.participants[0]!, m.participants[1]!] as const),
    targets: positions.map((p) => (p.target.kind === 'paragraph' ? p.target.paragraph : p.target.kind === 'actor' ? p.target.actor : '')),
    days,
    spans,
  }
}

interface Row {
  readonly lookup: string
  readonly indexedMs: number
  readonly scanMs: number
  readonly ratio: number
}

const results: Array<{ facts: number; records: number; buildMs: number; buildNsPerFact: number; lookups: Row[] }> = []

for (const facts of SIZES) {
  const graph = generateGraph({ facts, seed: SEED })
  const records = (Object.values(graph) as ReadonlyArray<ReadonlyArray<unknown>>).reduce((sum: number, xs) => sum + xs.length, 0)

  // Build time: median of a few full builds (tinybench's minimum iteration count is too many at 10^6).
  const runs = facts <= 1e4 ? 15 : facts <= 1e5 ? 5 : 3
  const builds: number[] = []
  let index = indexGraph(graph)
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    index = indexGraph(graph)
    builds.push(performance.now() - t0)
  }
  const buildMs = median(builds)

  const p = parameters(graph)
  let i = 0
  const at = <A>(xs: ReadonlyArray<A>): A => xs[i++ % xs.length]!
  let sink = 0
  const lookups: Array<[string, () => number, () => number]> = [
    ['meetings of an actor', () => meetingsOf(at(p.actors))(index).length, () => scanMeetingsOf(graph, at(p.actors)).length],
    ['meetings of a pair', () => { const [a, b] = at(p.pairs); return meetingsBetween(a, b)(index).length }, () => { const [a, b] = at(p.pairs); return scanMeetingsBetween(graph, a, b).length }],
    ['positions on a target', () => positionsOn(at(p.targets))(index).length, () => scanPositionsOn(graph, at(p.targets)).length],
    ['facts dated on a day', () => datedFactsDuring(at(p.days))(index).length, () => scanDatedDuring(graph, at(p.days)).length],
    ['facts a 200-code-point span supports', () => { const s = at(p.spans); return factsSupportedBy(s.article, s.start, s.end)(index).length }, () => { const s = at(p.spans); return scanSupportedBy(graph, s.article, s.start, s.end).length }],
  ]
  const bench = new Bench({ time: facts >= 1e6 ? 1000 : 300, iterations: facts >= 1e5 ? 8 : 32, warmupIterations: 2 })
  for (const [name, indexed, scan] of lookups) {
    bench.add(`${name} (index)`, () => void (sink += indexed()))
    bench.add(`${name} (scan)`, () => void (sink += scan()))
  }
  await bench.run()
  const mean = (name: string): number => {
    const result = bench.getTask(name)?.result
    if (result === undefined || !('latency' in result)) throw new Error(`no result for ${name}`)
    return result.latency.mean
  }
  const rows = lookups.map(([name]): Row => {
    const indexedMs = mean(`${name} (index)`)
    const scanMs = mean(`${name} (scan)`)
    return { lookup: name, indexedMs, scanMs, ratio: scanMs / indexedMs }
  })
  results.push({ facts, records, buildMs, buildNsPerFact: (buildMs * 1e6) / facts, lookups: rows })
  console.log(`\n${facts} facts (${records} records): index built in ${buildMs.toFixed(1)} ms, ${((buildMs * 1e6) / facts).toFixed(0)} ns per fact`)
  console.table(rows.map((r) => ({ lookup: r.lookup, 'index ms': r.indexedMs.toPrecision(3), 'scan ms': r.scanMs.toPrecision(3), 'scan / index': r.ratio.toFixed(0) })))
  if (sink < 0) console.log(sink)
}

mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('./results/query.json', import.meta.url),
  `${JSON.stringify({ command: `npx tsx bench/query.bench.ts ${process.argv.slice(2).join(' ')}`.trim(), node: process.version, cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), seed: SEED, results }, null, 2)}\n`,
)
console.log('\nwrote bench/results/query.json')
