/**
 * The records of a graph that ids name, with the kinds each counts as and where it sits: the one list that
 * the graph checks, the index and the test generators read, so a record kind is added in one place.
 */
import type * as t from 'io-ts'
import type { Actor } from '../Actor.js'
import { describeCodec } from './CodecTree.js'
import type { Graph, GraphCollection } from '../Graph.js'
import type { RecordKind } from '../Reference.js'

/** The kind of record each collection of a graph holds (actors add their own kind). */
export const COLLECTION_KIND = {
  articles: 'article',
  actors: 'actor',
  places: 'place',
  events: 'event',
  meetings: 'meeting',
  agreements: 'agreement',
  documents: 'document',
  statements: 'statement',
  positions: 'position',
  relations: 'relation',
  votes: 'vote',
  corrections: 'correction',
} as const satisfies Readonly<Record<GraphCollection, RecordKind>>

/** The collections of a graph that hold facts, with the kind of fact each holds: every collection but the records facts name. */
export const { articles: _articles, actors: _actors, places: _places, corrections: _corrections, ...FACT_COLLECTIONS } = COLLECTION_KIND

const ACTOR_KIND: Readonly<Record<Actor['kind'], RecordKind>> = {
  person: 'person',
  state: 'state',
  organization: 'organization',
  group: 'group',
  anonymous: 'anonymous',
}

/** A record an id names. */
export interface NamedRecord {
  readonly id: string
  /** The kinds a reference may name it by: `['actor', 'person']` for a person. */
  readonly kinds: ReadonlyArray<RecordKind>
  /** Where its id sits. */
  readonly path: ReadonlyArray<string | number>
  readonly collection: GraphCollection
  readonly record: { readonly id: string }
  /** For a paragraph, the document that holds it; for a lifecycle act, its agreement. */
  readonly parent?: { readonly id: string }
}

/** Every record of a graph that has an id, in collection order; a document's paragraphs and an agreement's acts with ids follow it. An optional collection left out holds none. */
export const namedRecords = (graph: Graph): ReadonlyArray<NamedRecord> => {
  const found: NamedRecord[] = []
  for (const [collection, kind] of Object.entries(COLLECTION_KIND) as Array<[GraphCollection, RecordKind]>) {
    const records: ReadonlyArray<{ readonly id: string; readonly kind?: string }> = graph[collection] ?? []
    records.forEach((record, i) => {
      const kinds: ReadonlyArray<RecordKind> = collection === 'actors' ? [kind, ACTOR_KIND[(record as Actor).kind]] : [kind]
      found.push({ id: record.id, kinds, path: [collection, i, 'id'], collection, record })
      if (collection === 'documents') {
        ;(record as Graph['documents'][number]).paragraphs?.forEach((paragraph, j) =>
          found.push({ id: paragraph.id, kinds: ['paragraph'], path: [collection, i, 'paragraphs', j, 'id'], collection, record: paragraph, parent: record }),
        )
      }
      if (collection === 'agreements') {
        ;(record as Graph['agreements'][number]).lifecycle.forEach((act, j) => {
          if (act.id !== undefined) found.push({ id: act.id, kinds: ['act'], path: [collection, i, 'lifecycle', j, 'id'], collection, record: act as { readonly id: string }, parent: record })
        })
      }
    })
  }
  return found
}

/** The codec of each collection's records, read from a graph codec (the library's Graph or one's own). */
export const collectionCodecs = (codec: t.Mixed): ReadonlyMap<string, t.Mixed> => {
  const node = describeCodec(codec)
  if (node.tag !== 'struct') throw new TypeError(`${codec.name} is not a graph codec: expected a struct of collections`)
  const codecs = new Map<string, t.Mixed>()
  for (const field of node.fields) {
    const array = describeCodec(field.codec)
    if (array.tag === 'array') codecs.set(field.key, array.item)
  }
  return codecs
}
