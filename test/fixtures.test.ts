import { describe, expect, it } from 'vitest'
import { formatIssues, Graph, validateGraph } from 'news-codecs'
import { canonicalArticleText, canonicalGraph } from 'news-codecs/fixtures'
import { render } from '../scripts/fixtures/author.js'
import { fixtureSources } from '../scripts/fixtures/index.js'
import { fixtureFile, fixtureJson, fixtureNames } from './support/fixtures.js'

describe('the fixture files', () => {
  it('include the canonical graph and two further stories', () => {
    expect(fixtureNames).toContain('canonical')
    expect(fixtureNames.length).toBeGreaterThanOrEqual(3)
  })

  it.each(fixtureNames)('%s.graph.json is what scripts/build-fixtures.ts writes (run it after editing a source)', (name) => {
    expect(fixtureFile(`${name}.graph.json`)).toBe(render(fixtureSources[name]!()))
  })

  it.each(fixtureNames)('%s.graph.json passes full validation, shape and graph-level', (name) => {
    const result = validateGraph(fixtureJson(name))
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
  })

  it.each(fixtureNames)('%s.graph.json round-trips: decode then encode gives back the same JSON', (name) => {
    const text = fixtureFile(`${name}.graph.json`)
    const decoded = Graph.decode(JSON.parse(text))
    if (decoded._tag === 'Left') throw new Error(`${name} does not decode`)
    expect(Graph.encode(decoded.right)).toEqual(JSON.parse(text))
    expect(`${JSON.stringify(Graph.encode(decoded.right), null, 2)}\n`).toBe(text)
  })

  it('the canonical article text is the shipped article, byte for byte', () => {
    const shipped = fixtureFile('canonical-article.txt')
    expect(Buffer.from(canonicalArticleText, 'utf8').equals(Buffer.from(shipped, 'utf8'))).toBe(true)
    expect(canonicalGraph.articles[0]!.text).toBe(shipped)
  })

  it('the typed export is the JSON file', () => {
    expect(JSON.parse(JSON.stringify(canonicalGraph))).toEqual(fixtureJson('canonical'))
  })

  it('the canonical article records what it does not state as unknown or inferred', () => {
    const [article] = canonicalGraph.articles
    expect(article!.publisher).toBeUndefined()
    expect(article!.url).toBeUndefined()
    expect(article!.headline).toBeUndefined()
    expect(article!.published?.inferred).toBe(true)
    expect(article!.published?.basis).toBeTruthy()
  })
})
