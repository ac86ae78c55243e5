/**
 * Arrays that must hold at least one element.
 *
 * @module
 */
import * as t from 'io-ts'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { codedFailure } from './Issue.js'

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
    const array = t.readonlyArray(item)
    super(
      name,
      (u): u is ReadonlyNonEmptyArray<t.TypeOf<C>> => array.is(u) && u.length > 0,
      (u, c) => {
        if (Array.isArray(u) && u.length === 0) {
          return t.failures(codedFailure(u, c, 'too_short', `expected at least one ${item.name}, received an empty array`, name))
        }
        return array.validate(u, c) as t.Validation<ReadonlyNonEmptyArray<t.TypeOf<C>>>
      },
      (a) => array.encode(a) as unknown as ReadonlyNonEmptyArray<t.OutputOf<C>>,
    )
  }
}

/**
 * An array codec that rejects the empty array (issue code `too_short`).
 *
 * @example
 * import { nonEmptyArray, Id } from 'news-codecs'
 *
 * const Participants = nonEmptyArray(Id)
 * Participants.is([]) //=> false
 *
 * @category constructors
 * @since 0.1.0
 */
export const nonEmptyArray = <C extends t.Mixed>(item: C, name = `NonEmptyArray<${item.name}>`): NonEmptyArrayType<C> =>
  new NonEmptyArrayType(name, item)
