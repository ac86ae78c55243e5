// Queries by support and annotation: each predicate, their composition, and narrowing every query at once.
import { describe, expect, it } from 'vitest'
import {
  codedBy,
  confidenceAtLeast,
  factsOfActor,
  factsWhere,
  fromSource,
  Graph,
  hasArticleEvidence,
  hasOutsideSource,
  indexGraph,
  isInferred,
  lookupFact,
  make,
  meetingsBetween,
  referencesTo,
} from 'news-codecs'
import type { Fact, FactInGraph } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { and, not, or } from 'fp-ts/lib/Predicate.js'
import * as O from 'fp-ts/lib/Option.js'

const BLINKEN = 'person:antony-blinken'
const LAVROV = 'person:sergei-lavrov'
const NEW_DELHI = 'meeting:blinken-lavrov-2023-03-02'
const WIKIDATA_INDIA = { url: 'https://www.wikidata.org/wiki/Q668', identifier: { scheme: 'wikidata', value: 'Q668' } }

/**
 * The canonical graph, coded automatically with confidence 0.7, where a reviewer checked the New Delhi
 * meeting (confidence 0.95) and one relation also cites India's Wikidata item and one is inferred from another.
 */
const graph = make(Graph)({
  ...canonicalGraph,
  annotation: { method: 'automatic', confidence: 0.7 },
  meetings: canonicalGraph.meetings.map((m) => (m.id === NEW_DELHI ? { ...m, annotation: { method: 'reviewed', confidence: 0.95 } } : m)),
  relations: canonicalGraph.relations.map((r) =>
    r.id === 'relation:india-chairs-g20-2023'
      ? { ...r, sources: [WIKIDATA_INDIA] }
      : r.id === 'relation:india-russia-military-customer'
        ? { ...r, inferences: [{ from: ['relation:india-russia-friendship'], rule: 'customer-of-friend' }] }
        : r,
  ),
})
const index = indexGraph(graph)
const fact = (id: string): FactInGraph => ({ fact: O.toNullable(lookupFact(id)(index))!, graph })
const ids = (facts: ReadonlyArray<Fact>): string[] => facts.map((f) => f.record.id)

describe('predicates on support', () => {
  it('hasArticleEvidence', () => {
    expect(hasArticleEvidence(fact(NEW_DELHI))).toBe(true)
    const chairs = fact('relation:india-chairs-g20-2023').fact
    if (chairs.kind !== 'relation') throw new Error('not a relation')
    const { evidence: _evidence, ...bare } = chairs.record
    expect(hasArticleEvidence({ fact: { kind: 'relation', record: bare }, graph })).toBe(false)
  })
  it('hasOutsideSource', () => {
    expect(hasOutsideSource(fact('relation:india-chairs-g20-2023'))).toBe(true)
    expect(hasOutsideSource(fact(NEW_DELHI))).toBe(false)
  })
  it('isInferred', () => {
    expect(isInferred(fact('relation:india-russia-military-customer'))).toBe(true)
    expect(isInferred(fact('relation:india-russia-friendship'))).toBe(false)
  })
  it('fromSource, by url or by identifier', () => {
    const chairs = fact('relation:india-chairs-g20-2023')
    expect(fromSource(WIKIDATA_INDIA.url)(chairs)).toBe(true)
    expect(fromSource({ scheme: 'wikidata', value: 'Q668' })(chairs)).toBe(true)
    expect(fromSource({ scheme: 'wikidata', value: 'Q1065' })(chairs)).toBe(false)
    expect(fromSource('https://www.wikidata.org/wiki/Q1065')(chairs)).toBe(false)
    expect(fromSource(WIKIDATA_INDIA.url)(fact(NEW_DELHI))).toBe(false)
  })
})

describe('predicates on annotation', () => {
  it('codedBy reads the record over the graph default', () => {
    expect(codedBy('reviewed')(fact(NEW_DELHI))).toBe(true)
    expect(codedBy('automatic')(fact(NEW_DELHI))).toBe(false)
    expect(codedBy('automatic')(fact('meeting:blinken-lavrov-2022-01'))).toBe(true)
    expect(codedBy('manual', 'reviewed')(fact('meeting:blinken-lavrov-2022-01'))).toBe(false)
  })
  it('codedBy passes nothing whose method is nowhere given', () => {
    const uncoded = indexGraph(canonicalGraph)
    expect(factsWhere(codedBy('manual', 'automatic', 'reviewed'))(uncoded)).toEqual([])
  })
  it('confidenceAtLeast, with the bound included', () => {
    expect(confidenceAtLeast(0.95)(fact(NEW_DELHI))).toBe(true)
    expect(confidenceAtLeast(0.96)(fact(NEW_DELHI))).toBe(false)
    expect(confidenceAtLeast(0.7)(fact('meeting:blinken-lavrov-2022-01'))).toBe(true)
    expect(confidenceAtLeast(0.8)(fact('meeting:blinken-lavrov-2022-01'))).toBe(false)
  })
  it('confidenceAtLeast fails a fact whose confidence is nowhere given', () => {
    expect(factsWhere(confidenceAtLeast(0))(indexGraph(canonicalGraph))).toEqual([])
  })
})

describe('composing and applying them', () => {
  it('compose with fp-ts Predicate', () => {
    const strong = or(codedBy('reviewed'))(and(hasOutsideSource)(not(isInferred)))
    expect(ids(factsWhere(strong)(index))).toEqual([NEW_DELHI, 'relation:india-chairs-g20-2023'])
  })
  it('the where option narrows every query', () => {
    const reviewed = indexGraph(graph, { where: codedBy('reviewed') })
    expect(meetingsBetween(BLINKEN, LAVROV)(index)).toHaveLength(3)
    expect(meetingsBetween(BLINKEN, LAVROV)(reviewed).map((m) => m.id)).toEqual([NEW_DELHI])
    expect(ids(factsOfActor(BLINKEN)(reviewed))).toEqual([NEW_DELHI])
    expect(factsOfActor(BLINKEN)(index).length).toBeGreaterThan(1)
    expect(reviewed.graph.meetings.map((m) => m.id)).toEqual([NEW_DELHI])
    expect(reviewed.recorded).toBe(graph)
  })
  it('a fact that passes keeps its references to facts left out', () => {
    const inferredOnly = indexGraph(graph, { where: isInferred })
    expect(ids(inferredOnly.facts)).toEqual(['relation:india-russia-military-customer'])
    expect(O.isNone(lookupFact('relation:india-russia-friendship')(inferredOnly))).toBe(true)
    expect(ids(referencesTo('relation:india-russia-friendship')(inferredOnly).map((r) => r.fact))).toEqual(['relation:india-russia-military-customer'])
  })
  it('the where option applies to the current state', () => {
    const withCorrection = make(Graph)({
      ...graph,
      corrections: [{ id: 'correction:1', fact: NEW_DELHI, kind: 'retraction', sources: [{ url: 'https://example.org/coding-review' }] }],
    })
    expect(indexGraph(withCorrection, { where: codedBy('reviewed') }).facts).toEqual([])
    expect(ids(indexGraph(withCorrection, { where: codedBy('reviewed'), history: true }).facts)).toEqual([NEW_DELHI])
  })
})
