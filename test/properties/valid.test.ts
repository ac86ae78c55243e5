/**
 * Generated valid values: every arbitrary produces values its codec accepts, `is` agrees, and decoding
 * then encoding gives the input back.
 */
import { isDeepStrictEqual } from 'node:util'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Actor, evidenceOf, Graph, PositionBasis, PositionTarget, StatementContent, TaggedUnionType, validateGraph } from 'news-codecs'
import { DECODERS, arbitraryOf, graphArbitrary } from '../support/arbitraries.js'
import { RUNS, check, decodeChecked, property, validateChecked } from '../support/probe.js'

describe('generated values decode, and decode then encode is the identity', () => {
  for (const [name, codec] of Object.entries(DECODERS)) {
    // Generating nested models costs far more than decoding them; the Graph arbitrary nests them all.
    const runs = Math.ceil(name === 'Graph' ? RUNS / 40 : RUNS / 4)
    property(name, (stats) => {
      check(
        [arbitraryOf(codec)],
        (value) => {
          stats.inputs++
          const result = decodeChecked(stats, name, codec, value)
          if (!result.ok) throw new Error(`${name} rejected a generated value: ${JSON.stringify(result.issues.slice(0, 3))}`)
          // isDeepStrictEqual: the same check as toStrictEqual, many times faster over millions of values.
          const encoded = codec.encode(result.value)
          if (!isDeepStrictEqual(encoded, value)) expect(encoded).toStrictEqual(value)
          // What is encoded survives JSON and decodes to the same value again.
          const json = JSON.parse(JSON.stringify(encoded))
          const again = decodeChecked(stats, name, codec, json)
          if (!again.ok || !isDeepStrictEqual(again.value, json)) expect(again).toStrictEqual({ ok: true, value: json })
        },
        runs,
      )
    })
  }
})

describe('tagged unions', () => {
  it.each([
    ['Actor', Actor],
    ['StatementContent', StatementContent],
    ['PositionTarget', PositionTarget],
    ['PositionBasis', PositionBasis],
  ] as const)('the %s arbitrary reaches every branch', (_, codec) => {
    const union = codec as unknown as TaggedUnionType<string, Record<string, never>>
    const seen = new Set(fc.sample(arbitraryOf(codec), { numRuns: 500, seed: 1 }).map((v) => (v as Record<string, string>)[union.tag]))
    expect([...seen].sort()).toEqual(Object.keys(union.members).sort())
  })
})

describe('whole graphs', () => {
  property('generated graphs pass validateGraph, references and spans included', (stats) => {
    check(
      [graphArbitrary],
      (graph) => {
        stats.inputs++
        const result = validateChecked(stats, graph)
        if (result._tag === 'Left') throw new Error(`validateGraph rejected a generated graph: ${JSON.stringify(result.left.slice(0, 3))}`)
        expect(result.right).toStrictEqual(graph)
      },
      Math.ceil(RUNS / 2),
    )
  })

  it('generated graphs are not trivial: they hold references, evidence and quotes', () => {
    const graphs = fc.sample(graphArbitrary, { numRuns: 20, seed: 2 })
    for (const graph of graphs) {
      expect(validateGraph(graph)._tag).toBe('Right')
      expect(graph.actors.length).toBeGreaterThanOrEqual(5)
      expect(graph.statements.length).toBeGreaterThanOrEqual(1)
      expect(evidenceOf(Graph)(graph).some((e) => e.quote.length > 0)).toBe(true)
    }
    const astral = graphs.some((g) => g.articles.some((a) => /[\u{10000}-\u{10FFFF}]/u.test(a.text)))
    expect(astral).toBe(true)
  })
})
