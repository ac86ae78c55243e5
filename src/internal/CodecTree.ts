/**
 * One description of a codec, for every tool that reads the model: the guard compiler, the JSON Schema
 * export, the graph checks, the index, the JSON-LD export, the model reference and the test generators.
 *
 * A codec is described as one of a closed set of nodes; {@link describeCodec} throws for any other codec,
 * so a tool never skips a part of the model it does not understand. An algebra must handle every node
 * (a missing case is a type error), and {@link walkValue} visits a value together with the node of each
 * of its parts.
 */
import * as t from 'io-ts'
import { ArrayOfType } from '../ArrayOf.js'
import { NonEmptyArrayType } from '../NonEmptyArray.js'
import type { RecordKind, Role } from '../Reference.js'
import { RefType } from '../Reference.js'
import type { RecordRule } from '../Struct.js'
import { StructType } from '../Struct.js'
import { TaggedUnionType } from '../TaggedUnion.js'
import type { CodeSet } from '../CodeSets.js'
import { VocabularyType } from '../Vocabulary.js'
import { hasKey } from './objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A key of a struct with its codec. */
export interface Field {
  readonly key: string
  readonly codec: t.Mixed
  readonly required: boolean
}

/** A record with required and optional keys, no others. */
export interface StructNode {
  readonly tag: 'struct'
  readonly codec: t.Mixed
  readonly name: string
  readonly fields: ReadonlyArray<Field>
  /** Rules on the whole record, run once its fields decode. */
  readonly rules: ReadonlyArray<RecordRule<never>>
}

/** Variants told apart by the string at one key. */
export interface UnionNode {
  readonly tag: 'union'
  readonly codec: t.Mixed
  readonly name: string
  readonly discriminant: string
  readonly members: ReadonlyArray<readonly [tag: string, codec: t.Mixed]>
}

/** An array of one kind of element, every index present. */
export interface ArrayNode {
  readonly tag: 'array'
  readonly codec: t.Mixed
  readonly item: t.Mixed
  readonly nonEmpty: boolean
}

/** One constant. */
export interface LiteralNode {
  readonly tag: 'literal'
  readonly codec: t.Mixed
  readonly value: string | number | boolean
}

/** One of a set of strings. */
export interface KeyofNode {
  readonly tag: 'keyof'
  readonly codec: t.Mixed
  readonly name: string
  readonly keys: ReadonlyArray<string>
}

/**
 * A leaf that checks itself: `string`, `number`, `boolean`, `Int`, or a codec made with `new t.Type`
 * (refined strings, offsets, identifiers). Tools call its own `is` or look it up in their registries.
 */
export interface PrimitiveNode {
  readonly tag: 'primitive'
  readonly codec: t.Mixed
  readonly name: string
}

/** An id naming another record of the graph. */
export interface RefNode {
  readonly tag: 'ref'
  readonly codec: RefType
  readonly targets: ReadonlyArray<RecordKind>
  readonly role: Role | undefined
}

/**
 * A classification: one of a set of built-in strings, or a coded value, an object with exactly the own keys
 * `scheme` and `code` (both strings of their form). A code of one of `schemes` must be in its list; a code
 * of any other scheme is checked for form only.
 */
export interface VocabularyNode {
  readonly tag: 'vocabulary'
  readonly codec: t.Mixed
  readonly name: string
  readonly builtIns: ReadonlyArray<string>
  readonly schemes: ReadonlyArray<CodeSet>
}

/** Every kind of codec the tools understand. */
export type CodecNode = StructNode | UnionNode | ArrayNode | LiteralNode | KeyofNode | VocabularyNode | PrimitiveNode | RefNode

/** One function per kind of node: what a tool makes of each. */
export type Algebra<R> = { readonly [K in CodecNode['tag']]: (node: Extract<CodecNode, { readonly tag: K }>) => R }

// -------------------------------------------------------------------------------------
// describing
// -------------------------------------------------------------------------------------

const BASIC: ReadonlySet<t.Mixed> = /* @__PURE__ */ new Set<t.Mixed>([t.string, t.number, t.boolean, t.Int])

const describeUncached = (codec: t.Mixed): CodecNode => {
  if (codec instanceof StructType) {
    const fields = [
      ...Object.entries(codec.required as t.Props).map(([key, member]): Field => ({ key, codec: member, required: true })),
      ...Object.entries(codec.optional as t.Props).map(([key, member]): Field => ({ key, codec: member, required: false })),
    ]
    return { tag: 'struct', codec, name: codec.name, fields, rules: codec.rules }
  }
  if (codec instanceof TaggedUnionType) {
    const members = Object.entries(codec.members as Record<string, t.Mixed>)
    return { tag: 'union', codec, name: codec.name, discriminant: codec.tag, members }
  }
  if (codec instanceof ArrayOfType || codec instanceof NonEmptyArrayType) {
    return { tag: 'array', codec, item: codec.item as t.Mixed, nonEmpty: codec instanceof NonEmptyArrayType }
  }
  if (codec instanceof t.ReadonlyArrayType || codec instanceof t.ArrayType) {
    return { tag: 'array', codec, item: codec.type as t.Mixed, nonEmpty: false }
  }
  if (codec instanceof t.LiteralType) return { tag: 'literal', codec, value: codec.value as string | number | boolean }
  if (codec instanceof t.KeyofType) return { tag: 'keyof', codec, name: codec.name, keys: Object.keys(codec.keys) }
  if (codec instanceof RefType) return { tag: 'ref', codec, targets: codec.targets, role: codec.role }
  if (codec instanceof VocabularyType) return { tag: 'vocabulary', codec, name: codec.name, builtIns: codec.builtIns, schemes: codec.schemes }
  // A codec built with `new t.Type` itself (not one of io-ts's combinators) owns its check.
  if (BASIC.has(codec) || Object.getPrototypeOf(codec) === t.Type.prototype) return { tag: 'primitive', codec, name: codec.name }
  const kind = (codec as { readonly _tag?: string })._tag ?? codec.constructor.name
  throw new TypeError(
    `codec "${codec.name}" (${kind}) is not part of the model's codec tree: build models from struct, taggedUnion, ` +
      'arrayOf, nonEmptyArray, t.literal, t.keyof, vocabulary, ref and leaf codecs made with new t.Type',
  )
}

const described = /* @__PURE__ */ new WeakMap<t.Mixed, CodecNode>()

/** The node of a codec; throws a `TypeError` naming the codec when it is not one the tools understand. */
export const describeCodec = (codec: t.Mixed): CodecNode => {
  let node = described.get(codec)
  if (node === undefined) described.set(codec, (node = describeUncached(codec)))
  return node
}

/** Applies the algebra's case for the codec's node. */
export const fold =
  <R>(algebra: Algebra<R>) =>
  (codec: t.Mixed): R => {
    const node = describeCodec(codec)
    return (algebra[node.tag] as (node: CodecNode) => R)(node)
  }

/**
 * A fold that remembers its answer per codec, and hands a recursive model its own answer while it is
 * being built (`pending`), so shared parts are built once and a cycle ends.
 */
export const memoFold = <R>(algebra: Algebra<R>, pending?: (codec: t.Mixed) => R): ((codec: t.Mixed) => R) => {
  const done = new Map<t.Mixed, R>()
  const busy = new Set<t.Mixed>()
  const run = fold(algebra)
  return (codec) => {
    const known = done.get(codec)
    if (known !== undefined) return known
    if (busy.has(codec)) {
      if (pending === undefined) throw new TypeError(`codec "${codec.name}" refers to itself`)
      return pending(codec)
    }
    busy.add(codec)
    try {
      const result = run(codec)
      done.set(codec, result)
      return result
    } finally {
      busy.delete(codec)
    }
  }
}

// -------------------------------------------------------------------------------------
// walking values
// -------------------------------------------------------------------------------------

/** A place in a value: keys and indexes from its root. */
export type Path = ReadonlyArray<string | number>

/**
 * Visits every part of a value that decoded with `codec`, root first, with its node and path. A union's
 * value is visited as its member (the union itself is not visited). `path` is one stack, pushed and
 * popped as the walk goes: a visitor that keeps a path copies it.
 */
export const walkValue = (codec: t.Mixed, value: unknown, visit: (node: CodecNode, value: unknown, path: Path) => void, path: Array<string | number> = []): void => {
  const node = describeCodec(codec)
  switch (node.tag) {
    case 'union': {
      const tag = (value as Record<string, unknown>)[node.discriminant]
      const member = node.members.find(([name]) => name === tag)
      if (member !== undefined) walkValue(member[1], value, visit, path)
      return
    }
    case 'struct': {
      visit(node, value, path)
      const record = value as Record<string, unknown>
      for (const field of node.fields) {
        // Most optional keys are absent: reading the value first spares the own-key test for them.
        const part = record[field.key]
        if (part === undefined || !hasKey(record, field.key)) continue
        path.push(field.key)
        walkValue(field.codec, part, visit, path)
        path.pop()
      }
      return
    }
    case 'array': {
      visit(node, value, path)
      const elements = value as ReadonlyArray<unknown>
      for (let i = 0; i < elements.length; i++) {
        path.push(i)
        walkValue(node.item, elements[i], visit, path)
        path.pop()
      }
      return
    }
    // A classification is visited whole, a coded value with it: its scheme and code are not parts of the model.
    case 'vocabulary':
    default:
      visit(node, value, path)
  }
}

/** Which nodes a walk is for: the others are neither visited nor, when no wanted node lies under them, entered. */
export type Wanted = (node: CodecNode) => boolean

/** The walk of one codec's values, for one `Wanted`. */
type Step = (value: unknown, visit: (node: CodecNode, value: unknown, path: Path) => void, path: Array<string | number>) => void

const plans = /* @__PURE__ */ new WeakMap<Wanted, Map<t.Mixed, Step | undefined>>()

/** Whether any codec under `codec` (itself included) is wanted. */
const holdsWanted = (codec: t.Mixed, wanted: Wanted): boolean => codecsUnder(codec).some((c) => wanted(describeCodec(c)))

/** The step of a codec for `wanted`, built once; `undefined` when nothing under it is wanted. */
const stepOf = (codec: t.Mixed, wanted: Wanted): Step | undefined => {
  let steps = plans.get(wanted)
  if (steps === undefined) plans.set(wanted, (steps = new Map()))
  if (steps.has(codec)) return steps.get(codec)
  if (!holdsWanted(codec, wanted)) {
    steps.set(codec, undefined)
    return undefined
  }
  // A model that holds itself reaches this codec again while its step is built: it gets one that defers to it.
  let built: Step | undefined
  steps.set(codec, (value, visit, path) => built!(value, visit, path))
  built = buildStep(describeCodec(codec), wanted)
  steps.set(codec, built)
  return built
}

const buildStep = (node: CodecNode, wanted: Wanted): Step => {
  const self = wanted(node)
  switch (node.tag) {
    case 'union': {
      const members = new Map(node.members.map(([tag, member]) => [tag, stepOf(member, wanted)] as const))
      return (value, visit, path) => members.get((value as Record<string, unknown>)[node.discriminant] as string)?.(value, visit, path)
    }
    case 'struct': {
      const fields = node.fields.flatMap((field) => {
        const step = stepOf(field.codec, wanted)
        return step === undefined ? [] : [{ key: field.key, step }]
      })
      return (value, visit, path) => {
        if (self) visit(node, value, path)
        const record = value as Record<string, unknown>
        for (let i = 0; i < fields.length; i++) {
          const { key, step } = fields[i]!
          const part = record[key]
          if (part === undefined || !hasKey(record, key)) continue
          path.push(key)
          step(part, visit, path)
          path.pop()
        }
      }
    }
    case 'array': {
      const item = stepOf(node.item, wanted)
      return (value, visit, path) => {
        if (self) visit(node, value, path)
        if (item === undefined) return
        const elements = value as ReadonlyArray<unknown>
        for (let i = 0; i < elements.length; i++) {
          path.push(i)
          item(elements[i], visit, path)
          path.pop()
        }
      }
    }
    default:
      return (value, visit, path) => visit(node, value, path)
  }
}

/**
 * {@link walkValue} for the nodes `wanted` picks only: the same visits of those nodes, in the same order,
 * with the same paths, but the parts of the value whose codec holds no wanted node are not entered. The
 * plan of the walk is made once per codec and `wanted` (keep `wanted` one function, not a new one per call).
 */
export const walkWanted = (codec: t.Mixed, value: unknown, wanted: Wanted, visit: (node: CodecNode, value: unknown, path: Path) => void, path: Array<string | number> = []): void =>
  stepOf(codec, wanted)?.(value, visit, path)

/** A reference found in a value: the id, where it sits, and what it may name in which role. */
export interface FoundReference {
  readonly id: string
  readonly path: Path
  readonly node: RefNode
}

/** Every reference inside a value, in the order of the walk, paths copied. */
export const referencesIn = (codec: t.Mixed, value: unknown): ReadonlyArray<FoundReference> => {
  const found: FoundReference[] = []
  walkValue(codec, value, (node, v, path) => {
    if (node.tag === 'ref') found.push({ id: v as string, path: path.slice(), node })
  })
  return found
}

/** Every codec reachable from `codec` (itself included), each once, parents before children. */
export const codecsUnder = (codec: t.Mixed): ReadonlyArray<t.Mixed> => {
  const seen = new Set<t.Mixed>()
  const visit = (c: t.Mixed): void => {
    if (seen.has(c)) return
    seen.add(c)
    const node = describeCodec(c)
    if (node.tag === 'struct') node.fields.forEach((field) => visit(field.codec))
    else if (node.tag === 'union') node.members.forEach(([, member]) => visit(member))
    else if (node.tag === 'array') visit(node.item)
  }
  visit(codec)
  return [...seen]
}
