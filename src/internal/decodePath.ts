/**
 * The one decode path every entry point takes (`decodeWith`, `validateGraph`, `~standard.validate`): the
 * codec's compiled guard first, when it has one, then the io-ts decoder for the issue list, and whatever
 * the input throws as one `unprocessable` issue.
 *
 * A model module attaches its compiled guard to the codec it defines ({@link withGuard}), so a bundle that
 * imports one model carries that model's guards and no others; codecs of one's own have none, and the
 * decoder runs alone and gives the same result.
 */
import type * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Issue } from '../Issue.js'
import { issuesFromErrors, unprocessableIssue } from '../Issue.js'

type Guard = (u: unknown) => boolean

/** The key under which a codec holds its compiled guard: a symbol, so no tool walking the codec sees it. */
const GUARD = /* @__PURE__ */ Symbol('news-codecs guard')

/**
 * The codec itself, now holding its compiled guard (from src/generated/guards/). Model modules call
 * it under a pure annotation, so a bundler drops codec and guard together when the codec is not used.
 */
export const withGuard = <C extends object>(codec: C, guard: Guard): C =>
  Object.defineProperty(codec, GUARD, { value: guard, enumerable: false, writable: false, configurable: false })

/** The compiled guard attached to a codec, if it has one. */
export const attachedGuard = (codec: object): Guard | undefined => (codec as { readonly [GUARD]?: Guard })[GUARD]

let guardOf: (codec: object) => Guard | undefined = attachedGuard

/** Replaces the guard lookup of every decode path (the generators judge with the decoders alone). */
export const useGuards = (lookup: (codec: object) => Guard | undefined): void => {
  guardOf = lookup
}

/** The decoder of a codec: its value, or every issue (never a throw). */
export const decodePath = <A, O>(codec: t.Type<A, O, unknown>): ((input: unknown) => Either<ReadonlyNonEmptyArray<Issue>, A>) => {
  return (input) => {
    try {
      // A guard that passes means the decoder would return its input unchanged. It is looked up on each
      // call (one property read), so a replaced lookup applies to decoders made before it.
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
