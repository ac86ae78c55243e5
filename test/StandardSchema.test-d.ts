import type { StandardSchemaV1 as Spec } from '@standard-schema/spec'
import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import { Actor, Graph, IsoDate, Meeting, standardSchema, type StandardSchemaV1 } from 'news-codecs'

describe('Standard Schema types', () => {
  it('model codecs satisfy the spec interface', () => {
    expectTypeOf(Graph).toMatchTypeOf<Spec>()
    expectTypeOf(Meeting).toMatchTypeOf<Spec>()
    expectTypeOf(Actor).toMatchTypeOf<Spec>()
    expectTypeOf(standardSchema(IsoDate)).toMatchTypeOf<Spec>()
  })

  it('our copy of the interface is the spec interface', () => {
    expectTypeOf<StandardSchemaV1<string, number>>().toMatchTypeOf<Spec<string, number>>()
    expectTypeOf<Spec<string, number>>().toMatchTypeOf<StandardSchemaV1<string, number>>()
  })

  it('infers input as the wire form and output as the decoded type', () => {
    expectTypeOf<Spec.InferOutput<typeof Meeting>>().toEqualTypeOf<t.TypeOf<typeof Meeting>>()
    expectTypeOf<Spec.InferInput<typeof Meeting>>().toEqualTypeOf<t.OutputOf<typeof Meeting>>()
    expectTypeOf<Spec.InferOutput<typeof Actor>>().toEqualTypeOf<t.TypeOf<typeof Actor>>()
    expectTypeOf<Spec.InferOutput<ReturnType<typeof standardSchema<IsoDate, string>>>>().toEqualTypeOf<IsoDate>()
  })
})
