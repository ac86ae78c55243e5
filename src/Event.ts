/**
 * Events: what is neither a meeting nor an agreement but a story leans on: a war, an invasion, explosions,
 * an investigation, a conference (the parent of meetings on its sidelines).
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Id } from './Id.js'
import { Participation } from './Participation.js'
import { Quantity } from './Quantity.js'
import { Realis } from './Realis.js'
import { ref } from './Reference.js'
import { ScheduleChange } from './Schedule.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { Topic } from './Subject.js'
import { NonEmptyString } from './Text.js'
import { Duration, Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isEvent } from './generated/guards/Event.js'

/**
 * What sort of event it is. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { EventType } from 'news-codecs'
 *
 * EventType.is('invasion') //=> true
 * EventType.is({ scheme: 'plover', code: 'ASSAULT' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const EventType = /* @__PURE__ */ vocabulary('EventType', [
  'conference',
  'summit',
  'armed-conflict',
  'invasion',
  'attack',
  'explosion',
  'investigation',
  'crisis',
  'election',
  'speech',
  'visit',
  'session',
  'vote',
  'suspension',
  'cut-off',
  'sanction',
  'protest',
  'ceasefire',
  'other',
])
/**
 * The type of a value {@link EventType} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type EventType = t.TypeOf<typeof EventType>

/**
 * An event, with its time, place, participants and the larger event it is part of.
 *
 * @example
 * import { Event } from 'news-codecs'
 *
 * Event.is({ id: 'event:invasion', type: 'invasion', name: 'Russian invasion of Ukraine',
 *   time: { value: '2022-02-24' },
 *   evidence: [{ article: 'article:1', start: 0, end: 8, quote: 'invasion' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Event = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Event',
  {
    /** Stable id. */
    id: Id,
    /** What sort of event. */
    type: EventType,
    /** A short name. */
    name: NonEmptyString,
  },
  {
    ...supportFields,
    ...recordFields,
    /** When it happened (an interval for lasting events). */
    time: Time,
    /** How long it lasted. */
    duration: Duration,
    /** Where it happened. */
    place: /* @__PURE__ */ ref('place').as('place'),
    /** Who took part (a list, never pairs: a conference of twenty is one event). */
    participants: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('participant')),
    /** Who organized, chaired or hosted it. */
    organizers: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('organizer')),
    /** The larger event it is part of (schema.org `superEvent`). */
    partOf: /* @__PURE__ */ ref('event').as('partOf'),
    /** Events that led to this one, as the source says: an invasion to a food crisis, explosions to an investigation. */
    causedBy: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('event').as('cause')),
    /** Whether it happened; `actual` when absent. */
    realis: Realis,
    /** What came of it. */
    outcome: NonEmptyString,
    /** A sentence of context. */
    description: NonEmptyString,
    /** The numbers the source gives: dead, injured, displaced, the size of a crowd. */
    quantities: /* @__PURE__ */ arrayOf(Quantity),
    /** Who did what to whom: actors with the part they played (who acted, who was acted on, who mediated). */
    roles: /* @__PURE__ */ arrayOf(Participation),
    /** Statements it contradicts, as the source says: the strike that came after a denial of any plan for one. */
    contradicts: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('statement').as('contradicts')),
    /** Postponements, reschedulings and cancellations, in the order they were made. */
    schedule: /* @__PURE__ */ arrayOf(ScheduleChange),
    /** The settings it belongs to, as an event coder gives them: PLOVER contexts (`{ scheme: 'plover-context', code: 'economic' }`) or topics. */
    contexts: /* @__PURE__ */ arrayOf(Topic),
  },
).withRules(/* @__PURE__ */ supported('an event'), /* @__PURE__ */ coversPresentFields()), isEvent)
/**
 * The type of a value {@link Event} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Event extends t.TypeOf<typeof Event> {}
