/**
 * What the evidence viewer shows of a graph, worked out before any HTML is written: the article texts cut
 * at every span boundary, the records with the spans they cite, the timeline, the actors, the positions by
 * target, and the issues of a graph that does not validate, each with the place it is about.
 *
 * @module
 */
import { formatPath } from '../Issue.js'
import { validateGraph } from '../Validation.js'
import { factLabel, namesOf, targetLabel, termOf } from './labels.js'
import { FACT_COLLECTIONS, isEvidence, isObject, objects, recordsOf, strings, text, walkObjects } from './raw.js'
import type { RawRecord } from './raw.js'
import { timelineRows } from './timeline.js'
import type { TimelineRow } from './timeline.js'

/** A span of an article's text that evidence cites. */
export interface SpanView {
  /** Its anchor in the page (`span-3`). */
  readonly id: string
  readonly article: string
  /** Code-point offsets, as evidence counts them. */
  readonly start: number
  readonly end: number
  readonly quote: string
  /** The anchors of the records that cite it, in the graph's order. */
  readonly records: ReadonlyArray<string>
}

/** A record of the graph, as a card of the page. */
export interface RecordView {
  /** Its anchor in the page (`record-meetings-0`). */
  readonly anchor: string
  readonly collection: string
  /** Its index in its collection, so the anchor matches an issue's path. */
  readonly index: number
  readonly id: string | undefined
  /** A fact's label, or the record's name. */
  readonly label: string
  readonly isFact: boolean
  /** The spans the record cites, anywhere in it. */
  readonly spans: ReadonlyArray<string>
  /** What a correction in the graph does to the fact, if any. */
  readonly corrected: 'retracted' | 'corrected' | undefined
}

/** A piece of an article's text between two span boundaries, with the spans that cover all of it. */
export interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly spans: ReadonlyArray<string>
}

/** An article's text, cut into pieces. */
export interface ArticleView {
  readonly anchor: string
  readonly id: string
  readonly title: string
  readonly pieces: ReadonlyArray<Piece>
}

/** An actor with the posts it holds. */
export interface ActorView {
  readonly anchor: string
  readonly name: string
  readonly kind: string
  readonly posts: ReadonlyArray<string>
}

/** The positions on one target, by stance. */
export interface PositionGroup {
  readonly target: string
  readonly stances: ReadonlyArray<{ readonly stance: string; readonly holders: ReadonlyArray<{ readonly anchor: string; readonly label: string }> }>
}

/** An issue of an invalid graph, with the place it is about. */
export interface IssueView {
  readonly path: string
  readonly message: string
  /** `#span-3` for an issue about an evidence span shown in the text, `#record-...` for one about a record. */
  readonly href: string | undefined
}

/** Everything the page shows. */
export interface View {
  readonly title: string
  readonly valid: boolean
  readonly articles: ReadonlyArray<ArticleView>
  readonly spans: ReadonlyArray<SpanView>
  readonly records: ReadonlyArray<RecordView>
  readonly timeline: ReadonlyArray<TimelineRow>
  readonly actors: ReadonlyArray<ActorView>
  readonly positions: ReadonlyArray<PositionGroup>
  readonly issues: ReadonlyArray<IssueView>
}

const anchorOf = (record: Pick<RawRecord, 'collection' | 'index'>): string => `record-${record.collection}-${record.index}`
const spanKey = (article: string, start: number, end: number): string => JSON.stringify([article, start, end])

/** Cuts a text (as code points) at every boundary of its spans; each piece lists the spans covering it. */
export const piecesOf = (textOf: string, spans: ReadonlyArray<Pick<SpanView, 'id' | 'start' | 'end'>>): ReadonlyArray<Piece> => {
  const points = Array.from(textOf)
  const inText = spans.filter((span) => span.start < span.end && span.end <= points.length)
  const cuts = [...new Set([0, points.length, ...inText.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const covering = inText.filter((span) => span.start <= start && end <= span.end).map((span) => span.id)
    pieces.push({ text: points.slice(start, end).join(''), start, end, spans: covering })
  }
  return pieces
}

/** The fate of each fact a correction names: the first correction of a fact decides, as the graph index reads it. */
const correctionsOf = (graph: unknown): ReadonlyMap<string, 'retracted' | 'corrected'> => {
  const fates = new Map<string, 'retracted' | 'corrected'>()
  for (const correction of objects(graph, 'corrections')) {
    const fact = text(correction, 'fact')
    if (fact !== undefined && !fates.has(fact)) fates.set(fact, text(correction, 'kind') === 'retraction' ? 'retracted' : 'corrected')
  }
  return fates
}

const postsOf = (actor: unknown, names: ReadonlyMap<string, string>): ReadonlyArray<string> =>
  objects(actor, 'posts').map((post) => {
    const of = text(post, 'of')
    const office = text(post, 'office') ?? 'post'
    const from = text(post, 'from')
    const to = text(post, 'to')
    const when = from === undefined && to === undefined ? '' : ` (${from ?? '…'} – ${to ?? 'now'})`
    return `${office}${of === undefined ? '' : `, ${names.get(of) ?? of}`}${when}`
  })

/** The positions grouped by what they are about, then by stance, in the order first met. */
const positionGroups = (names: ReadonlyMap<string, string>, records: ReadonlyArray<RecordView & RawRecord>): ReadonlyArray<PositionGroup> => {
  const groups = new Map<string, { target: string; stances: Map<string, Array<{ anchor: string; label: string }>> }>()
  for (const { record, anchor } of records.filter((r) => r.collection === 'positions')) {
    const target = targetLabel(record['target'], names)
    const key = JSON.stringify(isObject(record['target']) ? record['target'] : null)
    const group = groups.get(key) ?? { target, stances: new Map() }
    groups.set(key, group)
    const stance = termOf(record['stance']) ?? 'unknown stance'
    const holders = strings(record, 'holders').map((id) => names.get(id) ?? id).join(' and ') || 'unknown holder'
    group.stances.set(stance, [...(group.stances.get(stance) ?? []), { anchor, label: holders }])
  }
  return [...groups.values()].map(({ target, stances }) => ({ target, stances: [...stances].map(([stance, holders]) => ({ stance, holders })) }))
}

/** The place an issue is about: the evidence span its path goes through, if the text shows it, or else its record. */
const hrefOfIssue = (graph: unknown, path: ReadonlyArray<string | number>, spanIds: ReadonlyMap<string, string>, anchors: ReadonlySet<string>): string | undefined => {
  let node: unknown = graph
  let span: string | undefined
  for (const step of path) {
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined
    if (isEvidence(node)) span = spanIds.get(spanKey(node.article, node.start, node.end)) ?? span
  }
  if (span !== undefined) return `#${span}`
  const [collection, index] = path
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined
  const anchor = anchorOf({ collection, index })
  return anchors.has(anchor) ? `#${anchor}` : undefined
}

/**
 * Works out what the page shows of an input: any JSON value, valid or not. A graph that does not validate
 * is shown as far as its records can be read, with its issues.
 */
export const viewOf = (graph: unknown): View => {
  const names = namesOf(graph)
  const fates = correctionsOf(graph)
  const raw = recordsOf(graph)

  // Every evidence span of every record but the articles, each once, in reading order.
  const cited = new Map<string, { article: string; start: number; end: number; quote: string; records: string[] }>()
  const citedBy = new Map<string, string[]>()
  for (const entry of raw) {
    if (entry.collection === 'articles') continue
    const anchor = anchorOf(entry)
    const keys: string[] = []
    walkObjects(entry.record, (node) => {
      if (!isEvidence(node) || node.end <= node.start) return
      const key = spanKey(node.article, node.start, node.end)
      const span = cited.get(key) ?? { article: node.article, start: node.start, end: node.end, quote: node.quote, records: [] }
      cited.set(key, span)
      if (!span.records.includes(anchor)) span.records.push(anchor)
      if (!keys.includes(key)) keys.push(key)
    })
    citedBy.set(anchor, keys)
  }
  const ordered = [...cited].sort(([, a], [, b]) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end))
  const spanIds = new Map(ordered.map(([key], i) => [key, `span-${i}`]))
  const spans: SpanView[] = ordered.map(([key, span]) => ({ id: spanIds.get(key)!, ...span }))

  const records = raw.map((entry) => {
    const anchor = anchorOf(entry)
    const id = text(entry.record, 'id')
    const isFact = entry.collection in FACT_COLLECTIONS
    const name = text(entry.record, 'name') ?? text(entry.record, 'title') ?? text(entry.record, 'headline')
    const label = (isFact && id !== undefined ? factLabel(graph, id) : undefined) ?? name ?? id ?? `${entry.collection}[${entry.index}]`
    return {
      ...entry,
      anchor,
      id,
      label,
      isFact,
      spans: (citedBy.get(anchor) ?? []).map((key) => spanIds.get(key)!),
      corrected: id === undefined ? undefined : fates.get(id),
    }
  })

  const articles = records.filter((r) => r.collection === 'articles').map((r) => ({
    anchor: r.anchor,
    id: r.id ?? r.anchor,
    title: text(r.record, 'headline') ?? r.id ?? 'Article',
    pieces: piecesOf(text(r.record, 'text') ?? '', spans.filter((span) => span.article === r.id)),
  }))

  const actors = records.filter((r) => r.collection === 'actors').map((r) => ({
    anchor: r.anchor,
    name: r.label,
    kind: text(r.record, 'kind') ?? 'actor',
    posts: postsOf(r.record, names),
  }))

  const result = validateGraph(graph)
  const anchors = new Set(records.map((r) => r.anchor))
  const issues = result._tag === 'Right' ? [] : result.left.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    href: hrefOfIssue(graph, issue.path, spanIds, anchors),
  }))

  return {
    title: articles[0]?.title ?? 'Graph',
    valid: result._tag === 'Right',
    articles,
    spans,
    records: records.map(({ record: _record, ...view }) => view),
    timeline: timelineRows(graph, records),
    actors,
    positions: positionGroups(names, records),
    issues,
  }
}
