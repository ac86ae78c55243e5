import type { StandardJSONSchemaV1 as JsonSpec, StandardSchemaV1 as Spec } from '@standard-schema/spec'
import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import { Actor, Graph, IsoDate, Meeting, standardProps, standardSchema, struct, NonEmptyString, type StandardJSONSchemaV1, type StandardSchemaV1 } from 'news-codecs'

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

  it('model codecs and wrapped codecs satisfy the Standard JSON Schema interface', () => {
    expectTypeOf(Graph).toMatchTypeOf<JsonSpec>()
    expectTypeOf(Meeting).toMatchTypeOf<JsonSpec>()
    expectTypeOf(Actor).toMatchTypeOf<JsonSpec>()
    expectTypeOf(standardSchema(IsoDate)).toMatchTypeOf<JsonSpec>()
    expectTypeOf(struct('Note', { text: NonEmptyString })).toMatchTypeOf<JsonSpec & Spec>()
    expectTypeOf(standardProps(IsoDate)).toMatchTypeOf<JsonSpec.Props & Spec.Props>()
    expectTypeOf<JsonSpec.InferOutput<typeof Meeting>>().toEqualTypeOf<t.TypeOf<typeof Meeting>>()
    expectTypeOf<JsonSpec.InferInput<typeof Meeting>>().toEqualTypeOf<t.OutputOf<typeof Meeting>>()
  })

  it('our copy of the Standard JSON Schema interface is the spec interface', () => {
    expectTypeOf<StandardJSONSchemaV1<string, number>>().toMatchTypeOf<JsonSpec<string, number>>()
    expectTypeOf<JsonSpec<string, number>>().toMatchTypeOf<StandardJSONSchemaV1<string, number>>()
    expectTypeOf<StandardJSONSchemaV1.Target>().toEqualTypeOf<JsonSpec.Target>()
    expectTypeOf<StandardJSONSchemaV1.Options>().toEqualTypeOf<JsonSpec.Options>()
    expectTypeOf<Parameters<typeof Meeting['~standard']['jsonSchema']['input']>[0]>().toEqualTypeOf<JsonSpec.Options>()
    expectTypeOf<StandardJSONSchemaV1.InferOutput<typeof Meeting>>().toEqualTypeOf<JsonSpec.InferOutput<typeof Meeting>>()
  })
})
