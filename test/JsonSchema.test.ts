import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { Graph, jsonSchemaFor, jsonSchemaNames, struct, toJsonSchema, NonEmptyString } from 'news-codecs'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

const root = fileURLToPath(new URL('..', import.meta.url))

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
    const schema = jsonSchemaFor('Graph') as any
    expect(schema.$ref).toBe('#/$defs/Graph')
    const meeting = schema.$defs.Meeting
    expect(meeting.additionalProperties).toBe(false)
    expect(meeting.required).toEqual(['id', 'participants', 'channel'])
    expect(meeting.properties.channel).toEqual({ $ref: '#/$defs/Channel', description: 'How they met.' })
    expect(meeting.properties.participants.minItems).toBe(1)
    expect(schema.$defs.Channel.anyOf[0]).toEqual({ type: 'string', enum: ['in-person', 'phone', 'video', 'written', 'unknown'] })
    expect(schema.$defs.Actor.anyOf).toHaveLength(5)
    expect(schema.$defs.CountryCode.enum).toHaveLength(249)
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
