import type * as fc from 'fast-check'
import type * as t from 'io-ts'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Mends for rules that random records break most of the time, so that generating stays cheap: a source's
 * `covers` keeps only fields its record has, and a sameAs link keeps one target. Other rules only filter.
 */
const MENDS: Readonly<Record<string, (record: Json) => Json>> = {
  covers_missing_field: (record) => {
    const mended = { ...record }
    for (const key of ['sources', 'inferences']) {
      if (!Array.isArray(mended[key])) continue
      mended[key] = mended[key].map((support: Json) => {
        if (support.covers === undefined) return support
        const { covers, ...rest } = support
        const kept = covers.filter((field: string) => field !== key && Object.prototype.hasOwnProperty.call(record, field))
        return kept.length > 0 ? { ...rest, covers: kept } : rest
      })
    }
    return mended
  },
  incomplete_link: (link) => {
    if (link.url !== undefined) return { url: link.url }
    if (link.identifier !== undefined) return { identifier: link.identifier }
    if (link.id !== undefined) return { graph: link.graph ?? 'graph:other', id: link.id }
    return link
  },
}

/** A struct's arbitrary kept to records its rules on the whole record accept (see `RecordRule`). */
export const withRules = <A>(codec: t.Mixed, rules: ReadonlyArray<unknown>, records: fc.Arbitrary<A>): fc.Arbitrary<A> => {
  if (rules.length === 0) return records
  const struct = codec as t.Mixed & { readonly rulesHold: (record: unknown) => boolean }
  const mends = rules.flatMap((rule) => MENDS[(rule as { readonly code: string }).code] ?? [])
  const mended = mends.length === 0 ? records : records.map((record) => mends.reduce((r, mend) => mend(r), record as Json) as A)
  return mended.filter((record) => struct.rulesHold(record))
}
