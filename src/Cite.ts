/**
 * Citing: the evidence for a quote, made from the article text, so that nobody counts code points by hand.
 * A quote found once is cited; a quote found in several places needs a choice (`occurrence`, `after`),
 * and the issue lists every place to choose from.
 *
 * @module
 */
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import { Evidence } from './Evidence.js'
import type { Issue, IssueCode } from './Issue.js'
import { describeValue } from './Issue.js'
import type { SpanPlace } from './Reanchor.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Which place of a quote to cite: the `occurrence`-th (from 0) of those that start at or after the
 * code-point offset `after` (0 by default). Without `occurrence` the quote must be found in one place only.
 *
 * @category model
 * @since 0.3.0
 */
export interface CiteOptions {
  readonly occurrence?: number
  readonly after?: number
}

/**
 * Why a quote could not be cited: `quote_not_found` (not in the text, or not at the place asked for),
 * `ambiguous_quote` (in several places, none chosen), or `invalid_value` (an empty quote, or an article id
 * that is not an id). `candidates` are the places the quote does have (at or after `after`), in text order.
 *
 * @category model
 * @since 0.3.0
 */
export interface CiteIssue extends Omit<Issue, 'code'> {
  readonly code: IssueCode | 'quote_not_found' | 'ambiguous_quote'
  readonly candidates: ReadonlyArray<SpanPlace>
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/**
 * Every place of `quote` in `text`, overlapping places too, as code-point offsets in text order: place
 * `n` is what `locateQuote(text, quote, n)` finds. One pass over the text, however many places there are.
 *
 * @example
 * import { quotePlaces } from 'news-codecs'
 *
 * quotePlaces('the talks, the deal', 'the') //=> [{ start: 0, end: 3 }, { start: 11, end: 14 }]
 * quotePlaces('a😀b😀', '😀') //=> [{ start: 1, end: 2 }, { start: 3, end: 4 }]
 * quotePlaces('abc', 'x') //=> []
 *
 * @category utils
 * @since 0.3.0
 */
export const quotePlaces = (text: string, quote: string): ReadonlyArray<SpanPlace> => {
  if (quote.length === 0) return []
  const length = Array.from(quote).length
  const places: SpanPlace[] = []
  // A UTF-16 unit starts a code point unless it is the low half of a pair: counted from where the last place began.
  let unit = 0
  let point = 0
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    for (; unit < at; unit++) if (!(isLow(text.charCodeAt(unit)) && unit > 0 && isHigh(text.charCodeAt(unit - 1)))) point++
    places.push({ start: point, end: point + length })
  }
  return places
}

const listed = (places: ReadonlyArray<SpanPlace>): string => places.map((p) => `${p.start}–${p.end}`).join(', ')

const failure = (code: CiteIssue['code'], expected: string, received: string, message: string, candidates: ReadonlyArray<SpanPlace> = []): Either<CiteIssue, never> =>
  left({ path: [], code, expected, received, message, candidates })

/**
 * Cites a quote of an article: `cite(text, articleId)(quote, options)` is the {@link Evidence} of the
 * quote's place in `text`, with code-point offsets, or a {@link CiteIssue} when the quote is not there or
 * is in several places and none was chosen (its `candidates` list every place, for `occurrence` or
 * `after` to choose from).
 *
 * @example
 * import { cite } from 'news-codecs'
 * import { right } from 'fp-ts/lib/Either.js'
 *
 * const quote = cite('The US and Russia met. The US left.', 'article:1')
 * quote('Russia') //=> right({ article: 'article:1', start: 11, end: 17, quote: 'Russia' })
 * quote('The US', { occurrence: 1 }) //=> right({ article: 'article:1', start: 23, end: 29, quote: 'The US' })
 * quote('The US', { after: 5 }) //=> right({ article: 'article:1', start: 23, end: 29, quote: 'The US' })
 * const ambiguous = quote('The US')
 * ambiguous._tag === 'Left' && ambiguous.left.candidates //=> [{ start: 0, end: 6 }, { start: 23, end: 29 }]
 * const missing = quote('China')
 * missing._tag === 'Left' && missing.left.code //=> 'quote_not_found'
 *
 * @category constructors
 * @since 0.3.0
 */
export const cite =
  (text: string, article: string) =>
  (quote: string, options: CiteOptions = {}): Either<CiteIssue, Evidence> => {
    if (quote.length === 0) return failure('invalid_value', 'a quote of at least one character', '""', 'the quote is empty: cite a text of the article')
    const after = options.after ?? 0
    const all = quotePlaces(text, quote)
    const candidates = all.filter((place) => place.start >= after)
    const shown = describeValue(quote)
    if (candidates.length === 0) {
      const message =
        all.length === 0
          ? `quote ${shown} is not in the article`
          : `quote ${shown} is not in the article at or after offset ${after}; it is at ${listed(all)}`
      return failure('quote_not_found', 'a quote the article contains', shown, message)
    }
    const { occurrence } = options
    if (occurrence === undefined && candidates.length > 1) {
      return failure('ambiguous_quote', 'a quote found in one place, or an occurrence or after offset to choose one', shown,
        `quote ${shown} is in ${candidates.length} places, at ${listed(candidates)}: choose one with an occurrence (from 0) or an after offset`, candidates)
    }
    const place = candidates[occurrence ?? 0]
    if (place === undefined) {
      return failure('quote_not_found', `an occurrence from 0 to ${candidates.length - 1}`, String(occurrence),
        `quote ${shown} has ${candidates.length} place(s)${after === 0 ? '' : ` at or after offset ${after}`}, at ${listed(candidates)}: there is no occurrence ${occurrence} (they count from 0)`, candidates)
    }
    const decoded = Evidence.decode({ article, start: place.start, end: place.end, quote })
    if (decoded._tag === 'Left') return failure('invalid_value', 'an article id (letters, digits and . _ : # / -)', describeValue(article), `${describeValue(article)} is not an article id`)
    return right(decoded.right)
  }
