/**
 * Meetings: who met whom, how, where, when, for how long, and what each side conveyed.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Id } from './Id.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { Participation } from './Participation.js'
import { Realis } from './Realis.js'
import { ref } from './Reference.js'
import { ScheduleChange } from './Schedule.js'
import { listedOnce, struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { NonEmptyString } from './Text.js'
import type { Ord } from 'fp-ts/lib/Ord.js'
import { fromCompare } from 'fp-ts/lib/Ord.js'
import { Duration, OrdTime, Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isConveyance, isMeeting } from './generated/guards/Meeting.js'

/**
 * How the participants met. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { Channel } from 'news-codecs'
 *
 * Channel.is('phone') //=> true
 * Channel.is('fax') //=> false
 * Channel.is({ scheme: 'plover-mode', code: 'CONSULT:phone' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Channel = /* @__PURE__ */ vocabulary('Channel', ['in-person', 'phone', 'video', 'written', 'unknown'])
/**
 * The type of a value {@link Channel} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Channel = t.TypeOf<typeof Channel>

/**
 * Two parties, or more.
 *
 * @example
 * import { MeetingFormat } from 'news-codecs'
 *
 * MeetingFormat.is('bilateral') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const MeetingFormat = /* @__PURE__ */ t.keyof({ bilateral: null, multilateral: null }, 'MeetingFormat')
/**
 * The type of a value {@link MeetingFormat} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type MeetingFormat = t.TypeOf<typeof MeetingFormat>

/**
 * How many contacts one meeting record stands for, when a source sums several up ("they had since
 * discussed on the phone").
 *
 * @example
 * import { Occurrences } from 'news-codecs'
 *
 * Occurrences.is('one-or-more') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Occurrences = /* @__PURE__ */ t.keyof({ one: null, 'one-or-more': null, several: null }, 'Occurrences')
/**
 * The type of a value {@link Occurrences} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type Occurrences = t.TypeOf<typeof Occurrences>

/**
 * What one side told the other in a meeting.
 *
 * @example
 * import { Conveyance } from 'news-codecs'
 *
 * Conveyance.is({ by: 'person:antony-blinken', to: 'person:sergei-lavrov',
 *   content: 'The United States will keep supporting Ukraine.',
 *   evidence: [{ article: 'article:1', start: 0, end: 8, quote: 'informed' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Conveyance = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Conveyance',
  {
    /** Who conveyed it. */
    by: /* @__PURE__ */ ref('actor').as('conveyor'),
    /** What was conveyed, in a sentence. */
    content: NonEmptyString,
  },
  {
    ...supportFields,
    /** To whom, when not every other participant. */
    to: /* @__PURE__ */ ref('actor').as('recipient'),
  },
).withRules(/* @__PURE__ */ supported('a conveyance'), /* @__PURE__ */ coversPresentFields()), isConveyance)
/**
 * The type of a value {@link Conveyance} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Conveyance extends t.TypeOf<typeof Conveyance> {}

// Participants lists are short: counting by position allocates nothing, unlike a Set per record.
const distinctCount = (ids: ReadonlyArray<string>): number => {
  let count = 0
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i]!) === i) count++
  return count
}

/**
 * A meeting between two actors or more, each listed once (a bilateral one, two). Whether it was "the
 * first face-to-face since" some date is not stored: it follows from the earlier meetings in the graph.
 *
 * @example
 * import { Meeting } from 'news-codecs'
 *
 * Meeting.is({ id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone',
 *   evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Meeting = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Meeting',
  {
    /** Stable id. */
    id: Id,
    /** Who took part: two or more actors. */
    participants: /* @__PURE__ */ nonEmptyArray(/* @__PURE__ */ ref('actor').as('participant')),
    /** How they met. */
    channel: Channel,
  },
  {
    ...supportFields,
    ...recordFields,
    /** Bilateral or multilateral. */
    format: MeetingFormat,
    /** The event it took place on the sidelines of. */
    sidelinesOf: /* @__PURE__ */ ref('event').as('sidelinesOf'),
    /** Where it took place. */
    place: /* @__PURE__ */ ref('place').as('place'),
    /** When it took place. */
    time: Time,
    /** How long it lasted, with its bound ("less than 10 minutes"). */
    duration: Duration,
    /** What was discussed. */
    topics: /* @__PURE__ */ arrayOf(NonEmptyString),
    /** What the source says was not discussed ("subjects other than Ukraine"). */
    excludedTopics: /* @__PURE__ */ arrayOf(NonEmptyString),
    /** What each side conveyed. */
    conveyed: /* @__PURE__ */ arrayOf(Conveyance),
    /** What came of it. */
    outcome: NonEmptyString,
    /** How many contacts this record stands for; `one` when absent. */
    occurrences: Occurrences,
    /** Whether it happened; `actual` when absent (a meeting denied or planned is not). */
    realis: Realis,
    /** The part each actor played: host, visitor, mediator, chair... (normally one of the participants). */
    roles: /* @__PURE__ */ arrayOf(Participation),
    /** Statements it contradicts, as the source says: a denial that any meeting was planned, followed by the meeting. */
    contradicts: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('statement').as('contradicts')),
    /** Postponements, reschedulings and cancellations, in the order they were made. */
    schedule: /* @__PURE__ */ arrayOf(ScheduleChange),
  },
).withRules(
  /* @__PURE__ */ supported('a meeting'), /* @__PURE__ */ coversPresentFields(),
  /* @__PURE__ */ listedOnce('participants', 'a participant'),
  {
    code: 'too_few_participants',
    description: 'two or more distinct participants',
    check: ({ participants }) => {
      const distinct = distinctCount(participants)
      return distinct < 2
        ? [{ path: ['participants'], expected: 'two or more distinct actors', received: participants, message: `a meeting needs two or more distinct participants, found ${distinct}` }]
        : []
    },
    jsonSchema: { type: 'object', properties: { participants: { type: 'array', minItems: 2 } } },
  },
  {
    code: 'format_mismatch',
    description: 'a bilateral meeting has two participants',
    check: ({ format, participants }) => {
      if (format !== 'bilateral') return []
      const distinct = distinctCount(participants)
      return distinct > 2
        ? [{ path: ['format'], expected: 'multilateral, for more than two participants', received: format, message: `a bilateral meeting has two participants, this one ${distinct}` }]
        : []
    },
    jsonSchema: {
      if: { type: 'object', properties: { format: { const: 'bilateral' } }, required: ['format'] },
      then: { type: 'object', properties: { participants: { type: 'array', maxItems: 2 } } },
    },
  },
), isMeeting)
/**
 * The type of a value {@link Meeting} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Meeting extends t.TypeOf<typeof Meeting> {}

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Orders meetings by their time ({@link OrdTime}); meetings without a time come first.
 *
 * @example
 * import { OrdMeetingTime } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 * import { sort } from 'fp-ts/lib/ReadonlyArray.js'
 *
 * sort(OrdMeetingTime)(canonicalGraph.meetings).map((m) => m.time?.value)[0] //=> '2022-01'
 *
 * @category instances
 * @since 0.1.0
 */
export const OrdMeetingTime: Ord<Meeting> = /* @__PURE__ */ fromCompare((a, b) =>
  a.time === undefined ? (b.time === undefined ? 0 : -1) : b.time === undefined ? 1 : OrdTime.compare(a.time, b.time),
)
