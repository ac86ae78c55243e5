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
import { nonEmptyArray } from './NonEmptyArray.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'
import { Duration, Time } from './Time.js'

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
    /** What it is for. */
    purpose: NonEmptyString,
    /** Identifiers in outside schemes. */
    identifiers: arrayOf(Identifier),
  },
)
/**
 * The type of a value {@link Agreement} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Agreement extends t.TypeOf<typeof Agreement> {}
