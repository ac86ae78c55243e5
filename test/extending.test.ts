// A model of one's own, made by adding one optional reference to Meeting, is handled by every tool that
// reads the model (guards, JSON Schema, graph checks, index, JSON-LD, generators) with no edit outside
// its definition: each of them reads the codec tree.
import * as fc from 'fast-check'
import * as t from 'io-ts'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  arrayOf,
  checkGraph,
  factsAbout,
  factsOfActor,
  Graph,
  indexGraph,
  Meeting,
  ref,
  referencesTo,
  struct,
  toJsonLd,
  toJsonSchema,
  validateGraphWith,
} from 'news-codecs'
import { compileGuards } from '../scripts/compile-guards.js'
import { arbitraryOf } from './support/arbitraries.js'
import { mutate, prng } from './support/record-arbitraries.js'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

// The whole definition: a meeting that may name its chair, and a graph of such meetings.
const ChairedMeeting = struct('ChairedMeeting', Meeting.required, { ...Meeting.optional, chair: ref('actor').as('chair') })
const ChairedGraph = struct('ChairedGraph', { ...Graph.required, meetings: arrayOf(ChairedMeeting) })

// The sample graph, whose meeting is chaired by a state that is not among its participants.
const chaired = (chair: unknown = 'state:PT'): any => {
  const graph = sampleGraphJson()
  graph.meetings[0].chair = chair
  return graph
}

/** The guard the compiler writes for a codec, compiled here from its TypeScript source. */
const guardFor = (codec: t.Mixed): ((u: unknown) => boolean) => {
  const leaves: t.Mixed[] = []
  const leafName = (leaf: t.Mixed): string => {
    if (!leaves.includes(leaf)) leaves.push(leaf)
    return `leaf${leaves.indexOf(leaf)}`
  }
  const { functions, roots } = compileGuards([codec], leafName)
  const source = `${functions.join('\n').replace(/^export /gm, '')}\nreturn ${roots.get(codec)}`
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...leaves.map((_, i) => `leaf${i}`), js)(...leaves) as (u: unknown) => boolean
}

describe('a model extended with one optional reference', () => {
  // Compiling TypeScript and JSON Schema takes seconds on a loaded machine: these two get 30 s.
  it('the compiled guard accepts the new field, rejects a bad one, and agrees with the decoder', () => {
    const guard = guardFor(ChairedGraph)
    expect(guard(chaired())).toBe(true)
    expect(guard(chaired('has space'))).toBe(false)
    expect(guard(chaired(42))).toBe(false)
    // The library's own Graph guard has no such key.
    expect(guard({ ...chaired(), extra: 1 })).toBe(false)
    const random = prng(7)
    let disagreements = 0
    for (let i = 0; i < 500; i++) {
      const input = mutate(chaired(), random)
      if (guard(input) !== (ChairedGraph.decode(input)._tag === 'Right')) disagreements++
    }
    expect(disagreements).toBe(0)
  }, 30_000)

  it('the JSON Schema has the field, as an id, and ajv holds a graph to it', () => {
    const schema = toJsonSchema(ChairedGraph) as any
    expect(schema.$defs.ChairedMeeting.properties.chair.$ref).toBe('#/$defs/Id')
    expect(schema.$defs.ChairedMeeting.required).not.toContain('chair')
    const validate = compileStrict(schema)
    expect(validate(chaired())).toBe(true)
    expect(validate(chaired('has space'))).toBe(false)
    // Graph's own schema has no such key.
    expect(compileStrict(toJsonSchema(Graph))(chaired())).toBe(false)
  }, 30_000)

  it('the graph checks resolve the reference, with its path', () => {
    expect(validateGraphWith(ChairedGraph)(chaired())._tag).toBe('Right')
    const dangling = validateGraphWith(ChairedGraph)(chaired('person:nobody'))
    expect(dangling._tag === 'Left' && dangling.left.map((i) => [i.path, i.code])).toEqual([[['meetings', 0, 'chair'], 'dangling_reference']])
    const wrongKind = checkGraph(chaired('place:lisbon'), ChairedGraph)
    expect(wrongKind.map((i) => [i.path, i.code])).toEqual([[['meetings', 0, 'chair'], 'wrong_reference_kind']])
  })

  it('the index finds the meeting among the facts of its chair, by the role', () => {
    const index = indexGraph(chaired(), ChairedGraph)
    expect(factsOfActor('state:PT')(index).map((fact) => fact.record.id)).toContain('meeting:sample')
    expect(referencesTo('state:PT')(index).map(({ role, path }) => [role, path])).toContainEqual(['chair', ['chair']])
    expect(factsAbout('state:PT')(index).map((fact) => fact.record.id)).not.toContain('meeting:sample')
    // Read with the library's Graph, the same data has no chair.
    expect(factsOfActor('state:PT')(indexGraph(chaired())).map((fact) => fact.record.id)).not.toContain('meeting:sample')
  })

  it('the JSON-LD export carries the field as a link', () => {
    const doc = toJsonLd(chaired(), { codec: ChairedGraph })
    const meeting = doc['@graph'].find((node) => node['@id'] === 'urn:news-codecs:meeting:sample')!
    expect(meeting['nc:chair']).toEqual({ '@id': 'urn:news-codecs:state:PT' })
  })

  it('the generated values include the field, and every one decodes', () => {
    const values = fc.sample(arbitraryOf(ChairedMeeting), { numRuns: 200, seed: 3 }) as Array<Record<string, unknown>>
    expect(values.some((value) => 'chair' in value)).toBe(true)
    expect(values.every((value) => ChairedMeeting.is(value) && ChairedMeeting.decode(value)._tag === 'Right')).toBe(true)
  })
})
