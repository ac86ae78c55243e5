/**
 * Summaries of a graph: how many records of each kind it holds, and its dated facts in time order.
 *
 * @module
 */
import { sort } from 'fp-ts/lib/ReadonlyArray.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { contramap } from 'fp-ts/lib/Ord.js'
import type { Graph, GraphCollection } from './Graph.js'
import { escapeControls } from './Issue.js'
import type { Time } from './Time.js'
import { OrdTime } from './Time.js'
import { termLabel } from './Vocabulary.js'

/**
 * How many records of each collection a graph holds.
 *
 * @example
 * import { countRecords } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const empty = { articles: [], actors: [], places: [], events: [], meetings: [], agreements: [],
 *   documents: [], statements: [], positions: [], relations: [] } as Graph
 * countRecords(empty).meetings //=> 0
 *
 * @category summaries
 * @since 0.1.0
 */
export const countRecords = (graph: Graph): Readonly<Record<GraphCollection, number>> => ({
  articles: graph.articles.length,
  actors: graph.actors.length,
  places: graph.places.length,
  events: graph.events.length,
  meetings: graph.meetings.length,
  agreements: graph.agreements.length,
  documents: graph.documents.length,
  statements: graph.statements.length,
  positions: graph.positions.length,
  relations: graph.relations.length,
})

/**
 * One dated fact on a timeline.
 *
 * @category model
 * @since 0.1.0
 */
export interface TimelineEntry {
  /** When. */
  readonly time: Time
  /** The collection the fact comes from (`meetings`, `agreements`, ...). */
  readonly collection: GraphCollection
  /** The id of the record. */
  readonly id: string
  /** A short label: the record's name, or what happened; control and bidi characters written escaped. */
  readonly label: string
}

const OrdEntry: Ord<TimelineEntry> = contramap((entry: TimelineEntry) => entry.time)(OrdTime)

/**
 * Every dated fact of a graph, oldest first by the span its time covers (so "January 2022" comes before
 * 2022-02-24); equal times keep the graph's order. Labels are for people: any control or bidi character
 * in a name (possible only in a graph that was not validated) is written escaped, as {@link escapeControls}
 * does, so a label is safe to print.
 *
 * @example
 * import { Graph, make, timeline } from 'news-codecs'
 *
 * const evidence = [{ article: 'a', start: 0, end: 3, quote: 'met' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], documents: [], statements: [], positions: [], relations: [], agreements: [],
 *   events: [{ id: 'event:invasion', type: 'invasion', name: 'Invasion of Ukraine', time: { value: '2022-02-24' }, evidence }],
 *   meetings: [{ id: 'meeting:1', participants: ['a', 'b'], channel: 'in-person', time: { value: '2022-01' }, evidence }] })
 * timeline(graph).map((entry) => entry.id) //=> ['meeting:1', 'event:invasion']
 *
 * @category summaries
 * @since 0.1.0
 */
export const timeline = (graph: Graph): ReadonlyArray<TimelineEntry> => {
  const entries: TimelineEntry[] = []
  const names = new Map(graph.actors.map((actor) => [actor.id as string, actor.name as string]))
  const nameOf = (id: string): string => names.get(id) ?? id
  for (const event of graph.events) {
    if (event.time !== undefined) entries.push({ time: event.time, collection: 'events', id: event.id, label: escapeControls(event.name) })
  }
  for (const meeting of graph.meetings) {
    if (meeting.time === undefined) continue
    const who = meeting.participants.map(nameOf).join(', ')
    entries.push({ time: meeting.time, collection: 'meetings', id: meeting.id, label: escapeControls(`${termLabel(meeting.channel)} meeting: ${who}`) })
  }
  for (const agreement of graph.agreements) {
    for (const act of agreement.lifecycle) {
      entries.push({ time: act.time, collection: 'agreements', id: agreement.id, label: escapeControls(`${agreement.name}: ${act.type}`) })
    }
  }
  for (const document of graph.documents) {
    if (document.time !== undefined) {
      entries.push({ time: document.time, collection: 'documents', id: document.id, label: escapeControls(`${document.title} (${document.status})`) })
    }
  }
  for (const statement of graph.statements) {
    if (statement.time === undefined) continue
    const who = statement.speakers.map(nameOf).join(' and ')
    entries.push({ time: statement.time, collection: 'statements', id: statement.id, label: escapeControls(`${who}: ${termLabel(statement.speechAct)}`) })
  }
  return sort(OrdEntry)(entries)
}
