// The EDTF check is a hand-written scanner (it runs on every date of every record); here it is held to the
// grammar written out as a regular expression, with Date for the calendar, on generated strings near and
// inside the grammar.
import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { Edtf, jsonSchemaFor, parseEdtf } from 'news-codecs'

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::\d{2})?)?)?)?)?([?~%])?$/

interface OracleDate {
  readonly precision: string
  readonly approximate: boolean
  readonly uncertain: boolean
  readonly earliest: number
  readonly latest: number
}

const at = (year: number, monthIndex = 0, day = 1, hour = 0, minute = 0, second = 0): number => {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day) // setUTCFullYear, not Date.UTC: years below 100 stay as written
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

const oracleDate = (s: string): OracleDate | undefined => {
  const m = DATE.exec(s)
  if (m === null) return undefined
  const year = Number(m[1])
  const flags = { approximate: m[8] === '~' || m[8] === '%', uncertain: m[8] === '?' || m[8] === '%' }
  if (m[2] === undefined) return { precision: 'year', ...flags, earliest: at(year), latest: at(year + 1) }
  const month = Number(m[2])
  if (month < 1 || month > 12) return undefined
  if (m[3] === undefined) return { precision: 'month', ...flags, earliest: at(year, month - 1), latest: at(year, month) }
  const day = Number(m[3])
  if (day < 1 || new Date(at(year, month - 1, day)).getUTCMonth() !== month - 1) return undefined
  if (m[4] === undefined) return { precision: 'day', ...flags, earliest: at(year, month - 1, day), latest: at(year, month - 1, day + 1) }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), m[6] === undefined ? 0 : Number(m[6])]
  if (hour > 23 || minute > 59 || second > 59) return undefined
  // A UTC offset is one the world uses: -12:00 to +14:00, minutes below 60, and never "-00:00" (nor "-00").
  const zone = m[7]
  const [offsetHours, offsetMinutes] = zone === undefined || zone === 'Z' ? [0, 0] : [Number(zone.slice(1, 3)), zone.length === 3 ? 0 : Number(zone.slice(4, 6))]
  const offset = zone === undefined || zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  if (offsetMinutes > 59 || offset < -12 * 60 || offset > 14 * 60 || zone === '-00:00' || zone === '-00') return undefined
  const earliest = at(year, month - 1, day, hour, minute, second) - offset * 60_000
  return m[6] === undefined
    ? { precision: 'minute', ...flags, earliest, latest: earliest + 60_000 }
    : { precision: 'second', ...flags, earliest, latest: earliest + 1000 }
}

/** Whether `s` is in the subset, by the oracle. */
const oracleIs = (s: string): boolean => {
  const parts = s.split('/')
  if (parts.length === 1) return oracleDate(s) !== undefined
  if (parts.length > 2) return false
  const ends = parts.map((p) => (p === '..' || p === '' ? null : oracleDate(p)))
  if (ends.includes(undefined)) return false
  const [start, end] = ends as [OracleDate | null, OracleDate | null]
  if (start === null && end === null) return false
  return start === null || end === null || end.latest > start.earliest
}

const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'))
const datePieces = fc.tuple(
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  fc.oneof(fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0')), two),
  fc.oneof(fc.integer({ min: 0, max: 32 }).map((n) => String(n).padStart(2, '0')), two),
  fc.oneof(fc.integer({ min: 0, max: 24 }).map((n) => String(n).padStart(2, '0')), two),
  fc.oneof(fc.integer({ min: 0, max: 60 }).map((n) => String(n).padStart(2, '0')), two),
  // Seconds: absent (minute precision), in range or not, or malformed.
  fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 61 }).map((n) => `:${String(n).padStart(2, '0')}`), fc.constantFrom(':', ':5', ':5x', '::00', ':000', '.5', ':30.5')),
  fc.oneof(
    fc.constantFrom('', 'Z', '+05:30', '-08:00', '+1:00', '+0530', 'z', '+14:00', '-12:00', '+00:00', '-00:00', '+24:00', '+99:99', '+00:60',
      '+05', '-08', '+14', '-12', '+15', '-13', '+00', '-00', '+5', '+1', '+05:', '+05:3', 'Z+01', '+0'),
    fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 }), fc.constantFrom(0, 1, 30, 45, 59, 60)).map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 })).map(([sign, h]) => `${sign}${String(h).padStart(2, '0')}`),
  ),
  fc.constantFrom('', '', '?', '~', '%', '??', ' '),
  fc.integer({ min: 1, max: 4 }),
)
/** Dates of every precision, mostly well formed, some with out-of-range fields or a broken separator. */
const date = datePieces.map(([y, mo, d, h, mi, sec, offset, q, precision]) =>
  precision === 1 ? y + q : precision === 2 ? `${y}-${mo}${q}` : precision === 3 ? `${y}-${mo}-${d}${q}` : `${y}-${mo}-${d}T${h}:${mi}${sec}${offset}${q}`,
)
/** A date with one character replaced, inserted or removed. */
const mangled = fc.tuple(date, fc.nat(), fc.constantFrom('', '-', ':', 'T', '0', '9', 'a', '/', '.', '٣', '\n')).map(([s, at, c]) => {
  const i = at % (s.length + 1)
  return at % 3 === 0 ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + c + s.slice(i + 1)
})
const end = fc.oneof(date, fc.constant('..'), fc.constant(''), mangled)
const value = fc.oneof(date, mangled, fc.tuple(end, end).map(([a, b]) => `${a}/${b}`), fc.string({ maxLength: 24 }))

describe('EDTF check against the grammar as a regular expression', () => {
  it('Edtf.is and parseEdtf agree with the oracle, and parsed dates carry the same instants', () => {
    let accepted = 0
    fc.assert(
      fc.property(value, (s) => {
        const expected = oracleIs(s)
        expect(Edtf.is(s), s).toBe(expected)
        const parsed = parseEdtf(s)
        expect(parsed._tag, s).toBe(expected ? 'Right' : 'Left')
        if (expected) accepted++
        if (parsed._tag === 'Right' && parsed.right.kind === 'date') expect(parsed.right.date).toEqual(oracleDate(s))
      }),
      { numRuns: 20_000, seed: 2026 },
    )
    // The generator is meant to land on both sides of the grammar; make sure it still does.
    expect(accepted).toBeGreaterThan(2_000)
    expect(accepted).toBeLessThan(18_000)
  })

  it("the JSON Schema's pattern agrees with the codec, but for interval order, which a pattern cannot see", () => {
    const defs = jsonSchemaFor('Time').$defs as Record<string, { readonly pattern: string }>
    const pattern = new RegExp(defs.Edtf!.pattern, 'u')
    fc.assert(
      fc.property(value, (s) => {
        const parsed = parseEdtf(s)
        if (parsed._tag === 'Left' && parsed.left.code === 'interval_order') return
        expect(pattern.test(s), s).toBe(parsed._tag === 'Right')
      }),
      { numRuns: 20_000, seed: 2026 },
    )
  })

  it('covers the boundaries by name', () => {
    for (const s of ['0000', '9999', '2024-02-29', '2000-02-29', '2023-12-31T23:59-12:00', '2023-12-31T23:59+14:00', '2023-12-31T23:59+00:00', '2023-12-31T23:59+05:45', '2023-01-01T00:00Z%', '2023-03-01/2023-03-01', '2023-03~/2023-03-01', '2023-03-02T00:00/2023-03-02',
    '2024-05-06T10:15:30', '2024-05-06T10:15:30Z', '2024-05-06T10:15:30+02', '2024-05-06T10:15:30-05:00', '2024-05-06T10:15+02', '2024-05-06T23:59:59+14',
    '2024-05-06T00:00:00-12', '2024-05-06T10:15:30Z~', '2024-05-06T10:15:30/2024-05-06T10:15:30', '2024-05-06T10:15:30+00']) expect(Edtf.is(s), s).toBe(true)
    // An interval may start and end in the same unit, but not end before its start (latest <= earliest).
    for (const s of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-12-31T24:00', '2023-12-31T23:60', '202', '20230', '2023-1', '2023-01-1', '2023-01-01T1:00', '2023-01-01T01:00+0100', '2023-03-02/2023-03-01', '2023-03-02T00:00Z/2023-03-01T23:59Z', '../', '/',
    '2024-05-06T10:15:60', '2024-05-06T10:15:5', '2024-05-06T10:15:30.5', '2024-05-06T10:15:30:00', '2024-05-06T10:15:30+2', '2024-05-06T10:15:30+02:',
    '2024-05-06T10:15:30Z+01', '2024-05-06T10:15:31/2024-05-06T10:15:30']) {
      expect(Edtf.is(s), s).toBe(false)
    }
    // Offsets no place uses, which would shift the covered instant by up to four days.
    for (const offset of ['+99:99', '+00:60', '+24:00', '-00:00', '+14:01', '+15:00', '-12:01', '-13:00', '+05:99', '-00', '+15', '-13', ':00+99']) {
      const s = `2023-03-02T10:00${offset}`
      expect(Edtf.is(s), s).toBe(false)
      expect(parseEdtf(s)._tag, s).toBe('Left')
      expect(parseEdtf(`${s}/..`)._tag, s).toBe('Left')
    }
  })

  it('names the offset when it rejects one', () => {
    const parsed = parseEdtf('2023-03-02T10:00+24:00')
    expect(parsed._tag === 'Left' && parsed.left).toEqual({ code: 'invalid_value', message: '"2023-03-02T10:00+24:00" has no UTC offset +24:00 (offsets run from -12:00 to +14:00)' })
    const short = parseEdtf('2023-03-02T10:00:30-00?')
    expect(short._tag === 'Left' && short.left).toEqual({ code: 'invalid_value', message: '"2023-03-02T10:00:30-00?" has no UTC offset -00 (offsets run from -12:00 to +14:00)' })
  })

  it('reads seconds and short offsets: a second-precision time covers one second', () => {
    const parsed = parseEdtf('2024-05-06T10:15:30+02')
    expect(parsed._tag === 'Right' && parsed.right).toEqual({
      kind: 'date',
      date: { precision: 'second', approximate: false, uncertain: false, earliest: Date.UTC(2024, 4, 6, 8, 15, 30), latest: Date.UTC(2024, 4, 6, 8, 15, 31) },
    })
    const seconds = parseEdtf('2024-05-06T10:15:60')
    expect(seconds._tag === 'Left' && seconds.left).toEqual({ code: 'invalid_value', message: '"2024-05-06T10:15:60" has no time 10:15:60' })
    const order = parseEdtf('2024-05-06T10:15:31Z/2024-05-06T10:15:30Z')
    expect(order._tag === 'Left' && order.left.code).toBe('interval_order')
  })
})

