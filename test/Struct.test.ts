import { describe, expect, it } from 'vitest'
import * as t from 'io-ts'
import { decodeWith, nonEmptyArray, struct, taggedUnion } from 'news-codecs'

const Inner = struct('Inner', { n: t.number }, { note: t.string })
const Outer = struct('Outer', { items: t.readonlyArray(Inner) }, { first: Inner })

describe('struct', () => {
  it('accepts good data and returns it unchanged', () => {
    const input = { items: [{ n: 1 }, { n: 2, note: 'x' }] }
    const result = decodeWith(Outer)(input)
    expect(result).toEqual({ _tag: 'Right', right: input })
  })

  it('reports unexpected keys at every depth instead of stripping them', () => {
    const result = decodeWith(Outer)({ items: [{ n: 1, extra: true }], first: { n: 2, other: 1 }, top: 0 })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path, i.code])).toEqual([
      [['items', 0, 'extra'], 'unexpected_key'],
      [['first', 'other'], 'unexpected_key'],
      [['top'], 'unexpected_key'],
    ])
  })

  it('reports __proto__, constructor and prototype keys like any other, without touching prototypes', () => {
    const input = JSON.parse('{"items": [], "__proto__": {"polluted": true}, "constructor": 1, "prototype": 2}')
    const result = decodeWith(Outer)(input)
    expect(result._tag === 'Left' && result.left.map((i) => i.path[0])).toEqual(['__proto__', 'constructor', 'prototype'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('rejects non-objects, arrays and null as invalid_type', () => {
    for (const input of [null, [], 'x', 3]) {
      const result = decodeWith(Outer)(input)
      expect(result._tag === 'Left' && result.left[0]!.code).toBe('invalid_type')
    }
  })

  it('encodes only the keys it defines', () => {
    expect(Outer.encode({ items: [{ n: 1 }] })).toEqual({ items: [{ n: 1 }] })
  })

  it('its guard agrees with its decoder', () => {
    const cases: unknown[] = [{ items: [] }, { items: [], x: 1 }, { items: [{ n: 1, note: 2 }] }, { items: [{ n: 1 }], first: { n: 0 } }]
    for (const input of cases) expect(Outer.is(input)).toBe(decodeWith(Outer)(input)._tag === 'Right')
  })
})

describe('taggedUnion', () => {
  const Shape = taggedUnion('Shape', 'kind', {
    circle: struct('Circle', { kind: t.literal('circle'), r: t.number }),
    square: struct('Square', { kind: t.literal('square'), side: t.number }),
  })

  it('reports an unknown tag as one issue, not one per branch', () => {
    const result = decodeWith(Shape)({ kind: 'triangle', r: 1 })
    expect(result._tag === 'Left' && result.left).toEqual([
      {
        path: ['kind'],
        code: 'invalid_tag',
        expected: '"circle" | "square"',
        received: '"triangle"',
        message: 'unknown kind "triangle": expected one of "circle" | "square"',
      },
    ])
  })

  it('reports a missing tag as missing', () => {
    const result = decodeWith(Shape)({ r: 1 })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path, i.code])).toEqual([[['kind'], 'missing']])
  })

  it('reports only the issues of the branch the tag names', () => {
    const result = decodeWith(Shape)({ kind: 'square', side: 'big' })
    expect(result._tag === 'Left' && result.left.map((i) => i.path)).toEqual([['side']])
  })

  it('does not mistake inherited properties for tags', () => {
    const result = decodeWith(Shape)({ kind: 'constructor' })
    expect(result._tag === 'Left' && result.left[0]!.code).toBe('invalid_tag')
  })
})

describe('nonEmptyArray', () => {
  it('rejects the empty array as too_short and checks elements', () => {
    const codec = nonEmptyArray(t.string)
    expect(decodeWith(codec)([])._tag === 'Left' && (decodeWith(codec)([]) as any).left[0].code).toBe('too_short')
    const bad = decodeWith(codec)(['a', 1])
    expect(bad._tag === 'Left' && bad.left.map((i) => [i.path, i.code])).toEqual([[[1], 'invalid_type']])
    expect(decodeWith(codec)(['a'])._tag).toBe('Right')
  })
})
