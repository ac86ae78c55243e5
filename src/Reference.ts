/**
 * References: ids that point at another record of a graph, with the kinds of record they may point at and
 * the role the record named plays in the one that names it.
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kinds of record a graph holds. An actor is both `actor` and its own kind (`person`, `state`, ...).
 *
 * @category model
 * @since 0.1.0
 */
export type RecordKind =
  | 'article'
  | 'actor'
  | 'person'
  | 'state'
  | 'organization'
  | 'group'
  | 'anonymous'
  | 'place'
  | 'event'
  | 'meeting'
  | 'agreement'
  | 'document'
  | 'paragraph'
  | 'statement'
  | 'position'
  | 'relation'
  | 'vote'
  | 'act'
  | 'correction'

/**
 * What a role says of the record named: `actor`, it takes part in the fact (found by `factsOfActor`);
 * `target`, the fact is about it or aims at it (found by `factsAbout`); `link`, any other tie (a place,
 * a cause, the article of a span).
 *
 * @category model
 * @since 0.2.0
 */
export type RoleCategory = 'actor' | 'target' | 'link'

/**
 * Every role a reference may carry, with its category and what it means. The index, the JSON-LD export and
 * the model reference read their field lists from these, so a new field needs only its role.
 *
 * @example
 * import { ROLES } from 'news-codecs'
 *
 * ROLES.participant.category //=> 'actor'
 * ROLES.about.category //=> 'target'
 *
 * @category model
 * @since 0.2.0
 */
export const ROLES = {
  participant: { category: 'actor', description: 'takes part in the meeting or event' },
  organizer: { category: 'actor', description: 'organizes the event' },
  chair: { category: 'actor', description: 'chairs the meeting or event' },
  party: { category: 'actor', description: 'is bound by the agreement, signs it, guarantees or mediates it' },
  performer: { category: 'actor', description: 'performed the act (signed, ratified, withdrew...)' },
  issuer: { category: 'actor', description: 'issued the document' },
  signer: { category: 'actor', description: 'signed the document' },
  refuser: { category: 'actor', description: 'refused to sign the document' },
  speaker: { category: 'actor', description: 'said it' },
  addressee: { category: 'actor', description: 'is spoken to' },
  audience: { category: 'actor', description: 'heard it without being addressed' },
  reporter: { category: 'actor', description: 'relayed it (a step of an attribution chain)' },
  holder: { category: 'actor', description: 'holds the position' },
  attributor: { category: 'actor', description: 'is the one according to whom the position is held' },
  conveyor: { category: 'actor', description: 'conveyed it' },
  recipient: { category: 'actor', description: 'was told it' },
  subject: { category: 'actor', description: 'is the first end of the relation' },
  object: { category: 'actor', description: 'is the second end of the relation' },
  voter: { category: 'actor', description: 'cast the vote' },
  votingBody: { category: 'actor', description: 'is the assembly, council, parliament or electorate that voted' },
  about: { category: 'target', description: 'is what it is about' },
  target: { category: 'target', description: 'is what the position is on' },
  occasion: { category: 'target', description: 'is the meeting or event where it was said' },
  sidelinesOf: { category: 'target', description: 'is the event on whose sidelines it took place' },
  partOf: { category: 'target', description: 'is the larger event it is part of' },
  source: { category: 'link', description: 'is the article the span is in' },
  place: { category: 'link', description: 'is where it took place' },
  cause: { category: 'link', description: 'caused it' },
  contradicts: { category: 'link', description: 'is a fact it contradicts (a statement, a meeting that belies a denial...)' },
  basis: { category: 'link', description: 'shows the position' },
  member: { category: 'link', description: 'is a member of the group or organization' },
  parent: { category: 'link', description: 'is the state or organization it belongs to' },
  affiliation: { category: 'link', description: 'is what the anonymous source belongs to' },
  nationality: { category: 'link', description: 'is the state of which the person is a national' },
  postOf: { category: 'link', description: 'is the state or organization the post is of' },
  within: { category: 'link', description: 'is the larger place that holds it' },
  anchor: { category: 'link', description: 'is the record a relative time was resolved against' },
  figureSource: { category: 'link', description: 'gives the figure (a ministry\'s death toll, the organizers\' count of a crowd)' },
  candidate: { category: 'actor', description: 'stood in the election (a candidate or a party list)' },
  credited: { category: 'actor', description: 'is credited in the article\'s byline (as author, correspondent, editor, photographer, agency...)' },
  dateline: { category: 'link', description: 'is the place named in the article\'s dateline, where it was filed' },
  reachedAt: { category: 'target', description: 'is the meeting or event at which the agreement was reached' },
  adoptedBy: { category: 'link', description: 'is the vote that adopted the document' },
  roleHolder: { category: 'actor', description: 'plays the part named beside it in the meeting or event (initiator, target, host...)' },
  repliesTo: { category: 'target', description: 'is the fact it replies to (a rebuttal of a statement, an answer to an event)' },
  decider: { category: 'actor', description: 'decided to postpone, reschedule or cancel it' },
  premise: { category: 'link', description: 'is a fact it is inferred from' },
  supersededVersion: { category: 'link', description: 'is the earlier version of the article that this one replaces' },
  corrected: { category: 'link', description: 'is the fact the correction retracts or replaces' },
  replacement: { category: 'link', description: 'is the fact that replaces the one corrected' },
} as const satisfies Readonly<Record<string, { readonly category: RoleCategory; readonly description: string }>>

/**
 * The role a reference carries.
 *
 * @category model
 * @since 0.2.0
 */
export type Role = keyof typeof ROLES

/**
 * The codec class behind {@link ref}: an {@link Id} that must name a record of one of `targets` in the
 * enclosing graph, in a {@link Role}. Shape decoding checks the id; {@link checkGraph} checks what it names.
 *
 * @example
 * import { ref, RefType } from 'news-codecs'
 *
 * ref('place') instanceof RefType //=> true
 * ref('place').as('place').name //=> 'Ref<place>'
 *
 * @category model
 * @since 0.1.0
 */
export class RefType extends t.Type<Id, string, unknown> {
  readonly _tag = 'RefType' as const
  constructor(
    readonly targets: ReadonlyArray<RecordKind>,
    /** What the record named is to the one that names it; every reference of the model has one. */
    readonly role?: Role,
  ) {
    super(`Ref<${targets.join(' | ')}>`, Id.is, Id.validate, Id.encode)
  }

  /** The same reference in a role. */
  as(role: Role): RefType {
    return new RefType(this.targets, role)
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A reference to a record of one of the given kinds; `.as(role)` says what that record is to this one.
 *
 * @example
 * import { ref } from 'news-codecs'
 *
 * const Participant = ref('actor').as('participant')
 * Participant.targets //=> ['actor']
 * Participant.role //=> 'participant'
 *
 * @category constructors
 * @since 0.1.0
 */
export const ref = (...targets: [RecordKind, ...RecordKind[]]): RefType => new RefType(targets)
