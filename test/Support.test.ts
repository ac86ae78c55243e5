import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  Annotation,
  annotationOf,
  decodeWith,
  Graph,
  jsonSchemaFor,
  make,
  Meeting,
  OutsideSource,
  SameAs,
  toJsonLd,
  validateGraph,
} from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'
import { codes } from './support/report.js'
import { compileStrict } from './support/ajv.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const issueCodes = (codec: t.Mixed, input: unknown) => {
  const result = decodeWith(codec)(input)
  return result._tag === 'Left' ? result.left.map((issue) => [issue.path.join('.'), issue.code]) : []
}

describe('what a fact stands on', () => {
  const g: Json = sampleGraphJson()
  const meeting = g.meetings[0]
  const { evidence, ...bare } = meeting
  const source = { url: 'https://example.org/readout', title: 'Readout', retrieved: '2026-11-30' }

  it('evidence, an outside source or an inference each suffice; none is unsupported', () => {
    expect(issueCodes(Meeting, meeting)).toEqual([])
    expect(issueCodes(Meeting, { ...bare, sources: [source] })).toEqual([])
    expect(issueCodes(Meeting, { ...bare, inferences: [{ from: ['event:x'], rule: 'r' }] })).toEqual([])
    expect(issueCodes(Meeting, bare)).toEqual([['', 'unsupported']])
    expect(evidence.length).toBeGreaterThan(0)
  })

  it('nested facts need support too: a lifecycle act, a conveyance, a report basis', () => {
    const act = canonicalGraph.agreements[0]!.lifecycle[0]!
    const { evidence: _, ...bareAct } = act
    const agreement = { ...canonicalGraph.agreements[0]!, lifecycle: [bareAct] }
    expect(codes({ ...canonicalGraph, agreements: [agreement] }).errors).toContainEqual(['agreements[0].lifecycle[0]', 'unsupported'])
  })

  it('a source needs a url or an identifier; a Wikidata identifier alone is enough', () => {
    expect(issueCodes(OutsideSource, { title: 'Readout' })).toEqual([['', 'unlocated_source']])
    expect(issueCodes(OutsideSource, { identifier: { scheme: 'wikidata', value: 'Q30' } })).toEqual([])
    expect(issueCodes(OutsideSource, { identifier: { scheme: 'wikidata', value: 'thirty' } })).toEqual([['identifier.value', 'invalid_value']])
  })

  it('what a source or an inference covers must be a field its record has', () => {
    expect(issueCodes(Meeting, { ...meeting, sources: [{ ...source, covers: ['sidelinesOf'] }] })).toEqual([['sources.0.covers.0', 'covers_missing_field']])
    expect(issueCodes(Meeting, { ...meeting, sources: [{ ...source, covers: ['channel', 'participants'] }] })).toEqual([])
  })

  it('an inference names facts that exist, and never leads back to its own fact', () => {
    const events = [
      { id: 'event:a', type: 'summit', name: 'A', inferences: [{ from: ['event:b'], rule: 'r' }] },
      { id: 'event:b', type: 'summit', name: 'B', inferences: [{ from: ['event:a'], rule: 'r' }] },
      { id: 'event:c', type: 'summit', name: 'C', inferences: [{ from: ['event:c'], rule: 'r' }] },
      { id: 'event:d', type: 'summit', name: 'D', inferences: [{ from: ['event:nowhere', 'event:a'], rule: 'r' }] },
    ]
    expect(codes({ ...g, events }).errors.sort()).toEqual([
      ['events[1].inferences[0].from[0]', 'circular_inference'],
      ['events[2].inferences[0].from[0]', 'circular_inference'],
      ['events[3].inferences[0].from[0]', 'dangling_reference'],
    ])
    // A chain that ends is fine.
    const chain = [
      { id: 'event:a', type: 'summit', name: 'A', evidence },
      { id: 'event:b', type: 'summit', name: 'B', inferences: [{ from: ['event:a', meeting.id], rule: 'r' }] },
    ]
    expect(codes({ ...g, events: chain }).errors).toEqual([])
  })

  it('the JSON Schema says the same: one kind of support is required', () => {
    const valid = compileStrict(jsonSchemaFor('Meeting'))
    expect(valid(meeting)).toBe(true)
    expect(valid({ ...bare, sources: [source] })).toBe(true)
    expect(valid(bare)).toBe(false)
    expect(valid({ ...bare, sources: [{ title: 'Readout' }] })).toBe(false)
  })
})

describe('annotation with graph defaults', () => {
  it('a record’s fields win, the others come from the graph; an empty record takes them all', () => {
    const graph = { annotation: make(Annotation)({ by: [{ kind: 'model', name: 'tagger' }], method: 'automatic', confidence: 0.5 }) }
    expect(annotationOf(graph)({ annotation: make(Annotation)({ method: 'reviewed' }) })).toEqual({
      by: [{ kind: 'model', name: 'tagger' }],
      method: 'reviewed',
      confidence: 0.5,
    })
    expect(annotationOf(graph)({})).toEqual(graph.annotation)
    expect(annotationOf({})({})).toEqual({})
  })

  it('confidence is a number from 0 to 1; method and annotator kinds are closed lists', () => {
    expect(issueCodes(Annotation, { confidence: 1 })).toEqual([])
    expect(issueCodes(Annotation, { confidence: 1.01 })).toEqual([['confidence', 'invalid_value']])
    expect(issueCodes(Annotation, { method: 'crowd' })).toEqual([['method', 'invalid_value']])
    expect(issueCodes(Annotation, { by: [{ kind: 'robot', name: 'x' }] })).toEqual([['by.0.kind', 'invalid_value']])
  })

  it('a graph may name itself and set defaults, and every kind of record may carry its own', () => {
    const g: Json = sampleGraphJson()
    g.id = 'graph:sample'
    g.annotation = { by: [{ kind: 'person', name: 'Ana Silva' }], method: 'manual', at: '2026-11-30' }
    g.meetings[0].annotation = { confidence: 0.7 }
    g.actors[0].annotation = { method: 'reviewed' }
    g.articles[0].sameAs = [{ url: 'https://example.org/story' }]
    expect(validateGraph(g)._tag).toBe('Right')
  })
})

describe('sameAs links', () => {
  it('one target each: a record of another graph, a url or an identifier', () => {
    expect(issueCodes(SameAs, { graph: 'graph:wire', id: 'meeting:1' })).toEqual([])
    expect(issueCodes(SameAs, { url: 'https://example.org/a' })).toEqual([])
    expect(issueCodes(SameAs, { identifier: { scheme: 'gdelt', value: '1234' } })).toEqual([])
    for (const bad of [{}, { graph: 'graph:wire' }, { id: 'meeting:1' }, { url: 'https://example.org/a', identifier: { scheme: 'x', value: 'y' } }]) {
      expect(issueCodes(SameAs, bad), JSON.stringify(bad)).toEqual([['', 'incomplete_link']])
    }
  })

  it('JSON-LD carries pages and Wikidata items as schema.org sameAs, and every link whole under nc:sameAs', () => {
    const g: Json = sampleGraphJson()
    g.meetings[0].sameAs = [
      { url: 'https://example.org/meeting' },
      { identifier: { scheme: 'wikidata', value: 'Q42' } },
      { graph: 'graph:wire', id: 'meeting:talks' },
    ]
    const node: Json = toJsonLd(make(Graph)(g))['@graph'].find((n: Json) => String(n['@id']).endsWith(g.meetings[0].id))
    expect(node.sameAs).toEqual(['https://example.org/meeting', 'https://www.wikidata.org/wiki/Q42'])
    expect(node['nc:sameAs']).toHaveLength(3)
  })
})
