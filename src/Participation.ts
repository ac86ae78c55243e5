/**
 * Participation: who did what to whom in a meeting or an event. Each actor named with the part it played
 * (after PLOVER's source and target actors and the argument roles of ACE/ERE), so "Russia attacked
 * Ukraine" or "Türkiye hosted the talks" is data rather than a sentence.
 *
 * @module
 */
import * as t from 'io-ts'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supportFields } from './Support.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isParticipation } from './generated/guards/Participation.js'

/**
 * The part an actor plays in a meeting or an event: `initiator` (who acted: PLOVER's source), `target`
 * (who was acted on), `host`, `visitor`, `mediator`, `organizer`, `chair`, `signatory`, `guarantor`,
 * `observer`, `victim`, `perpetrator`, `spokesperson`, `other`. A built-in, or a coded value
 * `{ scheme, code }` (an ACE argument role, say; see {@link vocabulary}).
 *
 * @example
 * import { ParticipantRole } from 'news-codecs'
 *
 * ParticipantRole.is('mediator') //=> true
 * ParticipantRole.is({ scheme: 'ace', code: 'Attacker' }) //=> true
 * ParticipantRole.is('bystander') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const ParticipantRole = /* @__PURE__ */ vocabulary('ParticipantRole', [
  'initiator',
  'target',
  'host',
  'visitor',
  'mediator',
  'organizer',
  'chair',
  'signatory',
  'guarantor',
  'observer',
  'victim',
  'perpetrator',
  'spokesperson',
  'other',
])
/**
 * The type of a value {@link ParticipantRole} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type ParticipantRole = t.TypeOf<typeof ParticipantRole>

/**
 * An actor and the part it played in a meeting or an event. One actor may hold several roles (a host that
 * also chairs), each in its own entry.
 *
 * @example
 * import { Participation } from 'news-codecs'
 *
 * Participation.is({ actor: 'state:TR', role: 'host' }) //=> true
 * Participation.is({ actor: 'state:RU', role: 'initiator',
 *   evidence: [{ article: 'article:1', start: 0, end: 7, quote: 'invaded' }] }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const Participation = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Participation',
  {
    /** Who played the part. */
    actor: /* @__PURE__ */ ref('actor').as('roleHolder'),
    /** The part played. */
    role: ParticipantRole,
  },
  {
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isParticipation)
/**
 * The type of a value {@link Participation} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Participation extends t.TypeOf<typeof Participation> {}
