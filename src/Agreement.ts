/**
 * Agreements: parties with their roles and a lifecycle of dated acts (signed, entered into force, renewed,
 * extended, suspended, withdrawn, expires) from which the status on any date follows.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { Identifier } from './Identifier.js'
import { Name } from './Name.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { Provision } from './Quantity.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable, none, some } from 'fp-ts/lib/Option.js'
import { Duration, Time, coverageOf } from './Time.js'
import type { Coverage } from './Time.js'
import type { When } from './TimeQuery.js'
import { coverageOfWhen } from './TimeQuery.js'

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
export const PartyRole = t.keyof(
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
export const AgreementParty = struct(
  'AgreementParty',
  {
    /** The actor. */
    actor: ref('actor').as('party'),
    /** Its role. */
    role: PartyRole,
  },
  {
    /** Where a source says so. */
    evidence: nonEmptyArray(Evidence),
  },
)
/**
 * The type of a value {@link AgreementParty} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface AgreementParty extends t.TypeOf<typeof AgreementParty> {}

/**
 * What happened to an agreement. `expires` states when it ends unless renewed.
 *
 * @example
 * import { LifecycleActType } from 'news-codecs'
 *
 * LifecycleActType.is('expires') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const LifecycleActType = t.keyof(
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
 * One dated act in an agreement's life. A renewal or extension carries its `term`; {@link checkGraph}
 * checks that the term, counted from the act, reaches the next expiry within the precision given.
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
export const LifecycleAct = struct(
  'LifecycleAct',
  {
    /** What happened. */
    type: LifecycleActType,
    /** When. */
    time: Time,
    /** Where sources say so. */
    evidence: nonEmptyArray(Evidence),
  },
  {
    /** For a renewal or extension: for how long. */
    term: Duration,
    /** Who did it (a withdrawing party, say), when not all parties. */
    by: arrayOf(ref('actor').as('performer')),
  },
)
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
export const Agreement = struct(
  'Agreement',
  {
    /** Stable id. */
    id: Id,
    /** The usual name. */
    name: NonEmptyString,
    /** Who is bound by it, or brokered it, and how. */
    parties: nonEmptyArray(AgreementParty),
    /** Its dated acts, in any order. */
    lifecycle: arrayOf(LifecycleAct),
    /** Where sources say so. */
    evidence: nonEmptyArray(Evidence),
  },
  {
    /** Other names ("the grain deal"). */
    otherNames: arrayOf(NonEmptyString),
    /** Names with their language or script, and transliteration: the name in each party's language. */
    names: arrayOf(Name),
    /** What it is for. */
    purpose: NonEmptyString,
    /** Identifiers in outside schemes. */
    identifiers: arrayOf(Identifier),
    /** What it provides, with the numbers it sets. */
    provisions: arrayOf(Provision),
  },
)
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
 *   `by`) end it; a withdrawal by some parties leaves the status as it was.
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
    const acts = agreement.lifecycle.map((act) => ({ act, span: coverageOf(act.time.value) }))
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
      }
      since = some(act)
    }
    const next = live.filter((a) => a.span.end > day.start).sort((x, y) => x.span.start - y.span.start)[0]
    return { status, since, expires: fromNullable(next?.act), firm }
  }
