import { describe, expect, it } from 'vitest'
import type { Edtf, Graph } from 'news-codecs'
import {
  coverageOf,
  datedFacts,
  datedFactsDuring,
  factsOfActor,
  factsSupportedBy,
  indexGraph,
  lookup,
  lookupActor,
  meetingsBetween,
  meetingsOf,
  positionsOn,
  validateGraph,
} from 'news-codecs'
import { pipe } from 'fp-ts/lib/function.js'
import { isNone, isSome } from 'fp-ts/lib/Option.js'
import { generateGraph } from '../bench/generate.js'
import { scanDatedDuring, scanMeetingsBetween, scanMeetingsOf, scanPositionsOn, scanSupportedBy } from '../bench/scan.js'

const sorted = (xs: ReadonlyArray<string>): string[] => [...xs].sort()

describe('generateGraph', () => {
  it('makes a graph validateGraph accepts, with exactly the facts asked for', () => {
    const graph = generateGraph({ facts: 1000, seed: 3 })
    const result = validateGraph(JSON.parse(JSON.stringify(graph)))
    expect(result._tag === 'Left' ? result.left.slice(0, 3) : []).toEqual([])
    const facts = graph.events.length + graph.meetings.length + graph.agreements.length + graph.documents.length +
      graph.statements.length + graph.positions.length + graph.relations.length
    expect(facts).toBe(1000)
  })
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateGraph({ facts: 500, seed: 9 }))).toBe(JSON.stringify(generateGraph({ facts: 500, seed: 9 })))
    expect(JSON.stringify(generateGraph({ facts: 500, seed: 9 }))).not.toBe(JSON.stringify(generateGraph({ facts: 500, seed: 10 })))
  })
  it('stays valid at 10^4 facts over several articles', () => {
    const graph = generateGraph({ facts: 10_000, seed: 5 })
    expect(graph.articles.length).toBe(10)
    expect(validateGraph(graph)._tag).toBe('Right')
  })
})

describe('indexGraph agrees with a plain scan', () => {
  const graph: Graph = generateGraph({ facts: 4000, seed: 11 })
  const index = indexGraph(graph)
  const actors = graph.actors.map((a) => a.id)

  it('by actor, oldest first', () => {
    for (const actor of actors.slice(0, 60)) {
      expect(meetingsOf(actor)(index).map((m) => m.id)).toEqual(scanMeetingsOf(graph, actor).map((m) => m.id))
    }
  })
  it('by pair of actors, either way round', () => {
    for (const [a, b] of graph.meetings.slice(0, 80).map((m) => [m.participants[0]!, m.participants[1]!] as const)) {
      const expected = sorted(scanMeetingsBetween(graph, a, b).map((m) => m.id))
      expect(expected.length).toBeGreaterThan(0)
      expect(sorted(meetingsBetween(a, b)(index).map((m) => m.id))).toEqual(expected)
      expect(sorted(meetingsBetween(b, a)(index).map((m) => m.id))).toEqual(expected)
    }
  })
  it('by target', () => {
    const targets = graph.positions.slice(0, 80).map((p) => (p.target.kind === 'paragraph' ? p.target.paragraph : p.target.kind === 'actor' ? p.target.actor : ''))
    for (const target of targets) expect(sorted(positionsOn(target)(index).map((p) => p.id))).toEqual(sorted(scanPositionsOn(graph, target).map((p) => p.id)))
  })
  it('by date range, at every precision, including open intervals', () => {
    for (const when of ['2003', '2010-06', '2017-02-14', '2024-12-31', '1999', '2001-03-01T10:00Z']) {
      const span = coverageOf(when as Edtf)
      const found = datedFactsDuring(span)(index).map((d) => d.fact.record.id)
      expect(sorted(found)).toEqual(sorted(scanDatedDuring(graph, span)))
    }
    expect(datedFacts(index).length).toBe(scanDatedDuring(graph, { start: -Infinity, end: Infinity }).length)
  })
  it('by date range, oldest first', () => {
    const found = datedFactsDuring(coverageOf('2010' as Edtf))(index).map((d) => coverageOf(d.time.value).start)
    expect(found).toEqual([...found].sort((a, b) => a - b))
  })
  it('by article span', () => {
    for (const [start, end] of [[0, 40], [1000, 1300], [5000, 5001], [0, 1e9]] as const) {
      const found = factsSupportedBy('article:2', start, end)(index).map((s) => s.fact.record.id)
      expect(sorted(found)).toEqual(sorted(scanSupportedBy(graph, 'article:2', start, end)))
    }
  })
  it('by id, and none for an unknown id', () => {
    expect(pipe(index, lookup(graph.meetings[5]!.id), isSome)).toBe(true)
    expect(pipe(index, lookupActor(actors[0]!), isSome)).toBe(true)
    expect(pipe(index, lookupActor(graph.meetings[5]!.id), isNone)).toBe(true)
    expect(pipe(index, lookup('nothing:here'), isNone)).toBe(true)
    expect(factsOfActor('nothing:here')(index)).toEqual([])
  })
})
