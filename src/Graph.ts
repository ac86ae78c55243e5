/**
 * The graph: one self-contained collection of articles, actors, places, events, meetings, agreements,
 * documents, statements, positions and relations, whose references all resolve inside it.
 *
 * @module
 */
import * as t from 'io-ts'
import { Actor } from './Actor.js'
import { Agreement } from './Agreement.js'
import { Article } from './Article.js'
import { Document } from './Document.js'
import { Event } from './Event.js'
import { Meeting } from './Meeting.js'
import { Place } from './Place.js'
import { Position } from './Position.js'
import { Relation } from './Relation.js'
import { Statement } from './Statement.js'
import { struct } from './Struct.js'

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
export const Graph = struct('Graph', {
  /** The source articles. */
  articles: t.readonlyArray(Article),
  /** People, states, organizations, groups and anonymous sources. */
  actors: t.readonlyArray(Actor),
  /** Places. */
  places: t.readonlyArray(Place),
  /** Events that are neither meetings nor agreements. */
  events: t.readonlyArray(Event),
  /** Meetings. */
  meetings: t.readonlyArray(Meeting),
  /** Agreements. */
  agreements: t.readonlyArray(Agreement),
  /** Documents. */
  documents: t.readonlyArray(Document),
  /** Statements. */
  statements: t.readonlyArray(Statement),
  /** Positions. */
  positions: t.readonlyArray(Position),
  /** Standing relations between actors. */
  relations: t.readonlyArray(Relation),
})
/**
 * The type of a value {@link Graph} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Graph extends t.TypeOf<typeof Graph> {}

/**
 * The collections of a graph, by key.
 *
 * @category model
 * @since 0.1.0
 */
export type GraphCollection = keyof Graph
