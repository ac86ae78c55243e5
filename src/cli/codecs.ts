/**
 * The models the command line knows, by name: the one table behind `--type NAME`, `schema NAME` and
 * `types`, and the place where a user's own codec (`--codec`) joins them.
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
import { Graph } from '../Graph.js'
import type { Issue } from '../Issue.js'
import type { JsonSchema } from '../JsonSchema.js'
import { isJsonSchemaName, jsonSchemaFor, toJsonSchema } from '../JsonSchema.js'
import { Conveyance, Meeting } from '../Meeting.js'
import { Place } from '../Place.js'
import { Position, PositionBasis, PositionTarget } from '../Position.js'
import { Quantity } from '../Quantity.js'
import { Relation } from '../Relation.js'
import { AttributionStep, Statement, StatementContent } from '../Statement.js'
import { Duration, Time, TimeAnchor } from '../Time.js'
import { Vote } from '../Vote.js'
import type { RuleSettings } from '../Rules.js'
import { applyRules } from '../Rules.js'
import { decodeWith, validateGraphReport } from '../Validation.js'

/**
 * Checks one parsed JSON value under rule settings: its errors, then its warnings (marked `severity:
 * 'warning'`); none means valid.
 */
export type RecordValidator = (input: unknown, rules?: RuleSettings) => ReadonlyArray<Issue>

/** Checks a value with any io-ts codec, reporting its failures as issues under the rule settings. */
export const validatorOf =
  (codec: t.Decoder<unknown, unknown>): RecordValidator =>
  (input, rules) => {
    const result = decodeWith(codec as t.Type<unknown, unknown, unknown>)(input)
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

/**
 * Every model by name, with its codec. The first block is the model records; then values that have a
 * shipped JSON Schema of their own; then parts of records that feeds sometimes deliver on their own.
 */
export const MODELS: Readonly<Record<string, t.Mixed>> = {
  Graph,
  Article,
  Actor,
  Place,
  Event,
  Meeting,
  Agreement,
  Document,
  Statement,
  Position,
  Relation,
  Evidence,
  Time,
  Quantity,
  Vote,
  Publication,
  Person,
  Post,
  State,
  Organization,
  Group,
  AnonymousSource,
  Conveyance,
  AgreementParty,
  LifecycleAct,
  Paragraph,
  StatementContent,
  AttributionStep,
  PositionTarget,
  PositionBasis,
  TimeAnchor,
  Duration,
}

// Filled from MODELS, and by `useCodec` with a user's codec; a worker thread sees only the models.
const validators: Record<string, RecordValidator> = Object.fromEntries(
  Object.entries(MODELS).map(([name, codec]) => [name, name === 'Graph' ? graph : validatorOf(codec)]),
)

/** Every name `--type` accepts, with its validator (and a user's codec once `useCodec` has added it). */
export const VALIDATORS: Readonly<Record<string, RecordValidator>> = validators

/** The model names, in table order. */
export const TYPE_NAMES: ReadonlyArray<string> = Object.keys(MODELS)

/** The canonical spelling of a model name (matched without regard to case), or undefined. */
export const resolveTypeName = (name: string): string | undefined =>
  TYPE_NAMES.find((known) => known.toLowerCase() === name.toLowerCase())

/**
 * The JSON Schema of a model: the shipped file's document for the models that have one, and the same
 * derivation from the codec for the others.
 */
export const schemaOf = (name: string): JsonSchema => (isJsonSchemaName(name) ? jsonSchemaFor(name) : toJsonSchema(MODELS[name]!, name))

/** Adds a user's codec under `name` (a name no model has), so that checking by that name uses it. */
export const useCodec = (name: string, codec: t.Decoder<unknown, unknown>): void => {
  validators[name] = validatorOf(codec)
}
