/**
 * The records every peer is checked and timed on: valid records from the synthetic graph of
 * bench/generate.ts, and invalid ones made from them by one simple mutation each (a required key dropped,
 * a wrong type, a bad enum value, an extra key, an id that breaks the pattern). Deterministic.
 */
import { generateGraph } from '../generate.js'

export const PEER_MODELS = ['Person', 'Meeting', 'Statement', 'Evidence'] as const
export type PeerModel = (typeof PEER_MODELS)[number]

export const MUTATIONS = ['drop a required key', 'wrong type', 'bad enum value', 'extra key', 'bad id pattern'] as const
export type Mutation = (typeof MUTATIONS)[number]

type Json = Record<string, unknown>

/** The required key each mutation works on, per model (a key every record of the model has). */
const REQUIRED: Record<PeerModel, ReadonlyArray<string>> = {
  Person: ['kind', 'id', 'name'],
  Meeting: ['id', 'participants', 'channel'],
  Statement: ['id', 'speakers', 'content', 'speechAct'],
  Evidence: ['article', 'start', 'end', 'quote'],
}
/** A closed-list key and a value outside its list. */
const ENUM_KEY: Record<PeerModel, readonly [string, unknown]> = {
  Person: ['kind', 'persona'],
  Meeting: ['channel', 'telepathy'],
  Statement: ['speechAct', 'boast'],
  Evidence: ['start', -1], // Evidence has no closed list; an offset below its minimum stands in
}
const ID_KEY: Record<PeerModel, string> = { Person: 'id', Meeting: 'id', Statement: 'id', Evidence: 'article' }
const BAD_IDS = ['-starts-with-a-dash', 'has space', '', 'x'.repeat(201), 'ünïcode']

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json

/** One invalid record: `record` with mutation `m`, the `n`th variant (which key, which wrong value). */
export const mutate = (model: PeerModel, record: Json, m: Mutation, n: number): Json => {
  const copy = clone(record)
  const keys = REQUIRED[model]
  const key = keys[n % keys.length]!
  switch (m) {
    case 'drop a required key':
      delete copy[key]
      return copy
    case 'wrong type':
      copy[key] = [42, null, true, {}, 'text'].find((v) => typeof v !== typeof copy[key] || Array.isArray(copy[key]))
      return copy
    case 'bad enum value': {
      const [enumKey, value] = ENUM_KEY[model]
      copy[enumKey] = value
      return copy
    }
    case 'extra key':
      copy[['note', 'Id', 'extra', 'kind2'][n % 4]!] = 'x'
      return copy
    case 'bad id pattern':
      copy[ID_KEY[model]] = BAD_IDS[n % BAD_IDS.length]
      return copy
  }
}

/** Valid records of each model from one generated graph of `facts` facts. */
export const validRecords = (facts: number, seed = 1): Record<PeerModel, ReadonlyArray<Json>> => {
  const graph = generateGraph({ facts, seed }) as unknown as Record<string, ReadonlyArray<Json>>
  const plain = (xs: ReadonlyArray<Json>): Json[] => xs.map(clone)
  const facts_ = ['events', 'meetings', 'agreements', 'documents', 'statements', 'positions', 'relations'].flatMap((c) => graph[c] ?? [])
  return {
    Person: plain(graph['actors']!.filter((a) => a['kind'] === 'person')),
    Meeting: plain(graph['meetings']!),
    Statement: plain(graph['statements']!),
    Evidence: plain(facts_.flatMap((f) => (f['evidence'] as Json[] | undefined) ?? [])),
  }
}

/** Invalid records: each valid record once, with the mutations taken in turn. */
export const invalidRecords = (valid: ReadonlyArray<Json>, model: PeerModel): Json[] =>
  valid.map((record, i) => mutate(model, record, MUTATIONS[i % MUTATIONS.length]!, Math.floor(i / MUTATIONS.length)))
