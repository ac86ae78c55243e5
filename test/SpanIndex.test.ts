import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SpanIndex, type SpanEntry } from '../src/internal/SpanIndex.js'

// The index behind date and offset lookups answers exactly what a scan of every entry answers, for spans
// with open starts, open ends, both or neither, and for point and empty queries.
const bound = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-Infinity, Infinity) },
)
const entry = fc.tuple(bound, bound, fc.nat()).filter(([start, end]) => start <= end).map(([start, end, value]) => ({ start, end, value }))

const scan = (entries: ReadonlyArray<SpanEntry<number>>, start: number, end: number) =>
  entries.filter((e) => e.start < end && e.end > start)

const key = (e: SpanEntry<number>): string => `${e.start}/${e.end}/${e.value}`

describe('SpanIndex', () => {
  it('finds exactly the overlapping entries a full scan finds', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 60 }), bound, bound, (entries, a, b) => {
      const [start, end] = a <= b ? [a, b] : [b, a]
      const found = new SpanIndex(entries).overlapping(start, end).map(key).sort()
      expect(found).toEqual(scan(entries, start, end).map(key).sort())
    }), { numRuns: 2000 })
  })

  it('returns its answer sorted by start, infinite starts first', () => {
    const index = new SpanIndex([
      { start: 5, end: Infinity, value: 1 },
      { start: -Infinity, end: 10, value: 2 },
      { start: -Infinity, end: Infinity, value: 3 },
      { start: 2, end: 4, value: 4 },
    ])
    expect(index.overlapping(0, 100).map((e) => e.value)).toEqual([2, 3, 4, 1])
  })

  it('a lookup far from every open span reads none of them', () => {
    const openEnds = Array.from({ length: 10_000 }, (_, i) => ({ start: 1_000_000 + i, end: Infinity, value: i }))
    const openStarts = Array.from({ length: 10_000 }, (_, i) => ({ start: -Infinity, end: -1_000_000 - i, value: i }))
    const index = new SpanIndex([...openEnds, ...openStarts])
    const reads = countReads(index, () => index.overlapping(0, 10))
    expect(reads).toBeLessThan(100)
  })
})

/** How many entries a lookup touches, counted through the index's arrays. */
const countReads = (index: SpanIndex<number>, lookup: () => unknown): number => {
  let reads = 0
  const fields = index as unknown as Record<string, unknown>
  for (const name of Object.keys(fields)) {
    const value = fields[name]
    if (!Array.isArray(value)) continue
    const list = name === 'groups' ? value.map((g: { entries: SpanEntry<number>[] }) => g.entries) : [value]
    for (const entries of list) {
      for (let i = 0; i < entries.length; i++) {
        const item = entries[i]
        Object.defineProperty(entries, i, { get: () => (reads++, item), configurable: true })
      }
    }
  }
  lookup()
  return reads
}
