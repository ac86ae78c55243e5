// Meetings and events postponed, rescheduled or cancelled: the struct and its field (decoding, guard,
// JSON Schema), the check that a cancelled fact did not take place, and the schedule query.
import { describe, expect, it } from 'vitest'
import {
  decodeWith,
  factsOfActor,
  factsWithScheduleStatus,
  Graph,
  indexGraph,
  jsonSchemaFor,
  latestScheduleChange,
  make,
  Meeting,
  ScheduleChange,
} from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'
import { codes } from './support/report.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample graph whose meeting has the given schedule changes (each citing the meeting's evidence) and more. */
const scheduled = (changes: ReadonlyArray<Record<string, unknown>>, more: Record<string, unknown> = {}): Json => {
  const g: Json = sampleGraphJson()
  const evidence = g.meetings[0].evidence
  Object.assign(g.meetings[0], { schedule: changes.map((change) => ({ evidence, ...change })), ...more })
  return g
}

describe('ScheduleChange', () => {
  const change = { status: 'rescheduled', by: ['state:PT'], announced: { value: '2024-05-01' }, newTime: { value: '2024-05-06' },
    reason: 'A clash with a summit', evidence: sampleGraphJson().meetings[0].evidence }

  it('decodes, and the compiled guard and the JSON Schema agree, both ways', () => {
    const meeting = { ...sampleGraphJson().meetings[0], schedule: [change] }
    expect(decodeWith(Meeting)(meeting)._tag).toBe('Right')
    expect(new Map(compiledGuards).get(Meeting)!(meeting)).toBe(true)
    expect(compileStrict(jsonSchemaFor('Meeting'))(meeting)).toBe(true)
    const bad = { ...meeting, schedule: [{ ...change, status: 'delayed' }] }
    expect(new Map(compiledGuards).get(Meeting)!(bad)).toBe(false)
    expect(compileStrict(jsonSchemaFor('Meeting'))(bad)).toBe(false)
  })

  it('needs a status and support (evidence, a source or an inference); the rest is optional', () => {
    expect(ScheduleChange.is({ status: 'cancelled', evidence: change.evidence })).toBe(true)
    expect(ScheduleChange.is({ status: 'cancelled', sources: [{ url: 'https://example.org/notice' }] })).toBe(true)
    const result = decodeWith(ScheduleChange)({ status: 'delayed', announced: { value: '2024-13' } })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['status', 'invalid_value'],
      ['announced.value', 'invalid_value'],
    ])
    const unsupported = decodeWith(ScheduleChange)({ status: 'cancelled' })
    expect(unsupported._tag === 'Left' && unsupported.left.map((i) => [i.path.join('.'), i.code])).toEqual([['', 'unsupported']])
  })

  it('the last change is the one in force', () => {
    expect(latestScheduleChange({ schedule: [{ ...change, status: 'postponed' }, change] })).toEqual({ _tag: 'Some', value: change })
    expect(latestScheduleChange({ schedule: [] })._tag).toBe('None')
  })
})

describe('a cancelled meeting or event did not take place', () => {
  it('is an error while its realis says it did, absent or actual', () => {
    expect(codes(scheduled([{ status: 'cancelled' }])).errors).toEqual([['meetings[0].schedule[0].status', 'cancelled_yet_held']])
    expect(codes(scheduled([{ status: 'postponed' }, { status: 'cancelled' }], { realis: 'actual' })).errors).toEqual([['meetings[0].realis', 'cancelled_yet_held']])
    const g = sampleGraphJson()
    g.events.push({ id: 'event:x', type: 'summit', name: 'A summit', schedule: [{ status: 'cancelled', evidence: g.meetings[0].evidence }], evidence: g.meetings[0].evidence })
    expect(codes(g).errors).toEqual([['events[0].schedule[0].status', 'cancelled_yet_held']])
  })

  it('is fine once negated, or when a later change put it back on', () => {
    expect(codes(scheduled([{ status: 'cancelled' }], { realis: 'negated' }))).toEqual({ errors: [], warnings: [] })
    expect(codes(scheduled([{ status: 'cancelled' }, { status: 'rescheduled', newTime: { value: '2024-05-06' } }]))).toEqual({ errors: [], warnings: [] })
    expect(codes(scheduled([{ status: 'postponed' }]))).toEqual({ errors: [], warnings: [] })
  })

  it('a decider that is not an actor is an error, as any reference', () => {
    expect(codes(scheduled([{ status: 'postponed', by: ['place:lisbon'] }])).errors).toEqual([['meetings[0].schedule[0].by[0]', 'wrong_reference_kind']])
  })
})

describe('factsWithScheduleStatus', () => {
  it('finds meetings and events by their last change, with who decided; factsOfActor finds the decider', () => {
    const g = scheduled([{ status: 'postponed', by: ['state:JP'] }, { status: 'cancelled', by: ['state:PT'], announced: { value: '2024-05-05' } }], { realis: 'negated' })
    const index = indexGraph(make(Graph)(g))
    expect(factsWithScheduleStatus('cancelled')(index).map(({ fact, change }) => [fact.record.id, change.by, change.announced?.value])).toEqual([
      ['meeting:sample', ['state:PT'], '2024-05-05'],
    ])
    expect(factsWithScheduleStatus('postponed')(index)).toEqual([])
    expect(factsOfActor('state:PT')(index).map((f) => f.record.id)).toEqual(['meeting:sample'])
  })
})
