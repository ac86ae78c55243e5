/**
 * Documents: joint statements, communiqués, chair's summaries and readouts, with their paragraphs, who
 * signed them and who refused.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Id } from './Id.js'
import { Identifier } from './Identifier.js'
import { LegalForce } from './LegalForce.js'
import { ref } from './Reference.js'
import { listedOnce, struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { NonEmptyString, NonEmptyText } from './Text.js'
import { Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { refinedNumber, refinedString } from './Refined.js'
import { withGuard } from './internal/decodePath.js'
import { isDocument, isParagraph } from './generated/guards/Document.js'

/**
 * The brand that marks a string as checked by {@link DocumentSymbol}.
 *
 * @category primitives
 * @since 0.2.0
 */
export interface DocumentSymbolBrand {
  readonly DocumentSymbol: unique symbol
}

// Parts separated by "/", the first naming the organ (A, S, E, PC.DEC), each of letters, digits, "." and
// "-" (ES-11, L.1, Corr.1); Security Council resolutions may add their year: "S/RES/2231 (2015)".
const PART = '[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?'
const DOCUMENT_SYMBOL = /* @__PURE__ */ new RegExp(`^[A-Z](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:/${PART})+(?: \\((?:19|20)\\d{2}\\))?$`)

/**
 * A document symbol in the form the United Nations gives its documents: parts separated by `/`, the first
 * the organ's code, starting with an upper-case letter (`A` the General Assembly, `S` the Security Council,
 * `E` ECOSOC), each part of letters, digits, `.` and `-` not ending in either, and for a Security Council resolution, optionally,
 * its year in brackets after a space: `A/RES/ES-11/1`, `S/RES/2231 (2015)`, `A/77/L.1/Rev.1`. Checked for
 * form only: whether the symbol was issued is for the issuing body to say.
 *
 * @example
 * import { DocumentSymbol } from 'news-codecs'
 *
 * DocumentSymbol.is('A/RES/ES-11/1') //=> true
 * DocumentSymbol.is('S/RES/2231 (2015)') //=> true
 * DocumentSymbol.is('E/CN.6/2023/L.3') //=> true
 * DocumentSymbol.is('A/RES/ES-11/') //=> false
 * DocumentSymbol.is('resolution 2231') //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const DocumentSymbol = /* @__PURE__ */ refinedString<DocumentSymbolBrand>('DocumentSymbol', 'a document symbol such as "A/RES/ES-11/1"', (s) =>
  DOCUMENT_SYMBOL.test(s) ? undefined : 'is not a document symbol (parts separated by "/", such as "A/RES/ES-11/1" or "S/RES/2231 (2015)")',
)
/**
 * The type of a value {@link DocumentSymbol} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type DocumentSymbol = t.TypeOf<typeof DocumentSymbol>

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
export const DocumentType = /* @__PURE__ */ vocabulary('DocumentType', [
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
export const DocumentStatus = /* @__PURE__ */ t.keyof({ adopted: null, issued: null, 'not-adopted': null, draft: null }, 'DocumentStatus')
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
export const ParagraphNumber = /* @__PURE__ */ refinedNumber<ParagraphNumberBrand>('ParagraphNumber', 'a whole number from 1', (n) =>
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
export const Paragraph = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
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
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isParagraph)
/**
 * The type of a value {@link Paragraph} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Paragraph extends t.TypeOf<typeof Paragraph> {}

/**
 * A document, its paragraphs, signers and refusers. {@link checkGraph} checks that the vote named by
 * `adoptedBy` is on this document or one of its paragraphs and that its result agrees with `status`.
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
export const Document = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
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
  },
  {
    ...supportFields,
    ...recordFields,
    /** Who issued it. */
    issuer: /* @__PURE__ */ ref('actor').as('issuer'),
    /** The event or meeting it concludes or reports on. */
    about: /* @__PURE__ */ ref('event', 'meeting').as('about'),
    /** When it was issued (or was to be). */
    time: Time,
    /** Its paragraphs, as far as known. */
    paragraphs: /* @__PURE__ */ arrayOf(Paragraph),
    /** Who signed or endorsed it. */
    signers: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('signer')),
    /** Who refused to sign it. */
    refusers: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('refuser')),
    /** Its document symbol, as the issuing body numbers it ("A/RES/ES-11/1"). */
    symbol: DocumentSymbol,
    /** Identifiers in outside schemes. */
    identifiers: /* @__PURE__ */ arrayOf(Identifier),
    /** Whether it binds in law or only politically. */
    legalForce: LegalForce,
    /** The vote that adopted it (or failed to): a vote on this document or one of its paragraphs. */
    adoptedBy: /* @__PURE__ */ ref('vote').as('adoptedBy'),
  },
).withRules(/* @__PURE__ */ supported('a document'), /* @__PURE__ */ coversPresentFields(), /* @__PURE__ */ listedOnce('signers', 'a signer'), /* @__PURE__ */ listedOnce('refusers', 'a refuser'), {
  code: 'signed_and_refused',
  description: 'no actor both among `signers` and `refusers`',
  check: ({ signers = [], refusers = [] }) =>
    signers.length === 0 || refusers.length === 0 ? [] : refusers.flatMap((actor, i) =>
      signers.includes(actor) ? [{ path: ['refusers', i], expected: 'an actor that did not sign', received: actor, message: `"${actor}" both signed and refused to sign` }] : []),
}), isDocument)
/**
 * The type of a value {@link Document} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Document extends t.TypeOf<typeof Document> {}
