/**
 * Issues: what a validator found wrong, as data, and their rendering as short readable lines.
 *
 * @module
 */
import * as t from 'io-ts'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What kind of problem an {@link Issue} reports. Shape problems come from decoding; the others from the
 * graph-level checks of {@link checkGraph}.
 *
 * @category model
 * @since 0.1.0
 */
export type IssueCode =
  /** A required key is absent (distinct from a key present with the value `undefined`). */
  | 'missing'
  /** The value has the wrong JSON type (a number where a string belongs, say). */
  | 'invalid_type'
  /** The value has the right type but is not allowed (a date that does not exist, a bad pattern). */
  | 'invalid_value'
  /** The discriminant of a tagged union names no known variant. */
  | 'invalid_tag'
  /** A key the model does not define: reported, never silently stripped. */
  | 'unexpected_key'
  /** An array that must hold at least one element is empty. */
  | 'too_short'
  /** An interval or a pair of dates ends before it starts. */
  | 'interval_order'
  /** Two records of a graph share one id. */
  | 'duplicate_id'
  /** A reference names an id that the graph does not hold. */
  | 'dangling_reference'
  /** A reference names an id of the wrong kind (a place where an actor belongs, say). */
  | 'wrong_reference_kind'
  /** An evidence span lies outside its article, or ends before it starts. */
  | 'span_out_of_range'
  /** An evidence quote differs from the article text at its span. */
  | 'quote_mismatch'
  /** An evidence span begins or ends inside a character as a reader sees it (a letter and its accent, an emoji sequence). */
  | 'splits_character'
  /** A direct quote differs from the quote of its evidence. */
  | 'direct_quote_mismatch'
  /** A lifecycle act of an agreement is dated before its signing. */
  | 'lifecycle_order'
  /** A renewal's term does not reach the expiry it announces. */
  | 'renewal_term_mismatch'
  /** The same lifecycle act twice: two signings by the same parties, two expiries with no renewal between. */
  | 'repeated_act'
  /** A lifecycle act comes after the agreement ended for all parties (terminated, or withdrawn by all). */
  | 'act_after_end'
  /** A lifecycle implies a signing (entry into force, renewal, suspension) that it does not record. */
  | 'missing_signing'
  /** A meeting has fewer than two distinct participants. */
  | 'too_few_participants'
  /** A meeting said to be bilateral has more than two participants. */
  | 'format_mismatch'
  /** A list names the same entry twice: a participant, a signer, a party in the same role. */
  | 'duplicate_entry'
  /** An actor both signed a document and refused to sign it. */
  | 'signed_and_refused'
  /** A record names itself where it cannot be its own (its own part, cause or contradiction). */
  | 'self_reference'
  /** A chain of part-of, cause, within or belongs-to links leads back to where it started. */
  | 'reference_cycle'
  /** Someone conveyed or was told something in a meeting without taking part in it. */
  | 'not_a_participant'
  /** A position rests on a statement that none of its holders made. */
  | 'basis_by_another'
  /** A quantity's range ends below its start. */
  | 'range_order'
  /** A vote counts one option twice. */
  | 'duplicate_count'
  /** An actor votes twice in one vote. */
  | 'duplicate_vote'
  /** More named votes for an option than its count, or than the stated total. */
  | 'count_exceeded'
  /** A vote's counts do not add up to its stated total. */
  | 'total_mismatch'
  /** The input could not be examined at all (nested too deeply for the runtime, for instance). */
  | 'unprocessable'
  /** An election counts one candidate twice. */
  | 'duplicate_candidate'
  /** The shares of an election's candidates add up to more than 100, beyond their rounding. */
  | 'shares_exceed_100'
  /** The votes of an election's candidates add up to more than its stated total. */
  | 'results_exceed_total'
  /** A lifecycle act names in `by` an actor that is not one of the agreement's parties. */
  | 'act_by_non_party'
  /** A document's `adoptedBy` names a vote on another record, or one whose result disagrees with the document's status. */
  | 'adoption_mismatch'
  /** An actor has a role in a meeting or an event without being among those who took part in it. */
  | 'role_not_a_participant'
  /** A statement replies to a fact dated wholly after it. */
  | 'reply_before_original'
  /** A meeting or an event whose last schedule change is a cancellation is recorded as having taken place. */
  | 'cancelled_yet_held'
  /** A fact stands on nothing: no evidence, outside source or inference. */
  | 'unsupported'
  /** A source or an inference covers a field its record does not have. */
  | 'covers_missing_field'
  /** An outside source names neither a url nor an identifier. */
  | 'unlocated_source'
  /** A sameAs link names no record, url or identifier, or more than one, or a graph without a record id. */
  | 'incomplete_link'
  /** A fact is inferred from itself, directly or through the facts it is inferred from. */
  | 'circular_inference'
  /** An article's digest is not the SHA-256 of its text. */
  | 'digest_mismatch'
  /** A chain of `supersedes` links between article versions leads back to where it started. */
  | 'version_cycle'
  /** A version's number is not greater than that of the version it supersedes. */
  | 'version_order'
  /** Two articles supersede the same version. */
  | 'version_fork'
  /** The prefix or suffix of an evidence span differs from the article text right before or after it. */
  | 'context_mismatch'
  /** A correction names no replacement, or a retraction names one. */
  | 'replacement_mismatch'
  /** A correction's replacement is not of the kind of the fact it replaces. */
  | 'replacement_kind_mismatch'
  /** A fact is replaced by itself, directly or through a chain of corrections. */
  | 'self_correction'
  /** A fact is retracted or corrected more than once. */
  | 'double_correction'
  /** A correction is dated wholly before the fact it corrects. */
  | 'correction_before_fact'
  /** Two graphs being merged give one field of the same record different values (see `mergeGraphs`). */
  | 'merge_conflict'

/**
 * One problem found in untrusted input.
 *
 * @example
 * import { formatIssue } from 'news-codecs'
 *
 * formatIssue({ path: ['meetings', 2, 'participants', 0], code: 'dangling_reference',
 *   expected: 'actor', received: '"state:XX"', message: 'unknown actor "state:XX"' })
 * //=> 'meetings[2].participants[0]: unknown actor "state:XX"'
 *
 * @category model
 * @since 0.1.0
 */
export interface Issue {
  /** Where the problem is: keys and array indexes from the root of the input. */
  readonly path: ReadonlyArray<string | number>
  /** What kind of problem it is. */
  readonly code: IssueCode
  /** What was expected there, in the model's words. */
  readonly expected: string
  /** What was found there, shortened: `missing` when the key is absent. */
  readonly received: string
  /** A plain sentence a person can act on. */
  readonly message: string
  /** `'warning'` when a rule setting makes the issue a warning (see `applyRules`); absent on errors. */
  readonly severity?: 'warning'
}

/**
 * An io-ts validation error that carries its issue code. The codecs of this library raise these so that
 * their failures keep a precise code and message through io-ts.
 *
 * @category model
 * @since 0.1.0
 */
export interface CodedValidationError extends t.ValidationError {
  readonly code: IssueCode
  readonly expected?: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Builds an io-ts failure that keeps an issue code, for use inside codecs.
 *
 * @example
 * import * as t from 'io-ts'
 * import { codedFailure, decodeWith } from 'news-codecs'
 *
 * const Even = new t.Type<number, number, unknown>('Even', (u): u is number => u === 0,
 *   (u, c) => (typeof u === 'number' && u % 2 === 0 ? t.success(u) : t.failures(codedFailure(u, c, 'invalid_value', `${String(u)} is odd`, 'an even number'))),
 *   Number)
 * const result = decodeWith(Even)(3)
 * result._tag === 'Left' && [result.left[0].code, result.left[0].message] //=> ['invalid_value', '3 is odd']
 *
 * @category constructors
 * @since 0.1.0
 */
export const codedFailure = (
  value: unknown,
  context: t.Context,
  code: IssueCode,
  message: string,
  expected?: string,
): t.Errors => {
  const error: CodedValidationError =
    expected === undefined ? { value, context, message, code } : { value, context, message, code, expected }
  return [error]
}

const MAX_RECEIVED = 40

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069): what a terminal or a text view may act on instead of showing.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const UNPRINTABLE_TEST = /* @__PURE__ */ new RegExp(UNPRINTABLE.source)

const escapeOne = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * Writes control characters (C0, DEL, C1), line and paragraph separators, and bidi embedding, override and
 * isolate characters as `\uXXXX`, so that text from the input can be shown on a terminal or in a log
 * without acting on it (moving the cursor, clearing the screen, reversing the line). Everything else is
 * kept as it is.
 *
 * @example
 * import { escapeControls } from 'news-codecs'
 *
 * escapeControls('Lavrov\u001b[2J') //=> 'Lavrov\\u001b[2J'
 * escapeControls('abc\u202Efed') //=> 'abc\\u202efed'
 * escapeControls('Qin Gang 秦刚') //=> 'Qin Gang 秦刚'
 *
 * @category rendering
 * @since 0.2.0
 */
export const escapeControls = (text: string): string => (UNPRINTABLE_TEST.test(text) ? text.replace(UNPRINTABLE, escapeOne) : text)

/**
 * A short description of a value, for the `received` field: strings quoted and truncated, containers by
 * their size, never the whole value. Control and bidi characters are written escaped (`\u001b`), so the
 * description is safe to print.
 *
 * @example
 * import { describeValue } from 'news-codecs'
 *
 * describeValue([1, 2, 3]) //=> 'array(3)'
 * describeValue('x'.repeat(100)).length //=> 41
 * describeValue('a\u202Eb') //=> '"a\\u202eb"'
 *
 * @category utils
 * @since 0.1.0
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string': {
      // Only the start is shown, so only the start is quoted: a 100 MB string is not copied.
      const quoted = escapeControls(JSON.stringify(value.length > MAX_RECEIVED ? value.slice(0, MAX_RECEIVED) : value))
      return quoted.length > MAX_RECEIVED ? `${quoted.slice(0, MAX_RECEIVED)}…` : quoted
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'object':
      // Array.isArray throws on a revoked Proxy, and the length of a Proxy is whatever its trap says.
      try {
        if (Array.isArray(value)) {
          const length: unknown = value.length
          return typeof length === 'number' ? `array(${length})` : 'array'
        }
      } catch {
        return 'object'
      }
      return 'object'
    default:
      return typeof value
  }
}

const MAX_THROWN = 200

/** What a thrown value says about itself, if it can say it without throwing: an Error's message, a string. */
const describeThrown = (error: unknown): string | undefined => {
  try {
    if (typeof error === 'string') return error
    if (typeof error === 'object' && error !== null && error instanceof Error) {
      const message: unknown = error.message
      return typeof message === 'string' ? message : undefined
    }
    if (typeof error === 'number' || typeof error === 'bigint' || typeof error === 'boolean') return String(error)
  } catch {
    // A Proxy that throws from getPrototypeOf, a message getter that throws: nothing more can be said.
  }
  return undefined
}

const isRangeError = (error: unknown): boolean => {
  try {
    return error instanceof RangeError
  } catch {
    return false
  }
}

/**
 * The issue for input that stopped a validator: what was thrown while examining it (a getter or Proxy trap
 * of the input, or the runtime running out of stack) becomes an `unprocessable` issue at the root. Building
 * it never throws, whatever was thrown; the message says what the thrown value says about itself, escaped
 * and shortened, when it can say it.
 *
 * @example
 * import { unprocessableIssue } from 'news-codecs'
 *
 * unprocessableIssue(new Error('no access')).message //=> 'the input could not be examined: no access'
 * unprocessableIssue(Object.create(null)).message //=> 'the input could not be examined: a value that cannot be described was thrown'
 *
 * @category constructors
 * @since 0.2.0
 */
export const unprocessableIssue = (error: unknown): Issue => {
  const said = describeThrown(error)
  const shown = said === undefined ? undefined : escapeControls(said.length > MAX_THROWN ? `${said.slice(0, MAX_THROWN)}…` : said)
  return {
    path: [],
    code: 'unprocessable',
    expected: 'input the validator can examine',
    received: isRangeError(error) ? 'input nested too deeply' : 'input that stopped the validator',
    message: `the input could not be examined: ${shown === undefined ? 'a value that cannot be described was thrown' : shown === '' ? 'an error without a message was thrown' : shown}`,
  }
}

const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

const isChoice = (codec: t.Decoder<unknown, unknown>): boolean => codec instanceof t.KeyofType || codec instanceof t.LiteralType

// Closed lists read better spelled out than by their codec's name.
const expectedOf = (codec: t.Decoder<unknown, unknown>): string => {
  if (codec instanceof t.KeyofType) return `one of ${Object.keys(codec.keys).map((k) => JSON.stringify(k)).join(' | ')}`
  if (codec instanceof t.LiteralType) return JSON.stringify(codec.value)
  return codec.name
}

/**
 * Converts io-ts validation errors to issues: one per error, with the path rebuilt from the decoding
 * context (array indexes as numbers) and a code, expected and received value for each.
 *
 * @example
 * import { IsoDate, issuesFromErrors } from 'news-codecs'
 *
 * const result = IsoDate.decode('2023-02-30')
 * result._tag === 'Left' && issuesFromErrors(result.left).map((issue) => issue.code) //=> ['invalid_value']
 *
 * @category constructors
 * @since 0.1.0
 */
export const issuesFromErrors = (errors: t.Errors): ReadonlyArray<Issue> =>
  errors.map((error): Issue => {
    const entries = error.context
    const path: Array<string | number> = []
    for (let i = 1; i < entries.length; i++) {
      const key = entries[i]!.key
      path.push(Array.isArray(entries[i - 1]!.actual) ? Number(key) : key)
    }
    const last = entries[entries.length - 1]
    const parent = entries.length > 1 ? entries[entries.length - 2]!.actual : undefined
    const lastKey = last?.key ?? ''
    const isMissing = isPlainObject(parent) && lastKey !== '' && !hasOwn(parent, lastKey)
    const coded = error as Partial<CodedValidationError>
    const expected = coded.expected ?? (last === undefined ? 'value' : expectedOf(last.type))
    const isWrongChoice = typeof error.value === 'string' && last !== undefined && isChoice(last.type)
    const code: IssueCode = coded.code ?? (isMissing ? 'missing' : isWrongChoice ? 'invalid_value' : 'invalid_type')
    const received = code === 'missing' ? 'missing' : describeValue(error.value)
    const message =
      error.message ??
      (code === 'missing' ? `missing required key "${lastKey}" (${expected})` : `expected ${expected}, received ${received}`)
    return { path, code, expected, received, message }
  })

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Renders a path as it would be written in JavaScript: `meetings[2].participants[0]`. The root is `(root)`.
 *
 * @example
 * import { formatPath } from 'news-codecs'
 *
 * formatPath(['meetings', 2, 'time', 'value']) //=> 'meetings[2].time.value'
 * formatPath(['odd key']) //=> '["odd key"]'
 *
 * @category rendering
 * @since 0.1.0
 */
export const formatPath = (path: ReadonlyArray<string | number>): string => {
  if (path.length === 0) return '(root)'
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${escapeControls(JSON.stringify(segment))}]`
  }
  return out
}

/**
 * Renders one issue as a short line: `path: message`.
 *
 * @example
 * import { formatIssue } from 'news-codecs'
 *
 * formatIssue({ path: ['actors', 0, 'countryCode'], code: 'invalid_value', expected: 'CountryCode',
 *   received: '"XX"', message: '"XX" is not an assigned code' }) //=> 'actors[0].countryCode: "XX" is not an assigned code'
 *
 * @category rendering
 * @since 0.1.0
 */
export const formatIssue = (issue: Issue): string => `${formatPath(issue.path)}: ${issue.message}`

/**
 * Renders issues one per line, in the order found.
 *
 * @example
 * import { decodeWith, formatIssues, Place } from 'news-codecs'
 *
 * const result = decodeWith(Place)({ id: 'place:x', name: ' X', kind: 'city' })
 * result._tag === 'Left' && formatIssues(result.left) //=> 'name: " X" has leading or trailing white space'
 *
 * @category rendering
 * @since 0.1.0
 */
export const formatIssues = (issues: ReadonlyArray<Issue>): string => issues.map(formatIssue).join('\n')
