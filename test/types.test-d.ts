import { describe, expectTypeOf, it } from 'vitest'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { decodeWith, Meeting, validateGraph } from 'news-codecs'
import type { Actor, CodedValue, Edtf, Graph, Id, Issue, Statement, Validated } from 'news-codecs'

describe('inferred types', () => {
  it('a meeting has required ids and optional keys that are never undefined', () => {
    expectTypeOf<Meeting['id']>().toEqualTypeOf<Id>()
    expectTypeOf<Meeting['participants']>().toEqualTypeOf<ReadonlyNonEmptyArray<Id>>()
    expectTypeOf<Meeting['channel']>().toEqualTypeOf<'in-person' | 'phone' | 'video' | 'written' | 'unknown' | CodedValue>()
    expectTypeOf<Meeting>().toHaveProperty('time')
    expectTypeOf<Required<Meeting>['time']['value']>().toEqualTypeOf<Edtf>()
    // exactOptionalPropertyTypes: an optional key may be absent but not undefined.
    expectTypeOf<{ id: Id; participants: ReadonlyNonEmptyArray<Id>; channel: 'phone'; evidence: Meeting['evidence']; time: undefined }>().not.toExtend<Meeting>()
  })

  it('actors narrow by kind', () => {
    expectTypeOf<Actor['kind']>().toEqualTypeOf<'person' | 'state' | 'organization' | 'group' | 'anonymous'>()
    expectTypeOf<Extract<Actor, { kind: 'state' }>>().toHaveProperty('countryCode')
    expectTypeOf<Extract<Actor, { kind: 'person' }>>().toHaveProperty('posts')
  })

  it('statement content is a union tagged by kind', () => {
    expectTypeOf<Statement['content']['kind']>().toEqualTypeOf<'quote' | 'paraphrase'>()
  })

  it('validators return Either of a non-empty issue list or the value', () => {
    expectTypeOf(validateGraph).returns.toEqualTypeOf<Validated<Graph>>()
    expectTypeOf(decodeWith(Meeting)).returns.toEqualTypeOf<Validated<Meeting>>()
    expectTypeOf<Validated<Graph>>().toExtend<{ _tag: 'Left'; left: ReadonlyNonEmptyArray<Issue> } | { _tag: 'Right'; right: Graph }>()
  })

  it('ids are branded: a plain string is not an Id', () => {
    expectTypeOf<string>().not.toExtend<Id>()
  })
})
