/**
 * Re-anchoring: when an article is edited, its evidence is found again in the new version by its quote
 * (with its prefix and suffix to choose among several places, as W3C Web Annotation's TextQuoteSelector
 * does), and moved there; what cannot be found, or found in one place only, stays on the old version.
 * Also the chain of versions an article belongs to.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { Either } from 'fp-ts/lib/Either.js'
import { left, right } from 'fp-ts/lib/Either.js'
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable } from 'fp-ts/lib/Option.js'
import type { Article } from './Article.js'
import { Evidence } from './Evidence.js'
import type { Graph } from './Graph.js'
import { Graph as GraphCodec } from './Graph.js'
import type { Path } from './internal/CodecTree.js'
import { walkValue } from './internal/CodecTree.js'
import { namedRecords } from './internal/records.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a span could go in a text: code-point offsets, `start` inclusive, `end` exclusive.
 *
 * @category model
 * @since 0.3.0
 */
export interface SpanPlace {
  readonly start: number
  readonly end: number
}

/**
 * Why a span was not moved: its quote is nowhere in the new text, or it is in several places and the
 * span's prefix and suffix do not single one out (`candidates` lists those that remain, in text order).
 *
 * @category model
 * @since 0.3.0
 */
export type Unanchored =
  | { readonly reason: 'not-found' }
  | { readonly reason: 'ambiguous'; readonly candidates: ReadonlyArray<SpanPlace> }

/**
 * A span {@link reanchorGraph} moved to the new version: where it sits in the graph, and its offsets before
 * and after.
 *
 * @category model
 * @since 0.3.0
 */
export interface MovedSpan {
  /** Keys and indexes from the root of the graph, as in an issue's path. */
  readonly path: ReadonlyArray<string | number>
  readonly quote: string
  readonly from: SpanPlace
  readonly to: SpanPlace
}

/**
 * A span {@link reanchorGraph} left on the old version, with why (`candidates` is empty when the quote
 * was not found).
 *
 * @category model
 * @since 0.3.0
 */
export interface UnmovedSpan {
  /** Keys and indexes from the root of the graph, as in an issue's path. */
  readonly path: ReadonlyArray<string | number>
  readonly quote: string
  readonly reason: Unanchored['reason']
  readonly candidates: ReadonlyArray<SpanPlace>
}

/**
 * What {@link reanchorGraph} returns: the graph with the new version added and the spans it could move
 * moved, and a list of the spans moved and of those left where they were.
 *
 * @category model
 * @since 0.3.0
 */
export interface ReanchorReport {
  readonly graph: Graph
  readonly moved: ReadonlyArray<MovedSpan>
  readonly unmoved: ReadonlyArray<UnmovedSpan>
}

// -------------------------------------------------------------------------------------
// re-anchoring a span
// -------------------------------------------------------------------------------------

const segmenter = /* @__PURE__ */ new Intl.Segmenter('und', { granularity: 'grapheme' })

/** A text with, for each UTF-16 index, the code point it falls in; and where its characters as a reader sees them begin. */
interface IndexedText {
  readonly text: string
  /** `points[i]` is the code-point offset of UTF-16 index `i`; `points[text.length]` is the text's length in code points. */
  readonly points: Int32Array
  /** `units[p]` is the UTF-16 index of code point `p`. */
  readonly units: Int32Array
  readonly isBoundary: (unit: number) => boolean
}

const indexText = (text: string): IndexedText => {
  const points = new Int32Array(text.length + 1)
  const units = new Int32Array(text.length + 1)
  let p = 0
  for (let i = 0; i < text.length; i++) {
    units[p] = i
    points[i] = p
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) points[++i] = p
    }
    p++
  }
  points[text.length] = p
  units[p] = text.length
  let clusters: Uint8Array | undefined
  // Below U+0300 no character joins its neighbour but CR LF: the text is segmented only when an edge needs it.
  const isBoundary = (unit: number): boolean => {
    if (unit === 0 || unit === text.length) return true
    const before = text.charCodeAt(unit - 1)
    const at = text.charCodeAt(unit)
    if (before < 0x300 && at < 0x300) return !(before === 13 && at === 10)
    if (clusters === undefined) {
      clusters = new Uint8Array(text.length + 1)
      for (const { index } of segmenter.segment(text)) clusters[index] = 1
    }
    return clusters[unit] === 1
  }
  return { text, points, units, isBoundary }
}

const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Every place of `quote` in the text, overlapping ones too, that begins and ends between two characters. */
const placesOf = (indexed: IndexedText, quote: string): ReadonlyArray<SpanPlace> => {
  const found: SpanPlace[] = []
  for (let at = indexed.text.indexOf(quote); at >= 0; at = indexed.text.indexOf(quote, at + 1)) {
    const after = at + quote.length
    if (indexed.isBoundary(at) && indexed.isBoundary(after)) found.push({ start: indexed.points[at]!, end: indexed.points[after]! })
  }
  return found
}

const before = (indexed: IndexedText, place: SpanPlace, length: number): string =>
  indexed.text.slice(indexed.units[Math.max(0, place.start - length)], indexed.units[place.start])

const after = (indexed: IndexedText, place: SpanPlace, length: number): string =>
  indexed.text.slice(indexed.units[place.end], indexed.units[Math.min(indexed.points[indexed.text.length]!, place.end + length)])

// -------------------------------------------------------------------------------------
// aligning two versions
// -------------------------------------------------------------------------------------

/** Words, numbers, runs of white space, and each other character: what an edit changes. */
const TOKEN = /\p{L}[\p{L}\p{M}]*|\p{N}+|\s+|[^]/gu

interface Tokens {
  readonly tokens: ReadonlyArray<string>
  /** The code-point offset of each token, then the text's length. */
  readonly starts: Int32Array
  /** The token each code point is in. */
  readonly tokenAt: Int32Array
}

const tokenize = (text: string): Tokens => {
  const tokens = text.match(TOKEN) ?? []
  const starts = new Int32Array(tokens.length + 1)
  const lengths = tokens.map(codePoints)
  const tokenAt = new Int32Array(lengths.reduce((sum, n) => sum + n, 0))
  let at = 0
  tokens.forEach((_, i) => {
    starts[i] = at
    tokenAt.fill(i, at, at + lengths[i]!)
    at += lengths[i]!
  })
  starts[tokens.length] = at
  return { tokens, starts, tokenAt }
}

// Past this many tokens changed, the versions are not aligned and every span is searched for by its quote.
const MAX_EDIT = 2000

/**
 * Which token of `b` each token of `a` is kept as (-1 for none), by Myers's O(ND) diff: the fewest tokens
 * removed and inserted that turn one text into the other. `undefined` when the texts differ too much.
 */
const alignTokens = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): Int32Array | undefined => {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDIT)
  const offset = max + 1
  const v = new Int32Array(2 * offset + 1)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1]
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m)
    }
  }
  return undefined
}

const backtrack = (trace: ReadonlyArray<Int32Array>, n: number, m: number): Int32Array => {
  const kept = new Int32Array(n).fill(-1)
  let [x, y] = [n, m]
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d]!
    const at = (k: number): number => before[k + d]!
    const k = x - y
    const previous = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const px = at(previous)
    const py = px - previous
    while (x > px && y > py) kept[--x] = --y
    ;[x, y] = [px, py]
  }
  while (x > 0 && y > 0) kept[--x] = --y
  return kept
}

/** Where each code point of the old version is kept in the new one, and which code points of the new one are kept from the old. */
interface Alignment {
  /** The new offset of old code point `p`, or -1 when the edit removed or changed it. */
  readonly toNew: (p: number) => number
  /** The old offset of new code point `p`, or -1 when the edit wrote it. */
  readonly toOld: (p: number) => number
}

const align = (from: string, to: string): Alignment | undefined => {
  const a = tokenize(from)
  const b = tokenize(to)
  const kept = alignTokens(a.tokens, b.tokens)
  if (kept === undefined) return undefined
  const back = new Int32Array(b.tokens.length).fill(-1)
  kept.forEach((j, i) => j >= 0 && (back[j] = i))
  const through = (source: Tokens, target: Tokens, map: Int32Array) => (p: number): number => {
    const i = source.tokenAt[p]
    const j = i === undefined ? -1 : map[i]!
    return j < 0 ? -1 : target.starts[j]! + p - source.starts[i!]!
  }
  return { toNew: through(a, b, kept), toOld: through(b, a, back) }
}

/** A stretch of the new text kept whole from the old, `[start, end)` in new code points: its old offset, or -1. */
const keptFrom = (alignment: Alignment, place: SpanPlace): number => {
  const start = alignment.toOld(place.start)
  return start >= 0 && alignment.toOld(place.end - 1) === start + place.end - 1 - place.start ? start : -1
}

/** The span at a new place of the new version, its context read again from the text there, as long as before. */
const placed = (evidence: Evidence, to: Article, indexed: IndexedText, place: SpanPlace): Evidence => {
  const { prefix, suffix, ...span } = evidence
  const moved: { -readonly [K in keyof Evidence]: Evidence[K] } = { ...span, article: to.id, start: place.start as Evidence['start'], end: place.end as Evidence['end'] }
  if (prefix !== undefined) {
    const found = before(indexed, place, codePoints(prefix))
    if (found.length > 0) moved.prefix = found as Evidence['quote']
  }
  if (suffix !== undefined) {
    const found = after(indexed, place, codePoints(suffix))
    if (found.length > 0) moved.suffix = found as Evidence['quote']
  }
  return moved
}

/**
 * Finds a span's quote in another version of its article and returns the span moved there (new offsets,
 * same quote), or why it cannot be moved.
 *
 * With `from`, the version the span is on, the two texts are compared first, word by word (the fewest
 * words removed and inserted that turn one into the other): a span in a stretch the edit left alone goes
 * where that stretch now is, however often its quote occurs. A span the edit touched, or any span when
 * `from` is not given, is searched for by its quote, leaving out places that are another stretch of the
 * old text kept as it was. One place is taken as it is. Among several, the places where the span's
 * `prefix` and `suffix` match the text around them win: the one place that matches more of them than any
 * other is taken; otherwise the span is ambiguous and the candidates are listed, never guessed among.
 * Places that begin or end inside a character as a reader sees it do not count. The moved span's prefix
 * and suffix are read again from the new text, as long as they were.
 *
 * @example
 * import { reanchorEvidence } from 'news-codecs'
 * import type { Article, Evidence } from 'news-codecs'
 *
 * const edited = { id: 'article:1-v2', text: 'On Friday, Blinken met Lavrov. Blinken spoke first.' } as Article
 * const met = { article: 'article:1', start: 0, end: 7, quote: 'Blinken', suffix: ' met' } as Evidence
 * const moved = reanchorEvidence(edited)(met)
 * moved._tag === 'Right' && [moved.right.start, moved.right.end] //=> [11, 18]
 * const bare = { article: 'article:1', start: 0, end: 7, quote: 'Blinken' } as Evidence
 * reanchorEvidence(edited)(bare) //=> { _tag: 'Left', left: { reason: 'ambiguous', candidates: [{ start: 11, end: 18 }, { start: 31, end: 38 }] } }
 * const old = { id: 'article:1', text: 'Blinken met Lavrov. Blinken spoke first.' } as Article
 * const aligned = reanchorEvidence(edited, old)(bare)
 * aligned._tag === 'Right' && aligned.right.start //=> 11
 *
 * @category utils
 * @since 0.3.0
 */
export const reanchorEvidence = (to: Article, from?: Article): ((evidence: Evidence) => Either<Unanchored, Evidence>) => {
  const indexed = indexText(to.text)
  const alignment = from === undefined ? undefined : align(from.text, to.text)
  return (evidence) => {
    const quoteLength = codePoints(evidence.quote)
    if (alignment !== undefined && evidence.article === from!.id && evidence.end > evidence.start) {
      const start = alignment.toNew(evidence.start)
      const place = { start, end: start + quoteLength }
      if (start >= 0 && keptFrom(alignment, place) === evidence.start && evidence.end - evidence.start === quoteLength &&
        place.end <= indexed.points[to.text.length]! &&
        to.text.slice(indexed.units[place.start], indexed.units[place.end]) === evidence.quote &&
        indexed.isBoundary(indexed.units[place.start]!) && indexed.isBoundary(indexed.units[place.end]!)) {
        return right(placed(evidence, to, indexed, place))
      }
    }
    // Another stretch of the old text, kept as it was, is another mention of the same words, not this span.
    const places = placesOf(indexed, evidence.quote).filter((place) => alignment === undefined || evidence.article !== from!.id || keptFrom(alignment, place) < 0)
    if (places.length === 0) return left({ reason: 'not-found' })
    if (places.length === 1) return right(placed(evidence, to, indexed, places[0]!))
    const { prefix, suffix } = evidence
    const score = (place: SpanPlace): number =>
      (prefix !== undefined && before(indexed, place, codePoints(prefix)) === prefix ? 1 : 0) +
      (suffix !== undefined && after(indexed, place, codePoints(suffix)) === suffix ? 1 : 0)
    const scores = places.map(score)
    const best = Math.max(...scores)
    const winners = places.filter((_, i) => scores[i] === best)
    return best > 0 && winners.length === 1 ? right(placed(evidence, to, indexed, winners[0]!)) : left({ reason: 'ambiguous', candidates: winners })
  }
}

// -------------------------------------------------------------------------------------
// re-anchoring a graph
// -------------------------------------------------------------------------------------

type Mutable = Record<string | number, unknown>

/**
 * Adds a new version of an article to a graph and moves to it every span of the old version that
 * {@link reanchorEvidence} can place, wherever the model puts evidence (found by walking the graph with
 * `codec`, the library's Graph unless one's own). The new version supersedes the old one unless it already
 * says which version it supersedes. Every span that cannot be moved stays on the old version, which stays
 * in the graph, so nothing is lost; the report names each of them by its path, with its quote and why.
 * A graph that validated still validates. Throws a `RangeError` when the graph has no article
 * `fromArticleId`, or already holds a record with the new version's id.
 *
 * @example
 * import { reanchorGraph, validateGraph } from 'news-codecs'
 * import type { Article } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const old = canonicalGraph.articles[0]!
 * const edited = { ...old, id: 'article:edited', text: `Updated. ${old.text}`, version: 2 } as Article
 * const { graph, moved, unmoved } = reanchorGraph(old.id, edited)(canonicalGraph)
 * graph.articles.at(-1)?.supersedes === old.id //=> true
 * moved.length > 0 && unmoved.length === 0 //=> true
 * validateGraph(graph)._tag //=> 'Right'
 *
 * @category utils
 * @since 0.3.0
 */
export const reanchorGraph =
  (fromArticleId: string, newVersion: Article, codec: t.Mixed = GraphCodec) =>
  (graph: Graph): ReanchorReport => {
    if (!graph.articles.some((article) => article.id === fromArticleId)) throw new RangeError(`the graph has no article "${fromArticleId}"`)
    if (namedRecords(graph).some((record) => record.id === newVersion.id)) throw new RangeError(`the graph already holds a record "${newVersion.id}"`)

    const version: Article = newVersion.supersedes === undefined ? { ...newVersion, supersedes: fromArticleId as Article['id'] } : newVersion
    const spans: Array<{ readonly path: Path; readonly evidence: Evidence }> = []
    walkValue(codec, graph, (node, value, path) => {
      if (node.codec === Evidence && (value as Evidence).article === fromArticleId) spans.push({ path: path.slice(), evidence: value as Evidence })
    })

    const moveTo = reanchorEvidence(version, graph.articles.find((article) => article.id === fromArticleId))
    const out = structuredClone(graph) as unknown as Mutable
    const moved: MovedSpan[] = []
    const unmoved: UnmovedSpan[] = []
    for (const { path, evidence } of spans) {
      const result = moveTo(evidence)
      if (result._tag === 'Left') {
        unmoved.push({ path, quote: evidence.quote, reason: result.left.reason, candidates: result.left.reason === 'ambiguous' ? result.left.candidates : [] })
        continue
      }
      const parent = path.slice(0, -1).reduce<Mutable>((at, key) => at[key] as Mutable, out)
      parent[path[path.length - 1]!] = result.right
      moved.push({ path, quote: evidence.quote, from: { start: evidence.start, end: evidence.end }, to: { start: result.right.start, end: result.right.end } })
    }
    ;(out.articles as Article[]).push(version)
    return { graph: out as unknown as Graph, moved, unmoved }
  }

// -------------------------------------------------------------------------------------
// the chain of versions
// -------------------------------------------------------------------------------------

/**
 * The versions of the item an article belongs to, oldest first: back along `supersedes` to the first
 * version, then forward to each article that supersedes the one before. Where two articles supersede the
 * same version (a fork, which the graph checks warn about), the chain goes on with the one of the higher
 * `version`, then the later in `articles`. Empty when the graph has no such article.
 *
 * @example
 * import { versionsOf, Graph, make } from 'news-codecs'
 *
 * const graph = make(Graph)({ actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   articles: [{ id: 'article:v2', text: 'Blinken met Lavrov on Friday.', version: 2, supersedes: 'article:v1' },
 *     { id: 'article:v1', text: 'Blinken met Lavrov.', version: 1 },
 *     { id: 'article:v3', text: 'Blinken met Lavrov on Friday in Delhi.', version: 3, supersedes: 'article:v2' }] })
 * versionsOf('article:v2')(graph).map((article) => article.id) //=> ['article:v1', 'article:v2', 'article:v3']
 *
 * @category queries
 * @since 0.3.0
 */
export const versionsOf =
  (articleId: string) =>
  (graph: Graph): ReadonlyArray<Article> => {
    const byId = new Map(graph.articles.map((article) => [article.id as string, article]))
    const start = byId.get(articleId)
    if (start === undefined) return []
    const chain: Article[] = [start]
    const seen = new Set<string>([start.id])
    for (let at = start; at.supersedes !== undefined; ) {
      const earlier = byId.get(at.supersedes)
      if (earlier === undefined || seen.has(earlier.id)) break // a dangling link or a loop, each reported by the checks
      chain.unshift(earlier)
      seen.add(earlier.id)
      at = earlier
    }
    const successors = new Map<string, Article[]>()
    for (const article of graph.articles) {
      if (article.supersedes === undefined) continue
      const list = successors.get(article.supersedes)
      if (list === undefined) successors.set(article.supersedes, [article])
      else list.push(article)
    }
    // The higher version wins a fork, and the later record a tie: `reduce` keeps the last of equals.
    const rank = (article: Article): number => article.version ?? 0
    for (let at = start; ; ) {
      const next = (successors.get(at.id) ?? []).filter((article) => !seen.has(article.id))
        .reduce<Article | undefined>((best, article) => (best === undefined || rank(article) >= rank(best) ? article : best), undefined)
      if (next === undefined) break
      chain.push(next)
      seen.add(next.id)
      at = next
    }
    return chain
  }

/**
 * The latest version of the item an article belongs to: the last of {@link versionsOf}.
 *
 * @example
 * import { latestVersionOf, Graph, make } from 'news-codecs'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * const graph = make(Graph)({ actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   articles: [{ id: 'article:v1', text: 'Blinken met Lavrov.', version: 1 },
 *     { id: 'article:v2', text: 'Blinken met Lavrov on Friday.', version: 2, supersedes: 'article:v1' }] })
 * map((article: { readonly id: string }) => article.id)(latestVersionOf('article:v1')(graph)) //=> { _tag: 'Some', value: 'article:v2' }
 * latestVersionOf('article:none')(graph)._tag //=> 'None'
 *
 * @category queries
 * @since 0.3.0
 */
export const latestVersionOf =
  (articleId: string) =>
  (graph: Graph): Option<Article> =>
    fromNullable(versionsOf(articleId)(graph).at(-1))
