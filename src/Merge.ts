/**
 * Merging graphs: the union of graphs about the same story, where records that are the same thing (the
 * same id, a shared outside identifier, a `sameAs` link between them) become one record, references follow
 * the ids that were kept, and every difference that cannot be combined is reported with both versions.
 *
 * @module
 */
import type * as t from 'io-ts'
import { Graph } from './Graph.js'
import type { Issue } from './Issue.js'
import { describeValue } from './Issue.js'
import { validateGraph } from './Validation.js'
import type { CodecNode, Path, StructNode } from './internal/CodecTree.js'
import { describeCodec, walkValue } from './internal/CodecTree.js'
import { hasKey, isRecord } from './internal/objects.js'
import { collectionCodecs } from './internal/records.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Two versions of one value that could not be combined: the merged graph keeps `kept` (the version whose
 * canonical JSON sorts first, whatever the order of the inputs) and the issue carries `other` whole.
 *
 * @example
 * import type { MergeConflict } from 'news-codecs'
 *
 * const conflict: MergeConflict = { path: ['meetings', 0, 'channel'], code: 'merge_conflict', expected: '"in-person"',
 *   received: '"phone"', message: 'graph:a and graph:b differ', kept: 'in-person', other: 'phone', graphs: ['graph:a', 'graph:b'] }
 * conflict.graphs //=> ['graph:a', 'graph:b']
 *
 * @category model
 * @since 0.3.0
 */
export interface MergeConflict extends Issue {
  readonly code: 'merge_conflict'
  /** The version in the merged graph. */
  readonly kept: unknown
  /** The version left out of it. */
  readonly other: unknown
  /** The graph each came from, `kept`'s first: its name, its `id`, or its place among the inputs. */
  readonly graphs: readonly [kept: string, other: string]
}

/**
 * What a merge gives: the merged graph, its issues (conflicts, and any rule the union breaks that could
 * not be repaired), and the ids that were given up for another (old id → kept id).
 *
 * @example
 * import { Graph, make, mergeGraphs, type MergeResult } from 'news-codecs'
 *
 * const empty = make(Graph)({ articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [] })
 * const result: MergeResult = mergeGraphs(empty, empty)
 * result.issues //=> []
 *
 * @category model
 * @since 0.3.0
 */
export interface MergeResult {
  readonly graph: Graph
  readonly issues: ReadonlyArray<Issue>
  readonly renamed: Readonly<Record<string, string>>
}

/**
 * How inputs are named in conflicts: one name per input, in order (a file name, say). Without one, an
 * input is named by its `id`, or as `graph 1`, `graph 2`...
 *
 * @example
 * import type { MergeOptions } from 'news-codecs'
 *
 * const options: MergeOptions = { names: ['reuters.graph.json', 'afp.graph.json'] }
 * options.names?.length //=> 2
 *
 * @category model
 * @since 0.3.0
 */
export interface MergeOptions {
  readonly names?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// combining values
// -------------------------------------------------------------------------------------

type Json = unknown
type Obj = Record<string, unknown>

/** JSON with keys sorted: equal for deeply equal values, and an order that does not depend on the inputs' order. */
const canonical = (value: Json): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : isRecord(value)
      ? `{${Object.keys(value).filter((k) => value[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
      : JSON.stringify(value) ?? 'null'

const byCanonical = (x: Json, y: Json): number => {
  const [cx, cy] = [canonical(x), canonical(y)]
  return cx < cy ? -1 : cx > cy ? 1 : 0
}

/** A value from one input, with that input's name. */
interface Sourced {
  readonly value: Json
  readonly source: string
}

/** Combines versions of one value as its codec describes it, pushing conflicts as it goes. */
class Combiner {
  readonly conflicts: MergeConflict[] = []

  combine(codec: t.Mixed, a: Sourced, b: Sourced, path: Path): Json {
    if (canonical(a.value) === canonical(b.value)) return a.value
    const node = describeCodec(codec)
    if (node.tag === 'struct' && isRecord(a.value) && isRecord(b.value)) return this.struct(node, a, b, path)
    if (node.tag === 'union' && isRecord(a.value) && isRecord(b.value)) {
      // Variants of one kind combine as that kind; a person in one graph and a state in the other conflict whole.
      const tag = a.value[node.discriminant]
      const member = tag === b.value[node.discriminant] ? node.members.find(([name]) => name === tag) : undefined
      if (member !== undefined) return this.combine(member[1], a, b, path)
    }
    if (node.tag === 'array' && Array.isArray(a.value) && Array.isArray(b.value)) return this.array(node.item, a, b, path)
    return this.conflict(a, b, path)
  }

  /** A field's versions; a key the model does not know is kept when equal and a conflict otherwise. */
  field(codec: t.Mixed | undefined, a: Sourced, b: Sourced, path: Path): Json {
    if (codec !== undefined) return this.combine(codec, a, b, path)
    return canonical(a.value) === canonical(b.value) ? a.value : this.conflict(a, b, path)
  }

  private struct(node: Extract<CodecNode, { tag: 'struct' }>, a: Sourced, b: Sourced, path: Path): Json {
    const [x, y] = [a.value as Obj, b.value as Obj]
    const codecs = new Map(node.fields.map((field) => [field.key, field.codec]))
    const out: Obj = {}
    for (const key of [...Object.keys(x), ...Object.keys(y).filter((k) => !hasKey(x, k))]) {
      if (!hasKey(y, key)) out[key] = x[key]
      else if (!hasKey(x, key)) out[key] = y[key]
      else {
        out[key] = this.field(codecs.get(key), { value: x[key], source: a.source }, { value: y[key], source: b.source }, [...path, key])
      }
    }
    return out
  }

  /** A union without repeats: the elements of the array that sorts first, then the other's new ones; elements with an id are matched by id. */
  private array(item: t.Mixed, a: Sourced, b: Sourced, path: Path): Json {
    const [first, second] = byCanonical(a.value, b.value) <= 0 ? [a, b] : [b, a]
    const out: Json[] = []
    const seen = new Set<string>()
    const byId = new Map<string, number>()
    const add = (element: Json, source: string): void => {
      const id = isRecord(element) && typeof element.id === 'string' ? element.id : undefined
      const at = id === undefined ? undefined : byId.get(id)
      if (at !== undefined) {
        out[at] = this.combine(item, { value: out[at], source: first.source }, { value: element, source }, [...path, at])
        return
      }
      const key = canonical(element)
      if (seen.has(key)) return
      seen.add(key)
      if (id !== undefined) byId.set(id, out.length)
      out.push(element)
    }
    for (const element of first.value as Json[]) add(element, first.source)
    for (const element of second.value as Json[]) add(element, second.source)
    return out
  }

  private conflict(a: Sourced, b: Sourced, path: Path): Json {
    const [kept, other] = byCanonical(a.value, b.value) <= 0 ? [a, b] : [b, a]
    this.conflicts.push({
      path: [...path],
      code: 'merge_conflict',
      expected: describeValue(kept.value),
      received: describeValue(other.value),
      message: `${kept.source} and ${other.source} differ here: kept ${describeValue(kept.value)} (from ${kept.source}), not ${describeValue(other.value)} (from ${other.source})`,
      kept: kept.value,
      other: other.value,
      graphs: [kept.source, other.source],
    })
    return kept.value
  }
}

// -------------------------------------------------------------------------------------
// finding the same records
// -------------------------------------------------------------------------------------

interface Entry {
  /** Which input the record comes from, and where in its collection. */
  readonly input: number
  readonly index: number
  readonly record: Obj
}

/** Whether the model of a record (the variant it is, for a union) has the key. */
const acceptsKey = (codec: t.Mixed, record: Obj, key: string): boolean => {
  const node = describeCodec(codec)
  if (node.tag === 'union') {
    const member = node.members.find(([tag]) => tag === record[node.discriminant])
    return member !== undefined && acceptsKey(member[1], record, key)
  }
  return node.tag === 'struct' && node.fields.some((field) => field.key === key)
}

/** Groups of records that are one thing, each group holding at most one record of each input. */
const unify = (entries: ReadonlyArray<Entry>, graphIds: ReadonlyArray<string | undefined>): ReadonlyArray<ReadonlyArray<Entry>> => {
  const parent = entries.map((_, i) => i)
  const inputs = entries.map((e) => new Set([e.input]))
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const join = (i: number, j: number, always: boolean): void => {
    const [ri, rj] = [find(i), find(j)]
    if (ri === rj) return
    // A link that would make one record of two of the same input is not followed: a graph that codes one
    // person twice keeps both (a shared id always joins).
    if (!always && [...inputs[ri]!].some((input) => inputs[rj]!.has(input))) return
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri]
    parent[child] = root
    for (const input of inputs[child]!) inputs[root]!.add(input)
  }
  // Links are followed in an order set by the records themselves (id, then content), not by the order of
  // the inputs, so that which link gives way to another does not depend on it.
  const sortKeys = entries.map((entry) => `${String(entry.record.id)}\u0000${canonical(entry.record)}`)
  const byRecord = (i: number, j: number): number => (sortKeys[i]! < sortKeys[j]! ? -1 : sortKeys[i]! > sortKeys[j]! ? 1 : 0)
  const joinAll = (keys: Map<string, number[]>, always: boolean): void => {
    for (const key of [...keys.keys()].sort()) {
      const members = keys.get(key)!.sort(byRecord)
      for (const other of members.slice(1)) join(members[0]!, other, always)
    }
  }
  const collect = (keyed: (entry: Entry, add: (key: string) => void) => void): Map<string, number[]> => {
    const keys = new Map<string, number[]>()
    entries.forEach((entry, i) =>
      keyed(entry, (key) => {
        const list = keys.get(key) ?? []
        if (!list.includes(i)) list.push(i)
        keys.set(key, list)
      }),
    )
    return keys
  }
  joinAll(collect((entry, add) => add(`id ${String(entry.record.id)}`)), true)
  joinAll(
    collect((entry, add) => {
      const identifiers = Array.isArray(entry.record.identifiers) ? (entry.record.identifiers as Obj[]) : []
      for (const identifier of identifiers) add(`identifier ${String(identifier.scheme)} ${String(identifier.value)}`)
      const links = Array.isArray(entry.record.sameAs) ? (entry.record.sameAs as Obj[]) : []
      for (const link of links) {
        if (isRecord(link.identifier)) add(`identifier ${String(link.identifier.scheme)} ${String(link.identifier.value)}`)
        if (typeof link.url === 'string') add(`url ${link.url}`)
        // A link to a record of another input stands for that record's own id there.
        if (typeof link.graph === 'string' && typeof link.id === 'string') {
          graphIds.forEach((graphId, input) => {
            if (graphId === link.graph && input !== entry.input) add(`record ${input} ${link.id as string}`)
          })
        }
      }
      add(`record ${entry.input} ${String(entry.record.id)}`)
    }),
    false,
  )
  const groups = new Map<number, Entry[]>()
  entries.forEach((entry, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), entry])
  })
  return [...groups.values()]
}

// -------------------------------------------------------------------------------------
// repairs after renaming
// -------------------------------------------------------------------------------------

const getAt = (root: Json, path: Path): Json => path.reduce<Json>((value, key) => (value as Obj)[key as string], root)

/**
 * Points every reference to a given-up id at the kept one. No list gains a repeat by it: a group holds at
 * most one record of each input, so two records one input tells apart stay two.
 */
const rewriteReferences = (graph: Obj, renamed: Readonly<Record<string, string>>): void => {
  const references: Path[] = []
  walkValue(Graph, graph, (node, value, path) => {
    if (node.tag === 'ref' && typeof value === 'string' && hasKey(renamed, value)) references.push(path.slice())
  })
  for (const path of references) {
    const holder = getAt(graph, path.slice(0, -1)) as Obj
    const key = path[path.length - 1] as string
    holder[key] = renamed[holder[key] as string]
  }
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const GRAPH_FIELDS = /* @__PURE__ */ new Set(['id', 'annotation'])

/**
 * Merges any number of graphs at once: the same as folding {@link mergeGraphs} over them, with every
 * input's `id` known to every other, so `sameAs` links to any of them are followed.
 *
 * @example
 * import { Graph, make, mergeAll } from 'news-codecs'
 *
 * const withPortugal = (id: string) => make(Graph)({ articles: [], places: [], events: [], meetings: [], agreements: [],
 *   documents: [], statements: [], positions: [], relations: [],
 *   actors: [{ kind: 'state', id, name: 'Portugal', countryCode: 'PT', identifiers: [{ scheme: 'wikidata', value: 'Q45' }] }] })
 * const { graph, renamed } = mergeAll([withPortugal('state:PT'), withPortugal('state:portugal'), withPortugal('state:pt')])
 * graph.actors.map((actor) => actor.id) //=> ['state:PT']
 * renamed //=> { 'state:portugal': 'state:PT', 'state:pt': 'state:PT' }
 *
 * @category utils
 * @since 0.3.0
 */
export const mergeAll = (graphs: ReadonlyArray<Graph>, options: MergeOptions = {}): MergeResult => {
  const names = graphs.map((graph, i) => options.names?.[i] ?? graph.id ?? `graph ${i + 1}`)
  const graphIds = graphs.map((graph) => graph.id)
  const collections = collectionCodecs(Graph)
  const combiner = new Combiner()

  // Graph defaults: kept when every input has the same; otherwise each input's moves onto its records.
  const annotations = graphs.map((graph) => graph.annotation)
  const sameDefaults = annotations.every((annotation) => canonical(annotation) === canonical(annotations[0]))
  const id = graphIds.every((graphId) => graphId === graphIds[0]) ? graphIds[0] : undefined
  const prepared: Obj[] = graphs.map((graph) => {
    const copy: Obj = structuredClone(graph) as unknown as Obj
    if (sameDefaults || graph.annotation === undefined) return copy
    for (const [collection, codec] of collections) {
      for (const record of (copy[collection] ?? []) as Obj[]) {
        if (acceptsKey(codec, record, 'annotation')) record.annotation = { ...graph.annotation, ...(record.annotation as Obj | undefined) }
      }
    }
    return copy
  })

  // 1. Which records are one thing, and which id each keeps.
  const renamed: Record<string, string> = {}
  const groupsOf = new Map<string, ReadonlyArray<ReadonlyArray<Entry>>>()
  const required = new Set((describeCodec(Graph) as StructNode).fields.filter((field) => field.required).map((field) => field.key))
  for (const [collection] of collections) {
    // An optional collection no input has stays absent; a required one is there, if empty.
    if (!required.has(collection) && !prepared.some((graph) => graph[collection] !== undefined)) continue
    const entries: Entry[] = prepared.flatMap((graph, input) => ((graph[collection] ?? []) as Obj[]).map((record, index) => ({ input, index, record })))
    const groups = unify(entries, graphIds)
    for (const group of groups) {
      const ids = [...new Set(group.map((entry) => String(entry.record.id)))].sort()
      for (const old of ids.slice(1)) renamed[old] = ids[0]!
    }
    groupsOf.set(collection, groups)
  }
  // 2. References follow the kept ids in every input before their records are compared.
  for (const graph of prepared) rewriteReferences(graph, renamed)

  // 3. Each group becomes one record.
  const out: Obj = {}
  for (const [collection, groups] of groupsOf) {
    const codec = collections.get(collection)!
    const records: Json[] = []
    for (const group of groups) {
      const at = records.length
      const versions = group.map((entry): Sourced => {
        const record = (prepared[entry.input]![collection] as Obj[])[entry.index]!
        const keptId = hasKey(renamed, String(record.id)) ? renamed[String(record.id)] : record.id
        return { value: { ...record, id: keptId }, source: names[entry.input]! }
      })
      // In canonical order, so the result does not depend on the order of the inputs.
      versions.sort((x, y) => byCanonical(x.value, y.value))
      let merged = versions.slice(1).reduce((acc, version) => ({ value: combiner.combine(codec, acc, version, [collection, at]), source: acc.source }), versions[0]!).value as Obj
      // Each id given up stays on the record as a link to the graph where it still names it.
      const links = group
        .filter((entry) => hasKey(renamed, String(entry.record.id)) && graphIds[entry.input] !== undefined && graphIds[entry.input] !== id)
        .map((entry) => ({ graph: graphIds[entry.input]!, id: entry.record.id }))
      if (links.length > 0 && acceptsKey(codec, merged, 'sameAs')) {
        const source = versions[0]!.source
        merged = combiner.combine(codec, { value: merged, source }, { value: { ...merged, sameAs: links }, source }, [collection, at]) as Obj
      }
      records.push(merged)
    }
    out[collection] = records
  }
  // Fields of the graph that are neither collections nor its defaults are combined as any value is.
  const graphFields = new Map((describeCodec(Graph) as StructNode).fields.map((field) => [field.key, field.codec]))
  prepared.forEach((graph, input) => {
    for (const [key, value] of Object.entries(graph)) {
      if (GRAPH_FIELDS.has(key) || collections.has(key)) continue
      const version: Sourced = { value, source: names[input]! }
      out[key] = hasKey(out, key) ? combiner.field(graphFields.get(key), { value: out[key], source: names[0]! }, version, [key]) : value
    }
  })
  if (id !== undefined) out.id = id
  if (sameDefaults && annotations[0] !== undefined) out.annotation = annotations[0]

  const graph = out as unknown as Graph
  const issues: Issue[] = [...combiner.conflicts]
  // A union of valid graphs can still break a rule (a relation of an actor with itself once two are one): report it.
  if (combiner.conflicts.length === 0 && graphs.every((g) => validateGraph(g)._tag === 'Right')) {
    const checked = validateGraph(graph)
    if (checked._tag === 'Left') issues.push(...checked.left)
  }
  return { graph, issues, renamed }
}

/**
 * The union of two graphs: records of one collection that share an id, an outside identifier or a `sameAs`
 * link are one record, combined field by field; lists are unioned without repeats; two different values of
 * one field are a `merge_conflict` issue, the version whose canonical JSON sorts first kept and the other
 * carried in the issue. Of ids for one record the least is kept, references to the others follow it, and
 * the others are returned in `renamed`.
 *
 * @example
 * import { Graph, make, mergeGraphs } from 'news-codecs'
 *
 * const story = (graphId: string, actorId: string) => make(Graph)({ id: graphId, articles: [], places: [], events: [],
 *   meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [],
 *   actors: [{ kind: 'person', id: actorId, name: 'Narendra Modi', identifiers: [{ scheme: 'wikidata', value: 'Q1058' }] }] })
 * const { graph, renamed, issues } = mergeGraphs(story('graph:a', 'person:narendra-modi'), story('graph:b', 'person:modi'))
 * renamed //=> { 'person:narendra-modi': 'person:modi' }
 * graph.actors[0]?.sameAs //=> [{ graph: 'graph:a', id: 'person:narendra-modi' }]
 * issues //=> []
 *
 * @category utils
 * @since 0.3.0
 */
export const mergeGraphs = (a: Graph, b: Graph, options: MergeOptions = {}): MergeResult => mergeAll([a, b], options)
