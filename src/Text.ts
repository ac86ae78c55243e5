/**
 * Strict text primitives: non-empty trimmed strings, language tags and URLs.
 *
 * @module
 */
import * as t from 'io-ts'
import { describeValue as describe } from './Issue.js'
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

// Control characters (C0 with tab and newline, DEL, C1), the line and paragraph separators, and the bidi
// embeddings, overrides and isolates: what a name or a label shown on one line must not hold.
const LABEL_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * A string with at least one character, no leading or trailing white space, and no control or bidi
 * override character: names, titles, topics and the other short texts of the model, shown on one line.
 *
 * Control characters (C0, tab and newline included, DEL and C1), the line and paragraph
 * separators U+2028 and U+2029, and the bidi embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069 are rejected; the bidi marks U+200E, U+200F and U+061C, which right-to-left names use, are
 * kept. Article texts and quotes, which must match their source exactly, are {@link NonEmptyText}.
 *
 * @example
 * import { NonEmptyString } from 'news-codecs'
 *
 * NonEmptyString.is('Antony Blinken') //=> true
 * NonEmptyString.is(' padded ') //=> false
 * NonEmptyString.is('Lavrov\u001b[2J') //=> false
 * NonEmptyString.is('abc\u202Efed') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const NonEmptyString = /* @__PURE__ */ refinedString<NonEmptyStringBrand>('NonEmptyString', 'a non-empty trimmed string', (s) => {
  if (s.length === 0) return 'is empty'
  if (s.trim() !== s) return 'has leading or trailing white space'
  const forbidden = LABEL_FORBIDDEN.exec(s)
  if (forbidden === null) return undefined
  return `holds the ${BIDI_CONTROL.test(forbidden[0]) ? 'bidi control' : 'control'} character ${codePoint(forbidden[0])}`
})
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
export const LanguageTag = /* @__PURE__ */ refinedString<LanguageTagBrand>('LanguageTag', 'a BCP 47 language tag such as "en" or "pt-BR"', (s) =>
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

// What a URL may not hold anywhere: white space, control characters (C0, DEL, C1), backslashes. The WHATWG
// parser strips or rewrites each of them (leading and trailing ones dropped, tabs and newlines removed,
// backslashes read as slashes), so a string holding one is not the URL it parses to.
const URL_REPAIRED = /[\s\u0000-\u001f\u007f-\u009f\\]/
// A lone surrogate: the parser writes U+FFFD in its place.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
// `http://` or `https://` in any case, then the authority (up to the first / ? or #), then the rest.
const URL_PARTS = /^([Hh][Tt][Tt][Pp][Ss]?:\/\/)([^/?#]*)([\s\S]*)$/
// Characters the serializer may percent-encode (UTF-8, upper-case hex): everything but the unreserved
// characters, the delimiters and `%` itself. Encoding them on both sides compares two strings as the same
// URL when they differ only in which of these characters are written raw.
const URL_ENCODABLE = /[^A-Za-z0-9\-._~:/?#@!$&()*+,;=%]/gu
const percentEncode = (s: string): string =>
  s.replace(URL_ENCODABLE, (c) => {
    let out = ''
    for (const byte of new TextEncoder().encode(c)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    return out
  })

/**
 * An absolute `http:` or `https:` URL, written as the WHATWG URL parser serializes it back: what is stored
 * is the URL that will be followed.
 *
 * The normalisation allowed, and nothing more: the scheme and the host in any case (`HTTPS://EXAMPLE.ORG/`
 * is `https://example.org/`); no path (`https://example.org` and `https://example.org?q` get the path `/`);
 * characters the serializer percent-encodes written raw (`/café` is `/caf%C3%A9`, `?q='x'` is
 * `?q=%27x%27`).
 *
 * Anything the parser repairs or rewrites is rejected: white space or control characters anywhere (leading,
 * trailing, or the tabs and newlines the parser removes), backslashes, a scheme not followed by exactly
 * `//` and a host, dot segments (`/a/../b`), default or empty ports (`:443`), numeric hosts in other than
 * their usual form (`http://127.1`), percent-encoded or non-ASCII host names (write `xn--bcher-kva.de`, not
 * `bücher.de`), and lone surrogates.
 *
 * @example
 * import { Url } from 'news-codecs'
 *
 * Url.is('https://example.org/story') //=> true
 * Url.is('example.org') //=> false
 * Url.is(' https://example.org/story') //=> false
 * Url.is('https:\\\\example.org') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Url = /* @__PURE__ */ refinedString<UrlBrand>('Url', 'an absolute http(s) URL', (s) => {
  if (URL_REPAIRED.test(s)) return 'holds white space, a control character or a backslash, which a URL cannot'
  if (LONE_SURROGATE.test(s)) return 'holds a lone surrogate, which a URL cannot'
  const parts = URL_PARTS.exec(s)
  if (parts === null) return 'is not an absolute URL written http:// or https:// and a host'
  // One parse: URL.canParse followed by new URL would parse twice on the common, valid path.
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return 'is not an absolute URL'
  }
  const [, scheme, authority, rest] = parts as unknown as [string, string, string, string]
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `has protocol ${url.protocol}, expected http: or https:`
  // The user name and password keep their case; the host does not.
  const at = authority.lastIndexOf('@') + 1
  const written = `${scheme.toLowerCase()}${authority.slice(0, at)}${authority.slice(at).toLowerCase()}${rest.startsWith('/') ? rest : `/${rest}`}`
  return written === url.href || percentEncode(written) === percentEncode(url.href)
    ? undefined
    : `is not written as it parses (${describe(url.href)}): dot segments, default ports and other host forms are rewritten by the URL parser`
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
export const NonEmptyText = /* @__PURE__ */ refinedString<NonEmptyTextBrand>('NonEmptyText', 'a non-empty string', (s) =>
  s.length === 0 ? 'is empty' : undefined,
)
/**
 * The type of a value {@link NonEmptyText} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>
