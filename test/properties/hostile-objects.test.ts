/**
 * Hostile JavaScript values: `fc.anything()` and valid records, turned hostile in random places: data
 * properties made getters (that return, or throw), objects and arrays behind Proxies (whose traps forward,
 * or throw), revoked Proxies, and cycles back to the root or the parent. What is thrown is itself hostile:
 * an object without a prototype, one whose `toString` throws, a Proxy whose `getPrototypeOf` throws, an
 * Error whose `message` getter throws, a revoked Proxy, a symbol, `undefined`.
 *
 * Into every decoder through `decodeWith`, through `~standard.validate`, and into `validateGraph`: none may
 * throw; every rejection has at least one well-formed, bounded issue; a value with no throwing part is never
 * `unprocessable`, and the codecs' own `decode` and `is` do not throw on it either.
 */
import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe } from 'vitest'
import type { Issue, StandardSchemaV1 } from 'news-codecs'
import { decodeWith, standardSchema, validateGraph } from 'news-codecs'
import { DECODERS } from '../support/arbitraries.js'
import { RUNS, check, property, type Stats } from '../support/probe.js'
import { seedRecords } from '../support/records.js'
import { sampleGraphJson } from '../support/sample.js'

// -------------------------------------------------------------------------------------
// hostile values
// -------------------------------------------------------------------------------------

/** Values that are hard to describe once thrown; made fresh for each throw. */
const THROWN: ReadonlyArray<() => unknown> = [
  () => Object.create(null),
  () => ({ toString: () => { throw new Error('toString') }, valueOf: () => { throw new Error('valueOf') } }),
  () => new Proxy({}, { getPrototypeOf: () => { throw new Error('getPrototypeOf') } }),
  () => {
    const error = new Error('hidden')
    Object.defineProperty(error, 'message', { get: () => { throw error } })
    return error
  },
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  },
  () => Symbol('thrown'),
  () => undefined,
  () => new RangeError(`\u001b[2J${'x'.repeat(1000)}`),
]

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'set'] as const

/** Draws numbers, in order, from what fast-check generated. */
interface Draws {
  readonly next: (n: number) => number
}
const drawsFrom = (numbers: ReadonlyArray<number>): Draws => {
  let i = 0
  return { next: (n) => (n <= 0 || numbers.length === 0 ? 0 : numbers[i++ % numbers.length]! % n) }
}

interface Hostile {
  readonly value: unknown
  /** Whether some part of the value throws when read. */
  readonly throws: boolean
  /** How fast-check shows the value in a report: the seed it came from, never the hostile value itself. */
  readonly [fc.toStringMethod]: () => string
}

const isPlain = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

// An own data property, as JSON.parse makes it: assigning `__proto__` would set the copy's prototype instead
// (and a revoked Proxy as prototype makes every later assignment to the copy throw).
const own = (target: object, key: string, value: unknown): void =>
  void Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

/**
 * Copies `input`, making objects and arrays hostile here and there, as `draws` decide. Only plain objects and
 * arrays are rebuilt; other values (Maps, boxed values, dates) are kept as they are.
 */
const hostile = (input: unknown, draws: Draws): Hostile => {
  let throws = false
  const thrown = (): unknown => THROWN[draws.next(THROWN.length)]!()
  const walk = (u: unknown, root: unknown[], depth: number): unknown => {
    if (depth > 12 || !(Array.isArray(u) || isPlain(u))) return u
    const copy: Record<string, unknown> | unknown[] = Array.isArray(u) ? [] : Object.getPrototypeOf(u) === null ? Object.create(null) : {}
    if (root.length === 0) root.push(copy)
    for (const key of Object.keys(u)) {
      const child = walk((u as Record<string, unknown>)[key], root, depth + 1)
      switch (draws.next(12)) {
        case 0: // a getter that returns the value
          Object.defineProperty(copy, key, { get: () => child, enumerable: true, configurable: true })
          break
        case 1: // a getter that throws
          throws = true
          Object.defineProperty(copy, key, { get: () => { throw thrown() }, enumerable: true, configurable: true })
          break
        case 2: // a cycle: the key points back at the root or at this object
          own(copy, key, draws.next(2) === 0 ? root[0] : copy)
          break
        default:
          own(copy, key, child)
      }
    }
    switch (draws.next(8)) {
      case 0: // a Proxy that forwards everything
        return new Proxy(copy, {})
      case 1: {
        // a Proxy with one trap that throws
        throws = true
        const trap = TRAPS[draws.next(TRAPS.length)]!
        return new Proxy(copy, { [trap]: () => { throw thrown() } })
      }
      case 2: {
        // a revoked Proxy: every operation on it throws
        throws = true
        const { proxy, revoke } = Proxy.revocable(copy, {})
        revoke()
        return proxy
      }
      default:
        return copy
    }
  }
  const value = walk(input, [], 0)
  return { value, throws, [fc.toStringMethod]: () => `hostile copy of ${fc.stringify(input)} (throws: ${throws})` }
}

/** fc.anything() with every option on, the models' valid records, and the sample graph, made hostile. */
const seeds: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
  }),
  fc.constantFrom(...Object.values(seedRecords()).flat()).map((r) => structuredClone(r)),
  fc.constant(null).map(() => sampleGraphJson()),
)
const hostileValues: fc.Arbitrary<Hostile> = fc
  .tuple(seeds, fc.array(fc.nat(), { minLength: 8, maxLength: 64 }))
  .map(([seed, numbers]) => hostile(seed, drawsFrom(numbers)))

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

class HostileFailure extends Error {}
const fail = (message: string): never => {
  throw new HostileFailure(message)
}

/** What an issue must be, whatever the input: plain data, bounded. */
const checkIssue = (name: string, issue: Issue, hostileInput: boolean): void => {
  if (typeof issue.message !== 'string' || typeof issue.received !== 'string' || typeof issue.expected !== 'string') fail(`${name}: an issue field is not a string`)
  if (!Array.isArray(issue.path) || issue.path.some((s) => typeof s !== 'string' && typeof s !== 'number')) fail(`${name}: a path is not keys and indexes`)
  if (issue.message.length > 1000 || issue.received.length > 100) fail(`${name}: unbounded issue text at ${JSON.stringify(issue.path)}`)
  if (issue.code === 'unprocessable' && !hostileInput) fail(`${name}: a value with no throwing part was unprocessable: ${issue.message}`)
}

/** Runs `f`, counting a throw; never lets the throw out unexamined. */
const guarded = <A>(stats: Stats, name: string, f: () => A): A => {
  stats.calls++
  try {
    return f()
  } catch (error) {
    stats.throws++
    let shown = 'a value that cannot be shown'
    try {
      shown = error instanceof Error ? error.message : typeof error
    } catch {
      // keep the generic words
    }
    return fail(`${name} threw: ${shown}`)
  }
}

const standardOf = (codec: t.Mixed): StandardSchemaV1.Props<unknown, unknown> =>
  (codec as Partial<StandardSchemaV1>)['~standard'] ?? standardSchema(codec)['~standard']

const checkDecoder = (stats: Stats, name: string, codec: t.Mixed, input: Hostile): void => {
  const decode = decodeWith(codec)
  const result = guarded(stats, `decodeWith(${name})`, () => decode(input.value))
  if (result._tag === 'Left') {
    if (result.left.length === 0) fail(`decodeWith(${name}) rejected with no issue`)
    for (const issue of result.left) checkIssue(`decodeWith(${name})`, issue, input.throws)
  }
  const standard = guarded(stats, `${name}['~standard'].validate`, () => standardOf(codec).validate(input.value))
  if (standard instanceof Promise) fail(`${name}['~standard'].validate returned a Promise`)
  const { issues } = standard as StandardSchemaV1.Result<unknown>
  if (issues !== undefined) {
    if (issues.length === 0) fail(`${name}['~standard'].validate failed with no issue`)
    for (const issue of issues) checkIssue(`${name}['~standard'].validate`, issue as Issue, input.throws)
  }
  if (!input.throws) {
    // Nothing in the value throws: the codec's own entry points have nothing to stop them either.
    guarded(stats, `${name}.decode`, () => codec.decode(input.value))
    guarded(stats, `${name}.is`, () => codec.is(input.value))
  }
}

describe('hostile objects: getters, Proxies, throwing traps and cycles', () => {
  for (const [name, codec] of Object.entries(DECODERS)) {
    property(name, (stats) => {
      check([hostileValues], (input) => {
        stats.inputs++
        checkDecoder(stats, name, codec, input)
      }, RUNS)
    })
  }
  property('validateGraph', (stats) => {
    check([hostileValues], (input) => {
      stats.inputs++
      const result = guarded(stats, 'validateGraph', () => validateGraph(input.value))
      if (result._tag === 'Left') {
        if (result.left.length === 0) fail('validateGraph rejected with no issue')
        for (const issue of result.left) checkIssue('validateGraph', issue, input.throws)
      }
    }, RUNS)
  })
})
