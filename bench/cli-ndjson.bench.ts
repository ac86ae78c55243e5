/**
 * NDJSON throughput and memory of the built command line (`dist/cli.js`, run `npm run build` first).
 *
 * For 10^5 and 10^6 lines of two files, generated Actor records (about 1% invalid, 0.1% not JSON) and story
 * records (every actor of the shipped fixtures/*.graph.json, repeated, as `--type Actor` lines), it times,
 * as child processes over the same file, in interleaved rounds (BENCH_ROUNDS, 3 by default):
 * - the baseline: a plain `JSON.parse` loop over the lines (node:readline), no validation, no output;
 * - `news-codecs validate --ndjson --type Actor --out --rejects` in the main thread (`--workers 0`);
 * - the same with default settings (one worker per core above 8 MiB), and with one worker per core.
 * A ratio is the baseline's seconds over the run's in the same round; the median of the rounds is kept, so
 * that the load of a shared machine, which changes from minute to minute, weighs on both sides alike. Peak
 * RSS comes from `/usr/bin/time -v`. The figures, the load averages and the `goals` go to
 * bench/results/cli-ndjson.json.
 *
 * Then, for one line of 25 and 100 MiB (BENCH_LONG_LINES_MIB to choose): the time and peak RSS of checking
 * it and keeping it, as a valid Article record (`--out`, `--rejects`) and as a line of control bytes that
 * is not JSON (`--rejects`, where it is written escaped, six bytes for one). Linear cutting shows as time
 * proportional to the size; the memory bound as peak RSS a small multiple of it.
 *
 * Run: npx tsx bench/cli-ndjson.bench.ts            (BENCH_SIZES=100000,1000000 to choose the sizes, empty for none)
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { generatedActor, storyActorTexts } from './actor-lines.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const resultsFile = join(root, 'bench', 'results', 'cli-ndjson.json')
const sizes = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').filter((x) => x !== '').map(Number)
const longLines = (process.env['BENCH_LONG_LINES_MIB'] ?? '25,100').split(',').filter((x) => x !== '').map(Number)
const rounds = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3))
const TIME = '/usr/bin/time'

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first')
  process.exit(2)
}

/** Writes `lines` NDJSON lines, the i-th made by `lineOf(i)`; returns the file size. */
const writeLines = async (file: string, lines: number, lineOf: (i: number) => string): Promise<number> => {
  const out = createWriteStream(file)
  let buffer = ''
  for (let i = 0; i < lines; i++) {
    buffer += lineOf(i)
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(buffer)
  await once(out, 'finish')
  return statSync(file).size
}

const generatedLine = (i: number): string => (i % 1000 === 500 ? `{"kind": "state", "id": ${i}\n` : `${JSON.stringify(generatedActor(i))}\n`)
const storyLine = (i: number): string => `${storyActorTexts[i % storyActorTexts.length]!}\n`

const BASELINE = `
const { createReadStream } = require('node:fs')
const { createInterface } = require('node:readline')
;(async () => {
  let ok = 0, bad = 0
  for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
    try { JSON.parse(line); ok++ } catch { bad++ }
  }
  console.log(JSON.stringify({ ok, bad }))
})()
`

interface Run {
  readonly seconds: number
  readonly peakRssMiB: number | undefined
  readonly stdout: string
}

/** Runs node with args under /usr/bin/time -v when present; wall time measured here. */
const measure = (args: string[]): Run => {
  const withTime = existsSync(TIME)
  const command = withTime ? TIME : process.execPath
  const argv = withTime ? ['-v', process.execPath, ...args] : args
  const started = process.hrtime.bigint()
  const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  return { seconds, peakRssMiB: rss ? Math.round((Number(rss[1]) / 1024) * 10) / 10 : undefined, stdout: result.stdout }
}

/** Writes `head`, `mib` MiB of `fill` and `tail` as one file, one MiB at a time. */
const generateLongLine = async (file: string, head: string, mib: number, fill: Buffer, tail: string): Promise<number> => {
  const out = createWriteStream(file)
  out.write(head)
  for (let i = 0; i < mib; i++) if (!out.write(fill)) await once(out, 'drain')
  out.end(tail)
  await once(out, 'finish')
  return statSync(file).size
}

const loadAverageAtStart = loadavg().map((l) => Math.round(l * 100) / 100)
const dir = mkdtempSync(join(tmpdir(), 'news-codecs-bench-'))
const rows: Array<Record<string, unknown>> = []
const longRows: Array<Record<string, unknown>> = []
const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const round3 = (x: number): number => Math.round(x * 1000) / 1000
const MODES = [
  ['cli --workers 0', ['--workers', '0']],
  ['cli default', []],
  [`cli --workers ${availableParallelism()}`, ['--workers', String(availableParallelism())]],
] as const
/** The median ratio of each mode, by file kind, at the largest size. */
const largest: Record<string, Record<string, number>> = {}
try {
  for (const lines of sizes) {
    for (const [kind, lineOf] of [['generated', generatedLine], ['story', storyLine]] as const) {
      const file = join(dir, `${kind}-${lines}.ndjson`)
      const bytes = await writeLines(file, lines, lineOf)
      const seconds: Record<string, number[]> = { baseline: [] }
      const ratios: Record<string, number[]> = {}
      const rss: Record<string, number> = {}
      const summaries: Record<string, Record<string, number>> = {}
      const loads: number[] = []
      for (let round = 0; round < rounds; round++) {
        loads.push(Math.round(loadavg()[0]! * 100) / 100)
        const baseline = measure(['-e', BASELINE, file])
        const parsed = JSON.parse(baseline.stdout) as { ok: number; bad: number }
        if (parsed.ok + parsed.bad !== lines) throw new Error(`baseline read ${parsed.ok + parsed.bad} of ${lines} lines`)
        seconds['baseline']!.push(baseline.seconds)
        rss['baseline'] = Math.max(rss['baseline'] ?? 0, baseline.peakRssMiB ?? 0)
        for (const [mode, workers] of MODES) {
          const run = measure([cli, 'validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--out', join(dir, 'valid.ndjson'), '--rejects', join(dir, 'rejects.ndjson'), ...workers, file])
          const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { read: number; valid: number; invalid: number; notJson: number }
          if (summary.read !== lines || summary.valid + summary.invalid + summary.notJson !== lines) throw new Error(`${mode}: counts do not reconcile: ${JSON.stringify(summary)}`)
          ;(seconds[mode] ??= []).push(run.seconds)
          ;(ratios[mode] ??= []).push(baseline.seconds / run.seconds)
          rss[mode] = Math.max(rss[mode] ?? 0, run.peakRssMiB ?? 0)
          summaries[mode] = { valid: summary.valid, invalid: summary.invalid, notJson: summary.notJson }
        }
      }
      const baselineSeconds = median(seconds['baseline']!)
      rows.push({ lines, kind, bytes, mode: 'JSON.parse loop', seconds: baselineSeconds, linesPerSecond: Math.round(lines / baselineSeconds), ratio: 1, peakRssMiB: rss['baseline'], loadAverage1m: loads })
      for (const [mode] of MODES) {
        const runSeconds = median(seconds[mode]!)
        const ratio = round3(median(ratios[mode]!))
        if (lines === Math.max(...sizes)) (largest[kind] ??= {})[mode] = ratio
        rows.push({ lines, kind, bytes, mode, seconds: runSeconds, linesPerSecond: Math.round(lines / runSeconds), ratio, ratios: ratios[mode]!.map(round3), peakRssMiB: rss[mode], ...summaries[mode] })
      }
      rmSync(file)
    }
  }
  const words = Buffer.from('news '.repeat((1 << 20) / 5 + 1).slice(0, 1 << 20))
  for (const mib of longLines) {
    for (const [kind, head, fill, tail, type, expect] of [
      ['valid Article record', '{"id":"article:a","language":"en","text":"', words, '"}\n', 'Article', { valid: 1 }],
      ['control bytes, not JSON', '', Buffer.alloc(1 << 20, 0x01), '\n', 'Actor', { notJson: 1 }],
    ] as const) {
      const file = join(dir, `long-${mib}.ndjson`)
      const bytes = await generateLongLine(file, head, mib, fill, tail)
      const run = measure([cli, 'validate', '--ndjson', '--type', type, '--format', 'json', '--out', join(dir, 'valid.ndjson'), '--rejects', join(dir, 'rejects.ndjson'), file])
      const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, number>
      if (summary['read'] !== 1 || Object.entries(expect).some(([k, v]) => summary[k] !== v)) throw new Error(`${kind}: ${JSON.stringify(summary)}`)
      longRows.push({
        lineMiB: mib,
        kind,
        bytes,
        seconds: run.seconds,
        mibPerSecond: Math.round((bytes / 2 ** 20 / run.seconds) * 10) / 10,
        peakRssMiB: run.peakRssMiB,
        rssPerLineByte: run.peakRssMiB === undefined ? undefined : Math.round((run.peakRssMiB / (bytes / 2 ** 20)) * 100) / 100,
        keptBytes: statSync(join(dir, 'valid' in expect ? 'valid.ndjson' : 'rejects.ndjson')).size,
      })
      rmSync(file)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

console.table(rows.map((r) => ({ ...r, seconds: Number((r['seconds'] as number).toFixed(2)) })))
console.table(longRows.map((r) => ({ ...r, seconds: Number((r['seconds'] as number).toFixed(2)) })))
/** A goal on the lower of the two files' median ratios for one mode, at the largest size. */
const goal = (mode: string, target: number, what: string): Record<string, unknown> | undefined => {
  const generated = largest['generated']?.[mode]
  const story = largest['story']?.[mode]
  if (generated === undefined || story === undefined) return undefined
  const value = Math.min(generated, story)
  return {
    value,
    target: `>= ${target}`,
    met: value >= target,
    measured: `${what}: throughput of news-codecs validate --ndjson --type Actor --out --rejects over a bare JSON.parse line loop (node:readline) on the same file, ${Math.max(...sizes)} lines, median of ${rounds} interleaved rounds; the lower of generated Actor records (${generated}) and the fixtures' actors repeated (${story})`,
  }
}
const goals = Object.fromEntries(
  Object.entries({
    cliNdjsonVsParse: goal('cli --workers 0', 1.5, '--workers 0 (main thread only)'),
    cliNdjsonDefaultVsParse: goal('cli default', 2.0, `default settings on ${availableParallelism()} cores`),
  }).filter(([, g]) => g !== undefined),
)
const report = {
  command: 'npx tsx bench/cli-ndjson.bench.ts',
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  loadAverageAtStart,
  note: 'ratio = baseline seconds / run seconds in the same round (throughput relative to a plain JSON.parse line loop; 1 = as fast), median of the rounds; seconds are medians too. Wall times on a shared machine: compare ratios within one run.',
  goals,
  rows,
  longLinesNote: 'one line of the given size, checked and kept (valid lines in --out, others in --rejects); rssPerLineByte = peak RSS / line size',
  longLines: longRows,
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`)
console.log('goals', Object.fromEntries(Object.entries(goals).map(([k, v]) => [k, `${v!['value']} (target ${v!['target']}): ${v!['met'] ? 'met' : 'NOT met'}`])))
console.log(`written to ${resultsFile}`)
