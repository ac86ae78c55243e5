import { describe, expect, it } from 'vitest'
import type { Edtf, Graph } from 'news-codecs'
import {
  Agreement,
  evidenceOf,
  indexGraph,
  lastMeetingBetween,
  meetingsOf,
  positionsFromActsNotDone,
  positionsOf,
  statementsBy,
  statusOn,
} from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

const evidence = [{ article: 'article:1', start: 0, end: 1, quote: 'x' }]
const agreement = (...acts: Array<[string, string] | [string, string, ReadonlyArray<string>]>): Agreement =>
  ({
    id: 'agreement:1',
    name: 'An agreement',
    parties: [{ actor: 'state:A', role: 'party' }, { actor: 'state:B', role: 'party' }],
    lifecycle: acts.map(([type, value, by]) => ({ type, time: { value }, evidence, ...(by === undefined ? {} : { by }) })),
    evidence,
  }) as unknown as Agreement
const status = (a: Agreement, day: string) => statusOn(day as Edtf)(a)

describe('statusOn', () => {
  it('an agreement with no acts has an unknown status', () => {
    expect(status(agreement(), '2023-01-01').status).toBe('unknown')
  })
  it('signing puts it in force, unless entry into force is recorded separately', () => {
    expect(status(agreement(['signed', '2020-01-10']), '2020-01-10').status).toBe('in-force')
    const withEntry = agreement(['signed', '2020-01-10'], ['entered-into-force', '2020-06-01'])
    expect(status(withEntry, '2020-03-01').status).toBe('signed')
    expect(status(withEntry, '2020-06-01').status).toBe('in-force')
  })
  it('an expiry takes effect at the end of its day', () => {
    const a = agreement(['signed', '2020-01'], ['expires', '2020-12-31'])
    expect(status(a, '2020-12-31').status).toBe('in-force')
    expect(status(a, '2021-01-01').status).toBe('expired')
    expect(O.toNullable(status(a, '2020-06-01').expires)?.time.value).toBe('2020-12-31')
    expect(O.isNone(status(a, '2021-01-01').expires)).toBe(true)
  })
  it('a renewal before the lapse supersedes the earlier expiry; one after it revives the agreement', () => {
    const early = agreement(['signed', '2022-07-22'], ['expires', '2022-11-19'], ['renewed', '2022-11-17'], ['expires', '2023-03-18'])
    expect(status(early, '2022-12-01').status).toBe('in-force')
    expect(O.toNullable(status(early, '2022-12-01').expires)?.time.value).toBe('2023-03-18')
    expect(status(early, '2023-03-19').status).toBe('expired')
    const late = agreement(['signed', '2022-07-22'], ['expires', '2022-11-19'], ['renewed', '2022-12-05'], ['expires', '2023-03-18'])
    expect(status(late, '2022-11-25').status).toBe('expired')
    expect(status(late, '2022-12-05').status).toBe('in-force')
  })
  it('suspension, resumption, termination', () => {
    const a = agreement(['signed', '2020'], ['suspended', '2021-05-01'], ['resumed', '2021-09-01'], ['terminated', '2022-02-01'])
    expect(status(a, '2021-06-01').status).toBe('suspended')
    expect(status(a, '2021-10-01').status).toBe('in-force')
    expect(status(a, '2022-03-01').status).toBe('terminated')
  })
  it('a withdrawal by some parties leaves it in force; one by all ends it', () => {
    expect(status(agreement(['signed', '2020'], ['withdrawn', '2021-01-01', ['state:A']]), '2021-06-01').status).toBe('in-force')
    expect(status(agreement(['signed', '2020'], ['withdrawn', '2021-01-01']), '2021-06-01').status).toBe('withdrawn')
  })
  it('imprecise dates around the day asked make the status not firm', () => {
    const a = agreement(['signed', '2022-07'])
    expect(status(a, '2022-07-10')).toMatchObject({ status: 'in-force', firm: false })
    expect(status(a, '2022-08-10')).toMatchObject({ status: 'in-force', firm: true })
    expect(status(a, '2022-06-30')).toMatchObject({ status: 'not-signed', firm: true })
    const expiring = agreement(['signed', '2022-01'], ['expires', '2023-03'])
    expect(status(expiring, '2023-03-10')).toMatchObject({ status: 'in-force', firm: false })
    expect(status(expiring, '2023-04-01')).toMatchObject({ status: 'expired', firm: true })
  })
})

describe('meetings, statements, positions on the canonical graph', () => {
  const index = indexGraph(canonicalGraph)
  it('Lavrov’s meetings, oldest first: January 2022, the phone contacts since, then Blinken and Qin on 2 March 2023', () => {
    expect(meetingsOf('person:sergei-lavrov')(index).map((m) => m.time?.value)).toEqual(['2022-01', '2022-01/2023-03-01', '2023-03-02', '2023-03-02'])
  })
  it('no meeting of Blinken and Lavrov before January 2022 is recorded', () => {
    expect(pipe(index, lastMeetingBetween('person:antony-blinken', 'person:sergei-lavrov', { before: '2022-01' as Edtf }), O.isNone)).toBe(true)
  })
  it('“has not condemned the invasion” is a position shown by an act not done', () => {
    expect(positionsFromActsNotDone(index).map((p) => p.holders)).toContainEqual(['state:IN'])
  })
  it('statements and positions by actor', () => {
    expect(statementsBy('person:narendra-modi')(index)).toHaveLength(3)
    expect(positionsOf('state:CN')(index).map((p) => p.stance).sort()).toEqual(['opposes', 'refuses-to-sign', 'refuses-to-sign'])
  })
  it('evidenceOf gathers every span of a fact once, in reading order', () => {
    const grain = canonicalGraph.agreements[0]!
    const spans = evidenceOf(Agreement)(grain).map((e) => [e.start, e.end] as const)
    expect(new Set(spans.map((s) => s.join('-'))).size).toBe(spans.length)
    expect(spans).toEqual([...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
    expect(evidenceOf(Agreement)(grain).map((e) => e.quote)).toContain('expires on March 18')
    // Nested evidence counts too: the parties' own spans.
    expect(evidenceOf(Agreement)(grain).length).toBeGreaterThan(grain.evidence!.length)
  })
})

describe('totality', () => {
  it('queries on an empty graph return empty answers, never throw', () => {
    const empty: Graph = { articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }
    const index = indexGraph(empty)
    expect(meetingsOf('x')(index)).toEqual([])
    expect(O.isNone(lastMeetingBetween('a', 'b')(index))).toBe(true)
  })
})
