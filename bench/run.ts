/**
 * Runs every bench/*.bench.ts in turn, each in its own Node process (with --expose-gc for the memory
 * figures), so one suite's heap and JIT state do not colour the next. Then gathers every suite's `goals`
 * into bench/results.json, so one `npm run bench` gives all the goals of one run.
 *
 * Each suite may write a top-level `goals` object (`{ KEY: { value, target, met, measured } }`) into what it
 * writes: bench/results.json for validation.bench.ts, bench/results/<suite>.json for the others.
 *
 * `BENCH_QUICK=1` asks every suite for a short trial run (smaller sizes, fewer rounds); the suites' own
 * knobs (BENCH_QUERY_SIZES, BENCH_SIZES, BENCH_LONG_LINES_MIB) choose sizes. The knobs set are recorded
 * in the command of bench/results.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const RESULTS = `${dir}results.json`
const round2 = (x: number): number => Math.round(x * 100) / 100
const load = (): ReadonlyArray<number> => os.loadavg().map(round2)

interface Goal {
  readonly value: number
  readonly target: string
  readonly met: boolean
  readonly measured: string
}

const readJson = (file: string): Record<string, unknown> | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined

/** Where a suite writes its figures: validation.bench.ts writes bench/results.json itself. */
const outputOf = (suite: string): string =>
  suite === 'validation.bench.ts' ? RESULTS : `${dir}results/${suite.replace(/\.bench\.ts$/, '')}.json`

const started = new Date()
// The command as run, with the knobs that changed what it measured (quick mode, sizes).
const knobs = Object.entries(process.env).filter(([key]) => key.startsWith('BENCH_')).sort(([a], [b]) => a.localeCompare(b))
const command = [...knobs.map(([key, value]) => `${key}=${value}`), 'npm run bench'].join(' ')
const suites = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
const runs: Array<{ suite: string; ok: boolean; seconds: number; loadAverageAtStart: ReadonlyArray<number>; loadAverageAtEnd: ReadonlyArray<number> }> = []
for (const suite of suites) {
  console.log(`\n# ${suite}`)
  const loadAtStart = load()
  const t0 = performance.now()
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', `${dir}${suite}`], { stdio: 'inherit' })
  runs.push({ suite, ok: run.status === 0, seconds: Math.round((performance.now() - t0) / 100) / 10, loadAverageAtStart: loadAtStart, loadAverageAtEnd: load() })
}

// Goals of every suite, in suite order; a suite that failed keeps none from an older run. The other suites'
// figures are kept too, so that bench/report.ts renders every table from this one file and this one run.
const goals: Record<string, Goal & { readonly suite: string }> = {}
const suiteResults: Record<string, unknown> = {}
for (const { suite, ok } of runs) {
  const written = ok ? readJson(outputOf(suite)) : undefined
  for (const [key, goal] of Object.entries((written?.['goals'] ?? {}) as Record<string, Goal>)) goals[key] = { ...goal, suite }
  if (written !== undefined && outputOf(suite) !== RESULTS) suiteResults[suite] = written
}

const results = readJson(RESULTS) ?? {}
const cpus = os.cpus()
const report = {
  ...results,
  command,
  date: started.toISOString(),
  machine: { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAverageAtStart: runs[0]?.loadAverageAtStart ?? load(), loadAverageAtEnd: load() },
  suites: runs,
  goals,
  suiteResults,
}
writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`)
console.log('\ngoals of this run')
console.table(Object.fromEntries(Object.entries(goals).map(([key, g]) => [key, { value: g.value, target: g.target.replace(/ \(.*\)$/, ''), met: g.met, suite: g.suite }])))
const failed = runs.filter((r) => !r.ok).map((r) => r.suite)
if (failed.length > 0) console.error(`failed: ${failed.join(', ')}`)
process.exit(failed.length === 0 ? 0 : 1)
