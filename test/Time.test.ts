import { describe, expect, it } from 'vitest'
import { sort } from 'fp-ts/lib/ReadonlyArray.js'
import { addDuration, coverageOf, decodeWith, Edtf, OrdTime, overlaps, parseDuration, parseEdtf, Time } from 'news-codecs'

const iso = (ms: number): string => new Date(ms).toISOString()
const edtf = (s: string): Edtf => {
  const result = decodeWith(Edtf)(s)
  if (result._tag === 'Left') throw new Error(`${s} should be valid EDTF`)
  return result.right
}

describe('parseEdtf', () => {
  it('reads precision and qualifiers', () => {
    const cases: Array<[string, string, boolean, boolean]> = [
      ['2023', 'year', false, false],
      ['2022-01', 'month', false, false],
      ['2022-09~', 'month', true, false],
      ['2023-03-02?', 'day', false, true],
      ['2023-03-02%', 'day', true, true],
      ['2023-03-02T10:15Z', 'minute', false, false],
    ]
    for (const [value, precision, approximate, uncertain] of cases) {
      const parsed = parseEdtf(value)
      expect(parsed._tag === 'Right' && parsed.right.kind === 'date' && parsed.right.date).toMatchObject({ precision, approximate, uncertain })
    }
  })

  it('reads closed, open and unknown intervals', () => {
    expect(parseEdtf('2022-11-15~/2023-03-18')).toMatchObject({ right: { kind: 'interval', start: { kind: 'date' }, end: { kind: 'date' } } })
    expect(parseEdtf('2022-02-24/..')).toMatchObject({ right: { kind: 'interval', end: { kind: 'open' } } })
    expect(parseEdtf('/2023-03-18')).toMatchObject({ right: { kind: 'interval', start: { kind: 'unknown' } } })
  })

  it('rejects what is not in the subset, with a reason', () => {
    for (const bad of ['1', '23-03-02', '2023-02-30', '2023-00', '2023-03-02T24:00', '../..', '2023/2024/2025', '2023~?', 'March 2023']) {
      expect(parseEdtf(bad)._tag, bad).toBe('Left')
    }
  })
})

describe('Edtf codec', () => {
  it('reports an interval that ends before it starts as interval_order', () => {
    const result = decodeWith(Edtf)('2023-03-18/2023-03-01')
    expect(result._tag === 'Left' && result.left[0]).toMatchObject({ code: 'interval_order', path: [] })
  })
  it('accepts an interval within one month at different precisions', () => {
    expect(Edtf.is('2023-03/2023-03-05')).toBe(true)
  })
})

describe('coverage', () => {
  it('a month covers the whole month and overlaps each of its days', () => {
    const january = coverageOf(edtf('2022-01'))
    expect([iso(january.start), iso(january.end)]).toEqual(['2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'])
    expect(overlaps(january, coverageOf(edtf('2022-01-31')))).toBe(true)
    expect(overlaps(january, coverageOf(edtf('2022-02-01')))).toBe(false)
  })
  it('open ends are infinite', () => {
    expect(coverageOf(edtf('2022-02-24/..')).end).toBe(Infinity)
    expect(coverageOf(edtf('../2022-02-24')).start).toBe(-Infinity)
  })
  it('minute precision honours the offset', () => {
    expect(iso(coverageOf(edtf('2023-03-02T10:15+05:30')).start)).toBe('2023-03-02T04:45:00.000Z')
  })
  it('years below 100 are not shifted to the 1900s', () => {
    expect(iso(coverageOf(edtf('0050')).start)).toBe('0050-01-01T00:00:00.000Z')
  })
})

describe('OrdTime', () => {
  it('orders by start, then by end: "January 2022" before the year 2022 and before 2022-02-24', () => {
    const times: Time[] = ['2022-02-24', '2023-03-02', '2022-01', '2022-01-15', '2022'].map((value) => ({ value: edtf(value) }))
    expect(sort(OrdTime)(times).map((x) => x.value)).toEqual(['2022-01', '2022', '2022-01-15', '2022-02-24', '2023-03-02'])
  })
})

describe('durations', () => {
  it('parses parts and adds them calendar-aware', () => {
    expect(parseDuration('P4M')).toMatchObject({ months: 4, days: 0 })
    expect(parseDuration('PT10M')).toMatchObject({ months: 0, minutes: 10 })
    const renewal = Date.UTC(2022, 10, 18)
    expect(iso(addDuration(renewal, parseDuration('P4M')!))).toBe('2023-03-18T00:00:00.000Z')
    expect(iso(addDuration(Date.UTC(2023, 2, 2, 10), parseDuration('PT10M')!))).toBe('2023-03-02T10:10:00.000Z')
    // Months keep the day, or the last day of a shorter month.
    expect(iso(addDuration(Date.UTC(2023, 0, 31), parseDuration('P1M')!))).toBe('2023-02-28T00:00:00.000Z')
    expect(iso(addDuration(Date.UTC(2024, 0, 31), parseDuration('P1M')!))).toBe('2024-02-29T00:00:00.000Z')
    expect(iso(addDuration(Date.UTC(2022, 3, 30), parseDuration('P10M')!))).toBe('2023-02-28T00:00:00.000Z')
    expect(iso(addDuration(Date.UTC(2022, 11, 15), parseDuration('P1Y2M')!))).toBe('2024-02-15T00:00:00.000Z')
    expect(iso(addDuration(Date.UTC(2022, 11, 31), parseDuration('P2D')!))).toBe('2023-01-02T00:00:00.000Z')
  })
})

describe('Time', () => {
  it('keeps the words as written and the anchor, and reports a bad anchor by path', () => {
    const good = { value: '2023-03-01', text: 'The day before', resolvedAgainst: { value: '2023-03-02', basis: 'the day of the meeting', record: 'meeting:1' } }
    expect(decodeWith(Time)(good)._tag).toBe('Right')
    const bad = decodeWith(Time)({ ...good, resolvedAgainst: { value: 'Thursday', basis: '' } })
    expect(bad._tag === 'Left' && bad.left.map((i) => [i.path, i.code])).toEqual([
      [['resolvedAgainst', 'value'], 'invalid_value'],
      [['resolvedAgainst', 'basis'], 'invalid_value'],
    ])
  })
})
