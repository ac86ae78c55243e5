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

/** First index whose entry ends after `at`, in entries sorted by end. */
const firstEndingAfter = <A>(entries: ReadonlyArray<SpanEntry<A>>, at: number): number => {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

// Comparisons that hold for infinite bounds too: `-Infinity - -Infinity` is NaN, which no sort may see.
const compare = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0)
const byStart = <A>(a: SpanEntry<A>, b: SpanEntry<A>): number => compare(a.start, b.start) || compare(a.end, b.end)
const byEnd = <A>(a: SpanEntry<A>, b: SpanEntry<A>): number => compare(a.end, b.end) || compare(a.start, b.start)

/**
 * Spans `[start, end)` grouped by length class (`2^k <= length < 2^(k+1)`), each group sorted by start.
 * An entry of class k overlaps `[a, b)` only if it starts after `a - 2^(k+1)` and before `b`, so a lookup
 * reads that slice of each group and little else. Spans without a bound on one side are kept apart, so
 * that no lookup reads one that is not in its answer: one open at the end overlaps `[a, b)` when it starts
 * before `b` (a prefix of them by start), one open at the start when it ends after `a` (a suffix by end),
 * and one open at both ends always.
 */
export class SpanIndex<A> implements SpanLookup<A> {
  private readonly groups: ReadonlyArray<{ readonly reach: number; readonly entries: ReadonlyArray<SpanEntry<A>> }>
  private readonly openEnd: ReadonlyArray<SpanEntry<A>>
  private readonly openStart: ReadonlyArray<SpanEntry<A>>
  private readonly everywhere: ReadonlyArray<SpanEntry<A>>

  constructor(all: ReadonlyArray<SpanEntry<A>>) {
    const groups = new Map<number, Array<SpanEntry<A>>>()
    const openEnd: Array<SpanEntry<A>> = []
    const openStart: Array<SpanEntry<A>> = []
    const everywhere: Array<SpanEntry<A>> = []
    for (const entry of all) {
      if (entry.start === -Infinity) {
        ;(entry.end === Infinity ? everywhere : openStart).push(entry)
        continue
      }
      if (!Number.isFinite(entry.start) || !Number.isFinite(entry.end)) {
        openEnd.push(entry)
        continue
      }
      const length = entry.end - entry.start
      const k = length <= 1 ? 0 : Math.floor(Math.log2(length))
      let group = groups.get(k)
      if (group === undefined) groups.set(k, (group = []))
      group.push(entry)
    }
    this.groups = [...groups].map(([k, entries]) => ({ reach: 2 ** (k + 1), entries: entries.sort(byStart) }))
    this.openEnd = openEnd.sort(byStart)
    this.openStart = openStart.sort(byEnd)
    this.everywhere = everywhere
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
    for (const entry of this.openEnd) {
      if (entry.start >= end) break
      if (entry.end > start) found.push(entry)
    }
    for (let i = firstEndingAfter(this.openStart, start); i < this.openStart.length; i++) {
      const entry = this.openStart[i]!
      if (entry.start < end) found.push(entry)
    }
    if (end > -Infinity && start < Infinity) for (const entry of this.everywhere) found.push(entry)
    return found.sort(byStart)
  }
}
