/**
 * What every property checks about one decoder call, and the counts the property reporter prints.
 *
 * `decodeWith` turns a throw of a codec into an `unprocessable` issue; here that counts as a throw. Every rejection must name only places that exist in the input.
 */
import * as fc from 'fast-check'
import type * as t from 'io-ts'
import type { TestContext } from 'vitest'
import { it } from 'vitest'
import type { Issue } from 'news-codecs'
import { decodeWith, validateGraph } from 'news-codecs'

declare module 'vitest' {
  interface TaskMeta {
    /** Inputs generated or mutated by a property test. */
    inputs?: number
    /** Decoder calls made on them (an input may go to several decoders). */
    calls?: number
    /** Decoder calls that threw. */
    throws?: number
  }
}

/**
 * The base number of runs per property: `NEWS_CODECS_RUNS`, or a CI size that keeps `npm test` fast.
 * `npm run test:deep` sets it far higher.
 */
export const RUNS = Math.max(1, Number(process.env.NEWS_CODECS_RUNS ?? 30) || 30)

export interface Stats {
  inputs: number
  calls: number
  throws: number
}

/** A property test that records its counts for the reporter, even when it fails. */
export const property = (name: string, body: (stats: Stats) => void, timeout = 600_000): void => {
  it(name, ({ task }: TestContext) => {
    const stats: Stats = { inputs: 0, calls: 0, throws: 0 }
    try {
      body(stats)
    } finally {
      task.meta.inputs = stats.inputs
      task.meta.calls = stats.calls
      task.meta.throws = stats.throws
    }
  }, timeout)
}

/** `fc.assert` with the given number of runs and no time-based limits. */
export const check = <Ts extends [unknown, ...unknown[]]>(
  arbs: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  numRuns: number,
): void => fc.assert(fc.property(...arbs, predicate), { numRuns })

// -------------------------------------------------------------------------------------
// paths
// -------------------------------------------------------------------------------------

const hasOwn = (o: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** Whether `path` names a place that exists in `input`: own keys of objects, indexes inside arrays. */
export const pathExists = (input: unknown, path: ReadonlyArray<string | number>): boolean => {
  let here: unknown = input
  for (const segment of path) {
    if (Array.isArray(here)) {
      if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment >= here.length) return false
      here = here[segment]
    } else if (typeof here === 'object' && here !== null) {
      if (typeof segment !== 'string' || !hasOwn(here, segment)) return false
      here = (here as Record<string, unknown>)[segment]
    } else {
      return false
    }
  }
  return true
}

/** A path problem of one issue, or `undefined`: `missing` keys must be absent from a parent that exists. */
export const issuePathProblem = (input: unknown, issue: Issue): string | undefined => {
  if (issue.code === 'missing') {
    const parent = issue.path.slice(0, -1)
    const key = issue.path[issue.path.length - 1]
    if (key === undefined || !pathExists(input, parent)) return `missing-key issue at ${JSON.stringify(issue.path)} has no parent in the input`
    return pathExists(input, issue.path) ? `missing-key issue at ${JSON.stringify(issue.path)}, but the key is there` : undefined
  }
  return pathExists(input, issue.path) ? undefined : `issue ${issue.code} at ${JSON.stringify(issue.path)}: no such place in the input`
}

// -------------------------------------------------------------------------------------
// one decoder call
// -------------------------------------------------------------------------------------

export class PropertyFailure extends Error {}

const fail = (message: string): never => {
  throw new PropertyFailure(message)
}

/**
 * Decodes `input` with `codec` and checks what holds for every input: the decoder returns; `is` agrees
 * with it; a rejection has at least one issue and every issue's path exists in the input; no issue says
 * the input could not be examined. Returns the result for further checks.
 */
export const decodeChecked = <A>(
  stats: Stats,
  name: string,
  codec: t.Type<A, unknown, unknown>,
  input: unknown,
): { ok: true; value: A } | { ok: false; issues: ReadonlyArray<Issue> } => {
  stats.calls++
  let result: ReturnType<ReturnType<typeof decodeWith<A, unknown>>>
  try {
    result = decodeWith(codec)(input)
  } catch (error) {
    stats.throws++
    return fail(`${name}: decodeWith threw: ${String(error)}`)
  }
  // decodeWith turns a throw of the codec into an `unprocessable` issue: count it as the throw it is.
  const unprocessable = result._tag === 'Left' ? result.left.find((i) => i.code === 'unprocessable') : undefined
  if (unprocessable !== undefined) {
    stats.throws++
    fail(`${name}.decode threw: ${unprocessable.message}`)
  }
  let is: boolean
  try {
    is = codec.is(input)
  } catch (error) {
    stats.throws++
    return fail(`${name}.is threw: ${String(error)}`)
  }
  if (is !== (result._tag === 'Right')) fail(`${name}.is says ${is} but decode says ${result._tag}`)
  if (result._tag === 'Right') return { ok: true, value: result.right }
  checkIssues(name, input, result.left)
  return { ok: false, issues: result.left }
}

/** Validates a whole graph with the same checks; graph-level issues must point into the input too. */
export const validateChecked = (stats: Stats, input: unknown): ReturnType<typeof validateGraph> => {
  stats.calls++
  let result: ReturnType<typeof validateGraph>
  try {
    result = validateGraph(input)
  } catch (error) {
    stats.throws++
    return fail(`validateGraph threw: ${String(error)}`)
  }
  const unprocessable = result._tag === 'Left' ? result.left.find((i) => i.code === 'unprocessable') : undefined
  if (unprocessable !== undefined) {
    stats.throws++
    fail(`validateGraph threw inside: ${unprocessable.message}`)
  }
  if (result._tag === 'Left') checkIssues('validateGraph', input, result.left)
  return result
}

const checkIssues = (name: string, input: unknown, issues: ReadonlyArray<Issue>): void => {
  if (issues.length === 0) fail(`${name} rejected with no issue`)
  for (const issue of issues) {
    if (issue.code === 'unprocessable') fail(`${name} could not examine the input: ${issue.message}`)
    const problem = issuePathProblem(input, issue)
    if (problem !== undefined) fail(`${name}: ${problem}`)
    if (issue.message.length > 1000 || issue.received.length > 100) fail(`${name}: unbounded issue text at ${JSON.stringify(issue.path)}`)
  }
}

/** Fails unless some issue sits at `path` (with one of `codes`, when given). */
export const expectIssueAt = (
  issues: ReadonlyArray<Issue>,
  path: ReadonlyArray<string | number>,
  codes?: ReadonlyArray<Issue['code']>,
): void => {
  const at = JSON.stringify(path)
  const found = issues.some((i) => JSON.stringify(i.path) === at && (codes === undefined || codes.includes(i.code)))
  if (!found) {
    fail(`expected an issue${codes ? ` (${codes.join(' or ')})` : ''} at ${at}, found: ${issues.map((i) => `${JSON.stringify(i.path)} ${i.code}`).join('; ')}`)
  }
}
