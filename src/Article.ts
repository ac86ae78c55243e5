/**
 * Articles: the source texts every piece of evidence points into, with what a news feed says of them
 * (IPTC ninjs, schema.org NewsArticle): credits, section, genres, subjects, images, times and dateline.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Byline } from './Byline.js'
import { Id } from './Id.js'
import { Image } from './Image.js'
import { ref } from './Reference.js'
import { refinedNumber, refinedString } from './Refined.js'
import { struct } from './Struct.js'
import { recordFields } from './Identity.js'
import { Subject } from './Subject.js'
import { LanguageTag, NonEmptyString, NonEmptyText, Url } from './Text.js'
import { datesInOrder, Edtf, Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isArticle, isPublication, isTextDigest } from './generated/guards/Article.js'

// -------------------------------------------------------------------------------------
// feed metadata
// -------------------------------------------------------------------------------------

/**
 * The form of a URN (RFC 8141): `urn:`, a namespace id of 2 to 32 letters, digits or hyphens (not
 * beginning or ending with one), `:`, then a name of URI path characters (percent escapes written `%XX`),
 * and optional `?+` and `?=` components and a `#` fragment.
 *
 * @example
 * import { URN_PATTERN } from 'news-codecs'
 *
 * URN_PATTERN.test('urn:newsml:example.org:20240506:lisbon-talks') //=> true
 * URN_PATTERN.test('urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66') //=> true
 * URN_PATTERN.test('urn:x:short-namespace') //=> false
 * URN_PATTERN.test('urn:isbn:978 0 00') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const URN_PATTERN =
  /^[Uu][Rr][Nn]:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?\+(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+)?(?:\?=(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/

/**
 * The brand that marks a string as checked by {@link ContentUri}.
 *
 * @category model
 * @since 0.2.0
 */
export interface ContentUriBrand {
  readonly ContentUri: unique symbol
}

/**
 * The canonical identifier of a news item (IPTC ninjs `uri`): an absolute http(s) URL as {@link Url} takes
 * it, or a URN of the form {@link URN_PATTERN} gives (`urn:newsml:...`, `urn:uuid:...`).
 *
 * @example
 * import { ContentUri } from 'news-codecs'
 *
 * ContentUri.is('https://example.org/news/2024/05/06/lisbon-talks') //=> true
 * ContentUri.is('urn:newsml:example.org:20240506:lisbon-talks') //=> true
 * ContentUri.is('urn:newsml') //=> false
 * ContentUri.is('example.org/news') //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const ContentUri = /* @__PURE__ */ refinedString<ContentUriBrand>('ContentUri', 'an absolute http(s) URL or a URN', (s) => {
  if (/^[Uu][Rr][Nn]:/.test(s)) {
    return URN_PATTERN.test(s) ? undefined : 'is not a URN: urn:, a namespace of 2 to 32 letters, digits or hyphens, ":", then the name (RFC 8141)'
  }
  return Url.is(s) ? undefined : 'is neither an absolute http(s) URL, written as it parses, nor a URN (urn:namespace:name)'
})
/**
 * The type of a value {@link ContentUri} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type ContentUri = t.TypeOf<typeof ContentUri>

/**
 * The journalistic form of an article, not its subject (IPTC ninjs `genres`, schema.org `genre`). A
 * built-in, or a coded value such as an IPTC genre NewsCode (`{ scheme: 'iptc-genre', code: 'Analysis' }`),
 * checked for form.
 *
 * @example
 * import { Genre } from 'news-codecs'
 *
 * Genre.is('fact-check') //=> true
 * Genre.is({ scheme: 'iptc-genre', code: 'Analysis' }) //=> true
 * Genre.is({ scheme: 'iptc-genre', code: 'two words' }) //=> false
 * Genre.is('gossip') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Genre = /* @__PURE__ */ vocabulary('Genre', [
  'news',
  'analysis',
  'opinion',
  'editorial',
  'interview',
  'feature',
  'profile',
  'explainer',
  'live',
  'fact-check',
  'obituary',
  'review',
])
/**
 * The type of a value {@link Genre} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type Genre = t.TypeOf<typeof Genre>

// -------------------------------------------------------------------------------------
// versions
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a number as checked by {@link VersionNumber}.
 *
 * @category model
 * @since 0.3.0
 */
export interface VersionNumberBrand {
  readonly VersionNumber: unique symbol
}

/**
 * The number of a version of a news item (IPTC ninjs `version`, schema.org `version`): a whole number from
 * 1, greater for each later version.
 *
 * @example
 * import { VersionNumber } from 'news-codecs'
 *
 * VersionNumber.is(2) //=> true
 * VersionNumber.is(0) //=> false
 * VersionNumber.is(1.5) //=> false
 *
 * @category primitives
 * @since 0.3.0
 */
export const VersionNumber = /* @__PURE__ */ refinedNumber<VersionNumberBrand>('VersionNumber', 'a whole number from 1', (n) =>
  Number.isSafeInteger(n) && n >= 1 ? undefined : 'is not a whole number from 1',
)
/**
 * The type of a value {@link VersionNumber} accepts.
 *
 * @category primitives
 * @since 0.3.0
 */
export type VersionNumber = t.TypeOf<typeof VersionNumber>

/**
 * The brand that marks a string as checked by {@link DigestHex}.
 *
 * @category model
 * @since 0.3.0
 */
export interface DigestHexBrand {
  readonly DigestHex: unique symbol
}

const SHA256_HEX = /^[0-9a-f]{64}$/

/**
 * A SHA-256 hash written as 64 lower-case hexadecimal digits, the way `sha256sum` prints it.
 *
 * @example
 * import { DigestHex } from 'news-codecs'
 *
 * DigestHex.is('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855') //=> true
 * DigestHex.is('E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855') //=> false
 * DigestHex.is('e3b0c442') //=> false
 *
 * @category primitives
 * @since 0.3.0
 */
export const DigestHex = /* @__PURE__ */ refinedString<DigestHexBrand>('DigestHex', 'a SHA-256 hash as 64 lower-case hex digits', (s) =>
  SHA256_HEX.test(s) ? undefined : 'is not 64 lower-case hex digits (0-9, a-f)',
)
/**
 * The type of a value {@link DigestHex} accepts.
 *
 * @category primitives
 * @since 0.3.0
 */
export type DigestHex = t.TypeOf<typeof DigestHex>

/**
 * A digest of an article's `text`: the SHA-256 of the UTF-8 encoding of the text exactly as stored (no
 * normalization, line ends as they are; a lone surrogate, which UTF-8 cannot hold, counts as U+FFFD, as
 * `TextEncoder` writes it). Two versions with the same digest have the same text; {@link checkGraph}
 * recomputes it and reports one that does not match (`digest_mismatch`). {@link digestOf} fills it in.
 *
 * @example
 * import { TextDigest } from 'news-codecs'
 *
 * TextDigest.is({ algorithm: 'sha-256', value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) //=> true
 * TextDigest.is({ algorithm: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const TextDigest = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('TextDigest', {
  /** The hash function: SHA-256 (FIPS 180-4), the only one taken for now. */
  algorithm: /* @__PURE__ */ t.literal('sha-256'),
  /** The hash of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
  value: DigestHex,
}), isTextDigest)
/**
 * The type of a value {@link TextDigest} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface TextDigest extends t.TypeOf<typeof TextDigest> {}

/**
 * The digest of a text, for an article's `digest`: the SHA-256 of its UTF-8 bytes, synchronous, in
 * browsers and Node alike.
 *
 * @example
 * import { digestOf } from 'news-codecs'
 *
 * digestOf('abc').value //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * digestOf('Blinken met Lavrov.').algorithm //=> 'sha-256'
 *
 * @category utils
 * @since 0.3.0
 */
export const digestOf = (text: string): TextDigest => ({
  algorithm: 'sha-256',
  value: bytesToHex(sha256(utf8ToBytes(text))) as DigestHex,
})

// -------------------------------------------------------------------------------------
// articles
// -------------------------------------------------------------------------------------

/**
 * When an article was published, and whether that is known or inferred (from the events it reports, say).
 *
 * @example
 * import { Publication } from 'news-codecs'
 *
 * Publication.is({ time: { value: '2023-03-02' }, inferred: true,
 *   basis: 'the events it reports are dated Thursday 2 March 2023' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Publication = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Publication',
  {
    /** The publication time, as precise as known. */
    time: Time,
    /** `true` when the time is not stated but worked out. */
    inferred: t.boolean,
  },
  {
    /** How an inferred time was worked out. */
    basis: NonEmptyString,
  },
), isPublication)
/**
 * The type of a value {@link Publication} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Publication extends t.TypeOf<typeof Publication> {}

/**
 * A source article. Its `text` is kept exactly: evidence offsets count code points into it. What is not
 * known (publisher, url, language) is left out rather than guessed; a language known to be unknown is
 * `und` (BCP 47's "undetermined"). A feed's metadata (IPTC ninjs, schema.org NewsArticle) has a field each:
 * credits, section, genres, subjects, keywords, images, first-created and modified times, a canonical
 * `uri`, and the dateline's place. {@link checkGraph} rejects a modified time before the first-created one.
 * An item that is edited or corrected keeps one record per version, each with its own id: `version`,
 * `supersedes` (the record of the version before), the published `correction` note and a `digest` of the
 * text, which the graph checks recompute.
 *
 * @example
 * import { Article } from 'news-codecs'
 *
 * Article.is({ id: 'article:1', text: 'Blinken met Lavrov.', language: 'en' }) //=> true
 * Article.is({ id: 'article:2', text: 'LISBON - The ministers met.', uri: 'urn:newsml:example.org:20240506:talks',
 *   bylines: [{ name: 'Maria Silva', role: 'correspondent' }], byline: 'By Maria Silva in Lisbon',
 *   section: 'World', genres: ['news'], subjects: [{ topic: { scheme: 'iptc-mediatopic', code: '16000000' } }],
 *   keywords: ['Lisbon talks'], created: '2024-05-06T08:15:00Z', modified: '2024-05-06T10:15:30+02',
 *   dateline: 'place:lisbon' }) //=> true
 * Article.is({ id: 'article:3', text: 'Texto.', created: '6 May 2024' }) //=> false
 * Article.is({ id: 'article:4', text: 'Blinken met Lavrov on Friday.', version: 2, supersedes: 'article:1',
 *   correction: 'An earlier version gave the wrong day.' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Article = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Article',
  {
    /** Stable id, referred to by evidence. */
    id: Id,
    /** The full text, exactly as published. */
    text: NonEmptyText,
  },
  {
    /** BCP 47 language of `text`; `und` (undetermined) when it is not known, absent when not given. */
    language: LanguageTag,
    /** The headline, if known. */
    headline: NonEmptyString,
    /** The publisher, if known. */
    publisher: NonEmptyString,
    /** When it was published, if known or inferred. */
    published: Publication,
    /** Where it was published, if known. */
    url: Url,
    /** The canonical identifier a feed gives the item (ninjs `uri`): a URL or a URN, stable across versions. */
    uri: ContentUri,
    /** A standfirst or summary, as published. */
    description: NonEmptyString,
    /** Who it credits, in the order printed: names, the actors they are, and their roles. */
    bylines: /* @__PURE__ */ arrayOf(Byline),
    /** The byline exactly as printed ("By Maria Silva in Lisbon and Kenji Sato in Tokyo"). */
    byline: NonEmptyString,
    /** The section of the publication it ran in ("World", "Europe"). */
    section: NonEmptyString,
    /** Its journalistic forms: news, analysis, opinion, a coded genre... */
    genres: /* @__PURE__ */ arrayOf(Genre),
    /** What it is about, by topic (built-in or coded, such as IPTC Media Topics). */
    subjects: /* @__PURE__ */ arrayOf(Subject),
    /** Free-text keywords or tags, as the feed gives them. */
    keywords: /* @__PURE__ */ arrayOf(NonEmptyString),
    /** The images it carries. */
    images: /* @__PURE__ */ arrayOf(Image),
    /** When the item was first created (ninjs `firstcreated`, schema.org `dateCreated`), as EDTF. */
    created: Edtf,
    /** When this version was made (ninjs `versioncreated`, schema.org `dateModified`), as EDTF; not before `created`. */
    modified: Edtf,
    /** The place its dateline names, where it was filed ("LISBON -"). */
    dateline: /* @__PURE__ */ ref('place').as('dateline'),
    ...recordFields,
    /** The number of this version of the item (ninjs `version`), from 1; greater than that of the version it supersedes. */
    version: VersionNumber,
    /**
     * The article record of the version this one replaces. A feed keeps one item id across versions and
     * raises `version` (NewsML-G2's `guid` and `version`, ninjs `uri` and `version`); here each version is a
     * record of its own with its own id, evidence on a version names it, and this links it to the one before.
     */
    supersedes: /* @__PURE__ */ ref('article').as('supersededVersion'),
    /** The correction note as published with this version ("An earlier version misstated the date of the talks."). */
    correction: NonEmptyString,
    /** The SHA-256 of the UTF-8 bytes of `text` exactly as stored; the graph checks recompute it. */
    digest: TextDigest,
  },
).withRules(/* @__PURE__ */ datesInOrder('created', 'modified', (created, modified) => `modified on ${modified}, before it was first created on ${created}`)), isArticle)
/**
 * The type of a value {@link Article} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Article extends t.TypeOf<typeof Article> {}
