/**
 * The Popolo converter: a Popolo export (people, organizations, posts, memberships, events, speeches,
 * motions, vote events and areas) to a graph, and a graph back to a Popolo export. What one side says and
 * the other cannot hold is never dropped: each such value is returned as a loss, with its path in the
 * source. docs/popolo.md has the field mapping of every class.
 *
 * @module
 */
import type { Actor, Article, Event, EventType, Evidence, Graph, Issue, Meeting, Name, NamedVote, Organization, OrganizationType, OutsideSource, Person, Place, PlaceKind, Post, SameAs, State, Statement, Vote, VoteCount, VoteOption, VoteResult } from 'news-codecs'
import { CountryCode, Edtf, emptyGraph, Identifier, NonEmptyString, NonEmptyText, Tally, unprocessableIssue, Url, validateGraph } from 'news-codecs'
import type { NinjsLoss } from './Ninjs.js'
import { jsonPointer, jsonTypeOf, slugOf } from './conversion.js'
import { isRecord } from '../internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A value one side of the Popolo conversion holds and the other has no place for: its JSON pointer in the
 * source (the export, or the graph), the value and why.
 *
 * @example
 * import type { PopoloLoss } from 'news-codecs/converters'
 *
 * const loss: PopoloLoss = { path: '/persons/0/gender', value: 'female', reason: 'the model has no gender of a person' }
 * loss.path //=> '/persons/0/gender'
 *
 * @category interop
 * @since 0.3.0
 */
export interface PopoloLoss extends NinjsLoss {}

/**
 * A class of the Popolo data specification, as a single object of it is told apart: `person`,
 * `organization`, `post`, `membership`, `event`, `speech`, `motion`, `vote_event` or `area`.
 *
 * @example
 * import type { PopoloClass } from 'news-codecs/converters'
 *
 * const kind: PopoloClass = 'vote_event'
 * kind //=> 'vote_event'
 *
 * @category interop
 * @since 0.3.0
 */
export type PopoloClass = 'person' | 'organization' | 'post' | 'membership' | 'event' | 'speech' | 'motion' | 'vote_event' | 'area'

/**
 * Options of {@link fromPopolo}.
 *
 * @example
 * import type { FromPopoloOptions } from 'news-codecs/converters'
 *
 * const options: FromPopoloOptions = { class: 'person', scheme: 'everypolitician' }
 * options.class //=> 'person'
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromPopoloOptions {
  /** Read the input as one object of this class rather than telling an export or a class from its keys. */
  readonly class?: PopoloClass
  /** The identifier scheme the export's ids belong to, in `sameAs` and sources; `popolo` when absent. */
  readonly scheme?: string
}

/**
 * What {@link fromPopolo} returns: the graph, the values with no home in the model, and the issues: those
 * of the export, at paths into it, then those of the graph's validation, at paths that begin with `graph`.
 *
 * @example
 * import { fromPopolo } from 'news-codecs/converters'
 *
 * const result = fromPopolo({ persons: [{ id: 'ada-example', name: 'Ada Example' }] })
 * result.graph.actors.length //=> 1
 * result.issues //=> []
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromPopolo {
  /** A graph with the actors, places, events, meetings, statements, votes and transcripts the export gives. */
  readonly graph: Graph
  /** Every value of the export the model does not hold. */
  readonly losses: ReadonlyArray<PopoloLoss>
  /** What the export gets wrong, and the graph's own issues. */
  readonly issues: ReadonlyArray<Issue>
}

/**
 * Options of {@link toPopolo}.
 *
 * @example
 * import type { ToPopoloOptions } from 'news-codecs/converters'
 *
 * const options: ToPopoloOptions = { scheme: 'everypolitician' }
 * options.scheme //=> 'everypolitician'
 *
 * @category interop
 * @since 0.3.0
 */
export interface ToPopoloOptions {
  /** The scheme of the `sameAs` identifiers and sources that give a record's Popolo id; `popolo` when absent. */
  readonly scheme?: string
}

/**
 * What {@link toPopolo} returns: the Popolo export, and the graph's values with no Popolo home.
 *
 * @example
 * import { Graph, make } from 'news-codecs'
 * import { toPopolo } from 'news-codecs/converters'
 *
 * const { popolo, losses } = toPopolo(make(Graph)({ articles: [], actors: [{ kind: 'person', id: 'person:ada', name: 'Ada Example' }],
 *   places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }))
 * popolo.persons //=> [{ id: 'person:ada', name: 'Ada Example' }]
 * losses //=> []
 *
 * @category interop
 * @since 0.3.0
 */
export interface ToPopolo {
  /** The export: `persons`, `organizations`, `posts`, `memberships`, `events`, `speeches`, `motions`, `vote_events`, `areas`. */
  readonly popolo: Record<string, Array<Record<string, unknown>>>
  /** Every value of the graph the export does not hold. */
  readonly losses: ReadonlyArray<PopoloLoss>
}

// -------------------------------------------------------------------------------------
// field names
// -------------------------------------------------------------------------------------

// The lists of an export, each with the class of its entries.
const COLLECTIONS: ReadonlyArray<readonly [string, PopoloClass]> = [
  ['areas', 'area'], ['persons', 'person'], ['organizations', 'organization'], ['posts', 'post'], ['memberships', 'membership'],
  ['events', 'event'], ['speeches', 'speech'], ['motions', 'motion'], ['vote_events', 'vote_event'],
]

// Keys that tell one class from the others, checked in this order.
const TELLING_KEYS: ReadonlyArray<readonly [PopoloClass, ReadonlyArray<string>]> = [
  ['vote_event', ['counts', 'group_results', 'motion_id', 'motion']],
  ['membership', ['person_id', 'post_id', 'on_behalf_of_id', 'member', 'person', 'post', 'on_behalf_of']],
  ['speech', ['attribution_text', 'audience_id', 'audio', 'video', 'position', 'event_id', 'title']],
  ['motion', ['requirement', 'creator_id', 'legislative_session_id']],
  ['area', ['geometry']],
  ['post', ['label', 'other_label']],
  ['person', ['birth_date', 'death_date', 'given_name', 'family_name', 'additional_name', 'honorific_prefix', 'honorific_suffix',
    'patronymic_name', 'sort_name', 'email', 'gender', 'pronouns', 'summary', 'biography', 'national_identity', 'speeches']],
  ['event', ['start_date', 'end_date', 'location', 'status', 'attendees']],
  ['organization', ['founding_date', 'dissolution_date', 'abstract', 'description', 'classification', 'parent_id', 'posts', 'vote_events']],
]

// Fields of several classes with no home in the model, with the reason.
const COMMON_UNHELD: Record<string, string> = {
  created_at: 'the model does not keep when the Popolo record was created',
  updated_at: 'the model does not keep when the Popolo record was last modified',
  contact_details: 'the model has no contact details',
  area_id: 'the model ties no geographic area to an organization, a post or a membership',
  area: 'the model ties no geographic area to an organization, a post or a membership',
  image: 'the model has no image of an actor',
  memberships: 'memberships are read from the export\'s own list',
  posts: 'posts are read from the export\'s own list',
  motions: 'motions are read from the export\'s own list',
  speeches: 'speeches are read from the export\'s own list',
  votes: 'votes are read from the vote events that hold them',
  vote_events: 'vote events are read from the export\'s own list',
  children: 'the parts of a record are read from their own records, which name it as their parent',
  parent: 'an embedded copy of a record; the converter follows `parent_id`',
  organization: 'an embedded copy of a record; the converter follows `organization_id`',
  person: 'an embedded copy of a record; the converter follows `person_id`',
  post: 'an embedded copy of a record; the converter follows `post_id`',
  event: 'an embedded copy of a record; the converter follows `event_id`',
  creator: 'an embedded copy of a record; the converter follows `creator_id`',
  audience: 'an embedded copy of a record; the converter follows `audience_id`',
  legislative_session: 'an embedded copy of a record; the converter follows `legislative_session_id`',
  on_behalf_of: 'an embedded copy of a record; the model has no party or group a member sits for',
}

const PERSON_UNHELD: Record<string, string> = {
  family_name: 'the model keeps a person\'s full name, not its parts',
  given_name: 'the model keeps a person\'s full name, not its parts',
  additional_name: 'the model keeps a person\'s full name, not its parts',
  honorific_prefix: 'the model keeps a person\'s full name, not its parts',
  honorific_suffix: 'the model keeps a person\'s full name, not its parts',
  patronymic_name: 'the model keeps a person\'s full name, not its parts',
  sort_name: 'the model has no sorting name',
  email: 'the model has no contact details',
  gender: 'the model has no gender of a person',
  pronouns: 'the model has no pronouns of a person',
  summary: 'the model has no account of a person\'s life',
  biography: 'the model has no account of a person\'s life',
  national_identity: 'a national identity as written; the model\'s nationality is a state',
  sources: 'an actor of the model carries no sources',
}

const ORGANIZATION_UNHELD: Record<string, string> = {
  abstract: 'the model has no description of an organization',
  description: 'the model has no description of an organization',
  sources: 'an actor of the model carries no sources',
}

const POST_UNHELD: Record<string, string> = {
  role: 'the model names an office by one label; the function its holder fulfils has no field of its own',
  start_date: 'the model dates the tenure, not the creation of the office',
  end_date: 'the model dates the tenure, not the abolition of the office',
  links: 'the model has no documents about an office',
  sources: 'the model\'s tenure carries the sources of its membership',
}

const MEMBERSHIP_UNHELD: Record<string, string> = {
  on_behalf_of_id: 'the model has no party or group a member sits for',
  member: 'the model holds the tenures of people, named by `person_id`',
  links: 'the model has no documents about a tenure apart from its sources',
}

const EVENT_UNHELD: Record<string, string> = {
  sources: 'read as the support of the event',
}

const SPEECH_UNHELD: Record<string, string> = {
  role: 'the model has no role of the speaker while speaking',
  attribution_text: 'the model has no field for the words that name the speaker in a transcript',
  audio: 'the model has no recording of a statement',
  video: 'the model has no recording of a statement',
  position: 'the model has no place of a statement in a transcript',
}

const MOTION_UNHELD: Record<string, string> = {
  creator_id: 'the model has no mover of a motion',
  identifier: 'an issued identifier with no scheme, which the model\'s identifiers need',
  classification: 'the model has no category of a motion',
  date: 'the model dates the vote, not the proposal of the motion',
}

const VOTE_EVENT_UNHELD: Record<string, string> = {
  identifier: 'an issued identifier with no scheme, which the model\'s identifiers need',
  classification: 'the model has no category of a vote',
  group_results: 'the model has the result of the whole vote, not within groups of voters',
}

const VOTE_UNHELD: Record<string, string> = {
  id: 'the model\'s named votes have no id',
  voter: 'an embedded copy of a record; the converter follows `voter_id`',
  group_id: 'the model has no political group of a voter in a vote',
  group: 'the model has no political group of a voter in a vote',
  role: 'the model has no role of a voter in a vote',
  weight: 'the model counts each named vote once',
  pair_id: 'the model has no pairing of voters',
  pair: 'the model has no pairing of voters',
  vote_event: 'an embedded copy of a record; the vote belongs to the vote event that holds it',
}

const AREA_UNHELD: Record<string, string> = {
  identifier: 'an issued identifier with no scheme, which the model\'s identifiers need',
  geometry: 'the model has a point for a place, not its shape',
  organizations: 'organizations are read from the export\'s own list',
  sources: 'a place of the model carries no sources',
}

// Popolo's code list of options, and the model's name for each.
const OPTIONS: ReadonlyMap<string, VoteOption> = /* @__PURE__ */ new Map<string, VoteOption>([
  ['yes', 'yes'], ['no', 'no'], ['abstain', 'abstain'], ['absent', 'absent'], ['not voting', 'not-voting'], ['paired', 'paired'],
])
const RESULTS: ReadonlyMap<string, VoteResult> = /* @__PURE__ */ new Map<string, VoteResult>([['pass', 'adopted'], ['fail', 'rejected']])

// An event whose classification says this, and which has two attendees or more, is a meeting.
const MEETING = /\b(meeting|sitting)\b/i

// Words of a classification and the event type they stand for; `other` when none fits.
const EVENT_TYPES: ReadonlyArray<readonly [RegExp, EventType]> = [
  [/\b(session|sitting|meeting|hearing)\b/i, 'session'], [/\bconference\b/i, 'conference'], [/\bsummit\b/i, 'summit'],
  [/\belection\b/i, 'election'], [/\b(vote|division)\b/i, 'vote'], [/\b(speech|address)\b/i, 'speech'], [/\bvisit\b/i, 'visit'],
]

// Words of a classification and the organization type they stand for.
const ORGANIZATION_TYPES: ReadonlyArray<readonly [RegExp, OrganizationType]> = [
  [/\b(legislature|parliament|chamber|house|senate|assembly|committee|executive|cabinet|ministry|department|government)\b/i, 'government-body'],
  [/\bintergovernmental\b/i, 'intergovernmental'], [/\b(company|corporation)\b/i, 'company'],
  [/\b(ngo|non-governmental|charity)\b/i, 'non-governmental'], [/\bnews agency\b/i, 'news-agency'], [/\bforum\b/i, 'forum'],
]
const PARTY = /^(party|political party)$/i
const STATE_CLASSES = ['state', 'country']

const PLACE_KINDS: ReadonlyArray<PlaceKind> = ['city', 'country', 'region', 'sea', 'venue']

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

type Path = ReadonlyArray<string | number>
type Mutable<A> = { -readonly [K in keyof A]?: A[K] }

// Records are built from values checked one by one; `validateGraph` checks the whole graph.
const built = <A>(value: object): A => value as unknown as A
const own = <A>(table: Readonly<Record<string, A>>, key: string): A | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined
const firstOf = <A>(pairs: ReadonlyArray<readonly [RegExp, A]>, words: string): A | undefined => pairs.find(([pattern]) => pattern.test(words))?.[1]

/**
 * Tells what a Popolo input is: `'export'` when it holds any of the lists of an export (`persons`,
 * `organizations`, `memberships`...) and has no `id` or `name` of its own, else the class whose own properties it has (`counts` for a vote event,
 * `person_id` for a membership, `birth_date` for a person...); `undefined` when nothing tells.
 *
 * @example
 * import { popoloClassOf } from 'news-codecs/converters'
 *
 * popoloClassOf({ persons: [], organizations: [] }) //=> 'export'
 * popoloClassOf({ id: 'm-1', person_id: 'ada', organization_id: 'house' }) //=> 'membership'
 * popoloClassOf({ motion_id: 'motion-1', counts: [] }) //=> 'vote_event'
 * popoloClassOf({ id: 'x', name: 'X' }) //=> undefined
 *
 * @category interop
 * @since 0.3.0
 */
export const popoloClassOf = (input: unknown): PopoloClass | 'export' | undefined => {
  if (!isRecord(input)) return undefined
  const keys = Object.keys(input)
  // A record may hold lists of its own (a person's `memberships`); an export has no id or name.
  if (COLLECTIONS.some(([list]) => Array.isArray(input[list])) && !keys.includes('id') && !keys.includes('name')) return 'export'
  return TELLING_KEYS.find(([, telling]) => telling.some((key) => keys.includes(key)))?.[0]
}

// -------------------------------------------------------------------------------------
// from Popolo
// -------------------------------------------------------------------------------------

interface Reading {
  readonly scheme: string
  readonly losses: PopoloLoss[]
  readonly issues: Issue[]
  /** Per class, each Popolo id and the model id of the record made of it (`undefined`: none was made). */
  readonly ids: Map<PopoloClass, Map<string, string | undefined>>
  readonly used: Set<string>
  /** The records (`list/index`) whose id an earlier record of their list has. */
  readonly duplicates: Set<string>
  readonly actors: Actor[]
  readonly places: Place[]
  readonly events: Event[]
  readonly meetings: Meeting[]
  readonly statements: Statement[]
  readonly articles: Article[]
  readonly votes: Vote[]
}

const lose = (r: Reading, path: Path, value: unknown, reason: string): void => {
  r.losses.push({ path: jsonPointer(path), value, reason })
}

// A record that makes nothing: one loss for the whole, in place of those of its parts read so far.
const loseWhole = (r: Reading, mark: number, path: Path, value: unknown, reason: string): void => {
  r.losses.length = mark
  lose(r, path, value, reason)
}

const wrongType = (r: Reading, path: Path, expected: string, value: unknown): void => {
  r.issues.push({ path, code: 'invalid_type', expected, received: jsonTypeOf(value), message: `expected ${expected} at ${jsonPointer(path) || '/'}, found ${jsonTypeOf(value)}` })
  lose(r, path, value, `not ${expected}, as Popolo defines it`)
}

const flag = (r: Reading, path: Path, code: Issue['code'], expected: string, value: unknown, message: string): void => {
  r.issues.push({ path, code, expected, received: JSON.stringify(value) ?? String(value), message })
  lose(r, path, value, message)
}

// One Popolo object being read: the keys it has taken, so that every other key becomes a loss.
interface Entry {
  readonly r: Reading
  readonly o: Record<string, unknown>
  readonly path: Path
  readonly taken: Set<string>
}

const entryOf = (r: Reading, o: Record<string, unknown>, path: Path): Entry => ({ r, o, path, taken: new Set() })

// A key's value; a `null` (Popolo's "no value") is a loss, and read as absent.
const take = (e: Entry, key: string): unknown => {
  if (!Object.prototype.hasOwnProperty.call(e.o, key)) return undefined
  e.taken.add(key)
  const value = e.o[key]
  if (value === null) lose(e.r, [...e.path, key], value, 'no value (null); the model leaves the field out')
  return value === null ? undefined : value
}

const label = (e: Entry, key: string, what = 'a name the model takes (non-empty, trimmed)'): string | undefined => {
  const value = take(e, key)
  if (value === undefined) return undefined
  if (typeof value !== 'string') return wrongType(e.r, [...e.path, key], 'a string', value), undefined
  if (!NonEmptyString.is(value)) return lose(e.r, [...e.path, key], value, `not ${what}`), undefined
  return value
}

const dateOf = (e: Entry, key: string): string | undefined => {
  const value = take(e, key)
  if (value === undefined) return undefined
  if (typeof value !== 'string') return wrongType(e.r, [...e.path, key], 'a date (a string)', value), undefined
  if (!Edtf.is(value)) return flag(e.r, [...e.path, key], 'invalid_value', 'an ISO 8601 date or date and time', value, `"${value}" is not a date the model takes`), undefined
  return value
}

// A start and an end; an end before the start is an issue, and the end is then not kept.
const span = (e: Entry, startKey: string, endKey: string): { from?: string; to?: string } => {
  const from = dateOf(e, startKey)
  const to = dateOf(e, endKey)
  if (from !== undefined && to !== undefined && !Edtf.is(`${from}/${to}`)) {
    e.r.issues.push({ path: [...e.path, endKey], code: 'interval_order', expected: `a date not before ${from}`, received: to, message: `${endKey} ${to} is before ${startKey} ${from}` })
    lose(e.r, [...e.path, endKey], to, `before ${startKey}`)
    return { from }
  }
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }
}

const timeOf = ({ from, to }: { from?: string; to?: string }): { value: string } | undefined =>
  from === undefined ? undefined : { value: to === undefined ? from : `${from}/${to}` }

// A reference to a record of one of `classes`: the model id made of it, else an issue or a loss.
const refTo = (e: Entry, key: string, classes: ReadonlyArray<PopoloClass>, value: unknown = take(e, key), path: Path = [...e.path, key]): string | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'string') return wrongType(e.r, path, 'an id (a string)', value), undefined
  for (const cls of classes) {
    const ids = e.r.ids.get(cls)
    if (ids?.has(value)) {
      const id = ids.get(value)
      if (id === undefined) lose(e.r, path, value, `the ${cls} it names made no record of the model`)
      return id
    }
  }
  e.r.issues.push({ path, code: 'dangling_reference', expected: `the id of a ${classes.join(' or ')} of the export`, received: value, message: `no ${classes.join(' or ')} of the export has the id "${value}"` })
  lose(e.r, path, value, 'names no record of the export')
  return undefined
}

const listOf = (e: Entry, key: string): Array<[Record<string, unknown>, number]> => {
  const value = take(e, key)
  if (value === undefined) return []
  if (!Array.isArray(value)) return wrongType(e.r, [...e.path, key], 'an array', value), []
  return value.flatMap((item, i): Array<[Record<string, unknown>, number]> => {
    if (isRecord(item)) return [[item, i]]
    wrongType(e.r, [...e.path, key, i], 'an object', item)
    return []
  })
}

const rest = (e: Entry, unheld: Readonly<Record<string, string>>, what: string): void => {
  for (const key of Object.keys(e.o)) {
    if (e.taken.has(key)) continue
    lose(e.r, [...e.path, key], e.o[key], own(unheld, key) ?? own(COMMON_UNHELD, key) ?? `not a property of a Popolo ${what}`)
  }
}

const identified = (r: Reading, value: string): SameAs => ({ identifier: { scheme: r.scheme, value } as Identifier })

// `identifiers`: each with a scheme the model's Identifier takes.
const identifiersOf = (e: Entry): Identifier[] =>
  listOf(e, 'identifiers').flatMap(([o, i]) => {
    const sub = entryOf(e.r, o, [...e.path, 'identifiers', i])
    const value = label(sub, 'identifier', 'an identifier the model takes (non-empty, trimmed)')
    const scheme = label(sub, 'scheme', 'a scheme the model takes (non-empty, trimmed)')
    rest(sub, {}, 'identifier')
    if (value === undefined) return []
    if (scheme === undefined) return lose(e.r, [...sub.path, 'identifier'], value, 'an identifier with no scheme, which the model\'s identifiers need'), []
    const identifier = { scheme, value }
    if (!Identifier.is(identifier)) {
      e.r.issues.push({ path: [...sub.path, 'identifier'], code: 'invalid_value', expected: `a ${scheme} identifier`, received: JSON.stringify(value), message: `"${value}" is not a valid ${scheme} identifier` })
      return lose(e.r, sub.path, o, `"${value}" is not a valid ${scheme} identifier`), []
    }
    return [identifier]
  })

// `other_names`: names with the dates they were used.
const namesOf = (e: Entry): Name[] =>
  listOf(e, 'other_names').flatMap(([o, i]) => {
    const sub = entryOf(e.r, o, [...e.path, 'other_names', i])
    const text = label(sub, 'name')
    const { from, to } = span(sub, 'start_date', 'end_date')
    rest(sub, { note: 'the model keeps a name and its dates, not a note on it', ...PERSON_UNHELD }, 'other name')
    if (text === undefined) {
      if (from !== undefined) lose(e.r, [...sub.path, 'start_date'], from, 'the date of a name the model cannot take')
      if (to !== undefined) lose(e.r, [...sub.path, 'end_date'], to, 'the date of a name the model cannot take')
      return []
    }
    return [built<Name>({ text, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) })]
  })

// `links` and `sources` as URLs: each link's note has no home.
const urlsOf = (e: Entry, key: string): string[] =>
  listOf(e, key).flatMap(([o, i]) => {
    const sub = entryOf(e.r, o, [...e.path, key, i])
    const url = take(sub, 'url')
    rest(sub, { note: 'the model keeps the address, not a note on it' }, 'link')
    if (url === undefined) return []
    if (!Url.is(url)) return lose(e.r, [...sub.path, 'url'], url, 'not an http(s) URL'), []
    return [url]
  })

// The support of a fact: its Popolo record (when it has an id), and its sources.
const supportOf = (r: Reading, popoloId: string | undefined, urls: ReadonlyArray<string>, covers?: ReadonlyArray<string>): OutsideSource[] => [
  ...(popoloId === undefined ? [] : [built<OutsideSource>({ identifier: { scheme: r.scheme, value: popoloId }, ...(covers === undefined ? {} : { covers }) })]),
  ...urls.map((url) => built<OutsideSource>({ url, ...(covers === undefined ? {} : { covers }) })),
]

// The Popolo id of a record, when it can be kept as written.
const popoloIdOf = (o: Record<string, unknown>): string | undefined => (NonEmptyString.is(o['id']) ? o['id'] : undefined)

// -------------------------------------------------------------------------------------
// ids
// -------------------------------------------------------------------------------------

const PREFIX: Record<PopoloClass, string> = {
  person: 'person', organization: 'organization', post: 'post', membership: 'membership', event: 'event',
  speech: 'statement', motion: 'motion', vote_event: 'vote', area: 'place',
}

const freshId = (r: Reading, prefix: string, base: string): string => {
  const slug = slugOf(base).slice(0, 160) || 'popolo'
  let id = `${prefix}:${slug}`
  for (let n = 2; r.used.has(id); n++) id = `${prefix}:${slug}-${n}`
  r.used.add(id)
  return id
}

// Whether an organization is a state: so classified, with an ISO 3166-1 code among its identifiers.
const countryCodeOf = (o: Record<string, unknown>): string | undefined => {
  const classification = o['classification']
  if (typeof classification !== 'string' || !STATE_CLASSES.includes(classification.toLowerCase())) return undefined
  const list = Array.isArray(o['identifiers']) ? o['identifiers'] : []
  const code = list.find((i) => isRecord(i) && i['scheme'] === 'iso3166-1' && CountryCode.is(i['identifier']))
  return isRecord(code) ? String(code['identifier']) : undefined
}

// Which records make a record of the model, worked out before any is read, so references know.
const makesRecord = (cls: PopoloClass, o: Record<string, unknown>, persons: PersonIds): boolean => {
  switch (cls) {
    case 'person':
    case 'organization':
    case 'area':
      return NonEmptyString.is(o['name'])
    case 'event':
      return NonEmptyString.is(o['name']) || meetingAttendees(o, persons).length >= 2
    default:
      return true
  }
}

type PersonIds = ReadonlyMap<string, string | undefined> | undefined

const meetingAttendees = (o: Record<string, unknown>, persons: PersonIds): string[] => {
  if (typeof o['classification'] !== 'string' || !MEETING.test(o['classification']) || !Array.isArray(o['attendees'])) return []
  const ids = o['attendees'].flatMap((a) => (isRecord(a) && typeof a['id'] === 'string' && persons?.get(a['id']) !== undefined ? [a['id']] : []))
  return ids.filter((id, i) => ids.indexOf(id) === i)
}

const assignIds = (r: Reading, lists: ReadonlyMap<PopoloClass, ReadonlyArray<unknown>>): void => {
  for (const [list, cls] of COLLECTIONS) {
    const persons = r.ids.get('person')
    const ids = new Map<string, string | undefined>()
    r.ids.set(cls, ids)
    ;(lists.get(cls) ?? []).forEach((o, i) => {
      if (!isRecord(o)) return
      const id = o['id']
      if (id === undefined || id === null) return
      if (typeof id !== 'string') return
      if (ids.has(id)) {
        r.duplicates.add(`${list}/${i}`)
        r.issues.push({ path: [list, i, 'id'], code: 'duplicate_id', expected: `an id no other ${cls} of the export has`, received: id, message: `another ${cls} of the export has the id "${id}"` })
        return
      }
      const made = makesRecord(cls, o, persons)
      const code = cls === 'organization' ? countryCodeOf(o) : undefined
      const prefix = cls === 'event' && meetingAttendees(o, persons).length >= 2 ? 'meeting' : PREFIX[cls]
      const stateId = `state:${code ?? ''}`
      ids.set(id, !made ? undefined : code === undefined ? freshId(r, prefix, id) : r.used.has(stateId) ? freshId(r, 'state', code) : (r.used.add(stateId), stateId))
    })
  }
}

// The model id of the record at `list[i]`, or, for one with no usable id, one made of its place in the list.
const modelIdOf = (r: Reading, cls: PopoloClass, o: Record<string, unknown>, path: Path, prefix = PREFIX[cls]): string | undefined => {
  const id = o['id']
  if (typeof id === 'string') return r.ids.get(cls)?.get(id)
  return freshId(r, prefix, `popolo-${path.join('-')}`)
}

// -------------------------------------------------------------------------------------
// actors and places
// -------------------------------------------------------------------------------------

const readId = (e: Entry): SameAs[] => {
  const id = take(e, 'id')
  if (id === undefined) return []
  if (typeof id !== 'string') return wrongType(e.r, [...e.path, 'id'], 'an id (a string)', id), []
  if (!NonEmptyString.is(id)) return lose(e.r, [...e.path, 'id'], id, 'not an id the model can keep as written (non-empty, trimmed)'), []
  return [identified(e.r, id)]
}

const readActorCommon = (e: Entry): Record<string, unknown> => {
  const sameAs = [...readId(e), ...urlsOf(e, 'links').map((url) => ({ url }))]
  const names = namesOf(e)
  const identifiers = identifiersOf(e)
  return {
    ...(names.length > 0 ? { names } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  }
}

const readPerson = (r: Reading, o: Record<string, unknown>, path: Path): Person | undefined => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const id = modelIdOf(r, 'person', o, path)
  const name = label(e, 'name')
  if (id === undefined || name === undefined) return loseWhole(r, mark, path, o, 'a person with no name makes no actor'), undefined
  const { from: born, to: died } = span(e, 'birth_date', 'death_date')
  const person = built<Person>({ kind: 'person', id, name, ...readActorCommon(e),
    ...(born === undefined ? {} : { born }), ...(died === undefined ? {} : { died }) })
  rest(e, PERSON_UNHELD, 'person')
  return person
}

const readOrganization = (r: Reading, o: Record<string, unknown>, path: Path): Actor | undefined => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const id = modelIdOf(r, 'organization', o, path)
  const name = label(e, 'name')
  if (id === undefined || name === undefined) return loseWhole(r, mark, path, o, 'an organization with no name makes no actor'), undefined
  const common = readActorCommon(e)
  const { from: founded, to: dissolved } = span(e, 'founding_date', 'dissolution_date')
  const lifetime = { ...(founded === undefined ? {} : { founded }), ...(dissolved === undefined ? {} : { dissolved }) }
  const classification = label(e, 'classification')
  const partOf = refTo(e, 'parent_id', ['organization'])
  const code = countryCodeOf(o)
  rest(e, ORGANIZATION_UNHELD, 'organization')
  if (code !== undefined) {
    if (classification !== 'state') lose(r, [...path, 'classification'], classification, 'read as a State; written back as "state"')
    if (partOf !== undefined) lose(r, [...path, 'parent_id'], o['parent_id'], 'the model has no state contained in an organization')
    if (founded !== undefined) lose(r, [...path, 'founding_date'], founded, 'the model has no founding date of a state')
    if (dissolved !== undefined) lose(r, [...path, 'dissolution_date'], dissolved, 'the model has no dissolution date of a state')
    return built<State>({ kind: 'state', id, name, countryCode: code, ...common })
  }
  const organization: Record<string, unknown> = { kind: 'organization', id, name, ...common, ...lifetime }
  if (classification !== undefined) {
    // A party is a sector of the model; anything else a type, when one fits. What `toPopolo` writes back
    // is the sector's or the type's own name, so other words are a loss.
    const party = PARTY.test(classification)
    const type = party ? undefined : ORGANIZATION_TYPE_NAMES.includes(classification) ? classification : firstOf(ORGANIZATION_TYPES, classification)
    if (party) organization['sectors'] = ['party']
    if (type !== undefined) organization['type'] = type
    const written = party ? 'party' : type
    if (written === undefined) lose(r, [...path, 'classification'], classification, 'no organization type of the model fits it')
    else if (classification !== written) lose(r, [...path, 'classification'], classification, `read as ${party ? 'the sector' : 'the type'} "${written}"; the words are not kept`)
  }
  if (partOf !== undefined) organization['partOf'] = partOf
  return built<Organization>(organization)
}

const ORGANIZATION_TYPE_NAMES: ReadonlyArray<string> = ['intergovernmental', 'forum', 'government-body', 'news-agency', 'news-outlet', 'non-governmental', 'company', 'other']

const readArea = (r: Reading, o: Record<string, unknown>, path: Path): Place | undefined => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const id = modelIdOf(r, 'area', o, path)
  const name = label(e, 'name')
  if (id === undefined || name === undefined) return loseWhole(r, mark, path, o, 'an area with no name makes no place'), undefined
  const sameAs = readId(e)
  const classification = label(e, 'classification')
  const kind = classification === undefined ? 'other' : (PLACE_KINDS.find((k) => classification.toLowerCase().includes(k)) ?? 'other')
  if (classification !== undefined && classification !== kind) lose(r, [...path, 'classification'], classification, `read as the kind "${kind}"; the words are not kept`)
  const within = refTo(e, 'parent_id', ['area'])
  rest(e, AREA_UNHELD, 'area')
  return built<Place>({ id, name, kind, ...(within === undefined ? {} : { within }), ...(sameAs.length > 0 ? { sameAs } : {}) })
}

// -------------------------------------------------------------------------------------
// posts and memberships
// -------------------------------------------------------------------------------------

interface Office {
  readonly path: Path
  readonly popoloId: string | undefined
  readonly label: string | undefined
  readonly otherLabels: ReadonlyArray<string>
  readonly of: string | undefined
  /** The post's `organization_id` as written. */
  readonly ofValue: unknown
}

const readPost = (r: Reading, o: Record<string, unknown>, path: Path): Office => {
  const e = entryOf(r, o, path)
  take(e, 'id')
  const postLabel = label(e, 'label')
  const otherLabels = (() => {
    const value = take(e, 'other_label')
    if (value === undefined) return []
    if (!Array.isArray(value)) return wrongType(r, [...path, 'other_label'], 'an array of labels', value), []
    return value.flatMap((item, i) => (NonEmptyString.is(item) ? [item] : (lose(r, [...path, 'other_label', i], item, 'not a label the model takes (non-empty, trimmed)'), [])))
  })()
  const of = refTo(e, 'organization_id', ['organization'])
  rest(e, POST_UNHELD, 'post')
  return { path, popoloId: popoloIdOf(o), label: postLabel, otherLabels, of, ofValue: o['organization_id'] }
}

const readMembership = (r: Reading, o: Record<string, unknown>, path: Path, offices: ReadonlyMap<string, Office>, holders: ReadonlyMap<string, Mutable<Person>>): void => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  take(e, 'id')
  const holder = refTo(e, 'person_id', ['person'])
  const postId = take(e, 'post_id')
  const office = typeof postId === 'string' ? offices.get(postId) : undefined
  if (postId !== undefined && office === undefined) refTo(e, 'post_id', ['post'], postId)
  const role = label(e, 'role')
  const membershipLabel = label(e, 'label')
  const ofOwn = refTo(e, 'organization_id', ['organization'])
  const { from, to } = span(e, 'start_date', 'end_date')
  const urls = urlsOf(e, 'sources')
  rest(e, MEMBERSHIP_UNHELD, 'membership')
  const person = holder === undefined ? undefined : holders.get(holder)
  if (person === undefined) return loseWhole(r, mark, path, o, 'a membership with no person the model holds makes no tenure')
  // The office: the post's label, else the membership's role, else its label, else plain membership.
  const name = office?.label ?? role ?? membershipLabel ?? 'member'
  if (role !== undefined && role !== name) lose(r, [...path, 'role'], role, 'the office is named by its post\'s label')
  if (membershipLabel !== undefined && membershipLabel !== name) lose(r, [...path, 'label'], membershipLabel, 'the office is named by its post\'s label or the membership\'s role')
  const of = ofOwn ?? office?.of
  // The post is written back in the membership's organization: another one of its own has no home.
  if (ofOwn !== undefined && office?.of !== undefined && office.of !== ofOwn && !r.losses.some((loss) => loss.path === jsonPointer([...office.path, 'organization_id']))) {
    lose(r, [...office.path, 'organization_id'], office.ofValue, 'another organization than its membership\'s, in which the tenure is held')
  }
  const sources = [
    ...supportOf(r, popoloIdOf(o), urls),
    ...(office?.popoloId === undefined ? [] : supportOf(r, office.popoloId, [], ['office'])),
  ]
  const post: Record<string, unknown> = { office: name }
  if (of !== undefined) post['of'] = of
  if (from !== undefined) post['from'] = from
  if (to !== undefined) post['to'] = to
  if (office !== undefined && office.otherLabels.length > 0) post['otherNames'] = office.otherLabels
  if (sources.length > 0) post['sources'] = sources
  person.posts = [...(person.posts ?? []), built<Post>(post)]
}

// -------------------------------------------------------------------------------------
// events, speeches, votes
// -------------------------------------------------------------------------------------

const STATUS_REALIS: Record<string, 'actual' | 'hypothetical'> = { confirmed: 'actual', tentative: 'hypothetical' }
const STATUS_SCHEDULE = ['cancelled', 'postponed', 'rescheduled']

const readEvent = (r: Reading, o: Record<string, unknown>, path: Path, persons: PersonIds): void => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const meeting = meetingAttendees(o, persons).length >= 2
  const id = modelIdOf(r, 'event', o, path, meeting ? 'meeting' : 'event')
  const name = label(e, 'name')
  if (id === undefined || (!meeting && name === undefined)) return loseWhole(r, mark, path, o, 'an event with no name makes no event')
  const sameAs = readId(e)
  const identifiers = identifiersOf(e)
  const urls = urlsOf(e, 'sources')
  const sources = supportOf(r, popoloIdOf(o), urls)
  if (sources.length === 0) return loseWhole(r, mark, path, o, 'an event with no id and no sources has nothing to stand on')
  const record: Record<string, unknown> = { id }
  const description = label(e, 'description', 'a description the model takes (non-empty, trimmed)')
  const time = timeOf(span(e, 'start_date', 'end_date'))
  if (time !== undefined) record['time'] = time
  const location = label(e, 'location')
  if (location !== undefined) {
    const placeId = `place:popolo-${slugOf(location).slice(0, 160) || 'location'}`
    if (!r.places.some((p) => p.id === placeId)) r.places.push(built<Place>({ id: placeId, name: location, kind: 'other' }))
    record['place'] = placeId
  }
  const status = label(e, 'status')
  if (status !== undefined) {
    const realis = own(STATUS_REALIS, status)
    if (realis !== undefined) record['realis'] = realis
    else if (STATUS_SCHEDULE.includes(status)) {
      record['schedule'] = [{ status, sources }]
      // A cancelled event did not take place.
      if (status === 'cancelled') record['realis'] = 'negated'
    }
    else lose(r, [...path, 'status'], status, 'not a status of Popolo\'s code list')
  }
  const classification = label(e, 'classification')
  const organizer = refTo(e, 'organization_id', ['organization'])
  const attendees = listOf(e, 'attendees').flatMap(([a, i]) => {
    const sub = entryOf(r, a, [...path, 'attendees', i])
    const who = refTo(sub, 'id', ['person'])
    rest(sub, { ...COMMON_UNHELD, ...PERSON_UNHELD, name: 'an embedded copy of a person; the converter follows `id`' }, 'person')
    return who === undefined ? [] : [who]
  })
  const participants = attendees.filter((a, i) => attendees.indexOf(a) === i)
  const parentId = take(e, 'parent_id')
  const parent = refTo(e, 'parent_id', ['event'], parentId)
  const parentIsEvent = parent !== undefined && parent.startsWith('event:')
  if (parent !== undefined && !parentIsEvent) lose(r, [...path, 'parent_id'], parentId, 'a meeting is part of no other record of the model')
  rest(e, EVENT_UNHELD, 'event')
  if (sameAs.length > 0 || identifiers.length > 0) record['sameAs'] = [...sameAs, ...identifiers.map((identifier) => ({ identifier }))]
  record['sources'] = sources
  if (meeting) {
    if (name !== undefined) lose(r, [...path, 'name'], name, 'a meeting of the model has no name')
    if (description !== undefined) lose(r, [...path, 'description'], description, 'a meeting of the model has no description')
    if (classification !== 'meeting') lose(r, [...path, 'classification'], classification, 'read as a meeting; written back as "meeting"')
    record['participants'] = participants
    record['channel'] = 'unknown'
    if (organizer !== undefined) record['roles'] = [{ actor: organizer, role: 'organizer' }]
    if (parentIsEvent) record['sidelinesOf'] = parent
    r.meetings.push(built<Meeting>(record))
    return
  }
  const type = classification === undefined ? 'other' : (firstOf(EVENT_TYPES, classification) ?? 'other')
  if (classification !== undefined && classification !== type) lose(r, [...path, 'classification'], classification, `read as the event type "${type}"; the words are not kept`)
  record['type'] = type
  record['name'] = name
  if (description !== undefined) record['description'] = description
  if (organizer !== undefined) record['organizers'] = [organizer]
  if (participants.length > 0) record['participants'] = participants
  if (parentIsEvent) record['partOf'] = parent
  r.events.push(built<Event>(record))
}

// A speech: a statement of its speaker, whose words are a direct quote of its transcript.
const readSpeech = (r: Reading, o: Record<string, unknown>, path: Path): void => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const id = modelIdOf(r, 'speech', o, path)
  const sameAs = readId(e)
  const speaker = refTo(e, 'creator_id', ['person'])
  const textValue = take(e, 'text')
  const text = NonEmptyText.is(textValue) ? textValue : undefined
  if (textValue !== undefined && text === undefined) {
    if (typeof textValue !== 'string') wrongType(r, [...path, 'text'], 'a string', textValue)
    else lose(r, [...path, 'text'], textValue, 'an empty text')
  }
  const addressee = refTo(e, 'audience_id', ['person'])
  const occasion = refTo(e, 'event_id', ['event'])
  const date = dateOf(e, 'date')
  const title = label(e, 'title', 'a title the model takes (non-empty, trimmed)')
  const type = label(e, 'type')
  const urls = urlsOf(e, 'sources')
  rest(e, SPEECH_UNHELD, 'speech')
  if (id === undefined || speaker === undefined || text === undefined) {
    return loseWhole(r, mark, path, o, 'a part of a transcript needs a speaker the model holds and a text to make a statement')
  }
  if (type !== undefined && type !== 'speech') lose(r, [...path, 'type'], type, 'the model has no question, answer, scene or narrative; a statement of this kind is written back as a speech')
  const article = built<Article>({ id: freshId(r, 'article', `popolo-${id.slice('statement:'.length)}`), text, ...(title === undefined ? {} : { headline: title }) })
  r.articles.push(article)
  const evidence = built<Evidence>({ article: article.id, start: 0, end: [...text].length, quote: text })
  const statement: Record<string, unknown> = {
    id,
    speakers: [speaker],
    content: { kind: 'quote', text, evidence },
    speechAct: 'other',
    evidence: [evidence],
  }
  const sources = urls.map((url) => ({ url }))
  if (sources.length > 0) statement['sources'] = sources
  if (sameAs.length > 0) statement['sameAs'] = sameAs
  if (type === 'speech') statement['medium'] = 'speech'
  if (addressee !== undefined) statement['addressees'] = [addressee]
  if (date !== undefined) statement['time'] = { value: date }
  if (occasion !== undefined) statement['occasion'] = occasion
  r.statements.push(built<Statement>(statement))
}

interface Motion {
  readonly popoloId: string | undefined
  readonly path: Path
  readonly text: string | undefined
  readonly body: string | undefined
  readonly occasion: string | undefined
  readonly requirement: string | undefined
  readonly result: string | undefined
  readonly urls: ReadonlyArray<string>
  readonly raw: Record<string, unknown>
}

const readMotion = (r: Reading, o: Record<string, unknown>, path: Path): Motion => {
  const e = entryOf(r, o, path)
  take(e, 'id')
  const text = label(e, 'text', 'a motion\'s text the model takes (non-empty, trimmed, on one line)')
  const body = refTo(e, 'organization_id', ['organization'])
  const occasion = refTo(e, 'legislative_session_id', ['event'])
  const requirement = label(e, 'requirement')
  const result = label(e, 'result')
  take(e, 'vote_events')
  const urls = urlsOf(e, 'sources')
  rest(e, MOTION_UNHELD, 'motion')
  return { popoloId: popoloIdOf(o), path, text, body, occasion, requirement, result, urls, raw: o }
}

const readCounts = (e: Entry): VoteCount[] =>
  listOf(e, 'counts').flatMap(([o, i]) => {
    const path = [...e.path, 'counts', i]
    if (o['group_id'] !== undefined || o['group'] !== undefined) return lose(e.r, path, o, 'a count within a group of voters; the model counts each option once for the whole vote'), []
    const sub = entryOf(e.r, o, path)
    const option = label(sub, 'option')
    const value = take(sub, 'value')
    rest(sub, {}, 'count')
    const chosen = option === undefined ? undefined : OPTIONS.get(option)
    if (option !== undefined && chosen === undefined) lose(e.r, [...path, 'option'], option, 'not an option of Popolo\'s code list, which the model\'s options follow')
    if (value !== undefined && !Tally.is(value)) {
      if (typeof value !== 'number') wrongType(e.r, [...path, 'value'], 'a number of votes (an integer)', value)
      else flag(e.r, [...path, 'value'], 'invalid_value', 'a whole number from 0', value, `${value} is not a number of votes`)
    }
    if (chosen === undefined || !Tally.is(value)) {
      if (chosen !== undefined) lose(e.r, [...path, 'option'], option, 'an option with no number of votes')
      if (chosen === undefined && Tally.is(value)) lose(e.r, [...path, 'value'], value, 'a number of votes for an option the model does not take')
      return []
    }
    return [built<VoteCount>({ option: chosen, count: value })]
  })

const readNamedVotes = (e: Entry, voteEventId: unknown): NamedVote[] =>
  listOf(e, 'votes').flatMap(([o, i]) => {
    const path = [...e.path, 'votes', i]
    const sub = entryOf(e.r, o, path)
    const voter = refTo(sub, 'voter_id', ['person', 'organization'])
    const option = label(sub, 'option')
    const ownEvent = take(sub, 'vote_event_id')
    if (ownEvent !== undefined && ownEvent !== voteEventId) flag(e.r, [...path, 'vote_event_id'], 'invalid_value', `the id of the vote event that holds it, ${JSON.stringify(voteEventId)}`, ownEvent, 'a vote held by one vote event names another')
    rest(sub, VOTE_UNHELD, 'vote')
    const chosen = option === undefined ? undefined : OPTIONS.get(option)
    if (option !== undefined && chosen === undefined) lose(e.r, [...path, 'option'], option, 'not an option of Popolo\'s code list, which the model\'s options follow')
    if (voter === undefined || chosen === undefined) {
      if (voter !== undefined) lose(e.r, [...path, 'voter_id'], o['voter_id'], 'a voter with no option the model takes')
      if (voter === undefined && chosen !== undefined) lose(e.r, [...path, 'option'], option, 'an option with no voter the model holds')
      return []
    }
    return [built<NamedVote>({ voter, option: chosen })]
  })

const readVoteEvent = (r: Reading, o: Record<string, unknown>, path: Path, motions: ReadonlyMap<string, Motion>, motionOf: ReadonlyMap<string, string>): void => {
  const e = entryOf(r, o, path)
  const mark = r.losses.length
  const id = modelIdOf(r, 'vote_event', o, path)
  const sameAs = readId(e)
  const ownBody = refTo(e, 'organization_id', ['organization'])
  const ownOccasion = refTo(e, 'legislative_session_id', ['event'])
  const motionId = take(e, 'motion_id')
  const embedded = take(e, 'motion')
  let motion: Motion | undefined
  if (motionId !== undefined) {
    motion = typeof motionId === 'string' ? motions.get(motionId) : undefined
    if (motion === undefined) refTo(e, 'motion_id', ['motion'], motionId)
  } else if (isRecord(embedded)) {
    motion = readMotion(r, embedded, [...path, 'motion'])
  } else if (typeof o['id'] === 'string' && motionOf.has(o['id'])) {
    motion = motions.get(motionOf.get(o['id']) ?? '')
  }
  if (embedded !== undefined && (motionId !== undefined || !isRecord(embedded))) lose(r, [...path, 'motion'], embedded, 'an embedded copy of a record; the converter follows `motion_id`')
  const time = timeOf(span(e, 'start_date', 'end_date'))
  const resultWords = label(e, 'result')
  const counts = readCounts(e)
  const votes = readNamedVotes(e, o['id'])
  const urls = urlsOf(e, 'sources')
  rest(e, VOTE_EVENT_UNHELD, 'vote event')
  const result = resultWords === undefined ? undefined : RESULTS.get(resultWords)
  if (resultWords !== undefined && result === undefined) lose(r, [...path, 'result'], resultWords, 'not a result of Popolo\'s code list (pass, fail)')
  if (id === undefined || motion?.text === undefined) {
    if (id !== undefined && (motion !== undefined || motionId === undefined)) r.issues.push({ path: [...path, 'motion_id'], code: 'missing', expected: 'a motion with a text', received: motion === undefined ? 'missing' : 'a motion with no text', message: 'a vote needs what was voted on: a motion with its text' })
    return loseWhole(r, mark, path, o, 'a vote event with no motion text makes no vote')
  }
  const motionResult = motion.result === undefined ? undefined : RESULTS.get(motion.result)
  const sources = [...supportOf(r, popoloIdOf(o), urls), ...supportOf(r, motion.popoloId, motion.urls, ['on'])]
  if (sources.length === 0) return loseWhole(r, mark, path, o, 'a vote event with no id and no sources has nothing to stand on')
  const vote: Record<string, unknown> = { id, on: { kind: 'motion', text: motion.text } }
  const body = ownBody ?? motion.body
  const occasion = ownOccasion ?? motion.occasion
  if (body !== undefined) vote['body'] = body
  if (counts.length > 0) vote['counts'] = counts
  if (votes.length > 0) vote['votes'] = votes
  const finalResult = result ?? motionResult
  if (finalResult !== undefined) vote['result'] = finalResult
  if (motion.requirement !== undefined) vote['requirement'] = motion.requirement
  if (time !== undefined) vote['time'] = time
  if (occasion !== undefined) vote['occasion'] = occasion
  if (sameAs.length > 0) vote['sameAs'] = sameAs
  vote['sources'] = sources
  r.votes.push(built<Vote>(vote))
}

// A motion's fields that no vote can carry as the motion says them: its body or session where a vote
// gives another, a result other than the vote's own.
const motionLosses = (r: Reading, motion: Motion, votes: ReadonlyArray<Vote>): void => {
  const taken = (key: string, same: (vote: Vote) => boolean): void => {
    if (motion.raw[key] !== undefined && motion.raw[key] !== null && !votes.every(same)) {
      lose(r, [...motion.path, key], motion.raw[key], 'a vote on the motion says otherwise, and the model keeps the vote\'s')
    }
  }
  if (votes.length === 0) return lose(r, motion.path, motion.raw, 'the model holds a motion only as what a vote was on, and no vote event of the export is on it')
  taken('organization_id', (vote) => motion.body === undefined || vote.body === motion.body)
  taken('legislative_session_id', (vote) => motion.occasion === undefined || vote.occasion === motion.occasion)
  taken('result', (vote) => motion.result !== undefined && vote.result === RESULTS.get(motion.result))
}

// -------------------------------------------------------------------------------------
// the export
// -------------------------------------------------------------------------------------

const readExport = (r: Reading, input: Record<string, unknown>): void => {
  const lists = new Map<PopoloClass, ReadonlyArray<unknown>>()
  for (const key of Object.keys(input)) {
    const cls = COLLECTIONS.find(([list]) => list === key)?.[1]
    const value = input[key]
    if (cls === undefined) lose(r, [key], value, 'not a list of a Popolo export')
    else if (Array.isArray(value)) lists.set(cls, value)
    else wrongType(r, [key], 'an array', value)
  }
  assignIds(r, lists)
  const each = (cls: PopoloClass, read: (o: Record<string, unknown>, path: Path, i: number) => void): void => {
    const list = COLLECTIONS.find(([, c]) => c === cls)?.[0] ?? cls
    ;(lists.get(cls) ?? []).forEach((o, i) => {
      if (!isRecord(o)) return wrongType(r, [list, i], `a Popolo ${cls} (an object)`, o)
      // Of two records with one id, the first is read and the second is a loss.
      if (r.duplicates.has(`${list}/${i}`)) return lose(r, [list, i], o, 'another record of the list has its id')
      read(o, [list, i], i)
    })
  }
  each('area', (o, path) => {
    const place = readArea(r, o, path)
    if (place !== undefined) r.places.push(place)
  })
  const holders = new Map<string, Mutable<Person>>()
  each('person', (o, path) => {
    const person = readPerson(r, o, path)
    if (person !== undefined) (r.actors.push(person), holders.set(person.id, person as Mutable<Person>))
  })
  each('organization', (o, path) => {
    const actor = readOrganization(r, o, path)
    if (actor !== undefined) r.actors.push(actor)
  })
  // Posts: an office no membership holds has no home.
  const held = new Set((lists.get('membership') ?? []).flatMap((m) => (isRecord(m) && typeof m['post_id'] === 'string' ? [m['post_id']] : [])))
  const offices = new Map<string, Office>()
  each('post', (o, path) => {
    const id = o['id']
    if (typeof id !== 'string' || !held.has(id)) return lose(r, path, o, 'the model holds an office only as held by a person, and no membership of the export holds this one')
    offices.set(id, readPost(r, o, path))
  })
  each('membership', (o, path) => readMembership(r, o, path, offices, holders))
  each('event', (o, path) => readEvent(r, o, path, r.ids.get('person')))
  each('speech', (o, path) => readSpeech(r, o, path))
  const motions = new Map<string, Motion>()
  const motionOf = new Map<string, string>()
  const motionLossesOf = new Map<string, PopoloLoss[]>()
  each('motion', (o, path) => {
    const id = o['id']
    if (typeof id !== 'string') return lose(r, path, o, 'a motion with no id is named by no vote event')
    const mark = r.losses.length
    const motion = readMotion(r, o, path)
    motions.set(id, motion)
    const listed = o['vote_events']
    if (Array.isArray(listed)) {
      listed.forEach((v, j) => {
        const voteId = typeof v === 'string' ? v : isRecord(v) && typeof v['id'] === 'string' ? v['id'] : undefined
        if (voteId === undefined || typeof v !== 'string') lose(r, [...path, 'vote_events', j], v, 'an embedded copy of a vote event; the converter reads vote events from the export\'s own list')
        if (voteId !== undefined) motionOf.set(voteId, id)
      })
    } else if (listed !== undefined && listed !== null) wrongType(r, [...path, 'vote_events'], 'an array', listed)
    motionLossesOf.set(id, r.losses.splice(mark))
  })
  each('vote_event', (o, path) => readVoteEvent(r, o, path, motions, motionOf))
  // A motion's own losses count once a vote is on it; else the whole motion is one.
  for (const [id, motion] of motions) {
    const on = r.votes.filter((vote) => vote.sources?.some((s) => s.covers !== undefined && s.identifier?.value === id))
    if (on.length > 0) r.losses.push(...(motionLossesOf.get(id) ?? []))
    motionLosses(r, motion, on)
  }
}

const convert = (input: unknown, options: FromPopoloOptions): FromPopolo => {
  const r: Reading = {
    scheme: options.scheme ?? 'popolo', losses: [], issues: [], ids: new Map(), used: new Set(), duplicates: new Set(),
    actors: [], places: [], events: [], meetings: [], statements: [], articles: [], votes: [],
  }
  const cls = options.class ?? popoloClassOf(input)
  if (!isRecord(input) || cls === undefined) {
    if (!isRecord(input)) wrongType(r, [], 'a Popolo export or record (an object)', input)
    else {
      r.issues.push({ path: [], code: 'invalid_value', expected: 'a Popolo export, or one record of a class its keys tell', received: 'an object', message: 'no key tells which Popolo class the object is; pass `class`' })
      lose(r, [], input, 'the class of the object is not known')
    }
    return { graph: emptyGraph(), losses: r.losses, issues: r.issues }
  }
  if (cls === 'export') readExport(r, input)
  else {
    // One record: read as the export of it alone, its paths then relative to the record.
    const list = COLLECTIONS.find(([, c]) => c === cls)?.[0] ?? cls
    readExport(r, { [list]: [input] })
    const prefix = `/${list}/0`
    for (let i = 0; i < r.losses.length; i++) {
      const loss = r.losses[i]!
      r.losses[i] = { ...loss, path: loss.path.startsWith(prefix) ? loss.path.slice(prefix.length) : loss.path }
    }
    for (let i = 0; i < r.issues.length; i++) {
      const issue = r.issues[i]!
      if (issue.path[0] === list && issue.path[1] === 0) r.issues[i] = { ...issue, path: issue.path.slice(2) }
    }
  }
  const graph: Graph = {
    ...emptyGraph(),
    articles: r.articles, actors: r.actors, places: r.places, events: r.events, meetings: r.meetings, statements: r.statements,
    ...(r.votes.length > 0 ? { votes: r.votes } : {}),
  }
  const validated = validateGraph(graph)
  const graphIssues = validated._tag === 'Left' ? validated.left.map((issue) => ({ ...issue, path: ['graph', ...issue.path] })) : []
  return { graph, losses: r.losses, issues: [...r.issues, ...graphIssues] }
}

/**
 * Reads a Popolo export (untrusted input; never throws): an object with any of the lists `persons`,
 * `organizations`, `posts`, `memberships`, `events`, `speeches`, `motions`, `vote_events` and `areas`, or
 * one record of a class, told by its keys or by `class`. People and organizations become actors (an
 * organization classified `state` or `country` with an `iso3166-1` identifier, a State); each membership a
 * tenure in its person's `posts`, named by its post's label; events become events, or meetings when so
 * classified and attended by two people or more; speeches become statements quoting their transcript,
 * which is an article of its own; vote events, with their motion's text as what was voted on, become votes
 * with their counts and named votes; areas become places. Every record keeps its Popolo id in `sameAs`
 * (`{ identifier: { scheme: 'popolo', value } }`), and a fact names its record as its source. Every value
 * with no home in the model is a loss; duplicate ids, unknown ids and dates out of order are issues.
 *
 * @example
 * import { fromPopolo } from 'news-codecs/converters'
 *
 * const { graph, losses, issues } = fromPopolo({
 *   persons: [{ id: 'ada-example', name: 'Ada Example', gender: 'female' }],
 *   organizations: [{ id: 'house', name: 'Example House', classification: 'legislature' }],
 *   memberships: [{ id: 'm-1', person_id: 'ada-example', organization_id: 'house', role: 'Speaker', start_date: '2020-01-10' }],
 * })
 * issues //=> []
 * graph.actors.map((actor) => actor.id) //=> ['person:ada-example', 'organization:house']
 * graph.actors[0]?.kind === 'person' && graph.actors[0].posts?.[0]?.office //=> 'Speaker'
 * losses.map((loss) => loss.path) //=> ['/persons/0/gender', '/organizations/0/classification']
 *
 * @category interop
 * @since 0.3.0
 */
export const fromPopolo = (input: unknown, options: FromPopoloOptions = {}): FromPopolo => {
  try {
    return convert(input, options)
  } catch (error) {
    return { graph: emptyGraph(), losses: [{ path: '', value: input, reason: 'the export could not be examined' }], issues: [unprocessableIssue(error)] }
  }
}

// -------------------------------------------------------------------------------------
// to Popolo
// -------------------------------------------------------------------------------------

interface Writing {
  readonly scheme: string
  readonly losses: PopoloLoss[]
  /** The Popolo id of each record of the graph. */
  readonly popoloIds: Map<string, string>
  /** The kind of each actor of the graph. */
  readonly kinds: Map<string, Actor['kind']>
}

const isPerson = (w: Writing, id: string): boolean => w.kinds.get(id) === 'person'
const isOrganization = (w: Writing, id: string): boolean => w.kinds.get(id) === 'organization' || w.kinds.get(id) === 'state'

const lost = (w: Writing, path: Path, value: unknown, reason: string): void => {
  w.losses.push({ path: jsonPointer(path), value, reason })
}

// The Popolo id a record keeps in `sameAs`, else its model id.
const popoloIdIn = (scheme: string, record: { readonly id: string; readonly sameAs?: ReadonlyArray<SameAs> | undefined }): string =>
  record.sameAs?.find((link) => link.identifier?.scheme === scheme)?.identifier?.value ?? record.id

const idOf = (w: Writing, id: string): string => w.popoloIds.get(id) ?? id

// `sameAs`: the Popolo id is the record's id; a url is a link, another identifier one of its identifiers,
// where the class has them.
const writeSameAs = (w: Writing, path: Path, links: ReadonlyArray<SameAs>, out: Record<string, unknown>, has: { readonly links: boolean; readonly identifiers: boolean }): void => {
  const urls: Array<{ url: string }> = []
  const ids: Array<{ scheme: string; identifier: string }> = []
  links.forEach((link, i) => {
    if (link.identifier?.scheme === w.scheme) return
    if (link.url !== undefined && has.links) urls.push({ url: link.url })
    else if (link.identifier !== undefined && has.identifiers) ids.push({ scheme: link.identifier.scheme, identifier: link.identifier.value })
    else lost(w, [...path, 'sameAs', i], link, link.url !== undefined ? 'this Popolo class has no links' : link.identifier !== undefined ? 'this Popolo class has no identifiers' : 'Popolo links a record to no record of another graph')
  })
  if (urls.length > 0) out['links'] = urls
  if (ids.length > 0) out['identifiers'] = [...((out['identifiers'] as unknown[] | undefined) ?? []), ...ids]
}

const writeNames = (record: { readonly names?: ReadonlyArray<Name> | undefined; readonly otherNames?: ReadonlyArray<string> | undefined }, w: Writing, path: Path, out: Record<string, unknown>): void => {
  const names = [
    ...(record.names ?? []).map((name, i) => {
      if (name.lang !== undefined) lost(w, [...path, 'names', i, 'lang'], name.lang, 'Popolo\'s other names have no language')
      if (name.transliteration !== undefined) lost(w, [...path, 'names', i, 'transliteration'], name.transliteration, 'Popolo\'s other names have no transliteration')
      return { name: name.text, ...(name.from === undefined ? {} : { start_date: name.from }), ...(name.to === undefined ? {} : { end_date: name.to }) }
    }),
    ...(record.otherNames ?? []).map((name) => ({ name })),
  ]
  if (names.length > 0) out['other_names'] = names
}

const ACTOR_UNHELD: Record<string, string> = {
  mentions: 'Popolo has no spans of an article',
  nationality: 'Popolo\'s national identity is words, not a state',
  annotation: 'Popolo does not say who coded a record',
  members: 'the converter writes the memberships of people',
}

const writeActor = (w: Writing, actor: Actor, i: number, out: ToPopolo['popolo'], offices: Map<string, Record<string, unknown>>): void => {
  const path = ['actors', i]
  if (actor.kind !== 'person' && actor.kind !== 'organization' && actor.kind !== 'state') {
    return lost(w, path, actor, `Popolo has people and organizations; a${actor.kind === 'anonymous' ? 'n anonymous source' : ' group'} is neither`)
  }
  const record: Record<string, unknown> = { id: idOf(w, actor.id), name: actor.name }
  writeNames(actor, w, path, record)
  if (actor.identifiers !== undefined) record['identifiers'] = actor.identifiers.map((id) => ({ scheme: id.scheme, identifier: id.value }))
  if (actor.kind === 'state' && !(actor.identifiers ?? []).some((id) => id.scheme === 'iso3166-1')) {
    record['identifiers'] = [...((record['identifiers'] as unknown[] | undefined) ?? []), { scheme: 'iso3166-1', identifier: actor.countryCode }]
  }
  writeSameAs(w, path, actor.sameAs ?? [], record, { links: true, identifiers: false })
  const fields = actor as unknown as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) {
    const value = fields[key]
    switch (key) {
      case 'kind': case 'id': case 'name': case 'names': case 'otherNames': case 'identifiers': case 'sameAs': case 'countryCode':
        break
      case 'posts':
        if (actor.kind === 'person') writePosts(w, actor, i, out, offices)
        break
      case 'type':
        if (typeof value === 'string') record['classification'] = value
        else lost(w, [...path, key], value, 'a coded type; Popolo\'s classification is words')
        break
      case 'sectors':
        ;(actor.sectors ?? []).forEach((sector, j) => {
          if (sector === 'party' && actor.kind === 'organization' && actor.type === undefined && record['classification'] === undefined) record['classification'] = 'party'
          else lost(w, [...path, key, j], sector, 'Popolo has no sectors')
        })
        break
      case 'partOf':
        record['parent_id'] = idOf(w, String(value))
        break
      case 'born': case 'died': case 'founded': case 'dissolved':
        record[LIFETIME_KEYS[key]] = value
        break
      default:
        lost(w, [...path, key], value, own(ACTOR_UNHELD, key) ?? 'Popolo has no property for it')
    }
  }
  if (actor.kind === 'state') record['classification'] = 'state'
  ;(actor.kind === 'person' ? out['persons'] : out['organizations'])?.push(record)
}

// The dates of a person's life and an organization's existence, by their Popolo names.
const LIFETIME_KEYS = { born: 'birth_date', died: 'death_date', founded: 'founding_date', dissolved: 'dissolution_date' } as const

// Each tenure is a membership; each office of an organization a post.
const writePosts = (w: Writing, person: Person, i: number, out: ToPopolo['popolo'], offices: Map<string, Record<string, unknown>>): void => {
  const personId = idOf(w, person.id)
  ;(person.posts ?? []).forEach((post, j) => {
    const path = ['actors', i, 'posts', j]
    const membershipSource = post.sources?.find((s) => s.identifier?.scheme === w.scheme && s.covers === undefined)
    const officeSource = post.sources?.find((s) => s.identifier?.scheme === w.scheme && s.covers !== undefined)
    const of = post.of === undefined ? undefined : idOf(w, post.of)
    const postId = officeSource?.identifier?.value ?? (slugOf(`${post.office} ${of ?? ''}`) || `${personId}-post-${j + 1}`)
    const membership: Record<string, unknown> = {
      id: membershipSource?.identifier?.value ?? `${personId}-membership-${j + 1}`,
      person_id: personId,
      role: post.office,
      ...(of === undefined ? {} : { organization_id: of }),
      post_id: postId,
      ...(post.from === undefined ? {} : { start_date: post.from }),
      ...(post.to === undefined ? {} : { end_date: post.to }),
    }
    if (!offices.has(postId)) {
      const office: Record<string, unknown> = { id: postId, label: post.office, ...(of === undefined ? {} : { organization_id: of }) }
      if (post.otherNames !== undefined) office['other_label'] = [...post.otherNames]
      offices.set(postId, office)
      out['posts']?.push(office)
    }
    const urls: Array<{ url: string }> = []
    ;(post.sources ?? []).forEach((source, k) => {
      if (source === membershipSource || source === officeSource) return
      if (source.url !== undefined && source.covers === undefined && Object.keys(source).length === 1) urls.push({ url: source.url })
      else lost(w, [...path, 'sources', k], source, 'a Popolo source is a link; this one says more, or covers part of the tenure')
    })
    if (urls.length > 0) membership['sources'] = urls
    if (post.evidence !== undefined) lost(w, [...path, 'evidence'], post.evidence, 'Popolo has no spans of an article')
    if (post.inferences !== undefined) lost(w, [...path, 'inferences'], post.inferences, 'Popolo has no inferences')
    out['memberships']?.push(membership)
  })
}

// The sources `pick` takes, as Popolo can carry them: a link each; the Popolo record itself is the record's
// id. A source covering part of the record covers the whole of it in Popolo, unless it covers just `part`.
const writeSources = (w: Writing, path: Path, sources: ReadonlyArray<OutsideSource> | undefined, out: Record<string, unknown>, pick: (s: OutsideSource) => boolean = () => true, part?: string): void => {
  const urls: Array<{ url: string }> = []
  ;(sources ?? []).forEach((source, k) => {
    if (!pick(source)) return
    const keys = Object.keys(source).filter((key) => key !== 'covers')
    const plain = keys.length === 1 && (source.url !== undefined || source.identifier?.scheme === w.scheme)
    if (!plain) return lost(w, [...path, 'sources', k], source, 'a Popolo source is a link; this one says more')
    if (source.covers !== undefined && !(source.covers.length === 1 && source.covers[0] === part)) lost(w, [...path, 'sources', k, 'covers'], source.covers, 'a Popolo source supports the whole record')
    if (source.url !== undefined) urls.push({ url: source.url })
  })
  if (urls.length > 0) out['sources'] = [...((out['sources'] as unknown[] | undefined) ?? []), ...urls]
}

const splitTime = (w: Writing, path: Path, time: { readonly value: string; readonly text?: string | undefined; readonly resolvedAgainst?: unknown } | undefined, out: Record<string, unknown>): void => {
  if (time === undefined) return
  const [from, to] = time.value.split('/')
  if (from !== undefined && from !== '' && from !== '..') out['start_date'] = from
  if (to !== undefined && to !== '' && to !== '..') out['end_date'] = to
  if (time.text !== undefined) lost(w, [...path, 'time', 'text'], time.text, 'Popolo has no time as written')
  if (time.resolvedAgainst !== undefined) lost(w, [...path, 'time', 'resolvedAgainst'], time.resolvedAgainst, 'Popolo has no time as written')
}

const REALIS_STATUS: Record<string, string> = { actual: 'confirmed', hypothetical: 'tentative' }

const writeHappening = (w: Writing, graph: Graph, record: Event | Meeting, path: Path, out: Record<string, unknown>, handled: ReadonlyArray<string>): void => {
  const fields = record as unknown as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) {
    const value = fields[key]
    if (handled.includes(key)) continue
    switch (key) {
      case 'id':
        break
      case 'time':
        splitTime(w, path, record.time, out)
        break
      case 'place': {
        const place = graph.places.find((p) => p.id === value)
        if (place === undefined) lost(w, [...path, key], value, 'the place is not in the graph, so it has no name to write')
        else out['location'] = place.name
        break
      }
      case 'participants': {
        const people = (record.participants ?? []).filter((p, j) => {
          const person = isPerson(w, p)
          if (!person) lost(w, [...path, key, j], p, 'only people attend a Popolo event')
          return person
        })
        if (people.length > 0) out['attendees'] = people.map((p) => ({ id: idOf(w, p) }))
        break
      }
      case 'realis': {
        const status = own(REALIS_STATUS, String(value))
        const cancelled = value === 'negated' && record.schedule?.at(-1)?.status === 'cancelled'
        if (cancelled) break
        if (status === undefined) lost(w, [...path, key], value, 'Popolo has no status for it')
        else out['status'] = status
        break
      }
      case 'schedule':
        ;(record.schedule ?? []).forEach((change, j) => {
          if (j === (record.schedule ?? []).length - 1) out['status'] = change.status
          const extra = Object.keys(change).filter((k) => k !== 'status' && k !== 'sources' && k !== 'evidence' && k !== 'inferences')
          if (j !== (record.schedule ?? []).length - 1) lost(w, [...path, key, j], change, 'Popolo keeps the status in force, not earlier changes')
          else for (const k of extra) lost(w, [...path, key, j, k], (change as unknown as Record<string, unknown>)[k], 'Popolo keeps the status, not who changed it, when or why')
        })
        break
      case 'sameAs':
        writeSameAs(w, path, record.sameAs ?? [], out, { links: false, identifiers: true })
        break
      case 'sources':
        writeSources(w, path, record.sources, out)
        break
      default:
        lost(w, [...path, key], value, key === 'evidence' ? 'Popolo has no spans of an article' : 'Popolo\'s event has no property for it')
    }
  }
}

const writeEvent = (w: Writing, graph: Graph, event: Event, i: number): Record<string, unknown> => {
  const path = ['events', i]
  const out: Record<string, unknown> = { id: idOf(w, event.id), name: event.name }
  if (typeof event.type === 'string') out['classification'] = event.type
  else lost(w, [...path, 'type'], event.type, 'a coded type; Popolo\'s classification is words')
  if (event.description !== undefined) out['description'] = event.description
  const [organizer, ...others] = (event.organizers ?? []).filter((id, j) => {
    const org = isOrganization(w, id)
    if (!org) lost(w, [...path, 'organizers', j], id, 'only an organization organizes a Popolo event')
    return org
  })
  if (organizer !== undefined) out['organization_id'] = idOf(w, organizer)
  others.forEach((id) => lost(w, [...path, 'organizers', (event.organizers ?? []).indexOf(id)], id, 'a Popolo event has one organizing organization'))
  if (event.partOf !== undefined) out['parent_id'] = idOf(w, event.partOf)
  writeHappening(w, graph, event, path, out, ['name', 'type', 'description', 'organizers', 'partOf'])
  return out
}

const writeMeeting = (w: Writing, graph: Graph, meeting: Meeting, i: number): Record<string, unknown> => {
  const path = ['meetings', i]
  const out: Record<string, unknown> = { id: idOf(w, meeting.id), classification: 'meeting' }
  if (meeting.channel !== 'unknown') lost(w, [...path, 'channel'], meeting.channel, 'Popolo has no channel of an event')
  if (meeting.sidelinesOf !== undefined) out['parent_id'] = idOf(w, meeting.sidelinesOf)
  ;(meeting.roles ?? []).forEach((role, j) => {
    if (role.role === 'organizer' && out['organization_id'] === undefined && isOrganization(w, role.actor)) out['organization_id'] = idOf(w, role.actor)
    else lost(w, [...path, 'roles', j], role, 'a Popolo event has one organizing organization and no other roles')
  })
  writeHappening(w, graph, meeting, path, out, ['channel', 'sidelinesOf', 'roles'])
  return out
}

const STATEMENT_HANDLED = ['id', 'speakers', 'content', 'speechAct', 'evidence', 'sources', 'sameAs', 'medium', 'addressees', 'time', 'occasion']

const writeStatement = (w: Writing, graph: Graph, statement: Statement, i: number, transcripts: Set<string>): Record<string, unknown> => {
  const path = ['statements', i]
  const out: Record<string, unknown> = { id: idOf(w, statement.id) }
  const [speaker, ...others] = statement.speakers
  if (isPerson(w, speaker)) out['creator_id'] = idOf(w, speaker)
  else lost(w, [...path, 'speakers', 0], speaker, 'a Popolo speech is spoken by a person')
  others.forEach((id, j) => lost(w, [...path, 'speakers', j + 1], id, 'a Popolo speech has one speaker'))
  const { content } = statement
  if (content.kind === 'quote') {
    out['text'] = content.text
    const article = graph.articles.find((a) => a.id === content.evidence.article)
    // The transcript article, when the quote is its whole text: its headline is the speech's title.
    if (article !== undefined && article.text === content.text && content.evidence.start === 0) {
      transcripts.add(article.id)
      if (article.headline !== undefined) out['title'] = article.headline
    }
  } else lost(w, [...path, 'content'], content, 'a Popolo speech\'s text is its transcript, not a report of it')
  if (statement.speechAct !== 'other') lost(w, [...path, 'speechAct'], statement.speechAct, 'Popolo has no speech act')
  ;(statement.evidence ?? []).forEach((span, j) => {
    if (!(content.kind === 'quote' && span.article === content.evidence.article && span.start === content.evidence.start && span.end === content.evidence.end)) lost(w, [...path, 'evidence', j], span, 'Popolo has no spans of an article')
  })
  writeSources(w, path, statement.sources, out)
  writeSameAs(w, path, statement.sameAs ?? [], out, { links: false, identifiers: false })
  if (statement.medium === 'speech') out['type'] = 'speech'
  else if (statement.medium !== undefined) lost(w, [...path, 'medium'], statement.medium, 'Popolo\'s types of speech are parts of a transcript, not media')
  const [addressee, ...more] = statement.addressees ?? []
  if (addressee !== undefined && isPerson(w, addressee)) out['audience_id'] = idOf(w, addressee)
  else if (addressee !== undefined) lost(w, [...path, 'addressees', 0], addressee, 'a Popolo speech\'s audience is a person')
  more.forEach((id, j) => lost(w, [...path, 'addressees', j + 1], id, 'a Popolo speech has one audience'))
  if (statement.time !== undefined) {
    out['date'] = statement.time.value
    if (statement.time.text !== undefined) lost(w, [...path, 'time', 'text'], statement.time.text, 'Popolo has no time as written')
    if (statement.time.resolvedAgainst !== undefined) lost(w, [...path, 'time', 'resolvedAgainst'], statement.time.resolvedAgainst, 'Popolo has no time as written')
  }
  if (statement.occasion !== undefined) out['event_id'] = idOf(w, statement.occasion)
  const fields = statement as unknown as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) if (!STATEMENT_HANDLED.includes(key)) lost(w, [...path, key], fields[key], 'a Popolo speech has no property for it')
  return out
}

const VOTE_HANDLED = ['id', 'on', 'body', 'counts', 'votes', 'result', 'requirement', 'time', 'occasion', 'sameAs', 'sources']
const RESULT_WORDS: Record<string, string> = { adopted: 'pass', rejected: 'fail' }
const OPTION_WORDS: Record<string, string> = { 'not-voting': 'not voting' }

const writeVote = (w: Writing, vote: Vote, i: number, out: ToPopolo['popolo'], motions: Map<string, Record<string, unknown>>): void => {
  const path = ['votes', i]
  const id = idOf(w, vote.id)
  const event: Record<string, unknown> = { id }
  const body = vote.body === undefined ? undefined : idOf(w, vote.body)
  const session = vote.occasion === undefined ? undefined : idOf(w, vote.occasion)
  if (body !== undefined) event['organization_id'] = body
  if (session !== undefined) event['legislative_session_id'] = session
  const result = vote.result === undefined ? undefined : own(RESULT_WORDS, vote.result)
  if (vote.on.kind === 'motion') {
    const source = vote.sources?.find((s) => s.identifier?.scheme === w.scheme && s.covers?.some((field) => field === 'on') === true)
    const motionId = source?.identifier?.value ?? `${id}-motion`
    event['motion_id'] = motionId
    const known = motions.get(motionId)
    const motion = known ?? { id: motionId, text: vote.on.text, vote_events: [] as string[] }
    if (known === undefined) {
      if (body !== undefined) motion['organization_id'] = body
      if (session !== undefined) motion['legislative_session_id'] = session
      if (vote.requirement !== undefined) motion['requirement'] = vote.requirement
      if (result !== undefined) motion['result'] = result
      motions.set(motionId, motion)
      out['motions']?.push(motion)
    } else if (motion['result'] !== result) delete motion['result']
    ;(motion['vote_events'] as string[]).push(id)
    writeSources(w, path, vote.sources, motion, (s) => s.covers !== undefined, 'on')
  } else {
    lost(w, [...path, 'on'], vote.on, 'a Popolo vote event decides a motion, not a document, paragraph or agreement')
    if (vote.requirement !== undefined) lost(w, [...path, 'requirement'], vote.requirement, 'Popolo keeps the requirement on the motion')
  }
  splitTime(w, path, vote.time, event)
  if (result !== undefined) event['result'] = result
  else if (vote.result !== undefined) lost(w, [...path, 'result'], vote.result, 'not a result of Popolo\'s code list (pass, fail)')
  if (vote.counts !== undefined) {
    event['counts'] = vote.counts.map((count, j) => {
      if (count.evidence !== undefined || count.sources !== undefined || count.inferences !== undefined) lost(w, [...path, 'counts', j], count, 'a Popolo count carries no support')
      return { option: own(OPTION_WORDS, count.option) ?? count.option, value: count.count }
    })
  }
  if (vote.votes !== undefined) {
    event['votes'] = vote.votes.map((named, j) => {
      if (named.evidence !== undefined || named.sources !== undefined || named.inferences !== undefined) lost(w, [...path, 'votes', j], named, 'a Popolo vote carries no support')
      return { vote_event_id: id, voter_id: idOf(w, named.voter), option: own(OPTION_WORDS, named.option) ?? named.option }
    })
  }
  writeSources(w, path, vote.sources, event, (s) => s.covers === undefined)
  writeSameAs(w, path, vote.sameAs ?? [], event, { links: false, identifiers: false })
  const fields = vote as unknown as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) {
    if (VOTE_HANDLED.includes(key)) continue
    lost(w, [...path, key], fields[key], key === 'evidence' ? 'Popolo has no spans of an article' : key === 'total' ? 'Popolo states no total apart from the counts' : 'a Popolo vote event has no property for it')
  }
  out['vote_events']?.push(event)
}

const writePlace = (w: Writing, place: Place, i: number): Record<string, unknown> => {
  const path = ['places', i]
  const out: Record<string, unknown> = { id: idOf(w, place.id), name: place.name, classification: place.kind }
  if (place.within !== undefined) out['parent_id'] = idOf(w, place.within)
  const fields = place as unknown as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) {
    if (['id', 'name', 'kind', 'within'].includes(key)) continue
    if (key === 'sameAs' && (place.sameAs ?? []).every((link) => link.identifier?.scheme === w.scheme)) continue
    lost(w, [...path, key], fields[key], 'a Popolo area has no property for it')
  }
  return out
}

/**
 * Writes a graph as a Popolo export. People are `persons`; organizations and states (classified `state`,
 * with their ISO 3166-1 code as an identifier) are `organizations`; each tenure of a person's `posts` is a
 * membership, and each office of an organization a post; events are events and meetings events classified
 * `meeting`; statements quoting their words are speeches; votes on a motion are a motion and a vote event
 * with its counts and votes; places are areas. A record keeps the Popolo id its `sameAs` names (scheme
 * `popolo`), else its model id. Every field with no Popolo home is a loss, at its path in the graph.
 *
 * @example
 * import { Graph, make } from 'news-codecs'
 * import { toPopolo } from 'news-codecs/converters'
 *
 * const { popolo, losses } = toPopolo(make(Graph)({
 *   articles: [], places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [],
 *   actors: [
 *     { kind: 'person', id: 'person:ada', name: 'Ada Example', nationality: 'state:GB',
 *       posts: [{ office: 'Speaker', of: 'organization:house', from: '2020-01-10' }] },
 *     { kind: 'organization', id: 'organization:house', name: 'Example House', type: 'government-body' },
 *   ],
 * }))
 * popolo.memberships //=> [{ id: 'person:ada-membership-1', person_id: 'person:ada', role: 'Speaker',
 * //   organization_id: 'organization:house', post_id: 'speaker-organization-house', start_date: '2020-01-10' }]
 * popolo.posts //=> [{ id: 'speaker-organization-house', label: 'Speaker', organization_id: 'organization:house' }]
 * losses.map((loss) => loss.path) //=> ['/actors/0/nationality']
 *
 * @category interop
 * @since 0.3.0
 */
export const toPopolo = (graph: Graph, options: ToPopoloOptions = {}): ToPopolo => {
  const w: Writing = { scheme: options.scheme ?? 'popolo', losses: [], popoloIds: new Map(), kinds: new Map(graph.actors.map((actor) => [actor.id, actor.kind])) }
  const records: ReadonlyArray<{ readonly id: string; readonly sameAs?: ReadonlyArray<SameAs> | undefined }> = [
    ...graph.actors, ...graph.places, ...graph.events, ...graph.meetings, ...graph.statements, ...(graph.votes ?? []),
  ]
  for (const record of records) w.popoloIds.set(record.id, popoloIdIn(w.scheme, record))
  const popolo: ToPopolo['popolo'] = { persons: [], organizations: [], posts: [], memberships: [], events: [], speeches: [], motions: [], vote_events: [], areas: [] }
  const offices = new Map<string, Record<string, unknown>>()
  const motions = new Map<string, Record<string, unknown>>()
  const transcripts = new Set<string>()
  graph.actors.forEach((actor, i) => writeActor(w, actor, i, popolo, offices))
  graph.events.forEach((event, i) => popolo['events']?.push(writeEvent(w, graph, event, i)))
  graph.meetings.forEach((meeting, i) => popolo['events']?.push(writeMeeting(w, graph, meeting, i)))
  graph.statements.forEach((statement, i) => popolo['speeches']?.push(writeStatement(w, graph, statement, i, transcripts)))
  ;(graph.votes ?? []).forEach((vote, i) => writeVote(w, vote, i, popolo, motions))
  graph.places.forEach((place, i) => popolo['areas']?.push(writePlace(w, place, i)))
  graph.articles.forEach((article, i) => {
    if (!transcripts.has(article.id)) return lost(w, ['articles', i], article, 'Popolo has no articles apart from the transcripts of speeches')
    for (const key of Object.keys(article)) {
      if (key !== 'id' && key !== 'text' && key !== 'headline') lost(w, ['articles', i, key], (article as unknown as Record<string, unknown>)[key], 'a Popolo speech keeps its transcript\'s text and title')
    }
  })
  const unheld = ['agreements', 'documents', 'positions', 'relations', 'corrections'] as const
  for (const key of unheld) (graph[key] ?? []).forEach((record: unknown, i: number) => lost(w, [key, i], record, 'Popolo has no such records'))
  if (graph.id !== undefined) lost(w, ['id'], graph.id, 'a Popolo export has no id')
  if (graph.annotation !== undefined) lost(w, ['annotation'], graph.annotation, 'Popolo does not say who coded a record')
  for (const key of Object.keys(popolo)) if ((popolo[key] ?? []).length === 0) delete popolo[key]
  return { popolo, losses: w.losses }
}
