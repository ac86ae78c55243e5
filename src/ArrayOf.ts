/**
 * Arrays whose every element must be present: a hole in a sparse array is reported, never read as a value,
 * and a run of holes is one issue, so an array of length 2^32-1 with no elements costs no more than an
 * empty one.
 *
 * io-ts's `t.readonlyArray` visits every index up to `length` (one failure per hole, unbounded work for a
 * tiny sparse input) and its `is` skips holes, so it accepts `[,]` that its decoder rejects.
 *
 * @module
 */
import * as t from 'io-ts'
import { encodeElements, isArrayOf, validateElements } from './internal/elements.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The codec class behind {@link arrayOf}; `item` is public for tools that walk the model.
 *
 * @example
 * import * as t from 'io-ts'
 * import { arrayOf, ArrayOfType } from 'news-codecs'
 *
 * arrayOf(t.string) instanceof ArrayOfType //=> true
 * arrayOf(t.string).item === t.string //=> true
 *
 * @category model
 * @since 0.2.0
 */
export class ArrayOfType<C extends t.Mixed> extends t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown> {
  readonly _tag = 'ArrayOfType' as const
  constructor(
    name: string,
    readonly item: C,
  ) {
    super(
      name,
      (u): u is ReadonlyArray<t.TypeOf<C>> => isArrayOf(item, u),
      (u, c) => validateElements(item, u, c),
      (a) => encodeElements(item, a),
    )
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A readonly array codec that reports holes (issue code `missing`, one per run of holes).
 *
 * @example
 * import { arrayOf, decodeWith, Id } from 'news-codecs'
 *
 * const Ids = arrayOf(Id)
 * Ids.is(['a', 'b']) //=> true
 * Ids.is([, 'b']) //=> false
 * const result = decodeWith(Ids)(new Array(5))
 * result._tag === 'Left' && result.left.map((issue) => issue.message)
 * //=> ['no element at indexes 0 to 4 (a hole in a sparse array)']
 *
 * @category constructors
 * @since 0.2.0
 */
export const arrayOf = <C extends t.Mixed>(item: C, name = `ReadonlyArray<${item.name}>`): ArrayOfType<C> => new ArrayOfType(name, item)
