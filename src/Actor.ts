/**
 * Actors: people (with the posts they hold), states, organizations, vague or collective groups, and
 * anonymous sources, as one union tagged by `kind`.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import type { Eq } from 'fp-ts/lib/Eq.js'
import { contramap } from 'fp-ts/lib/Eq.js'
import * as S from 'fp-ts/lib/string.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { CountryCode, Identifier } from './Identifier.js'
import { Name } from './Name.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { TaggedUnionType, taggedUnion } from './TaggedUnion.js'
import { NonEmptyString } from './Text.js'
import { datesInOrder, Edtf } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isActor, isAnonymousSource, isGroup, isOrganization, isPerson, isPost, isState } from './generated/guards/Actor.js'

/**
 * An office held over time (Popolo's Post with its Membership): "Secretary of State" of the United States
 * from 2021-01-26. It lets "the head of American diplomacy" resolve to whoever held the post on a date.
 *
 * @example
 * import { Post } from 'news-codecs'
 *
 * Post.is({ office: 'Secretary of State', of: 'state:US', from: '2021-01-26',
 *   otherNames: ['head of American diplomacy'] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Post = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Post',
  {
    /** The office, as usually named ("Secretary of State", "Minister of Foreign Affairs"). */
    office: NonEmptyString,
  },
  {
    /** The state or organization the office belongs to. */
    of: /* @__PURE__ */ ref('state', 'organization').as('postOf'),
    /** When the tenure began (EDTF). */
    from: Edtf,
    /** When the tenure ended (EDTF); absent while it goes on. */
    to: Edtf,
    /** Other ways the post is named ("head of American diplomacy"). */
    otherNames: /* @__PURE__ */ arrayOf(NonEmptyString),
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields(), /* @__PURE__ */ datesInOrder('from', 'to', (from, to) => `the tenure ends on ${to}, before it starts on ${from}`)), isPost)
/**
 * The type of a value {@link Post} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Post extends t.TypeOf<typeof Post> {}

/**
 * A sector of society an actor belongs to or acts for: a built-in, or a coded value, usually of the
 * PLOVER sector codes (`{ scheme: 'plover-sector', code: 'GOV' }`).
 *
 * @example
 * import { Sector } from 'news-codecs'
 *
 * Sector.is('military') //=> true
 * Sector.is({ scheme: 'plover-sector', code: 'REB' }) //=> true
 * Sector.is({ scheme: 'plover-sector', code: 'ABC' }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Sector = /* @__PURE__ */ vocabulary('Sector', [
  'government',
  'legislature',
  'judiciary',
  'military',
  'police',
  'intelligence',
  'party',
  'opposition',
  'rebels',
  'business',
  'labour',
  'media',
  'health',
  'education',
  'religion',
  'civil-society',
  'civilians',
  'refugees',
  'other',
])
/**
 * The type of a value {@link Sector} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type Sector = t.TypeOf<typeof Sector>

// Keys every actor has, whatever its kind.
const common = {
  /** Stable id, referred to by facts. */
  id: Id,
  /** The usual name or, for anonymous and vague actors, the description as written. */
  name: NonEmptyString,
}
const commonOptional = {
  /** Other names, abbreviations and metonyms ("Moscow" for Russia). */
  otherNames: /* @__PURE__ */ arrayOf(NonEmptyString),
  /** Names with their language or script and transliteration ("Сергей Лавров", `ru`, "Sergei Lavrov"). */
  names: /* @__PURE__ */ arrayOf(Name),
  /** Identifiers in outside schemes (`wikidata`, `iso3166-1`, ...). */
  identifiers: /* @__PURE__ */ arrayOf(Identifier),
  /** Where sources mention the actor. */
  mentions: /* @__PURE__ */ arrayOf(Evidence),
  /** The sectors of society the actor belongs to or acts for (government, military, media...), built-in or coded (`plover-sector`: `GOV`, `MIL`, `JRN`...). */
  sectors: /* @__PURE__ */ arrayOf(Sector),
  ...recordFields,
}

/**
 * A person, with the posts they hold.
 *
 * @example
 * import { Person } from 'news-codecs'
 *
 * Person.is({ kind: 'person', id: 'person:antony-blinken', name: 'Antony Blinken',
 *   posts: [{ office: 'Secretary of State', of: 'state:US', from: '2021-01-26' }] }) //=> true
 * Person.is({ kind: 'person', id: 'person:antony-blinken', name: 'Antony Blinken', born: '1962-04-16' }) //=> true
 * Person.is({ kind: 'person', id: 'person:x', name: 'X', born: '1990', died: '1989' }) //=> false
 *
 * @category model
 * @since 0.1.0
 */
export const Person = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Person',
  { kind: /* @__PURE__ */ t.literal('person'), ...common },
  {
    ...commonOptional,
    /** Offices held, with their dates. */
    posts: /* @__PURE__ */ arrayOf(Post),
    /** The state the person is a national of, or acts for. */
    nationality: /* @__PURE__ */ ref('state').as('nationality'),
    /** When the person was born (EDTF, as precise as known: `1962-01-16`, `1962`), as Popolo's `birth_date` and schema.org's `birthDate`. */
    born: Edtf,
    /** When the person died (EDTF), as Popolo's `death_date` and schema.org's `deathDate`. */
    died: Edtf,
  },
).withRules(/* @__PURE__ */ datesInOrder('born', 'died', (born, died) => `the person dies on ${died}, before being born on ${born}`)), isPerson)
/**
 * The type of a value {@link Person} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Person extends t.TypeOf<typeof Person> {}

/**
 * A sovereign state, identified by its ISO 3166-1 code.
 *
 * @example
 * import { State } from 'news-codecs'
 *
 * State.is({ kind: 'state', id: 'state:RU', name: 'Russia', countryCode: 'RU', otherNames: ['Moscow'] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const State = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'State',
  {
    kind: /* @__PURE__ */ t.literal('state'),
    ...common,
    /** ISO 3166-1 alpha-2 code. */
    countryCode: CountryCode,
  },
  commonOptional,
), isState)
/**
 * The type of a value {@link State} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface State extends t.TypeOf<typeof State> {}

/**
 * What sort of organization it is. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { OrganizationType } from 'news-codecs'
 *
 * OrganizationType.is('news-agency') //=> true
 * OrganizationType.is({ scheme: 'plover-sector', code: 'JRN' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const OrganizationType = /* @__PURE__ */ vocabulary('OrganizationType', [
  'intergovernmental',
  'forum',
  'government-body',
  'news-agency',
  'news-outlet',
  'non-governmental',
  'company',
  'other',
])
/**
 * The type of a value {@link OrganizationType} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type OrganizationType = t.TypeOf<typeof OrganizationType>

/**
 * An organization: the UN, the G20, a ministry, a news agency.
 *
 * @example
 * import { Organization } from 'news-codecs'
 *
 * Organization.is({ kind: 'organization', id: 'org:g20', name: 'G20', type: 'forum',
 *   otherNames: ['Group of Twenty'] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Organization = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Organization',
  { kind: /* @__PURE__ */ t.literal('organization'), ...common },
  {
    ...commonOptional,
    /** What sort of organization. */
    type: OrganizationType,
    /** The state or organization it belongs to (a ministry's state, say). */
    partOf: /* @__PURE__ */ ref('state', 'organization').as('parent'),
    /** Known members. */
    members: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('member')),
    /** When it was founded (EDTF), as Popolo's `founding_date` and schema.org's `foundingDate`. */
    founded: Edtf,
    /** When it was dissolved (EDTF), as Popolo's `dissolution_date` and schema.org's `dissolutionDate`. */
    dissolved: Edtf,
  },
).withRules(/* @__PURE__ */ datesInOrder('founded', 'dissolved', (founded, dissolved) => `the organization is dissolved on ${dissolved}, before its founding on ${founded}`)), isOrganization)
/**
 * The type of a value {@link Organization} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Organization extends t.TypeOf<typeof Organization> {}

/**
 * A vague or collective actor that is not an organization: "Western delegations", "the finance ministers".
 *
 * @example
 * import { Group } from 'news-codecs'
 *
 * Group.is({ kind: 'group', id: 'group:western-delegations', name: 'Western delegations', vague: true }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Group = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Group',
  { kind: /* @__PURE__ */ t.literal('group'), ...common },
  {
    ...commonOptional,
    /** Members the source names or implies; for a vague group, possibly none. */
    members: /* @__PURE__ */ arrayOf(/* @__PURE__ */ ref('actor').as('member')),
    /** `true` when the source leaves membership open ("a series of Western delegations"). */
    vague: t.boolean,
  },
), isGroup)
/**
 * The type of a value {@link Group} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Group extends t.TypeOf<typeof Group> {}

/**
 * An anonymous source ("a US official"), with whom they speak for and why they are not named.
 *
 * @example
 * import { AnonymousSource } from 'news-codecs'
 *
 * AnonymousSource.is({ kind: 'anonymous', id: 'anonymous:us-official', name: 'a US official',
 *   affiliation: 'state:US', anonymityReason: 'speaking on condition of anonymity' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const AnonymousSource = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'AnonymousSource',
  { kind: /* @__PURE__ */ t.literal('anonymous'), ...common },
  {
    ...commonOptional,
    /** The state, organization or group the source belongs to. */
    affiliation: /* @__PURE__ */ ref('state', 'organization', 'group').as('affiliation'),
    /** The reason given for anonymity ("speaking on condition of anonymity"). */
    anonymityReason: NonEmptyString,
  },
), isAnonymousSource)
/**
 * The type of a value {@link AnonymousSource} accepts.
 *
 * @category model
 * @since 0.1.0
 */
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
> = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('Actor', 'kind', {
  person: Person,
  state: State,
  organization: Organization,
  group: Group,
  anonymous: AnonymousSource,
}), isActor)
/**
 * The type of a value {@link Actor} accepts.
 *
 * @category model
 * @since 0.1.0
 */
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
 * @example
 * import { EqActor } from 'news-codecs'
 * import type { Actor } from 'news-codecs'
 *
 * const india = { kind: 'state', id: 'state:IN', name: 'India', countryCode: 'IN' } as Actor
 * const renamed = { ...india, name: 'Bharat' } as Actor
 * EqActor.equals(india, renamed) //=> true
 *
 * @category instances
 * @since 0.1.0
 */
export const EqActor: Eq<Actor> = /* @__PURE__ */ contramap((a: Actor) => a.id)(S.Eq)
