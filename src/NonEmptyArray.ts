/**
 * Arrays that must hold at least one element.
 *
 * @module
 */
import * as t from 'io-ts'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { codedFailure } from './Issue.js'
import { encodeElements, isArrayOf, validateElements } from './internal/elements.js'

/**
 * The codec class behind {@link nonEmptyArray}; `item` is public for tools that walk the model.
 *
 * @example
 * import * as t from 'io-ts'
 * import { nonEmptyArray, NonEmptyArrayType } from 'news-codecs'
 *
 * nonEmptyArray(t.string) instanceof NonEmptyArrayType //=> true
 * nonEmptyArray(t.string).item === t.string //=> true
 *
 * @category model
 * @since 0.1.0
 */
export class NonEmptyArrayType<C extends t.Mixed> extends t.Type<
  ReadonlyNonEmptyArray<t.TypeOf<C>>,
  ReadonlyNonEmptyArray<t.OutputOf<C>>,
  unknown
> {
  readonly _tag = 'NonEmptyArrayType' as const
  constructor(
    name: string,
    readonly item: C,
  ) {
    super(
      name,
      (u): u is ReadonlyNonEmptyArray<t.TypeOf<C>> => isArrayOf(item, u) && (u as ReadonlyArray<unknown>).length > 0,
      (u, c) => {
        if (Array.isArray(u) && u.length === 0) {
          return t.failures(codedFailure(u, c, 'too_short', `expected at least one ${item.name}, received an empty array`, name))
        }
        return validateElements(item, u, c) as t.Validation<ReadonlyNonEmptyArray<t.TypeOf<C>>>
      },
      (a) => encodeElements(item, a) as ReadonlyNonEmptyArray<t.OutputOf<C>>,
    )
  }
}

/**
 * An array codec that rejects the empty array (issue code `too_short`) and holes (`missing`).
 *
 * @example
 * import { nonEmptyArray, Id } from 'news-codecs'
 *
 * const Participants = nonEmptyArray(Id)
 * Participants.is([]) //=> false
 * Participants.is([, 'person:a']) //=> false
 *
 * @category constructors
 * @since 0.1.0
 */
export const nonEmptyArray = <C extends t.Mixed>(item: C, name = `NonEmptyArray<${item.name}>`): NonEmptyArrayType<C> =>
  new NonEmptyArrayType(name, item)
