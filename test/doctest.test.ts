import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collectExamples, doctestModule, RESULTS_MARKER } from '../scripts/doctest.js'

// Every @example in the API docs runs against the built package; `expr //=> value` lines are assertions.
const root = fileURLToPath(new URL('..', import.meta.url))
const examples = collectExamples(`${root}src`)

const results = ((): Record<string, string | null> => {
  const dir = `${root}test-results/doctest`
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/examples.ts`, doctestModule(examples))
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const out = execFileSync(process.execPath, [tsx, `${dir}/examples.ts`], { cwd: root, encoding: 'utf8' })
  return JSON.parse(out.slice(out.lastIndexOf(RESULTS_MARKER) + RESULTS_MARKER.length))
})()

describe('doc examples', () => {
  it('there are examples to run', () => expect(examples.length).toBeGreaterThan(40))
  it.each(examples.map((e) => e.name))('%s', (name) => {
    expect(results[name]).toBeNull()
  })
})
