/**
 * Renders bench/results.json as the README's validation tables and writes them between the markers
 * `<!-- bench:validation -->` and `<!-- /bench:validation -->`, so the README shows the figures of the last
 * `npm run bench` exactly, with its date and machine.
 *
 * Run: npx tsx bench/report.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Times { readonly newsCodecs: number; readonly ioTs: number; readonly ajv: number; readonly jsonParse: number }
interface Case { readonly nsPerRecord: Times; readonly newsCodecsVsIoTs: number; readonly newsCodecsVsAjv: number }
interface Ndjson { readonly bytesPerLine: number; readonly throughputVsParse: number; readonly ajvThroughputVsParse: number; readonly structureOnlyThroughputVsParse: number }
interface Results {
  readonly command: string
  readonly date: string
  readonly machine: { readonly cpus: number; readonly node: string; readonly loadAverage: ReadonlyArray<number> }
  readonly goals: Record<string, { readonly value: number; readonly target: string; readonly met: boolean; readonly measured: string }>
  readonly models: Record<string, { readonly bytesPerRecord: number; readonly valid: { readonly batch: Case }; readonly invalid: { readonly batch: Case } }>
  readonly ndjson: Record<string, Ndjson>
  readonly ndjsonNewsRecords: Record<string, Ndjson>
  readonly ndjsonThroughputVsParse: Record<'generatedRecords' | 'newsRecords', { readonly newsCodecs: number; readonly ajv: number; readonly structureOnly: number }>
  readonly memoryPerRecord: Record<string, { readonly newsCodecs: { readonly allocatedBytes: number }; readonly ioTs: { readonly allocatedBytes: number } }>
  readonly graphChecks: Record<string, number>
}

const root = fileURLToPath(new URL('..', import.meta.url))
const r = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8')) as Results
const us = (ns: number): string => (ns / 1000).toFixed(1)
const n = (x: number): string => x.toLocaleString('en-US')

const lines: string[] = [
  `Measured with \`${r.command}\` on ${r.date.slice(0, 10)} (${r.date.slice(11, 16)} UTC), ${r.machine.cpus} cores, Node ${r.machine.node},`,
  `load average ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' / ')} at the end of the run. Every ratio comes from this one run;`,
  'full figures in `bench/results.json`.',
  '',
  '| goal | target | measured | met |',
  '|---|---|---|---|',
  ...Object.entries(r.goals).map(([name, g]) => `| \`${name}\` | ${g.target.replace(/ \(.*\)$/, '')} | ${n(g.value)} | ${g.met ? 'yes' : 'no'} |`),
  '',
  'Valid records, 10,000-record batches (Graph: 1,000 graphs), µs per record:',
  '',
  '| model | bytes | news-codecs | io-ts | ajv | JSON.parse | nc / io-ts | nc / ajv |',
  '|---|---|---|---|---|---|---|---|',
  ...Object.entries(r.models).map(([name, m]) => {
    const b = m.valid.batch
    return `| ${name} | ${m.bytesPerRecord} | ${us(b.nsPerRecord.newsCodecs)} | ${us(b.nsPerRecord.ioTs)} | ${us(b.nsPerRecord.ajv)} | ${us(b.nsPerRecord.jsonParse)} | ${b.newsCodecsVsIoTs} | ${b.newsCodecsVsAjv} |`
  }),
  '',
  'NDJSON: throughput of a line loop that parses and validates, over a bare `JSON.parse` loop on the same lines.',
  'Generated records are those above (the goal\'s data); news records are those of the three story fixtures,',
  'cycled. "Walk only" runs guards with every refined check (ids, dates, texts, URLs) replaced by a presence',
  'test (`bench/floor.ts`): only the cost of visiting the record, so an exact check that makes the same walk',
  'keeps less throughput than it. Per model the figures move by about ±0.1 from run to run on these shared',
  'machines (a walk-only figure above 1 is such a swing); the totals over all models move less.',
  '',
  '| model | generated: bytes | nc | ajv | walk only | news: bytes | nc | ajv | walk only |',
  '|---|---|---|---|---|---|---|---|---|',
  ...Object.keys(r.ndjson).map((name) => {
    const [g, w] = [r.ndjson[name]!, r.ndjsonNewsRecords[name]!]
    return `| ${name} | ${g.bytesPerLine} | ${g.throughputVsParse} | ${g.ajvThroughputVsParse} | ${g.structureOnlyThroughputVsParse} | ${w.bytesPerLine} | ${w.throughputVsParse} | ${w.ajvThroughputVsParse} | ${w.structureOnlyThroughputVsParse} |`
  }),
  (() => {
    const { generatedRecords: g, newsRecords: w } = r.ndjsonThroughputVsParse
    return `| all models | | ${g.newsCodecs} | ${g.ajv} | ${g.structureOnly} | | ${w.newsCodecs} | ${w.ajv} | ${w.structureOnly} |`
  })(),
  '',
  'Invalid records (news-codecs lists every issue; ajv stops at the first error), 10,000-record batches:',
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
]

const readme = readFileSync(`${root}README.md`, 'utf8')
const start = '<!-- bench:validation -->'
const end = '<!-- /bench:validation -->'
const from = readme.indexOf(start)
const to = readme.indexOf(end)
if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`)
writeFileSync(`${root}README.md`, `${readme.slice(0, from + start.length)}\n${lines.join('\n')}\n${readme.slice(to)}`)
console.log(`README.md: validation figures of ${r.date}`)
