/**
 * Mutations of valid values, each with what the validator must then say: a dropped required key is
 * `missing` there, a value of the wrong type is an issue there, an extra key is `unexpected_key` there.
 * Nodes are found by walking the codec with the value, as the graph checks do.
 */
import * as fc from 'fast-check'
import * as t from 'io-ts'
import { Evidence } from 'news-codecs'
import type { CodecNode } from '../../src/internal/CodecTree.js'
import { walkValue } from '../../src/internal/CodecTree.js'

type Path = ReadonlyArray<string | number>
type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** One place in a value with the codec that describes it. */
export interface Node {
  readonly codec: t.Mixed
  readonly node: CodecNode
  readonly path: Path
  readonly value: unknown
}

/** Every node of a valid value, root first. Union members share their union's path. */
export const nodesOf = (codec: t.Mixed, value: unknown): Node[] => {
  const out: Node[] = []
  walkValue(codec, value, (node, v, path) => out.push({ codec: node.codec, node, path: path.slice(), value: v }))
  return out
}

/** Whether a node is a vocabulary holding a coded value (an object), not a built-in string. */
const isCodedValue = (node: Node): boolean => node.node.tag === 'vocabulary' && typeof node.value === 'object' && node.value !== null

/** A copy of `root` with the value at `path` replaced (or removed, with `remove`). */
export const setAt = (root: unknown, path: Path, replace: (parent: Json, key: string | number) => void): unknown => {
  const copy = structuredClone(root)
  if (path.length === 0) return copy
  let parent: Json = copy
  for (const segment of path.slice(0, -1)) parent = parent[segment]
  replace(parent, path[path.length - 1]!)
  return copy
}

/** A value that no codec of the given node accepts: a different JSON type from what it takes. */
export const wrongTypeFor = (node: Node, pick: number): unknown => {
  const { codec, value } = node
  const candidates: unknown[] =
    typeof value === 'string'
      ? [42, null, true, [], {}, [value]]
      : typeof value === 'number'
        ? [String(value), null, false, [value], {}]
        : typeof value === 'boolean'
          ? ['true', 0, null, [], {}]
          : Array.isArray(value)
            ? [{}, 'array', 0, null, { 0: value[0], length: value.length }]
            : [[], 'object', 1, null, [value]]
  // A union's member names its type by its tag; any non-object is wrong for it too.
  void codec
  // A vocabulary takes a string or a {scheme, code} object: an object is its other branch (its issues are
  // then inside it), not a wrong type, so only the other JSON types stand in for its values.
  const wrong = node.node.tag === 'vocabulary' ? candidates.filter((c) => typeof c !== 'object' || c === null || Array.isArray(c)) : candidates
  return wrong[pick % wrong.length]
}

/** Keys no model defines, the hostile ones among them. */
export const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id ', 'ID', '😀'),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

export type MutationKind = 'drop' | 'wrong-type' | 'extra-key'

/** A mutation of a valid value and the issue it must produce, or `undefined` when it must stay valid. */
export interface Mutated {
  readonly kind: MutationKind
  readonly input: unknown
  /** The path and codes of an issue that must be reported; `null`: the value must still decode. */
  readonly expect: { readonly path: Path; readonly codes?: ReadonlyArray<string> } | null
  readonly describe: string
}

/**
 * Applies one mutation, chosen by `kind`, to the node numbered `pick` (modulo the number of fitting
 * nodes). Returns `undefined` when the value has no node the mutation fits.
 */
export const mutate = (
  codec: t.Mixed,
  value: unknown,
  kind: MutationKind,
  pick: number,
  key = 'extra',
  nodes: ReadonlyArray<Node> = nodesOf(codec, value),
): Mutated | undefined => {
  if (kind === 'drop') {
    // A coded value of a vocabulary requires both its keys.
    const keyed = nodes.flatMap((node) =>
      node.node.tag === 'struct'
        ? Object.keys(node.value as object).map((k) => ({ node, key: k, required: node.node.tag === 'struct' && node.node.fields.some((f) => f.key === k && f.required) }))
        : isCodedValue(node)
          ? ['scheme', 'code'].map((k) => ({ node, key: k, required: true }))
          : [],
    )
    if (keyed.length === 0) return undefined
    const { node, key: dropped, required } = keyed[pick % keyed.length]!
    const path = [...node.path, dropped]
    // An optional key a rule of its record needs (a fact's only support, a field a source covers): that rule's issue.
    const { [dropped]: _, ...rest } = node.value as Record<string, unknown>
    const breach = required || node.node.tag !== 'struct'
      ? undefined
      : node.node.rules.flatMap((rule) => (rule.check as unknown as (record: unknown) => ReadonlyArray<{ readonly path: ReadonlyArray<string | number> }>)(rest).map((b) => ({ path: [...node.path, ...b.path], codes: [rule.code] })))[0]
    return {
      kind,
      input: setAt(value, path, (parent, k) => delete parent[k]),
      expect: required ? { path, codes: ['missing'] } : breach ?? null,
      describe: `drop ${required ? 'required' : 'optional'} key at ${JSON.stringify(path)}`,
    }
  }
  if (kind === 'wrong-type') {
    const node = nodes[pick % nodes.length]!
    const replacement = wrongTypeFor(node, Math.floor(pick / nodes.length))
    return {
      kind,
      input: node.path.length === 0 ? replacement : setAt(value, node.path, (parent, k) => (parent[k] = replacement)),
      expect: { path: node.path },
      describe: `${JSON.stringify(replacement)} at ${JSON.stringify(node.path)}`,
    }
  }
  const structs = nodes.filter((node) => node.node.tag === 'struct' || isCodedValue(node))
  if (structs.length === 0) return undefined
  const node = structs[pick % structs.length]!
  const known = new Set(node.node.tag === 'struct' ? node.node.fields.map((field) => field.key) : ['scheme', 'code'])
  if (known.has(key)) return undefined
  const path = [...node.path, key]
  // defineProperty, as JSON.parse does: `obj.__proto__ = x` would set the prototype instead.
  const add = (target: object): void => void Object.defineProperty(target, key, { value: 'extra', enumerable: true, writable: true, configurable: true })
  const input = node.path.length === 0 ? { ...(structuredClone(value) as object) } : setAt(value, node.path, (parent, k) => add(parent[k]))
  if (node.path.length === 0) add(input as object)
  return { kind, input, expect: { path, codes: ['unexpected_key'] }, describe: `extra key ${JSON.stringify(key)} at ${JSON.stringify(node.path)}` }
}

/** The reference nodes of a value (for swaps) and its evidence nodes (for shifts). */
export const refNodes = (codec: t.Mixed, value: unknown): Node[] => nodesOf(codec, value).filter((n) => n.node.tag === 'ref')
export const evidenceNodes = (codec: t.Mixed, value: unknown): Node[] => nodesOf(codec, value).filter((n) => n.codec === Evidence)
