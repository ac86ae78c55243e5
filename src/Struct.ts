/**
 * Records with required and optional keys that report unexpected keys instead of keeping or stripping them.
 *
 * io-ts's `t.type` keeps unknown keys and `t.exact` drops them silently; for validating incoming data both
 * lose information. A struct names every key it allows, so no intersection is needed and the check holds
 * for the whole record.
 *
 * @module
 */
import * as t from 'io-ts'
import type { IssueCode } from './Issue.js'
import { codedFailure, describeValue } from './Issue.js'
import type { StandardProps } from './StandardSchema.js'
import { standardProps } from './StandardSchema.js'
import { hasKey, isRecord } from './internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The static type of a struct: required keys, then optional keys that may be absent but never `undefined`.
 *
 * @category model
 * @since 0.1.0
 */
export type StructOf<R extends t.Props, O extends t.Props, K extends 'TypeOf' | 'OutputOf'> = {
  readonly [P in keyof R]: K extends 'TypeOf' ? t.TypeOf<R[P]> : t.OutputOf<R[P]>
} & {
  readonly [P in keyof O]?: K extends 'TypeOf' ? t.TypeOf<O[P]> : t.OutputOf<O[P]>
}

/**
 * What a {@link RecordRule} finds wrong with one record: where (a path inside the record), which rule code,
 * what was expected and, in a sentence, why.
 *
 * @category model
 * @since 0.2.0
 */
export interface RuleBreach {
  readonly path: ReadonlyArray<string | number>
  readonly expected: string
  readonly received: unknown
  readonly message: string
}

/**
 * A rule that needs only the record itself (two distinct participants; a span that ends after it starts).
 * The decoder runs it once the record's fields decode, so `decodeWith`, `is`, the compiled guards and
 * `~standard` all enforce it; `jsonSchema`, when given, says the same in JSON Schema (the exported schema
 * adds it under `allOf`), and `description` names the rule in the schema's `$comment` otherwise.
 *
 * @example
 * import * as t from 'io-ts'
 * import { decodeWith, struct } from 'news-codecs'
 *
 * const Range = struct('Range', { low: t.number, high: t.number }).withRules({
 *   code: 'interval_order', description: 'high is not below low',
 *   check: (r) => (r.high < r.low ? [{ path: ['high'], expected: `at least ${r.low}`, received: r.high, message: 'the range ends before it starts' }] : []),
 * })
 * Range.is({ low: 1, high: 2 }) //=> true
 * const result = decodeWith(Range)({ low: 3, high: 2 })
 * result._tag === 'Left' && result.left.map((issue) => `${issue.path.join('.')}: ${issue.code}`) //=> ['high: interval_order']
 *
 * @category model
 * @since 0.2.0
 */
export interface RecordRule<A> {
  readonly code: IssueCode
  /** The rule in a few words, for the JSON Schema's `$comment` and the docs. */
  readonly description: string
  /** Every breach of the rule in `record` (whose fields have decoded); none when it holds. */
  readonly check: (record: A) => ReadonlyArray<RuleBreach>
  /** The rule as a JSON Schema, when JSON Schema can say it. */
  readonly jsonSchema?: Readonly<Record<string, unknown>>
}

/**
 * The codec class behind {@link struct}. Its `required` and `optional` props are public so that tools
 * (graph checks, schema export) can walk the model.
 *
 * @example
 * import * as t from 'io-ts'
 * import { struct, StructType } from 'news-codecs'
 *
 * const Point = struct('Point', { x: t.number }, { label: t.string })
 * Point instanceof StructType //=> true
 * Object.keys(Point.optional) //=> ['label']
 *
 * @category model
 * @since 0.1.0
 */
export class StructType<R extends t.Props, O extends t.Props> extends t.Type<
  StructOf<R, O, 'TypeOf'>,
  StructOf<R, O, 'OutputOf'>,
  unknown
> {
  readonly _tag = 'StructType' as const
  /** Standard Schema v1 and Standard JSON Schema v1, so the codec plugs into any library that accepts one (tRPC, Hono, TanStack Form, OpenAPI and AI tool tooling...). */
  readonly '~standard': StandardProps<StructOf<R, O, 'OutputOf'>, StructOf<R, O, 'TypeOf'>> = standardProps(this)
  constructor(
    name: string,
    readonly required: R,
    readonly optional: O,
    /** Rules on the whole record, run once its fields decode. */
    readonly rules: ReadonlyArray<RecordRule<StructOf<R, O, 'TypeOf'>>> = [],
  ) {
    const known = new Set([...Object.keys(required), ...Object.keys(optional)])
    const entries: ReadonlyArray<readonly [string, t.Mixed, boolean]> = [
      ...Object.entries(required).map(([k, c]) => [k, c, true] as const),
      ...Object.entries(optional).map(([k, c]) => [k, c, false] as const),
    ]
    super(
      name,
      (u): u is StructOf<R, O, 'TypeOf'> => {
        if (!isRecord(u)) return false
        for (const key of Object.keys(u)) if (!known.has(key)) return false
        return entries.every(([key, codec, isRequired]) =>
          hasKey(u, key) ? codec.is(u[key]) : !isRequired,
        ) && rules.every((rule) => rule.check(u as StructOf<R, O, 'TypeOf'>).length === 0)
      },
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c)
        const errors: t.ValidationError[] = []
        let output: Record<string, unknown> | undefined
        for (const [key, codec, isRequired] of entries) {
          if (!hasKey(u, key)) {
            if (isRequired) errors.push(...codedFailure(undefined, t.appendContext(c, key, codec, undefined), 'missing',
              `missing required key "${key}" (${codec.name})`, codec.name))
            continue
          }
          const value = u[key]
          const result = codec.validate(value, t.appendContext(c, key, codec, value))
          // A loop, not push(...): a spread of a million issues overflows the call stack.
          if (result._tag === 'Left') for (const error of result.left) errors.push(error)
          else if (result.right !== value) (output ??= { ...u })[key] = result.right
        }
        for (const key of Object.keys(u)) {
          if (!known.has(key)) {
            errors.push(...codedFailure(u[key], t.appendContext(c, key, t.never, u[key]), 'unexpected_key',
              `unexpected key ${describeValue(key)} (${name} does not define it)`, 'no such key'))
          }
        }
        if (errors.length > 0) return t.failures(errors)
        const record = (output ?? u) as StructOf<R, O, 'TypeOf'>
        for (const rule of rules) {
          for (const breach of rule.check(record)) {
            // Each step carries the value it reaches, so that array indexes read back as numbers in issue paths.
            let context = c
            let at: unknown = record
            for (const key of breach.path) {
              at = isRecord(at) || Array.isArray(at) ? (at as Record<string, unknown>)[key] : undefined
              context = t.appendContext(context, String(key), t.unknown, at)
            }
            errors.push(...codedFailure(breach.received, context, rule.code, breach.message, breach.expected))
          }
        }
        return errors.length > 0 ? t.failures(errors) : t.success(record)
      },
      (a) => {
        const out: Record<string, unknown> = {}
        for (const [key, codec] of entries) {
          if (hasKey(a, key)) out[key] = codec.encode((a as Record<string, unknown>)[key])
        }
        return out as StructOf<R, O, 'OutputOf'>
      },
    )
  }

  /** The same record with further rules on the whole of it (see {@link RecordRule}). */
  withRules(...rules: ReadonlyArray<RecordRule<StructOf<R, O, 'TypeOf'>>>): StructType<R, O> {
    return new StructType(this.name, this.required, this.optional, [...this.rules, ...rules])
  }

  /** Whether every rule holds for a record whose fields have decoded (the compiled guards call this). */
  rulesHold(record: StructOf<R, O, 'TypeOf'>): boolean {
    return this.rules.every((rule) => rule.check(record).length === 0)
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A record codec with `required` and `optional` keys that reports every unexpected key.
 *
 * @example
 * import * as t from 'io-ts'
 * import { struct, decodeWith } from 'news-codecs'
 *
 * const Point = struct('Point', { x: t.number }, { label: t.string })
 * const result = decodeWith(Point)({ x: 1, y: 2 })
 * result._tag === 'Left' && result.left.map((issue) => issue.message)
 * //=> ['unexpected key "y" (Point does not define it)']
 *
 * @category constructors
 * @since 0.1.0
 */
export const struct = <R extends t.Props, O extends t.Props = {}>(
  name: string,
  required: R,
  optional: O = {} as O,
): StructType<R, O> => new StructType(name, required, optional)

/**
 * What {@link extend} adds to a struct: the new model's name, further required and optional keys, and
 * further rules on the whole record.
 *
 * @category model
 * @since 0.3.0
 */
export interface Extension<R2 extends t.Props, O2 extends t.Props, A> {
  /** The name of the extended model, as issues, JSON Schema `$defs` and the API docs show it. */
  readonly name: string
  /** Keys the record must have, besides the base's (a key the base has is replaced). */
  readonly required?: R2
  /** Keys the record may have, besides the base's (a key the base has is replaced). */
  readonly optional?: O2
  /** Rules on the whole extended record, run after the base's own. */
  readonly rules?: ReadonlyArray<RecordRule<A>>
}

/**
 * A struct's props without the keys `K`: what {@link extend} keeps of the base when the extension
 * redefines a key.
 *
 * @category model
 * @since 0.3.0
 */
export type Without<P extends t.Props, K extends PropertyKey> = { [Q in Exclude<keyof P, K>]: P[Q] }

/**
 * A struct with further keys: the base's keys, rules and guarantees, plus the keys and rules given. It still
 * reports every unexpected key and still has `~standard`, which `t.intersection` with a struct cannot give
 * (the struct rejects the other side's keys as unexpected), and keeps the base's record rules, which a spread
 * of `required` and `optional` into a new `struct` leaves behind. A key the base defines is replaced.
 *
 * @example
 * import { decodeWith, extend, Meeting, ref } from 'news-codecs'
 *
 * const ChairedMeeting = extend(Meeting, { name: 'ChairedMeeting', optional: { chair: ref('actor').as('chair') } })
 * const meeting = { id: 'meeting:1', participants: ['state:IN', 'state:US'], channel: 'in-person',
 *   evidence: [{ article: 'article:1', start: 0, end: 6, quote: 'Talks.' }] }
 * decodeWith(ChairedMeeting)({ ...meeting, chair: 'state:IN' })._tag //=> 'Right'
 * const typo = decodeWith(ChairedMeeting)({ ...meeting, chiar: 'state:IN' })
 * typo._tag === 'Left' && typo.left.map((issue) => issue.message)
 * //=> ['unexpected key "chiar" (ChairedMeeting does not define it)']
 * ChairedMeeting['~standard'].vendor //=> 'news-codecs'
 *
 * @category constructors
 * @since 0.3.0
 */
export const extend = <R extends t.Props, O extends t.Props, R2 extends t.Props = {}, O2 extends t.Props = {}>(
  base: StructType<R, O>,
  extension: Extension<R2, O2, StructOf<Without<R, keyof O2> & R2, Without<O, keyof R2> & O2, 'TypeOf'>>,
): StructType<Without<R, keyof O2> & R2, Without<O, keyof R2> & O2> => {
  const added = new Set([...Object.keys(extension.required ?? {}), ...Object.keys(extension.optional ?? {})])
  const merge = (props: t.Props, more: t.Props | undefined): t.Props =>
    ({ ...Object.fromEntries(Object.entries(props).filter(([key]) => !added.has(key))), ...more })
  type A = StructOf<Without<R, keyof O2> & R2, Without<O, keyof R2> & O2, 'TypeOf'>
  // The base's rules read the base's keys, which the extended record has with the same meaning.
  const rules = [...(base.rules as ReadonlyArray<RecordRule<unknown>>), ...(extension.rules ?? [])] as ReadonlyArray<RecordRule<A>>
  return new StructType(
    extension.name,
    merge(base.required, extension.required) as Without<R, keyof O2> & R2,
    merge(base.optional, extension.optional) as Without<O, keyof R2> & O2,
    rules,
  )
}

const NO_BREACHES: ReadonlyArray<RuleBreach> = []

/**
 * The rule that a record's list names each entry once: the second time an entry is met it is
 * `duplicate_entry` at its index; absent lists pass. Entries are compared as they are (ids, say), which
 * JSON Schema's `uniqueItems` says too, or by the key `keyOf` gives (a party by its actor and role), which
 * only the decoder checks.
 *
 * @example
 * import * as t from 'io-ts'
 * import { decodeWith, listedOnce, struct } from 'news-codecs'
 *
 * const Crew = struct('Crew', { names: t.array(t.string) }).withRules(listedOnce('names', 'a crew member'))
 * Crew.is({ names: ['Ana', 'Kenji'] }) //=> true
 * const result = decodeWith(Crew)({ names: ['Ana', 'Ana'] })
 * result._tag === 'Left' && result.left.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
 * //=> ['names.1: a crew member is listed twice ("Ana", first at names[0])']
 *
 * @category constructors
 * @since 0.2.0
 */
export function listedOnce<A extends { readonly [P in K]?: ReadonlyArray<string> }, K extends string>(key: K, what: string): RecordRule<A>
export function listedOnce<A extends { readonly [P in K]?: ReadonlyArray<E> }, K extends string, E>(key: K, what: string, keyOf: (entry: E) => string): RecordRule<A>
export function listedOnce<K extends string>(key: K, what: string, keyOf?: (entry: unknown) => string): RecordRule<{ readonly [P in K]?: ReadonlyArray<unknown> }> {
  return {
    code: 'duplicate_entry',
    description: `each entry of \`${key}\` once`,
    check: (record) => {
      const list = record[key] ?? []
      const ids = keyOf === undefined ? list : list.map(keyOf)
      // Lists are short (participants, signers): comparing pairs allocates nothing until a repeat is found.
      let breaches: RuleBreach[] | undefined
      for (let i = 1; i < ids.length; i++) {
        const first = ids.indexOf(ids[i])
        if (first < i) {
          const id = String(ids[i])
          ;(breaches ??= []).push({ path: [key, i], expected: `${what} not listed before`, received: id, message: `${what} is listed twice (${describeValue(id)}, first at ${key}[${first}])` })
        }
      }
      return breaches ?? NO_BREACHES
    },
    ...(keyOf === undefined ? { jsonSchema: { type: 'object', properties: { [key]: { type: 'array', uniqueItems: true } } } } : {}),
  }
}
