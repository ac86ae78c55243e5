import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The built package, loaded by plain Node as users load it (run `npm run build` first; `npm test` does).
const root = fileURLToPath(new URL('..', import.meta.url))
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })

const script = (load: string): string => `
${load}
const input = { kind: 'state', id: 'state:IN', name: 'India', countryCode: 'XX' }
const result = nc.decodeWith(nc.Actor)(input)
console.log(JSON.stringify({ tag: result._tag, lines: nc.formatIssues(result.left) }))
`

describe('the built package under plain Node', () => {
  it('dist has both module formats and their declarations', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js', 'fixtures.js', 'fixtures.cjs', 'fixtures.d.ts', 'fixtures.d.cts', 'converters.js', 'converters.cjs', 'converters.d.ts', 'converters.d.cts']) {
      expect(existsSync(`${root}dist/${file}`), file).toBe(true)
    }
  })

  const expected = { tag: 'Left', lines: 'countryCode: "XX" is not an assigned ISO 3166-1 alpha-2 code (two upper-case letters such as "US")' }

  it('loads with import (ESM) by the package name', () => {
    const out = node(['--input-type=module', '-e', script("import * as nc from 'news-codecs'")])
    expect(JSON.parse(out)).toEqual(expected)
  })

  it('loads with require (CJS) by the package name', () => {
    const out = node(['-e', script("const nc = require('news-codecs')")])
    expect(JSON.parse(out)).toEqual(expected)
  })

  // The fixtures load the library by its package name: one copy of it, whichever module system loads them.
  const fixtureScript = (load: string): string => `
${load}
const g = fx.canonicalGraph
console.log(JSON.stringify({
  issues: nc.checkGraph(g).length,
  meetings: nc.countRecords(g).meetings,
  textIsArticle: fx.canonicalArticleText === g.articles[0].text,
  first: nc.timeline(g)[0].time.value,
}))
`
  const fixtureExpected = { issues: 0, meetings: 4, textIsArticle: true, first: '2022-01' }

  it('loads news-codecs/fixtures with import (ESM)', () => {
    const out = node(['--input-type=module', '-e', fixtureScript("import * as nc from 'news-codecs'\nimport * as fx from 'news-codecs/fixtures'")])
    expect(JSON.parse(out)).toEqual(fixtureExpected)
  })

  it('loads news-codecs/fixtures with require (CJS)', () => {
    const out = node(['-e', fixtureScript("const nc = require('news-codecs')\nconst fx = require('news-codecs/fixtures')")])
    expect(JSON.parse(out)).toEqual(fixtureExpected)
  })

  // The converters load the library by its package name too: the graph they return passes its own validator.
  const converterScript = (load: string): string => `
${load}
const { graph, losses } = cv.fromNinjs({ uri: 'urn:example:item:1', bodies: [{ contentType: 'text/plain', value: 'Ministers met.' }] })
console.log(JSON.stringify({ articles: graph.articles.length, losses: losses.length, valid: nc.validateGraph(graph)._tag }))
`
  const converterExpected = { articles: 1, losses: 0, valid: 'Right' }

  it('loads news-codecs/converters with import (ESM)', () => {
    const out = node(['--input-type=module', '-e', converterScript("import * as nc from 'news-codecs'\nimport * as cv from 'news-codecs/converters'")])
    expect(JSON.parse(out)).toEqual(converterExpected)
  })

  it('loads news-codecs/converters with require (CJS)', () => {
    const out = node(['-e', converterScript("const nc = require('news-codecs')\nconst cv = require('news-codecs/converters')")])
    expect(JSON.parse(out)).toEqual(converterExpected)
  })

  // The module build (dist/module/, for bundlers) imports fp-ts/es6, which plain Node cannot load as ES
  // modules: Node must never be handed it, whichever entry it imports.
  it('plain Node resolves every entry to the Node builds, not the module build for bundlers', () => {
    const resolve = "for (const entry of ['news-codecs', 'news-codecs/fixtures', 'news-codecs/converters']) console.log(import.meta.resolve(entry))"
    const resolved = node(['--input-type=module', '-e', resolve]).trim().split('\n').map((url) => url.slice(url.indexOf('/dist/')))
    expect(resolved).toEqual(['/dist/index.js', '/dist/fixtures.js', '/dist/converters.js'])
  })

  it('exposes the fixture JSON and the JSON Schemas as files of the package', () => {
    const load = "import graph from 'news-codecs/fixtures/canonical.graph.json' with { type: 'json' }\n" +
      "import schema from 'news-codecs/schemas/Graph.schema.json' with { type: 'json' }\n" +
      'console.log(JSON.stringify({ meetings: graph.meetings.length, title: schema.title }))'
    expect(JSON.parse(node(['--input-type=module', '-e', load]))).toEqual({ meetings: 4, title: 'Graph' })
    const required = "console.log(require('news-codecs/fixtures/canonical.graph.json').meetings.length)"
    expect(node(['-e', required]).trim()).toBe('4')
  })
})
