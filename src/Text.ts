/**
 * Strict text primitives: non-empty trimmed strings, language tags and URLs.
 *
 * @module
 */
import * as t from 'io-ts'
import { refinedString } from './Refined.js'

/**
 * The brand that marks a string (or number) as checked by {@link NonEmptyString}.
 *
 * @category model
 * @since 0.1.0
 */
export interface NonEmptyStringBrand {
  readonly NonEmptyString: unique symbol
}

/**
 * A string with at least one character and no leading or trailing white space.
 *
 * @example
 * import { NonEmptyString } from 'news-codecs'
 *
 * NonEmptyString.is('Antony Blinken') //=> true
 * NonEmptyString.is(' padded ') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const NonEmptyString = refinedString<NonEmptyStringBrand>('NonEmptyString', 'a non-empty trimmed string', (s) =>
  s.length === 0 ? 'is empty' : s.trim() !== s ? 'has leading or trailing white space' : undefined,
)
/**
 * The type of a value {@link NonEmptyString} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type NonEmptyString = t.TypeOf<typeof NonEmptyString>

/**
 * The brand that marks a string (or number) as checked by {@link LanguageTag}.
 *
 * @category model
 * @since 0.1.0
 */
export interface LanguageTagBrand {
  readonly LanguageTag: unique symbol
}

// BCP 47 in its common form: a 2–3 letter language, then optional script, region and variants.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?(-([a-z0-9]{5,8}|\d[a-z0-9]{3}))*$/

/**
 * A BCP 47 language tag in its usual case: `en`, `fr`, `pt-BR`, `zh-Hant-TW`.
 *
 * @example
 * import { LanguageTag } from 'news-codecs'
 *
 * LanguageTag.is('en') //=> true
 * LanguageTag.is('English') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const LanguageTag = refinedString<LanguageTagBrand>('LanguageTag', 'a BCP 47 language tag such as "en" or "pt-BR"', (s) =>
  LANGUAGE_TAG.test(s) ? undefined : 'is not a BCP 47 language tag such as "en" or "pt-BR"',
)
/**
 * The type of a value {@link LanguageTag} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type LanguageTag = t.TypeOf<typeof LanguageTag>

/**
 * The brand that marks a string (or number) as checked by {@link Url}.
 *
 * @category model
 * @since 0.1.0
 */
export interface UrlBrand {
  readonly Url: unique symbol
}

/**
 * An absolute `http:` or `https:` URL.
 *
 * @example
 * import { Url } from 'news-codecs'
 *
 * Url.is('https://example.org/story') //=> true
 * Url.is('example.org') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Url = refinedString<UrlBrand>('Url', 'an absolute http(s) URL', (s) => {
  // One parse: URL.canParse followed by new URL would parse twice on the common, valid path.
  let protocol: string
  try {
    protocol = new URL(s).protocol
  } catch {
    return 'is not an absolute URL'
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : `has protocol ${protocol}, expected http: or https:`
})
/**
 * The type of a value {@link Url} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type Url = t.TypeOf<typeof Url>

/**
 * The brand that marks a string (or number) as checked by {@link NonEmptyText}.
 *
 * @category model
 * @since 0.1.0
 */
export interface NonEmptyTextBrand {
  readonly NonEmptyText: unique symbol
}

/**
 * A string with at least one character, kept exactly as given (white space included): article texts and
 * quotes, which must match their source byte for byte.
 *
 * @example
 * import { NonEmptyText } from 'news-codecs'
 *
 * NonEmptyText.is(' send this message directly') //=> true
 * NonEmptyText.is('') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const NonEmptyText = refinedString<NonEmptyTextBrand>('NonEmptyText', 'a non-empty string', (s) =>
  s.length === 0 ? 'is empty' : undefined,
)
/**
 * The type of a value {@link NonEmptyText} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>
