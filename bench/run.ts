/**
 * Runs every bench/*.bench.ts in turn, each in its own Node process (with --expose-gc for the memory
 * figures), so one suite's heap and JIT state do not colour the next.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const suites = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
let failed = 0
for (const suite of suites) {
  console.log(`\n# ${suite}`)
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${dir}${suite}`], { stdio: 'inherit' })
  if (run.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
