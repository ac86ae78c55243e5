/**
 * Realis (after ACE/ERE): whether something happened, did not happen, might, or happens as a rule.
 *
 * @module
 */
import * as t from 'io-ts'

/**
 * `actual`: it happened; `negated`: it did not ("has not condemned"); `hypothetical`: it might or was
 * planned; `generic`: a habit or rule, not one occurrence.
 *
 * @example
 * import { Realis } from 'news-codecs'
 *
 * Realis.is('negated') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Realis = /* @__PURE__ */ t.keyof({ actual: null, negated: null, hypothetical: null, generic: null }, 'Realis')
/**
 * The type of a value {@link Realis} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Realis = t.TypeOf<typeof Realis>
