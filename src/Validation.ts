/**
 * Validation entry points: untrusted input in, either the typed value or every issue found. They never
 * throw, for any JavaScript value: input whose getters or Proxy traps throw is an `unprocessable` issue.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { Graph } from './Graph.js'
import type { CheckedPart } from './GraphCheck.js'
import { checkGraph } from './GraphCheck.js'
import { hasKey, isRecord } from './internal/objects.js'
import { eachElement } from './internal/elements.js'
import { collectionCodecs } from './internal/records.js'
import type { RuleSettings } from './Rules.js'
import { applyRules } from './Rules.js'
import type { Issue } from './Issue.js'
import { formatIssues, unprocessableIssue } from './Issue.js'
import { decodePath } from './internal/decodePath.js'

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
 * //=> ['channel: expected one of "in-person" | "phone" | "video" | "written" | "unknown" or a coded value {scheme, code}, received "fax"']
 *
 * @category validation
 * @since 0.1.0
 */
export const decodeWith = <A, O>(codec: t.Type<A, O, unknown>): ((input: unknown) => Validated<A>) => decodePath(codec)

/**
 * Validates a whole graph in one pass: its shape, and every graph-level check of {@link checkGraph} on the
 * records that decode, so one run reports the shape issues and the dangling references, quote mismatches
 * and the rest together, each once, at their paths in the input. A reference to a record that did not
 * decode is not reported again.
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
export const validateGraph = (input: unknown, options: ValidationOptions = {}): Validated<Graph> => validateDefault(input, options).result

/**
 * Options of the graph validators.
 *
 * @category model
 * @since 0.2.0
 */
export interface ValidationOptions {
  /**
   * Rule settings by issue code (`off`, `warn`, `error`); see {@link RULES} and docs/rules.md. Relaxing a rule
   * of the shape (`unexpected_key`, say) lets the input through as it is, unchecked in those places.
   */
  readonly rules?: RuleSettings
}

/**
 * A validation with its warnings: the result holds the errors, or the value when there are none, and
 * `warnings` the issues that rule settings made warnings, which leave the input valid.
 *
 * @category model
 * @since 0.2.0
 */
export interface ValidationReport<A> {
  readonly result: Validated<A>
  readonly warnings: ReadonlyArray<Issue>
}

/**
 * {@link validateGraph} with its warnings kept: with `rules`, the issues set to `warn` come back beside the
 * result instead of in it.
 *
 * @example
 * import { validateGraphReport } from 'news-codecs'
 *
 * const graph = { articles: [], actors: [], places: [], events: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   meetings: [{ id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone',
 *     evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }] }] }
 * const { result, warnings } = validateGraphReport(graph, { rules: { dangling_reference: 'warn' } })
 * result._tag //=> 'Right'
 * warnings.map((issue) => issue.message)
 * //=> ['unknown actor "person:a"', 'unknown actor "person:b"', 'unknown article "article:1"']
 * validateGraphReport(graph).result._tag //=> 'Left'
 *
 * @category validation
 * @since 0.2.0
 */
export const validateGraphReport = (input: unknown, options: ValidationOptions = {}): ValidationReport<Graph> => validateDefault(input, options)

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
export const validateGraphWith = <A extends Graph, O>(
  codec: t.Type<A, O, unknown>,
): ((input: unknown, options?: ValidationOptions) => Validated<A>) => {
  const validate = reportGraphWith(codec)
  return (input, options = {}) => validate(input, options).result
}

/** Every issue of a graph, shape and graph-level, in one pass, with the decoded graph when its shape is right. */
const issuesOfGraph =
  <A extends Graph, O>(codec: t.Type<A, O, unknown>) => {
    const decode = decodeWith(codec)
    return (input: unknown): { readonly decoded?: A; readonly issues: ReadonlyArray<Issue> } => {
      const shape = decode(input)
      try {
        if (shape._tag === 'Right') return { decoded: shape.right, issues: checkGraph(shape.right, codec) }
        // One pass: the graph checks also run on the records that decoded, so a run reports the shape issues
        // and the graph issues together, each once. Input that could not be examined stops here.
        if (shape.left.some((issue) => issue.code === 'unprocessable')) return { issues: shape.left }
        const decoded = decodedPart(codec, input)
        return { issues: decoded === undefined ? shape.left : [...shape.left, ...checkGraph(decoded.graph, codec, decoded.part)] }
      } catch (error) {
        return { issues: unprocessable(error) }
      }
    }
  }

const reportGraphWith = <A extends Graph, O>(codec: t.Type<A, O, unknown>): ((input: unknown, options: ValidationOptions) => ValidationReport<A>) => {
  const issuesOf = issuesOfGraph(codec)
  return (input, { rules }) => {
    const { decoded, issues } = issuesOf(input)
    // Every issue goes by its rule: the default severities, or the settings given.
    const { errors, warnings } = applyRules(rules)(issues)
    const [first, ...rest] = errors
    if (first !== undefined) return { result: left([first, ...rest]), warnings }
    // Valid: the decoded graph, or (when only relaxed shape rules stood in the way) the input as it is.
    return { result: right(decoded ?? (input as A)), warnings }
  }
}

/** Ids a record that did not decode may be named by: its own and those of records nested in it (paragraphs). */
const idsIn = (value: unknown, found: Set<string>, depth = 0): void => {
  if (depth > 3 || typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, found, depth + 1)
    return
  }
  const id = (value as Record<string, unknown>)['id']
  if (typeof id === 'string') found.add(id)
  for (const key of Object.keys(value)) if (key !== 'id') idsIn((value as Record<string, unknown>)[key], found, depth + 1)
}

/** The records of each collection that decode on their own, where they sit in the input, and the others' ids. */
const decodedPart = (codec: t.Mixed, input: unknown): { readonly graph: Graph; readonly part: CheckedPart } | undefined => {
  if (!isRecord(input)) return undefined
  const graph: Record<string, unknown[]> = {}
  const positions = new Map<string, number[]>()
  const undecoded = new Set<string>()
  for (const [collection, item] of collectionCodecs(codec)) {
    const records = hasKey(input, collection) ? input[collection] : undefined
    const kept: unknown[] = []
    const at: number[] = []
    if (Array.isArray(records)) {
      const decode = decodeWith(item)
      // Holes are skipped (the shape issues report them), and a huge sparse array costs what it holds.
      eachElement(records, (i) => {
        const record: unknown = records[i]
        const decoded = decode(record)
        if (decoded._tag === 'Right') {
          kept.push(decoded.right)
          at.push(i)
        } else idsIn(record, undecoded)
      })
    }
    graph[collection] = kept
    positions.set(collection, at)
  }
  return { graph: graph as unknown as Graph, part: { positions, undecoded } }
}

const validateDefault = /* @__PURE__ */ reportGraphWith(Graph)

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
