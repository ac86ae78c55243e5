/**
 * Reading a graph as raw JSON: the viewer shows what it can of an input that may not validate, so every
 * read here checks what it finds instead of trusting the model's types.
 *
 * @module
 */

import { FACT_COLLECTIONS } from '../internal/records.js'

/** A JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>

/** Whether a value is a JSON object (not an array, not null). */
export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A string field, or undefined when it is missing or not a string. */
export const text = (record: unknown, key: string): string | undefined => {
  const value = isObject(record) ? record[key] : undefined
  return typeof value === 'string' ? value : undefined
}

/** The objects of an array field (anything else in it skipped), or none when it is not an array. */
export const objects = (record: unknown, key: string): ReadonlyArray<JsonObject> => {
  const value = isObject(record) ? record[key] : undefined
  return Array.isArray(value) ? value.filter(isObject) : []
}

/** The strings of an array field (anything else in it skipped). */
export const strings = (record: unknown, key: string): ReadonlyArray<string> => {
  const value = isObject(record) ? record[key] : undefined
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/** The collections of a graph that hold facts, with the kind of fact each holds (as the graph index counts them). */
export { FACT_COLLECTIONS }

/** Every collection of a graph, in the order the page shows them: the facts' collections, then the records facts name. */
export const COLLECTIONS = ['articles', 'actors', 'places', ...Object.keys(FACT_COLLECTIONS), 'corrections'] as const

/** One record of the input, wherever it sits. */
export interface RawRecord {
  /** Its collection (`meetings`). */
  readonly collection: string
  /** Its index in the collection's array in the input (not among the objects only). */
  readonly index: number
  readonly record: JsonObject
}

/** Every object record of every collection, with where it sits in the input. */
export const recordsOf = (graph: unknown): ReadonlyArray<RawRecord> =>
  COLLECTIONS.flatMap((collection) => {
    const value = isObject(graph) ? graph[collection] : undefined
    if (!Array.isArray(value)) return []
    return value.flatMap((record, index) => (isObject(record) ? [{ collection, index, record }] : []))
  })

/** Whether a value looks like evidence: an article id, whole-number offsets and a quote. */
export const isEvidence = (value: unknown): value is { readonly article: string; readonly start: number; readonly end: number; readonly quote: string } =>
  isObject(value) && typeof value['article'] === 'string' && typeof value['quote'] === 'string' &&
  Number.isSafeInteger(value['start']) && Number.isSafeInteger(value['end'])

/** Calls `visit` on every object inside a value (the value included), with the key it sits at. */
export const walkObjects = (value: unknown, visit: (object: JsonObject, key: string | number | undefined, parent: unknown) => void): void => {
  const walk = (node: unknown, key: string | number | undefined, parent: unknown): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, i, node))
    else if (isObject(node)) {
      visit(node, key, parent)
      for (const [k, child] of Object.entries(node)) walk(child, k, node)
    }
  }
  walk(value, undefined, undefined)
}
