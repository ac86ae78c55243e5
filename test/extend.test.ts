import { initTRPC, TRPCError } from '@trpc/server'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { decodeWith, extend, withStandardSchema, Graph, Meeting, ref, struct, toJsonSchema, validateGraphWith, arrayOf, type RecordRule } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

const ChairedMeeting = extend(Meeting, { name: 'ChairedMeeting', optional: { chair: ref('actor').as('chair') } })

const meeting: t.OutputOf<typeof Meeting> = {
  id: 'meeting:1', participants: ['state:IN', 'state:US'], channel: 'in-person',
  evidence: [{ article: 'article:1', start: 0, end: 6, quote: 'Talks.' }],
}

const issuesOf = (u: unknown): string[] => {
  const result = decodeWith(ChairedMeeting)(u)
  return result._tag === 'Left' ? result.left.map((issue) => `${issue.path.join('.')}: ${issue.code}`) : []
}

describe('extend', () => {
  it('accepts the added key and every key of the base', () => {
    expect(issuesOf({ ...meeting, chair: 'state:IN', place: 'place:new-delhi' })).toEqual([])
  })

  it('still reports unexpected keys, by the new name', () => {
    const result = decodeWith(ChairedMeeting)({ ...meeting, chiar: 'state:IN' })
    expect(result._tag === 'Left' && result.left.map((issue) => issue.message)).toEqual(['unexpected key "chiar" (ChairedMeeting does not define it)'])
  })

  it('checks the added key with its codec', () => {
    expect(issuesOf({ ...meeting, chair: 'has space' })).toEqual(['chair: invalid_value'])
  })

  it("keeps the base's record rules, which a spread into a new struct leaves behind", () => {
    const covering = { ...meeting, sources: [{ title: 'Readout', url: 'https://example.org/readout', covers: ['place'] }] }
    expect(issuesOf(covering)).toEqual(['sources.0.covers.0: covers_missing_field'])
    const Spread = struct('Spread', Meeting.required, { ...Meeting.optional, chair: ref('actor').as('chair') })
    expect(decodeWith(Spread)(covering)._tag).toBe('Right')
  })

  it('adds rules of its own after the base rules', () => {
    const chairTakesPart: RecordRule<{ readonly participants: ReadonlyArray<string>; readonly chair?: string }> = {
      code: 'role_not_a_participant',
      description: 'a chair among the participants',
      check: (record) => record.chair === undefined || record.participants.includes(record.chair) ? []
        : [{ path: ['chair'], received: record.chair, expected: 'a participant', message: `the chair ${record.chair} does not take part` }],
    }
    const Strict = extend(Meeting, { name: 'StrictChairedMeeting', optional: { chair: ref('actor').as('chair') }, rules: [chairTakesPart] })
    const result = decodeWith(Strict)({ ...meeting, chair: 'state:FR' })
    expect(result._tag === 'Left' && result.left.map((issue) => issue.message)).toEqual(['the chair state:FR does not take part'])
    expect(Strict.is({ ...meeting, chair: 'state:FR' })).toBe(false)
    expect(Strict.is({ ...meeting, chair: 'state:IN' })).toBe(true)
  })

  it('replaces a key the base defines, required or optional', () => {
    const Loose = extend(Meeting, { name: 'LooseMeeting', optional: { channel: t.string } })
    expect(Object.keys(Loose.required)).not.toContain('channel')
    const { channel: _channel, ...withoutChannel } = meeting
    expect(decodeWith(Loose)(withoutChannel)._tag).toBe('Right')
    expect(decodeWith(Loose)({ ...meeting, channel: 'carrier pigeon' })._tag).toBe('Right')
  })

  it('is a model every tool reads: the graph check resolves its reference, JSON Schema lists it', () => {
    const ChairedGraph = extend(Graph, { name: 'ChairedGraph', required: { meetings: arrayOf(ChairedMeeting) } })
    const graph = sampleGraphJson()
    graph.meetings[0].chair = 'state:XX'
    const result = validateGraphWith(ChairedGraph)(graph)
    expect(result._tag === 'Left' && result.left.map((issue) => `${issue.path.join('.')}: ${issue.code}`)).toEqual(['meetings.0.chair: dangling_reference'])
    const schema = toJsonSchema(ChairedGraph) as { $defs: Record<string, { properties: Record<string, unknown> }> }
    expect(Object.keys(schema.$defs['ChairedMeeting']?.properties ?? {})).toContain('chair')
  })

  it('keeps ~standard, and a Standard Schema consumer (tRPC) validates with it', async () => {
    expect(ChairedMeeting['~standard'].vendor).toBe('news-codecs')
    const trpc = initTRPC.create()
    const router = trpc.router({ chair: trpc.procedure.input(ChairedMeeting).mutation(({ input }) => input.chair ?? 'none') })
    const caller = trpc.createCallerFactory(router)({})
    expect(await caller.chair({ ...meeting, chair: 'state:IN' })).toBe('state:IN')
    const error = await caller.chair({ ...meeting, chiar: 'state:IN' } as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect(String((error as TRPCError).message)).toContain('unexpected key "chiar"')
  })

})

describe('withStandardSchema', () => {
  const Meetings = withStandardSchema(t.readonlyArray(ChairedMeeting))

  it('stays the same io-ts codec, which the tools of the library read', () => {
    expect(Meetings).toBeInstanceOf(t.ReadonlyArrayType)
    expect(Meetings.name).toBe('ReadonlyArray<ChairedMeeting>')
    expect(Meetings.is([{ ...meeting, chair: 'state:IN' }])).toBe(true)
    expect(decodeWith(Meetings)([{ ...meeting, chiar: 'x' }])._tag).toBe('Left')
    const schema = toJsonSchema(Meetings) as { type: string; $defs: Record<string, unknown> }
    expect([schema.type, 'ChairedMeeting' in schema.$defs]).toEqual(['array', true])
  })

  it('validates through a Standard Schema consumer (tRPC), with the paths of every issue', async () => {
    const trpc = initTRPC.create()
    const router = trpc.router({ count: trpc.procedure.input(Meetings).query(({ input }) => input.length) })
    const caller = trpc.createCallerFactory(router)({})
    expect(await caller.count([meeting, meeting])).toBe(2)
    const error = await caller.count([meeting, { id: 'meeting:2' }] as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    const result = Meetings['~standard'].validate([meeting, { id: 'meeting:2' }])
    expect('issues' in result && result.issues?.map((issue) => issue.path)).toEqual([[1, 'participants'], [1, 'channel']])
  })

  it('gives its JSON Schema for the targets Standard JSON Schema names', () => {
    const draft07 = Meetings['~standard'].jsonSchema.input({ target: 'draft-07' })
    expect(draft07['$schema']).toBe('http://json-schema.org/draft-07/schema#')
  })
})
