/**
 * An indexed view of a graph, built once, so lookups by id, actor, pair of actors, target, date and
 * article span cost about the size of the answer rather than a scan of the graph.
 *
 * Building walks every record once (hash maps, linear in the size of the graph; the meeting pair index
 * adds one entry per pair of participants) and sorts the dated entries and the evidence spans once
 * (`O(n log n)`). Span lookups (by date, by article offsets) search sorted arrays by binary search: entries
 * are grouped by the length of their span in powers of two, so a lookup looks only at entries that start
 * at most one group-length before the asked span. Entries without a bound (open or unknown ends) sit in
 * lists of their own, by start for open ends and by end for open starts, so a date lookup reads only those
 * in its answer: `O(log n + answer)`.
 *
 * @module
 */
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable } from 'fp-ts/lib/Option.js'
import type { Eq } from 'fp-ts/lib/Eq.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { contramap as contramapOrd } from 'fp-ts/lib/Ord.js'
import * as S from 'fp-ts/lib/string.js'
import type { Actor } from './Actor.js'
import type { Agreement, LifecycleAct } from './Agreement.js'
import type { Article } from './Article.js'
import type { Document, Paragraph } from './Document.js'
import type { Event } from './Event.js'
import type { Graph } from './Graph.js'
import type { Meeting } from './Meeting.js'
import type { Place } from './Place.js'
import type { Position } from './Position.js'
import type { Relation } from './Relation.js'
import type { Statement } from './Statement.js'
import type { Vote } from './Vote.js'
import { Vote as VoteCodec } from './Vote.js'
import type { Coverage, Time } from './Time.js'
import { coverageOf } from './Time.js'
import * as t from 'io-ts'
import type { Predicate } from 'fp-ts/lib/Predicate.js'
import type { Correction } from './Correction.js'
import { Evidence } from './Evidence.js'
import { Graph as GraphCodec } from './Graph.js'
import type { CodecNode } from './internal/CodecTree.js'
import { walkValue, walkWanted } from './internal/CodecTree.js'
import { collectionCodecs, FACT_COLLECTIONS as factCollections, namedRecords } from './internal/records.js'
import type { SpanEntry } from './internal/SpanIndex.js'
import { SpanIndex } from './internal/SpanIndex.js'
import type { Role } from './Reference.js'
import { ROLES } from './Reference.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A fact of a graph: a record of one of the eight fact collections, tagged by `kind`.
 *
 * @category model
 * @since 0.1.0
 */
export type Fact =
  | { readonly kind: 'event'; readonly record: Event }
  | { readonly kind: 'meeting'; readonly record: Meeting }
  | { readonly kind: 'agreement'; readonly record: Agreement }
  | { readonly kind: 'document'; readonly record: Document }
  | { readonly kind: 'statement'; readonly record: Statement }
  | { readonly kind: 'position'; readonly record: Position }
  | { readonly kind: 'relation'; readonly record: Relation }
  | { readonly kind: 'vote'; readonly record: Vote }

/**
 * The kinds of fact.
 *
 * @category model
 * @since 0.1.0
 */
export type FactKind = Fact['kind']

/**
 * Any record an id can name: an article, actor, place, paragraph, lifecycle act (with its agreement), or a fact.
 *
 * @category model
 * @since 0.1.0
 */
export type GraphRecord =
  | Fact
  | { readonly kind: 'article'; readonly record: Article }
  | { readonly kind: 'actor'; readonly record: Actor }
  | { readonly kind: 'place'; readonly record: Place }
  | { readonly kind: 'paragraph'; readonly record: Paragraph; readonly document: Document }
  | { readonly kind: 'act'; readonly record: LifecycleAct; readonly agreement: Agreement }

/**
 * Where inside a record something sits, as a path of keys and indexes (`['lifecycle', 1, 'time']`).
 *
 * @category model
 * @since 0.1.0
 */
export type RecordPath = ReadonlyArray<string | number>

/**
 * A dated part of a fact: the fact, the time, and where the time sits in it (`[]` for the fact's own
 * `time`, `['lifecycle', 2, 'time']` for an agreement's third act).
 *
 * @category model
 * @since 0.1.0
 */
export interface DatedFact {
  readonly fact: Fact
  readonly time: Time
  readonly path: RecordPath
}

/**
 * A piece of evidence inside a fact, with where it sits.
 *
 * @category model
 * @since 0.1.0
 */
export interface FactEvidence {
  readonly fact: Fact
  readonly evidence: Evidence
  readonly path: RecordPath
}

/**
 * Facts are equal when their kinds and ids are.
 *
 * @example
 * import { indexGraph, EqFact, lookupFact } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { getOrElseW } from 'fp-ts/lib/Option.js'
 *
 * const index = indexGraph(canonicalGraph)
 * const fact = getOrElseW(() => undefined)(lookupFact('meeting:blinken-lavrov-2023-03-02')(index))!
 * EqFact.equals(fact, { ...fact }) //=> true
 *
 * @category instances
 * @since 0.1.0
 */
export const EqFact: Eq<Fact> = { equals: (a, b) => a.kind === b.kind && a.record.id === b.record.id }

/**
 * Orders facts by kind, then id: a stable order for de-duplicated answers.
 *
 * @example
 * import { OrdFactId, factsOfGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { sort } from 'fp-ts/lib/ReadonlyArray.js'
 *
 * const meetings = factsOfGraph(canonicalGraph).filter((fact) => fact.kind === 'meeting')
 * sort(OrdFactId)(meetings).map((fact) => fact.record.id)[0] //=> 'meeting:blinken-lavrov-2022-01'
 *
 * @category instances
 * @since 0.1.0
 */
export const OrdFactId: Ord<Fact> = /* @__PURE__ */ contramapOrd((f: Fact) => `${f.kind}\u0000${f.record.id}`)(S.Ord)

/**
 * The id of a fact.
 *
 * @example
 * import { factId } from 'news-codecs'
 * import type { Fact } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * factId({ kind: 'meeting', record: canonicalGraph.meetings[0]! } as Fact) //=> 'meeting:blinken-lavrov-2023-03-02'
 *
 * @category utils
 * @since 0.1.0
 */
export const factId = (fact: Fact): string => fact.record.id

// -------------------------------------------------------------------------------------
// span lookups
// -------------------------------------------------------------------------------------

/**
 * A lookup of spans `[start, end)` by overlap: what the index keeps for dates and for article offsets.
 *
 * @category model
 * @since 0.1.0
 */
export interface SpanLookup<A> {
  /** Entries sharing a point with `[start, end)`, ordered by start then end. */
  readonly overlapping: (start: number, end: number) => ReadonlyArray<{ readonly start: number; readonly end: number; readonly value: A }>
}

// -------------------------------------------------------------------------------------
// building
// -------------------------------------------------------------------------------------

/**
 * An indexed view of a graph. Build it once with {@link indexGraph}; query it with the data-last
 * functions of this module and of `Query`.
 *
 * @category model
 * @since 0.1.0
 */
export interface GraphIndex {
  /** The graph indexed. */
  readonly graph: Graph
  /** Every fact, in the graph's collection order. */
  readonly facts: ReadonlyArray<Fact>
  /** The graph as given, with its corrections and the facts they retract or replace: what {@link historyOf} reads. */
  readonly recorded: Graph
}

/**
 * A fact with the graph it sits in, as the predicates of `SupportQuery` and the `where` option read it
 * (the graph gives the default annotation of its records).
 *
 * @category model
 * @since 0.3.0
 */
export interface FactInGraph {
  readonly fact: Fact
  readonly graph: Graph
}

/**
 * How {@link indexGraph} builds its view: `history: true` keeps the facts that corrections retract or
 * replace (by default the index holds the current state only); `where` keeps only the facts that pass;
 * `codec` is a graph codec of one's own, with extended models.
 *
 * @category model
 * @since 0.3.0
 */
export interface IndexOptions {
  readonly history?: boolean
  readonly where?: Predicate<FactInGraph>
  readonly codec?: t.Mixed
}

/**
 * A reference from a fact to a record: which fact, in what role, and where in the fact the id sits.
 *
 * @category model
 * @since 0.2.0
 */
export interface FactReference {
  readonly fact: Fact
  readonly role: Role | undefined
  readonly path: RecordPath
}

/** What an index holds besides its graph: kept out of the public type, reached through the lookups. */
interface Lookups {
  readonly byId: ReadonlyMap<string, GraphRecord>
  readonly references: ReadonlyMap<string, ReadonlyArray<FactReference>>
  readonly byActor: ReadonlyMap<string, ReadonlyArray<Fact>>
  readonly byTarget: ReadonlyMap<string, ReadonlyArray<Fact>>
  readonly meetingsByPair: ReadonlyMap<string, ReadonlyArray<Meeting>>
  readonly byDate: SpanLookup<DatedFact>
  readonly bySpan: ReadonlyMap<string, SpanLookup<FactEvidence>>
  readonly evidenceOf: (fact: Fact) => ReadonlyArray<FactEvidence>
}

const lookups = /* @__PURE__ */ new WeakMap<GraphIndex, Lookups>()

const lookupsOf = (index: GraphIndex): Lookups => {
  const found = lookups.get(index)
  if (found === undefined) throw new TypeError('not a graph index: build one with indexGraph(graph)')
  return found
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** The path of a fact's own time, one array for every fact (paths in an index are read, never changed). */
const TIME_PATH: RecordPath = /* @__PURE__ */ Object.freeze(['time'])

/** The dated parts of a fact. */
const datesOf = (fact: Fact): ReadonlyArray<DatedFact> => {
  if (fact.kind === 'agreement') {
    return fact.record.lifecycle.map((act, i) => ({ fact, time: act.time, path: ['lifecycle', i, 'time'] }))
  }
  const time = fact.record.time
  return time === undefined ? [] : [{ fact, time, path: TIME_PATH }]
}

/**
 * One frozen array per distinct path: the index keeps a path for every reference and piece of evidence of
 * every fact, and most are one of a few (`['participants', 0]`, `['evidence', 0]`), so sharing them keeps a
 * large index small (less to allocate, and less for the garbage collector to go over as the index grows).
 */
class PathTable {
  private readonly root: PathNode = { next: new Map() }

  /** The shared copy of `path` (which may be a walk's path stack, changed after the call). */
  shared(path: ReadonlyArray<string | number>): RecordPath {
    let node = this.root
    for (let i = 0; i < path.length; i++) {
      const step = path[i]!
      let next = node.next.get(step)
      if (next === undefined) node.next.set(step, (next = { next: new Map() }))
      node = next
    }
    return (node.path ??= Object.freeze(path.slice()))
  }
}
interface PathNode {
  readonly next: Map<string | number, PathNode>
  path?: RecordPath
}

/** Dated entries that cover one span, in the order of the facts. */
interface DatedGroup {
  readonly start: number
  readonly end: number
  readonly entries: Array<SpanEntry<DatedFact>>
}

// Comparisons that hold for infinite bounds too (as the span index makes them).
const compareNumbers = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0)

/** Every dated entry, ordered by start then end, entries of one span in the order of the facts: as a stable sort of them all would give. */
const inOrder = (bySpan: ReadonlyMap<number, ReadonlyMap<number, DatedGroup>>): Array<SpanEntry<DatedFact>> => {
  const groups = [...bySpan.values()].flatMap((ends) => [...ends.values()])
  groups.sort((a, b) => compareNumbers(a.start, b.start) || compareNumbers(a.end, b.end))
  const all: Array<SpanEntry<DatedFact>> = []
  for (const group of groups) for (const entry of group.entries) all.push(entry)
  return all
}

/** What the walk of {@link indexGraph} stops at: the rest of a fact is not entered. */
const refOrEvidence = (node: CodecNode): boolean => node.tag === 'ref' || node.codec === Evidence
const isEvidenceNode = (node: CodecNode): boolean => node.codec === Evidence

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

const FACT_COLLECTIONS: Readonly<Record<keyof typeof factCollections, FactKind>> = factCollections

/**
 * The facts of a graph, in collection order: events, meetings, agreements, documents, statements,
 * positions, relations, votes (an optional collection left out holds none).
 *
 * @example
 * import { factsOfGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * factsOfGraph(canonicalGraph).filter((fact) => fact.kind === 'agreement').length //=> 1
 *
 * @category utils
 * @since 0.1.0
 */
export const factsOfGraph = (graph: Graph): ReadonlyArray<Fact> =>
  (Object.entries(FACT_COLLECTIONS) as Array<[keyof typeof FACT_COLLECTIONS, FactKind]>).flatMap(([collection, kind]) =>
    ((graph[collection] ?? []) as ReadonlyArray<Fact['record']>).map((record) => ({ kind, record }) as Fact),
  )

/** The codec of each kind of fact, read from the graph codec's collections. */
const factCodecs = (codec: t.Mixed): ReadonlyMap<FactKind, t.Mixed> => {
  const all = collectionCodecs(codec)
  return new Map(
    Object.entries(FACT_COLLECTIONS).map(([collection, kind]) => {
      // A graph codec of one's own built from `Graph.required` has no `votes`: any votes follow the library's Vote.
      const item = all.get(collection) ?? (collection === 'votes' ? VoteCodec : undefined)
      if (item === undefined) throw new TypeError(`${codec.name} has no array of ${collection}`)
      return [kind, item] as const
    }),
  )
}

/**
 * Builds the indexed view of a (validated) graph, in one pass over its records plus one sort of its
 * dated entries and evidence spans. Which references make a fact one of an actor's, or one about a
 * record, comes from the roles in the model (see {@link ROLES}), read from `codec`: the library's
 * {@link Graph} unless a graph codec of one's own (with extended models) is given, alone or as an option.
 *
 * The index sees the current state: its `graph` is {@link currentGraph} of the graph given, so facts that
 * corrections retract or replace are in none of its lists and lookups. `{ history: true }` keeps them;
 * `{ where }` keeps only the facts that pass a predicate (see `SupportQuery`), and facts that name a fact
 * left out keep their references to it. The graph as given stays in `recorded`.
 *
 * @example
 * import { indexGraph, meetingsBetween } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 *
 * const index = indexGraph(canonicalGraph)
 * pipe(index, meetingsBetween('person:antony-blinken', 'person:sergei-lavrov')).length //=> 3
 *
 * @category constructors
 * @since 0.1.0
 */
export const indexGraph = (recorded: Graph, options: t.Mixed | IndexOptions = {}): GraphIndex => {
  const { codec = GraphCodec, history = false, where } = options instanceof t.Type ? { codec: options as t.Mixed } : options
  const current = history ? recorded : currentGraph(recorded, codec)
  const graph = where === undefined ? current : keepWhere(current, where)
  const codecOf = factCodecs(codec)
  const facts = factsOfGraph(graph)
  const byId = new Map<string, GraphRecord>()
  const references = new Map<string, FactReference[]>()
  const byActor = new Map<string, Fact[]>()
  const meetingsByPair = new Map<string, Meeting[]>()
  const byTarget = new Map<string, Fact[]>()
  const spans = new Map<string, Array<SpanEntry<FactEvidence>>>()
  const paths = new PathTable()
  // Many facts share a date: each EDTF value is parsed once, and the dated entries are gathered by the span
  // they cover, so that putting them in order sorts the distinct spans (a few thousand), not every entry.
  const byValue = new Map<string, DatedGroup>()
  const bySpan = new Map<number, Map<number, DatedGroup>>()
  const addDated = (dated: DatedFact): void => {
    let group = byValue.get(dated.time.value)
    if (group === undefined) {
      const { start, end } = coverageOf(dated.time.value)
      let ends = bySpan.get(start)
      if (ends === undefined) bySpan.set(start, (ends = new Map()))
      group = ends.get(end)
      if (group === undefined) ends.set(end, (group = { start, end, entries: [] }))
      byValue.set(dated.time.value, group)
    }
    group.entries.push({ start: group.start, end: group.end, value: dated })
  }

  for (const named of namedRecords(graph)) {
    if (named.collection === 'articles') byId.set(named.id, { kind: 'article', record: named.record as Article })
    else if (named.collection === 'actors') byId.set(named.id, { kind: 'actor', record: named.record as Actor })
    else if (named.collection === 'places') byId.set(named.id, { kind: 'place', record: named.record as Place })
    else if (named.kinds[0] === 'paragraph') byId.set(named.id, { kind: 'paragraph', record: named.record as Paragraph, document: named.parent as Document })
    else if (named.kinds[0] === 'act') byId.set(named.id, { kind: 'act', record: named.record as LifecycleAct, agreement: named.parent as Agreement })
  }
  // A fact names few actors and targets: a list is a cheaper set than a Set for each of a million facts.
  const actors: string[] = []
  const targets: string[] = []
  for (const fact of facts) {
    byId.set(fact.record.id, fact)
    actors.length = 0
    targets.length = 0
    walkWanted(codecOf.get(fact.kind)!, fact.record, refOrEvidence, (node, value, path) => {
      if (node.tag === 'ref') {
        const id = value as string
        push(references, id, { fact, role: node.role, path: paths.shared(path) })
        const category = node.role === undefined ? undefined : ROLES[node.role].category
        if (category === 'actor' && !actors.includes(id)) actors.push(id)
        else if (category === 'target' && !targets.includes(id)) targets.push(id)
      } else if (node.codec === Evidence) {
        const found = { fact, evidence: value as Evidence, path: paths.shared(path) }
        push(spans, found.evidence.article, { start: found.evidence.start, end: found.evidence.end, value: found })
      }
    })
    for (const actor of actors) push(byActor, actor, fact)
    for (const target of targets) push(byTarget, target, fact)
    if (fact.kind === 'meeting') {
      const people = fact.record.participants
      for (let i = 0; i < people.length; i++) {
        if (people.indexOf(people[i]!) < i) continue // named twice: paired once
        for (let j = i + 1; j < people.length; j++) {
          if (people.indexOf(people[j]!) === j) push(meetingsByPair, pairKey(people[i]!, people[j]!), fact.record)
        }
      }
    }
    for (const entry of datesOf(fact)) addDated(entry)
  }
  // A fact's own evidence is found when asked for, by walking that one fact: a list kept for every fact would
  // cost a list and a map entry per fact of a large graph, for a lookup that reads one fact.
  let factOf: Map<Fact['record'], Fact> | undefined // made on the first fact asked for that byId does not name
  const evidenceOf = (asked: Fact): ReadonlyArray<FactEvidence> => {
    const named = byId.get(asked.record.id)
    let fact = named !== undefined && named.record === asked.record ? (named as Fact) : undefined
    if (fact === undefined) {
      factOf ??= new Map(facts.map((f) => [f.record, f]))
      fact = factOf.get(asked.record)
      if (fact === undefined) return []
    }
    const found: FactEvidence[] = []
    const of = fact
    walkWanted(codecOf.get(of.kind)!, of.record, isEvidenceNode, (_, value, path) => found.push({ fact: of, evidence: value as Evidence, path: paths.shared(path) }))
    return found
  }
  const index: GraphIndex = { graph, facts, recorded }
  lookups.set(index, {
    byId,
    references,
    byActor,
    byTarget,
    meetingsByPair,
    byDate: new SpanIndex(inOrder(bySpan)),
    bySpan: new Map([...spans].map(([article, entries]) => [article, new SpanIndex(entries)])),
    evidenceOf,
  })
  return index
}

// -------------------------------------------------------------------------------------
// lookups
// -------------------------------------------------------------------------------------

/**
 * The record an id names, if any.
 *
 * @example
 * import { indexGraph, lookup } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const found = lookup('state:IN')(indexGraph(canonicalGraph))
 * found._tag === 'Some' && found.value.kind === 'actor' && found.value.record.name //=> 'India'
 *
 * @category queries
 * @since 0.1.0
 */
export const lookup =
  (id: string) =>
  (index: GraphIndex): Option<GraphRecord> =>
    fromNullable(lookupsOf(index).byId.get(id))

/**
 * The actor an id names, if it names one.
 *
 * @example
 * import { indexGraph, lookupActor } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * const index = indexGraph(canonicalGraph)
 * map((actor: { name: string }) => actor.name)(lookupActor('person:qin-gang')(index)) //=> { _tag: 'Some', value: 'Qin Gang' }
 *
 * @category queries
 * @since 0.1.0
 */
export const lookupActor =
  (id: string) =>
  (index: GraphIndex): Option<Actor> => {
    const found = lookupsOf(index).byId.get(id)
    return fromNullable(found?.kind === 'actor' ? found.record : undefined)
  }

/**
 * The fact an id names, if it names one.
 *
 * @example
 * import { indexGraph, lookupFact } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { isNone } from 'fp-ts/lib/Option.js'
 *
 * const index = indexGraph(canonicalGraph)
 * isNone(lookupFact('person:qin-gang')(index)) //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const lookupFact =
  (id: string) =>
  (index: GraphIndex): Option<Fact> => {
    const found = lookupsOf(index).byId.get(id)
    return fromNullable(found === undefined || found.kind === 'article' || found.kind === 'actor' || found.kind === 'place' || found.kind === 'paragraph' || found.kind === 'act' ? undefined : found)
  }

/**
 * An actor's name, or the id itself when the graph has no such actor.
 *
 * @example
 * import { indexGraph, nameOf } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * nameOf('state:IN')(index) //=> 'India'
 * nameOf('state:XX')(index) //=> 'state:XX'
 *
 * @category queries
 * @since 0.1.0
 */
export const nameOf =
  (id: string) =>
  (index: GraphIndex): string => {
    const found = lookupsOf(index).byId.get(id)
    return found?.kind === 'actor' ? found.record.name : id
  }

/**
 * Every fact an actor takes part in, in collection order: every fact that names it by a reference whose role
 * is of the `actor` category in {@link ROLES} (participant, party, speaker, holder, signer...; the full list
 * is in docs/model-reference.md, read from the model).
 *
 * @example
 * import { indexGraph, factsOfActor } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * factsOfActor('anonymous:us-official')(index).some((fact) => fact.kind === 'statement') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const factsOfActor =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Fact> =>
    lookupsOf(index).byActor.get(actor) ?? []

/**
 * Every meeting in which both actors took part, in graph order.
 *
 * @example
 * import { indexGraph, meetingsBetween } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * meetingsBetween('person:antony-blinken', 'person:sergei-lavrov')(indexGraph(canonicalGraph)).length //=> 3
 *
 * @category queries
 * @since 0.1.0
 */
export const meetingsBetween =
  (a: string, b: string) =>
  (index: GraphIndex): ReadonlyArray<Meeting> =>
    lookupsOf(index).meetingsByPair.get(pairKey(a, b)) ?? []

/**
 * Every fact aimed at a record: every fact that names it by a reference whose role is of the `target`
 * category in {@link ROLES} (positions on it, statements about it or said at it, documents about it,
 * meetings on its sidelines, events part of it).
 *
 * @example
 * import { indexGraph, factsAbout } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * factsAbout('paragraph:g20-fm-2023-communique-withdrawal')(index).map((fact) => fact.record.id)
 * //=> ['statement:indian-presidency-withdrawal-paragraph', 'position:china-russia-oppose-withdrawal-paragraph']
 *
 * @category queries
 * @since 0.1.0
 */
export const factsAbout =
  (target: string) =>
  (index: GraphIndex): ReadonlyArray<Fact> =>
    lookupsOf(index).byTarget.get(target) ?? []

/**
 * Every dated part of a fact that may fall within a span (possible reading: the spans share an instant),
 * ordered by start then end. An agreement appears once per lifecycle act in the span.
 *
 * @example
 * import { coverageOf, datedFactsDuring, Edtf, indexGraph, make } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const in2022 = datedFactsDuring(coverageOf(make(Edtf)('2022')))(indexGraph(canonicalGraph))
 * in2022.some((dated) => dated.time.value === '2022-02-24') //=> true
 * in2022.some((dated) => dated.time.value === '2023-03-02') //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const datedFactsDuring =
  (span: Coverage) =>
  (index: GraphIndex): ReadonlyArray<DatedFact> =>
    lookupsOf(index).byDate.overlapping(span.start, span.end).map((entry) => entry.value)

/**
 * Every dated part of every fact, oldest first by the span it covers (so "January 2022" comes before
 * 2022-02-24), equal spans in graph order.
 *
 * @example
 * import { indexGraph, datedFacts } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * const facts = datedFacts(index)
 * facts.at(-1)?.time.value //=> '2023-03-18'
 *
 * @category queries
 * @since 0.1.0
 */
export const datedFacts = (index: GraphIndex): ReadonlyArray<DatedFact> => datedFactsDuring({ start: -Infinity, end: Infinity })(index)

/**
 * Every piece of evidence in an article that overlaps the code-point span `[start, end)`, with its fact and
 * where in the fact it sits, in reading order.
 *
 * @example
 * import { indexGraph, evidenceIn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { canonicalArticleText } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * const start = Array.from(canonicalArticleText).join('').indexOf('expires on March 18')
 * evidenceIn('article:g20-blinken-lavrov-2023', start, start + 19)(index).some((found) => found.fact.record.id === 'agreement:black-sea-grain-initiative') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const evidenceIn =
  (article: string, start: number, end: number) =>
  (index: GraphIndex): ReadonlyArray<FactEvidence> =>
    (lookupsOf(index).bySpan.get(article)?.overlapping(start, end) ?? []).map((entry) => entry.value)

/**
 * Every reference from a fact to a record (by id), with the fact, the role and where the id sits, in
 * collection order: what `factsOfActor` and `factsAbout` are drawn from, for any role.
 *
 * @example
 * import { indexGraph, referencesTo } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * referencesTo('place:new-delhi')(index).map((found) => found.role)[0] //=> 'place'
 *
 * @category queries
 * @since 0.2.0
 */
export const referencesTo =
  (id: string) =>
  (index: GraphIndex): ReadonlyArray<FactReference> =>
    lookupsOf(index).references.get(id) ?? []

/**
 * Every piece of evidence inside a fact of the index, with where it sits, in the order of the fact's
 * fields (empty for a fact the index does not hold).
 *
 * @example
 * import { indexGraph, evidenceInFact } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * const meeting = index.facts.find((fact) => fact.kind === 'meeting')!
 * evidenceInFact(meeting)(index)[0]?.path //=> ['evidence', 0]
 *
 * @category queries
 * @since 0.2.0
 */
export const evidenceInFact =
  (fact: Fact) =>
  (index: GraphIndex): ReadonlyArray<FactEvidence> =>
    lookupsOf(index).evidenceOf(fact)

// -------------------------------------------------------------------------------------
// current state and history
// -------------------------------------------------------------------------------------

/** What the first correction of each fact does to it: the id of its replacement, or undefined for a retraction. */
const fatesOf = (graph: Graph): ReadonlyMap<string, string | undefined> => {
  const fates = new Map<string, string | undefined>()
  for (const correction of graph.corrections ?? []) {
    if (!fates.has(correction.fact)) fates.set(correction.fact, correction.kind === 'correction' ? correction.replacement : undefined)
  }
  return fates
}

/** A copy of a record with the value at each path replaced (only the objects along the paths are copied). */
const replacingAt = <A>(record: A, changes: ReadonlyArray<readonly [Path, string]>): A => {
  const root: { value: unknown } = { value: record }
  const copied = new Set<unknown>()
  for (const [path, value] of changes) {
    let parent: Record<string | number, unknown> = root as unknown as Record<string, unknown>
    let key: string | number = 'value'
    for (const step of path) {
      let child = parent[key] as Record<string | number, unknown>
      if (!copied.has(child)) {
        child = (Array.isArray(child) ? [...child] : { ...child }) as Record<string | number, unknown>
        copied.add(child)
        parent[key] = child
      }
      parent = child
      key = step
    }
    parent[key] = value
  }
  return root.value as A
}
type Path = ReadonlyArray<string | number>

/**
 * The graph in its current state: without the facts that its corrections retract or replace, and without
 * the corrections (they are its history). A reference into a replaced fact is redirected to the fact that
 * replaces it now (the end of its chain of corrections); a reference into a retracted fact is kept, so
 * {@link checkGraph} of the current graph reports it as dangling: what stood on, or pointed at, a fact found
 * wrong needs a look. A graph without corrections comes back as it is.
 *
 * @example
 * import { currentGraph, Graph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 3, quote: 'war' }] as const
 * const sources = [{ url: 'https://example.org/corrections' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   events: [{ id: 'event:a', type: 'armed-conflict', name: 'A', evidence }, { id: 'event:b', type: 'armed-conflict', name: 'B', evidence }],
 *   corrections: [{ id: 'correction:1', fact: 'event:a', kind: 'retraction', sources }] })
 * currentGraph(graph).events.map((event) => event.id) //=> ['event:b']
 * currentGraph(graph).corrections //=> undefined
 *
 * @category utils
 * @since 0.3.0
 */
export const currentGraph = (graph: Graph, codec: t.Mixed = GraphCodec): Graph => {
  const fates = fatesOf(graph)
  if (fates.size === 0) return graph
  // The fact that stands for an id now: itself, the end of its chain of replacements, or none when retracted.
  const currentOf = (id: string): string | undefined => {
    const seen = new Set<string>()
    let at: string | undefined = id
    while (at !== undefined && fates.has(at)) {
      if (seen.has(at)) return undefined // a loop of replacements, reported by checkGraph: nothing is current
      seen.add(at)
      at = fates.get(at)
    }
    return at
  }
  const kept = <A extends { readonly id?: string | undefined }>(records: ReadonlyArray<A>): ReadonlyArray<A> =>
    records.some((record) => record.id !== undefined && fates.has(record.id)) ? records.filter((record) => record.id === undefined || !fates.has(record.id)) : records
  const { corrections: _corrections, ...rest } = graph
  const out: Record<string, unknown> = { ...rest }
  for (const collection of Object.keys(FACT_COLLECTIONS) as Array<keyof typeof FACT_COLLECTIONS>) {
    const records = graph[collection]
    if (records !== undefined) out[collection] = kept(records as ReadonlyArray<{ readonly id: string }>)
  }
  out.documents = (out.documents as Graph['documents']).map((document) => {
    const paragraphs = document.paragraphs === undefined ? undefined : kept(document.paragraphs)
    return paragraphs === document.paragraphs ? document : { ...document, paragraphs }
  })
  out.agreements = (out.agreements as Graph['agreements']).map((agreement) => {
    const lifecycle = kept(agreement.lifecycle)
    return lifecycle === agreement.lifecycle ? agreement : { ...agreement, lifecycle }
  })
  for (const [collection, item] of collectionCodecs(codec)) {
    const records = out[collection] as ReadonlyArray<unknown> | undefined
    if (records === undefined || collection === 'corrections') continue
    out[collection] = records.map((record) => {
      const changes: Array<readonly [Path, string]> = []
      walkValue(item, record, (node, value, path) => {
        if (node.tag !== 'ref' || typeof value !== 'string' || !fates.has(value)) return
        const now = currentOf(value)
        if (now !== undefined) changes.push([path.slice(), now])
      })
      return changes.length === 0 ? record : replacingAt(record, changes)
    })
  }
  return out as unknown as Graph
}

/** The graph with only the facts that pass (paragraphs and lifecycle acts go with their document or agreement). */
const keepWhere = (graph: Graph, where: Predicate<FactInGraph>): Graph => {
  const out: Record<string, unknown> = { ...graph }
  for (const [collection, kind] of Object.entries(FACT_COLLECTIONS) as Array<[keyof typeof FACT_COLLECTIONS, FactKind]>) {
    const records = graph[collection] as ReadonlyArray<Fact['record']> | undefined
    if (records !== undefined) out[collection] = records.filter((record) => where({ fact: { kind, record } as Fact, graph }))
  }
  return out as unknown as Graph
}

/**
 * The facts of the index that pass a predicate, in collection order: a query's answer narrowed by support
 * or annotation (see `SupportQuery`). To narrow every query at once, build the index with `{ where }`.
 *
 * @example
 * import { factsWhere, indexGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * factsWhere(({ fact }) => fact.kind === 'agreement')(index).length //=> 1
 *
 * @category queries
 * @since 0.3.0
 */
export const factsWhere =
  (predicate: Predicate<FactInGraph>) =>
  (index: GraphIndex): ReadonlyArray<Fact> =>
    index.facts.filter((fact) => predicate({ fact, graph: index.graph }))

/**
 * Every correction of a fact in the graph as given (current state or not), in graph order.
 *
 * @example
 * import { correctionsOf, indexGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * correctionsOf('meeting:blinken-lavrov-2023-03-02')(indexGraph(canonicalGraph)) //=> []
 *
 * @category queries
 * @since 0.3.0
 */
export const correctionsOf =
  (factId: string) =>
  (index: GraphIndex): ReadonlyArray<Correction> =>
    (index.recorded.corrections ?? []).filter((correction) => correction.fact === factId)

/**
 * One step of a fact's history: a version of the fact, or the correction that retracted or replaced it.
 *
 * @category model
 * @since 0.3.0
 */
export type HistoryStep =
  | { readonly kind: 'version'; readonly record: GraphRecord }
  | { readonly kind: 'correction'; readonly correction: Correction }

/**
 * The history of a fact, oldest first: its first version, the correction of it, the version that replaced
 * it, and so on along the chain to the current version or to a retraction. Asked of any version, it gives
 * the whole chain; a fact never corrected has a history of one version, an unknown id none.
 *
 * @example
 * import { Graph, historyOf, indexGraph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 3, quote: 'war' }] as const
 * const sources = [{ url: 'https://example.org/corrections' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   events: [{ id: 'event:a', type: 'armed-conflict', name: 'A', evidence }, { id: 'event:b', type: 'armed-conflict', name: 'B', evidence }],
 *   corrections: [{ id: 'correction:1', fact: 'event:a', kind: 'correction', replacement: 'event:b', sources }] })
 * historyOf('event:b')(indexGraph(graph)).map((step) => step.kind === 'version' ? step.record.record.id : step.correction.id)
 * //=> ['event:a', 'correction:1', 'event:b']
 *
 * @category queries
 * @since 0.3.0
 */
export const historyOf =
  (factId: string) =>
  (index: GraphIndex): ReadonlyArray<HistoryStep> => {
    const recorded = historyLookups(index)
    const seen = new Set<string>([factId])
    // Back to the first version, then forward along the corrections.
    let first = factId
    for (let before = recorded.replacing.get(first); before !== undefined && !seen.has(before.fact); before = recorded.replacing.get(first)) {
      seen.add(before.fact)
      first = before.fact
    }
    const steps: HistoryStep[] = []
    const visited = new Set<string>()
    for (let at: string | undefined = first; at !== undefined && !visited.has(at); ) {
      visited.add(at)
      const record = recorded.byId.get(at)
      if (record !== undefined) steps.push({ kind: 'version', record })
      const correction = recorded.correcting.get(at)
      if (correction === undefined) break
      steps.push({ kind: 'correction', correction })
      at = correction.kind === 'correction' ? correction.replacement : undefined
    }
    return steps
  }

interface HistoryLookups {
  readonly byId: ReadonlyMap<string, GraphRecord>
  /** The first correction of each fact. */
  readonly correcting: ReadonlyMap<string, Correction>
  /** The correction whose replacement each fact is. */
  readonly replacing: ReadonlyMap<string, Correction>
}

const histories = /* @__PURE__ */ new WeakMap<Graph, HistoryLookups>()

/** The records and corrections of the graph as given, gathered on the first call and kept for the next. */
const historyLookups = (index: GraphIndex): HistoryLookups => {
  const found = histories.get(index.recorded)
  if (found !== undefined) return found
  const all = index.recorded === index.graph ? index : indexGraph(index.recorded, { history: true })
  const byId = new Map<string, GraphRecord>()
  for (const named of namedRecords(index.recorded)) {
    const record = lookupsOf(all).byId.get(named.id)
    if (record !== undefined) byId.set(named.id, record)
  }
  const correcting = new Map<string, Correction>()
  const replacing = new Map<string, Correction>()
  for (const correction of index.recorded.corrections ?? []) {
    if (!correcting.has(correction.fact)) correcting.set(correction.fact, correction)
    if (correction.kind === 'correction' && correction.replacement !== undefined && !replacing.has(correction.replacement)) replacing.set(correction.replacement, correction)
  }
  const lookups = { byId, correcting, replacing }
  histories.set(index.recorded, lookups)
  return lookups
}
