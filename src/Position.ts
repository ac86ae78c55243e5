/**
 * Positions: who stands where on what, and what shows it, including acts not done ("has not condemned").
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { Realis } from './Realis.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { taggedUnion } from './TaggedUnion.js'
import { NonEmptyString } from './Text.js'
import { Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'

/**
 * A stance toward a target. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { Stance } from 'news-codecs'
 *
 * Stance.is('refuses-to-sign') //=> true
 * Stance.is({ scheme: 'cameo', code: '12' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Stance = vocabulary('Stance', [
  'supports',
  'opposes',
  'demands',
  'rejects',
  'neutral',
  'abstains',
  'refuses-to-sign',
])
/**
 * The type of a value {@link Stance} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Stance = t.TypeOf<typeof Stance>

/**
 * What a position is about: a proposition in words, one paragraph of a document, a whole document, an
 * agreement, one act of an agreement's lifecycle (by its `id`), an event (or meeting), an actor, a
 * statement, another position or a vote. Told apart by `kind`.
 *
 * @example
 * import { PositionTarget } from 'news-codecs'
 *
 * PositionTarget.is({ kind: 'paragraph', paragraph: 'document:communique#withdrawal' }) //=> true
 * PositionTarget.is({ kind: 'statement', statement: 'statement:denial' }) //=> true
 * PositionTarget.is({ kind: 'act', act: 'act:russia-suspends-new-start' }) //=> true
 * PositionTarget.is({ kind: 'mood' }) //=> false
 *
 * @category model
 * @since 0.1.0
 */
export const PositionTarget = taggedUnion('PositionTarget', 'kind', {
  proposition: struct('PropositionTarget', { kind: t.literal('proposition'), text: NonEmptyString }),
  paragraph: struct('ParagraphTarget', { kind: t.literal('paragraph'), paragraph: ref('paragraph').as('target') }),
  document: struct('DocumentTarget', { kind: t.literal('document'), document: ref('document').as('target') }),
  agreement: struct('AgreementTarget', { kind: t.literal('agreement'), agreement: ref('agreement').as('target') }),
  event: struct('EventTarget', { kind: t.literal('event'), event: ref('event', 'meeting').as('target') }),
  actor: struct('ActorTarget', { kind: t.literal('actor'), actor: ref('actor').as('target') }),
  statement: struct('StatementTarget', { kind: t.literal('statement'), statement: ref('statement').as('target') }),
  position: struct('PositionRecordTarget', { kind: t.literal('position'), position: ref('position').as('target') }),
  vote: struct('VoteRecordTarget', { kind: t.literal('vote'), vote: ref('vote').as('target') }),
  act: struct('ActTarget', { kind: t.literal('act'), act: ref('act').as('target') }),
})
/**
 * The type of a value {@link PositionTarget} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type PositionTarget = t.TypeOf<typeof PositionTarget>

/**
 * An act that shows a position: done (`actual`) or, as often in diplomacy, not done (`negated`).
 *
 * @example
 * import { ActBasis } from 'news-codecs'
 *
 * ActBasis.is({ kind: 'act', act: 'condemn the invasion', realis: 'negated',
 *   evidence: [{ article: 'article:1', start: 0, end: 13, quote: 'not condemned' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const ActBasis = struct(
  'ActBasis',
  {
    kind: t.literal('act'),
    /** The act, in a few words ("condemn the invasion"). */
    act: NonEmptyString,
    /** Whether it was done. */
    realis: Realis,
  },
  {
    ...supportFields,
    /** When. */
    time: Time,
  },
).withRules(supported('a basis in an act'), coversPresentFields())
/**
 * The type of a value {@link ActBasis} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface ActBasis extends t.TypeOf<typeof ActBasis> {}

/**
 * The source states the position itself without saying what shows it ("India had wanted its G20
 * presidency to focus on...", "Western countries and Russia blame each other").
 *
 * @example
 * import { ReportBasis } from 'news-codecs'
 *
 * ReportBasis.is({ kind: 'report',
 *   evidence: [{ article: 'article:1', start: 0, end: 21, quote: 'blame each other' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const ReportBasis = struct('ReportBasis', { kind: t.literal('report') }, supportFields)
  .withRules(supported('a report'), coversPresentFields())
/**
 * The type of a value {@link ReportBasis} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportBasis extends t.TypeOf<typeof ReportBasis> {}

/**
 * What shows a position: a statement, an act (done or not done), a document, or only the source's own
 * report of it.
 *
 * @example
 * import { PositionBasis } from 'news-codecs'
 *
 * PositionBasis.is({ kind: 'statement', statement: 'statement:1' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const PositionBasis = taggedUnion('PositionBasis', 'kind', {
  statement: struct('StatementBasis', { kind: t.literal('statement'), statement: ref('statement').as('basis') }),
  act: ActBasis,
  document: struct('DocumentBasis', { kind: t.literal('document'), document: ref('document').as('basis') }),
  report: ReportBasis,
})
/**
 * The type of a value {@link PositionBasis} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type PositionBasis = t.TypeOf<typeof PositionBasis>

/**
 * How sure the source is of a position (after FactBank).
 *
 * @example
 * import { Certainty } from 'news-codecs'
 *
 * Certainty.is('probable') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Certainty = t.keyof({ certain: null, probable: null, possible: null }, 'Certainty')
/**
 * The type of a value {@link Certainty} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Certainty = t.TypeOf<typeof Certainty>

/**
 * A position: holders, target, stance and the basis that shows it.
 *
 * @example
 * import { Position } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 13, quote: 'not condemned' }]
 * Position.is({ id: 'position:1', holders: ['state:IN'], stance: 'neutral',
 *   target: { kind: 'event', event: 'event:invasion' },
 *   basis: [{ kind: 'act', act: 'condemn the invasion', realis: 'negated', evidence }], evidence }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Position = struct(
  'Position',
  {
    /** Stable id. */
    id: Id,
    /** Who holds it. */
    holders: nonEmptyArray(ref('actor').as('holder')),
    /** What it is about. */
    target: PositionTarget,
    /** Where they stand. */
    stance: Stance,
    /** What shows it. */
    basis: nonEmptyArray(PositionBasis),
  },
  {
    ...supportFields,
    ...recordFields,
    /** When it was held or shown. */
    time: Time,
    /** On whose word, when not the article's own. */
    accordingTo: ref('actor', 'document').as('attributor'),
    /** How sure the source is; `certain` when absent. */
    certainty: Certainty,
  },
).withRules(supported('a position'), coversPresentFields())
/**
 * The type of a value {@link Position} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Position extends t.TypeOf<typeof Position> {}
