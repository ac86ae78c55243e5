/**
 * Labels for people: the name of a record, and a short label for each fact.
 *
 * @module
 */
import type { Graph } from '../Graph.js'
import { describeAct, describeFact } from '../Sentences.js'
import { validateGraph } from '../Validation.js'
import { FACT_COLLECTIONS, isObject, objects, strings, text } from './raw.js'
import type { JsonObject } from './raw.js'

/** The names of the records that have one (actors, places, events...), by id. */
export const namesOf = (graph: unknown): ReadonlyMap<string, string> => {
  const names = new Map<string, string>()
  for (const collection of ['actors', 'places', 'events', 'agreements', 'documents', 'votes', 'articles']) {
    for (const record of objects(graph, collection)) {
      const id = text(record, 'id')
      const name = text(record, 'name') ?? text(record, 'title') ?? text(record, 'headline')
      if (id !== undefined && name !== undefined && !names.has(id)) names.set(id, name)
    }
  }
  return names
}

/** A coded or built-in term as words: `in-person` reads "in person", `{scheme, code}` reads "scheme:code". */
export const termOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.replace(/-/g, ' ')
  if (isObject(value)) {
    const scheme = text(value, 'scheme')
    const code = text(value, 'code') ?? (typeof value['code'] === 'number' ? String(value['code']) : undefined)
    if (code !== undefined) return scheme === undefined ? code : `${scheme}:${code}`
  }
  return undefined
}

/** What a position is about, in words: the name of the record it targets, or its proposition. */
export const targetLabel = (target: unknown, names: ReadonlyMap<string, string>): string => {
  if (!isObject(target)) return 'an unknown target'
  const kind = text(target, 'kind') ?? 'target'
  if (kind === 'proposition') return text(target, 'text') ?? 'a proposition'
  const id = text(target, kind)
  return id === undefined ? kind : names.get(id) ?? id
}

interface Lookups {
  readonly names: ReadonlyMap<string, string>
  readonly facts: ReadonlyMap<string, { readonly kind: string; readonly record: JsonObject }>
}

// Labels are asked for every fact of a graph: its names and facts are read once per graph.
const lookupsCache = new WeakMap<object, Lookups>()
const lookupsOf = (graph: unknown): Lookups => {
  const cached = isObject(graph) ? lookupsCache.get(graph) : undefined
  if (cached !== undefined) return cached
  const facts = new Map<string, { kind: string; record: JsonObject }>()
  for (const [collection, kind] of Object.entries(FACT_COLLECTIONS)) {
    for (const record of objects(graph, collection)) {
      const id = text(record, 'id')
      if (id !== undefined && !facts.has(id)) facts.set(id, { kind, record })
    }
  }
  const lookups = { names: namesOf(graph), facts }
  if (isObject(graph)) lookupsCache.set(graph, lookups)
  return lookups
}

// A valid graph's facts read as sentences; the graph is validated once, however many labels are asked for.
const validCache = new WeakMap<object, Graph | null>()
const validGraphOf = (graph: unknown): Graph | null => {
  if (!isObject(graph)) return null
  let found = validCache.get(graph)
  if (found === undefined) {
    const valid = validateGraph(graph)
    found = valid._tag === 'Right' ? valid.right : null
    validCache.set(graph, found)
  }
  return found
}

/**
 * The label the page shows for a fact: its sentence (`describeFact`) when the graph is valid; for a graph
 * that does not validate, "kind: name" with the names of the actors it is about.
 */
export const factLabel = (graph: unknown, id: string): string | undefined => {
  const valid = validGraphOf(graph)
  return (valid === null ? undefined : describeFact(valid)(id)) ?? rawFactLabel(graph, id)
}

/**
 * The label of a dated part of a fact: an act of an agreement's lifecycle reads as its own sentence when
 * the graph is valid; otherwise the fact's label with the part's type (`fallback`).
 */
export const partLabel = (graph: unknown, factId: string | undefined, part: unknown, fallback: string): string => {
  const valid = validGraphOf(graph)
  const agreement = valid?.agreements.find((a) => a.id === factId)
  const act = agreement?.lifecycle.find((a) => a === part)
  return valid !== null && agreement !== undefined && act !== undefined ? describeAct(valid)(agreement, act) : fallback
}

/** A fact's label read from the raw record, for a graph that does not validate. */
const rawFactLabel = (graph: unknown, id: string): string | undefined => {
  const { names, facts } = lookupsOf(graph)
  const found = facts.get(id)
  if (found === undefined) return undefined
  const { kind, record } = found
  const nameOf = (ref: string): string => names.get(ref) ?? ref
  const who = (key: string, joiner: string): string => strings(record, key).map(nameOf).join(joiner)
  const own = text(record, 'name') ?? text(record, 'title')
  switch (kind) {
    case 'meeting':
      return `${termOf(record['channel']) ?? 'a'} meeting: ${who('participants', ', ')}`
    case 'statement': {
      const content = isObject(record['content']) ? text(record['content'], 'text') : undefined
      return `${who('speakers', ' and ')} (${termOf(record['speechAct']) ?? 'statement'})${content === undefined ? '' : `: ${content}`}`
    }
    case 'position':
      return `${who('holders', ' and ')} ${termOf(record['stance']) ?? 'holds a position on'}: ${targetLabel(record['target'], names)}`
    case 'relation':
      return `${nameOf(text(record, 'subject') ?? '?')} ${termOf(record['type']) ?? 'relates to'} ${nameOf(text(record, 'object') ?? '?')}`
    default:
      return `${kind}: ${own ?? id}`
  }
}
