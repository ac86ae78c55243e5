/**
 * Actors: people (with the posts they hold), states, organizations, vague or collective groups, and
 * anonymous sources, as one union tagged by `kind`.
 *
 * @module
 */
import * as t from 'io-ts'
import type { Eq } from 'fp-ts/lib/Eq.js'
import { contramap } from 'fp-ts/lib/Eq.js'
import * as S from 'fp-ts/lib/string.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { CountryCode, Identifier } from './Identifier.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { TaggedUnionType, taggedUnion } from './TaggedUnion.js'
import { NonEmptyString } from './Text.js'
import { Edtf } from './Time.js'

/**
 * An office held over time (Popolo's Post with its Membership): "Secretary of State" of the United States
 * from 2021-01-26. It lets "the head of American diplomacy" resolve to whoever held the post on a date.
 *
 * @category model
 * @since 0.1.0
 */
export const Post = struct(
  'Post',
  {
    /** The office, as usually named ("Secretary of State", "Minister of Foreign Affairs"). */
    office: NonEmptyString,
  },
  {
    /** The state or organization the office belongs to. */
    of: ref('state', 'organization'),
    /** When the tenure began (EDTF). */
    from: Edtf,
    /** When the tenure ended (EDTF); absent while it goes on. */
    to: Edtf,
    /** Other ways the post is named ("head of American diplomacy"). */
    otherNames: t.readonlyArray(NonEmptyString),
    /** Where a source says so. */
    evidence: nonEmptyArray(Evidence),
  },
)
/** @category model @since 0.1.0 */
export interface Post extends t.TypeOf<typeof Post> {}

// Keys every actor has, whatever its kind.
const common = {
  /** Stable id, referred to by facts. */
  id: Id,
  /** The usual name or, for anonymous and vague actors, the description as written. */
  name: NonEmptyString,
}
const commonOptional = {
  /** Other names, abbreviations and metonyms ("Moscow" for Russia). */
  otherNames: t.readonlyArray(NonEmptyString),
  /** Identifiers in outside schemes (`wikidata`, `iso3166-1`, ...). */
  identifiers: t.readonlyArray(Identifier),
  /** Where sources mention the actor. */
  mentions: t.readonlyArray(Evidence),
}

/**
 * A person, with the posts they hold.
 *
 * @category model
 * @since 0.1.0
 */
export const Person = struct(
  'Person',
  { kind: t.literal('person'), ...common },
  {
    ...commonOptional,
    /** Offices held, with their dates. */
    posts: t.readonlyArray(Post),
    /** The state the person is a national of, or acts for. */
    nationality: ref('state'),
  },
)
/** @category model @since 0.1.0 */
export interface Person extends t.TypeOf<typeof Person> {}

/**
 * A sovereign state, identified by its ISO 3166-1 code.
 *
 * @category model
 * @since 0.1.0
 */
export const State = struct(
  'State',
  {
    kind: t.literal('state'),
    ...common,
    /** ISO 3166-1 alpha-2 code. */
    countryCode: CountryCode,
  },
  commonOptional,
)
/** @category model @since 0.1.0 */
export interface State extends t.TypeOf<typeof State> {}

/**
 * What sort of organization it is.
 *
 * @category model
 * @since 0.1.0
 */
export const OrganizationType = t.keyof(
  {
    intergovernmental: null,
    forum: null,
    'government-body': null,
    'news-agency': null,
    'news-outlet': null,
    'non-governmental': null,
    company: null,
    other: null,
  },
  'OrganizationType',
)
/** @category model @since 0.1.0 */
export type OrganizationType = t.TypeOf<typeof OrganizationType>

/**
 * An organization: the UN, the G20, a ministry, a news agency.
 *
 * @category model
 * @since 0.1.0
 */
export const Organization = struct(
  'Organization',
  { kind: t.literal('organization'), ...common },
  {
    ...commonOptional,
    /** What sort of organization. */
    type: OrganizationType,
    /** The state or organization it belongs to (a ministry's state, say). */
    partOf: ref('state', 'organization'),
    /** Known members. */
    members: t.readonlyArray(ref('actor')),
  },
)
/** @category model @since 0.1.0 */
export interface Organization extends t.TypeOf<typeof Organization> {}

/**
 * A vague or collective actor that is not an organization: "Western delegations", "the finance ministers".
 *
 * @category model
 * @since 0.1.0
 */
export const Group = struct(
  'Group',
  { kind: t.literal('group'), ...common },
  {
    ...commonOptional,
    /** Members the source names or implies; for a vague group, possibly none. */
    members: t.readonlyArray(ref('actor')),
    /** `true` when the source leaves membership open ("a series of Western delegations"). */
    vague: t.boolean,
  },
)
/** @category model @since 0.1.0 */
export interface Group extends t.TypeOf<typeof Group> {}

/**
 * An anonymous source ("a US official"), with whom they speak for and why they are not named.
 *
 * @category model
 * @since 0.1.0
 */
export const AnonymousSource = struct(
  'AnonymousSource',
  { kind: t.literal('anonymous'), ...common },
  {
    ...commonOptional,
    /** The state, organization or group the source belongs to. */
    affiliation: ref('state', 'organization', 'group'),
    /** The reason given for anonymity ("speaking on condition of anonymity"). */
    anonymityReason: NonEmptyString,
  },
)
/** @category model @since 0.1.0 */
export interface AnonymousSource extends t.TypeOf<typeof AnonymousSource> {}

/**
 * Any actor, told apart by `kind`: `person`, `state`, `organization`, `group` or `anonymous`.
 *
 * @example
 * import { Actor } from 'news-codecs'
 *
 * Actor.is({ kind: 'state', id: 'state:IN', name: 'India', countryCode: 'IN' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Actor: TaggedUnionType<
  'kind',
  {
    person: typeof Person
    state: typeof State
    organization: typeof Organization
    group: typeof Group
    anonymous: typeof AnonymousSource
  }
> = taggedUnion('Actor', 'kind', {
  person: Person,
  state: State,
  organization: Organization,
  group: Group,
  anonymous: AnonymousSource,
})
/** @category model @since 0.1.0 */
export type Actor = Person | State | Organization | Group | AnonymousSource

/**
 * The kinds of actor.
 *
 * @category model
 * @since 0.1.0
 */
export type ActorKind = Actor['kind']

/**
 * Actors are equal when their ids are.
 *
 * @category instances
 * @since 0.1.0
 */
export const EqActor: Eq<Actor> = contramap((a: Actor) => a.id)(S.Eq)
