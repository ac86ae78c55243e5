/**
 * Is a change faster? Runs the NDJSON loop (parse each line, validate it) of two or more builds of the
 * library over the story fixtures' records, taking turns line loop by line loop with a parse-only loop, and
 * prints each build's throughput over the parse-only loop per model and in total.
 *
 * Each figure is the fastest of many turns: on a shared machine a slow spell only ever adds time, so the
 * fastest turn is the one nearest what the code costs, and taking turns puts every build under the same
 * spells.
 *
 * Usage: copy `dist/` of each build to a directory of its own (a checkout of another commit built with
 * `npm run build`, say), then
 *
 *   npx tsx bench/compare-builds.ts /tmp/build-before /tmp/build-after
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { GRAPH_MODELS, storyLines } from './stories.js'

type Validate = (u: unknown) => unknown
interface Build {
  readonly decodeWith: (codec: unknown) => Validate
  readonly [codec: string]: unknown
}

const LINES = 5_000
const TURNS = 15

const dirs = process.argv.slice(2)
if (dirs.length < 2) {
  console.error('usage: npx tsx bench/compare-builds.ts BUILD_DIR BUILD_DIR [BUILD_DIR...]')
  process.exit(2)
}
const builds = await Promise.all(dirs.map(async (dir) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build))
let sink = 0
const timeTurn = (text: string, validate: Validate, turns: number[]): void => {
  const start = process.hrtime.bigint()
  for (const line of text.split('\n')) if (validate(JSON.parse(line)) !== undefined) sink++
  turns.push(Number(process.hrtime.bigint() - start))
}

const totals = new Array<number>(builds.length + 1).fill(0)
for (const model of GRAPH_MODELS) {
  const text = storyLines(model, LINES).join('\n')
  const loops: Validate[] = [(u) => u, ...builds.map((build) => build.decodeWith(build[model]))]
  const turns = loops.map((): number[] => [])
  for (let turn = 0; turn < TURNS; turn++) loops.forEach((validate, i) => timeTurn(text, validate, turns[i]!))
  const best = turns.map((t) => Math.min(...t))
  best.forEach((ns, i) => (totals[i]! += ns))
  console.log(`${model.padEnd(10)} ${dirs.map((dir, i) => `${dir}: ${(best[0]! / best[i + 1]!).toFixed(3)}`).join('  ')}`)
}
console.log(`${'all'.padEnd(10)} ${dirs.map((dir, i) => `${dir}: ${(totals[0]! / totals[i + 1]!).toFixed(3)}`).join('  ')}`)
if (sink < 0) console.log(sink)
