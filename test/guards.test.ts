import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Agreement,
  Article,
  decodeWith,
  Document,
  Event,
  Graph,
  Meeting,
  Place,
  Position,
  Relation,
  Statement,
  validateGraph,
  Vote,
} from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'
import { generateGuards } from '../scripts/compile-guards.js'
import { arbitraryOf, mutate, prng } from './support/record-arbitraries.js'
import { sampleGraphJson } from './support/sample.js'

const guardOf = new Map(compiledGuards)
const guard = (codec: t.Mixed): ((u: unknown) => boolean) => {
  const found = guardOf.get(codec)
  if (found === undefined) throw new Error(`no compiled guard for ${codec.name}`)
  return found
}

const models: ReadonlyArray<readonly [string, t.Mixed]> = [
  ['articles', Article],
  ['actors', Actor],
  ['places', Place],
  ['events', Event],
  ['meetings', Meeting],
  ['agreements', Agreement],
  ['documents', Document],
  ['statements', Statement],
  ['positions', Position],
  ['relations', Relation],
  ['votes', Vote],
]

describe('compiled guards', () => {
  it('the walk-only variant the benchmarks use as a floor makes the same walk, with each refined check replaced', async () => {
    const withoutImports = (source: string): string => source.replace(/^import .*\n/gm, '')
    const real = withoutImports(await generateGuards())
    const walk = withoutImports(await generateGuards({ structureOnly: true }))
    expect(real).toMatch(/\bId\.is\(v\)/)
    expect(walk).not.toMatch(/\.is\(/)
    expect(real).toMatch(/\bEvidence\.rulesHold\(o /)
    // Rules on the whole record are refined checks too: the walk leaves them out.
    const realWalked = real.replace(/\b[A-Z][A-Za-z]*\.is\((u|v)\)/g, '$1 !== undefined').replace(/ && [A-Z][A-Za-z]*\.rulesHold\(o as [^)]*\)/g, '')
    expect(walk).toBe(realWalked)
  })

  it('there is a guard for the Graph and every model', () => {
    for (const [, codec] of [...models, ['graph', Graph] as const]) expect(guard(codec)).toBeTypeOf('function')
  })

  it('valid records come back as the very input, and encode to an equal value', () => {
    const graph = sampleGraphJson()
    const checked: unknown[] = [graph]
    expect(guard(Graph)(graph)).toBe(true)
    const viaGuard = validateGraph(graph)
    expect(viaGuard._tag === 'Right' && viaGuard.right).toBe(graph)
    const viaDecoder = Graph.decode(graph)
    expect(viaDecoder._tag === 'Right' && viaDecoder.right).toBe(graph)
    expect(Graph.encode(graph)).toEqual(graph)
    for (const [collection, codec] of models) {
      for (const record of (graph[collection] ?? []) as unknown[]) {
        const decoded = decodeWith(codec)(record)
        expect(decoded._tag === 'Right' && decoded.right).toBe(record)
        const plain = codec.decode(record)
        expect(plain._tag === 'Right' && plain.right).toBe(record)
        expect(codec.encode(record)).toEqual(record)
        checked.push(record)
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(9)
  })

  it('a failing guard falls back to the decoder for the issue list', () => {
    const graph = sampleGraphJson()
    graph.meetings[0].channel = 'face-to-face'
    const result = validateGraph(graph)
    expect(result._tag).toBe('Left')
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.join('.'), i.code])).toEqual([['meetings.0.channel', 'invalid_value']])
  })

  // The same comparison on values that are not parsed JSON: each object of a record rebuilt as a class
  // instance, a null-prototype object, one whose keys are own getters, or one that inherits a key.
  it('agree with the decoders on class instances, getters, prototypes and null-prototype objects', () => {
    class Record_ {}
    const shapes: ReadonlyArray<(o: Record<string, unknown>) => object> = [
      (o) => Object.assign(new Record_(), o),
      (o) => Object.assign(Object.create(null), o),
      (o) => Object.defineProperties({}, Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { get: () => v, enumerable: true }]))),
      (o) => {
        // The first key moves to the prototype: no longer part of the record.
        const [first, ...rest] = Object.keys(o)
        return first === undefined ? o : Object.assign(Object.create({ [first]: o[first] }), Object.fromEntries(rest.map((k) => [k, o[k]])))
      },
      (o) => Object.defineProperty({ ...o }, 'hidden', { value: 1, enumerable: false }),
    ]
    const reshape = (value: unknown, shape: (o: Record<string, unknown>) => object, random: () => number): unknown => {
      if (Array.isArray(value)) return value.map((v) => reshape(v, shape, random))
      if (typeof value !== 'object' || value === null) return value
      const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reshape(v, shape, random)]))
      return random() < 0.5 ? shape(copy) : copy
    }
    const random = prng(20261201)
    const disagreements: unknown[] = []
    let records = 0
    let accepted = 0
    for (const [name, codec] of models) {
      for (const record of fc.sample(arbitraryOf(codec), { numRuns: 60, seed: 11 })) {
        for (const shape of shapes) {
          const input = reshape(record, shape, random)
          const byDecoder = codec.decode(input)._tag === 'Right'
          records++
          if (byDecoder) accepted++
          if (guard(codec)(input) !== byDecoder) disagreements.push({ name, input })
        }
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([])
    expect(accepted).toBeGreaterThan(records / 10)
    expect(records - accepted).toBeGreaterThan(records / 10)
  }, 60_000)

  // CI runs a sample of a few seconds; `npm run test:differential` runs the full 100,000+ records.
  const target = Number(process.env['DIFFERENTIAL_RECORDS'] ?? 10_000)

  it(`accept exactly what the io-ts decoders accept on ${target.toLocaleString('en')}+ generated and mutated records`, () => {
    const random = prng(20261129)
    let records = 0
    let accepted = 0
    const disagreements: Array<{ model: string; record: unknown; guard: boolean; decoder: boolean }> = []
    const compare = (name: string, codec: t.Mixed, record: unknown): void => {
      const byGuard = guard(codec)(record)
      const decoded = codec.decode(record)
      const byDecoder = decoded._tag === 'Right'
      records++
      if (byDecoder) {
        accepted++
        // What lets a passing guard return its input: the decoder returns it unchanged.
        if (decoded.right !== record) disagreements.push({ model: `${name} (decoder copied the input)`, record, guard: byGuard, decoder: byDecoder })
      }
      if (byGuard !== byDecoder && disagreements.length < 5) disagreements.push({ model: name, record, guard: byGuard, decoder: byDecoder })
    }

    // Per model: generated records and the sample's own, each as is and in 19 mutated copies.
    const sample = sampleGraphJson()
    for (const [collection, codec] of models) {
      const bases = [...((sample[collection] ?? []) as unknown[]), ...fc.sample(arbitraryOf(codec), { numRuns: Math.ceil((target * 0.9) / 200), seed: 9 })]
      for (const record of bases) {
        compare(collection, codec, record)
        for (let i = 0; i < 19; i++) compare(collection, codec, mutate(record, random))
      }
    }
    // Whole graphs: the sample and generated ones, mutated anywhere.
    const graphs = [sample, ...fc.sample(arbitraryOf(Graph), { numRuns: Math.ceil((target * 0.1) / 10), seed: 9 })]
    for (const graph of graphs) {
      compare('graph', Graph, graph)
      for (let i = 0; i < 9; i++) compare('graph', Graph, mutate(graph, random))
    }

    console.log(`guards vs io-ts decoders: ${records} records (${accepted} accepted, ${records - accepted} rejected), ${disagreements.length} disagreements`)
    expect(disagreements).toEqual([])
    expect(records).toBeGreaterThanOrEqual(target)
    // Both sides are exercised: a fair share of records is valid and a fair share is not.
    expect(accepted).toBeGreaterThan(records / 10)
    expect(records - accepted).toBeGreaterThan(records / 5)
  }, 600_000)
})
