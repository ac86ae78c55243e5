/**
 * Documents: joint statements, communiqués, chair's summaries and readouts, with their paragraphs, who
 * signed them and who refused.
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
import { NonEmptyString, NonEmptyText } from './Text.js'
import { Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { refinedNumber } from './Refined.js'

/**
 * What sort of document it is. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { DocumentType } from 'news-codecs'
 *
 * DocumentType.is('chair-summary') //=> true
 * DocumentType.is({ scheme: 'iptc-genre', code: 'Transcript' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const DocumentType = vocabulary('DocumentType', [
  'joint-statement',
  'communique',
  'chair-summary',
  'declaration',
  'readout',
  'press-release',
  'resolution',
  'treaty-text',
  'other',
])
/**
 * The type of a value {@link DocumentType} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type DocumentType = t.TypeOf<typeof DocumentType>

/**
 * Whether a document came to be: adopted by its parties, issued by one, or never agreed.
 *
 * @example
 * import { DocumentStatus } from 'news-codecs'
 *
 * DocumentStatus.is('not-adopted') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const DocumentStatus = t.keyof({ adopted: null, issued: null, 'not-adopted': null, draft: null }, 'DocumentStatus')
/**
 * The type of a value {@link DocumentStatus} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type DocumentStatus = t.TypeOf<typeof DocumentStatus>

/**
 * The brand that marks a number as checked by {@link ParagraphNumber}.
 *
 * @category model
 * @since 0.2.0
 */
export interface ParagraphNumberBrand {
  readonly ParagraphNumber: unique symbol
}

/**
 * A paragraph's number in its document: a whole number from 1.
 *
 * @example
 * import { ParagraphNumber } from 'news-codecs'
 *
 * ParagraphNumber.is(1) //=> true
 * ParagraphNumber.is(0) //=> false
 * ParagraphNumber.is(2.5) //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const ParagraphNumber = refinedNumber<ParagraphNumberBrand>('ParagraphNumber', 'a whole number from 1', (n) =>
  Number.isSafeInteger(n) && n >= 1 ? undefined : 'is not a paragraph number: paragraphs are numbered from 1',
)
/**
 * The type of a value {@link ParagraphNumber} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type ParagraphNumber = t.TypeOf<typeof ParagraphNumber>

/**
 * One paragraph of a document; its id is unique in the graph so positions can target it.
 *
 * @example
 * import { Paragraph } from 'news-codecs'
 *
 * Paragraph.is({ id: 'document:communique#withdrawal',
 *   text: 'Russia’s complete and unconditional withdrawal from the territory of Ukraine' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Paragraph = struct(
  'Paragraph',
  {
    /** Stable id, unique in the graph. */
    id: Id,
  },
  {
    /** Its number in the document, from 1. */
    number: ParagraphNumber,
    /** Its text, or the part of it a source quotes. */
    text: NonEmptyText,
    /** What it says, when its words are not known. */
    summary: NonEmptyString,
    /** Where a source quotes or describes it. */
    evidence: nonEmptyArray(Evidence),
  },
)
/**
 * The type of a value {@link Paragraph} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Paragraph extends t.TypeOf<typeof Paragraph> {}

/**
 * A document, its paragraphs, signers and refusers.
 *
 * @example
 * import { Document } from 'news-codecs'
 *
 * Document.is({ id: 'document:1', type: 'communique', title: 'Joint communiqué', status: 'not-adopted',
 *   refusers: ['state:RU'], evidence: [{ article: 'article:1', start: 0, end: 7, quote: 'refused' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Document = struct(
  'Document',
  {
    /** Stable id. */
    id: Id,
    /** What sort of document. */
    type: DocumentType,
    /** Its title, or a description when it has none. */
    title: NonEmptyString,
    /** Whether it came to be. */
    status: DocumentStatus,
    /** Where sources say so. */
    evidence: nonEmptyArray(Evidence),
  },
  {
    /** Who issued it. */
    issuer: ref('actor').as('issuer'),
    /** The event or meeting it concludes or reports on. */
    about: ref('event', 'meeting').as('about'),
    /** When it was issued (or was to be). */
    time: Time,
    /** Its paragraphs, as far as known. */
    paragraphs: arrayOf(Paragraph),
    /** Who signed or endorsed it. */
    signers: arrayOf(ref('actor').as('signer')),
    /** Who refused to sign it. */
    refusers: arrayOf(ref('actor').as('refuser')),
  },
)
/**
 * The type of a value {@link Document} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Document extends t.TypeOf<typeof Document> {}
