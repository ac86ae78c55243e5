/**
 * An indexed view of a graph, built once, so lookups by id, actor, pair of actors, target, date and
 * article span cost about the size of the answer rather than a scan of the graph.
 *
 * Building walks every record once (hash maps, linear in the size of the graph; the meeting pair index
 * adds one entry per pair of participants) and sorts the dated entries and the evidence spans once
 * (`O(n log n)`). Span lookups (by date, by article offsets) search sorted arrays by binary search: entries
 * are grouped by the length of their span in powers of two, so a lookup looks only at entries that start
 * at most one group-length before the asked span. Entries without a bound (open or unknown ends) sit in one
 * small list that every date lookup reads.
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
import type { Agreement } from './Agreement.js'
import type { Article } from './Article.js'
import type { Document, Paragraph } from './Document.js'
import type { Event } from './Event.js'
import type { Evidence } from './Evidence.js'
import type { Graph } from './Graph.js'
import type { Meeting } from './Meeting.js'
import type { Place } from './Place.js'
import type { Position } from './Position.js'
import type { Relation } from './Relation.js'
import type { Statement } from './Statement.js'
import type { Coverage, Time } from './Time.js'
import { coverageOf } from './Time.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A fact of a graph: a record of one of the seven fact collections, tagged by `kind`.
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

/**
 * The kinds of fact.
 *
 * @category model
 * @since 0.1.0
 */
export type FactKind = Fact['kind']

/**
 * Any record an id can name: an article, actor, place, paragraph, or a fact.
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
export const OrdFactId: Ord<Fact> = contramapOrd((f: Fact) => `${f.kind}\u0000${f.record.id}`)(S.Ord)

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
// span index
// -------------------------------------------------------------------------------------

interface SpanEntry<A> {
  readonly start: number
  readonly end: number
  readonly value: A
}

/** First index whose entry starts at or after `at`. */
const lowerBound = <A>(entries: ReadonlyArray<SpanEntry<A>>, at: number): number => {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

const byStart = <A>(a: SpanEntry<A>, b: SpanEntry<A>): number => a.start - b.start || a.end - b.end

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

/**
 * Spans `[start, end)` grouped by length class (`2^k <= length < 2^(k+1)`), each group sorted by start.
 * An entry of class k overlaps `[a, b)` only if it starts after `a - 2^(k+1)` and before `b`, so a lookup
 * reads that slice of each group and little else.
 */
class SpanIndex<A> implements SpanLookup<A> {
  private readonly groups: ReadonlyArray<{ readonly reach: number; readonly entries: ReadonlyArray<SpanEntry<A>> }>
  private readonly unbounded: ReadonlyArray<SpanEntry<A>>

  constructor(all: ReadonlyArray<SpanEntry<A>>) {
    const groups = new Map<number, Array<SpanEntry<A>>>()
    const unbounded: Array<SpanEntry<A>> = []
    for (const entry of all) {
      const length = entry.end - entry.start
      if (!Number.isFinite(length)) {
        unbounded.push(entry)
        continue
      }
      const k = length <= 1 ? 0 : Math.floor(Math.log2(length))
      let group = groups.get(k)
      if (group === undefined) groups.set(k, (group = []))
      group.push(entry)
    }
    this.groups = [...groups].map(([k, entries]) => ({ reach: 2 ** (k + 1), entries: entries.sort(byStart) }))
    this.unbounded = unbounded.sort(byStart)
  }

  overlapping(start: number, end: number): ReadonlyArray<SpanEntry<A>> {
    const found: Array<SpanEntry<A>> = []
    for (const { reach, entries } of this.groups) {
      for (let i = lowerBound(entries, start - reach); i < entries.length; i++) {
        const entry = entries[i]!
        if (entry.start >= end) break
        if (entry.end > start) found.push(entry)
      }
    }
    for (const entry of this.unbounded) if (entry.start < end && entry.end > start) found.push(entry)
    return found.sort(byStart)
  }
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
  /** @internal */
  readonly _byId: ReadonlyMap<string, GraphRecord>
  /** @internal */
  readonly _byActor: ReadonlyMap<string, ReadonlyArray<Fact>>
  /** @internal */
  readonly _meetingsByPair: ReadonlyMap<string, ReadonlyArray<Meeting>>
  /** @internal */
  readonly _byTarget: ReadonlyMap<string, ReadonlyArray<Fact>>
  /** @internal */
  readonly _byDate: SpanLookup<DatedFact>
  /** @internal */
  readonly _bySpan: ReadonlyMap<string, SpanLookup<FactEvidence>>
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

const isEvidence = (value: object): value is Evidence => {
  const v = value as Record<string, unknown>
  return typeof v['article'] === 'string' && typeof v['start'] === 'number' && typeof v['end'] === 'number' && typeof v['quote'] === 'string'
}

/** Visits every evidence span inside a value, with its path. */
const eachEvidence = (value: unknown, path: Array<string | number>, visit: (evidence: Evidence, path: RecordPath) => void): void => {
  if (typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      eachEvidence(value[i], path, visit)
      path.pop()
    }
    return
  }
  if (isEvidence(value)) {
    visit(value, path.slice())
    return
  }
  for (const key in value) {
    path.push(key)
    eachEvidence((value as Record<string, unknown>)[key], path, visit)
    path.pop()
  }
}

/** The actors a fact involves, each once. */
const actorsOf = (fact: Fact): ReadonlyArray<string> => {
  const ids: string[] = []
  switch (fact.kind) {
    case 'event': {
      const r = fact.record
      ids.push(...(r.participants ?? []), ...(r.organizers ?? []))
      break
    }
    case 'meeting': {
      const r = fact.record
      ids.push(...r.participants)
      for (const c of r.conveyed ?? []) ids.push(c.by, ...(c.to === undefined ? [] : [c.to]))
      break
    }
    case 'agreement': {
      const r = fact.record
      ids.push(...r.parties.map((p) => p.actor))
      for (const act of r.lifecycle) ids.push(...(act.by ?? []))
      break
    }
    case 'document': {
      const r = fact.record
      ids.push(...(r.issuer === undefined ? [] : [r.issuer]), ...(r.signers ?? []), ...(r.refusers ?? []))
      break
    }
    case 'statement': {
      const r = fact.record
      ids.push(...r.speakers, ...(r.addressees ?? []), ...(r.audience ?? []))
      break
    }
    case 'position':
      ids.push(...fact.record.holders)
      break
    case 'relation':
      ids.push(fact.record.subject, fact.record.object)
      break
  }
  return [...new Set(ids)]
}

/** What a fact is about or aims at: position targets, statement subjects, documents' occasions, ... */
const targetsOf = (fact: Fact): ReadonlyArray<string> => {
  switch (fact.kind) {
    case 'position': {
      const target = fact.record.target
      switch (target.kind) {
        case 'proposition':
          return []
        case 'paragraph':
          return [target.paragraph]
        case 'document':
          return [target.document]
        case 'agreement':
          return [target.agreement]
        case 'event':
          return [target.event]
        case 'actor':
          return [target.actor]
      }
      return []
    }
    case 'statement':
      return [...(fact.record.about ?? []), ...(fact.record.occasion === undefined ? [] : [fact.record.occasion])]
    case 'document':
      return fact.record.about === undefined ? [] : [fact.record.about]
    case 'meeting':
      return fact.record.sidelinesOf === undefined ? [] : [fact.record.sidelinesOf]
    case 'event':
      return fact.record.partOf === undefined ? [] : [fact.record.partOf]
    default:
      return []
  }
}

/** The dated parts of a fact. */
const datesOf = (fact: Fact): ReadonlyArray<DatedFact> => {
  if (fact.kind === 'agreement') {
    return fact.record.lifecycle.map((act, i) => ({ fact, time: act.time, path: ['lifecycle', i, 'time'] }))
  }
  const time = fact.record.time
  return time === undefined ? [] : [{ fact, time, path: ['time'] }]
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/**
 * The facts of a graph, in collection order: events, meetings, agreements, documents, statements,
 * positions, relations.
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
export const factsOfGraph = (graph: Graph): ReadonlyArray<Fact> => [
  ...graph.events.map((record): Fact => ({ kind: 'event', record })),
  ...graph.meetings.map((record): Fact => ({ kind: 'meeting', record })),
  ...graph.agreements.map((record): Fact => ({ kind: 'agreement', record })),
  ...graph.documents.map((record): Fact => ({ kind: 'document', record })),
  ...graph.statements.map((record): Fact => ({ kind: 'statement', record })),
  ...graph.positions.map((record): Fact => ({ kind: 'position', record })),
  ...graph.relations.map((record): Fact => ({ kind: 'relation', record })),
]

/**
 * Builds the indexed view of a (validated) graph, in one pass over its records plus one sort of its
 * dated entries and evidence spans.
 *
 * @example
 * import { indexGraph, meetingsBetween } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 *
 * const index = indexGraph(canonicalGraph)
 * pipe(index, meetingsBetween('person:antony-blinken', 'person:sergei-lavrov'))
 *
 * @category constructors
 * @since 0.1.0
 */
export const indexGraph = (graph: Graph): GraphIndex => {
  const facts = factsOfGraph(graph)
  const byId = new Map<string, GraphRecord>()
  const byActor = new Map<string, Fact[]>()
  const meetingsByPair = new Map<string, Meeting[]>()
  const byTarget = new Map<string, Fact[]>()
  const dated: Array<SpanEntry<DatedFact>> = []
  const spans = new Map<string, Array<SpanEntry<FactEvidence>>>()
  // Many facts share a date; parse each EDTF value once.
  const coverages = new Map<string, Coverage>()
  const cover = (value: string): Coverage => {
    let found = coverages.get(value)
    if (found === undefined) coverages.set(value, (found = coverageOf(value as Time['value'])))
    return found
  }

  for (const record of graph.articles) byId.set(record.id, { kind: 'article', record })
  for (const record of graph.actors) byId.set(record.id, { kind: 'actor', record })
  for (const record of graph.places) byId.set(record.id, { kind: 'place', record })
  for (const document of graph.documents) {
    for (const record of document.paragraphs ?? []) byId.set(record.id, { kind: 'paragraph', record, document })
  }
  for (const fact of facts) {
    byId.set(fact.record.id, fact)
    for (const actor of actorsOf(fact)) push(byActor, actor, fact)
    for (const target of new Set(targetsOf(fact))) push(byTarget, target, fact)
    if (fact.kind === 'meeting') {
      const people = [...new Set(fact.record.participants)]
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) push(meetingsByPair, pairKey(people[i]!, people[j]!), fact.record)
      }
    }
    for (const entry of datesOf(fact)) {
      const { start, end } = cover(entry.time.value)
      dated.push({ start, end, value: entry })
    }
    eachEvidence(fact.record, [], (evidence, path) => push(spans, evidence.article, { start: evidence.start, end: evidence.end, value: { fact, evidence, path } }))
  }
  return {
    graph,
    facts,
    _byId: byId,
    _byActor: byActor,
    _meetingsByPair: meetingsByPair,
    _byTarget: byTarget,
    _byDate: new SpanIndex(dated),
    _bySpan: new Map([...spans].map(([article, entries]) => [article, new SpanIndex(entries)])),
  }
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
 * lookup('state:IN')(indexGraph(canonicalGraph)) // some({ kind: 'actor', record: { name: 'India', ... } })
 *
 * @category queries
 * @since 0.1.0
 */
export const lookup =
  (id: string) =>
  (index: GraphIndex): Option<GraphRecord> =>
    fromNullable(index._byId.get(id))

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
    const found = index._byId.get(id)
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
    const found = index._byId.get(id)
    return fromNullable(found === undefined || found.kind === 'article' || found.kind === 'actor' || found.kind === 'place' || found.kind === 'paragraph' ? undefined : found)
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
    const found = index._byId.get(id)
    return found?.kind === 'actor' ? found.record.name : id
  }

/**
 * Every fact an actor takes part in (as participant, party, speaker, addressee, holder, signer, refuser,
 * issuer, organizer or relation end), in collection order.
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
    index._byActor.get(actor) ?? []

/**
 * Every meeting in which both actors took part, in graph order.
 *
 * @example
 * import { indexGraph, meetingsBetween } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * meetingsBetween('person:antony-blinken', 'person:sergei-lavrov')(indexGraph(canonicalGraph))
 *
 * @category queries
 * @since 0.1.0
 */
export const meetingsBetween =
  (a: string, b: string) =>
  (index: GraphIndex): ReadonlyArray<Meeting> =>
    index._meetingsByPair.get(pairKey(a, b)) ?? []

/**
 * Every fact aimed at a record: positions targeting it, statements about it or said at it, documents
 * about it, meetings on its sidelines, events part of it.
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
    index._byTarget.get(target) ?? []

/**
 * Every dated part of a fact that may fall within a span (possible reading: the spans share an instant),
 * ordered by start then end. An agreement appears once per lifecycle act in the span.
 *
 * @example
 * import { coverageOf, datedFactsDuring, indexGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * datedFactsDuring(coverageOf('2022' as any))(indexGraph(canonicalGraph)) // everything dated in 2022
 *
 * @category queries
 * @since 0.1.0
 */
export const datedFactsDuring =
  (span: Coverage) =>
  (index: GraphIndex): ReadonlyArray<DatedFact> =>
    index._byDate.overlapping(span.start, span.end).map((entry) => entry.value)

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
    (index._bySpan.get(article)?.overlapping(start, end) ?? []).map((entry) => entry.value)
