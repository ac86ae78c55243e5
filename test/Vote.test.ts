// Quantities and votes: their shapes, the graph checks on them (each with its code and path, and each shown
// to pass on good data), the vote queries, the JSON-LD export, and graphs of 0.1 without a votes collection.
import { describe, expect, it } from 'vitest'
import { isNone } from 'fp-ts/lib/Option.js'
import { pipe } from 'fp-ts/lib/function.js'
import {
  countRecords,
  decodeWith,
  factsAbout,
  factsOfActor,
  formatIssues,
  Graph,
  indexGraph,
  Quantity,
  quantityBounds,
  make,
  referencesTo,
  tallyOf,
  timeline,
  toJsonLd,
  validateGraph,
  votersFor,
  votesBy,
  votesOn,
} from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'

const issuesOf = (input: unknown): Array<[string, IssueCode]> => {
  const result = validateGraph(input)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

/** The sample graph with a document to vote on, and one vote on it whose every part cites the meeting's evidence. */
const sampleWithVote = (vote: Record<string, unknown> = {}): any => {
  const g = sampleGraphJson()
  const evidence = [g.meetings[0].evidence[0]]
  g.documents.push({ id: 'document:draft', type: 'other', title: 'A draft resolution', status: 'adopted', evidence })
  g.votes = [
    {
      id: 'vote:draft',
      on: { kind: 'document', document: 'document:draft' },
      counts: [
        { option: 'yes', count: 1, evidence },
        { option: 'no', count: 1 },
      ],
      total: 2,
      votes: [
        { voter: 'state:PT', option: 'yes', evidence },
        { voter: 'state:JP', option: 'no' },
      ],
      result: 'tied',
      time: { value: '2024-05-06' },
      place: 'place:lisbon',
      evidence,
      ...vote,
    },
  ]
  // `undefined` stands for a key left out.
  for (const [key, value] of Object.entries(vote)) if (value === undefined) delete g.votes[0][key]
  return g
}

/** The sample graph with an event whose quantities are given. */
const sampleWithQuantities = (quantities: ReadonlyArray<Record<string, unknown>>): any => {
  const g = sampleGraphJson()
  const evidence = [g.meetings[0].evidence[0]]
  g.events.push({ id: 'event:x', type: 'other', name: 'An event', quantities: quantities.map((q) => ({ ...q, evidence })), evidence })
  return g
}

describe('Quantity', () => {
  it('is a value with any bound, or a range that is exact or about', () => {
    const evidence = [{ article: 'a', start: 0, end: 1, quote: 'x' }]
    expect(Quantity.is({ kind: 'value', value: 1550, bound: 'at-most', unit: 'deployed warheads', evidence })).toBe(true)
    expect(Quantity.is({ kind: 'range', min: 200, max: 300, bound: 'about', unit: 'people', evidence })).toBe(true)
    const atLeastRange = decodeWith(Quantity)({ kind: 'range', min: 1, max: 2, bound: 'at-least', unit: 'people', evidence })
    expect(atLeastRange._tag === 'Left' && atLeastRange.left.map((i) => [i.path.join('.'), i.code])).toEqual([['bound', 'invalid_value']])
    const infinite = decodeWith(Quantity)({ kind: 'value', value: 1e400, bound: 'exactly', unit: 'people', evidence })
    expect(infinite._tag === 'Left' && infinite.left.map((i) => [i.path.join('.'), i.code])).toEqual([['value', 'invalid_value']])
  })

  it('gives the numbers it allows', () => {
    const evidence = [{ article: 'a', start: 0, end: 1, quote: 'x' }]
    const q = (json: Record<string, unknown>) => quantityBounds(make(Quantity)({ unit: 'people', evidence, ...json } as never))
    expect(q({ kind: 'value', value: 30, bound: 'exactly' })).toEqual([30, 30])
    expect(q({ kind: 'value', value: 30, bound: 'more-than' })).toEqual([30, Infinity])
    expect(q({ kind: 'value', value: 1550, bound: 'at-most' })).toEqual([-Infinity, 1550])
    expect(q({ kind: 'range', min: 2, max: 5, bound: 'about' })).toEqual([2, 5])
  })

  it('a range that runs forward (or is one point) passes; one that runs backward is reported at its max', () => {
    expect(issuesOf(sampleWithQuantities([{ kind: 'range', min: 2, max: 5, bound: 'exactly', unit: 'people' }]))).toEqual([])
    expect(issuesOf(sampleWithQuantities([{ kind: 'range', min: 5, max: 5, bound: 'exactly', unit: 'people' }]))).toEqual([])
    expect(issuesOf(sampleWithQuantities([{ kind: 'range', min: 5, max: 2, bound: 'exactly', unit: 'people' }]))).toEqual([
      ['events.0.quantities.0.max', 'range_order'],
    ])
  })

  it('the range check reaches quantities inside agreements', () => {
    const g = sampleGraphJson()
    const evidence = [g.meetings[0].evidence[0]]
    g.agreements.push({
      id: 'agreement:cap',
      name: 'A cap',
      parties: [{ actor: 'state:PT', role: 'party' }],
      lifecycle: [],
      provisions: [{ text: 'A cap', quantities: [{ kind: 'range', min: 10, max: 1, bound: 'about', unit: 'warheads', evidence }], evidence }],
      evidence,
    })
    expect(issuesOf(g)).toEqual([['agreements.0.provisions.0.quantities.0.max', 'range_order']])
  })

  it("a figure's source must be an actor", () => {
    expect(issuesOf(sampleWithQuantities([{ kind: 'value', value: 3, bound: 'exactly', unit: 'people', accordingTo: 'state:PT' }]))).toEqual([])
    expect(issuesOf(sampleWithQuantities([{ kind: 'value', value: 3, bound: 'exactly', unit: 'people', accordingTo: 'place:lisbon' }]))).toEqual([
      ['events.0.quantities.0.accordingTo', 'wrong_reference_kind'],
    ])
  })
})

describe('the vote checks', () => {
  it('accept a tally that holds', () => {
    const result = validateGraph(sampleWithVote())
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
  })

  it('report more named votes for an option than its count, at the count', () => {
    const g = sampleWithVote({ votes: [{ voter: 'state:PT', option: 'yes' }, { voter: 'state:JP', option: 'yes' }] })
    expect(issuesOf(g)).toEqual([['votes.0.counts.0.count', 'count_exceeded']])
    const result = validateGraph(g)
    expect(result._tag === 'Left' && formatIssues(result.left)).toBe('votes[0].counts[0].count: 2 named votes for "yes", more than its count of 1')
  })

  it('report counts that miss the stated total, at the total', () => {
    expect(issuesOf(sampleWithVote({ total: 3 }))).toEqual([['votes.0.total', 'total_mismatch']])
    // No total stated: nothing to add up to.
    expect(issuesOf(sampleWithVote({ total: undefined }))).toEqual([])
  })

  it('report more named voters than the stated total when no counts are given', () => {
    expect(issuesOf(sampleWithVote({ counts: undefined, total: 1 }))).toEqual([['votes.0.total', 'count_exceeded']])
    expect(issuesOf(sampleWithVote({ counts: undefined, total: 2 }))).toEqual([])
  })

  it('report an actor that votes twice, at its second vote', () => {
    const g = sampleWithVote({ votes: [{ voter: 'state:PT', option: 'yes' }, { voter: 'state:PT', option: 'no' }] })
    expect(issuesOf(g)).toEqual([['votes.0.votes.1.voter', 'duplicate_vote']])
  })

  it('report an option counted twice, at its second count', () => {
    const g = sampleWithVote({ counts: [{ option: 'yes', count: 1 }, { option: 'no', count: 1 }, { option: 'yes', count: 0 }] })
    expect(issuesOf(g)).toEqual([['votes.0.counts.2.option', 'duplicate_count']])
  })

  it('resolve the voter, the body and what was voted on', () => {
    expect(issuesOf(sampleWithVote({ body: 'place:lisbon' }))).toEqual([['votes.0.body', 'wrong_reference_kind']])
    expect(issuesOf(sampleWithVote({ on: { kind: 'document', document: 'document:none' } }))).toEqual([['votes.0.on.document', 'dangling_reference']])
    expect(issuesOf(sampleWithVote({ votes: [{ voter: 'state:XX', option: 'yes' }] }))).toEqual([['votes.0.votes.0.voter', 'dangling_reference']])
  })

  it('give votes ids that no other record may share', () => {
    expect(issuesOf(sampleWithVote({ id: 'document:draft' }))).toEqual([['votes.0.id', 'duplicate_id']])
  })
})

describe('graphs without votes (0.1)', () => {
  it('decode, validate, index, count and export with no votes', () => {
    const g = sampleGraphJson()
    expect('votes' in g).toBe(false)
    const result = validateGraph(g)
    expect(result._tag).toBe('Right')
    const graph = (result as { right: Graph }).right
    expect(countRecords(graph).votes).toBe(0)
    expect(indexGraph(graph).facts.some((f) => f.kind === 'vote')).toBe(false)
    expect(toJsonLd(graph)['@graph'].length).toBeGreaterThan(0)
    expect(votesBy('state:PT')(indexGraph(graph))).toEqual([])
    // Encoding keeps it absent.
    expect('votes' in Graph.encode(graph)).toBe(false)
  })
})

describe('the vote queries', () => {
  const index = indexGraph(unGeneralAssemblyVoteGraph)
  const [vote] = unGeneralAssemblyVoteGraph.votes!

  it('find the votes on a document, and none on what was not voted on', () => {
    expect(votesOn('document:a-res-es-11-1')(index).map((v) => v.id)).toEqual(['vote:a-res-es-11-1'])
    expect(votesOn('event:russian-invasion-of-ukraine')(index)).toEqual([])
    expect(factsAbout('document:a-res-es-11-1')(index).map((f) => f.kind)).toContain('vote')
  })

  it("find an actor's named votes with their evidence, and not the body's", () => {
    const russia = votesBy('state:RU')(index)
    expect(russia.map((v) => [v.vote.id, v.option])).toEqual([['vote:a-res-es-11-1', 'no']])
    expect(russia[0]!.evidence[0]!.quote).toBe('Belarus, Eritrea, North Korea, Russia and Syria voted against it')
    expect(votesBy('org:un-general-assembly')(index)).toEqual([])
    expect(factsOfActor('org:un-general-assembly')(index).map((f) => f.record.id)).toContain('vote:a-res-es-11-1')
    expect(referencesTo('state:IN')(index).map((r) => r.role)).toEqual(['voter'])
  })

  it('tally by option, counts and names together', () => {
    const tally = tallyOf(vote!)
    expect(tally.map((t) => t.option)).toEqual(['yes', 'no', 'abstain', 'not-voting'])
    const no = tally.find((t) => t.option === 'no')!
    expect(no.count).toEqual({ _tag: 'Some', value: 5 })
    expect(no.voters).toEqual(['state:BY', 'state:ER', 'state:KP', 'state:RU', 'state:SY'])
    expect(pipe(vote!, votersFor('abstain'))).toEqual(['state:CN', 'state:IN'])
    expect(pipe(vote!, votersFor('yes'))).toEqual([])
  })

  it('an option named but not counted has no count', () => {
    const g = validateGraph(sampleWithVote({ counts: undefined }))
    const tally = g._tag === 'Right' ? tallyOf(g.right.votes![0]!) : []
    expect(tally.map((t) => [t.option, isNone(t.count), t.voters])).toEqual([['yes', true, ['state:PT']], ['no', true, ['state:JP']]])
  })

  it('a vote is on the timeline and in the JSON-LD export', () => {
    const entry = timeline(unGeneralAssemblyVoteGraph).find((e) => e.collection === 'votes')!
    expect(entry.label).toBe('General Assembly vote on resolution ES-11/1: adopted 141–5–35')
    const node = toJsonLd(unGeneralAssemblyVoteGraph)['@graph'].find((n) => n['@id'] === 'urn:news-codecs:vote:a-res-es-11-1')!
    expect(node['@type']).toBe('Event')
    expect(node['about']).toEqual({ '@id': 'urn:news-codecs:document:a-res-es-11-1' })
    expect(node['nc:result']).toBe('adopted')
    expect(node['nc:total']).toBe(193)
    expect((node['nc:counts'] as ReadonlyArray<Record<string, unknown>>)[0]).toMatchObject({ 'nc:option': 'yes', 'nc:count': 141 })
    expect((node['nc:votes'] as ReadonlyArray<Record<string, unknown>>)[0]).toMatchObject({ 'nc:voter': { '@id': 'urn:news-codecs:state:BY' }, 'nc:option': 'no' })
    const invasion = toJsonLd(unGeneralAssemblyVoteGraph)['@graph'].find((n) => n['@id'] === 'urn:news-codecs:event:russian-invasion-of-ukraine')!
    expect((invasion['nc:quantities'] as ReadonlyArray<Record<string, unknown>>).map((q) => q['nc:value'])).toEqual([752, 227, 525])
  })
})

describe('the UN General Assembly fixture', () => {
  it('holds the tally as the record gives it, adding up to the membership', () => {
    const [vote] = unGeneralAssemblyVoteGraph.votes!
    expect(vote!.counts!.map((c) => [c.option, c.count])).toEqual([['yes', 141], ['no', 5], ['abstain', 35], ['not-voting', 12]])
    expect(vote!.counts!.reduce((sum, c) => sum + c.count, 0)).toBe(vote!.total)
    expect(vote!.result).toBe('adopted')
  })

  it("holds the office's casualty figures as floors, with their source and the span they count", () => {
    const [invasion] = unGeneralAssemblyVoteGraph.events
    expect(invasion!.quantities!.map((q) => [q.kind === 'value' ? q.value : null, q.bound, q.unit, q.accordingTo])).toEqual([
      [752, 'at-least', 'civilian casualties', 'org:ohchr'],
      [227, 'at-least', 'civilians killed', 'org:ohchr'],
      [525, 'at-least', 'civilians injured', 'org:ohchr'],
    ])
    expect(invasion!.quantities!.every((q) => q.time?.value === '2022-02-24/2022-03-01')).toBe(true)
  })

  it('fails its checks when a figure of the tally is changed', () => {
    const json = JSON.parse(JSON.stringify(Graph.encode(unGeneralAssemblyVoteGraph)))
    json.votes[0].counts[1].count = 4
    expect(issuesOf(json)).toEqual([
      ['votes.0.counts.1.count', 'count_exceeded'],
      ['votes.0.total', 'total_mismatch'],
    ])
  })
})
