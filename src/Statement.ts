/**
 * Statements: who said what, word for word or reported, by what medium, to whom, and on whose word.
 *
 * @module
 */
import * as t from 'io-ts'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { taggedUnion } from './TaggedUnion.js'
import { NonEmptyString, NonEmptyText } from './Text.js'
import { Time } from './Time.js'

/**
 * What a statement does (after CAMEO's verbal acts).
 *
 * @category model
 * @since 0.1.0
 */
export const SpeechAct = t.keyof(
  {
    claim: null,
    inform: null,
    demand: null,
    appeal: null,
    accusation: null,
    criticism: null,
    rejection: null,
    denial: null,
    assurance: null,
    commitment: null,
    warning: null,
    refusal: null,
    announcement: null,
    other: null,
  },
  'SpeechAct',
)
/** @category model @since 0.1.0 */
export type SpeechAct = t.TypeOf<typeof SpeechAct>

/**
 * How a statement was delivered or carried.
 *
 * @category model
 * @since 0.1.0
 */
export const Medium = t.keyof(
  {
    'press-conference': null,
    'press-remarks': null,
    'pre-recorded-address': null,
    speech: null,
    'official-statement': null,
    'news-agency-report': null,
    interview: null,
    'private-meeting': null,
    'social-media': null,
    document: null,
    unknown: null,
  },
  'Medium',
)
/** @category model @since 0.1.0 */
export type Medium = t.TypeOf<typeof Medium>

/**
 * Quoted words with the span they stand at; {@link checkGraph} checks `text` equals the span's quote.
 *
 * @category model
 * @since 0.1.0
 */
export const QuotedText = struct('QuotedText', {
  /** The words, verbatim. */
  text: NonEmptyText,
  /** The span of the article they stand at. */
  evidence: Evidence,
})
/** @category model @since 0.1.0 */
export interface QuotedText extends t.TypeOf<typeof QuotedText> {}

/**
 * A direct quote: the speaker's words, verbatim.
 *
 * @category model
 * @since 0.1.0
 */
export const DirectQuote = struct('DirectQuote', {
  kind: t.literal('quote'),
  ...QuotedText.required,
})
/** @category model @since 0.1.0 */
export interface DirectQuote extends t.TypeOf<typeof DirectQuote> {}

/**
 * Reported speech: what was said in other words, with any fragments quoted verbatim inside it
 * ("wanted to “send this message directly”").
 *
 * @category model
 * @since 0.1.0
 */
export const Paraphrase = struct(
  'Paraphrase',
  {
    kind: t.literal('paraphrase'),
    /** What was said, as reported. */
    text: NonEmptyString,
  },
  {
    /** Fragments quoted verbatim within the report. */
    fragments: nonEmptyArray(QuotedText),
  },
)
/** @category model @since 0.1.0 */
export interface Paraphrase extends t.TypeOf<typeof Paraphrase> {}

/**
 * A statement's content: `quote` or `paraphrase`.
 *
 * @category model
 * @since 0.1.0
 */
export const StatementContent = taggedUnion('StatementContent', 'kind', { quote: DirectQuote, paraphrase: Paraphrase })
/** @category model @since 0.1.0 */
export type StatementContent = DirectQuote | Paraphrase

/**
 * How a source relates to the statement it passes on.
 *
 * @category model
 * @since 0.1.0
 */
export const AttributionRelation = t.keyof(
  { 'according-to': null, 'reported-by': null, 'published-by': null, 'relayed-by': null },
  'AttributionRelation',
)
/** @category model @since 0.1.0 */
export type AttributionRelation = t.TypeOf<typeof AttributionRelation>

/**
 * One link of an attribution chain: "according to the Russian public agency", "according to a summary
 * released by the Indian presidency". Links run from the speaker outward to the article (PROV-O's
 * `hadPrimarySource`, followed back).
 *
 * @category model
 * @since 0.1.0
 */
export const AttributionStep = struct(
  'AttributionStep',
  {
    /** The actor or document the statement reached the article through. */
    source: ref('actor', 'document'),
    /** How it passed the statement on. */
    relation: AttributionRelation,
  },
  {
    /** By what medium. */
    medium: Medium,
    /** The attribution as written ("according to a US official"). */
    text: NonEmptyString,
  },
)
/** @category model @since 0.1.0 */
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
export const Statement = struct(
  'Statement',
  {
    /** Stable id. */
    id: Id,
    /** Who spoke: one actor, possibly anonymous or a group, or several speaking together. */
    speakers: nonEmptyArray(ref('actor')),
    /** What was said. */
    content: StatementContent,
    /** What the statement does. */
    speechAct: SpeechAct,
    /** Where sources say so. */
    evidence: nonEmptyArray(Evidence),
  },
  {
    /** How it was delivered. */
    medium: Medium,
    /** Who it was addressed to. */
    addressees: t.readonlyArray(ref('actor')),
    /** Who heard it, when wider than the addressees ("in front of his G20 counterparts"). */
    audience: t.readonlyArray(ref('actor')),
    /** When it was said. */
    time: Time,
    /** The meeting or event it was said at. */
    occasion: ref('meeting', 'event'),
    /** What it is about. */
    about: t.readonlyArray(ref('actor', 'event', 'meeting', 'agreement', 'document', 'paragraph', 'place')),
    /** The chain it reached the article through, from the speaker outward. */
    attribution: t.readonlyArray(AttributionStep),
    /** Statements this one contradicts, as the source says: two governments' readouts of one call, say. */
    contradicts: t.readonlyArray(ref('statement')),
  },
)
/** @category model @since 0.1.0 */
export interface Statement extends t.TypeOf<typeof Statement> {}
