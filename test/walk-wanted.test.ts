import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { Evidence, Graph, Meeting, Statement } from 'news-codecs'
import type { CodecNode, Wanted } from '../src/internal/CodecTree.js'
import { walkValue, walkWanted } from '../src/internal/CodecTree.js'
import { fixtureJson, fixtureNames } from './support/fixtures.js'
import { arbitraryOf } from './support/record-arbitraries.js'

// The walk the graph checks and the index make visits only the nodes they look at, and skips what holds none
// of them: it must visit exactly what the full walk visits and then keeps, in the same order, at the same paths.

const WANTED: ReadonlyArray<readonly [string, Wanted]> = [
  ['references', (node) => node.tag === 'ref'],
  ['references with a role', (node) => node.tag === 'ref' && node.role !== undefined],
  ['evidence', (node) => node.codec === Evidence],
  ['references or evidence', (node) => node.tag === 'ref' || node.codec === Evidence],
  ['records and lists', (node) => node.tag === 'struct' || node.tag === 'array'],
  ['all nodes', () => true],
  ['no nodes', () => false],
]

type Visit = readonly [CodecNode, unknown, ReadonlyArray<string | number>]

const fullWalk = (codec: t.Mixed, value: unknown, wanted: Wanted): Visit[] => {
  const visits: Visit[] = []
  walkValue(codec, value, (node, v, path) => {
    if (wanted(node)) visits.push([node, v, path.slice()])
  })
  return visits
}

const wantedWalk = (codec: t.Mixed, value: unknown, wanted: Wanted): Visit[] => {
  const visits: Visit[] = []
  walkWanted(codec, value, wanted, (node, v, path) => visits.push([node, v, path.slice()]))
  return visits
}

const same = (codec: t.Mixed, value: unknown, wanted: Wanted): void => {
  const expected = fullWalk(codec, value, wanted)
  const found = wantedWalk(codec, value, wanted)
  expect(found.length).toBe(expected.length)
  found.forEach(([node, v, path], i) => {
    const [n, w, p] = expected[i]!
    expect(node).toBe(n)
    expect(v).toBe(w)
    expect(path).toEqual(p)
  })
}

describe('walkWanted', () => {
  for (const [label, wanted] of WANTED) {
    it(`visits what the full walk visits of ${label}, on every fixture graph`, () => {
      for (const name of fixtureNames) same(Graph, fixtureJson(name), wanted)
    })
    it(`visits what the full walk visits of ${label}, on generated meetings and statements`, () => {
      for (const codec of [Meeting, Statement] as ReadonlyArray<t.Mixed>) {
        fc.assert(fc.property(arbitraryOf(codec), (value) => same(codec, value, wanted)), { numRuns: 100 })
      }
    })
  }

  it('does not enter a part that holds no wanted node', () => {
    const graph = fixtureJson('canonical')
    let entered = 0
    const articlesOnly: Wanted = (node) => node.tag === 'struct' && node.name === 'Article'
    walkWanted(Graph, graph, articlesOnly, () => entered++)
    expect(entered).toBe(graph.articles.length)
  })
})
