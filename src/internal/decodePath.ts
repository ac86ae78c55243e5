/**
 * The one decode path every entry point takes (`decodeWith`, `validateGraph`, `~standard.validate`): the
 * codec's compiled guard first, when it has one, then the io-ts decoder for the issue list, and whatever
 * the input throws as one `unprocessable` issue.
 *
 * The guards are handed over by Validation.ts when it loads (they import every model, which import the
 * Standard Schema support, so this module cannot import them itself); until then, or for codecs of one's
 * own, the decoder runs alone and gives the same result.
 */
import type * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Issue } from '../Issue.js'
import { issuesFromErrors, unprocessableIssue } from '../Issue.js'

type Guard = (u: unknown) => boolean

let guardOf: (codec: object) => Guard | undefined = () => undefined

/** Makes the compiled guards available to every decode path. */
export const useGuards = (lookup: (codec: object) => Guard | undefined): void => {
  guardOf = lookup
}

/** The decoder of a codec: its value, or every issue (never a throw). */
export const decodePath = <A, O>(codec: t.Type<A, O, unknown>): ((input: unknown) => Either<ReadonlyNonEmptyArray<Issue>, A>) => {
  return (input) => {
    try {
      // A guard that passes means the decoder would return its input unchanged. It is looked up on each
      // call (one map read), so decoders made before the guards were handed over, or replaced, use the current ones.
      const guard = guardOf(codec)
      if (guard !== undefined && guard(input)) return right(input as A)
      const result = codec.decode(input)
      if (result._tag === 'Right') return right(result.right)
      const issues = issuesFromErrors(result.left)
      return left(issues.length > 0 ? (issues as ReadonlyNonEmptyArray<Issue>) : [unprocessableIssue(new Error('no issue reported'))])
    } catch (error) {
      // Whatever was thrown while examining the input (by a getter or a Proxy trap of the input itself, or by
      // the runtime) becomes one issue; building it never throws.
      return left([unprocessableIssue(error)])
    }
  }
}
