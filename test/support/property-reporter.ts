/**
 * A vitest reporter that adds up what the property tests record (inputs, decoder calls, throws) and
 * prints one summary per file and a total, with the number of failed property tests.
 *
 * Used by `npm run test:deep`; it can be added to any run with
 * `--reporter=default --reporter=./test/support/property-reporter.ts`.
 */
import type { Reporter, TestModule } from 'vitest/node'

const n = (x: number): string => x.toLocaleString('en-US')

export default class PropertyReporter implements Reporter {
  private started = Date.now()

  onTestRunStart(): void {
    this.started = Date.now()
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows: string[] = []
    const total = { inputs: 0, calls: 0, throws: 0, tests: 0, failed: 0 }
    for (const module of modules) {
      const sum = { inputs: 0, calls: 0, throws: 0, tests: 0, failed: 0 }
      for (const test of module.children.allTests()) {
        const meta = test.meta()
        if (meta.inputs === undefined) continue
        sum.inputs += meta.inputs
        sum.calls += meta.calls ?? 0
        sum.throws += meta.throws ?? 0
        sum.tests++
        if (test.result().state === 'failed') sum.failed++
      }
      if (sum.tests === 0) continue
      for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += sum[k]
      rows.push(
        `  ${module.relativeModuleId.padEnd(40)} ${n(sum.inputs).padStart(11)} inputs ${n(sum.calls).padStart(11)} calls ` +
          `${String(sum.throws).padStart(3)} throws ${String(sum.failed).padStart(3)} failed of ${sum.tests}`,
      )
    }
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1)
    const lines = [
      '',
      `Property tests (NEWS_CODECS_RUNS=${process.env.NEWS_CODECS_RUNS ?? 'default'}):`,
      ...rows,
      `  total: ${n(total.inputs)} generated and mutated inputs, ${n(total.calls)} decoder calls, ` +
        `throws: ${total.throws}, property failures: ${total.failed} (${total.tests} properties, ${seconds} s)`,
      '',
    ]
    process.stdout.write(`${lines.join('\n')}\n`)
  }
}
