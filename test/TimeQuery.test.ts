import { describe, expect, it } from 'vitest'
import type { Edtf, Time } from 'news-codecs'
import { edtf, isAfter, isBefore, isBetween, isFirm, isOn, isWithin, OrdTime, OrdTimeNewestFirst, qualifiersOf, spanBetween } from 'news-codecs'
import { isNone, isSome } from 'fp-ts/lib/Option.js'
import { sort } from 'fp-ts/lib/ReadonlyArray.js'

const at = (value: string): Time => ({ value: value as Edtf })
const d = (value: string): Edtf => value as Edtf

describe('precision', () => {
  it('a month-precision time is on every day of that month, and on no other', () => {
    expect(isOn(d('2022-01-01'))(at('2022-01'))).toBe(true)
    expect(isOn(d('2022-01-31'))(at('2022-01'))).toBe(true)
    expect(isOn(d('2022-02-01'))(at('2022-01'))).toBe(false)
    expect(isOn(d('2021-12-31'))(at('2022-01'))).toBe(false)
  })
  it('a day is on its month and its year', () => {
    expect(isOn(d('2022-02'))(at('2022-02-24'))).toBe(true)
    expect(isOn(d('2022'))(at('2022-02-24'))).toBe(true)
  })
  it('between is inclusive of both ends at their precision', () => {
    expect(isBetween(d('2022-01'), d('2022-03'))(at('2022-03-31'))).toBe(true)
    expect(isBetween(d('2022-01'), d('2022-03'))(at('2022-04-01'))).toBe(false)
    expect(isBetween(d('2022-01-15'), d('2022-01-20'))(at('2022-01'))).toBe(true)
  })
  it('before and after are definite: the whole span must be on that side', () => {
    expect(isBefore(d('2022-02-24'))(at('2022-01'))).toBe(true)
    expect(isBefore(d('2022-02-24'))(at('2022-02'))).toBe(false)
    expect(isBefore(d('2022-10-01'))(at('2022-09'))).toBe(true)
    expect(isAfter(d('2022-01'))(at('2022-02-24'))).toBe(true)
    expect(isAfter(d('2022-02'))(at('2022-02-24'))).toBe(false)
  })
  it('within is definite too', () => {
    expect(isWithin(d('2022'))(at('2022-09'))).toBe(true)
    expect(isWithin(d('2022-09-26'))(at('2022-09'))).toBe(false)
  })
})

describe('qualifiers and open intervals', () => {
  it('~ and ? do not widen the span', () => {
    expect(isOn(d('2022-09-30'))(at('2022-09~'))).toBe(true)
    expect(isOn(d('2022-10-01'))(at('2022-09~'))).toBe(false)
    expect(isOn(d('2022-11-15'))(at('2022-11-15?'))).toBe(true)
    expect(isOn(d('2022-11-16'))(at('2022-11-15?'))).toBe(false)
  })
  it('they are reported, and isFirm filters them out', () => {
    expect(qualifiersOf(at('2022-09~'))).toEqual({ precision: 'month', approximate: true, uncertain: false, unbounded: false })
    expect(qualifiersOf(at('2022-11-15%'))).toEqual({ precision: 'day', approximate: true, uncertain: true, unbounded: false })
    expect([at('2022-09~'), at('2022-09'), at('2022-09?'), at('2022-02-24/..')].filter(isFirm)).toEqual([at('2022-09')])
  })
  it('an open end reaches every later date and is never wholly before one', () => {
    const war = at('2022-02-24/..')
    expect(isOn(d('2030-01-01'))(war)).toBe(true)
    expect(isOn(d('2022-02-23'))(war)).toBe(false)
    expect(isBefore(d('2099'))(war)).toBe(false)
    expect(qualifiersOf(war).unbounded).toBe(true)
  })
  it('an unknown end is read as possibly unbounded', () => {
    expect(isOn(d('2030'))(at('2022-02-24/'))).toBe(true)
    expect(isWithin(d('2022'))(at('2022-02-24/'))).toBe(false)
  })
})

describe('ordering', () => {
  it('oldest first puts a month before a day later than its start, and a month before its own days that end later', () => {
    const times = ['2022-02-24', '2023-03-02', '2022-01', '2022-09', '2022-07', '2022', '2022-01-01'].map(at)
    expect(sort(OrdTime)(times).map((t) => t.value)).toEqual(['2022-01-01', '2022-01', '2022', '2022-02-24', '2022-07', '2022-09', '2023-03-02'])
    expect(sort(OrdTimeNewestFirst)(times)[0]!.value).toBe('2023-03-02')
  })
})

describe('constructors', () => {
  it('edtf reads only the supported subset', () => {
    expect(isSome(edtf('2023-03-02'))).toBe(true)
    expect(isNone(edtf('2 March'))).toBe(true)
    expect(isNone(edtf('2023-02-30'))).toBe(true)
  })
  it('spanBetween runs from the start of one to the end of the other', () => {
    const span = spanBetween(d('2022-01'), d('2022-03'))
    expect(new Date(span.start).toISOString()).toBe('2022-01-01T00:00:00.000Z')
    expect(new Date(span.end).toISOString()).toBe('2022-04-01T00:00:00.000Z')
  })
})
