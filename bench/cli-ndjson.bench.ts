/**
 * NDJSON throughput and memory of the built command line (`dist/cli.js`, run `npm run build` first).
 *
 * For 10^5 and 10^6 lines of Actor records (about 1% invalid, 0.1% not JSON) it times, as child processes
 * over the same file in the same run:
 * - the baseline: a plain `JSON.parse` loop over the lines (node:readline), no validation, no output;
 * - `news-codecs validate --ndjson --type Actor --out --rejects` in the main thread (`--workers 0`);
 * - the same with the default worker threads (one per core but one), and with one worker per core.
 * It reports throughput as a ratio of the baseline's, and peak RSS (from `/usr/bin/time -v`), and writes
 * the figures to bench/results/cli-ndjson.json.
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

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const resultsFile = join(root, 'bench', 'results', 'cli-ndjson.json')
const sizes = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').filter((x) => x !== '').map(Number)
const longLines = (process.env['BENCH_LONG_LINES_MIB'] ?? '25,100').split(',').filter((x) => x !== '').map(Number)
const TIME = '/usr/bin/time'

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first')
  process.exit(2)
}

const person = (i: number) => ({
  kind: 'person',
  id: `person:p${i}`,
  name: `Person ${i}`,
  posts: [{ office: 'Minister of Foreign Affairs', of: `state:${i % 3 ? 'FR' : 'DE'}`, from: '2021-05-04' }],
})
const state = (i: number) => ({ kind: 'state', id: `state:s${i}`, name: `State ${i}`, countryCode: i % 100 === 3 ? 'XX' : 'IN' })

/** Writes `lines` NDJSON lines; returns the file size. */
const generate = async (file: string, lines: number): Promise<number> => {
  const out = createWriteStream(file)
  let buffer = ''
  for (let i = 0; i < lines; i++) {
    buffer += i % 1000 === 500 ? `{"kind": "state", "id": ${i}\n` : `${JSON.stringify(i % 2 ? state(i) : person(i))}\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(buffer)
  await once(out, 'finish')
  return statSync(file).size
}

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
try {
  for (const lines of sizes) {
    const file = join(dir, `actors-${lines}.ndjson`)
    const bytes = await generate(file, lines)
    const baseline = measure(['-e', BASELINE, file])
    const parsed = JSON.parse(baseline.stdout) as { ok: number; bad: number }
    if (parsed.ok + parsed.bad !== lines) throw new Error(`baseline read ${parsed.ok + parsed.bad} of ${lines} lines`)
    rows.push({ lines, bytes, mode: 'JSON.parse loop', seconds: baseline.seconds, linesPerSecond: Math.round(lines / baseline.seconds), ratio: 1, peakRssMiB: baseline.peakRssMiB })
    for (const [mode, workers] of [['cli --workers 0', ['--workers', '0']], [`cli default (${Math.max(1, availableParallelism() - 1)} worker(s) above 8 MiB)`, []], [`cli --workers ${availableParallelism()}`, ['--workers', String(availableParallelism())]]] as const) {
      const run = measure([cli, 'validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--out', join(dir, 'valid.ndjson'), '--rejects', join(dir, 'rejects.ndjson'), ...workers, file])
      const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { read: number; valid: number; invalid: number; notJson: number }
      if (summary.read !== lines || summary.valid + summary.invalid + summary.notJson !== lines) throw new Error(`${mode}: counts do not reconcile: ${JSON.stringify(summary)}`)
      rows.push({
        lines,
        bytes,
        mode,
        seconds: run.seconds,
        linesPerSecond: Math.round(lines / run.seconds),
        ratio: Math.round((baseline.seconds / run.seconds) * 1000) / 1000,
        peakRssMiB: run.peakRssMiB,
        valid: summary.valid,
        invalid: summary.invalid,
        notJson: summary.notJson,
      })
    }
    rmSync(file)
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
const report = {
  command: 'npx tsx bench/cli-ndjson.bench.ts',
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  loadAverageAtStart,
  note: 'ratio = baseline seconds / run seconds (throughput relative to a plain JSON.parse line loop; 1 = as fast). Wall times on a shared machine: compare ratios within one run.',
  rows,
  longLinesNote: 'one line of the given size, checked and kept (valid lines in --out, others in --rejects); rssPerLineByte = peak RSS / line size',
  longLines: longRows,
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`)
console.log(`written to ${resultsFile}`)
