import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collectExamples, collectMarkdownExamples, doctestModule, doctestTypeModules, RESULTS_MARKER } from '../scripts/doctest.js'

// Every @example in the API docs runs against the built package; `expr //=> value` lines are assertions.
const root = fileURLToPath(new URL('..', import.meta.url))
// The pages whose every ```ts block is an example, run and type-checked like the API docs' own.
const runnablePages = ['docs/coverage.md', 'docs/provenance.md', 'docs/ninjs.md', 'docs/plover.md', 'docs/extending.md', 'docs/popolo.md']
const examples = [...collectExamples(`${root}src`), ...runnablePages.flatMap((page) => collectMarkdownExamples(`${root}${page}`, root))]

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

  it('every example asserts what it shows with //=>', () => {
    expect(examples.filter((e) => !e.body.includes('__expect(')).map((e) => e.name)).toEqual([])
  })

  it('no example casts its way past the types', () => {
    expect(examples.filter((e) => /\bas (any|never|unknown)\b/.test(e.body)).map((e) => e.name)).toEqual([])
  })

  // Each example is a module of its own, compiled with the project's strict settings.
  it('every example type-checks', () => {
    const dir = `${root}test-results/doctest/types`
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const { file, source } of doctestTypeModules(examples)) writeFileSync(`${dir}/${file}`, source)
    writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['*.ts'] }))
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    let errors = ''
    try {
      execFileSync(process.execPath, [tsc, '-p', `${dir}/tsconfig.json`], { cwd: root, encoding: 'utf8' })
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout ?? error)
    }
    expect(errors).toBe('')
  }, 120_000)

  it.each(examples.map((e) => e.name))('%s', (name) => {
    expect(results[name]).toBeNull()
  })
})
