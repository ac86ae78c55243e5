/**
 * Merging generated graphs: a graph merged with itself is itself, merging is commutative and associative
 * up to order, nothing of an input is lost, and the overlapping parts of a graph merge back into it.
 */
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import type { Graph, MergeConflict } from 'news-codecs'
import { mergeGraphs } from 'news-codecs'
import { graphArbitrary } from '../support/arbitraries.js'
import { RUNS, check, property } from '../support/probe.js'

type Json = any

const COLLECTIONS = ['articles', 'actors', 'places', 'events', 'meetings', 'agreements', 'documents', 'statements', 'positions', 'relations', 'votes'] as const

const canonical = (value: Json): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : typeof value === 'object' && value !== null
      ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
      : JSON.stringify(value)

/** The same value with every list sorted, so values equal up to order compare equal. */
const normalise = (value: Json): Json =>
  Array.isArray(value)
    ? value.map(normalise).sort((x, y) => (canonical(x) < canonical(y) ? -1 : canonical(x) > canonical(y) ? 1 : 0))
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]))
      : value

/** Whether two records of one collection of the graph would be joined by an outside identifier or a link. */
const sharesOutsideKey = (graph: Graph): boolean =>
  COLLECTIONS.some((collection) => {
    const seen = new Set<string>()
    return ((graph as Json)[collection] ?? []).some((record: Json) => {
      const keys = new Set<string>([
        ...(record.identifiers ?? []).map((i: Json) => `identifier ${i.scheme} ${i.value}`),
        ...(record.sameAs ?? []).flatMap((link: Json) => [
          link.identifier === undefined ? [] : [`identifier ${link.identifier.scheme} ${link.identifier.value}`],
          link.url === undefined ? [] : [`url ${link.url}`],
          link.graph === undefined ? [] : [`graph ${link.graph}`],
        ].flat()),
      ])
      const clash = [...keys].some((key) => seen.has(key))
      keys.forEach((key) => seen.add(key))
      return clash
    })
  })

/** Two parts of a graph, each record in one part or both, each part keeping the graph's own fields. */
const partsOf = (graph: Graph, choices: ReadonlyArray<number>): [Graph, Graph] => {
  const parts: [Json, Json] = [{ ...graph }, { ...graph }]
  let n = 0
  for (const collection of COLLECTIONS) {
    const records: Json[] | undefined = (graph as Json)[collection]
    if (records === undefined) continue
    parts[0][collection] = []
    parts[1][collection] = []
    for (const record of records) {
      // 0: the first part, 1: the second, 2: both.
      const where = choices[n++ % choices.length]!
      if (where !== 1) parts[0][collection].push(record)
      if (where !== 0) parts[1][collection].push(record)
    }
  }
  return parts
}

/** Whether everything `part` says is in `whole`, ids read through `renamed`. */
const contained = (part: Json, whole: Json, renamed: Readonly<Record<string, string>>): boolean => {
  if (typeof part === 'string') return (Object.prototype.hasOwnProperty.call(renamed, part) ? renamed[part] : part) === whole
  if (Array.isArray(part)) return Array.isArray(whole) && part.every((p) => whole.some((w) => contained(p, w, renamed)))
  if (typeof part === 'object' && part !== null) {
    return typeof whole === 'object' && whole !== null && Object.keys(part).every((key) => key in whole && contained(part[key], whole[key], renamed))
  }
  return part === whole
}

const RUNS_HERE = Math.ceil(RUNS / 3)

describe('merging generated graphs', () => {
  property('a graph merged with itself is itself, with no issue', () => {
    check([graphArbitrary], (graph) => {
      expect(mergeGraphs(graph, graph)).toStrictEqual({ graph, issues: [], renamed: {} })
    }, RUNS_HERE)
  })

  property('merging is commutative up to order', () => {
    check([graphArbitrary, graphArbitrary], (a, b) => {
      const [ab, ba] = [mergeGraphs(a, b), mergeGraphs(b, a)]
      expect(normalise(ab.graph)).toStrictEqual(normalise(ba.graph))
      expect(ab.renamed).toStrictEqual(ba.renamed)
      // Issue paths hold indexes, which follow the order of the inputs: compare what the issues say.
      const said = (issues: typeof ab.issues) => issues.map((issue) => `${issue.code} ${issue.expected} ${issue.received}`).sort()
      expect(said(ab.issues)).toStrictEqual(said(ba.issues))
    }, RUNS_HERE)
  })

  property('nothing of either input is lost: each record is in the result, or its other version in a conflict', () => {
    check([graphArbitrary, graphArbitrary], (a, b) => {
      const { graph, issues, renamed } = mergeGraphs(a, b)
      const conflicts = issues.filter((issue): issue is MergeConflict => issue.code === 'merge_conflict')
      for (const input of [a, b]) {
        for (const collection of COLLECTIONS) {
          for (const record of ((input as Json)[collection] ?? []) as Json[]) {
            const id = Object.prototype.hasOwnProperty.call(renamed, record.id) ? renamed[record.id] : record.id
            const merged = ((graph as Json)[collection] as Json[]).find((r) => r.id === id)
            expect(merged, `${collection} ${record.id}`).toBeDefined()
            if (conflicts.length === 0) expect(contained(record, merged, renamed), `${collection} ${record.id}`).toBe(true)
          }
        }
      }
    }, RUNS_HERE)
  })

  property('the overlapping parts of a graph merge back into it', () => {
    check([graphArbitrary, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 40 })], (graph, choices) => {
      fc.pre(!sharesOutsideKey(graph))
      const [first, second] = partsOf(graph, choices)
      const { graph: merged, issues, renamed } = mergeGraphs(first, second)
      expect(issues).toStrictEqual([])
      expect(renamed).toStrictEqual({})
      expect(normalise(merged)).toStrictEqual(normalise(graph))
    }, RUNS_HERE)
  })

  property('merging is associative up to order', () => {
    check([graphArbitrary, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 40 })], (graph, one, two) => {
      fc.pre(!sharesOutsideKey(graph))
      // Three overlapping parts of one graph, each with only some of its records.
      const [a, rest] = partsOf(graph, one)
      const [b, c] = partsOf(rest, two)
      const left = mergeGraphs(mergeGraphs(a, b).graph, c).graph
      const right = mergeGraphs(a, mergeGraphs(b, c).graph).graph
      expect(normalise(left)).toStrictEqual(normalise(right))
    }, RUNS_HERE)
  })
})
