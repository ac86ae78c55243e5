/**
 * Spans `[start, end)` looked up by overlap, in time about the size of the answer: what the graph index
 * keeps for dates and for article offsets.
 */
import type { SpanLookup } from '../GraphIndex.js'

export interface SpanEntry<A> {
  readonly start: number
  readonly end: number
  readonly value: A
}

/** First index whose entry starts at or after `at`. */
const lowerBound = <A>(entries: ReadonlyArray<SpanEntry<A>>, at: number): number => {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

const byStart = <A>(a: SpanEntry<A>, b: SpanEntry<A>): number => a.start - b.start || a.end - b.end

/**
 * Spans `[start, end)` grouped by length class (`2^k <= length < 2^(k+1)`), each group sorted by start.
 * An entry of class k overlaps `[a, b)` only if it starts after `a - 2^(k+1)` and before `b`, so a lookup
 * reads that slice of each group and little else.
 */
export class SpanIndex<A> implements SpanLookup<A> {
  private readonly groups: ReadonlyArray<{ readonly reach: number; readonly entries: ReadonlyArray<SpanEntry<A>> }>
  private readonly unbounded: ReadonlyArray<SpanEntry<A>>

  constructor(all: ReadonlyArray<SpanEntry<A>>) {
    const groups = new Map<number, Array<SpanEntry<A>>>()
    const unbounded: Array<SpanEntry<A>> = []
    for (const entry of all) {
      const length = entry.end - entry.start
      if (!Number.isFinite(length)) {
        unbounded.push(entry)
        continue
      }
      const k = length <= 1 ? 0 : Math.floor(Math.log2(length))
      let group = groups.get(k)
      if (group === undefined) groups.set(k, (group = []))
      group.push(entry)
    }
    this.groups = [...groups].map(([k, entries]) => ({ reach: 2 ** (k + 1), entries: entries.sort(byStart) }))
    this.unbounded = unbounded.sort(byStart)
  }

  overlapping(start: number, end: number): ReadonlyArray<SpanEntry<A>> {
    const found: Array<SpanEntry<A>> = []
    for (const { reach, entries } of this.groups) {
      for (let i = lowerBound(entries, start - reach); i < entries.length; i++) {
        const entry = entries[i]!
        if (entry.start >= end) break
        if (entry.end > start) found.push(entry)
      }
    }
    for (const entry of this.unbounded) if (entry.start < end && entry.end > start) found.push(entry)
    return found.sort(byStart)
  }
}
