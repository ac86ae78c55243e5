/**
 * Renders bench/results.json (one `npm run bench`) into the README's `## Performance` section, each table
 * between its markers (`<!-- bench:NAME -->` … `<!-- /bench:NAME -->`): the goals, the peers, validation,
 * the command line and the queries. Every table says the command, machine, Node version, date and load
 * average it was measured with; a figure taken under a load average above 2 says so.
 *
 * Run: npm run bench:report (after `npm run bench`)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Times { readonly newsCodecs: number; readonly ioTs: number; readonly ajv: number; readonly jsonParse: number }
interface Case { readonly nsPerRecord: Times; readonly newsCodecsVsIoTs: number; readonly newsCodecsVsAjv: number }
interface Ndjson { readonly bytesPerLine: number; readonly throughputVsParse: number; readonly ajvThroughputVsParse: number; readonly structureOnlyThroughputVsParse: number }
interface Goal { readonly value: number; readonly target: string; readonly met: boolean; readonly measured: string; readonly suite?: string; readonly context?: unknown }
interface Suite { readonly suite: string; readonly ok: boolean; readonly seconds: number; readonly loadAverageAtStart: ReadonlyArray<number>; readonly loadAverageAtEnd: ReadonlyArray<number> }
interface PeerRow { readonly records: number; readonly nsPerRecord: Record<string, number>; readonly vsNewsCodecs: Record<string, number> }
interface Peers {
  readonly measured: string
  readonly loadAverageAtStart: ReadonlyArray<number>
  readonly loadAverageAtEnd: ReadonlyArray<number>
  readonly models: Record<string, Record<'valid' | 'invalid', PeerRow>>
  readonly overall: Record<'valid' | 'invalid', PeerRow>
  readonly excluded: ReadonlyArray<{ readonly peer: string; readonly model: string; readonly disagreements: number; readonly first: { readonly input: string } }>
}
interface QueryRow { readonly lookup: string; readonly indexedMs: number; readonly scanMs: number; readonly ratio: number }
interface Query {
  readonly command: string
  readonly quick?: boolean
  readonly results: ReadonlyArray<{ readonly facts: number; readonly buildMs: number; readonly buildNsPerFact: number; readonly buildsPerRound?: number; readonly emptyDateLookupNs?: number; readonly openEndedTimes?: number; readonly lookups: ReadonlyArray<QueryRow> }>
}
interface CliRow { readonly lines: number; readonly bytes: number; readonly mode: string; readonly seconds: number; readonly ratio: number; readonly peakRssMiB: number }
interface Results {
  readonly command: string
  readonly date: string
  readonly settings?: { readonly quick?: boolean; readonly batch?: number; readonly graphBatch?: number }
  readonly machine: { readonly cpus: number; readonly cpu?: string; readonly node: string; readonly loadAverage?: ReadonlyArray<number>; readonly loadAverageAtStart?: ReadonlyArray<number>; readonly loadAverageAtEnd?: ReadonlyArray<number> }
  readonly suites?: ReadonlyArray<Suite>
  readonly suiteResults?: Record<string, unknown>
  readonly goals: Record<string, Goal>
  readonly models: Record<string, { readonly bytesPerRecord: number; readonly valid: { readonly batch: Case }; readonly invalid: { readonly batch: Case } }>
  readonly ndjson: Record<string, Ndjson>
  readonly ndjsonNewsRecords: Record<string, Ndjson>
  readonly ndjsonThroughputVsParse: Record<'generatedRecords' | 'newsRecords', { readonly newsCodecs: number; readonly ajv: number; readonly structureOnly: number }>
  readonly memoryPerRecord: Record<string, { readonly newsCodecs: { readonly allocatedBytes: number }; readonly ioTs: { readonly allocatedBytes: number } }>
  readonly graphChecks: Record<string, number>
  readonly peers?: Peers
}

const root = fileURLToPath(new URL('..', import.meta.url))
const r = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8')) as Results
const us = (ns: number): string => (ns / 1000).toFixed(1)
const n = (x: number): string => x.toLocaleString('en-US')
const loads = (xs: ReadonlyArray<number> | undefined): string => (xs ?? []).map((x) => x.toFixed(1)).join(' / ')
/** A load average (1 minute) above this makes the figures taken under it worth a warning. */
const BUSY = 2
const busiest = (...lists: Array<ReadonlyArray<number> | undefined>): number => Math.max(0, ...lists.map((xs) => xs?.[0] ?? 0))
const loadNote = (peak: number): string => (peak > BUSY ? ` **taken under load ${peak.toFixed(1)}**` : '')
const suite = (name: string): Suite | undefined => r.suites?.find((s) => s.suite === name)
const suiteLoad = (name: string): number => {
  const s = suite(name)
  return s === undefined ? busiest(r.machine.loadAverageAtStart, r.machine.loadAverageAtEnd ?? r.machine.loadAverage) : busiest(s.loadAverageAtStart, s.loadAverageAtEnd)
}
const quick = r.settings?.quick === true ? ' (`BENCH_QUICK=1`: a trial run, smaller sizes and fewer rounds)' : ''

/** The line every table opens with: how, where and when it was measured. */
const measuredWith = (what: string, load: { readonly start: ReadonlyArray<number> | undefined; readonly end: ReadonlyArray<number> | undefined }): string =>
  `${what} measured with \`${r.command}\`${quick} on ${r.date.slice(0, 10)} (${r.date.slice(11, 16)} UTC), ${r.machine.cpus} × ${r.machine.cpu ?? 'unknown CPU'}, Node ${r.machine.node}, ` +
  `load average (1 / 5 / 15 min) ${loads(load.start)} at the start and ${loads(load.end)} at the end.` +
  (busiest(load.start, load.end) > BUSY ? ` The machine was busy (load above ${BUSY} on its ${r.machine.cpus} cores): absolute times are inflated, ratios of contenders timed in turn less so.` : '')

const section = (name: string, lines: ReadonlyArray<string>): readonly [string, string] => [name, lines.join('\n')]

const goals = section('goals', [
  measuredWith('Goals', { start: r.machine.loadAverageAtStart ?? r.machine.loadAverage, end: r.machine.loadAverageAtEnd ?? r.machine.loadAverage }),
  'Every figure comes from this one run (`bench/results.json`, `goals`); refresh them all with `npm run bench && npm run bench:report`.',
  '',
  '| goal | target | measured | met | suite |',
  '|---|---|---|---|---|',
  ...Object.entries(r.goals).map(([name, g]) => `| \`${name}\` | ${g.target.replace(/ \(.*\)$/, '')} | ${n(g.value)}${loadNote(g.suite === undefined ? 0 : suiteLoad(g.suite))} | ${g.met ? 'yes' : 'no'} | ${g.suite ?? ''} |`),
  '',
  'What each goal measures:',
  '',
  ...Object.entries(r.goals).map(([name, g]) => `- \`${name}\`: ${g.measured}.`),
])

const peersSection = (): readonly [string, string] => {
  const p = r.peers
  if (p === undefined) return section('peers', ['No peers figures in `bench/results.json`: run `npm run bench`.'])
  const contenders = Object.keys(p.overall.valid.nsPerRecord)
  const label: Record<string, string> = { newsCodecs: 'news-codecs', ioTs: 'io-ts', ajv: 'ajv', zod: 'zod 4', valibot: 'valibot', arktype: 'ArkType', effect: 'Effect Schema' }
  const table = (validity: 'valid' | 'invalid'): string[] => [
    `| ${validity} records | ${contenders.map((c) => label[c] ?? c).join(' | ')} |`,
    `|---|${contenders.map(() => '---:').join('|')}|`,
    ...[...Object.entries(p.models).map(([model, rows]) => [model, rows[validity]] as const), ['**all four**', p.overall[validity]] as const].map(
      ([model, row]) => `| ${model} | ${contenders.map((c) => (row.nsPerRecord[c] === undefined ? 'left out' : `${n(Math.round(row.nsPerRecord[c]))} (${row.vsNewsCodecs[c]})`)).join(' | ')} |`,
    ),
  ]
  return section('peers', [
    measuredWith('Peers', { start: p.loadAverageAtStart, end: p.loadAverageAtEnd }),
    '',
    `${p.measured.replace(/\.$/, '')}. ajv stops at a record's first error (its default); news-codecs, io-ts and the peers list every issue.`,
    '',
    'CPU nanoseconds per record, and in brackets the time over news-codecs\' on the same records (below 1: faster than news-codecs):',
    '',
    ...table('valid'),
    '',
    ...table('invalid'),
    '',
    p.excluded.length === 0
      ? 'Every peer agreed with ajv on every checked record (valid and mutated), so every one is timed.'
      : `Left out, for disagreeing with ajv on the JSON Schema: ${p.excluded.map((e) => `${e.peer} on ${e.model} (${e.disagreements} records, first on ${e.first.input})`).join('; ')}.`,
  ])
}

const validation = section('validation', [
  measuredWith('Validation', { start: suite('validation.bench.ts')?.loadAverageAtStart ?? r.machine.loadAverageAtStart, end: suite('validation.bench.ts')?.loadAverageAtEnd ?? r.machine.loadAverage }),
  'Full figures in `bench/results.json`.',
  '',
  `Valid records, ${n(r.settings?.batch ?? 10_000)}-record batches (Graph: ${n(r.settings?.graphBatch ?? 1_000)} graphs), µs per record:`,
  '',
  '| model | bytes | news-codecs | io-ts | ajv | JSON.parse | nc / io-ts | nc / ajv |',
  '|---|---|---|---|---|---|---|---|',
  ...Object.entries(r.models).map(([name, m]) => {
    const b = m.valid.batch
    return `| ${name} | ${m.bytesPerRecord} | ${us(b.nsPerRecord.newsCodecs)} | ${us(b.nsPerRecord.ioTs)} | ${us(b.nsPerRecord.ajv)} | ${us(b.nsPerRecord.jsonParse)} | ${b.newsCodecsVsIoTs} | ${b.newsCodecsVsAjv} |`
  }),
  '',
  'NDJSON: throughput of a line loop that parses and validates, over a bare `JSON.parse` loop on the same lines.',
  'News records are those of the story fixtures, cycled (the `libraryNdjsonVsParse` goal is stated on them);',
  'generated records are those above, with every optional field and long random strings. "Walk only" runs',
  'guards with every refined check (ids, dates, texts, URLs) replaced by a presence test (`bench/floor.ts`):',
  'only the cost of visiting the record, so an exact check that makes the same walk keeps less throughput',
  'than it. Per model the figures move by about ±0.1 from run to run on shared machines (a walk-only figure',
  'above 1 is such a swing); the totals over all models move less.',
  '',
  '| model | news: bytes | nc | ajv | walk only | generated: bytes | nc | ajv | walk only |',
  '|---|---|---|---|---|---|---|---|---|',
  ...Object.keys(r.ndjson).map((name) => {
    const [g, w] = [r.ndjson[name]!, r.ndjsonNewsRecords[name]!]
    return `| ${name} | ${w.bytesPerLine} | ${w.throughputVsParse} | ${w.ajvThroughputVsParse} | ${w.structureOnlyThroughputVsParse} | ${g.bytesPerLine} | ${g.throughputVsParse} | ${g.ajvThroughputVsParse} | ${g.structureOnlyThroughputVsParse} |`
  }),
  (() => {
    const { generatedRecords: g, newsRecords: w } = r.ndjsonThroughputVsParse
    return `| all models | | ${w.newsCodecs} | ${w.ajv} | ${w.structureOnly} | | ${g.newsCodecs} | ${g.ajv} | ${g.structureOnly} |`
  })(),
  '',
  `Invalid records (news-codecs lists every issue; ajv stops at the first error), ${n(r.settings?.batch ?? 10_000)}-record batches:`,
  '',
  '| model | nc / io-ts | nc / ajv |',
  '|---|---|---|',
  ...Object.entries(r.models).map(([name, m]) => `| ${name} | ${m.invalid.batch.newsCodecsVsIoTs} | ${m.invalid.batch.newsCodecsVsAjv} |`),
  '',
  `Graph-level checks on the canonical fixture (${r.graphChecks['facts']} records): ${us(r.graphChecks['nsCheckGraph']!)} µs, ` +
    `${us(r.graphChecks['nsPerFact']!)} µs per record; its shape decode takes ${us(r.graphChecks['nsIoTsDecode']!)} µs through io-ts and ` +
    `${us(r.graphChecks['nsNewsCodecsDecode']!)} µs through the compiled guard (checks / guard decode = ${r.graphChecks['checksVsNewsCodecsDecode']}).`,
  '',
  'Bytes allocated per valid record while validating a 1,000-record batch (noisy):',
  '',
  '| model | news-codecs | io-ts |',
  '|---|---|---|',
  ...Object.entries(r.memoryPerRecord).map(([name, m]) => `| ${name} | ${n(m.newsCodecs.allocatedBytes)} | ${n(m.ioTs.allocatedBytes)} |`),
])

const cli = ((): readonly [string, string] => {
  const name = 'cli-ndjson.bench.ts'
  const out = r.suiteResults?.[name] as { readonly rows?: ReadonlyArray<CliRow> } | undefined
  const s = suite(name)
  if (out?.rows === undefined || s === undefined) return section('cli', ['No command-line figures from this run in `bench/results.json`.'])
  const size = (lines: number): string => `10^${Math.round(Math.log10(lines))}`
  return section('cli', [
    measuredWith('Command line', { start: s.loadAverageAtStart, end: s.loadAverageAtEnd }),
    'Ratio = throughput / the loop\'s throughput:',
    '',
    '| lines | mode | seconds | ratio | peak RSS (MiB) |',
    '|---:|---|---:|---:|---:|',
    ...out.rows.map((row) => `| ${row.mode === 'JSON.parse loop' ? `${size(row.lines)} (${Math.round(row.bytes / 1e6)} MB)` : size(row.lines)} | ${row.mode === 'JSON.parse loop' ? '`JSON.parse` loop' : row.mode} | ${row.seconds.toFixed(2)} | ${row.ratio} | ${row.peakRssMiB} |`),
  ])
})()

const queries = ((): readonly [string, string] => {
  const name = 'query.bench.ts'
  const q = r.suiteResults?.[name] as Query | undefined
  const s = suite(name)
  if (q === undefined || s === undefined) return section('queries', ['No query figures from this run in `bench/results.json`.'])
  const facts = q.results.map((x) => x.facts)
  const time = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`)
  return section('queries', [
    measuredWith('Queries', { start: s.loadAverageAtStart, end: s.loadAverageAtEnd }),
    'Index build: CPU time, median over interleaved rounds (small sizes built many times a round and pooled).',
    'Empty date lookup: CPU time of `datedFactsDuring` for a day before every fact. Ratio = mean scan latency ÷',
    'mean indexed latency for the same answer (wall time; at 10^6 one timed scan each).',
    '',
    '| facts | open-ended times | index build | per fact | empty date lookup |',
    '|---:|---:|---:|---:|---:|',
    ...q.results.map((x) => `| ${n(x.facts)} | ${x.openEndedTimes === undefined ? '' : `1 in ${Math.round(1 / x.openEndedTimes)}`} | ${n(Math.round(x.buildMs))} ms | ${(x.buildNsPerFact / 1000).toFixed(1)} µs | ${x.emptyDateLookupNs === undefined ? '' : `${n(Math.round(x.emptyDateLookupNs))} ns`} |`),
    '',
    `| lookup (scan ÷ index) | ${facts.map(n).join(' | ')} |`,
    `|---|${facts.map(() => '---:').join('|')}|`,
    ...(q.results[0]?.lookups ?? []).map(
      (l, i) => `| ${l.lookup} | ${q.results.map((x) => { const row = x.lookups[i]!; return `${row.ratio < 10 ? row.ratio.toFixed(1) : n(Math.round(row.ratio))}× (${time(row.indexedMs)} vs ${time(row.scanMs)})` }).join(' | ')} |`,
    ),
  ])
})()

let readme = readFileSync(`${root}README.md`, 'utf8')
for (const [name, body] of [goals, peersSection(), validation, cli, queries]) {
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`)
  readme = `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`
}
writeFileSync(`${root}README.md`, readme)
console.log(`README.md: the figures of ${r.date}`)
