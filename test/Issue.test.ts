import { describe, expect, it } from 'vitest'
import * as t from 'io-ts'
import { decodeWith, describeValue, formatIssue, formatIssues, formatPath, struct } from 'news-codecs'

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['meetings', 2, 'participants', 0])).toBe('meetings[2].participants[0]')
  })
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['a', 'odd key', 'b-c'])).toBe('a["odd key"]["b-c"]')
  })
  it('names the root', () => {
    expect(formatPath([])).toBe('(root)')
  })
})

describe('describeValue', () => {
  it('truncates long strings and never prints containers whole', () => {
    const long = describeValue('x'.repeat(1000))
    expect(long.length).toBeLessThanOrEqual(41)
    expect(long.endsWith('…')).toBe(true)
    expect(describeValue({ a: 'secret'.repeat(100) })).toBe('object')
    expect(describeValue([1, 2, 3])).toBe('array(3)')
  })
  it('tells undefined, null and numbers apart', () => {
    expect([undefined, null, 0, false].map(describeValue)).toEqual(['undefined', 'null', '0', 'false'])
  })
})

describe('issues from decoding', () => {
  const Point = struct('Point', { x: t.number, y: t.number }, { label: t.string })

  it('renders one short line per issue', () => {
    const result = decodeWith(Point)({ x: 'one', label: 3 })
    expect(result._tag).toBe('Left')
    if (result._tag === 'Right') return
    expect(formatIssues(result.left).split('\n')).toEqual([
      'x: expected number, received "one"',
      'y: missing required key "y" (number)',
      'label: expected string, received 3',
    ])
    expect(formatIssue(result.left[1]!)).toBe('y: missing required key "y" (number)')
  })

  it('keeps a missing key distinct from a key present as undefined', () => {
    const missing = decodeWith(Point)({ x: 1 })
    const undef = decodeWith(Point)({ x: 1, y: undefined })
    expect(missing._tag === 'Left' && missing.left[0]).toMatchObject({ path: ['y'], code: 'missing', received: 'missing' })
    expect(undef._tag === 'Left' && undef.left[0]).toMatchObject({ path: ['y'], code: 'invalid_type', received: 'undefined' })
  })
})
