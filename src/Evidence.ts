/**
 * Evidence: a span of an article's text, by code-point offsets, with the exact quote found there.
 *
 * Offsets count Unicode code points, as W3C Web Annotation's TextPositionSelector does, so an astral
 * character (an emoji, say) counts once. The quote doubles as a TextQuoteSelector: if offsets drift, the
 * span can be found again by its text.
 *
 * @module
 */
import * as t from 'io-ts'
import * as RA from 'fp-ts/lib/ReadonlyArray.js'
import { walkValue } from './internal/CodecTree.js'
import type { Option } from 'fp-ts/lib/Option.js'
import { none, some } from 'fp-ts/lib/Option.js'
import * as N from 'fp-ts/lib/number.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { contramap, tuple } from 'fp-ts/lib/Ord.js'
import * as S from 'fp-ts/lib/string.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { NonEmptyText } from './Text.js'
import { refinedNumber } from './Refined.js'
import { withGuard } from './internal/decodePath.js'
import { isEvidence } from './generated/guards/Evidence.js'

/**
 * The brand that marks a string (or number) as checked by {@link Offset}.
 *
 * @category model
 * @since 0.1.0
 */
export interface OffsetBrand {
  readonly Offset: unique symbol
}

/**
 * A code-point offset into a text: a whole number from 0.
 *
 * @example
 * import { Offset } from 'news-codecs'
 *
 * Offset.is(0) //=> true
 * Offset.is(1.5) //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Offset = /* @__PURE__ */ refinedNumber<OffsetBrand>('Offset', 'a whole number from 0', (n) =>
  Number.isSafeInteger(n) && n >= 0 ? undefined : 'is not a whole number from 0',
)
/**
 * The type of a value {@link Offset} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type Offset = t.TypeOf<typeof Offset>

/**
 * A span of an article, `start` inclusive and `end` exclusive in code points, with the text found there.
 * The span may not end before it starts (checked on the record itself, so by every decoder and guard);
 * {@link checkGraph} checks that the article's text from `start` to `end` is exactly `quote`, and that
 * `prefix` and `suffix`, when given, are the text right before and after it. With them the span is a
 * TextQuoteSelector as well as a position, so it can be found again in an edited text (see
 * {@link reanchorEvidence}).
 *
 * @example
 * import { Evidence } from 'news-codecs'
 *
 * Evidence.is({ article: 'article:1', start: 0, end: 2, quote: 'US' }) //=> true
 * Evidence.is({ article: 'article:1', start: 4, end: 6, quote: 'US', prefix: 'The ', suffix: ' and' }) //=> true
 * Evidence.is({ article: 'article:1', start: 5, end: 2, quote: 'US' }) //=> false
 *
 * @category model
 * @since 0.1.0
 */
export const Evidence = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Evidence', {
  /** The article the span is in. */
  article: /* @__PURE__ */ ref('article').as('source'),
  /** First code point of the span. */
  start: Offset,
  /** First code point after the span. */
  end: Offset,
  /** The exact text of the span. */
  quote: NonEmptyText,
}, {
  /** The text right before the span (W3C Web Annotation's TextQuoteSelector `prefix`), to tell apart two places of the same quote. */
  prefix: NonEmptyText,
  /** The text right after the span (TextQuoteSelector `suffix`). */
  suffix: NonEmptyText,
}).withRules({
  code: 'span_out_of_range',
  description: 'end is not before start',
  check: (span) =>
    span.end < span.start
      ? [{ path: ['end'], expected: `an offset of at least ${span.start} (start)`, received: span.end, message: `the span ends at ${span.end}, before it starts at ${span.start}` }]
      : [],
}), isEvidence)
/**
 * The type of a value {@link Evidence} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Evidence extends t.TypeOf<typeof Evidence> {}

/**
 * Orders evidence by article, then start, then end: reading order within an article.
 *
 * @example
 * import { OrdEvidence } from 'news-codecs'
 * import type { Evidence } from 'news-codecs'
 * import { sort } from 'fp-ts/lib/ReadonlyArray.js'
 *
 * const spans = [{ article: 'a', start: 9, end: 12, quote: 'met' }, { article: 'a', start: 0, end: 2, quote: 'US' }] as Evidence[]
 * sort(OrdEvidence)(spans).map((e) => e.start) //=> [0, 9]
 *
 * @category instances
 * @since 0.1.0
 */
export const OrdEvidence: Ord<Evidence> = /* @__PURE__ */ contramap((e: Evidence) => [e.article, e.start, e.end] as const)(
  /* @__PURE__ */ tuple(S.Ord, N.Ord, N.Ord),
)

/**
 * The text between two code-point offsets.
 *
 * @example
 * import { sliceCodePoints } from 'news-codecs'
 *
 * sliceCodePoints('a😀b', 1, 2) //=> '😀'
 *
 * @category utils
 * @since 0.1.0
 */
export const sliceCodePoints = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join('')

/**
 * Finds the `occurrence`-th (from 0) place of `quote` in `text`, as code-point offsets.
 *
 * @example
 * import { locateQuote } from 'news-codecs'
 * import { some } from 'fp-ts/lib/Option.js'
 *
 * locateQuote('a😀b😀', '😀', 1) //=> some({ start: 3, end: 4 })
 *
 * @category utils
 * @since 0.1.0
 */
export const locateQuote = (
  text: string,
  quote: string,
  occurrence = 0,
): Option<{ readonly start: number; readonly end: number }> => {
  if (quote.length === 0) return none
  let from = 0
  for (let seen = 0; ; seen++) {
    const at = text.indexOf(quote, from)
    if (at < 0) return none
    if (seen === occurrence) {
      const start = Array.from(text.slice(0, at)).length
      return some({ start, end: start + Array.from(quote).length })
    }
    from = at + 1
  }
}

/**
 * All evidence inside a value of `codec` (a fact, an actor, a whole graph), each span once, in reading
 * order. The walk follows the codec tree, so evidence anywhere the model puts it is found.
 *
 * @example
 * import { evidenceOf, Meeting } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const meeting = canonicalGraph.meetings[0]!
 * evidenceOf(Meeting)(meeting).length > 0 //=> true
 *
 * @category utils
 * @since 0.2.0
 */
export const evidenceOf =
  (codec: t.Mixed) =>
  (value: unknown): ReadonlyArray<Evidence> => {
    const found: Evidence[] = []
    walkValue(codec, value, (node, v) => {
      if (node.codec === Evidence) found.push(v as Evidence)
    })
    return RA.sort(OrdEvidence)(RA.uniq<Evidence>(OrdEvidence)(found))
  }
