/**
 * Schedule changes: a meeting or an event postponed, rescheduled or cancelled, by whom, and when it was
 * announced (after schema.org's `eventStatus`, which says only the status: here the decision is a dated,
 * attributed act with its evidence, and a record keeps every change in order).
 *
 * @module
 */
import * as t from 'io-ts'
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable } from 'fp-ts/lib/Option.js'
import { arrayOf } from './ArrayOf.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { NonEmptyString } from './Text.js'
import { Time } from './Time.js'
import { withGuard } from './internal/decodePath.js'
import { isScheduleChange } from './generated/guards/Schedule.js'

/**
 * What happened to the plan: `postponed` (put off; the new time may not be known yet), `rescheduled`
 * (moved to a new time that is known), `cancelled` (called off). After schema.org's EventPostponed,
 * EventRescheduled and EventCancelled.
 *
 * @example
 * import { ScheduleStatus } from 'news-codecs'
 *
 * ScheduleStatus.is('postponed') //=> true
 * ScheduleStatus.is('scheduled') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const ScheduleStatus = /* @__PURE__ */ t.keyof({ postponed: null, rescheduled: null, cancelled: null }, 'ScheduleStatus')
/**
 * The type of a value {@link ScheduleStatus} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type ScheduleStatus = t.TypeOf<typeof ScheduleStatus>

/**
 * One change to when a meeting or an event takes place, with who decided it and when it was made known.
 *
 * @example
 * import { ScheduleChange } from 'news-codecs'
 *
 * ScheduleChange.is({ status: 'cancelled', by: ['person:donald-trump'], announced: { value: '2018-05-24' },
 *   evidence: [{ article: 'article:1', start: 0, end: 10, quote: 'called off' }] }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const ScheduleChange = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'ScheduleChange',
  {
    /** What happened to the plan. */
    status: ScheduleStatus,
  },
  {
    ...supportFields,
    /** Who decided it. */
    by: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('decider')),
    /** When it was announced. */
    announced: Time,
    /** The new time, for a postponement or rescheduling, when known. */
    newTime: Time,
    /** The reason given. */
    reason: NonEmptyString,
  },
).withRules(/* @__PURE__ */ supported('a schedule change'), /* @__PURE__ */ coversPresentFields()), isScheduleChange)
/**
 * The type of a value {@link ScheduleChange} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface ScheduleChange extends t.TypeOf<typeof ScheduleChange> {}

/**
 * The last change of a meeting's or an event's schedule (the one in force), if any: a schedule lists its
 * changes in the order they were made.
 *
 * @example
 * import { latestScheduleChange } from 'news-codecs'
 * import { map } from 'fp-ts/lib/Option.js'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 9, quote: 'postponed' }] as const
 * map((change: { status: string }) => change.status)(latestScheduleChange({ schedule: [{ status: 'postponed', evidence },
 *   { status: 'cancelled', evidence }] })) //=> { _tag: 'Some', value: 'cancelled' }
 * latestScheduleChange({})._tag //=> 'None'
 *
 * @category utils
 * @since 0.2.0
 */
export const latestScheduleChange = <C = ScheduleChange>(record: { readonly schedule?: ReadonlyArray<C> | undefined }): Option<C> =>
  fromNullable(record.schedule?.[record.schedule.length - 1])
