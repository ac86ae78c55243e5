import { initTRPC, TRPCError } from '@trpc/server'
import * as t from 'io-ts'
import { describe, expect, it, vi } from 'vitest'
import {
  Actor, Agreement, Article, Document, Event, Evidence, Graph, IsoDate, Meeting, Place, Position, Relation, Statement, Time,
  decodeWith, standardSchema, type StandardSchemaV1,
} from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

const models = { Graph, Article, Evidence, Time, Actor, Place, Event, Meeting, Agreement, Statement, Position, Document, Relation }

const validate = <I, O>(schema: StandardSchemaV1<I, O>, value: unknown) => schema['~standard'].validate(value) as StandardSchemaV1.Result<O>

describe('Standard Schema v1', () => {
  it('every model codec carries ~standard: version 1, vendor news-codecs', () => {
    for (const [name, codec] of Object.entries(models)) {
      expect(codec['~standard'].version, name).toBe(1)
      expect(codec['~standard'].vendor, name).toBe('news-codecs')
      expect(typeof codec['~standard'].validate, name).toBe('function')
    }
  })

  it('validate returns {value} for good input', () => {
    const graph = sampleGraphJson()
    expect(validate(Graph, graph)).toEqual({ value: graph })
  })

  it('validate takes the compiled fast path of decodeWith: valid input never reaches the io-ts decoder', () => {
    const graph = sampleGraphJson()
    const decode = vi.spyOn(Graph, 'decode')
    try {
      expect(validate(Graph, graph)).toEqual({ value: graph })
      expect((validate(Graph, graph) as { value: unknown }).value).toBe(graph)
      expect(decode).not.toHaveBeenCalled()
      // Invalid input goes to the decoder for its issues, which are decodeWith's own.
      const bad = { ...graph, meetings: 'none' }
      const viaStandard = validate(Graph, bad)
      expect(decode).toHaveBeenCalledTimes(1)
      const viaDecodeWith = decodeWith(Graph)(bad)
      expect(viaDecodeWith._tag === 'Left' && viaDecodeWith.left).toEqual((viaStandard as StandardSchemaV1.FailureResult).issues)
    } finally {
      decode.mockRestore()
    }
  })

  it('validate returns {issues} with numeric array indexes and no union member indexes', () => {
    const graph = sampleGraphJson()
    graph.meetings[0].participants[1] = 'has space'
    graph.actors[2].kind = 'robot'
    graph.actors[0].posts[0].mood = 'tense'
    const result = validate(Graph, graph)
    expect(result.issues?.map((i) => ({ message: i.message, path: i.path }))).toEqual([
      { message: 'unexpected key "mood" (Post does not define it)', path: ['actors', 0, 'posts', 0, 'mood'] },
      { message: 'unknown kind "robot": expected one of "person" | "state" | "organization" | "group" | "anonymous"', path: ['actors', 2, 'kind'] },
      { message: expect.stringContaining('"has space" is not an id'), path: ['meetings', 0, 'participants', 1] },
    ])
  })

  it('validate never throws, even when a codec does', () => {
    const Boom = new t.Type<never, string, unknown>('Boom', (u): u is never => false, () => { throw new RangeError('too deep') }, String)
    expect(validate(standardSchema(Boom), 1)).toEqual({ issues: [{ message: 'the input could not be examined: too deep', path: [],
      code: 'unprocessable', expected: 'input the validator can examine', received: 'input nested too deeply' }] })
  })

  it('standardSchema wraps any other codec', () => {
    expect(validate(standardSchema(IsoDate), '2024-02-29')).toEqual({ value: '2024-02-29' })
    expect(validate(standardSchema(IsoDate), '2023-02-29').issues?.[0]).toMatchObject({ path: [], message: '"2023-02-29" is not a calendar date (2023-02 has no day 29)' })
  })
})

describe('through tRPC (a Standard Schema consumer)', { timeout: 60_000 }, () => {
  const trpc = initTRPC.create()
  const router = trpc.router({
    recordMeeting: trpc.procedure.input(Meeting).mutation(({ input }) => `${input.id}: ${input.participants.join(' and ')}`),
    countActors: trpc.procedure.input(Graph).query(({ input }) => input.actors.length),
  })
  const caller = trpc.createCallerFactory(router)({})

  it('passes decoded input to the procedure', async () => {
    const graph = sampleGraphJson()
    expect(await caller.countActors(graph)).toBe(4)
    expect(await caller.recordMeeting(graph.meetings[0])).toBe('meeting:sample: person:ana-silva and person:kenji-sato')
  })

  it('rejects bad input with BAD_REQUEST carrying our issues and paths', async () => {
    const meeting = { ...sampleGraphJson().meetings[0], channel: 'face-to-face', evidence: [] }
    const error: unknown = await caller.recordMeeting(meeting).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    const issues = ((error as TRPCError).cause as unknown as { issues: ReadonlyArray<StandardSchemaV1.Issue> }).issues
    expect(issues.map((i) => i.path)).toEqual([['channel'], ['evidence']])
  })
})
