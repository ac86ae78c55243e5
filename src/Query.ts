/**
 * Queries that answer what a reader asks of a graph: who met whom and when last, which agreements are in
 * force and until when, who refused a text and which paragraph they objected to, who said what word for
 * word, every event in order, which facts a sentence supports, who played which part, what answers or
 * contradicts a fact, who stands with whom, and what was called off.
 *
 * All are pure and data-last: each takes its parameters first and the {@link GraphIndex} (or a record)
 * last, so they compose with `pipe`. They return `Option`, `ReadonlyArray` or `ReadonlyNonEmptyArray`,
 * never `undefined`, and never throw. Time follows the rules of `TimeQuery`: a fact's time is the span its
 * EDTF value covers, `~` and `?` do not widen it, open and unknown ends are unbounded.
 *
 * @module
 */
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable, none, some } from 'fp-ts/lib/Option.js'
import { contramap } from 'fp-ts/lib/Ord.js'
import * as RA from 'fp-ts/lib/ReadonlyArray.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { fromReadonlyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Actor, Person, Post } from './Actor.js'
import type { Agreement, PartyRole, StatusByParty, StatusOn } from './Agreement.js'
import { statusByParty, statusOn } from './Agreement.js'
import type { Document, Paragraph } from './Document.js'
import type { Event } from './Event.js'
import type { Evidence } from './Evidence.js'
import { OrdEvidence } from './Evidence.js'
import type { DatedFact, Fact, FactEvidence, GraphIndex } from './GraphIndex.js'
import { datedFacts, EqFact, evidenceIn, evidenceInFact, factsAbout, factsOfActor, lookup, lookupActor, lookupFact, meetingsBetween, referencesTo } from './GraphIndex.js'
import type { Channel, Meeting } from './Meeting.js'
import { OrdMeetingTime } from './Meeting.js'
import type { ParticipantRole, Participation } from './Participation.js'
import type { Position, Stance } from './Position.js'
import { PositionTarget } from './Position.js'
import { referencesIn } from './internal/CodecTree.js'
import type { Role } from './Reference.js'
import type { ScheduleChange, ScheduleStatus } from './Schedule.js'
import { latestScheduleChange } from './Schedule.js'
import type { Medium, Statement } from './Statement.js'
import type { Time } from './Time.js'
import { coverageOf, OrdTime } from './Time.js'
import type { When } from './TimeQuery.js'
import { coverageOfWhen, daysFrom, isBefore, isOn } from './TimeQuery.js'
import { EqTerm } from './Vocabulary.js'
import type { Vote } from './Vote.js'
import { votesOn } from './VoteQuery.js'


/** Evidence in reading order, each span once. */
const uniqEvidence = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<Evidence> =>
  RA.sort(OrdEvidence)(RA.uniq({ equals: (a: Evidence, b: Evidence) => OrdEvidence.equals(a, b) })(evidence))

// -------------------------------------------------------------------------------------
// meetings
// -------------------------------------------------------------------------------------

/**
 * Filters for {@link lastMeetingBetween}.
 *
 * @category model
 * @since 0.1.0
 */
export interface MeetingFilter {
  /** Only meetings wholly before this time (definite reading). */
  readonly before?: When
  /** Only meetings held this way (`in-person` for "face to face"). */
  readonly channel?: Channel
}

/**
 * The latest meeting of two actors that matches the filter, if any. Only meetings that happened
 * (`realis` absent or `actual`) and have a time count; "before" uses the definite reading, so a meeting
 * dated "January 2022" is before 2022-02-24 and one dated "2022-02" is not.
 *
 * @example
 * import { Edtf, indexGraph, lastMeetingBetween, make } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * pipe(indexGraph(canonicalGraph),
 *   lastMeetingBetween('person:antony-blinken', 'person:sergei-lavrov', { before: make(Edtf)('2023-03-02'), channel: 'in-person' }),
 *   map((meeting) => meeting.id)) //=> { _tag: 'Some', value: 'meeting:blinken-lavrov-2022-01' }
 *
 * @category queries
 * @since 0.1.0
 */
export const lastMeetingBetween =
  (a: string, b: string, filter: MeetingFilter = {}) =>
  (index: GraphIndex): Option<Meeting> => {
    const { before, channel } = filter
    const beforeWhen = before === undefined ? undefined : isBefore(before)
    const candidates = meetingsBetween(a, b)(index).filter(
      (m) =>
        m.time !== undefined &&
        (m.realis === undefined || m.realis === 'actual') &&
        (channel === undefined || EqTerm.equals(m.channel, channel)) &&
        (beforeWhen === undefined || beforeWhen(m.time)),
    )
    return RA.last(RA.sort(OrdMeetingTime)(candidates))
  }

/**
 * Every meeting an actor took part in, oldest first (undated ones first).
 *
 * @example
 * import { indexGraph, meetingsOf } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * meetingsOf('person:qin-gang')(index).map((m) => m.id) //=> ['meeting:lavrov-qin-2023-03-02']
 *
 * @category queries
 * @since 0.1.0
 */
export const meetingsOf =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Meeting> =>
    RA.sort(OrdMeetingTime)(factsOfActor(actor)(index).flatMap((f) => (f.kind === 'meeting' && f.record.participants.some((id) => id === actor) ? [f.record] : [])))

// -------------------------------------------------------------------------------------
// agreements
// -------------------------------------------------------------------------------------

/**
 * An agreement with its status on the date asked.
 *
 * @category model
 * @since 0.1.0
 */
export interface AgreementOn {
  readonly agreement: Agreement
  readonly status: StatusOn
}

/**
 * Every agreement in force on a date, with its status (graph order).
 *
 * @example
 * import { indexGraph, agreementsInForceOn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import type { Edtf } from 'news-codecs'
 *
 * const index = indexGraph(canonicalGraph)
 * agreementsInForceOn('2023-03-02' as Edtf)(index).map((a) => a.agreement.name) //=> ['Black Sea Grain Initiative']
 * agreementsInForceOn('2023-03-20' as Edtf)(index) //=> []
 *
 * @category queries
 * @since 0.1.0
 */
export const agreementsInForceOn =
  (when: When) =>
  (index: GraphIndex): ReadonlyArray<AgreementOn> =>
    index.graph.agreements.flatMap((agreement) => {
      const status = statusOn(when)(agreement)
      return status.status === 'in-force' ? [{ agreement, status }] : []
    })

/**
 * Every agreement in force on a date whose recorded expiry falls within `days` days from the start of
 * that date (possible reading: an expiry dated "March 2023" counts if March 2023 reaches into the window).
 *
 * @example
 * import { Edtf, expiringWithin, indexGraph, make } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * expiringWithin(make(Edtf)('2023-03-02'), 30)(indexGraph(canonicalGraph)).map((found) => found.agreement.id)
 * //=> ['agreement:black-sea-grain-initiative']
 *
 * @category queries
 * @since 0.1.0
 */
export const expiringWithin =
  (when: When, days: number) =>
  (index: GraphIndex): ReadonlyArray<AgreementOn> => {
    const window = daysFrom(when, days)
    return agreementsInForceOn(when)(index).filter(({ status }) =>
      status.expires._tag === 'Some' ? isOn(window)(status.expires.value.time) : false,
    )
  }

/**
 * A party of an agreement, resolved to its actor when the graph has it.
 *
 * @category model
 * @since 0.1.0
 */
export interface PartyOf {
  readonly actor: Option<Actor>
  readonly id: string
  readonly role: PartyRole
  /** The party's own evidence, or the agreement's when it has none. */
  readonly evidence: ReadonlyArray<Evidence>
}

/**
 * The parties of an agreement with their roles, resolved against the index.
 *
 * @example
 * import { indexGraph, partiesOf } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * partiesOf(canonicalGraph.agreements[0]!)(index).map((party) => party.id)
 * //=> ['org:un', 'state:UA', 'state:RU', 'state:TR']
 *
 * @category queries
 * @since 0.1.0
 */
export const partiesOf =
  (agreement: Agreement) =>
  (index: GraphIndex): ReadonlyNonEmptyArray<PartyOf> => {
    const [first, ...rest] = agreement.parties
    const resolve = (p: Agreement['parties'][number]): PartyOf => {
      return { actor: lookupActor(p.actor)(index), id: p.actor, role: p.role, evidence: p.evidence ?? agreement.evidence ?? [] }
    }
    return [resolve(first), ...rest.map(resolve)]
  }

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

/**
 * An actor that refused to sign a document, with what shows it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Refusal {
  readonly actor: string
  /** Positions of stance `refuses-to-sign` toward the document. */
  readonly positions: ReadonlyArray<Position>
  /** Evidence of the refusal, in reading order: the positions', or the document's. */
  readonly evidence: ReadonlyArray<Evidence>
}

/**
 * Who refused to sign a document (by id): its `refusers` and the holders of `refuses-to-sign` positions
 * toward it, each once, in the order first named. An unknown id gives no one.
 *
 * @example
 * import { indexGraph, refusersOf } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * refusersOf('document:g20-fm-2023-joint-communique')(indexGraph(canonicalGraph)).map((r) => r.actor)
 * //=> ['state:CN', 'state:RU']
 *
 * @category queries
 * @since 0.1.0
 */
export const refusersOf =
  (documentId: string) =>
  (index: GraphIndex): ReadonlyArray<Refusal> => {
    const found = lookup(documentId)(index)
    if (found._tag === 'None' || found.value.kind !== 'document') return []
    const document = found.value.record
    const positions = factsAbout(document.id)(index).flatMap((f) =>
      f.kind === 'position' && f.record.stance === 'refuses-to-sign' ? [f.record] : [],
    )
    const actors = RA.uniq({ equals: (a: string, b: string) => a === b })([
      ...(document.refusers ?? []),
      ...positions.flatMap((p) => p.holders),
    ])
    return actors.map((actor) => {
      const own = positions.filter((p) => p.holders.some((id) => id === actor))
      const evidence = fromReadonlyArray(uniqEvidence(own.flatMap((p) => p.evidence ?? [])))
      return { actor, positions: own, evidence: evidence._tag === 'Some' ? evidence.value : document.evidence ?? [] }
    })
  }

const OBJECTING: ReadonlyArray<Stance> = ['opposes', 'rejects', 'refuses-to-sign']

/**
 * A paragraph and the positions against it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Objection {
  readonly paragraph: Paragraph
  readonly position: Position
  readonly holders: ReadonlyNonEmptyArray<string>
  readonly evidence: ReadonlyArray<Evidence>
}

/**
 * Every position that opposes, rejects or refuses one paragraph of a document (by id), paragraph by
 * paragraph. An unknown id gives none.
 *
 * @example
 * import { indexGraph, objectionsTo } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * objectionsTo('document:g20-fm-2023-joint-communique')(index).map((o) => o.holders)
 * //=> [['state:CN', 'state:RU']]
 *
 * @category queries
 * @since 0.1.0
 */
export const objectionsTo =
  (documentId: string) =>
  (index: GraphIndex): ReadonlyArray<Objection> => {
    const found = lookup(documentId)(index)
    return (found._tag === 'Some' && found.value.kind === 'document' ? found.value.record.paragraphs ?? [] : []).flatMap((paragraph) =>
      factsAbout(paragraph.id)(index).flatMap((f) =>
        f.kind === 'position' && OBJECTING.includes(f.record.stance)
          ? [{ paragraph, position: f.record, holders: f.record.holders, evidence: f.record.evidence ?? [] }]
          : [],
      ),
    )
  }

/**
 * Every document an actor refused to sign.
 *
 * @example
 * import { indexGraph, refusedBy } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * refusedBy('state:CN')(index).some((d) => d.id === 'document:g20-fm-2023-joint-communique') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const refusedBy =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Document> =>
    index.graph.documents.filter((d) => refusersOf(d.id)(index).some((r) => r.actor === actor))

// -------------------------------------------------------------------------------------
// statements
// -------------------------------------------------------------------------------------

/**
 * Every statement an actor made (alone or with others), in graph order.
 *
 * @example
 * import { indexGraph, statementsBy } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * statementsBy('person:narendra-modi')(index).length //=> 3
 *
 * @category queries
 * @since 0.1.0
 */
export const statementsBy =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Statement> =>
    factsOfActor(actor)(index).flatMap((f) => (f.kind === 'statement' && f.record.speakers.some((id) => id === actor) ? [f.record] : []))

/**
 * Words an actor said verbatim, with the statement, medium and the span they stand at.
 *
 * @category model
 * @since 0.1.0
 */
export interface VerbatimQuote {
  readonly statement: Statement
  /** The words, exactly. */
  readonly text: string
  /** `quote` for a direct quote; `fragment` for words quoted inside reported speech. */
  readonly kind: 'quote' | 'fragment'
  readonly medium: Option<Medium>
  readonly evidence: Evidence
}

/**
 * Everything an actor said word for word: direct quotes and the verbatim fragments of reported speech, in
 * reading order.
 *
 * @example
 * import { indexGraph, quotesBy } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * quotesBy('person:narendra-modi')(indexGraph(canonicalGraph)).length > 0 //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const quotesBy =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<VerbatimQuote> =>
    RA.sort(contramap((q: VerbatimQuote) => q.evidence)(OrdEvidence))(
      statementsBy(actor)(index).flatMap((statement): ReadonlyArray<VerbatimQuote> => {
        const medium = fromNullable(statement.medium)
        const { content } = statement
        if (content.kind === 'quote') return [{ statement, text: content.text, kind: 'quote', medium, evidence: content.evidence }]
        return (content.fragments ?? []).map((f) => ({ statement, text: f.text, kind: 'fragment', medium, evidence: f.evidence }))
      }),
    )

// -------------------------------------------------------------------------------------
// positions
// -------------------------------------------------------------------------------------

/**
 * Every position an actor holds (alone or with others), in graph order.
 *
 * @example
 * import { indexGraph, positionsOf } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * positionsOf('state:IN')(index).some((p) => p.stance === 'neutral') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const positionsOf =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Position> =>
    factsOfActor(actor)(index).flatMap((f) => (f.kind === 'position' && f.record.holders.some((id) => id === actor) ? [f.record] : []))

/**
 * Every position toward a record (a paragraph, document, agreement, event, meeting or actor).
 *
 * @example
 * import { indexGraph, positionsOn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * positionsOn('event:russian-invasion-of-ukraine')(index).map((p) => p.holders)
 * //=> [['state:IN']]
 *
 * @category queries
 * @since 0.1.0
 */
export const positionsOn =
  (target: string) =>
  (index: GraphIndex): ReadonlyArray<Position> =>
    factsAbout(target)(index).flatMap((f) => (f.kind === 'position' ? [f.record] : []))

/**
 * Positions shown by acts not done ("has not condemned the invasion"): a negated act in their basis.
 *
 * @example
 * import { indexGraph, positionsFromActsNotDone } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * positionsFromActsNotDone(index).some((p) => p.id === 'position:india-has-not-condemned-invasion') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const positionsFromActsNotDone = (index: GraphIndex): ReadonlyArray<Position> =>
  index.graph.positions.filter((p) => p.basis.some((b) => b.kind === 'act' && b.realis === 'negated'))

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * A person holding a post.
 *
 * @category model
 * @since 0.1.0
 */
export interface PostHolder {
  readonly person: Person
  readonly post: Post
}

const norm = (s: string): string => s.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim()

/**
 * Who held a post on a date: persons with a post whose office or other name matches `office`
 * (case-insensitive) and, if `of` is given, of that state or organization, whose tenure may cover the date.
 * A tenure without `from` or `to` is open on that side (possible reading).
 *
 * @example
 * import { Edtf, indexGraph, make, postHoldersOn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * postHoldersOn('head of American diplomacy', make(Edtf)('2023-03-02'))(indexGraph(canonicalGraph))
 *   .map(({ person, post }) => [person.name, post.office]) //=> [['Antony Blinken', 'Secretary of State']]
 *
 * @category queries
 * @since 0.1.0
 */
export const postHoldersOn =
  (office: string, when: When, of?: string) =>
  (index: GraphIndex): ReadonlyArray<PostHolder> => {
    const day = coverageOfWhen(when)
    const wanted = norm(office)
    return index.graph.actors.flatMap((actor) =>
      actor.kind !== 'person'
        ? []
        : (actor.posts ?? [])
            .filter((post) => {
              if (![post.office, ...(post.otherNames ?? [])].some((name) => norm(name) === wanted)) return false
              if (of !== undefined && post.of !== of) return false
              const start = post.from === undefined ? -Infinity : coverageOf(post.from).start
              const end = post.to === undefined ? Infinity : coverageOf(post.to).end
              return start < day.end && end > day.start
            })
            .map((post) => ({ person: actor, post })),
    )
  }

/**
 * Actors whose name, other names, or names in other languages and their transliterations match `name`
 * (case-insensitive), in graph order.
 *
 * @example
 * import { indexGraph, actorsNamed } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * actorsNamed('Moscow')(index).map((actor) => actor.id) //=> ['state:RU']
 *
 * @category queries
 * @since 0.1.0
 */
export const actorsNamed =
  (name: string) =>
  (index: GraphIndex): ReadonlyArray<Actor> => {
    const wanted = norm(name)
    const known = (a: Actor): ReadonlyArray<string> => [
      a.name,
      ...(a.otherNames ?? []),
      ...(a.names ?? []).flatMap((n) => (n.transliteration === undefined ? [n.text] : [n.text, n.transliteration])),
    ]
    return index.graph.actors.filter((a) => known(a).some((n) => norm(n) === wanted))
  }

// -------------------------------------------------------------------------------------
// events and chronology
// -------------------------------------------------------------------------------------

/**
 * Every dated event, oldest first by the span its time covers, so "January 2022" comes before 2022-02-24
 * and "September 2022" before 2022-11-15; equal spans keep graph order. Events without a time are left out.
 *
 * @example
 * import { indexGraph, eventsInOrder } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * eventsInOrder(index)[0]?.id //=> 'event:russian-invasion-of-ukraine'
 *
 * @category queries
 * @since 0.1.0
 */
export const eventsInOrder = (index: GraphIndex): ReadonlyArray<Event & { readonly time: Time }> =>
  RA.sort(contramap((e: Event & { readonly time: Time }) => e.time)(OrdTime))(
    index.graph.events.filter((e): e is Event & { readonly time: Time } => e.time !== undefined),
  )

/**
 * Every dated part of every fact, oldest first (events, meetings, each agreement act, documents,
 * statements, positions, relations): the story's chronology.
 *
 * @example
 * import { indexGraph, chronology } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * chronology(index)[0]?.time.value //=> '2022-01'
 *
 * @category queries
 * @since 0.1.0
 */
export const chronology = (index: GraphIndex): ReadonlyArray<DatedFact> => datedFacts(index)

// -------------------------------------------------------------------------------------
// evidence
// -------------------------------------------------------------------------------------

/**
 * A fact and the evidence for it found in a span.
 *
 * @category model
 * @since 0.1.0
 */
export interface Support {
  readonly fact: Fact
  /** The evidence inside the fact that overlaps the span, with where it sits. */
  readonly evidence: ReadonlyNonEmptyArray<FactEvidence>
}

/**
 * Which facts a span of an article supports: every fact with evidence overlapping `[start, end)` (code
 * points), in the reading order of their first such evidence.
 *
 * @example
 * import { factsSupportedBy, indexGraph, locateQuote } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const article = canonicalGraph.articles[0]!
 * const span = locateQuote(article.text, 'and expires on March 18.')
 * span._tag === 'Some' && factsSupportedBy(article.id, span.value.start, span.value.end)(indexGraph(canonicalGraph))
 *   .some((support) => support.fact.record.id === 'agreement:black-sea-grain-initiative') //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const factsSupportedBy =
  (article: string, start: number, end: number) =>
  (index: GraphIndex): ReadonlyArray<Support> => {
    const groups = new Map<string, FactEvidence[]>()
    for (const found of evidenceIn(article, start, end)(index)) {
      const key = `${found.fact.kind}\u0000${found.fact.record.id}`
      const list = groups.get(key)
      if (list === undefined) groups.set(key, [found])
      else list.push(found)
    }
    return [...groups.values()].map((list) => ({ fact: list[0]!.fact, evidence: list as unknown as ReadonlyNonEmptyArray<FactEvidence> }))
  }

/**
 * The record a fact id names, if it names a fact, with its evidence.
 *
 * @example
 * import { indexGraph, factWithEvidence } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { isSome } from 'fp-ts/lib/Option.js'
 *
 * const index = indexGraph(canonicalGraph)
 * const found = factWithEvidence('meeting:blinken-lavrov-2022-01')(index)
 * isSome(found) && found.value.evidence[0]?.quote //=> 'Their previous one-on-one meeting dated back to January 2022'
 *
 * @category queries
 * @since 0.1.0
 */
export const factWithEvidence =
  (id: string) =>
  (index: GraphIndex): Option<{ readonly fact: Fact; readonly evidence: ReadonlyArray<Evidence> }> => {
    const found = lookup(id)(index)
    if (found._tag === 'None') return none
    const record = found.value
    if (record.kind === 'article' || record.kind === 'actor' || record.kind === 'place' || record.kind === 'paragraph' || record.kind === 'act') return none
    return some({ fact: record, evidence: uniqEvidence(evidenceInFact(record)(index).map((found) => found.evidence)) })
  }

// -------------------------------------------------------------------------------------
// agreements per party, and the adoption of documents
// -------------------------------------------------------------------------------------

/**
 * An agreement's status for each party on a date, with the agreement.
 *
 * @category model
 * @since 0.2.0
 */
export interface PartyStatusesOn extends StatusByParty {
  readonly agreement: Agreement
}

/**
 * An agreement's status for each party on a date (see {@link statusByParty}), by the agreement's id. An
 * unknown id, or one that names no agreement, gives none.
 *
 * @example
 * import { Edtf, indexGraph, make, partyStatusesOn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * pipe(indexGraph(canonicalGraph),
 *   partyStatusesOn('agreement:black-sea-grain-initiative', make(Edtf)('2023-03-02')),
 *   map((found) => found.overall)) //=> { _tag: 'Some', value: 'in-force' }
 *
 * @category queries
 * @since 0.2.0
 */
export const partyStatusesOn =
  (agreementId: string, when: When) =>
  (index: GraphIndex): Option<PartyStatusesOn> => {
    const found = lookup(agreementId)(index)
    if (found._tag === 'None' || found.value.kind !== 'agreement') return none
    const agreement = found.value.record
    return some({ agreement, ...statusByParty(when)(agreement) })
  }

/**
 * How a document was adopted: the vote, and whether the document names it (`adoptedBy`) or it was found as
 * the vote on the document that ended `adopted`.
 *
 * @category model
 * @since 0.2.0
 */
export interface Adoption {
  readonly document: Document
  readonly vote: Vote
  /** `true` when the document's `adoptedBy` names the vote. */
  readonly named: boolean
}

/**
 * The vote that adopted a document (by id): the one its `adoptedBy` names, or else the last vote on the
 * document itself that ended `adopted` (a vote on one paragraph adopts only that paragraph). None when the
 * id names no document or no such vote is recorded.
 *
 * @example
 * import { adoptionOf, indexGraph } from 'news-codecs'
 * import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * pipe(indexGraph(unGeneralAssemblyVoteGraph), adoptionOf('document:a-res-es-11-1'), map((found) => found.vote.id))
 * //=> { _tag: 'Some', value: 'vote:a-res-es-11-1' }
 *
 * @category queries
 * @since 0.2.0
 */
export const adoptionOf =
  (documentId: string) =>
  (index: GraphIndex): Option<Adoption> => {
    const found = lookup(documentId)(index)
    if (found._tag === 'None' || found.value.kind !== 'document') return none
    const document = found.value.record
    if (document.adoptedBy !== undefined) {
      const vote = lookup(document.adoptedBy)(index)
      return vote._tag === 'Some' && vote.value.kind === 'vote' ? some({ document, vote: vote.value.record, named: true }) : none
    }
    const adopting = votesOn(document.id)(index).filter((vote) => vote.result === 'adopted')
    const vote = adopting[adopting.length - 1]
    return vote === undefined ? none : some({ document, vote, named: false })
  }

// -------------------------------------------------------------------------------------
// roles, replies and contradictions
// -------------------------------------------------------------------------------------

const uniqIds = /* @__PURE__ */ RA.uniq({ equals: (a: string, b: string) => a === b })

/** The roles a fact lists: a meeting's or an event's `roles`, none for other facts. */
const rolesIn = (fact: Fact): ReadonlyArray<Participation> =>
  (fact.kind === 'meeting' || fact.kind === 'event' ? fact.record.roles : undefined) ?? []

/**
 * The actors that played a role in a meeting or an event (by id), each once, in the order listed. Roles
 * compare with `EqTerm`, so a coded role finds the same scheme and code. An unknown id gives no one.
 *
 * @example
 * import { actorsInRole, Graph, indexGraph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 5, quote: 'talks' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   meetings: [{ id: 'meeting:istanbul', participants: ['state:RU', 'state:UA', 'state:TR'], channel: 'in-person', evidence,
 *     roles: [{ actor: 'state:TR', role: 'host' }, { actor: 'state:TR', role: 'mediator' }] }] })
 * actorsInRole('host')('meeting:istanbul')(indexGraph(graph)) //=> ['state:TR']
 * actorsInRole('visitor')('meeting:istanbul')(indexGraph(graph)) //=> []
 *
 * @category queries
 * @since 0.2.0
 */
export const actorsInRole =
  (role: ParticipantRole) =>
  (factId: string) =>
  (index: GraphIndex): ReadonlyArray<string> => {
    const found = lookupFact(factId)(index)
    return found._tag === 'None' ? [] : uniqIds(rolesIn(found.value).filter((p) => EqTerm.equals(p.role, role)).map((p) => p.actor))
  }

/**
 * Who acted in a meeting or an event: the actors in the role `initiator` (PLOVER's source actor).
 *
 * @example
 * import { Graph, indexGraph, initiatorsOf, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 7, quote: 'invaded' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   events: [{ id: 'event:invasion', type: 'invasion', name: 'Russian invasion of Ukraine', time: { value: '2022-02-24' }, evidence,
 *     roles: [{ actor: 'state:RU', role: 'initiator' }, { actor: 'state:UA', role: 'target' }] }] })
 * initiatorsOf('event:invasion')(indexGraph(graph)) //=> ['state:RU']
 *
 * @category queries
 * @since 0.2.0
 */
export const initiatorsOf = (factId: string): ((index: GraphIndex) => ReadonlyArray<string>) => actorsInRole('initiator')(factId)

/**
 * A role an actor played in a fact.
 *
 * @category model
 * @since 0.2.0
 */
export interface RoleInFact {
  readonly fact: Fact
  readonly role: ParticipantRole
}

/**
 * Every role an actor played, fact by fact in collection order (meetings and events).
 *
 * @example
 * import { Graph, indexGraph, make, rolesOfActor } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 5, quote: 'talks' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   meetings: [{ id: 'meeting:istanbul', participants: ['state:RU', 'state:UA', 'state:TR'], channel: 'in-person', evidence,
 *     roles: [{ actor: 'state:TR', role: 'host' }, { actor: 'state:TR', role: 'mediator' }] }] })
 * rolesOfActor('state:TR')(indexGraph(graph)).map((found) => found.role) //=> ['host', 'mediator']
 *
 * @category queries
 * @since 0.2.0
 */
export const rolesOfActor =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<RoleInFact> =>
    factsOfActor(actor)(index).flatMap((fact) => rolesIn(fact).filter((p) => p.actor === actor).map((p) => ({ fact, role: p.role })))

/** The facts that name `id` in a role, each once, in collection order, leaving out `id` itself. */
const factsNaming = (id: string, role: Role) => (index: GraphIndex): ReadonlyArray<Fact> =>
  RA.uniq(EqFact)(referencesTo(id)(index).filter((found) => found.role === role && found.fact.record.id !== id).map((found) => found.fact))

/**
 * The statements that reply to a fact (by id): rebuttals, answers, reactions, in collection order.
 *
 * @example
 * import { Graph, indexGraph, make, repliesTo } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 6, quote: 'denied' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   positions: [], relations: [],
 *   statements: [
 *     { id: 'statement:accusation', speakers: ['state:UA'], speechAct: 'accusation',
 *       content: { kind: 'paraphrase', text: 'Kyiv blamed Moscow for the strike.' }, evidence },
 *     { id: 'statement:rebuttal', speakers: ['state:RU'], speechAct: 'denial', repliesTo: ['statement:accusation'],
 *       content: { kind: 'paraphrase', text: 'Moscow denied any part in it.' }, evidence }] })
 * repliesTo('statement:accusation')(indexGraph(graph)).map((s) => s.id) //=> ['statement:rebuttal']
 *
 * @category queries
 * @since 0.2.0
 */
export const repliesTo =
  (factId: string) =>
  (index: GraphIndex): ReadonlyArray<Statement> =>
    factsNaming(factId, 'repliesTo')(index).flatMap((fact) => (fact.kind === 'statement' ? [fact.record] : []))

/**
 * The contradictions of a fact, both ways.
 *
 * @category model
 * @since 0.2.0
 */
export interface Contradictions {
  /** The facts that say they contradict it. */
  readonly contradictedBy: ReadonlyArray<Fact>
  /** The facts it says it contradicts (those the graph holds). */
  readonly contradicts: ReadonlyArray<Fact>
}

/**
 * What contradicts a fact (by id) and what it contradicts, each in collection order: a denial and the
 * meeting that belies it find each other whichever of the two records names the other.
 *
 * @example
 * import { contradictionsOf, Graph, indexGraph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 6, quote: 'denied' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], agreements: [], documents: [],
 *   positions: [], relations: [],
 *   statements: [{ id: 'statement:denial', speakers: ['state:RU'], speechAct: 'denial',
 *     content: { kind: 'paraphrase', text: 'No meeting is planned.' }, evidence }],
 *   meetings: [{ id: 'meeting:1', participants: ['state:RU', 'state:US'], channel: 'in-person', evidence, contradicts: ['statement:denial'] }] })
 * const index = indexGraph(graph)
 * contradictionsOf('statement:denial')(index).contradictedBy.map((f) => f.record.id) //=> ['meeting:1']
 * contradictionsOf('meeting:1')(index).contradicts.map((f) => f.record.id) //=> ['statement:denial']
 *
 * @category queries
 * @since 0.2.0
 */
export const contradictionsOf =
  (factId: string) =>
  (index: GraphIndex): Contradictions => {
    const found = lookupFact(factId)(index)
    const named = found._tag === 'Some' && 'contradicts' in found.value.record ? (found.value.record.contradicts ?? []) : []
    return {
      contradictedBy: factsNaming(factId, 'contradicts')(index),
      contradicts: uniqIds(named.filter((id) => id !== factId)).flatMap((id) => {
        const fact = lookupFact(id)(index)
        return fact._tag === 'Some' ? [fact.value] : []
      }),
    }
  }

/** What a position is on, as one key: the record it names (read off the codec, so every kind of target has one), or the words of a proposition. */
const targetKey = (target: PositionTarget): string =>
  target.kind === 'proposition' ? `text\u0000${norm(target.text)}` : referencesIn(PositionTarget, target)[0]!.id

/**
 * An actor aligned with another, and the positions that show it.
 *
 * @category model
 * @since 0.2.0
 */
export interface Alignment {
  readonly actor: string
  /** Its positions of the same stance on the same target as one of the other's (a position both hold counts). */
  readonly positions: ReadonlyNonEmptyArray<Position>
}

/**
 * The actors aligned with an actor: the other holders of positions that take the same stance on the same
 * target as one of its own (the same record, or a proposition in the same words), in the order first
 * found. Stances compare with `EqTerm`.
 *
 * @example
 * import { alignedWith, Graph, indexGraph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 7, quote: 'opposed' }] as const
 * const target = { kind: 'paragraph', paragraph: 'document:communique#war' } as const
 * const basis = [{ kind: 'report', evidence }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   statements: [], relations: [],
 *   positions: [{ id: 'position:1', holders: ['state:CN'], stance: 'opposes', target, basis, evidence },
 *     { id: 'position:2', holders: ['state:RU'], stance: 'opposes', target, basis, evidence },
 *     { id: 'position:3', holders: ['state:US'], stance: 'supports', target, basis, evidence }] })
 * alignedWith('state:CN')(indexGraph(graph)).map((a) => a.actor) //=> ['state:RU']
 *
 * @category queries
 * @since 0.2.0
 */
export const alignedWith =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<Alignment> => {
    const found = new Map<string, Position[]>()
    for (const mine of positionsOf(actor)(index)) {
      const key = targetKey(mine.target)
      // A proposition is no record to look up by: compare its words with those of every position.
      const onTarget = mine.target.kind === 'proposition' ? index.graph.positions : [mine, ...positionsOn(key)(index)]
      for (const position of onTarget) {
        if (!EqTerm.equals(position.stance, mine.stance) || targetKey(position.target) !== key) continue
        for (const holder of position.holders) {
          if (holder === actor) continue
          const list = found.get(holder)
          if (list === undefined) found.set(holder, [position])
          else if (!list.includes(position)) list.push(position)
        }
      }
    }
    return [...found].map(([holder, positions]) => ({ actor: holder, positions: positions as unknown as ReadonlyNonEmptyArray<Position> }))
  }

// -------------------------------------------------------------------------------------
// schedules
// -------------------------------------------------------------------------------------

/**
 * A meeting or an event and the last change to its schedule.
 *
 * @category model
 * @since 0.2.0
 */
export interface Rescheduled {
  readonly fact: Fact
  readonly change: ScheduleChange
}

/**
 * Every meeting and event whose last schedule change has the given status (`cancelled`, `postponed` or
 * `rescheduled`), with that change (who decided, when it was announced, the new time), in collection order.
 *
 * @example
 * import { factsWithScheduleStatus, Graph, indexGraph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 10, quote: 'called off' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   meetings: [{ id: 'meeting:singapore', participants: ['person:donald-trump', 'person:kim-jong-un'], channel: 'in-person',
 *     realis: 'negated', evidence,
 *     schedule: [{ status: 'cancelled', by: ['person:donald-trump'], announced: { value: '2018-05-24' }, evidence }] }] })
 * factsWithScheduleStatus('cancelled')(indexGraph(graph)).map(({ fact, change }) => [fact.record.id, change.by])
 * //=> [['meeting:singapore', ['person:donald-trump']]]
 *
 * @category queries
 * @since 0.2.0
 */
export const factsWithScheduleStatus =
  (status: ScheduleStatus) =>
  (index: GraphIndex): ReadonlyArray<Rescheduled> =>
    index.facts.flatMap((fact) => {
      if (fact.kind !== 'meeting' && fact.kind !== 'event') return []
      const change = latestScheduleChange(fact.record)
      return change._tag === 'Some' && change.value.status === status ? [{ fact, change: change.value }] : []
    })
