import { describe, expect, it } from 'vitest'
import { decodeWith, Evidence, formatIssues, Graph, validateGraph } from 'news-codecs'
import { isEvidence } from '../src/generated/guards.js'

// Rules that need only the record run in its codec, so every way in enforces them, not validateGraph alone.
const backwards = { article: 'article:1', start: 5, end: 2, quote: 'US' }

describe('rules on a whole record', () => {
  it('a span that ends before it starts fails decodeWith, is, the compiled guard and ~standard', () => {
    const result = decodeWith(Evidence)(backwards)
    expect(result._tag === 'Left' ? result.left.map(({ path, code }) => ({ path, code })) : []).toEqual([{ path: ['end'], code: 'span_out_of_range' }])
    expect(Evidence.is(backwards)).toBe(false)
    expect(isEvidence(backwards)).toBe(false)
    const standard = Evidence['~standard'].validate(backwards)
    expect('issues' in standard && standard.issues?.map((issue) => issue.path)).toEqual([['end']])
    expect(Evidence.is({ ...backwards, end: 5 })).toBe(true)
  })

  it('is reported at its path inside a graph, with array indexes as numbers', () => {
    const graph = { articles: [{ id: 'article:1', text: 'US officials met.', language: 'en' }], actors: [], places: [], meetings: [],
      agreements: [], documents: [], statements: [], positions: [], relations: [],
      events: [{ id: 'event:1', type: 'other', name: 'x', evidence: [{ article: 'article:1', start: 0, end: 2, quote: 'US' }, backwards] }] }
    const result = validateGraph(graph)
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('events[0].evidence[1].end: the span ends at 2, before it starts at 5')
    expect(Graph.is(graph)).toBe(false)
  })
})
