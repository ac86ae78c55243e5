/**
 * The EDTF date grammar as a character scanner, and the calendar arithmetic it needs.
 *
 * Every EDTF date the library checks goes through {@link scanDate}: the codec's `is` (on the hot path of
 * every validation) calls it on a lone date without building anything, and `parseEdtf` builds its result
 * from what the scan left behind. One grammar, so the check and the parser cannot disagree.
 *
 * Grammar of one date (EDTF Level 0, plus minute precision): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `YYYY-MM-DDTHH:MM` and `YYYY-MM-DDTHH:MM:SS`, the last two optionally followed by `Z`, `±HH` or `±HH:MM`;
 * any of them optionally followed by `?`, `~` or `%`. Digits are ASCII `0`–`9`. Seconds run 00–59 (no leap
 * second). An offset is one in use: from `-12:00` to `+14:00`, minutes 00–59, and `+00:00` rather than
 * `-00:00` (which RFC 3339 reserves for "offset unknown"); `-00` is `-00:00`.
 *
 * @internal
 * @module
 */

/** Days in a month (1–12) of a proleptic Gregorian year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
    : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/**
 * Milliseconds since the epoch of a UTC wall-clock time; months are 1-based and may run past 12, days past
 * the month's end. Plain arithmetic (days from the civil calendar) rather than `Date`: it is on the hot
 * path of every EDTF check.
 */
export const utc = (year: number, month = 1, day = 1, hour = 0, minute = 0): number => {
  const y0 = year + Math.floor((month - 1) / 12)
  const m = month - 1 - 12 * Math.floor((month - 1) / 12) + 1
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  const days = era * 146097 + dayOfEra - 719468
  return ((days * 24 + hour) * 60 + minute) * 60_000
}

/** What {@link scanDate} found: a date, or the first thing wrong with it. */
export const Scan = {
  date: 0,
  /** Not of the date form at all. */
  form: 1,
  /** Month outside 01–12. */
  month: 2,
  /** Day outside the month. */
  day: 3,
  /** Hour above 23, or minute or second above 59. */
  clock: 4,
  /** A UTC offset outside -12:00 to +14:00, with minutes above 59, or written `-00:00`. */
  offset: 5,
} as const
/** One of the outcomes in {@link Scan}. */
export type Scan = (typeof Scan)[keyof typeof Scan]

/**
 * The fields of the last date {@link scanDate} accepted. Module state rather than a result object, so that
 * checking a date allocates nothing; read them right after the scan returns `Scan.date`.
 */
export const scanned = {
  precision: 'year' as 'year' | 'month' | 'day' | 'minute' | 'second',
  approximate: false,
  uncertain: false,
  /** The earliest instant the date covers (ms since the epoch, UTC). */
  earliest: 0,
  /** The first instant after the date. */
  latest: 0,
  /** Where the `±` of a UTC offset stood in the last string scanned, or -1: set by every scan, accepted or not. */
  zoneAt: -1,
}

/** The ASCII digit at `i`, or -1 (also past the end, where charCodeAt gives NaN). */
const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48
  return d >= 0 && d <= 9 ? d : -1
}

/** The two-digit number at `i`, or -1. */
const twoDigits = (s: string, i: number): number => {
  const a = digit(s, i)
  const b = digit(s, i + 1)
  return a < 0 || b < 0 ? -1 : a * 10 + b
}

const HYPHEN = 45
const COLON = 58
const PLUS = 43
const T = 84
const Z = 90
const QUESTION = 63
const TILDE = 126
const PERCENT = 37

/** The UTC offsets in use, in minutes: from UTC-12:00 (Baker Island) to UTC+14:00 (Line Islands). */
const MIN_OFFSET = -12 * 60
const MAX_OFFSET = 14 * 60

/**
 * Scans one EDTF date occupying `s` from `from` up to (not including) `to`. On `Scan.date` the fields are in
 * {@link scanned}, the instants only if `instants` is true (a lone date needs none to be valid). The form is
 * checked in full before any range, so "2023-13-45x" is a form error. Whatever the outcome,
 * `scanned.zoneAt` says where a `±` offset began (or -1), so an error message can quote it.
 */
export const scanDate = (s: string, from: number, to: number, instants = true): Scan => {
  scanned.zoneAt = -1
  // The qualifier, if any, is the last character.
  const last = s.charCodeAt(to - 1)
  const qualified = last === QUESTION || last === TILDE || last === PERCENT
  const end = qualified ? to - 1 : to
  const length = end - from
  if (length !== 4 && length !== 7 && length < 10) return Scan.form
  const high = twoDigits(s, from)
  const low = twoDigits(s, from + 2)
  if (high < 0 || low < 0) return Scan.form
  const year = high * 100 + low
  let month = 0
  let day = 0
  let hour = 0
  let minute = 0
  let second = 0
  let withSeconds = false
  let offset = 0
  let offsetOk = true
  if (length >= 7) {
    if (s.charCodeAt(from + 4) !== HYPHEN || (month = twoDigits(s, from + 5)) < 0) return Scan.form
  }
  if (length >= 10) {
    if (s.charCodeAt(from + 7) !== HYPHEN || (day = twoDigits(s, from + 8)) < 0) return Scan.form
  }
  if (length > 10) {
    // THH:MM, then :SS or not, then Z, ±HH, ±HH:MM or nothing.
    if (length < 16 || s.charCodeAt(from + 10) !== T || (hour = twoDigits(s, from + 11)) < 0) return Scan.form
    if (s.charCodeAt(from + 13) !== COLON || (minute = twoDigits(s, from + 14)) < 0) return Scan.form
    let at = from + 16
    if (at < end && s.charCodeAt(at) === COLON) {
      if ((second = twoDigits(s, at + 1)) < 0) return Scan.form
      withSeconds = true
      at += 3
    }
    if (at < end) {
      const sign = s.charCodeAt(at)
      if (sign === Z) {
        if (at + 1 !== end) return Scan.form
      } else {
        if (sign !== PLUS && sign !== HYPHEN) return Scan.form
        const offsetHours = twoDigits(s, at + 1)
        if (offsetHours < 0) return Scan.form
        let offsetMinutes = 0
        if (at + 3 !== end) {
          if (at + 6 !== end || s.charCodeAt(at + 3) !== COLON || (offsetMinutes = twoDigits(s, at + 4)) < 0) return Scan.form
        }
        scanned.zoneAt = at
        offset = (sign === HYPHEN ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
        offsetOk = offsetMinutes <= 59 && offset >= MIN_OFFSET && offset <= MAX_OFFSET && !(sign === HYPHEN && offset === 0)
      }
    }
  }
  if (length > 4 && (month < 1 || month > 12)) return Scan.month
  if (length > 7 && (day < 1 || day > daysInMonth(year, month))) return Scan.day
  if (length > 10 && (hour > 23 || minute > 59 || second > 59)) return Scan.clock
  if (!offsetOk) return Scan.offset
  if (!instants) return Scan.date
  scanned.approximate = last === TILDE || last === PERCENT
  scanned.uncertain = last === QUESTION || last === PERCENT
  if (length === 4) {
    scanned.precision = 'year'
    scanned.earliest = utc(year)
    scanned.latest = utc(year + 1)
    return Scan.date
  }
  if (length === 7) {
    scanned.precision = 'month'
    scanned.earliest = utc(year, month)
    scanned.latest = utc(year, month + 1)
    return Scan.date
  }
  if (length === 10) {
    scanned.precision = 'day'
    scanned.earliest = utc(year, month, day)
    scanned.latest = utc(year, month, day + 1)
    return Scan.date
  }
  scanned.precision = withSeconds ? 'second' : 'minute'
  scanned.earliest = utc(year, month, day, hour, minute) + second * 1000 - offset * 60_000
  scanned.latest = scanned.earliest + (withSeconds ? 1000 : 60_000)
  return Scan.date
}
