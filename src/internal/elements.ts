/**
 * The element checks shared by `arrayOf` and `nonEmptyArray`: every index must hold an element, holes are
 * reported a run at a time, and the work follows the elements the array holds, not its `length`.
 */
import * as t from 'io-ts'
import { codedFailure } from '../Issue.js'
import { hasKey } from './objects.js'


/** Whether `u` is an array whose every index holds an element `item` accepts. */
export const isArrayOf = (item: t.Mixed, u: unknown): boolean => {
  if (!Array.isArray(u)) return false
  for (let i = 0; i < u.length; i++) {
    const value: unknown = u[i]
    if (value === undefined && !hasKey(u, i)) return false
    if (!item.is(value)) return false
  }
  return true
}

/**
 * Visits each element of an array in order, and each run of holes once: dense until the first hole, then
 * only the indexes the array holds (Object.keys lists them in ascending order), so the work follows what
 * the array holds, not its length.
 */
export const eachElement = (u: ReadonlyArray<unknown>, element: (index: number) => void, holes: (from: number, to: number) => void = () => {}): void => {
  let i = 0
  for (; i < u.length; i++) {
    if (u[i] === undefined && !hasKey(u, i)) break
    element(i)
  }
  if (i === u.length) return
  let next = i
  for (const key of Object.keys(u)) {
    const index = Number(key)
    if (!Number.isInteger(index) || index < next || String(index) !== key) continue
    if (index > next) holes(next, index - 1)
    element(index)
    next = index + 1
  }
  if (next < u.length) holes(next, u.length - 1)
}

/** Decodes each element; holes are reported a run at a time from the indexes the array holds. */
export const validateElements = <C extends t.Mixed>(item: C, u: unknown, c: t.Context): t.Validation<ReadonlyArray<t.TypeOf<C>>> => {
  if (!Array.isArray(u)) return t.failure(u, c)
  const errors: t.ValidationError[] = []
  let output: unknown[] | undefined
  const element = (i: number): void => {
    const value: unknown = u[i]
    const result = item.validate(value, t.appendContext(c, String(i), item, value))
    // A loop, not push(...): a spread of a million issues overflows the call stack.
    if (result._tag === 'Left') for (const error of result.left) errors.push(error)
    else if (result.right !== value) (output ??= u.slice())[i] = result.right
  }
  const holes = (from: number, to: number): void => {
    const where = from === to ? `index ${from}` : `indexes ${from} to ${to}`
    for (const error of codedFailure(undefined, t.appendContext(c, String(from), item, undefined), 'missing',
      `no element at ${where} (a hole in a sparse array)`, item.name)) errors.push(error)
  }
  eachElement(u, element, holes)
  return errors.length > 0 ? t.failures(errors) : t.success((output ?? u) as ReadonlyArray<t.TypeOf<C>>)
}

/** Encodes each element; the array itself when no element changes. */
export const encodeElements = <C extends t.Mixed>(item: C, a: ReadonlyArray<t.TypeOf<C>>): ReadonlyArray<t.OutputOf<C>> =>
  item.encode === t.identity ? a : a.map((value) => item.encode(value))
