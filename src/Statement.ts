/**
 * Statements: who said what, word for word or reported, by what medium, to whom, on whose word, and what
 * it answers or contradicts.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { taggedUnion } from './TaggedUnion.js'
import { NonEmptyString, NonEmptyText } from './Text.js'
import { Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isAttributionStep, isDirectQuote, isParaphrase, isQuotedText, isStatement, isStatementContent } from './generated/guards/Statement.js'

/**
 * What a statement does (after CAMEO's verbal acts). A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { SpeechAct } from 'news-codecs'
 *
 * SpeechAct.is('demand') //=> true
 * SpeechAct.is({ scheme: 'cameo', code: '112' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const SpeechAct = /* @__PURE__ */ vocabulary('SpeechAct', [
  'claim',
  'inform',
  'demand',
  'appeal',
  'accusation',
  'criticism',
  'rejection',
  'denial',
  'assurance',
  'commitment',
  'warning',
  'refusal',
  'announcement',
  'other',
])
/**
 * The type of a value {@link SpeechAct} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type SpeechAct = t.TypeOf<typeof SpeechAct>

/**
 * How a statement was delivered or carried. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { Medium } from 'news-codecs'
 *
 * Medium.is('pre-recorded-address') //=> true
 * Medium.is({ scheme: 'iptc-genre', code: 'Interview' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Medium = /* @__PURE__ */ vocabulary('Medium', [
  'press-conference',
  'press-remarks',
  'pre-recorded-address',
  'speech',
  'official-statement',
  'news-agency-report',
  'interview',
  'private-meeting',
  'social-media',
  'document',
  'unknown',
])
/**
 * The type of a value {@link Medium} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Medium = t.TypeOf<typeof Medium>

/**
 * Quoted words with the span they stand at; {@link checkGraph} checks `text` equals the span's quote.
 *
 * @example
 * import { QuotedText } from 'news-codecs'
 *
 * QuotedText.is({ text: 'send this message directly',
 *   evidence: { article: 'article:1', start: 0, end: 26, quote: 'send this message directly' } }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const QuotedText = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('QuotedText', {
  /** The words, verbatim. */
  text: NonEmptyText,
  /** The span of the article they stand at. */
  evidence: Evidence,
}), isQuotedText)
/**
 * The type of a value {@link QuotedText} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface QuotedText extends t.TypeOf<typeof QuotedText> {}

/**
 * A direct quote: the speaker's words, verbatim.
 *
 * @example
 * import { DirectQuote } from 'news-codecs'
 *
 * DirectQuote.is({ kind: 'quote', text: 'Obscene behavior',
 *   evidence: { article: 'article:1', start: 1, end: 17, quote: 'Obscene behavior' } }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const DirectQuote = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('DirectQuote', {
  kind: /* @__PURE__ */ t.literal('quote'),
  ...QuotedText.required,
}), isDirectQuote)
/**
 * The type of a value {@link DirectQuote} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface DirectQuote extends t.TypeOf<typeof DirectQuote> {}

/**
 * Reported speech: what was said in other words, with any fragments quoted verbatim inside it
 * ("wanted to “send this message directly”").
 *
 * @example
 * import { Paraphrase } from 'news-codecs'
 *
 * Paraphrase.is({ kind: 'paraphrase', text: 'Blinken wanted to send the message directly',
 *   fragments: [{ text: 'send this message directly',
 *     evidence: { article: 'article:1', start: 0, end: 26, quote: 'send this message directly' } }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Paraphrase = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Paraphrase',
  {
    kind: /* @__PURE__ */ t.literal('paraphrase'),
    /** What was said, as reported. */
    text: NonEmptyString,
  },
  {
    /** Fragments quoted verbatim within the report. */
    fragments: /* @__PURE__ */ nonEmptyArray(QuotedText),
  },
), isParaphrase)
/**
 * The type of a value {@link Paraphrase} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Paraphrase extends t.TypeOf<typeof Paraphrase> {}

/**
 * A statement's content: `quote` or `paraphrase`.
 *
 * @example
 * import { StatementContent } from 'news-codecs'
 *
 * StatementContent.is({ kind: 'paraphrase', text: 'Russia must renew the grain agreement' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const StatementContent = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('StatementContent', 'kind', { quote: DirectQuote, paraphrase: Paraphrase }), isStatementContent)
/**
 * The type of a value {@link StatementContent} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type StatementContent = DirectQuote | Paraphrase

/**
 * How a source relates to the statement it passes on.
 *
 * @example
 * import { AttributionRelation } from 'news-codecs'
 *
 * AttributionRelation.is('according-to') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const AttributionRelation = /* @__PURE__ */ t.keyof(
  { 'according-to': null, 'reported-by': null, 'published-by': null, 'relayed-by': null },
  'AttributionRelation',
)
/**
 * The type of a value {@link AttributionRelation} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type AttributionRelation = t.TypeOf<typeof AttributionRelation>

/**
 * One link of an attribution chain: "according to the Russian public agency", "according to a summary
 * released by the Indian presidency". Links run from the speaker outward to the article (PROV-O's
 * `hadPrimarySource`, followed back).
 *
 * @example
 * import { AttributionStep } from 'news-codecs'
 *
 * AttributionStep.is({ source: 'org:tass', relation: 'reported-by', medium: 'news-agency-report',
 *   text: 'according to the Russian public agency' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const AttributionStep = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'AttributionStep',
  {
    /** The actor or document the statement reached the article through. */
    source: /* @__PURE__ */ ref('actor', 'document').as('reporter'),
    /** How it passed the statement on. */
    relation: AttributionRelation,
  },
  {
    /** By what medium. */
    medium: Medium,
    /** The attribution as written ("according to a US official"). */
    text: NonEmptyString,
  },
), isAttributionStep)
/**
 * The type of a value {@link AttributionStep} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface AttributionStep extends t.TypeOf<typeof AttributionStep> {}

/**
 * A statement: speaker(s), content, speech act, medium, audience, time and attribution chain.
 *
 * @example
 * import { Statement } from 'news-codecs'
 *
 * const evidence = { article: 'article:1', start: 0, end: 5, quote: 'Hello' }
 * Statement.is({ id: 'statement:1', speakers: ['person:a'], speechAct: 'claim',
 *   content: { kind: 'quote', text: 'Hello', evidence }, evidence: [evidence] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Statement = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Statement',
  {
    /** Stable id. */
    id: Id,
    /** Who spoke: one actor, possibly anonymous or a group, or several speaking together. */
    speakers: /* @__PURE__ */ nonEmptyArray(/* @__PURE__ */ ref('actor').as('speaker')),
    /** What was said. */
    content: StatementContent,
    /** What the statement does. */
    speechAct: SpeechAct,
  },
  {
    ...supportFields,
    ...recordFields,
    /** How it was delivered. */
    medium: Medium,
    /** Who it was addressed to. */
    addressees: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('addressee')),
    /** Who heard it, when wider than the addressees ("in front of his G20 counterparts"). */
    audience: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('audience')),
    /** When it was said. */
    time: Time,
    /** The meeting or event it was said at. */
    occasion: /* @__PURE__ */ ref('meeting', 'event').as('occasion'),
    /** What it is about. */
    about: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor', 'event', 'meeting', 'agreement', 'act', 'document', 'paragraph', 'place', 'statement', 'position', 'vote').as('about')),
    /** The chain it reached the article through, from the speaker outward. */
    attribution: /* @__PURE__ */ arrayOf(AttributionStep),
    /** Facts this one contradicts, as the source says: two governments' readouts of one call, a denial of a meeting. */
    contradicts: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('statement', 'position', 'meeting', 'event', 'agreement', 'act', 'document', 'vote', 'relation').as('contradicts')),
    /** The facts it replies to: a rebuttal of a statement, a response to a vote, an event or a meeting. */
    repliesTo: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('statement', 'position', 'meeting', 'event', 'agreement', 'act', 'document', 'vote').as('repliesTo')),
  },
).withRules(/* @__PURE__ */ supported('a statement'), /* @__PURE__ */ coversPresentFields()), isStatement)
/**
 * The type of a value {@link Statement} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Statement extends t.TypeOf<typeof Statement> {}
