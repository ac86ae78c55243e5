/**
 * Strict string codecs: a value either passes a check or fails with a message that says why.
 *
 * @module
 */
import * as t from 'io-ts'
import { codedFailure, describeValue as describe } from './Issue.js'

/**
 * A string codec whose values pass `check`; `check` returns `undefined` when the value is good, or a plain
 * sentence saying what is wrong. Non-strings fail as `invalid_type`, bad strings as `invalid_value`.
 *
 * @example
 * import { refinedString, decodeWith } from 'news-codecs'
 *
 * interface UpperBrand { readonly Upper: unique symbol }
 * const Upper = refinedString<UpperBrand>('Upper', 'an upper-case string', (s) =>
 *   s === s.toUpperCase() ? undefined : 'has lower-case letters')
 * Upper.is('NATO') //=> true
 * const result = decodeWith(Upper)('Nato')
 * result._tag === 'Left' && result.left[0].message //=> '"Nato" has lower-case letters'
 *
 * @category constructors
 * @since 0.1.0
 */
export const refinedString = <B>(
  name: string,
  expected: string,
  check: (s: string) => string | undefined,
): t.Type<t.Branded<string, B>, string, unknown> =>
  new t.Type<t.Branded<string, B>, string, unknown>(
    name,
    (u): u is t.Branded<string, B> => typeof u === 'string' && check(u) === undefined,
    (u, c) => {
      if (typeof u !== 'string') return t.failures(codedFailure(u, c, 'invalid_type', `expected ${expected}, received ${describe(u)}`, expected))
      const problem = check(u)
      return problem === undefined
        ? t.success(u as t.Branded<string, B>)
        : t.failures(codedFailure(u, c, 'invalid_value', `${describe(u)} ${problem}`, expected))
    },
    String,
  )

/**
 * A number codec whose values pass `check`; `check` returns `undefined` when the number is good, or what is
 * wrong with it (the message reads "1.5 is not ..."). Non-numbers fail as `invalid_type`, bad numbers as
 * `invalid_value`.
 *
 * @example
 * import { refinedNumber, decodeWith } from 'news-codecs'
 *
 * interface PercentBrand { readonly Percent: unique symbol }
 * const Percent = refinedNumber<PercentBrand>('Percent', 'a percentage from 0 to 100', (n) =>
 *   n >= 0 && n <= 100 ? undefined : 'is not a percentage from 0 to 100')
 * Percent.is(42) //=> true
 * const result = decodeWith(Percent)(120)
 * result._tag === 'Left' && result.left[0].message //=> '120 is not a percentage from 0 to 100'
 *
 * @category constructors
 * @since 0.2.0
 */
export const refinedNumber = <B>(
  name: string,
  expected: string,
  check: (n: number) => string | undefined,
): t.Type<t.Branded<number, B>, number, unknown> =>
  new t.Type<t.Branded<number, B>, number, unknown>(
    name,
    (u): u is t.Branded<number, B> => typeof u === 'number' && check(u) === undefined,
    (u, c) => {
      if (typeof u !== 'number') return t.failure(u, c)
      const problem = check(u)
      return problem === undefined
        ? t.success(u as t.Branded<number, B>)
        : t.failures(codedFailure(u, c, 'invalid_value', `${u} ${problem}`, expected))
    },
    Number,
  )
