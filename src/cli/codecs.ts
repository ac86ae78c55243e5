/**
 * The models the command line can validate, by name: the one table behind `--type NAME`.
 *
 * @module
 */
import type * as t from 'io-ts'
import { Actor, AnonymousSource, Group, Organization, Person, Post, State } from '../Actor.js'
import { Agreement, AgreementParty, LifecycleAct } from '../Agreement.js'
import { Article, Publication } from '../Article.js'
import { Document, Paragraph } from '../Document.js'
import { Event } from '../Event.js'
import { Evidence } from '../Evidence.js'
import type { Issue } from '../Issue.js'
import { Conveyance, Meeting } from '../Meeting.js'
import { Place } from '../Place.js'
import { Position, PositionBasis, PositionTarget } from '../Position.js'
import { Relation } from '../Relation.js'
import { AttributionStep, Statement, StatementContent } from '../Statement.js'
import { Duration, Time, TimeAnchor } from '../Time.js'
import type { RuleSettings } from '../Rules.js'
import { applyRules } from '../Rules.js'
import { decodeWith, validateGraphReport } from '../Validation.js'

/**
 * Checks one parsed JSON value under rule settings: its errors, then its warnings (marked `severity:
 * 'warning'`); none means valid.
 */
export type RecordValidator = (input: unknown, rules?: RuleSettings) => ReadonlyArray<Issue>

const byCodec =
  (codec: t.Mixed): RecordValidator =>
  (input, rules) => {
    const result = decodeWith(codec)(input)
    if (result._tag === 'Right') return []
    const { errors, warnings } = applyRules(rules)(result.left)
    return [...errors, ...warnings]
  }

// A Graph is more than its shape: references, spans and dates are checked across records too.
const graph: RecordValidator = (input, rules) => {
  const { result, warnings } = rules === undefined ? validateGraphReport(input) : validateGraphReport(input, { rules })
  return [...(result._tag === 'Left' ? result.left : []), ...warnings]
}

/** Whether issues make a record invalid: an error does, a warning only with `strict`. */
export const failing = (issues: ReadonlyArray<{ readonly severity?: 'warning' }>, strict: boolean): boolean =>
  issues.some((issue) => strict || issue.severity !== 'warning')

/** Every name `--type` accepts, with its validator. The first block is the model records. */
export const VALIDATORS: Readonly<Record<string, RecordValidator>> = {
  Graph: graph,
  Article: byCodec(Article),
  Actor: byCodec(Actor),
  Place: byCodec(Place),
  Event: byCodec(Event),
  Meeting: byCodec(Meeting),
  Agreement: byCodec(Agreement),
  Document: byCodec(Document),
  Statement: byCodec(Statement),
  Position: byCodec(Position),
  Relation: byCodec(Relation),
  Evidence: byCodec(Evidence),
  Time: byCodec(Time),
  // Parts of records, useful when a feed delivers them on their own.
  Publication: byCodec(Publication),
  Person: byCodec(Person),
  Post: byCodec(Post),
  State: byCodec(State),
  Organization: byCodec(Organization),
  Group: byCodec(Group),
  AnonymousSource: byCodec(AnonymousSource),
  Conveyance: byCodec(Conveyance),
  AgreementParty: byCodec(AgreementParty),
  LifecycleAct: byCodec(LifecycleAct),
  Paragraph: byCodec(Paragraph),
  StatementContent: byCodec(StatementContent),
  AttributionStep: byCodec(AttributionStep),
  PositionTarget: byCodec(PositionTarget),
  PositionBasis: byCodec(PositionBasis),
  TimeAnchor: byCodec(TimeAnchor),
  Duration: byCodec(Duration),
}

/** The accepted names, in table order. */
export const TYPE_NAMES: ReadonlyArray<string> = Object.keys(VALIDATORS)

/** The canonical spelling of a type name (matched without regard to case), or undefined. */
export const resolveTypeName = (name: string): string | undefined =>
  TYPE_NAMES.find((known) => known.toLowerCase() === name.toLowerCase())
