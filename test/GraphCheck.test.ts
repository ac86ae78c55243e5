import { describe, expect, it } from 'vitest'
import { checkGraph, formatIssues, formatPath, validateGraph, validateGraphReport } from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const issuesOf = (input: unknown): Array<[string, IssueCode]> => {
  const result = validateGraph(input)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

describe('validateGraph on the sample', () => {
  it('accepts the sample graph', () => {
    const result = validateGraph(sampleGraphJson())
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
  })

  it('a wrong value deep inside gives one issue whose path points at it', () => {
    const g = sampleGraphJson()
    g.statements[0].time.resolvedAgainst = { value: '2024-05-32', basis: 'the meeting' }
    const result = validateGraph(g)
    expect(result._tag === 'Left' && formatIssues(result.left)).toBe(
      'statements[0].time.resolvedAgainst.value: "2024-05-32" is not a calendar date (2024-05 has no day 32)',
    )
  })
})

/** The sample graph with one agreement between its two states, whose acts all cite the meeting's evidence. */
const sampleWithAgreement = (acts: ReadonlyArray<Record<string, unknown>>): any => {
  const g = sampleGraphJson()
  const evidence = [g.meetings[0].evidence[0]]
  g.agreements.push({
    id: 'agreement:x',
    name: 'An agreement',
    parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'state:JP', role: 'party' }],
    lifecycle: acts.map((act) => ({ ...act, evidence })),
    evidence,
  })
  return g
}

describe('graph-level checks', () => {
  it('reports a dangling reference', () => {
    const g = sampleGraphJson()
    g.meetings[0].participants[1] = 'state:XX'
    expect(issuesOf(g)).toEqual([['meetings.0.participants.1', 'dangling_reference']])
  })

  it('reports a reference to a record of the wrong kind', () => {
    const g = sampleGraphJson()
    g.meetings[0].place = 'person:kenji-sato'
    g.actors[0].posts[0].of = 'place:lisbon'
    expect(issuesOf(g)).toEqual([
      ['actors.0.posts.0.of', 'wrong_reference_kind'],
      ['meetings.0.place', 'wrong_reference_kind'],
    ])
  })

  it('reports duplicate ids', () => {
    const g = sampleGraphJson()
    g.places[0].id = 'state:PT'
    expect(issuesOf(g)).toContainEqual(['places.0.id', 'duplicate_id'])
    const result = validateGraph(g)
    expect(result._tag === 'Left' && formatIssues(result.left)).toContain('places[0].id: duplicate id "state:PT" (first used at actors[2].id)')
  })

  it('reports a quote that differs from the article at its span', () => {
    const g = sampleGraphJson()
    g.places[0].mentions[0].quote = 'Lisboa'
    expect(issuesOf(g)).toEqual([['places.0.mentions.0.quote', 'quote_mismatch']])
  })

  it('reports spans outside the article or ending before they start', () => {
    const g = sampleGraphJson()
    g.places[0].mentions[0].end = 100000
    g.actors[2].mentions[0].end = g.actors[2].mentions[0].start
    expect(issuesOf(g)).toEqual([
      ['actors.2.mentions.0.end', 'span_out_of_range'],
      ['places.0.mentions.0.end', 'span_out_of_range'],
    ])
  })

  it('counts code points, so an astral character counts once', () => {
    const g = sampleGraphJson()
    const text: string = g.articles[0].text
    const flag = '🇵🇹' // two regional indicators: two code points, four UTF-16 units
    const start = Array.from(text.slice(0, text.indexOf(flag))).length
    g.places[0].mentions.push({ article: 'article:sample', start, end: start + 2, quote: flag })
    expect(issuesOf(g)).toEqual([])
    g.places[0].mentions[1].end = start + 4 // UTF-16 counting would say this
    expect(issuesOf(g)).toEqual([['places.0.mentions.1.end', 'span_out_of_range']])
  })

  it('reports a direct quote that differs from its evidence', () => {
    const g = sampleGraphJson()
    g.statements[0].content.text = 'We agreed to deepen cooperation,'
    expect(issuesOf(g)).toEqual([['statements.0.content.text', 'direct_quote_mismatch']])
  })

  it('reports a meeting with fewer than two distinct participants', () => {
    const g = sampleGraphJson()
    g.meetings[0].participants = ['person:ana-silva', 'person:ana-silva']
    expect(issuesOf(g)).toEqual([['meetings.0.participants.1', 'duplicate_entry'], ['meetings.0.participants', 'too_few_participants']])
    g.meetings[0].participants = ['person:ana-silva']
    expect(issuesOf(g)).toEqual([['meetings.0.participants', 'too_few_participants']])
  })

  it('reports a tenure that ends before it starts', () => {
    const g = sampleGraphJson()
    Object.assign(g.actors[0].posts[0], { from: '2024-01', to: '2023-12-31' })
    expect(issuesOf(g)).toEqual([['actors.0.posts.0.to', 'interval_order']])
  })

  it('reports lifecycle acts before signing and a renewal term that misses its expiry', () => {
    const g = sampleWithAgreement([
      { type: 'signed', time: { value: '2022-07' } },
      { type: 'entered-into-force', time: { value: '2022-06-30' } },
      { type: 'renewed', time: { value: '2022-11~' }, term: { value: 'P4M', bound: 'exactly' } },
      { type: 'expires', time: { value: '2023-03-18' } },
    ])
    expect(issuesOf(g)).toEqual([['agreements.0.lifecycle.1.time.value', 'lifecycle_order']])
    g.agreements[0].lifecycle[1].time.value = '2022-07-22'
    g.agreements[0].lifecycle[2].term.value = 'P2M'
    expect(issuesOf(g)).toEqual([['agreements.0.lifecycle.2.term.value', 'renewal_term_mismatch']])
  })

  it('accepts a renewal from a month-end day that reaches the end of a shorter month', () => {
    const g = sampleWithAgreement([
      { type: 'signed', time: { value: '2022-01-30' } },
      { type: 'renewed', time: { value: '2022-04-30' }, term: { value: 'P10M', bound: 'exactly' } },
      { type: 'expires', time: { value: '2023-02-28' } },
    ])
    expect(issuesOf(g)).toEqual([])
    g.agreements[0].lifecycle[1].time.value = '2023-01-30'
    g.agreements[0].lifecycle[1].term.value = 'P1M'
    expect(issuesOf(g)).toEqual([])
    g.agreements[0].lifecycle[2].time.value = '2023-03-01'
    expect(issuesOf(g)).toEqual([['agreements.0.lifecycle.1.term.value', 'renewal_term_mismatch']])
  })

  it('reports a place within itself, and a loop of places within places once, where it closes', () => {
    const place = (id: string, within?: string) => ({ id, name: id, kind: 'region', ...(within === undefined ? {} : { within }) })
    const self = sampleGraphJson()
    self.places[0].within = 'place:lisbon'
    expect(issuesOf(self)).toEqual([['places.0.within', 'self_reference']])

    const loop = sampleGraphJson()
    loop.places.push(place('place:a', 'place:c'), place('place:b', 'place:a'), place('place:c', 'place:b'), place('place:d', 'place:b'))
    loop.places[0].within = 'place:d' // Lisbon leads into the loop without being in it
    const result = validateGraph(loop)
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
      ['places.3.within', 'reference_cycle', '"place:c" lies within "place:b", which leads back to it (place:b → place:a → place:c → place:b)'],
    ])
  })

  it('accepts places within places that end, and leaves a dangling within to the reference check', () => {
    const g = sampleGraphJson()
    g.places.push({ id: 'place:portugal', name: 'Portugal', kind: 'country', within: 'place:europe' }, { id: 'place:europe', name: 'Europe', kind: 'region' })
    g.places[0].within = 'place:portugal'
    expect(issuesOf(g)).toEqual([])
    g.places[2].within = 'place:nowhere'
    expect(issuesOf(g)).toEqual([['places.2.within', 'dangling_reference']])
  })

  it('checks references inside every tagged-union branch', () => {
    const g = sampleGraphJson()
    const evidence = [g.meetings[0].evidence[0]]
    g.positions.push({
      id: 'position:x',
      holders: ['state:PT'],
      target: { kind: 'paragraph', paragraph: 'document:none#p1' },
      stance: 'supports',
      basis: [{ kind: 'statement', statement: 'meeting:sample' }],
      evidence,
    })
    expect(issuesOf(g)).toEqual([
      ['positions.0.target.paragraph', 'dangling_reference'],
      ['positions.0.basis.0.statement', 'wrong_reference_kind'],
    ])
  })

  it('checkGraph on a valid graph finds nothing', () => {
    const result = validateGraph(sampleGraphJson())
    if (result._tag === 'Left') throw new Error(formatIssues(result.left))
    expect(checkGraph(result.right)).toEqual([])
  })
})

describe('one pass over a graph with shape issues', () => {
  it('reports the shape issues and the graph issues of the records that decoded, each once, at input paths', () => {
    const graph = sampleGraphJson()
    // A shape issue in the first actor, and three graph issues elsewhere.
    graph.actors[0].name = ''
    graph.meetings[0].place = 'place:nowhere'
    graph.statements[0].speakers = ['person:nobody']
    graph.meetings[0].evidence[0].quote = 'not what the article says'
    const result = validateGraph(graph)
    expect(result._tag === 'Left' && result.left.map((i) => [formatPath(i.path), i.code])).toEqual([
      ['actors[0].name', 'invalid_value'],
      ['meetings[0].evidence[0].quote', 'quote_mismatch'],
      ['meetings[0].place', 'dangling_reference'],
      ['statements[0].speakers[0]', 'dangling_reference'],
    ])
  })

  it('does not report references to a record that failed to decode, and keeps input indexes', () => {
    const graph = sampleGraphJson()
    // The first actor does not decode; the meeting names it, and must not be told it is unknown.
    const named = graph.actors[0].id
    graph.actors[0].extra = true
    graph.actors.push({ kind: 'state', id: 'state:XX-dup', name: 'Duplicate', countryCode: 'PT' }, { kind: 'state', id: 'state:XX-dup', name: 'Twice', countryCode: 'PT' })
    const result = validateGraph(graph)
    const found = result._tag === 'Left' ? result.left.map((i) => [formatPath(i.path), i.code, i.message]) : []
    expect(found.filter(([, code]) => code === 'dangling_reference')).toEqual([])
    expect(found.some(([, , message]) => String(message).includes(named))).toBe(false)
    expect(found).toContainEqual([`actors[${graph.actors.length - 1}].id`, 'duplicate_id', `duplicate id "state:XX-dup" (first used at actors[${graph.actors.length - 2}].id)`])
  })
})

describe('spans that split a character', () => {
  // The sample graph with `text` added to the end of its article, and the meeting's span on it.
  const withText = (text: string, start: number, end: number): Json => {
    const g: Json = sampleGraphJson()
    const before = Array.from(g.articles[0].text as string).length + 1
    g.articles[0].text = `${g.articles[0].text} ${text}`
    g.meetings[0].evidence = [{ article: g.articles[0].id, start: before + start, end: before + end, quote: Array.from(text).slice(start, end).join('') }]
    return g
  }
  const codes = (g: Json) => {
    const r = validateGraph(g)
    return r._tag === 'Left' ? r.left.map((i) => [formatPath(i.path), i.code]) : []
  }

  it('between a letter and its combining accent, inside an emoji sequence or a flag: splits_character', () => {
    // "Cafe\u0301": the accent is a code point of its own.
    expect(codes(withText('Cafe\u0301 talks', 0, 4))).toEqual([['meetings[0].evidence[0].end', 'splits_character']])
    expect(codes(withText('Cafe\u0301 talks', 0, 5))).toEqual([])
    // A family emoji: man ZWJ woman ZWJ girl.
    const family = 'We 👨\u200d👩\u200d👧 met'
    expect(codes(withText(family, 3, 4))).toEqual([['meetings[0].evidence[0].end', 'splits_character']])
    expect(codes(withText(family, 3, 8))).toEqual([])
    // A flag is two regional indicators.
    expect(codes(withText('🇵🇹 and 🇯🇵', 1, 3))).toEqual([['meetings[0].evidence[0].start', 'splits_character']])
  })
})

describe('lifecycles judged on the acts’ times', () => {
  const withLifecycle = (lifecycle: ReadonlyArray<Json>): Json => {
    const g: Json = sampleGraphJson()
    const evidence = g.meetings[0].evidence
    g.agreements = [{ id: 'agreement:1', name: 'A deal', parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'state:JP', role: 'party' }],
      lifecycle: lifecycle.map((act) => ({ evidence, ...act })), evidence }]
    return g
  }
  const act = (type: string, value: string, more: Json = {}) => ({ type, time: { value }, ...more })
  const report = (g: Json) => {
    const { result, warnings } = validateGraphReport(g)
    return { errors: result._tag === 'Left' ? result.left.map((i) => [formatPath(i.path), i.code]) : [], warnings: warnings.map((i) => [formatPath(i.path), i.code]) }
  }

  it('the earliest signing counts, wherever it sits in the array', () => {
    const g = withLifecycle([act('entered-into-force', '2022-08-01'), act('signed', '2022-09-01', { by: ['state:PT'] }), act('signed', '2022-07-22', { by: ['state:JP'] })])
    expect(report(g)).toEqual({ errors: [], warnings: [] })
  })

  it('two signings by the same parties, and expiring twice without a renewal, are repeated acts', () => {
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('signed', '2022-08-01')])).errors).toEqual([['agreements[0].lifecycle[1].type', 'repeated_act']])
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('expires', '2023-03-18'), act('expires', '2022-11-19')])).errors).toEqual([['agreements[0].lifecycle[1].type', 'repeated_act']])
    // A renewal ahead of the first expiry makes the second one its own.
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('expires', '2022-11-19'), act('renewed', '2022-11-17'), act('expires', '2023-03-18')])).errors).toEqual([])
  })

  it('acts after the agreement ended for all are errors; after a withdrawal by some, not', () => {
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('terminated', '2023-07-17'), act('renewed', '2023-09-01')])).errors)
      .toEqual([['agreements[0].lifecycle[2].time.value', 'act_after_end']])
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('withdrawn', '2023-07-17'), act('resumed', '2023-09-01')])).errors)
      .toEqual([['agreements[0].lifecycle[2].time.value', 'act_after_end']])
    expect(report(withLifecycle([act('signed', '2022-07-22'), act('withdrawn', '2023-07-17', { by: ['state:JP'] }), act('renewed', '2023-09-01')])).errors).toEqual([])
  })

  it('a lifecycle that implies a signing it does not record is a warning', () => {
    expect(report(withLifecycle([act('entered-into-force', '2022-08-01')]))).toEqual({ errors: [], warnings: [['agreements[0].lifecycle[0].type', 'missing_signing']] })
  })
})
