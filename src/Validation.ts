/**
 * Validation entry points: untrusted input in, either the typed value or every issue found. They never
 * throw, for any JavaScript value: input whose getters or Proxy traps throw is an `unprocessable` issue.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { compiledGuards } from './generated/guards.js'
import { Graph } from './Graph.js'
import { checkGraph } from './GraphCheck.js'
import type { Issue } from './Issue.js'
import { formatIssues, unprocessableIssue } from './Issue.js'
import { decodePath, useGuards } from './internal/decodePath.js'

/**
 * The result of a validation: at least one issue, or the typed value.
 *
 * @category model
 * @since 0.1.0
 */
export type Validated<A> = Either<ReadonlyNonEmptyArray<Issue>, A>

// Whatever was thrown while examining the input (by a getter or a Proxy trap of the input itself, or by the
// runtime) becomes one issue; building it never throws.
const unprocessable = (error: unknown): ReadonlyNonEmptyArray<Issue> => [unprocessableIssue(error)]

// Guards compiled from the codecs at build time (scripts/compile-guards.ts), for every decode path: a guard
// that passes means the decoder would return its input unchanged, so the input itself is the result; when
// it fails, the io-ts decoder runs to say why. Codecs without a guard (user-defined ones) go through io-ts alone.
const guards = new WeakMap<object, (u: unknown) => boolean>(compiledGuards)
useGuards((codec) => guards.get(codec))

/**
 * Decodes untrusted input with any codec, returning the value or every issue as data.
 *
 * For the codecs of this library a guard compiled from the codec at build time runs first: valid input is
 * accepted without building decoder contexts and comes back as the very input; only input the guard rejects
 * goes through the io-ts decoder, which lists the issues. Other codecs are decoded by io-ts alone.
 *
 * @example
 * import { decodeWith, Meeting, formatIssues } from 'news-codecs'
 *
 * const result = decodeWith(Meeting)({ id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'fax' })
 * result._tag === 'Left' && formatIssues(result.left).split('\n')
 * //=> ['channel: expected one of "in-person" | "phone" | "video" | "written" | "unknown" or a coded value {scheme, code}, received "fax"',
 * //    'evidence: missing required key "evidence" (NonEmptyArray<Evidence>)']
 *
 * @category validation
 * @since 0.1.0
 */
export const decodeWith = <A, O>(codec: t.Type<A, O, unknown>): ((input: unknown) => Validated<A>) => decodePath(codec)

const decodeGraph = decodeWith(Graph)

/**
 * Validates a whole graph: its shape first, then, if the shape is right, every graph-level check of
 * {@link checkGraph}.
 *
 * @example
 * import { validateGraph, formatIssues } from 'news-codecs'
 * import { isLeft } from 'fp-ts/lib/Either.js'
 *
 * const result = validateGraph({ articles: [], actors: [], places: [], events: [], meetings: [],
 *   agreements: [], documents: [], statements: [], positions: [], relations: [],
 *   extra: true })
 * isLeft(result) && formatIssues(result.left)
 * //=> 'extra: unexpected key "extra" (Graph does not define it)'
 *
 * @category validation
 * @since 0.1.0
 */
export const validateGraph = (input: unknown): Validated<Graph> => {
  const shape = decodeGraph(input)
  if (shape._tag === 'Left') return shape
  try {
    const issues = checkGraph(shape.right)
    return issues.length > 0 ? left(issues as ReadonlyNonEmptyArray<Issue>) : shape
  } catch (error) {
    return left(unprocessable(error))
  }
}

/**
 * {@link validateGraph} for a graph codec of one's own: a graph whose models extend the library's (a
 * Meeting with a field more, say). The shape is decoded with `codec`, and the graph checks walk `codec`,
 * so references and evidence in the new fields are checked too.
 *
 * @example
 * import { arrayOf, Graph, Meeting, ref, struct, validateGraphWith } from 'news-codecs'
 *
 * const ChairedMeeting = struct('ChairedMeeting', Meeting.required, { ...Meeting.optional, chair: ref('actor').as('chair') })
 * const MyGraph = struct('MyGraph', { ...Graph.required, meetings: arrayOf(ChairedMeeting) })
 * const empty = { articles: [], actors: [], places: [], events: [], meetings: [], agreements: [],
 *   documents: [], statements: [], positions: [], relations: [] }
 * validateGraphWith(MyGraph)(empty)._tag //=> 'Right'
 *
 * @category validation
 * @since 0.2.0
 */
export const validateGraphWith = <A extends Graph, O>(codec: t.Type<A, O, unknown>): ((input: unknown) => Validated<A>) => {
  const decode = decodeWith(codec)
  return (input) => {
    const shape = decode(input)
    if (shape._tag === 'Left') return shape
    try {
      const issues = checkGraph(shape.right, codec)
      return issues.length > 0 ? left(issues as ReadonlyNonEmptyArray<Issue>) : shape
    } catch (error) {
      return left(unprocessable(error))
    }
  }
}

/**
 * A value of a codec's type from a literal written in code, checked: throws a `TypeError` listing the
 * issues when the value is not one. For constants and examples, where a bad value is a programming error;
 * input goes through {@link decodeWith}, which never throws.
 *
 * @example
 * import { Edtf, make, Time } from 'news-codecs'
 *
 * const month = make(Edtf)('2022-01')
 * make(Time)({ value: month, text: 'January 2022' }).value //=> '2022-01'
 * let message = ''
 * try { make(Edtf)('2022-13') } catch (error) { message = (error as Error).message }
 * message //=> 'not a valid Edtf: (root): "2022-13" has no month 13'
 *
 * @category constructors
 * @since 0.2.0
 */
export const make = <A, O>(codec: t.Type<A, O, unknown>): ((value: O) => A) => {
  const decode = decodeWith(codec)
  return (value) => {
    const result = decode(value)
    if (result._tag === 'Right') return result.right
    throw new TypeError(`not a valid ${codec.name}: ${formatIssues(result.left)}`)
  }
}
