/**
 * Ids: the stable names by which the records of a graph refer to each other.
 *
 * @module
 */
import * as t from 'io-ts'
import { ID_PATTERN, MAX_ID_LENGTH } from './internal/idForm.js'
import { refinedString } from './Refined.js'

/**
 * The brand that marks a string (or number) as checked by {@link Id}.
 *
 * @category model
 * @since 0.1.0
 */
export interface IdBrand {
  readonly Id: unique symbol
}

/**
 * An id: 1–200 characters, letters, digits and `. _ : # / -`, starting with a letter or digit. A prefix
 * naming the kind (`person:antony-blinken`, `state:US`) is a convention, not a rule.
 *
 * @example
 * import { Id } from 'news-codecs'
 *
 * Id.is('person:antony-blinken') //=> true
 * Id.is('has space') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Id = /* @__PURE__ */ refinedString<IdBrand>('Id', 'an id (letters, digits and . _ : # / -)', (s) =>
  s.length > MAX_ID_LENGTH
    ? `is longer than ${MAX_ID_LENGTH} characters`
    : ID_PATTERN.test(s)
      ? undefined
      : 'is not an id: use letters, digits and . _ : # / -, starting with a letter or digit',
)
/**
 * The type of a value {@link Id} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type Id = t.TypeOf<typeof Id>
