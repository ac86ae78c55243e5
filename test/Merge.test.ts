import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Graph, MergeConflict } from 'news-codecs'
import { annotationOf, mergeAll, mergeGraphs, validateGraph } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/${name}.graph.json`, import.meta.url), 'utf8'))
const valid = (graph: unknown): Graph => {
  const result = validateGraph(graph)
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.slice(0, 3)))
  return result.right
}

/** The same graph with every id of its own records given another prefix, references and all. */
const withIdsRenamed = (graph: any, prefix: string): any =>
  JSON.parse(JSON.stringify(graph).replace(/"((article|person|state|org|group|anon|meeting|statement|position|event|place|agreement|document|relation|vote):[^"]+)"/g, `"${prefix}$1"`))

describe('mergeGraphs on the story fixtures', () => {
  const canonical = valid(fixture('canonical'))
  const call = valid(fixture('trump-putin-call-2025'))

  it('unifies the actors the stories share, keeps every record, and stays valid', () => {
    const { graph, issues, renamed } = mergeGraphs(canonical, call)
    expect(issues).toEqual([])
    expect(renamed).toEqual({})
    expect(validateGraph(graph)._tag).toBe('Right')
    const ids = graph.actors.map((actor) => actor.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const record of [...canonical.actors, ...call.actors]) expect(ids).toContain(record.id)
    // Russia: one record, its identifiers and mentions from both stories.
    const russia = graph.actors.find((actor) => actor.id === 'state:RU')!
    expect(russia.identifiers).toEqual([{ scheme: 'iso3166-1', value: 'RU' }, { scheme: 'wikidata', value: 'Q159' }])
    const mentioned = new Set(russia.mentions?.map((mention) => mention.article))
    expect(mentioned).toEqual(new Set(['article:g20-blinken-lavrov-2023', 'article:trump-putin-call-2025-03-18']))
  })

  it('unifies actors by their Wikidata id when the two graphs give them different ids', () => {
    const other = { ...withIdsRenamed(call, 'x-'), id: 'graph:trump-putin-call' }
    const { graph, issues, renamed } = mergeGraphs(valid({ ...canonical, id: 'graph:g20-2023' }), valid(other))
    expect(issues).toEqual([])
    // The least id is kept: 'state:RU' sorts before 'x-state:RU'.
    expect(renamed['x-state:RU']).toBe('state:RU')
    expect(renamed['x-state:US']).toBe('state:US')
    // Trump and Putin are in one story only: nothing to unify them with.
    expect(renamed['x-person:donald-trump']).toBeUndefined()
    const russia = graph.actors.find((actor) => actor.id === 'state:RU')!
    expect(russia.sameAs).toEqual([{ graph: 'graph:trump-putin-call', id: 'x-state:RU' }])
    expect(graph.actors.some((actor) => actor.id === 'x-state:RU')).toBe(false)
    // Every reference follows the kept id.
    expect(JSON.stringify(graph, (key, value: unknown) => (key === 'sameAs' ? undefined : value))).not.toContain('"x-state:RU"')
    expect(validateGraph(graph)._tag).toBe('Right')
  })

  it('merging a graph with itself gives it back', () => {
    expect(mergeGraphs(canonical, canonical)).toEqual({ graph: canonical, issues: [], renamed: {} })
  })
})

describe('conflicts', () => {
  const base = valid(sampleGraphJson())
  const byPhone = (graph: Graph): Graph => valid({ ...graph, meetings: graph.meetings.map((m, i) => (i === 0 ? { ...m, channel: 'phone' } : m)) })

  it('keeps the version that sorts first, whatever the order, and carries the other in the issue', () => {
    const one = mergeGraphs(valid({ ...base, id: 'graph:a' }), valid({ ...byPhone(base), id: 'graph:b' }))
    const two = mergeGraphs(valid({ ...byPhone(base), id: 'graph:b' }), valid({ ...base, id: 'graph:a' }))
    expect(one.graph).toEqual(two.graph)
    const kept = base.meetings[0]!.channel
    const [low, high] = [kept, 'phone'].sort()
    expect(one.graph.meetings[0]!.channel).toBe(low)
    expect(one.issues).toHaveLength(1)
    const conflict = one.issues[0] as MergeConflict
    expect(conflict.code).toBe('merge_conflict')
    expect(conflict.path).toEqual(['meetings', 0, 'channel'])
    expect([conflict.kept, conflict.other]).toEqual([low, high])
    expect(new Set(conflict.graphs)).toEqual(new Set(['graph:a', 'graph:b']))
    expect(conflict.message).toContain('graph:a')
  })

  it('an article with the same id and another text is a conflict', () => {
    const edited = valid({ ...base, articles: base.articles.map((a) => ({ ...a, text: `${a.text} More.` })) })
    const { issues } = mergeGraphs(base, edited, { names: ['first.json', 'second.json'] })
    const conflict = issues.find((issue) => issue.path[0] === 'articles') as MergeConflict
    expect(conflict.path).toEqual(['articles', 0, 'text'])
    expect(new Set(conflict.graphs)).toEqual(new Set(['first.json', 'second.json']))
  })

  it('a person in one graph and a state in the other under one id conflict whole', () => {
    const empty = { ...base, articles: [], actors: [], meetings: [], places: [], events: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }
    const { graph, issues } = mergeGraphs(
      valid({ ...empty, actors: [{ kind: 'person', id: 'actor:x', name: 'X' }] }),
      valid({ ...empty, actors: [{ kind: 'state', id: 'actor:x', name: 'X', countryCode: 'PT' }] }),
    )
    expect(graph.actors).toHaveLength(1)
    expect(issues.map((issue) => issue.path)).toEqual([['actors', 0]])
  })
})

describe('renaming', () => {
  const base = valid(sampleGraphJson())

  it('rewrites every reference to a given-up id', () => {
    // The second graph calls the first participant by another id, and links it to the first graph's record.
    const [first] = base.meetings[0]!.participants
    const other = withIdsRenamed(base, 'z-')
    other.id = 'graph:b'
    const actor = other.actors.find((a: any) => a.id === `z-${first}`)
    actor.sameAs = [{ graph: 'graph:a', id: first }]
    const { graph, issues, renamed } = mergeGraphs(valid({ ...base, id: 'graph:a' }), valid(other))
    expect(issues).toEqual([])
    expect(renamed[`z-${first}`]).toBe(first)
    expect(JSON.stringify(graph, (key, value: unknown) => (key === 'sameAs' ? undefined : value))).not.toContain(`"z-${first}"`)
    expect(validateGraph(graph)._tag).toBe('Right')
    // The second graph's meeting now names the first graph's actor.
    const meeting = graph.meetings.find((m) => m.id === `z-${base.meetings[0]!.id}`)!
    expect(meeting.participants).toEqual(base.meetings[0]!.participants.map((p, i) => (i === 0 ? p : `z-${p}`)))
  })

  it('mergeAll follows sameAs links to any of its inputs', () => {
    const empty = { ...base, articles: [], actors: [], meetings: [], places: [], events: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }
    const { graph, renamed } = mergeAll([
      valid({ ...empty, id: 'graph:1', actors: [{ kind: 'person', id: 'person:b', name: 'Ana' }] }),
      valid({ ...empty, id: 'graph:2', actors: [{ kind: 'person', id: 'person:c', name: 'Ana', sameAs: [{ graph: 'graph:3', id: 'person:a' }] }] }),
      valid({ ...empty, id: 'graph:3', actors: [{ kind: 'person', id: 'person:a', name: 'Ana', sameAs: [{ graph: 'graph:1', id: 'person:b' }] }] }),
    ])
    expect(renamed).toEqual({ 'person:b': 'person:a', 'person:c': 'person:a' })
    expect(graph.actors.map((a) => a.id)).toEqual(['person:a'])
  })
})

describe('edges', () => {
  it('merging no graph gives the empty graph', () => {
    const { graph, issues } = mergeAll([])
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.actors).toEqual([])
    expect(issues).toEqual([])
  })

  it('a union that breaks a rule of the graph is reported, not thrown', () => {
    // Two graphs date the same expiry differently in one agreement: its lifecycle then expires twice.
    const base = sampleGraphJson()
    const [article] = base.articles
    const evidence = [{ article: article.id, start: 0, end: 3, quote: [...article.text].slice(0, 3).join('') }]
    const parties = base.actors.slice(0, 2).map((actor: { id: string }) => ({ actor: actor.id, role: 'party' }))
    const deal = (expires: string) => ({ id: 'agreement:deal', name: 'The deal', parties, evidence,
      lifecycle: [{ type: 'signed', time: { value: '2022-07-22' }, evidence }, { type: 'expires', time: { value: expires }, evidence }] })
    const a = valid({ ...base, agreements: [deal('2022-11-19')] })
    const b = valid({ ...base, agreements: [deal('2022-11-20')] })
    const { graph, issues } = mergeGraphs(a, b)
    expect(graph.agreements[0]!.lifecycle).toHaveLength(3)
    expect(issues.map((issue) => issue.code)).toContain('repeated_act')
  })
})

describe('annotation defaults', () => {
  const base = valid(sampleGraphJson())

  it('moves differing defaults onto the records, so every record reads as it did', () => {
    const a = valid({ ...base, annotation: { method: 'manual' } })
    // Another story's graph: its own ids, nothing shared with the first.
    const other = withIdsRenamed(base, 'b-')
    for (const record of [...other.actors, ...other.places]) delete record.identifiers
    const b = valid({ ...other, annotation: { method: 'automatic', confidence: 0.7 } })
    const { graph, issues } = mergeGraphs(a, b)
    expect(issues).toEqual([])
    expect(graph.annotation).toBeUndefined()
    // Articles carry no annotation of their own; the records that do read as before.
    const merged = new Map([...graph.actors, ...graph.meetings].map((record) => [record.id, record]))
    for (const input of [a, b]) {
      for (const record of [...input.actors, ...input.meetings]) {
        expect(annotationOf(graph)(merged.get(record.id)!)).toEqual(annotationOf(input)(record))
      }
    }
    expect(annotationOf(graph)(merged.get(base.actors[0]!.id)!)).toEqual({ method: 'manual' })
  })

  it('keeps equal defaults on the graph, and the id only when both have it', () => {
    const annotation = { method: 'reviewed' }
    const { graph } = mergeGraphs(valid({ ...base, annotation, id: 'graph:a' }), valid({ ...base, annotation, id: 'graph:b' }))
    expect(graph.annotation).toEqual(annotation)
    expect(graph.id).toBeUndefined()
    expect(mergeGraphs(valid({ ...base, id: 'graph:a' }), valid({ ...base, id: 'graph:a' })).graph.id).toBe('graph:a')
    expect(base.actors[0]!.annotation).toBeUndefined()
  })
})
