/**
 * Imprecise time: EDTF (ISO 8601-2) values with their precision and qualifiers, the words as written, what
 * they were resolved against, and durations with a bound.
 *
 * Supported: EDTF Level 0 in full (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` with `Z`, `±HH`
 * or `±HH:MM`, and intervals), plus minute precision `YYYY-MM-DDTHH:MM` (with the same offsets), the
 * qualifiers `?` (uncertain), `~` (approximate) and `%` (both) of Level 1 on any date, and interval ends
 * `..` (open) or empty (unknown). Offsets are ones in use: from `-12:00` to `+14:00`, minutes below 60,
 * never `-00:00`. Seconds run 00–59 (no leap second). Years run from 0000 to 9999.
 * Times without an offset are read as UTC when compared.
 *
 * @module
 */
import * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import * as N from 'fp-ts/lib/number.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { contramap, tuple } from 'fp-ts/lib/Ord.js'
import { daysInMonth, Scan, scanDate, scanned } from './internal/EdtfScanner.js'
import { codedFailure, describeValue } from './Issue.js'
import { ref } from './Reference.js'
import { refinedString } from './Refined.js'
import type { RecordRule } from './Struct.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'
import { withGuard } from './internal/decodePath.js'
import { isDuration, isTime, isTimeAnchor } from './generated/guards/Time.js'

// -------------------------------------------------------------------------------------
// calendar dates
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a string (or number) as checked by {@link IsoDate}.
 *
 * @category model
 * @since 0.1.0
 */
export interface IsoDateBrand {
  readonly IsoDate: unique symbol
}

/**
 * A calendar date written `YYYY-MM-DD` that exists: rejects `"1"`, `"2023-2-3"` and `"2023-02-30"`.
 *
 * @example
 * import { IsoDate } from 'news-codecs'
 *
 * IsoDate.is('2023-03-02') //=> true
 * IsoDate.is('2023-02-30') //=> false
 * IsoDate.is('1') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const IsoDate = /* @__PURE__ */ refinedString<IsoDateBrand>('IsoDate', 'a calendar date YYYY-MM-DD', (s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (m === null) return 'is not a date written YYYY-MM-DD'
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return `has no month ${m[2]}`
  return day >= 1 && day <= daysInMonth(year, month) ? undefined : `is not a calendar date (${m[1]}-${m[2]} has no day ${m[3]})`
})
/**
 * The type of a value {@link IsoDate} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type IsoDate = t.TypeOf<typeof IsoDate>

// -------------------------------------------------------------------------------------
// EDTF values
// -------------------------------------------------------------------------------------

/**
 * How precisely a date is known.
 *
 * @category model
 * @since 0.1.0
 */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second'

/**
 * One EDTF date, parsed.
 *
 * @category model
 * @since 0.1.0
 */
export interface EdtfDate {
  readonly precision: Precision
  /** `~`: the date is about right. */
  readonly approximate: boolean
  /** `?`: the source is not sure of it. */
  readonly uncertain: boolean
  /** The earliest instant the date covers (ms since the epoch, UTC). */
  readonly earliest: number
  /** The first instant after the date (exclusive end). */
  readonly latest: number
}

/**
 * One end of an interval: a date, open (`..`: goes on without bound) or unknown (empty).
 *
 * @category model
 * @since 0.1.0
 */
export type EdtfEnd = { readonly kind: 'date'; readonly date: EdtfDate } | { readonly kind: 'open' } | { readonly kind: 'unknown' }

/**
 * A parsed EDTF value: a single date or an interval.
 *
 * @category model
 * @since 0.1.0
 */
export type ParsedEdtf =
  | { readonly kind: 'date'; readonly date: EdtfDate }
  | { readonly kind: 'interval'; readonly start: EdtfEnd; readonly end: EdtfEnd }

/**
 * Why a string is not an EDTF value: the issue code it is reported with and a sentence saying why.
 *
 * @category model
 * @since 0.2.0
 */
export interface EdtfProblem {
  readonly code: 'invalid_value' | 'interval_order'
  readonly message: string
}

const invalid = (message: string): Either<EdtfProblem, never> => left({ code: 'invalid_value', message })

const parseDate = (s: string): Either<EdtfProblem, EdtfDate> => {
  const outcome = scanDate(s, 0, s.length)
  if (outcome === Scan.date) {
    const { precision, approximate, uncertain, earliest, latest } = scanned
    return right({ precision, approximate, uncertain, earliest, latest })
  }
  const [year, month, day] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10)]
  switch (outcome) {
    case Scan.month:
      return invalid(`${describeValue(s)} has no month ${month}`)
    case Scan.day:
      return invalid(`${describeValue(s)} is not a calendar date (${year}-${month} has no day ${day})`)
    case Scan.clock:
      return invalid(`${describeValue(s)} has no time ${s.slice(11, s.charCodeAt(16) === 58 ? 19 : 16)}`)
    case Scan.offset:
      return invalid(`${describeValue(s)} has no UTC offset ${s.slice(scanned.zoneAt).replace(/[?~%]$/, '')} (offsets run from -12:00 to +14:00)`)
    default:
      return invalid(
        `${describeValue(s)} is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, ` +
          'a time optionally with Z, ±HH or ±HH:MM, and an optional ? ~ or %)',
      )
  }
}

const parseEnd = (s: string): Either<EdtfProblem, EdtfEnd> => {
  if (s === '..') return right({ kind: 'open' })
  if (s === '') return right({ kind: 'unknown' })
  const date = parseDate(s)
  return date._tag === 'Left' ? date : right({ kind: 'date', date: date.right })
}

/**
 * Parses an EDTF value of the supported subset, or says why it is not one, with the issue code to report.
 *
 * @example
 * import { parseEdtf } from 'news-codecs'
 *
 * const parsed = parseEdtf('2022-09~')
 * parsed._tag === 'Right' && parsed.right.kind === 'date' && parsed.right.date.precision //=> 'month'
 * parsed._tag === 'Right' && parsed.right.kind === 'date' && parsed.right.date.approximate //=> true
 * const backwards = parseEdtf('2023-03-18/2023-03-01')
 * backwards._tag === 'Left' && backwards.left.code //=> 'interval_order'
 *
 * @category parsers
 * @since 0.1.0
 */
export const parseEdtf = (s: string): Either<EdtfProblem, ParsedEdtf> => {
  // indexOf, not split: a huge string full of "/" must not become a huge array.
  const slash = s.indexOf('/')
  if (slash < 0) {
    const date = parseDate(s)
    return date._tag === 'Left' ? date : right({ kind: 'date', date: date.right })
  }
  if (s.includes('/', slash + 1)) return invalid(`${describeValue(s)} has more than one "/"`)
  const start = parseEnd(s.slice(0, slash))
  if (start._tag === 'Left') return start
  const end = parseEnd(s.slice(slash + 1))
  if (end._tag === 'Left') return end
  if (start.right.kind !== 'date' && end.right.kind !== 'date') return invalid(`${describeValue(s)} has no date at either end`)
  if (start.right.kind === 'date' && end.right.kind === 'date' && end.right.date.latest <= start.right.date.earliest) {
    return left({ code: 'interval_order', message: `${describeValue(s)} ends before it starts` })
  }
  return right({ kind: 'interval', start: start.right, end: end.right })
}

/**
 * The brand that marks a string (or number) as checked by {@link Edtf}.
 *
 * @category model
 * @since 0.1.0
 */
export interface EdtfBrand {
  readonly Edtf: unique symbol
}

/**
 * An EDTF (ISO 8601-2) value of the supported subset: `2023-03-02`, `2022-01`, `2022-09~`,
 * `2022-11-15~/2023-03-18`, `2022-02-24/..`. An interval that ends before it starts fails with
 * `interval_order`.
 *
 * @example
 * import { Edtf } from 'news-codecs'
 *
 * Edtf.is('2022-09~') //=> true
 * Edtf.is('2024-05-06T10:15:30Z') //=> true
 * Edtf.is('2024-05-06T10:15:30+02') //=> true
 * Edtf.is('2023-02-30') //=> false
 * Edtf.is('2024-05-06T10:15:30+15:00') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Edtf = /* @__PURE__ */ new t.Type<t.Branded<string, EdtfBrand>, string, unknown>(
  'Edtf',
  // A lone date, the common case, is checked without allocating (this runs on every date of every record);
  // an interval goes through parseEdtf, which owns the rules on its two ends.
  (u): u is t.Branded<string, EdtfBrand> =>
    typeof u === 'string' && (u.includes('/') ? parseEdtf(u)._tag === 'Right' : scanDate(u, 0, u.length, false) === Scan.date),
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c)
    const parsed = parseEdtf(u)
    if (parsed._tag === 'Right') return t.success(u as t.Branded<string, EdtfBrand>)
    return t.failures(codedFailure(u, c, parsed.left.code, parsed.left.message, 'an EDTF date or interval'))
  },
  String,
)
/**
 * The type of a value {@link Edtf} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type Edtf = t.TypeOf<typeof Edtf>

/**
 * The span of time an EDTF value covers, as `[start, end)` in ms since the epoch; open or unknown ends are
 * infinite. A month-precision date covers the whole month, so it overlaps every day in it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Coverage {
  readonly start: number
  readonly end: number
}

/**
 * The span a valid EDTF value covers.
 *
 * @example
 * import { coverageOf, Edtf, make } from 'news-codecs'
 *
 * const january = coverageOf('2022-01' as Edtf)
 * new Date(january.start).toISOString() //=> '2022-01-01T00:00:00.000Z'
 * new Date(january.end).toISOString() //=> '2022-02-01T00:00:00.000Z'
 * const stamp = coverageOf(make(Edtf)('2024-05-06T10:15:30+02'))
 * new Date(stamp.start).toISOString() //=> '2024-05-06T08:15:30.000Z'
 * stamp.end - stamp.start //=> 1000
 *
 * @category utils
 * @since 0.1.0
 */
export const coverageOf = (value: Edtf): Coverage => {
  const parsed = parseEdtf(value)
  if (parsed._tag === 'Left') return { start: -Infinity, end: Infinity }
  const p = parsed.right
  if (p.kind === 'date') return { start: p.date.earliest, end: p.date.latest }
  return {
    start: p.start.kind === 'date' ? p.start.date.earliest : -Infinity,
    end: p.end.kind === 'date' ? p.end.date.latest : Infinity,
  }
}


/**
 * The rule of a record with a start and an end date (a tenure's `from` and `to`, an item's `created` and
 * `modified`): the end may not come before the start, at the precision given (`to: '2021'` and
 * `from: '2021-06'` overlap, so they pass). The issue is `interval_order` at the end's key.
 *
 * @example
 * import { datesInOrder, Edtf, struct } from 'news-codecs'
 *
 * const Term = struct('Term', {}, { from: Edtf, to: Edtf })
 *   .withRules(datesInOrder('from', 'to', (from, to) => `the term ends on ${to}, before it starts on ${from}`))
 * Term.is({ from: '2021-01-20', to: '2025-01-20' }) //=> true
 * Term.is({ from: '2025-01-20', to: '2021-01-20' }) //=> false
 *
 * @category constructors
 * @since 0.2.0
 */
export const datesInOrder = <A extends { readonly [K in S | E]?: Edtf }, S extends string, E extends string>(
  start: S,
  end: E,
  /** The breach in words, from the two dates. */
  message: (start: Edtf, end: Edtf) => string,
): RecordRule<A> => ({
  code: 'interval_order',
  description: `\`${end}\` is not before \`${start}\``,
  check: (record) => {
    const from = record[start]
    const to = record[end]
    return from !== undefined && to !== undefined && coverageOf(to).end <= coverageOf(from).start
      ? [{ path: [end], expected: `a time from ${from}`, received: to, message: message(from, to) }]
      : []
  },
})
/**
 * Whether two spans share an instant.
 *
 * @example
 * import { coverageOf, overlaps } from 'news-codecs'
 * import type { Edtf } from 'news-codecs'
 *
 * overlaps(coverageOf('2022-01' as Edtf), coverageOf('2022-01-31' as Edtf)) //=> true
 * overlaps(coverageOf('2022-01' as Edtf), coverageOf('2022-02-01' as Edtf)) //=> false
 *
 * @category utils
 * @since 0.1.0
 */
export const overlaps = (a: Coverage, b: Coverage): boolean => a.start < b.end && b.start < a.end

// -------------------------------------------------------------------------------------
// durations
// -------------------------------------------------------------------------------------

/**
 * The parts of an ISO 8601 duration.
 *
 * @category model
 * @since 0.1.0
 */
export interface DurationParts {
  readonly years: number
  readonly months: number
  readonly weeks: number
  readonly days: number
  readonly hours: number
  readonly minutes: number
  readonly seconds: number
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/

/**
 * Parses an ISO 8601 duration (`P4M`, `PT10M`, `P1Y2M3DT4H`), or returns `undefined`.
 *
 * @example
 * import { parseDuration } from 'news-codecs'
 *
 * parseDuration('PT10M')?.minutes //=> 10
 * parseDuration('10 minutes') //=> undefined
 *
 * @category parsers
 * @since 0.1.0
 */
export const parseDuration = (s: string): DurationParts | undefined => {
  const m = DURATION.exec(s)
  if (m === null) return undefined
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]))
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) }
}

/**
 * Adds a duration to an instant, calendar-aware: months keep the day of the month, or the month's last
 * day where it has fewer (one month after 31 January 2023 is 28 February), as ISO 8601 calendars and
 * Temporal's default do.
 *
 * @example
 * import { addDuration, parseDuration } from 'news-codecs'
 *
 * const renewal = Date.UTC(2022, 10, 18)
 * new Date(addDuration(renewal, parseDuration('P4M')!)).toISOString() //=> '2023-03-18T00:00:00.000Z'
 * new Date(addDuration(Date.UTC(2023, 0, 31), parseDuration('P1M')!)).toISOString() //=> '2023-02-28T00:00:00.000Z'
 *
 * @category utils
 * @since 0.1.0
 */
export const addDuration = (instant: number, d: DurationParts): number => {
  if (!Number.isFinite(instant)) return instant
  const date = new Date(instant)
  // Years and months first, keeping the day within the month reached; then weeks, days and the clock.
  const months = date.getUTCMonth() + d.months + 12 * d.years
  const year = date.getUTCFullYear() + Math.floor(months / 12)
  const month = months - 12 * Math.floor(months / 12) + 1
  date.setUTCFullYear(year, month - 1, Math.min(date.getUTCDate(), daysInMonth(year, month)))
  date.setUTCDate(date.getUTCDate() + d.weeks * 7 + d.days)
  return date.getTime() + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000
}

/**
 * The brand that marks a string (or number) as checked by {@link IsoDuration}.
 *
 * @category model
 * @since 0.1.0
 */
export interface IsoDurationBrand {
  readonly IsoDuration: unique symbol
}

/**
 * An ISO 8601 duration: `PT10M`, `P4M`, `P1Y2M10DT2H30M`.
 *
 * @example
 * import { IsoDuration } from 'news-codecs'
 *
 * IsoDuration.is('PT10M') //=> true
 * IsoDuration.is('P') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const IsoDuration = /* @__PURE__ */ refinedString<IsoDurationBrand>('IsoDuration', 'an ISO 8601 duration such as "PT10M"', (s) =>
  DURATION.test(s) ? undefined : 'is not an ISO 8601 duration such as "PT10M" or "P4M"',
)
/**
 * The type of a value {@link IsoDuration} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type IsoDuration = t.TypeOf<typeof IsoDuration>

/**
 * How a stated duration bounds the real one: "less than 10 minutes" is `less-than` `PT10M`.
 *
 * @example
 * import { DurationBound } from 'news-codecs'
 *
 * DurationBound.is('less-than') //=> true
 * DurationBound.is('roughly') //=> false
 *
 * @category model
 * @since 0.1.0
 */
export const DurationBound = /* @__PURE__ */ t.keyof(
  { exactly: null, about: null, 'less-than': null, 'at-most': null, 'more-than': null, 'at-least': null },
  'DurationBound',
)
/**
 * The type of a value {@link DurationBound} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type DurationBound = t.TypeOf<typeof DurationBound>

/**
 * A duration with its bound and the words as written.
 *
 * @example
 * import { Duration } from 'news-codecs'
 *
 * Duration.is({ value: 'PT10M', bound: 'less-than', text: 'less than 10 minutes' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Duration = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Duration',
  {
    /** The ISO 8601 duration. */
    value: IsoDuration,
    /** How the stated duration bounds the real one. */
    bound: DurationBound,
  },
  {
    /** The words as written ("less than 10 minutes"). */
    text: NonEmptyString,
  },
), isDuration)
/**
 * The type of a value {@link Duration} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Duration extends t.TypeOf<typeof Duration> {}

// -------------------------------------------------------------------------------------
// time as written and resolved
// -------------------------------------------------------------------------------------

/**
 * What a relative expression was resolved against: "the day before" against the day of the meeting.
 *
 * @example
 * import { TimeAnchor } from 'news-codecs'
 *
 * TimeAnchor.is({ value: '2023-03-02', basis: 'the day of the meeting', record: 'meeting:1' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const TimeAnchor = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'TimeAnchor',
  {
    /** The time of the anchor itself. */
    value: Edtf,
    /** Why this anchor: "the article's events happen on Thursday 2 March 2023 (inferred)". */
    basis: NonEmptyString,
  },
  {
    /** The record whose time is the anchor (an article, meeting, event or statement). */
    record: /* @__PURE__ */ ref('article', 'meeting', 'event', 'statement', 'agreement', 'document').as('anchor'),
  },
), isTimeAnchor)
/**
 * The type of a value {@link TimeAnchor} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface TimeAnchor extends t.TypeOf<typeof TimeAnchor> {}

/**
 * A time kept three ways: the resolved EDTF value (with its precision and uncertainty), the words as
 * written, and what they were resolved against.
 *
 * @example
 * import { Time } from 'news-codecs'
 *
 * Time.is({ value: '2023-03-01', text: 'The day before',
 *   resolvedAgainst: { value: '2023-03-02', basis: 'the day of the meeting' } }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Time = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Time',
  {
    /** The resolved value, as EDTF. */
    value: Edtf,
  },
  {
    /** The expression as written ("Thursday", "mid-November", "the day before"). */
    text: NonEmptyString,
    /** What a relative expression was resolved against. */
    resolvedAgainst: TimeAnchor,
  },
), isTime)
/**
 * The type of a value {@link Time} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Time extends t.TypeOf<typeof Time> {}

/**
 * Orders times by the span they cover: earlier start first, then earlier end, so "January 2022" comes
 * before 2022-02-24 and a month comes before the days that end after it.
 *
 * @example
 * import { OrdTime } from 'news-codecs'
 * import type { Time } from 'news-codecs'
 * import { sort } from 'fp-ts/lib/ReadonlyArray.js'
 *
 * const times = [{ value: '2022-02-24' }, { value: '2022-01' }] as Time[]
 * sort(OrdTime)(times).map((time) => time.value) //=> ['2022-01', '2022-02-24']
 *
 * @category instances
 * @since 0.1.0
 */
export const OrdTime: Ord<Time> = /* @__PURE__ */ contramap((time: Time) => {
  const { start, end } = coverageOf(time.value)
  return [start, end] as const
})(/* @__PURE__ */ tuple(N.Ord, N.Ord))
