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
import { withGuard } from './internal/decodePath.js'
import { isActBasis, isPosition, isPositionBasis, isPositionTarget, isReportBasis } from './generated/guards/Position.js'

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
export const Stance = /* @__PURE__ */ vocabulary('Stance', [
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
export const PositionTarget = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('PositionTarget', 'kind', {
  proposition: /* @__PURE__ */ struct('PropositionTarget', { kind: /* @__PURE__ */ t.literal('proposition'), text: NonEmptyString }),
  paragraph: /* @__PURE__ */ struct('ParagraphTarget', { kind: /* @__PURE__ */ t.literal('paragraph'), paragraph: /* @__PURE__ */ ref('paragraph').as('target') }),
  document: /* @__PURE__ */ struct('DocumentTarget', { kind: /* @__PURE__ */ t.literal('document'), document: /* @__PURE__ */ ref('document').as('target') }),
  agreement: /* @__PURE__ */ struct('AgreementTarget', { kind: /* @__PURE__ */ t.literal('agreement'), agreement: /* @__PURE__ */ ref('agreement').as('target') }),
  event: /* @__PURE__ */ struct('EventTarget', { kind: /* @__PURE__ */ t.literal('event'), event: /* @__PURE__ */ ref('event', 'meeting').as('target') }),
  actor: /* @__PURE__ */ struct('ActorTarget', { kind: /* @__PURE__ */ t.literal('actor'), actor: /* @__PURE__ */ ref('actor').as('target') }),
  statement: /* @__PURE__ */ struct('StatementTarget', { kind: /* @__PURE__ */ t.literal('statement'), statement: /* @__PURE__ */ ref('statement').as('target') }),
  position: /* @__PURE__ */ struct('PositionRecordTarget', { kind: /* @__PURE__ */ t.literal('position'), position: /* @__PURE__ */ ref('position').as('target') }),
  vote: /* @__PURE__ */ struct('VoteRecordTarget', { kind: /* @__PURE__ */ t.literal('vote'), vote: /* @__PURE__ */ ref('vote').as('target') }),
  act: /* @__PURE__ */ struct('ActTarget', { kind: /* @__PURE__ */ t.literal('act'), act: /* @__PURE__ */ ref('act').as('target') }),
}), isPositionTarget)
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
export const ActBasis = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'ActBasis',
  {
    kind: /* @__PURE__ */ t.literal('act'),
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
).withRules(/* @__PURE__ */ supported('a basis in an act'), /* @__PURE__ */ coversPresentFields()), isActBasis)
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
export const ReportBasis = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('ReportBasis', { kind: /* @__PURE__ */ t.literal('report') }, supportFields)
  .withRules(/* @__PURE__ */ supported('a report'), /* @__PURE__ */ coversPresentFields()), isReportBasis)
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
export const PositionBasis = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('PositionBasis', 'kind', {
  statement: /* @__PURE__ */ struct('StatementBasis', { kind: /* @__PURE__ */ t.literal('statement'), statement: /* @__PURE__ */ ref('statement').as('basis') }),
  act: ActBasis,
  document: /* @__PURE__ */ struct('DocumentBasis', { kind: /* @__PURE__ */ t.literal('document'), document: /* @__PURE__ */ ref('document').as('basis') }),
  report: ReportBasis,
}), isPositionBasis)
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
export const Certainty = /* @__PURE__ */ t.keyof({ certain: null, probable: null, possible: null }, 'Certainty')
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
export const Position = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Position',
  {
    /** Stable id. */
    id: Id,
    /** Who holds it. */
    holders: /* @__PURE__ */ nonEmptyArray(/* @__PURE__ */ ref('actor').as('holder')),
    /** What it is about. */
    target: PositionTarget,
    /** Where they stand. */
    stance: Stance,
    /** What shows it. */
    basis: /* @__PURE__ */ nonEmptyArray(PositionBasis),
  },
  {
    ...supportFields,
    ...recordFields,
    /** When it was held or shown. */
    time: Time,
    /** On whose word, when not the article's own. */
    accordingTo: /* @__PURE__ */ ref('actor', 'document').as('attributor'),
    /** How sure the source is; `certain` when absent. */
    certainty: Certainty,
  },
).withRules(/* @__PURE__ */ supported('a position'), /* @__PURE__ */ coversPresentFields()), isPosition)
/**
 * The type of a value {@link Position} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Position extends t.TypeOf<typeof Position> {}
