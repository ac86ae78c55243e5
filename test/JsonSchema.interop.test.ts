// The shipped JSON Schemas as other stacks use them: ajv in strict mode with every file added by its $id,
// Python's jsonschema with a registry of the files, and json-schema-to-typescript generating types from them.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject } from 'ajv'
import { compileFromFile } from 'json-schema-to-typescript'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { jsonSchemaFor, jsonSchemaId, jsonSchemaNames } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const schemas = `${root}schemas/`
const files = jsonSchemaNames.map((name) => JSON.parse(readFileSync(`${schemas}${name}.schema.json`, 'utf8')) as Record<string, unknown>)

// A graph whose first person has lost its name.
const graphWithNamelessPerson = (): { graph: any; index: number } => {
  const graph = sampleGraphJson()
  const index = graph.actors.findIndex((actor: { kind: string }) => actor.kind === 'person')
  delete graph.actors[index].name
  return { graph, index }
}

describe('ajv (strict mode), every file added by its $id', { timeout: 60_000 }, () => {
  const ajv = new Ajv2020({ strict: true, verbose: true, schemas: files })

  it('compiles every schema, each resolving its references into the others', () => {
    for (const name of jsonSchemaNames) expect(ajv.getSchema(jsonSchemaId(name)), name).toBeTypeOf('function')
  })

  it('needs the other files: alone, a schema that refers to one does not compile', () => {
    expect(() => new Ajv2020({ strict: true }).compile(files[jsonSchemaNames.indexOf('Meeting')]!)).toThrow(/can't resolve reference Evidence\.schema\.json/)
  })

  it('accepts the sample graph, each fixture, and their records', () => {
    const graph = ajv.getSchema(jsonSchemaId('Graph'))!
    expect(graph(sampleGraphJson()), JSON.stringify(graph.errors)).toBe(true)
    for (const fixture of ['canonical', 'sample']) expect(graph(JSON.parse(readFileSync(`${root}fixtures/${fixture}.graph.json`, 'utf8'))), fixture).toBe(true)
    const actor = ajv.getSchema(jsonSchemaId('Actor'))!
    for (const record of sampleGraphJson().actors) expect(actor(record)).toBe(true)
  })

  it('stops at the member the tag names: a person without a name is reported as the Person missing name', () => {
    const { graph, index } = graphWithNamelessPerson()
    const validate = ajv.getSchema(jsonSchemaId('Graph'))!
    expect(validate(graph)).toBe(false)
    const errors = validate.errors as ReadonlyArray<ErrorObject>
    // The first error: Person's `required`, at the actor, naming the field.
    expect(errors[0]).toMatchObject({ instancePath: `/actors/${index}`, keyword: 'required', params: { missingProperty: 'name' } })
    expect((errors[0]!.parentSchema as { title?: string }).title).toBe('Person')
    // Then the branch that chose Person: the `if` on kind "person" whose `then` failed. No other member speaks.
    expect(errors[1]).toMatchObject({ instancePath: `/actors/${index}`, keyword: 'if', params: { failingKeyword: 'then' } })
    expect(errors[1]!.parentSchema).toMatchObject({ if: { properties: { kind: { const: 'person' } } }, then: { $ref: '#/$defs/Person' } })
    expect(errors).toHaveLength(2)
  })
})

// Python's jsonschema, where it is installed (Debian: python3-jsonschema; CI installs it when apt can).
const python = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' })
const hasPythonJsonschema = python.status === 0
if (!hasPythonJsonschema) {
  console.warn(
    '\n\n*** SKIPPED: the Python jsonschema test. python3 with the jsonschema package is not installed here ' +
      '(apt-get install python3-jsonschema, or pip install jsonschema). ***\n\n',
  )
}
const bestMatch = (model: string, instance: unknown): { message: string; path: Array<string | number>; keyword: string; branch: string | null } =>
  JSON.parse(execFileSync('python3', [`${root}test/support/best-match.py`, schemas, model], { input: JSON.stringify(instance), encoding: 'utf8' }))

describe.skipIf(!hasPythonJsonschema)('Python jsonschema, every file in a registry by its $id', { timeout: 60_000 }, () => {
  it('accepts the sample graph', () => {
    expect(bestMatch('Graph', sampleGraphJson())).toBeNull()
  })

  it('best_match names the Person branch and its missing name, for an actor alone and inside a graph', () => {
    expect(bestMatch('Actor', { kind: 'person', id: 'person:x' })).toEqual({ message: "'name' is a required property", path: [], keyword: 'required', branch: 'Person' })
    const { graph, index } = graphWithNamelessPerson()
    expect(bestMatch('Graph', graph)).toEqual({ message: "'name' is a required property", path: ['actors', index], keyword: 'required', branch: 'Person' })
  })

  it('best_match names the member of any kind: a state without its country code', () => {
    expect(bestMatch('Actor', { kind: 'state', id: 'state:PT', name: 'Portugal' })).toEqual({
      message: "'countryCode' is a required property", path: [], keyword: 'required', branch: 'State',
    })
  })
})

describe('json-schema-to-typescript', { timeout: 120_000 }, () => {
  const generate = (name: string): Promise<string> => compileFromFile(`${schemas}${name}.schema.json`, { bannerComment: '', additionalProperties: false })

  it('turns Actor and Graph into discriminated unions that tsc narrows by kind', async () => {
    const actor = await generate('Actor')
    expect(actor).toContain('export type Actor = Person | State | Organization | Group | AnonymousSource;')
    expect(actor).toMatch(/export interface Person \{\n(?:.*\n)*?\s+kind: "person";/)
    expect(actor).toMatch(/export interface State \{\n(?:.*\n)*?\s+kind: "state";/)
    const graph = await generate('Graph')
    expect(graph).toContain('export type Actor = Person | State | Organization | Group | AnonymousSource;')
    expect(graph).toMatch(/export interface Graph \{\n(?:.*\n)*?\s+actors: Actor\[\];/)

    const dir = mkdtempSync(join(tmpdir(), 'news-codecs-types-'))
    try {
      writeFileSync(join(dir, 'graph.ts'), graph)
      writeFileSync(
        join(dir, 'use.ts'),
        [
          "import type { Actor, Graph } from './graph'",
          // Narrowing by kind reaches the member's own fields, and only those.
          "export const nationality = (actor: Actor) => (actor.kind === 'person' ? actor.nationality : undefined)",
          "export const codes = (graph: Graph) => graph.actors.flatMap((actor) => (actor.kind === 'state' ? [actor.countryCode] : []))",
          '// @ts-expect-error a state has no nationality',
          "export const wrong = (actor: Actor) => (actor.kind === 'state' ? actor.nationality : undefined)",
          '',
        ].join('\n'),
      )
      const program = ts.createProgram([join(dir, 'graph.ts'), join(dir, 'use.ts')], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true })
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      expect(diagnostics).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the shipped files', () => {
  it('each file parses to the document jsonSchemaFor gives', () => {
    for (const [i, name] of jsonSchemaNames.entries()) expect(files[i], name).toEqual(jsonSchemaFor(name))
  })
})
