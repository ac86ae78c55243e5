/**
 * The graph: one self-contained collection of articles, actors, places, events, meetings, agreements,
 * documents, statements, positions, relations and votes, whose references all resolve inside it.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Actor } from './Actor.js'
import { Agreement } from './Agreement.js'
import { Annotation } from './Annotation.js'
import { Article } from './Article.js'
import { Correction } from './Correction.js'
import { Document } from './Document.js'
import { Event } from './Event.js'
import { Id } from './Id.js'
import { Meeting } from './Meeting.js'
import { Place } from './Place.js'
import { Position } from './Position.js'
import { Relation } from './Relation.js'
import { Statement } from './Statement.js'
import { struct } from './Struct.js'
import { Vote } from './Vote.js'
import { withGuard } from './internal/decodePath.js'
import { isGraph } from './generated/guards/Graph.js'

/**
 * A graph of news facts. Decoding checks its shape; {@link validateGraph} also checks that references
 * resolve, spans match their articles, and dates are in order.
 *
 * @example
 * import { Graph } from 'news-codecs'
 *
 * Graph.is({ articles: [], actors: [], places: [], events: [], meetings: [], agreements: [],
 *   documents: [], statements: [], positions: [], relations: [] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Graph = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Graph', {
  /** The source articles. */
  articles: /* @__PURE__ */ arrayOf(Article),
  /** People, states, organizations, groups and anonymous sources. */
  actors: /* @__PURE__ */ arrayOf(Actor),
  /** Places. */
  places: /* @__PURE__ */ arrayOf(Place),
  /** Events that are neither meetings nor agreements. */
  events: /* @__PURE__ */ arrayOf(Event),
  /** Meetings. */
  meetings: /* @__PURE__ */ arrayOf(Meeting),
  /** Agreements. */
  agreements: /* @__PURE__ */ arrayOf(Agreement),
  /** Documents. */
  documents: /* @__PURE__ */ arrayOf(Document),
  /** Statements. */
  statements: /* @__PURE__ */ arrayOf(Statement),
  /** Positions. */
  positions: /* @__PURE__ */ arrayOf(Position),
  /** Standing relations between actors. */
  relations: /* @__PURE__ */ arrayOf(Relation),
}, {
  /** Votes: counts per option, named votes, results. Optional, so graphs of 0.1 decode; absent means none. */
  votes: /* @__PURE__ */ arrayOf(Vote),
  /** Retractions and corrections of its facts, which stay in the graph. Optional; absent means none. */
  corrections: /* @__PURE__ */ arrayOf(Correction),
  /** The graph's own id, by which records of other graphs link to its records (`sameAs`). */
  id: Id,
  /** How its records were coded, unless a record says otherwise (see `annotationOf`). */
  annotation: Annotation,
}), isGraph)
/**
 * The type of a value {@link Graph} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Graph extends t.TypeOf<typeof Graph> {}

/**
 * The collections of a graph, by key (`votes` is optional: a graph without it has no votes).
 *
 * @category model
 * @since 0.1.0
 */
export type GraphCollection = { [K in keyof Graph]-?: NonNullable<Graph[K]> extends ReadonlyArray<unknown> ? K : never }[keyof Graph]

/**
 * A graph with every required collection empty, read from the Graph codec's required keys: where a graph
 * built in code, a converter's output or `news-codecs init` starts.
 *
 * @example
 * import { emptyGraph, validateGraph } from 'news-codecs'
 *
 * emptyGraph().meetings //=> []
 * validateGraph(emptyGraph())._tag //=> 'Right'
 *
 * @category constructors
 * @since 0.3.0
 */
export const emptyGraph = (): Graph => Object.fromEntries(Object.keys(Graph.required).map((key) => [key, []])) as unknown as Graph
