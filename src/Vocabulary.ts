/**
 * Open, checked vocabularies: a classification that takes one of its built-in strings or a coded value
 * `{ scheme, code }` of an outside scheme. Codes of the shipped schemes (PLOVER, CAMEO, PLOVER sectors)
 * are checked against their lists; any other scheme is checked for form only.
 *
 * @module
 */
import * as t from 'io-ts'
import type { Eq } from 'fp-ts/lib/Eq.js'
import type { CodeSet } from './CodeSets.js'
import { SHIPPED_CODE_SETS } from './CodeSets.js'
import { codedFailure, describeValue } from './Issue.js'
import { hasKey, isRecord } from './internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A code of an outside scheme: `{ scheme: 'plover', code: 'CONSULT' }`.
 *
 * @category model
 * @since 0.2.0
 */
export interface CodedValue {
  readonly scheme: string
  readonly code: string
}

/**
 * The form every scheme name takes: a lower-case letter, then up to 63 lower-case letters, digits, `.`,
 * `_` or `-` (`plover`, `iptc-mediatopic`).
 *
 * @example
 * import { SCHEME_PATTERN } from 'news-codecs'
 *
 * SCHEME_PATTERN.test('iptc-mediatopic') //=> true
 * SCHEME_PATTERN.test('IPTC') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const SCHEME_PATTERN = /^[a-z][a-z0-9._-]{0,63}$/

/**
 * The form every code takes: 1 to 100 printable ASCII characters, no spaces (`CONSULT`, `042`,
 * `medtop:20000001`).
 *
 * @example
 * import { CODE_PATTERN } from 'news-codecs'
 *
 * CODE_PATTERN.test('CONSULT:visit') //=> true
 * CODE_PATTERN.test('two words') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const CODE_PATTERN = /^[!-~]{1,100}$/

/**
 * The codec class behind {@link vocabulary}: `builtIns` and `schemes` are public for tools that walk the
 * model.
 *
 * @example
 * import { EventType, VocabularyType } from 'news-codecs'
 *
 * EventType instanceof VocabularyType //=> true
 * EventType.builtIns.includes('summit') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export class VocabularyType<K extends string> extends t.Type<K | CodedValue, K | CodedValue, unknown> {
  readonly _tag = 'VocabularyType' as const
  constructor(
    name: string,
    readonly builtIns: ReadonlyArray<K>,
    readonly schemes: ReadonlyArray<CodeSet>,
  ) {
    const builtIn = new Set<string>(builtIns)
    const lists = new Map(schemes.map((list) => [list.scheme, new Set(list.codes)]))
    const expected = `one of ${builtIns.map((k) => JSON.stringify(k)).join(' | ')} or a coded value {scheme, code}`
    /** What is wrong with a coded value's scheme and code, or undefined when they are right. */
    const problem = (scheme: unknown, code: unknown): readonly [key: 'scheme' | 'code', message: string, expected: string] | undefined => {
      if (typeof scheme !== 'string' || !SCHEME_PATTERN.test(scheme)) {
        return ['scheme', `${describeValue(scheme)} is not a scheme name (lower-case letters, digits, ".", "_" or "-", such as "plover")`, 'a scheme name']
      }
      if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
        return ['code', `${describeValue(code)} is not a code (1 to 100 printable ASCII characters without spaces)`, 'a code']
      }
      const list = lists.get(scheme)
      if (list !== undefined && !list.has(code)) return ['code', `${describeValue(code)} is not a code of the scheme "${scheme}"`, `a code of ${scheme}`]
      return undefined
    }
    const isCoded = (u: Record<string, unknown>): boolean => {
      const keys = Object.keys(u)
      return keys.length === 2 && hasKey(u, 'scheme') && hasKey(u, 'code') && problem(u.scheme, u.code) === undefined
    }
    super(
      name,
      (u): u is K | CodedValue => (typeof u === 'string' ? builtIn.has(u) : isRecord(u) && isCoded(u)),
      (u, c) => {
        if (typeof u === 'string') {
          return builtIn.has(u) ? t.success(u as K) : t.failures(codedFailure(u, c, 'invalid_value', `expected ${expected}, received ${describeValue(u)}`, expected))
        }
        if (!isRecord(u)) return t.failures(codedFailure(u, c, 'invalid_type', `expected ${expected}, received ${describeValue(u)}`, expected))
        const errors: t.ValidationError[] = []
        for (const key of ['scheme', 'code'] as const) {
          if (!hasKey(u, key)) errors.push(...codedFailure(undefined, t.appendContext(c, key, t.string, undefined), 'missing', `missing required key "${key}" (a coded value has a scheme and a code)`, key))
        }
        for (const key of Object.keys(u)) {
          if (key !== 'scheme' && key !== 'code') {
            errors.push(...codedFailure(u[key], t.appendContext(c, key, t.never, u[key]), 'unexpected_key', `unexpected key ${describeValue(key)} (a coded value has only a scheme and a code)`, 'no such key'))
          }
        }
        if (errors.length === 0) {
          const found = problem(u.scheme, u.code)
          if (found !== undefined) {
            const [key, message, what] = found
            const value = u[key]
            errors.push(...codedFailure(value, t.appendContext(c, key, t.string, value), typeof value === 'string' ? 'invalid_value' : 'invalid_type', message, what))
          }
        }
        return errors.length > 0 ? t.failures(errors) : t.success(u as unknown as CodedValue)
      },
      t.identity,
    )
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A classification: one of `builtIns`, or a coded value `{ scheme, code }`. A code of one of `schemes`
 * (the shipped PLOVER, CAMEO and sector lists unless told otherwise) must be in that scheme's list; a
 * code of any other scheme is checked for form only ({@link SCHEME_PATTERN}, {@link CODE_PATTERN}).
 *
 * @example
 * import { decodeWith, vocabulary } from 'news-codecs'
 *
 * const Mood = vocabulary('Mood', ['calm', 'tense'])
 * Mood.is('tense') //=> true
 * Mood.is({ scheme: 'plover', code: 'CONSULT' }) //=> true
 * Mood.is({ scheme: 'plover', code: 'MEET' }) //=> false
 * Mood.is({ scheme: 'my-moods', code: 'frosty' }) //=> true
 * const result = decodeWith(Mood)({ scheme: 'cameo', code: '047' })
 * result._tag === 'Left' && result.left.map((issue) => [issue.path, issue.code])
 * //=> [[['code'], 'invalid_value']]
 *
 * @category constructors
 * @since 0.2.0
 */
export const vocabulary = <const K extends string>(
  name: string,
  builtIns: ReadonlyArray<K>,
  schemes: ReadonlyArray<CodeSet> = SHIPPED_CODE_SETS,
): VocabularyType<K> => new VocabularyType(name, builtIns, schemes)

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Whether a classification is a coded value rather than a built-in string.
 *
 * @example
 * import { isCoded } from 'news-codecs'
 *
 * isCoded({ scheme: 'plover', code: 'CONSULT' }) //=> true
 * isCoded('summit') //=> false
 *
 * @category utils
 * @since 0.2.0
 */
export const isCoded = (term: string | CodedValue): term is CodedValue => typeof term !== 'string'

/**
 * A classification as one label: a built-in as it is, a coded value as `scheme:code`.
 *
 * @example
 * import { termLabel } from 'news-codecs'
 *
 * termLabel('summit') //=> 'summit'
 * termLabel({ scheme: 'plover', code: 'CONSULT' }) //=> 'plover:CONSULT'
 *
 * @category utils
 * @since 0.2.0
 */
export const termLabel = (term: string | CodedValue): string => (typeof term === 'string' ? term : `${term.scheme}:${term.code}`)

/**
 * Classifications are equal when both are the same built-in, or both the same code of the same scheme.
 * A coded value never equals a built-in string.
 *
 * @example
 * import { EqTerm } from 'news-codecs'
 *
 * EqTerm.equals({ scheme: 'plover', code: 'CONSULT' }, { scheme: 'plover', code: 'CONSULT' }) //=> true
 * EqTerm.equals('in-person', { scheme: 'plover-mode', code: 'CONSULT:visit' }) //=> false
 *
 * @category instances
 * @since 0.2.0
 */
export const EqTerm: Eq<string | CodedValue> = {
  equals: (a, b) =>
    typeof a === 'string' || typeof b === 'string' ? a === b : a.scheme === b.scheme && a.code === b.code,
}
