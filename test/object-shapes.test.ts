// Values that are not plain JSON: sparse arrays, class instances, getters, prototypes. The compiled guards
// (the fast path of decodeWith) and the decoders must judge them alike, and bounded work must hold.
import { describe, expect, it } from 'vitest'
import { decodeWith, Meeting, Place, validateGraph } from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'

const guardOf = new Map(compiledGuards)
const meeting = { id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone', evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }] }
const emptyGraph = { articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }

describe('sparse arrays', () => {
  it('is() rejects a hole, as decoding does', () => {
    const holed = { ...meeting, evidence: [,] }
    expect(Meeting.is(holed)).toBe(false)
    expect(Meeting.decode(holed)._tag).toBe('Left')
    expect(guardOf.get(Meeting)!(holed)).toBe(false)
  })

  it('an array of length 2^32-1 with no element is one issue, found at once', () => {
    const result = validateGraph({ ...emptyGraph, articles: new Array(2 ** 32 - 1) })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path, i.code, i.message])).toEqual([
      [['articles', 0], 'missing', 'no element at indexes 0 to 4294967294 (a hole in a sparse array)'],
    ])
  })

  it('holes between elements are reported a run at a time, and the elements are still checked', () => {
    const participants = ['person:a', 'person:b']
    participants[10] = 'not an id!'
    participants.length = 20
    const result = decodeWith(Meeting)({ ...meeting, participants })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['participants.2', 'missing'],
      ['participants.10', 'invalid_value'],
      ['participants.11', 'missing'],
    ])
  })
})

describe('objects that are not plain JSON', () => {
  const agree = (value: unknown): void => {
    const byDecoder = Place.decode(value)._tag === 'Right'
    expect(guardOf.get(Place)!(value), 'guard').toBe(byDecoder)
    expect(decodeWith(Place)(value)._tag === 'Right', 'decodeWith').toBe(byDecoder)
    expect(Place.is(value), 'is').toBe(byDecoder)
  }

  it('an inherited value fills no key: class instances, getters and prototypes', () => {
    class WithGetter {
      name = 'Paris'
      kind = 'city'
      get id(): string {
        return 'place:paris'
      }
    }
    agree(new WithGetter())
    expect(decodeWith(Place)(new WithGetter())._tag).toBe('Left')
    // An inherited optional key beside an own key whose value is undefined.
    const inherited = Object.assign(Object.create({ countryCode: 'FR' }), { id: 'place:paris', name: 'Paris', kind: 'city', within: undefined })
    agree(inherited)
    expect(decodeWith(Place)(inherited)._tag).toBe('Left')
    const fromPrototype = Object.assign(Object.create({ id: 'place:paris' }), { name: 'Paris', kind: 'city' })
    agree(fromPrototype)
  })

  it('own data on other prototypes counts as it does in JSON', () => {
    const bare = Object.assign(Object.create(null), { id: 'place:paris', name: 'Paris', kind: 'city' })
    agree(bare)
    expect(decodeWith(Place)(bare)._tag).toBe('Right')
    class Plain {
      id = 'place:paris'
      name = 'Paris'
      kind = 'city'
    }
    agree(new Plain())
    // A non-enumerable property is not part of the data (JSON.stringify leaves it out).
    const hidden = Object.defineProperty({ id: 'place:paris', name: 'Paris', kind: 'city' }, 'within', { value: 42, enumerable: false })
    agree(hidden)
    // An own getter is read like a value.
    const getter = Object.defineProperty({ name: 'Paris', kind: 'city' }, 'id', { get: () => 'place:paris', enumerable: true })
    agree(getter)
  })
})
