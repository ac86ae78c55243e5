/**
 * The page's timeline: every dated fact with the span of time its value covers, resolved by the library's
 * EDTF reading (so the page draws bounds and never parses a date), and the scale the bars are drawn on.
 *
 * @module
 */
import { Edtf } from '../Time.js'
import type { Precision, Time } from '../Time.js'
import { qualifiersOf, spanOfTime } from '../TimeQuery.js'
import { factLabel, partLabel } from './labels.js'
import { FACT_COLLECTIONS, text, walkObjects } from './raw.js'
import type { RawRecord } from './raw.js'

/** One bar: a dated fact, the time as given and the span it covers. */
export interface TimelineRow {
  /** The anchor of the fact's card. */
  readonly anchor: string
  readonly label: string
  /** The EDTF value, as given. */
  readonly value: string
  /** The expression as written, when given ("mid-November"). */
  readonly written: string | undefined
  /** The first instant covered, in ms since the epoch; undefined for an open or unknown start. */
  readonly start: number | undefined
  /** The first instant after the span; undefined for an open or unknown end. */
  readonly end: number | undefined
  readonly precision: Precision
  readonly approximate: boolean
  readonly uncertain: boolean
}

const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined)

/** The dated facts of the records given, oldest first by the span they cover (an open start first). */
export const timelineRows = (graph: unknown, records: ReadonlyArray<RawRecord & { readonly anchor: string }>): ReadonlyArray<TimelineRow> => {
  const rows: TimelineRow[] = []
  for (const { collection, record, anchor } of records) {
    if (!(collection in FACT_COLLECTIONS)) continue
    const id = text(record, 'id')
    const label = (id === undefined ? undefined : factLabel(graph, id)) ?? id ?? collection
    walkObjects(record, (node, key, parent) => {
      const value = text(node, 'value')
      if (key !== 'time' || value === undefined || !Edtf.is(value)) return
      const time: Time = { value }
      const { start, end } = spanOfTime(time)
      const { precision, approximate, uncertain } = qualifiersOf(time)
      // A time inside a part of the fact (an agreement's lifecycle act, a figure) says which part.
      const part = parent !== record ? text(parent, 'type') ?? text(parent, 'text') : undefined
      rows.push({
        anchor,
        label: part === undefined ? label : partLabel(graph, id, parent, `${label}: ${part}`),
        value,
        written: text(node, 'text'),
        start: finite(start),
        end: finite(end),
        precision,
        approximate,
        uncertain,
      })
    })
  }
  const key = (row: TimelineRow): readonly [number, number] => [row.start ?? -Infinity, row.end ?? Infinity]
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => key(a.row)[0] - key(b.row)[0] || key(a.row)[1] - key(b.row)[1] || a.order - b.order)
    .map(({ row }) => row)
}

/** Where a bar sits on the scale, in percent of its width. */
export interface BarPlace {
  readonly left: number
  readonly width: number
}

/** The scale of a timeline: from the earliest finite bound to the latest, with a place for each row. */
export interface TimelineScale {
  readonly from: number
  readonly to: number
  readonly place: (row: TimelineRow) => BarPlace
  /** Marks along the scale, at most a dozen: the first day of years, or of months on a scale shorter than two years. */
  readonly ticks: ReadonlyArray<{ readonly label: string; readonly at: number }>
}

/** The scale the rows are drawn on; undefined when no row has a finite bound. */
export const scaleOf = (rows: ReadonlyArray<TimelineRow>): TimelineScale | undefined => {
  const bounds = rows.flatMap((row) => [row.start, row.end]).filter((n): n is number => n !== undefined)
  if (bounds.length === 0) return undefined
  let from = Math.min(...bounds)
  let to = Math.max(...bounds)
  // Leave room for a fading open end, and give a single instant some width.
  const margin = Math.max((to - from) * 0.05, 24 * 3600 * 1000)
  from -= margin
  to += margin
  const at = (t: number): number => ((t - from) / (to - from)) * 100
  const place = (row: TimelineRow): BarPlace => {
    const left = at(row.start ?? from)
    const right = at(row.end ?? to)
    // A day on a scale of years is still drawn, at its position.
    return { left, width: Math.max(right - left, 0.6) }
  }
  const ticks: Array<{ label: string; at: number }> = []
  const start = new Date(from)
  if (to - from >= 2 * 365 * 24 * 3600 * 1000) {
    const first = start.getUTCFullYear() + 1
    const last = new Date(to).getUTCFullYear()
    const step = Math.ceil((last - first + 1) / 12)
    for (let year = first; year <= last; year += step) ticks.push({ label: String(year), at: at(Date.UTC(year, 0, 1)) })
  } else {
    const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth()
    const step = Math.max(1, Math.ceil(months / 12))
    for (let month = 1; month <= months; month += step) {
      const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month, 1)
      ticks.push({ label: new Date(first).toISOString().slice(0, 7), at: at(first) })
    }
  }
  return { from, to, place, ticks }
}
