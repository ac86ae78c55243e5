/**
 * Time semantics for queries: when a fact dated "January 2022", "2022-09~" or "2022-02-24/.." counts as
 * on a date, between two dates or before one.
 *
 * Every EDTF value is read as the span it covers ({@link coverageOf}), `[start, end)`:
 *
 * - **Precision**: a year covers the whole year, a month the whole month, a day the whole day, a minute one
 *   minute, a second one second. "January 2022" therefore overlaps every day of January 2022, and is before 2022-02-24.
 * - **Approximate `~` and uncertain `?`** (and `%`, both): the span is that of the bare value; the
 *   qualifier does not widen it (EDTF gives no width to widen by). The qualifier is kept on the value, so a
 *   caller who wants only firm dates filters with {@link isFirm}; {@link qualifiersOf} reports them.
 * - **Open ends `..`** reach without bound: `2022-02-24/..` overlaps every later date and is never before
 *   one. **Unknown ends** (an empty side, `2022-02-24/`) are read the same way, as "possibly unbounded",
 *   so a possible-overlap query keeps them and a definite query (`isBefore`, `isWithin`) drops them.
 *
 * Two readings are offered. *Possible* predicates ({@link isOn}, {@link isBetween}, {@link overlapsSpan})
 * hold when the fact's span shares an instant with the asked span: "September 2022" is on 2022-09-26.
 * *Definite* predicates ({@link isBefore}, {@link isAfter}, {@link isWithin}) hold only when the whole span
 * is on that side: "September 2022" is not before 2022-09-26, only before 2022-10-01.
 *
 * @module
 */
import type { Option } from 'fp-ts/lib/Option.js'
import { none, some } from 'fp-ts/lib/Option.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { reverse } from 'fp-ts/lib/Ord.js'
import type { Coverage, Edtf, Precision, Time } from './Time.js'
import { coverageOf, Edtf as EdtfCodec, OrdTime, overlaps, parseEdtf } from './Time.js'

/**
 * What a query may be asked about: an EDTF value (`'2023-03-02'`, `'2022-01'`) or a span already worked out.
 *
 * @category model
 * @since 0.1.0
 */
export type When = Edtf | Coverage

const DAY = 86_400_000

/**
 * The span a {@link When} covers: an EDTF value read by its precision, or the span itself.
 *
 * @example
 * import { coverageOfWhen, Edtf, make } from 'news-codecs'
 *
 * const march = coverageOfWhen(make(Edtf)('2023-03'))
 * coverageOfWhen(march) === march //=> true
 * new Date(march.end).toISOString() //=> '2023-04-01T00:00:00.000Z'
 *
 * @category utils
 * @since 0.2.0
 */
export const coverageOfWhen = (when: When): Coverage => (typeof when === 'string' ? coverageOf(when) : when)


/**
 * Reads a string as an EDTF value: `some` when it is one of the supported subset, `none` otherwise.
 *
 * @example
 * import { edtf } from 'news-codecs'
 *
 * edtf('2023-03-02') //=> { _tag: 'Some', value: '2023-03-02' }
 * edtf('2 March') //=> { _tag: 'None' }
 *
 * @category constructors
 * @since 0.1.0
 */
export const edtf = (value: string): Option<Edtf> => (EdtfCodec.is(value) ? some(value) : none)

/**
 * The span a time covers (its resolved EDTF value, read by precision; open and unknown ends infinite).
 *
 * @example
 * import { make, spanOfTime, Time } from 'news-codecs'
 *
 * const { start, end } = spanOfTime(make(Time)({ value: '2022-01' }))
 * new Date(start).toISOString() //=> '2022-01-01T00:00:00.000Z'
 * new Date(end).toISOString() //=> '2022-02-01T00:00:00.000Z'
 *
 * @category utils
 * @since 0.1.0
 */
export const spanOfTime = (time: Time): Coverage => coverageOf(time.value)

/**
 * The span from the start of `from` to the end of `to`: `spanBetween('2022-01', '2022-03')` covers January
 * to March inclusive.
 *
 * @example
 * import { spanBetween } from 'news-codecs'
 * import type { Edtf } from 'news-codecs'
 *
 * const span = spanBetween('2022-07' as Edtf, '2023-03-18' as Edtf)
 * new Date(span.end).toISOString() //=> '2023-03-19T00:00:00.000Z'
 *
 * @category utils
 * @since 0.1.0
 */
export const spanBetween = (from: When, to: When): Coverage => ({ start: coverageOfWhen(from).start, end: coverageOfWhen(to).end })

/**
 * The span of `days` days starting at the start of `from` (used for "within 30 days of the meeting").
 *
 * @example
 * import { daysFrom } from 'news-codecs'
 * import type { Edtf } from 'news-codecs'
 *
 * const month = daysFrom('2023-03-02' as Edtf, 30)
 * new Date(month.end).toISOString() //=> '2023-04-01T00:00:00.000Z'
 *
 * @category utils
 * @since 0.1.0
 */
export const daysFrom = (from: When, days: number): Coverage => {
  const start = coverageOfWhen(from).start
  return { start, end: start + days * DAY }
}

/**
 * Whether a time may fall within a span: the two share an instant. Possible reading.
 *
 * @example
 * import { coverageOf, Edtf, make, overlapsSpan, Time } from 'news-codecs'
 *
 * overlapsSpan(coverageOf(make(Edtf)('2022-09-26')))(make(Time)({ value: '2022-09~' })) //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const overlapsSpan =
  (span: Coverage) =>
  (time: Time): boolean =>
    overlaps(spanOfTime(time), span)

/**
 * Whether a time may fall on `when` (a day, month, year or span): a month-precision time is on every day
 * of its month. Possible reading.
 *
 * @example
 * import { Edtf, isOn, make, Time } from 'news-codecs'
 *
 * const january = make(Time)({ value: '2022-01' })
 * isOn(make(Edtf)('2022-01-20'))(january) //=> true
 * isOn(make(Edtf)('2022-02-24'))(january) //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const isOn = (when: When): ((time: Time) => boolean) => overlapsSpan(coverageOfWhen(when))

/**
 * Whether a time may fall between `from` and `to`, both inclusive at their precision
 * (`isBetween('2022-01', '2022-12')` is the whole of 2022). Possible reading.
 *
 * @example
 * import { isBetween } from 'news-codecs'
 * import type { Edtf, Time } from 'news-codecs'
 *
 * isBetween('2022-09-10' as Edtf, '2022-09-12' as Edtf)({ value: '2022-09~' } as Time) //=> true
 *
 * @category queries
 * @since 0.1.0
 */
export const isBetween = (from: When, to: When): ((time: Time) => boolean) => overlapsSpan(spanBetween(from, to))

/**
 * Whether a time lies wholly within `when`. Definite reading: open and unknown ends never do.
 *
 * @example
 * import { isWithin } from 'news-codecs'
 * import type { Edtf, Time } from 'news-codecs'
 *
 * isWithin('2023' as Edtf)({ value: '2023-03-02' } as Time) //=> true
 * isWithin('2023-03-02' as Edtf)({ value: '2023' } as Time) //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const isWithin =
  (when: When) =>
  (time: Time): boolean => {
    const outer = coverageOfWhen(when)
    const inner = spanOfTime(time)
    return inner.start >= outer.start && inner.end <= outer.end
  }

/**
 * Whether a time is wholly before `when` starts. Definite reading: "January 2022" is before 2022-02-24,
 * "February 2022" is not, and neither is anything with an open or unknown end.
 *
 * @example
 * import { Edtf, isBefore, make, Time } from 'news-codecs'
 *
 * const invasion = make(Edtf)('2022-02-24')
 * isBefore(invasion)(make(Time)({ value: '2022-01' })) //=> true
 * isBefore(invasion)(make(Time)({ value: '2022-02' })) //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const isBefore =
  (when: When) =>
  (time: Time): boolean =>
    spanOfTime(time).end <= coverageOfWhen(when).start

/**
 * Whether a time is wholly after `when` ends. Definite reading.
 *
 * @example
 * import { isAfter } from 'news-codecs'
 * import type { Edtf, Time } from 'news-codecs'
 *
 * isAfter('2022-02-24' as Edtf)({ value: '2022-07' } as Time) //=> true
 * isAfter('2022-07-15' as Edtf)({ value: '2022-07' } as Time) //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const isAfter =
  (when: When) =>
  (time: Time): boolean =>
    spanOfTime(time).start >= coverageOfWhen(when).end

/**
 * A time's precision and qualifiers, as far as its value says: for an interval, the precision of its
 * first dated end and the qualifiers of either end.
 *
 * @category utils
 * @since 0.1.0
 */
export interface Qualifiers {
  readonly precision: Precision
  readonly approximate: boolean
  readonly uncertain: boolean
  /** Whether an end is open (`..`) or unknown (empty). */
  readonly unbounded: boolean
}

/**
 * Reads a time's precision and qualifiers.
 *
 * @example
 * import { make, qualifiersOf, Time } from 'news-codecs'
 *
 * qualifiersOf(make(Time)({ value: '2022-09~' }))
 * //=> { precision: 'month', approximate: true, uncertain: false, unbounded: false }
 *
 * @category utils
 * @since 0.1.0
 */
export const qualifiersOf = (time: Time): Qualifiers => {
  const parsed = parseEdtf(time.value)
  if (parsed._tag === 'Left') return { precision: 'year', approximate: false, uncertain: true, unbounded: true }
  const p = parsed.right
  if (p.kind === 'date') return { precision: p.date.precision, approximate: p.date.approximate, uncertain: p.date.uncertain, unbounded: false }
  const dates = [p.start, p.end].flatMap((end) => (end.kind === 'date' ? [end.date] : []))
  return {
    precision: dates[0]?.precision ?? 'year',
    approximate: dates.some((d) => d.approximate),
    uncertain: dates.some((d) => d.uncertain),
    unbounded: p.start.kind !== 'date' || p.end.kind !== 'date',
  }
}

/**
 * Whether a time is neither approximate nor uncertain, and has both ends.
 *
 * @example
 * import { isFirm } from 'news-codecs'
 * import type { Time } from 'news-codecs'
 *
 * isFirm({ value: '2023-03-02' } as Time) //=> true
 * isFirm({ value: '2022-11~' } as Time) //=> false
 *
 * @category queries
 * @since 0.1.0
 */
export const isFirm = (time: Time): boolean => {
  const q = qualifiersOf(time)
  return !q.approximate && !q.uncertain && !q.unbounded
}

/**
 * Newest first: {@link OrdTime} reversed (latest start first, then latest end).
 *
 * @example
 * import { OrdTimeNewestFirst } from 'news-codecs'
 * import type { Time } from 'news-codecs'
 * import { sort } from 'fp-ts/lib/ReadonlyArray.js'
 *
 * const times = [{ value: '2022-01' }, { value: '2023-03-02' }] as Time[]
 * sort(OrdTimeNewestFirst)(times).map((time) => time.value) //=> ['2023-03-02', '2022-01']
 *
 * @category instances
 * @since 0.1.0
 */
export const OrdTimeNewestFirst: Ord<Time> = /* @__PURE__ */ reverse(OrdTime)
