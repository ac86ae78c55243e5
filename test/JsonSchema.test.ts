import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { Graph, JSON_SCHEMA_BASE, jsonSchemaFor, jsonSchemaId, jsonSchemaNames, struct, toJsonSchema, NonEmptyString } from 'news-codecs'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

const root = fileURLToPath(new URL('..', import.meta.url))
// The files' $id names the package version they ship in: a release that bumps the version regenerates them.
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }

describe('JSON Schema export', { timeout: 60_000 }, () => {
  it('one schema file ships per model', () => {
    expect(readdirSync(`${root}schemas`).sort()).toEqual(jsonSchemaNames.map((n) => `${n}.schema.json`).sort())
  })

  it('every schema compiles with ajv in strict mode', () => {
    for (const name of jsonSchemaNames) {
      expect(() => compileStrict(jsonSchemaFor(name)), name).not.toThrow()
    }
  })

  it('named codecs become $defs with $ref, structs reject unexpected keys and carry field docs', () => {
    const meeting = jsonSchemaFor('Meeting') as any
    expect(meeting.additionalProperties).toBe(false)
    expect(meeting.required).toEqual(['id', 'participants', 'channel'])
    expect(meeting.properties.channel).toEqual({ $ref: '#/$defs/Channel', description: 'How they met.' })
    expect(meeting.properties.participants.minItems).toBe(1)
    expect(meeting.$defs.Channel.anyOf[0]).toEqual({ type: 'string', enum: ['in-person', 'phone', 'video', 'written', 'unknown'] })
    expect(meeting.$defs.Channel.title).toBe('Channel')
    const actor = jsonSchemaFor('Actor') as any
    // A tagged union: one if/then per tag, then the oneOf of the members, each fixing its tag.
    expect(actor.allOf).toHaveLength(6)
    expect(actor.allOf[0]).toEqual({ if: { type: 'object', properties: { kind: { const: 'person' } }, required: ['kind'] }, then: { $ref: '#/$defs/Person' } })
    expect(actor.allOf[5].oneOf.map((member: { $ref: string }) => member.$ref)).toEqual(['Person', 'State', 'Organization', 'Group', 'AnonymousSource'].map((n) => `#/$defs/${n}`))
    expect(actor.$defs.State.properties.kind).toEqual({ type: 'string', const: 'state' })
    expect(actor.$defs.CountryCode.enum).toHaveLength(249)
  })

  it('each file is its model, with its $id, and names the other models by their files', () => {
    for (const name of jsonSchemaNames) {
      const schema = jsonSchemaFor(name) as any
      expect(schema.$id, name).toBe(`https://unpkg.com/news-codecs@${version}/schemas/${name}.schema.json`)
      expect(schema.$id, name).toBe(jsonSchemaId(name))
      expect(schema.title, name).toBe(name)
      expect(schema.$defs[name], name).toBeUndefined()
      const refs = JSON.stringify(schema).match(/"\$ref":"[^"#][^"]*"/g) ?? []
      for (const ref of refs) expect(jsonSchemaNames.map((n) => `"$ref":"${n}.schema.json"`), `${name}: ${ref}`).toContain(ref)
    }
    const graph = jsonSchemaFor('Graph') as any
    expect(graph.properties.meetings.items).toEqual({ $ref: 'Meeting.schema.json' })
    expect(graph.properties.actors.items).toEqual({ $ref: 'Actor.schema.json' })
    expect((jsonSchemaFor('Meeting') as any).properties.evidence.items).toEqual({ $ref: 'Evidence.schema.json' })
    expect(JSON_SCHEMA_BASE).toBe(`https://unpkg.com/news-codecs@${version}/schemas/`)
  })

  it('toJsonSchema gives one self-contained document, with no $id and no other file', () => {
    const schema = toJsonSchema(Graph) as any
    expect(schema.$id).toBeUndefined()
    expect(schema.$ref).toBe('#/$defs/Graph')
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"[^#]/)
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining([...jsonSchemaNames]))
  })

  it('an unknown codec is an error at export time, never {}', () => {
    const Odd = struct('Odd', { when: t.union([t.string, t.number]) })
    expect(() => toJsonSchema(Odd)).toThrow(/codec "\(string \| number\)" \(UnionType\) is not part of the model's codec tree/)
    expect(() => toJsonSchema(struct('Fine', { text: NonEmptyString }))).not.toThrow()
  })

  it('an unknown name is a clear error', () => {
    expect(() => jsonSchemaFor('Nope')).toThrow(/no JSON Schema named "Nope": expected one of Graph, /)
  })

  it('ajv accepts the sample graph', () => {
    const validate = compileStrict(jsonSchemaFor('Graph'))
    expect(Graph.is(sampleGraphJson())).toBe(true)
    expect(validate(sampleGraphJson())).toBe(true)
  })

  it('the built package exports the schema files at news-codecs/schemas/*', () => {
    const script = `const file = require('news-codecs/schemas/Graph.schema.json'); const nc = require('news-codecs');
      console.log(JSON.stringify(file) === JSON.stringify(nc.jsonSchemaFor('Graph')))`
    expect(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim()).toBe('true')
  })
})
