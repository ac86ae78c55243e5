/**
 * Agreements: parties with their roles and a lifecycle of dated acts (signed, entered into force, renewed,
 * extended, suspended, withdrawn, expires) from which the status on any date follows.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Id } from './Id.js'
import { Identifier } from './Identifier.js'
import { LegalForce } from './LegalForce.js'
import { Name } from './Name.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { Provision } from './Quantity.js'
import { Realis } from './Realis.js'
import { ref } from './Reference.js'
import { listedOnce, struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { NonEmptyString } from './Text.js'
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable, none, some } from 'fp-ts/lib/Option.js'
import { Duration, Time, coverageOf } from './Time.js'
import type { Coverage } from './Time.js'
import type { When } from './TimeQuery.js'
import { coverageOfWhen } from './TimeQuery.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isAgreement, isAgreementParty, isLifecycleAct } from './generated/guards/Agreement.js'

/**
 * What weight of agreement it is, from a treaty to an understanding announced after a meeting. A built-in,
 * or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { AgreementCategory } from 'news-codecs'
 *
 * AgreementCategory.is('memorandum-of-understanding') //=> true
 * AgreementCategory.is({ scheme: 'wikidata', code: 'Q131569' }) //=> true
 * AgreementCategory.is('handshake') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const AgreementCategory = /* @__PURE__ */ vocabulary('AgreementCategory', [
  'treaty',
  'convention',
  'protocol',
  'deal',
  'memorandum-of-understanding',
  'framework',
  'joint-commitment',
  'informal-understanding',
  'ceasefire',
  'armistice',
  'other',
])
/**
 * The type of a value {@link AgreementCategory} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type AgreementCategory = t.TypeOf<typeof AgreementCategory>

/**
 * The part an actor plays in an agreement.
 *
 * @example
 * import { PartyRole } from 'news-codecs'
 *
 * PartyRole.is('guarantor') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const PartyRole = /* @__PURE__ */ t.keyof(
  { party: null, signatory: null, guarantor: null, mediator: null, depositary: null, observer: null },
  'PartyRole',
)
/**
 * The type of a value {@link PartyRole} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type PartyRole = t.TypeOf<typeof PartyRole>

/**
 * An actor and its role in an agreement.
 *
 * @example
 * import { AgreementParty } from 'news-codecs'
 *
 * AgreementParty.is({ actor: 'org:un', role: 'mediator' }) //=> true
 * AgreementParty.is({ actor: 'org:un', role: 'friend' }) //=> false
 *
 * @category model
 * @since 0.1.0
 */
export const AgreementParty = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'AgreementParty',
  {
    /** The actor. */
    actor: /* @__PURE__ */ ref('actor').as('party'),
    /** Its role. */
    role: PartyRole,
  },
  {
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isAgreementParty)
/**
 * The type of a value {@link AgreementParty} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface AgreementParty extends t.TypeOf<typeof AgreementParty> {}

/**
 * What happened to an agreement. `expires` states when it ends unless renewed. `ratified` (a party's
 * consent to be bound, after signing) and `acceded` (consent to be bound without having signed, as the
 * depositaries record them) concern the parties named in `by`.
 *
 * @example
 * import { LifecycleActType } from 'news-codecs'
 *
 * LifecycleActType.is('expires') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const LifecycleActType = /* @__PURE__ */ t.keyof(
  {
    signed: null,
    'entered-into-force': null,
    renewed: null,
    extended: null,
    suspended: null,
    resumed: null,
    withdrawn: null,
    terminated: null,
    expires: null,
    ratified: null,
    acceded: null,
  },
  'LifecycleActType',
)
/**
 * The type of a value {@link LifecycleActType} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type LifecycleActType = t.TypeOf<typeof LifecycleActType>

/**
 * Where a renewal's or extension's term is counted from: the date of the act, or the expiry it extends
 * (a deal "extended for 120 days" from the day it was due to lapse).
 *
 * @example
 * import { TermFrom } from 'news-codecs'
 *
 * TermFrom.is('previous-expiry') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const TermFrom = /* @__PURE__ */ t.keyof({ act: null, 'previous-expiry': null }, 'TermFrom')
/**
 * The type of a value {@link TermFrom} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type TermFrom = t.TypeOf<typeof TermFrom>

/**
 * One dated act in an agreement's life, for all parties or, with `by`, for some: a depositary's record
 * of each signature, ratification and accession, or Wikidata's signatory (P1891) and ratified-by (P6193)
 * statements with their dates, become one act each. A renewal or extension carries its `term`; {@link checkGraph}
 * checks that the term, counted from the act (or from the expiry it extends, with `termFrom`), reaches the
 * next expiry within the precision given. An act with `by` concerns those parties only (see
 * {@link statusByParty}); one whose `realis` is not `actual` (announced, threatened, denied) changes no
 * status.
 *
 * @example
 * import { LifecycleAct } from 'news-codecs'
 *
 * LifecycleAct.is({ type: 'renewed', time: { value: '2022-11~', text: 'mid-November' },
 *   term: { value: 'P4M', bound: 'exactly', text: 'the four winter months' },
 *   evidence: [{ article: 'article:1', start: 0, end: 7, quote: 'renewed' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const LifecycleAct = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'LifecycleAct',
  {
    /** What happened. */
    type: LifecycleActType,
    /** When. */
    time: Time,
  },
  {
    ...supportFields,
    /** For a renewal or extension: for how long. */
    term: Duration,
    /** Who did it (a withdrawing party, say), when not all parties. */
    by: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('performer')),
    /** Stable id, unique in the graph, so other facts can name this one act. */
    id: Id,
    /** Where it took place (the city of a signing). */
    place: /* @__PURE__ */ ref('place').as('place'),
    /** Whether it took place; `actual` when absent (a withdrawal only threatened is `hypothetical`). */
    realis: Realis,
    /** For a renewal or extension: whether `term` runs from the act (when absent) or from the expiry it extends. */
    termFrom: TermFrom,
  },
).withRules(/* @__PURE__ */ supported('a lifecycle act'), /* @__PURE__ */ coversPresentFields()), isLifecycleAct)
/**
 * The type of a value {@link LifecycleAct} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface LifecycleAct extends t.TypeOf<typeof LifecycleAct> {}

/**
 * An agreement, its parties and its lifecycle.
 *
 * @example
 * import { Agreement } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 6, quote: 'sealed' }]
 * Agreement.is({ id: 'agreement:1', name: 'Black Sea Grain Initiative',
 *   parties: [{ actor: 'state:UA', role: 'party' }],
 *   lifecycle: [{ type: 'signed', time: { value: '2022-07' }, evidence }], evidence }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Agreement = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Agreement',
  {
    /** Stable id. */
    id: Id,
    /** The usual name. */
    name: NonEmptyString,
    /** Who is bound by it, or brokered it, and how. */
    parties: /* @__PURE__ */ nonEmptyArray(AgreementParty),
    /** Its dated acts, in any order. */
    lifecycle: /* @__PURE__ */ arrayOf(LifecycleAct),
  },
  {
    ...supportFields,
    ...recordFields,
    /** Other names ("the grain deal"). */
    otherNames: /* @__PURE__ */ arrayOf(NonEmptyString),
    /** Names with their language or script, and transliteration: the name in each party's language. */
    names: /* @__PURE__ */ arrayOf(Name),
    /** What it is for. */
    purpose: NonEmptyString,
    /** Identifiers in outside schemes. */
    identifiers: /* @__PURE__ */ arrayOf(Identifier),
    /** What it provides, with the numbers it sets. */
    provisions: /* @__PURE__ */ arrayOf(Provision),
    /** What weight of agreement it is: a treaty, a memorandum of understanding, a joint commitment. */
    category: AgreementCategory,
    /** The meeting or event it was reached at. */
    reachedAt: /* @__PURE__ */ ref('event', 'meeting').as('reachedAt'),
    /** Whether it binds its parties in law or only politically. */
    legalForce: LegalForce,
  },
).withRules(/* @__PURE__ */ supported('an agreement'), /* @__PURE__ */ coversPresentFields(), /* @__PURE__ */ listedOnce('parties', 'a party in this role', (party: AgreementParty) => `${party.actor} as ${party.role}`)), isAgreement)
/**
 * The type of a value {@link Agreement} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Agreement extends t.TypeOf<typeof Agreement> {}

// -------------------------------------------------------------------------------------
// status
// -------------------------------------------------------------------------------------

/**
 * The status of an agreement on a date, derived from its lifecycle.
 *
 * @category model
 * @since 0.1.0
 */
export type AgreementStatus = 'unknown' | 'not-signed' | 'signed' | 'in-force' | 'suspended' | 'withdrawn' | 'terminated' | 'expired'

/**
 * An agreement's status on a date, with the act it rests on and whether the dates settle it.
 *
 * @category model
 * @since 0.1.0
 */
export interface StatusOn {
  readonly status: AgreementStatus
  /** The last act that set the status (none when no act precedes the date). */
  readonly since: Option<LifecycleAct>
  /** The first expiry at or after the date that no later renewal supersedes, if one is recorded. */
  readonly expires: Option<LifecycleAct>
  /**
   * `false` when an act's span straddles the date so that, at the precision given, it may fall on either
   * side ("signed in July 2022" asked about 2022-07-10).
   */
  readonly firm: boolean
}

/** The acts that took place (`realis` absent or `actual`), with the span each covers. */
const actualActs = (agreement: Agreement): ReadonlyArray<{ act: LifecycleAct; span: Coverage }> =>
  agreement.lifecycle.filter((act) => act.realis === undefined || act.realis === 'actual').map((act) => ({ act, span: coverageOf(act.time.value) }))

/**
 * Expiries that still count: an expiry is superseded when a renewal or extension comes before it lapses
 * (after any earlier expiry) and a later expiry follows, as with a deal renewed ahead of its end date.
 */
const liveExpiries = (acts: ReadonlyArray<{ act: LifecycleAct; span: Coverage }>): ReadonlyArray<{ act: LifecycleAct; span: Coverage }> => {
  const expiries = acts.filter((a) => a.act.type === 'expires').sort((x, y) => x.span.start - y.span.start)
  return expiries.filter((e, i) => {
    const later = expiries.some((other) => other.span.start >= e.span.end)
    if (!later) return true
    const since = i === 0 ? -Infinity : expiries[i - 1]!.span.end
    const renewed = acts.some((a) => (a.act.type === 'renewed' || a.act.type === 'extended') && a.span.start >= since && a.span.start < e.span.end)
    return !renewed
  })
}

/**
 * The status of an agreement on a date, derived from its lifecycle:
 *
 * - An act counts once its span starts before the date ends ("signed July 2022" counts on 2022-07-31);
 *   `firm` turns `false` if its span also reaches past the date.
 * - An expiry on day E takes effect at the end of E: the agreement is still in force on E and `expired`
 *   from the next day. An expiry followed by a renewal before it lapses is superseded.
 * - `signed` puts an agreement in force unless its lifecycle records `entered-into-force`; `renewed`,
 *   `extended`, `resumed` put it in force; `suspended`, `terminated` and `withdrawn` (by all, i.e. without
 *   `by`) end it; a withdrawal by some parties leaves the status as it was, and so do `ratified` and
 *   `acceded`, which bind one party each; a suspension by some parties reads as `suspended`
 *   ({@link statusByParty} tells the parties apart).
 * - An act whose `realis` is not `actual` (announced but not done) does not count.
 * - `~` and `?` do not change the status; the act in `since` shows its time as written.
 *
 * @example
 * import { Edtf, make, statusOn } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const grain = canonicalGraph.agreements[0]!
 * statusOn(make(Edtf)('2023-03-02'))(grain).status //=> 'in-force'
 * statusOn(make(Edtf)('2023-03-20'))(grain).status //=> 'expired'
 *
 * @category queries
 * @since 0.1.0
 */
export const statusOn =
  (when: When) =>
  (agreement: Agreement): StatusOn => {
    const day = coverageOfWhen(when)
    const acts = actualActs(agreement)
    if (acts.length === 0) return { status: 'unknown', since: none, expires: none, firm: true }
    const live = liveExpiries(acts)
    const hasEntry = acts.some((a) => a.act.type === 'entered-into-force')
    // Expiries take effect at the end of their span; everything else at its start.
    const effective = [
      ...acts.filter((a) => a.act.type !== 'expires').map((a) => ({ ...a, at: a.span.start })),
      ...live.map((a) => ({ ...a, at: a.span.end })),
    ].sort((x, y) => x.at - y.at)
    let status: AgreementStatus = 'not-signed'
    let since: Option<LifecycleAct> = none
    let firm = true
    for (const { act, span } of effective) {
      const counts = act.type === 'expires' ? span.end <= day.start : span.start < day.end
      const straddles = act.type === 'expires' ? span.start < day.start && span.end > day.start : span.start < day.end && span.end > day.end
      if (straddles) firm = false
      if (!counts) continue
      switch (act.type) {
        case 'signed':
          status = hasEntry ? 'signed' : 'in-force'
          break
        case 'entered-into-force':
        case 'renewed':
        case 'extended':
        case 'resumed':
          status = 'in-force'
          break
        case 'suspended':
          status = 'suspended'
          break
        case 'terminated':
          status = 'terminated'
          break
        case 'withdrawn':
          if (act.by !== undefined && act.by.length > 0) continue
          status = 'withdrawn'
          break
        case 'expires':
          status = 'expired'
          break
        case 'ratified':
        case 'acceded':
          continue
      }
      since = some(act)
    }
    const next = live.filter((a) => a.span.end > day.start).sort((x, y) => x.span.start - y.span.start)[0]
    return { status, since, expires: fromNullable(next?.act), firm }
  }

// -------------------------------------------------------------------------------------
// status per party
// -------------------------------------------------------------------------------------

/**
 * One party's status on a date: `signed` (not yet bound), `ratified` (consent to be bound given, the
 * agreement not yet in force), `in-force` for it, `suspended` by it, `withdrawn` (it left), or the
 * agreement's own `terminated` and `expired`.
 *
 * @category model
 * @since 0.2.0
 */
export type PartyStatus = 'not-signed' | 'signed' | 'ratified' | 'in-force' | 'suspended' | 'withdrawn' | 'terminated' | 'expired'

/**
 * What the parties' statuses add up to: their common status when they agree; `partly-suspended` when it
 * is in force for some and suspended by others; `partly-in-force` when in force for some and not (yet, or
 * any more) for the others; `mixed` otherwise; `unknown` with no acts.
 *
 * @category model
 * @since 0.2.0
 */
export type AgreementReading = PartyStatus | 'partly-suspended' | 'partly-in-force' | 'mixed' | 'unknown'

/**
 * A party's status on a date, with the last act that concerned it.
 *
 * @category model
 * @since 0.2.0
 */
export interface PartyStatusOn {
  /** The actor's id. */
  readonly actor: string
  readonly status: PartyStatus
  /** The last act that concerned the party (by it, or by all), if one precedes the date. */
  readonly since: Option<LifecycleAct>
  /** `false` when an act that concerns the party straddles the date at the precision given. */
  readonly firm: boolean
}

/**
 * Each party's status on a date and the reading of the whole.
 *
 * @category model
 * @since 0.2.0
 */
export interface StatusByParty {
  readonly parties: ReadonlyArray<PartyStatusOn>
  readonly overall: AgreementReading
}

/** The roles of those an agreement binds; a mediator or depositary has no status of its own. */
const BOUND_ROLES: ReadonlySet<PartyRole> = /* @__PURE__ */ new Set<PartyRole>(['party', 'signatory'])

/** The parties a status is given for: those bound, then anyone else named by an act, each once. */
const partiesOfLifecycle = (agreement: Agreement): ReadonlyArray<string> => {
  const ids = [
    ...agreement.parties.filter((party) => BOUND_ROLES.has(party.role)).map((party) => party.actor as string),
    ...agreement.lifecycle.flatMap((act) => (act.by ?? []).map((id) => id as string)),
  ]
  return ids.filter((id, i) => ids.indexOf(id) === i)
}

const FINAL: ReadonlySet<PartyStatus> = /* @__PURE__ */ new Set<PartyStatus>(['withdrawn', 'terminated'])

/**
 * The status of each party of an agreement on a date, as depositaries record them: who signed, who
 * ratified or acceded, for whom it is in force, who suspended it or withdrew. The rules of
 * {@link statusOn} hold for the dates and for `realis`; an act without `by` concerns every party, one with
 * `by` only those named.
 *
 * - `signed` makes a party `in-force` when the lifecycle records no entry into force, and `signed`
 *   otherwise (or `in-force`, if the agreement is already in force and no ratification is recorded).
 * - `ratified` and `acceded` make it `ratified`, or `in-force` once the agreement is in force.
 * - `entered-into-force` for all puts in force every party that ratified or acceded (every party that
 *   signed, when the lifecycle records no ratification); by some, those parties.
 * - `renewed` and `extended` keep in force those it was in force for (or that it had expired for);
 *   `resumed` brings back those that had suspended it; with `by`, they put those parties in force.
 * - `suspended`, `withdrawn`, `terminated` and `expires` set the status they name; a party that withdrew
 *   stays out until it signs, ratifies or accedes again.
 *
 * The parties listed are those of role `party` or `signatory`, then anyone else an act names in `by`.
 *
 * @example
 * import { Agreement, Edtf, make, statusByParty } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 9, quote: 'suspended' }] as const
 * const newStart = make(Agreement)({ id: 'agreement:new-start', name: 'New START', evidence,
 *   parties: [{ actor: 'state:US', role: 'party' }, { actor: 'state:RU', role: 'party' }],
 *   lifecycle: [{ type: 'signed', time: { value: '2010-04-08' }, evidence },
 *     { type: 'entered-into-force', time: { value: '2011-02-05' }, evidence },
 *     { type: 'suspended', time: { value: '2023-02-28' }, by: ['state:RU'], evidence }] })
 * const reading = statusByParty(make(Edtf)('2023-06-01'))(newStart)
 * reading.parties.map((p) => `${p.actor} ${p.status}`) //=> ['state:US in-force', 'state:RU suspended']
 * reading.overall //=> 'partly-suspended'
 *
 * @category queries
 * @since 0.2.0
 */
export const statusByParty =
  (when: When) =>
  (agreement: Agreement): StatusByParty => {
    const day = coverageOfWhen(when)
    const acts = actualActs(agreement)
    const ids = partiesOfLifecycle(agreement)
    if (acts.length === 0) return { parties: ids.map((actor) => ({ actor, status: 'not-signed', since: none, firm: true })), overall: 'unknown' }
    const live = liveExpiries(acts)
    const hasEntry = acts.some((a) => a.act.type === 'entered-into-force')
    // Signing binds unless the agreement is ratified (an accession, by one who never signed, says nothing of that).
    const ratifies = acts.some((a) => a.act.type === 'ratified')
    const effective = [
      ...acts.filter((a) => a.act.type !== 'expires').map((a) => ({ ...a, at: a.span.start })),
      ...live.map((a) => ({ ...a, at: a.span.end })),
    ].sort((x, y) => x.at - y.at)
    const state = new Map(ids.map((id) => [id, { status: 'not-signed' as PartyStatus, since: none as Option<LifecycleAct>, firm: true }]))
    let inForce = false // whether the agreement as a whole has entered into force
    for (const { act, span } of effective) {
      const isExpiry = act.type === 'expires'
      const counts = isExpiry ? span.end <= day.start : span.start < day.end
      const straddles = isExpiry ? span.start < day.start && span.end > day.start : span.start < day.end && span.end > day.end
      const forAll = act.by === undefined || act.by.length === 0
      const concerned = forAll ? ids : ids.filter((id) => act.by!.some((by) => by === id))
      for (const id of concerned) {
        const party = state.get(id)!
        if (straddles) party.firm = false
        if (!counts) continue
        const next = nextStatus(act.type, party.status, forAll, { hasEntry, ratifies, inForce })
        if (next === undefined) continue
        party.status = next
        party.since = some(act)
      }
      if (counts && act.type === 'entered-into-force' && forAll) inForce = true
    }
    const parties = ids.map((actor) => ({ actor, ...state.get(actor)! }))
    return { parties, overall: readingOf(parties.map((p) => p.status)) }
  }

/** A party's status after an act that concerns it, or `undefined` when the act leaves it as it was. */
const nextStatus = (
  type: LifecycleActType,
  current: PartyStatus,
  forAll: boolean,
  agreement: { readonly hasEntry: boolean; readonly ratifies: boolean; readonly inForce: boolean },
): PartyStatus | undefined => {
  const rejoins = type === 'signed' || type === 'ratified' || type === 'acceded'
  // A party that left comes back only by its own consent; the agreement's end is for good.
  if (current === 'terminated' || (FINAL.has(current) && (forAll || !rejoins))) return undefined
  switch (type) {
    case 'signed':
      return !agreement.hasEntry || (agreement.inForce && !agreement.ratifies) ? 'in-force' : 'signed'
    case 'ratified':
    case 'acceded':
      return agreement.inForce ? 'in-force' : 'ratified'
    case 'entered-into-force':
      if (!forAll) return 'in-force'
      return current === 'ratified' || (current === 'signed' && !agreement.ratifies) ? 'in-force' : undefined
    case 'renewed':
    case 'extended':
      return !forAll || current === 'in-force' || current === 'expired' ? 'in-force' : undefined
    case 'resumed':
      return !forAll || current === 'suspended' ? 'in-force' : undefined
    case 'suspended':
      return current === 'not-signed' || current === 'expired' ? undefined : 'suspended'
    case 'withdrawn':
      return 'withdrawn'
    case 'terminated':
      return 'terminated'
    case 'expires':
      return current === 'not-signed' ? undefined : 'expired'
  }
}

/** The reading of the whole from the parties' statuses. */
const readingOf = (statuses: ReadonlyArray<PartyStatus>): AgreementReading => {
  const found = new Set(statuses)
  if (found.size === 0) return 'unknown'
  if (found.size === 1) return statuses[0]!
  if (found.has('in-force')) return found.has('suspended') ? 'partly-suspended' : 'partly-in-force'
  return 'mixed'
}
