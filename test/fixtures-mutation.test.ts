import { describe, expect, it } from 'vitest'
import { validateGraph, type Issue } from 'news-codecs'
import { evidenceOf, fixtureJson, fixtureNames, getAt, setAt, walkJson, type JsonPath } from './support/fixtures.js'

// Every quote of every fixture is changed in turn, and every actor deleted in turn: validation must fail
// and say where.

const issuesOf = (graph: unknown): ReadonlyArray<Issue> => {
  const result = validateGraph(graph)
  return result._tag === 'Left' ? result.left : []
}
const key = (path: ReadonlyArray<string | number>): string => JSON.stringify(path)

/** A different text of the same length: the last character swapped. */
const altered = (text: string): string => {
  const points = Array.from(text)
  const last = points.pop()!
  return points.join('') + (last === 'x' ? 'y' : 'x')
}

/** The quotes of a graph: every evidence `quote`, and every direct quote's or fragment's `text`. */
const quotePaths = (graph: unknown): JsonPath[] => {
  const paths: JsonPath[] = evidenceOf(graph).map(({ path }) => [...path, 'quote'])
  walkJson(graph, (value, path) => {
    const v = value as Record<string, unknown> | null
    const quoted = v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.text === 'string' && typeof v.evidence === 'object' && !Array.isArray(v.evidence)
    if (quoted) paths.push([...path, 'text'])
  })
  return paths
}

describe.each(fixtureNames)('%s: changing any quote', (name) => {
  const pristine = fixtureJson(name)
  const paths = quotePaths(pristine)

  it('has quotes to change (the canonical graph has direct quotes among them)', () => {
    expect(paths.length).toBeGreaterThan(10)
    if (name === 'canonical') expect(paths.filter((p) => p[p.length - 1] === 'text').length).toBeGreaterThanOrEqual(8)
  })

  it('makes validation fail with the path of the changed quote', () => {
    const missed: string[] = []
    for (const path of paths) {
      const graph = fixtureJson(name)
      setAt(graph, path, altered(getAt(graph, path)))
      const issues = issuesOf(graph)
      const code = path[path.length - 1] === 'quote' ? 'quote_mismatch' : 'direct_quote_mismatch'
      if (!issues.some((i) => i.code === code && key(i.path) === key(path))) missed.push(key(path))
    }
    expect(missed).toEqual([])
  }, 60_000) // one full validation per quote: hundreds of them for the canonical graph
})

describe.each(fixtureNames)('%s: deleting any actor', (name) => {
  const pristine = fixtureJson(name)
  const actorIds: string[] = pristine.actors.map((a: { id: string }) => a.id)

  /** Where a graph refers to an id: every string equal to it, except a record's own `id`. */
  const referencesTo = (graph: unknown, id: string): string[] => {
    const found: string[] = []
    walkJson(graph, (value, path) => {
      if (value === id && path[path.length - 1] !== 'id') found.push(key(path))
    })
    return found
  }

  const referenced = actorIds.filter((id) => referencesTo(pristine, id).length > 0)

  it('refers to its actors', () => {
    // The canonical graph encodes every fact, so every actor it names takes part in one; a smaller story
    // may name an actor it only mentions.
    if (name === 'canonical') expect(actorIds.filter((id) => !referenced.includes(id))).toEqual([])
    expect(referenced.length).toBeGreaterThan(1)
  })

  it('makes validation fail with a dangling reference at every place that referred to it', () => {
    const wrong: Array<{ id: string; expected: string[]; reported: string[] }> = []
    actorIds.forEach((id, index) => {
      if (!referenced.includes(id)) return
      const graph = fixtureJson(name)
      graph.actors.splice(index, 1)
      const expected = referencesTo(graph, id).sort()
      const reported = issuesOf(graph)
        .filter((i) => i.code === 'dangling_reference' && i.received === JSON.stringify(id))
        .map((i) => key(i.path))
        .sort()
      if (expected.length === 0 || key(expected) !== key(reported)) wrong.push({ id, expected, reported })
    })
    expect(wrong).toEqual([])
  })
})
