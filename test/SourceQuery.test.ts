// Statements that rest on an anonymous source: spoken by one, or passed on through one.
import { describe, expect, it } from 'vitest'
import { indexGraph, statementsOnAnonymousSources, validateGraph } from 'news-codecs'
import type { Graph } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'

const decoded = (json: unknown): Graph => {
  const result = validateGraph(json)
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
  return result.right
}

describe('statementsOnAnonymousSources', () => {
  it('finds the canonical statements of "a US official", each once, with where the source is named', () => {
    const found = statementsOnAnonymousSources(indexGraph(canonicalGraph))
    expect(found.map((f) => f.statement.id)).toEqual(['statement:us-official-meeting-length', 'statement:us-official-message-directly'])
    expect(found[0]!.via.map((link) => [link.source.id, link.path])).toEqual([
      ['anonymous:us-official', ['speakers', 0]],
      ['anonymous:us-official', ['attribution', 0, 'source']],
    ])
  })

  it('finds a named speaker quoted through an anonymous source, and leaves named chains and documents alone', () => {
    const json = sampleGraphJson()
    json.actors.push({ kind: 'anonymous', id: 'anon:diplomat', name: 'a European diplomat', affiliation: 'state:PT' })
    json.statements[0].attribution = [{ source: 'state:PT', relation: 'according-to' }, { source: 'anon:diplomat', relation: 'according-to', text: 'according to a European diplomat' }]
    json.statements.push({ ...json.statements[0], id: 'statement:named-chain', attribution: [{ source: 'state:JP', relation: 'reported-by' }] })
    const found = statementsOnAnonymousSources(indexGraph(decoded(json)))
    expect(found.map((f) => [f.statement.id, f.via.map((link) => [link.source.name, link.path.join('.')])])).toEqual([
      ['statement:sample', [['a European diplomat', 'attribution.1.source']]],
    ])
  })

  it('finds nothing in a graph without anonymous actors', () => {
    expect(statementsOnAnonymousSources(indexGraph(decoded(sampleGraphJson())))).toEqual([])
  })
})
