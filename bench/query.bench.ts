/**
 * Index build time per fact, and indexed lookups against a plain array scan of the same graph, at
 * 10^3..10^6 facts. Writes bench/results/query.json, with its goals (gathered by bench/run.ts):
 * - `indexBuildPerFact1e6Vs1e3`: CPU time of a build per fact at 10^6 over 10^3. Builds of every size take
 *   turns (interleaved rounds), the small sizes built many times a round and pooled, median over rounds;
 *   each size's turn starts from a collected heap (`gc()`, which `npm run bench` exposes).
 * - `emptyDateLookup1e6Vs1e4`: CPU time of a date lookup with an empty answer (a day before every fact) at
 *   10^6 over 10^4, many calls pooled per round, median over interleaved rounds.
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/query.bench.ts            # 10^3..10^6
 *   npx tsx bench/query.bench.ts 1000 10000                                         # chosen sizes
 *   BENCH_QUICK=1 npx tsx bench/query.bench.ts                                      # 10^3..10^5, fewer rounds
 *   BENCH_QUERY_SIZES=1000,10000,1000000 npm run bench                              # chosen sizes, from run.ts
 *
 * Each lookup cycles through the same 64 seeded parameters for both contenders; the ratio is the scan's
 * mean latency over the index's.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { Bench } from 'tinybench'
import type { Coverage, Edtf, Graph } from '../src/index.js'
import { coverageOf, datedFactsDuring, factsSupportedBy, indexGraph, meetingsBetween, meetingsOf, positionsOn } from '../src/index.js'
import { generateGraph } from './generate.js'
import { scanDatedDuring, scanMeetingsBetween, scanMeetingsOf, scanPositionsOn, scanSupportedBy } from './scan.js'

const QUICK = process.env['BENCH_QUICK'] === '1'
// Sizes: the arguments, or BENCH_QUERY_SIZES (comma-separated, for `npm run bench`), or the defaults.
const sizes = (process.argv.length > 2 ? process.argv.slice(2) : (process.env['BENCH_QUERY_SIZES'] ?? '').split(',')).map(Number).filter((n) => n > 0)
const SIZES = sizes.length > 0 ? sizes : QUICK ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6]
const SEED = 1
const BUILD_ROUNDS = 3
/** Facts built per size per round at least, so a small size's figure is the mean of many builds. */
const BUILD_FACTS_PER_ROUND = 100_000
const LOOKUP_ROUNDS = QUICK ? 5 : 15
const LOOKUP_CALLS = 20_000
const loadAverageAtStart = loadavg().map((x) => Math.round(x * 100) / 100)

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

/** A full garbage collection, when Node exposes it (`--expose-gc`); nothing otherwise. */
const exposedGc = (globalThis as { gc?: () => void }).gc
const collect = (): void => exposedGc?.()

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const graphs = SIZES.map((facts) => ({ facts, graph: generateGraph({ facts, seed: SEED }) }))

/** CPU ms per build of each size: builds take turns across sizes, the small ones repeated and pooled. */
const buildTimes = (): Map<number, { msPerBuild: number; buildsPerRound: number; rounds: number }> => {
  const samples = new Map<number, number[]>(SIZES.map((n) => [n, []]))
  for (const { graph } of graphs) indexGraph(graph) // warm up
  for (let round = 0; round < BUILD_ROUNDS; round++) {
    for (let k = 0; k < graphs.length; k++) {
      const { facts, graph } = graphs[(k + round) % graphs.length]!
      const builds = Math.max(1, Math.round(BUILD_FACTS_PER_ROUND / facts))
      // Otherwise a build pays for collecting the index built before it: at 10^6 facts that garbage is old and
      // large, and a full collection during the next build marks the whole heap. Measured on 2026-12-02 (a
      // 10^6 build after 100 builds of 10^3, four rounds, twice each, load 1 to 2): 1.48 to 2.15 times the
      // 10^3 cost per fact as it was, 0.94 to 1.23 with a collection first.
      collect()
      const t0 = cpuMs()
      for (let b = 0; b < builds; b++) indexGraph(graph)
      samples.get(facts)!.push((cpuMs() - t0) / builds)
    }
  }
  return new Map(SIZES.map((facts) => [facts, { msPerBuild: median(samples.get(facts)!), buildsPerRound: Math.max(1, Math.round(BUILD_FACTS_PER_ROUND / facts)), rounds: BUILD_ROUNDS }]))
}

/** Days before 2000, when no generated fact is dated: every lookup of one has an empty answer. */
const emptyDays: Coverage[] = Array.from({ length: 64 }, (_, i) => coverageOf(new Date(Date.UTC(1990, 0, 1) + i * 37 * 86_400_000).toISOString().slice(0, 10) as Edtf))

/** CPU ns per empty-answer date lookup on each size's index, interleaved rounds of many calls. */
const emptyLookupTimes = (indexes: ReadonlyArray<{ facts: number; index: ReturnType<typeof indexGraph> }>): Map<number, number> => {
  const samples = new Map<number, number[]>(indexes.map(({ facts }) => [facts, []]))
  let found = 0
  const calls = (index: ReturnType<typeof indexGraph>): void => {
    for (let c = 0; c < LOOKUP_CALLS; c++) found += datedFactsDuring(emptyDays[c & 63]!)(index).length
  }
  for (const { index } of indexes) calls(index) // warm up
  for (let round = 0; round < LOOKUP_ROUNDS; round++) {
    for (let k = 0; k < indexes.length; k++) {
      const { facts, index } = indexes[(k + round) % indexes.length]!
      const t0 = cpuMs()
      calls(index)
      samples.get(facts)!.push(((cpuMs() - t0) * 1e6) / LOOKUP_CALLS)
    }
  }
  if (found !== 0) throw new Error(`a lookup before 2000 found ${found} facts: the empty-answer lookup is not empty`)
  return new Map([...samples].map(([facts, xs]) => [facts, median(xs)]))
}

const builds = buildTimes()
const results: Array<{ facts: number; records: number; openEndedTimes: number; buildMs: number; buildNsPerFact: number; buildsPerRound: number; buildRounds: number; emptyDateLookupNs?: number; lookups: Row[] }> = []
const indexes: Array<{ facts: number; index: ReturnType<typeof indexGraph> }> = []

for (const { facts, graph } of graphs) {
  const records = (Object.values(graph) as ReadonlyArray<ReadonlyArray<unknown>>).reduce((sum: number, xs) => sum + xs.length, 0)
  const times = (Object.values(graph) as ReadonlyArray<ReadonlyArray<{ time?: { value: string } }>>).flatMap((xs) => xs.flatMap((x) => (x.time === undefined ? [] : [x.time.value])))
  const openEndedTimes = times.filter((v) => v.endsWith('/..')).length / times.length
  const { msPerBuild: buildMs, buildsPerRound, rounds: buildRounds } = builds.get(facts)!

  const index = indexGraph(graph)
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
  // At 10^6 a scan takes seconds: one timed call each after one warm-up, since the ratio to the index is in the hundreds at least.
  const bench = new Bench({ time: facts >= 1e6 ? 0 : 300, iterations: facts >= 1e6 ? 1 : facts >= 1e5 ? 8 : 32, warmupIterations: facts >= 1e6 ? 1 : 2, warmupTime: facts >= 1e6 ? 0 : 100 })
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
  results.push({ facts, records, openEndedTimes: Math.round(openEndedTimes * 10000) / 10000, buildMs, buildNsPerFact: (buildMs * 1e6) / facts, buildsPerRound, buildRounds, lookups: rows })
  indexes.push({ facts, index })
  console.log(`\n${facts} facts (${records} records, 1 in ${Math.round(1 / openEndedTimes)} times open-ended): index built in ${buildMs.toFixed(1)} ms CPU, ${((buildMs * 1e6) / facts).toFixed(0)} ns per fact`)
  console.table(rows.map((r) => ({ lookup: r.lookup, 'index ms': r.indexedMs.toPrecision(3), 'scan ms': r.scanMs.toPrecision(3), 'scan / index': r.ratio.toFixed(0) })))
  if (sink < 0) console.log(sink)
}

const empty = emptyLookupTimes(indexes)
for (const r of results) r.emptyDateLookupNs = Math.round(empty.get(r.facts)! * 10) / 10

const round3 = (x: number): number => Math.round(x * 1000) / 1000
const perFact = (facts: number): number | undefined => results.find((r) => r.facts === facts)?.buildNsPerFact
const emptyAt = (facts: number): number | undefined => empty.get(facts)
const goals: Record<string, { value: number; target: string; met: boolean; measured: string }> = {}
const [build6, build3, empty6, empty4] = [perFact(1e6), perFact(1e3), emptyAt(1e6), emptyAt(1e4)]
if (build6 !== undefined && build3 !== undefined) {
  const value = build6 / build3
  goals['indexBuildPerFact1e6Vs1e3'] = {
    value: round3(value),
    target: '<= 2',
    met: value <= 2,
    measured: `indexGraph CPU time (process.cpuUsage) per fact on a generated graph of 10^6 facts / the same on 10^3 facts; sizes built in turn in ${BUILD_ROUNDS} interleaved rounds, each round building every size at least once and ${BUILD_FACTS_PER_ROUND.toLocaleString('en-US')} facts' worth (10^3: ${Math.round(BUILD_FACTS_PER_ROUND / 1e3)} builds pooled), median over rounds; each size's turn starts from a collected heap${exposedGc === undefined ? ' (not in this run: gc was not exposed)' : ''}`,
  }
}
if (empty6 !== undefined && empty4 !== undefined) {
  const value = empty6 / empty4
  goals['emptyDateLookup1e6Vs1e4'] = {
    value: round3(value),
    target: '<= 3',
    met: value <= 3,
    measured: `CPU time of datedFactsDuring for a day before every generated fact (an empty answer) on the index of 10^6 facts / on the index of 10^4 facts; ${LOOKUP_CALLS.toLocaleString('en-US')} calls pooled per round over 64 days, median over ${LOOKUP_ROUNDS} interleaved rounds; 1 in 55 generated times are open-ended`,
  }
}
console.log('\nempty-answer date lookup, CPU ns per call', Object.fromEntries(empty))
console.log('goals', goals)

mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('./results/query.json', import.meta.url),
  `${JSON.stringify({ command: `npx tsx bench/query.bench.ts ${process.argv.slice(2).join(' ')}`.trim(), date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), quick: QUICK, loadAverageAtStart, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100), seed: SEED, goals, results }, null, 2)}\n`,
)
console.log('\nwrote bench/results/query.json')
