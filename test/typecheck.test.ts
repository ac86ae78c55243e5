import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('the whole project type-checks', () => {
  // src, test, examples, bench and scripts (tsconfig.json's include), with the strict settings the library has.
  it('tsc --noEmit reports no error', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    let errors = ''
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' })
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout ?? error)
    }
    expect(errors).toBe('')
  }, 180_000)
})
