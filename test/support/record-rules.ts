import type * as fc from 'fast-check'
import type * as t from 'io-ts'

/** A struct's arbitrary kept to records its rules on the whole record accept (see `RecordRule`). */
export const withRules = <A>(codec: t.Mixed, rules: ReadonlyArray<unknown>, records: fc.Arbitrary<A>): fc.Arbitrary<A> => {
  if (rules.length === 0) return records
  const struct = codec as t.Mixed & { readonly rulesHold: (record: unknown) => boolean }
  return records.filter((record) => struct.rulesHold(record))
}
