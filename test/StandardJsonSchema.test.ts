// Standard JSON Schema v1: `~standard.jsonSchema` on every model codec and on standardSchema(codec), read by
// xsschema, a consumer from npm that takes any Standard JSON Schema and asks it for draft-07.
import { Ajv, type AnySchema } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { toJsonSchema as xsToJsonSchema, validate as xsValidate } from 'xsschema'
import {
  Actor, Graph, IsoDate, Meeting, jsonSchemaCodecs, jsonSchemaNames, standardSchema, toJsonSchema,
  JSON_SCHEMA_TARGETS, type StandardJSONSchemaV1,
} from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

const standard = (name: string): StandardJSONSchemaV1 => jsonSchemaCodecs[name as keyof typeof jsonSchemaCodecs] as unknown as StandardJSONSchemaV1

// Every schema object in a document, its named schemas included.
const everySchema = (schema: unknown): ReadonlyArray<Record<string, unknown>> => {
  if (Array.isArray(schema)) return schema.flatMap(everySchema)
  if (schema === null || typeof schema !== 'object') return []
  return [schema as Record<string, unknown>, ...Object.values(schema).flatMap(everySchema)]
}

describe('~standard.jsonSchema', { timeout: 120_000 }, () => {
  it('every model codec has input and output for each target, one self-contained document each', () => {
    for (const name of jsonSchemaNames) {
      const { jsonSchema } = standard(name)['~standard']
      for (const target of JSON_SCHEMA_TARGETS) {
        const input = jsonSchema.input({ target })
        expect(input, `${name} ${target}`).toEqual(toJsonSchema(jsonSchemaCodecs[name], name, target))
        expect(jsonSchema.output({ target }), `${name} ${target}`).toEqual(input)
        expect(JSON.stringify(input), `${name} ${target}: a $ref outside the document`).not.toMatch(/"\$ref":"[^#]/)
      }
    }
  })

  it('draft 2020-12 and draft-07 compile with ajv in strict mode, alone, and accept the sample graph', () => {
    const graph = sampleGraphJson()
    const latest = new Ajv2020({ strict: true }).compile(Graph['~standard'].jsonSchema.input({ target: 'draft-2020-12' }))
    expect(latest(graph)).toBe(true)
    const draft07 = Graph['~standard'].jsonSchema.input({ target: 'draft-07' })
    expect(draft07.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(draft07.$ref).toBe('#/definitions/Graph')
    expect(JSON.stringify(draft07)).not.toMatch(/\$defs|dependentRequired/)
    const validate = new Ajv({ strict: true }).compile(draft07)
    expect(validate(graph), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...graph, actors: [{ kind: 'person', id: 'person:x' }] })).toBe(false)
  })

  it('OpenAPI 3.0 uses only what a Schema Object has, and its tagged unions carry a discriminator', () => {
    const oas = Graph['~standard'].jsonSchema.input({ target: 'openapi-3.0' })
    expect(oas.$schema).toBeUndefined()
    expect(oas.$ref).toBe('#/components/schemas/Graph')
    const nodes = everySchema(oas)
    for (const keyword of ['const', 'if', 'then', 'else', 'dependentRequired', '$comment', '$defs', 'definitions']) {
      expect(nodes.filter((node) => keyword in node).length, keyword).toBe(0)
    }
    const schemas = (oas.components as { schemas: Record<string, Record<string, unknown>> }).schemas
    for (const node of nodes) if (typeof node.$ref === 'string') expect(schemas, node.$ref).toHaveProperty([node.$ref.replace('#/components/schemas/', '')])
    expect(schemas.Actor).toMatchObject({
      oneOf: [{ $ref: '#/components/schemas/Person' }, { $ref: '#/components/schemas/State' }, { $ref: '#/components/schemas/Organization' }, { $ref: '#/components/schemas/Group' }, { $ref: '#/components/schemas/AnonymousSource' }],
      discriminator: { propertyName: 'kind', mapping: { person: '#/components/schemas/Person', anonymous: '#/components/schemas/AnonymousSource' } },
    })
    expect((schemas.Person!.properties as Record<string, unknown>).kind).toEqual({ type: 'string', enum: ['person'] })
  })

  it('throws a RangeError for a target it does not write, as the standard asks', () => {
    for (const target of ['draft-04', 'openapi-3.1', '']) {
      expect(() => Meeting['~standard'].jsonSchema.input({ target }), target).toThrow(RangeError)
      expect(() => Meeting['~standard'].jsonSchema.output({ target }), target).toThrow(/no JSON Schema for target ".*": news-codecs writes draft-2020-12, draft-07, openapi-3.0/)
    }
  })

  it('standardSchema(codec) carries it too', () => {
    const date = standardSchema(IsoDate)['~standard'].jsonSchema.input({ target: 'draft-07' })
    const validate = new Ajv({ strict: true }).compile(date)
    expect([validate('2024-02-29'), validate('2023-02-29')]).toEqual([true, false])
  })
})

describe('through xsschema (a Standard JSON Schema consumer)', { timeout: 120_000 }, () => {
  it('reads the draft-07 schema of a model from ~standard.jsonSchema, without a vendor adapter', async () => {
    const schema = await xsToJsonSchema(Meeting)
    expect(schema).toEqual(Meeting['~standard'].jsonSchema.input({ target: 'draft-07' }))
    const validate = new Ajv({ strict: true }).compile(schema as AnySchema)
    const meeting = sampleGraphJson().meetings[0]
    expect(validate(meeting)).toBe(true)
    expect(validate({ ...meeting, channel: 'face-to-face' })).toBe(false)
  })

  it('reads a tagged union as a discriminated union', async () => {
    const schema = (await xsToJsonSchema(Actor)) as { definitions: Record<string, { allOf: Array<{ oneOf?: unknown }> }> }
    expect(schema.definitions.Actor!.allOf.at(-1)!.oneOf).toHaveLength(5)
  })

  it('validates with ~standard.validate: the value, or our issues', async () => {
    const meeting = sampleGraphJson().meetings[0]
    await expect(xsValidate(Meeting, meeting)).resolves.toEqual(meeting)
    await expect(xsValidate(Meeting, { ...meeting, channel: 'face-to-face' })).rejects.toThrow(/"path": \[\s*"channel"\s*\]/)
  })
})
