import { describe, expect, it } from 'vitest'
import { coverageOf, datedFacts, Evidence, evidenceInFact, factsOfActor, factsOfGraph, indexGraph, meetingsBetween, referencesTo, Graph } from 'news-codecs'
import type { Fact, Time } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { generateGraph } from '../bench/generate.js'
import { referencesIn, walkValue } from '../src/internal/CodecTree.js'
import { collectionCodecs, FACT_COLLECTIONS } from '../src/internal/records.js'
import { fixtureJson, fixtureNames } from './support/fixtures.js'

// The index is built in one pass that shares paths, gathers dated entries by the span they cover and walks
// only the parts of a fact that hold references or evidence. What it answers must be what a plain reading
// of the graph gives.

const graphs: ReadonlyArray<readonly [string, Graph]> = [
  ['canonical', canonicalGraph],
  ...fixtureNames.map((name) => [name, fixtureJson(name) as Graph] as const),
  ['generated', generateGraph({ facts: 3000, seed: 5 })],
]

const compare = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0)

/** Every dated part of every fact, by start then end, ties in the order of the facts (a stable sort). */
const datedByHand = (graph: Graph): string[] =>
  factsOfGraph(graph)
    .flatMap((fact) => {
      const parts: Array<readonly [Time, ReadonlyArray<string | number>]> =
        fact.kind === 'agreement' ? fact.record.lifecycle.map((act, i) => [act.time, ['lifecycle', i, 'time']] as const) : fact.record.time === undefined ? [] : [[fact.record.time, ['time']]]
      return parts.map(([time, path]) => ({ fact, time, path, ...coverageOf(time.value) }))
    })
    .sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end))
    .map(({ fact, time, path }) => `${fact.record.id} ${path.join('.')} ${time.value}`)

describe('indexGraph', () => {
  for (const [name, graph] of graphs) {
    it(`orders the dated parts of ${name} as a stable sort by span does`, () => {
      const index = indexGraph(graph, { history: true })
      expect(datedFacts(index).map((d) => `${d.fact.record.id} ${d.path.join('.')} ${d.time.value}`)).toEqual(datedByHand(graph))
    })

    it(`keeps the path of every reference of ${name}, as a walk of each fact finds them`, () => {
      const index = indexGraph(graph, { history: true })
      const byHand = new Map<string, string[]>()
      const codecs = collectionCodecs(Graph)
      const collectionOf = new Map(Object.entries(FACT_COLLECTIONS).map(([collection, kind]) => [kind as string, collection]))
      for (const fact of factsOfGraph(graph)) {
        for (const found of referencesIn(codecs.get(collectionOf.get(fact.kind)!)!, fact.record)) {
          const list = byHand.get(found.id) ?? []
          list.push(`${fact.record.id} ${found.node.role ?? ''} ${found.path.join('.')}`)
          byHand.set(found.id, list)
        }
      }
      for (const [id, expected] of byHand) {
        expect(referencesTo(id)(index).map((r) => `${r.fact.record.id} ${r.role ?? ''} ${r.path.join('.')}`)).toEqual(expected)
      }
    })
  }

  it('gives each fact its own evidence, as a walk of that fact finds it, and none to a fact it does not hold', () => {
    const graph = generateGraph({ facts: 200, seed: 4 })
    const index = indexGraph(graph)
    const codecs = collectionCodecs(Graph)
    const collectionOf = new Map(Object.entries(FACT_COLLECTIONS).map(([collection, kind]) => [kind as string, collection]))
    for (const fact of index.facts) {
      const expected: string[] = []
      walkValue(codecs.get(collectionOf.get(fact.kind)!)!, fact.record, (node, value, path) => {
        if (node.codec === Evidence) expected.push(`${path.join('.')} ${JSON.stringify(value)}`)
      })
      const found = evidenceInFact(fact)(index)
      expect(found.map((e) => `${e.path.join('.')} ${JSON.stringify(e.evidence)}`)).toEqual(expected)
      expect(found.every((e) => e.fact === fact)).toBe(true)
      // The same record in a fact object of one's own finds the index's fact.
      expect(evidenceInFact({ ...fact } as Fact)(index).map((e) => e.fact)).toEqual(found.map(() => fact))
    }
    const stranger = { ...graph.meetings[0]! } // the same values in another object: not a fact of the index
    expect(evidenceInFact({ kind: 'meeting', record: stranger })(index)).toEqual([])
  })

  it('keeps the evidence of each of two facts that share an id', () => {
    const graph = generateGraph({ facts: 40, seed: 6 })
    const [first, second] = graph.meetings
    const twin = { ...second!, id: first!.id }
    const index = indexGraph({ ...graph, meetings: [first!, twin, ...graph.meetings.slice(2)] } as Graph)
    const of = (record: typeof first) => index.facts.find((f) => f.record === record)!
    expect(evidenceInFact(of(first))(index).map((e) => e.evidence)).toEqual(first!.evidence)
    expect(evidenceInFact(of(twin))(index).map((e) => e.evidence)).toEqual(twin.evidence)
  })

  it('shares one frozen array for equal paths', () => {
    const index = indexGraph(canonicalGraph)
    const paths = factsOfGraph(canonicalGraph).flatMap((fact: Fact) => evidenceInFact(fact)(index).map((e) => e.path))
    const first = paths.find((p) => p.join('.') === 'evidence.0')!
    expect(paths.filter((p) => p.join('.') === 'evidence.0').every((p) => p === first)).toBe(true)
    expect(Object.isFrozen(first)).toBe(true)
  })

  it('pairs the participants of a meeting once each, however often one is named', () => {
    const graph = generateGraph({ facts: 40, seed: 2 })
    const meeting = graph.meetings[0]!
    const [a, b] = meeting.participants
    const twice = { ...graph, meetings: [{ ...meeting, participants: [a!, b!, a!, b!] }, ...graph.meetings.slice(1)] } as Graph
    const index = indexGraph(twice)
    expect(meetingsBetween(a!, b!)(index).filter((m) => m.id === meeting.id)).toHaveLength(1)
    expect(meetingsBetween(a!, a!)(index).filter((m) => m.id === meeting.id)).toHaveLength(0)
    expect(factsOfActor(a!)(index).filter((f) => f.record.id === meeting.id)).toHaveLength(1)
  })
})
