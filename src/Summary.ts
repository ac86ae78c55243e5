/**
 * Summaries of a graph: how many records of each kind it holds, and its facts in time order, as labels
 * or as sentences.
 *
 * @module
 */
import { sort } from 'fp-ts/lib/ReadonlyArray.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { contramap } from 'fp-ts/lib/Ord.js'
import type { Graph, GraphCollection } from './Graph.js'
import { currentGraph } from './GraphIndex.js'
import { escapeControls } from './Issue.js'
import type { Time } from './Time.js'
import { OrdTime } from './Time.js'
import { termLabel } from './Vocabulary.js'
import type { Vote } from './Vote.js'
import type { FactSentence } from './Sentences.js'
import { factSentences } from './Sentences.js'

/**
 * How many records of each collection a graph holds (an optional collection left out holds 0).
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
  votes: graph.votes?.length ?? 0,
  corrections: graph.corrections?.length ?? 0,
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

/**
 * A short label for a vote: its name (or what it was on) and its result with the yes–no–abstain counts
 * when given ("Resolution ES-11/1: adopted 141–5–35").
 *
 * @example
 * import { make, Vote, voteLabel } from 'news-codecs'
 *
 * voteLabel(make(Vote)({ id: 'vote:1', name: 'Resolution ES-11/1', on: { kind: 'motion', text: 'Aggression against Ukraine' },
 *   result: 'adopted', counts: [{ option: 'yes', count: 141 }, { option: 'no', count: 5 }, { option: 'abstain', count: 35 }],
 *   evidence: [{ article: 'article:1', start: 0, end: 7, quote: 'adopted' }] })) //=> 'Resolution ES-11/1: adopted 141–5–35'
 *
 * @category summaries
 * @since 0.2.0
 */
export const voteLabel = (vote: Vote): string => {
  const subject = vote.name ?? (vote.on.kind === 'motion' ? vote.on.text : `vote on ${vote.on.kind === 'document' ? vote.on.document : vote.on.kind === 'agreement' ? vote.on.agreement : vote.on.paragraph}`)
  const count = (option: string): number | undefined => vote.counts?.find((c) => c.option === option)?.count
  const tally = ['yes', 'no', 'abstain'].map(count)
  const figures = tally[0] !== undefined && tally[1] !== undefined ? tally.filter((n) => n !== undefined).join('–') : undefined
  const outcome = [vote.result, figures].filter((part) => part !== undefined).join(' ')
  return outcome === '' ? subject : `${subject}: ${outcome}`
}

const OrdEntry: Ord<TimelineEntry> = contramap((entry: TimelineEntry) => entry.time)(OrdTime)

/**
 * Every dated fact of a graph in its current state ({@link currentGraph}: none that a correction retracts
 * or replaces), oldest first by the span its time covers (so "January 2022" comes before
 * 2022-02-24); equal times keep the graph's order. Labels are for people: any control or bidi character
 * in a name (possible only in a graph that was not validated) is written escaped, as {@link escapeControls}
 * does, so a label is safe to print. Labels are short and keep coded values as written; for each fact as a
 * plain English sentence, see {@link sentenceSummary} and {@link factSentences}.
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
export const timeline = (recorded: Graph): ReadonlyArray<TimelineEntry> => {
  const graph = currentGraph(recorded)
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
  for (const vote of graph.votes ?? []) {
    if (vote.time !== undefined) entries.push({ time: vote.time, collection: 'votes', id: vote.id, label: escapeControls(voteLabel(vote)) })
  }
  for (const statement of graph.statements) {
    if (statement.time === undefined) continue
    const who = statement.speakers.map(nameOf).join(' and ')
    entries.push({ time: statement.time, collection: 'statements', id: statement.id, label: escapeControls(`${who}: ${termLabel(statement.speechAct)}`) })
  }
  return sort(OrdEntry)(entries)
}

/**
 * A graph's facts as sentences, for people: the dated ones oldest first, the undated ones in the graph's
 * order, and the corrections. The facts are those of the graph's current state ({@link currentGraph}), each
 * once; the corrections say what was retracted or replaced.
 *
 * @category model
 * @since 0.3.0
 */
export interface SentenceSummary {
  /** The dated facts, oldest first by the span their time covers; equal times keep the graph's order. */
  readonly dated: ReadonlyArray<FactSentence & { readonly time: Time }>
  /** The facts without a time, in the graph's order. */
  readonly undated: ReadonlyArray<FactSentence>
  /** What the graph's corrections retract or replace. */
  readonly corrections: ReadonlyArray<FactSentence>
}

const OrdDated: Ord<FactSentence & { readonly time: Time }> = contramap((entry: FactSentence & { readonly time: Time }) => entry.time)(OrdTime)

/**
 * Sorts a graph's sentences ({@link factSentences}) into one chronology, the undated facts, and the
 * corrections.
 *
 * @example
 * import { sentenceSummary } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const summary = sentenceSummary(canonicalGraph)
 * summary.dated[0]?.sentence //=> 'Antony Blinken and Sergei Lavrov met in person in January 2022.'
 * summary.dated.at(-1)?.sentence //=> 'The Black Sea Grain Initiative expires on March 18 (resolved: 18 March 2023).'
 *
 * @category summaries
 * @since 0.3.0
 */
export const sentenceSummary = (graph: Graph): SentenceSummary => {
  const current = factSentences(currentGraph(graph))
  const dated = current.flatMap((entry) => (entry.time === undefined ? [] : [{ ...entry, time: entry.time }]))
  return {
    dated: sort(OrdDated)(dated),
    undated: current.filter((entry) => entry.time === undefined),
    corrections: factSentences(graph).filter((entry) => entry.collection === 'corrections'),
  }
}

/**
 * The lines of one fact for a terminal: the sentence, then each distinct quote of its evidence once,
 * indented. Control and bidi characters are written escaped.
 *
 * @example
 * import { Evidence, factLines, make } from 'news-codecs'
 *
 * const evidence = [make(Evidence)({ article: 'a', start: 0, end: 3, quote: 'met' }), make(Evidence)({ article: 'a', start: 9, end: 12, quote: 'met' })]
 * factLines({ id: 'meeting:1', collection: 'meetings', sentence: 'A and B met.', marks: [], evidence })
 * //=> ['  A and B met.', '      “met”']
 *
 * @category summaries
 * @since 0.3.0
 */
export const factLines = (entry: FactSentence, indent = '  '): ReadonlyArray<string> => [
  `${indent}${escapeControls(entry.sentence)}`,
  ...[...new Set(entry.evidence.map((e) => e.quote as string))].map((quote) => `${indent}    “${escapeControls(quote)}”`),
]

/**
 * The summary as text: the chronology, then the undated facts and any corrections, each fact with its
 * quotes; what `news-codecs summary` prints after the record counts.
 *
 * @example
 * import { summaryText } from 'news-codecs'
 * import { gazaCeasefireGraph } from 'news-codecs/fixtures'
 *
 * summaryText(gazaCeasefireGraph).split('\n')[0] //=> 'What happened, oldest first:'
 *
 * @category summaries
 * @since 0.3.0
 */
export const summaryText = (graph: Graph): string => {
  const { dated, undated, corrections } = sentenceSummary(graph)
  const out: string[] = ['What happened, oldest first:', ...dated.flatMap((entry) => factLines(entry))]
  if (undated.length > 0) out.push('', 'Also in the graph, undated:', ...undated.flatMap((entry) => factLines(entry)))
  if (corrections.length > 0) out.push('', 'Corrections:', ...corrections.flatMap((entry) => factLines(entry)))
  return out.join('\n')
}
