import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { Agreement, decodeWith, Meeting, Document, Evidence, formatIssues, Graph, Name, Post, Quantity, validateGraph } from 'news-codecs'
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

  it.each([
    ['a tenure that ends before it starts', Post, { office: 'Minister', from: '2024-06', to: '2020' }, 'to', 'interval_order'],
    ['a name used until before it came into use', Name, { text: 'Bombay', from: '1995', to: '1661' }, 'to', 'interval_order'],
    ['a range that ends below its start', Quantity, { kind: 'range', min: 300, max: 200, bound: 'about', unit: 'delegates',
      evidence: [{ article: 'article:1', start: 0, end: 2, quote: 'US' }] }, 'max', 'range_order'],
  ] as const)('%s fails decoding at its path', (_, codec, value, key, code) => {
    const result = decodeWith(codec as t.Mixed)(value)
    expect(result._tag === 'Left' ? result.left.map((issue) => [issue.path.join('.'), issue.code]) : []).toEqual([[key, code]])
  })

  it('dates at different precisions that overlap are in order', () => {
    expect(Post.is({ office: 'Minister', from: '2021-06', to: '2021' })).toBe(true)
    expect(Name.is({ text: 'Kyiv', from: '1995' })).toBe(true)
  })

  const evidence = [{ article: 'article:1', start: 0, end: 2, quote: 'US' }]
  const document = { id: 'document:1', type: 'communique', title: 'Communiqué', status: 'issued', evidence }
  const agreement = { id: 'agreement:1', name: 'Deal', lifecycle: [], evidence }

  it.each([
    ['a signer listed twice', Document, { ...document, signers: ['state:PT', 'state:JP', 'state:PT'] }, [['signers.2', 'duplicate_entry']]],
    ['a refuser listed twice', Document, { ...document, refusers: ['state:CN', 'state:CN'] }, [['refusers.1', 'duplicate_entry']]],
    ['a signer who also refused', Document, { ...document, signers: ['state:PT'], refusers: ['state:JP', 'state:PT'] }, [['refusers.1', 'signed_and_refused']]],
    ['a party twice in the same role', Agreement, { ...agreement, parties: [{ actor: 'state:UA', role: 'party' }, { actor: 'state:UA', role: 'party' }] },
      [['parties.1', 'duplicate_entry']]],
  ] as const)('%s fails decoding at its path', (_, codec, value, expected) => {
    const result = decodeWith(codec as t.Mixed)(value)
    expect(result._tag === 'Left' ? result.left.map((issue) => [issue.path.join('.'), issue.code]) : []).toEqual(expected)
  })

  it('a meeting lists each participant once, two or more of them, and two when bilateral: decoder, guard and ~standard', () => {
    const meeting = { id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone', evidence }
    const codes = (value: unknown) => {
      const result = decodeWith(Meeting)(value)
      return result._tag === 'Left' ? result.left.map((issue) => [issue.path.join('.'), issue.code]) : []
    }
    expect(codes({ ...meeting, participants: ['person:a'] })).toEqual([['participants', 'too_few_participants']])
    expect(codes({ ...meeting, participants: ['person:a', 'person:b', 'person:a'] })).toEqual([['participants.2', 'duplicate_entry']])
    expect(codes({ ...meeting, format: 'bilateral', participants: ['person:a', 'person:b', 'person:c'] })).toEqual([['format', 'format_mismatch']])
    expect(codes({ ...meeting, format: 'bilateral' })).toEqual([])
    expect(Meeting.is({ ...meeting, participants: ['person:a', 'person:a'] })).toBe(false)
    expect(Meeting['~standard'].validate({ ...meeting, participants: ['person:a'] })).toHaveProperty('issues')
  })

  it('an actor may be a party in two roles, and sign one document while refusing another', () => {
    expect(Agreement.is({ ...agreement, parties: [{ actor: 'org:un', role: 'mediator' }, { actor: 'org:un', role: 'depositary' }] })).toBe(true)
    expect(Document.is({ ...document, signers: ['state:PT'], refusers: ['state:JP'] })).toBe(true)
  })
})
