/**
 * Plain English sentences for the facts of a graph: "China and Russia refused to sign the joint communiqué
 * of the G20 foreign ministers' meeting on Thursday (resolved: 2 March 2023)". Names stand in for ids, lists
 * are joined "A, B and C", verbs agree with their subjects, coded values are written as their labels, times
 * are given as written and as resolved, and what is uncertain, negated, postponed or inferred says so in
 * words.
 *
 * @module
 */
import * as t from 'io-ts'
import type { Actor } from './Actor.js'
import type { Agreement, LifecycleAct } from './Agreement.js'
import { LifecycleAct as LifecycleActCodec } from './Agreement.js'
import { SHIPPED_SCHEMES } from './CodeLists.js'
import type { Correction } from './Correction.js'
import type { Document, Paragraph } from './Document.js'
import type { Event } from './Event.js'
import type { Evidence } from './Evidence.js'
import { evidenceOf } from './Evidence.js'
import type { Graph, GraphCollection } from './Graph.js'
import { Graph as GraphCodec } from './Graph.js'
import { collectionCodecs } from './internal/records.js'
import type { Meeting } from './Meeting.js'
import type { Position, PositionTarget } from './Position.js'
import type { Quantity } from './Quantity.js'
import type { Relation } from './Relation.js'
import type { ScheduleChange } from './Schedule.js'
import type { Statement } from './Statement.js'
import type { Duration, Time } from './Time.js'
import type { CodedValue } from './Vocabulary.js'
import type { Vote } from './Vote.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A word that qualifies a fact's sentence: it is probable or possible, did not happen, was only planned or
 * happens as a rule, was postponed, rescheduled or cancelled, or is inferred from other facts.
 *
 * @category model
 * @since 0.3.0
 */
export type SentenceMark =
  | 'probable'
  | 'possible'
  | 'negated'
  | 'hypothetical'
  | 'generic'
  | 'postponed'
  | 'rescheduled'
  | 'cancelled'
  | 'inferred'

/**
 * One fact of a graph as a sentence, with its time, its marks and the evidence it stands on (each span
 * once).
 *
 * @category model
 * @since 0.3.0
 */
export interface FactSentence {
  /** The id of the fact (of the lifecycle act, for an act that has one). */
  readonly id: string
  /** The collection the fact comes from. */
  readonly collection: GraphCollection
  /** The sentence, ending with a full stop. */
  readonly sentence: string
  /** When, if the fact is dated. */
  readonly time?: Time
  /** What qualifies it, also written in the sentence. */
  readonly marks: ReadonlyArray<SentenceMark>
  /** The spans of the articles it stands on, each once. */
  readonly evidence: ReadonlyArray<Evidence>
}

// -------------------------------------------------------------------------------------
// words
// -------------------------------------------------------------------------------------

/**
 * Joins phrases as English does: "A", "A and B", "A, B and C".
 *
 * @example
 * import { listOf } from 'news-codecs'
 *
 * listOf(['China', 'Russia']) //=> 'China and Russia'
 * listOf(['the UN', 'Ukraine', 'Russia', 'Turkey']) //=> 'the UN, Ukraine, Russia and Turkey'
 *
 * @category utils
 * @since 0.3.0
 */
export const listOf = (items: ReadonlyArray<string>): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?$/

interface DateWords {
  readonly words: string
  readonly preposition: 'on' | 'in' | 'at'
  readonly approximate: boolean
  readonly uncertain: boolean
}

const dateWords = (value: string): DateWords | undefined => {
  const m = EDTF_DATE.exec(value)
  if (m === null) return undefined
  const [, year, month, day, hour, minute, zone, qualifier] = m
  const approximate = qualifier === '~' || qualifier === '%'
  const uncertain = qualifier === '?' || qualifier === '%'
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]
  if (monthName === undefined) return { words: `${year}`, preposition: 'in', approximate, uncertain }
  if (day === undefined) return { words: `${monthName} ${year}`, preposition: 'in', approximate, uncertain }
  const date = `${Number(day)} ${monthName} ${year}`
  if (hour === undefined) return { words: date, preposition: 'on', approximate, uncertain }
  const offset = zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` (UTC${zone})`
  return { words: `${hour}:${minute}${offset} on ${date}`, preposition: 'at', approximate, uncertain }
}

/** A date with its qualifiers in words: "around 2022", "probably September 2022". */
const qualified = (date: DateWords, withPreposition: boolean): string => {
  const lead = date.approximate ? 'around' : withPreposition ? date.preposition : ''
  return [date.uncertain ? 'probably' : '', lead, date.words].filter((part) => part !== '').join(' ')
}

/**
 * An EDTF value in words, with its preposition: "on 2 March 2023", "in March 2023", "around 2022",
 * "from 20 February 2023 to 26 February 2023", "since 24 February 2022", "until 12 January 2024".
 *
 * @example
 * import { edtfWords } from 'news-codecs'
 *
 * edtfWords('2023-03-02') //=> 'on 2 March 2023'
 * edtfWords('2023-03') //=> 'in March 2023'
 * edtfWords('2022~') //=> 'around 2022'
 * edtfWords('2022-02-24/..') //=> 'since 24 February 2022'
 *
 * @category utils
 * @since 0.3.0
 */
export const edtfWords = (value: string, withPreposition = true): string => {
  const slash = value.indexOf('/')
  if (slash < 0) {
    const date = dateWords(value)
    return date === undefined ? value : qualified(date, withPreposition)
  }
  const [from, to] = [value.slice(0, slash), value.slice(slash + 1)]
  const start = dateWords(from)
  const end = dateWords(to)
  if (start !== undefined && end !== undefined) return `from ${qualified(start, false)} to ${qualified(end, false)}`
  if (start !== undefined) return to === '..' ? `since ${qualified(start, false)}` : `from ${qualified(start, false)}`
  if (end !== undefined) return `until ${qualified(end, false)}`
  return value
}

// Words that may open a time as written and need no preposition before it ("the day before", "last week").
const TIME_LEADS = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'before', 'after', 'during', 'from', 'around', 'last', 'next', 'this',
  'the', 'that', 'earlier', 'later', 'over', 'within', 'between', 'yesterday', 'today', 'tomorrow', 'so', 'early', 'late', 'mid', 'recently',
  'afterwards', 'previously', 'then', 'now', 'soon', 'when', 'while', 'once', 'for', 'throughout', 'ahead', 'shortly', 'overnight', 'days', 'weeks', 'months', 'years', 'a', 'an'])
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** A time as written, made to follow a clause ("on Thursday", "in January 2022", "the day before"), or undefined when it does not read so. */
const asWritten = (text: string): string | undefined => {
  const words = text.split(/\s+/).map((word) => word.replace(/[,.;:]+$/, ''))
  const first = words[0] ?? ''
  const lower = first.toLowerCase()
  if (/^(?:mid|early|late)-/.test(lower)) return `in ${text}`
  if (TIME_LEADS.has(lower)) return `${text.charAt(0).toLowerCase()}${text.slice(1)}`
  if (WEEKDAYS.has(lower)) return `on ${text}`
  if (MONTHS.includes(first)) return /^\d{1,2}$/.test(words[1] ?? '') ? `on ${text}` : `in ${text}`
  if (/^\d{4}$/.test(first)) return `in ${text}`
  if (/^\d{1,2}$/.test(first) && MONTHS.includes(words[1] ?? '')) return `on ${text}`
  return undefined
}

// A time written as one such word says nothing without its resolution: "since" alone.
const BARE_WORDS = new Set(['since', 'until', 'before', 'after', 'from', 'by'])

/**
 * A time in words, as written and as resolved: "on 2 March 2023", or "on Thursday (resolved: 2 March
 * 2023)" when the source wrote it otherwise.
 *
 * @example
 * import { timeWords } from 'news-codecs'
 * import type { Time } from 'news-codecs'
 *
 * timeWords({ value: '2023-03-02' } as Time) //=> 'on 2 March 2023'
 * timeWords({ value: '2023-03-31', text: 'by the end of the month' } as Time) //=> 'by the end of the month (resolved: 31 March 2023)'
 *
 * @category utils
 * @since 0.3.0
 */
export const timeWords = (time: Time): string => {
  const resolved = edtfWords(time.value)
  if (time.text === undefined || (time.text as string) === (time.value as string) || BARE_WORDS.has(time.text.toLowerCase())) return resolved
  const bare = edtfWords(time.value, false)
  const written = asWritten(time.text)
  if (written === undefined) return `${resolved} (as written: “${time.text}”)`
  return written.toLowerCase().endsWith(bare.toLowerCase()) ? written : `${written} (resolved: ${bare})`
}

const DURATION_UNITS = [['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second']] as const
const BOUND_WORDS: Readonly<Record<string, string>> = {
  exactly: '', about: 'about', 'less-than': 'less than', 'at-most': 'at most', 'more-than': 'more than', 'at-least': 'at least',
}

const durationWords = (duration: Duration): string => {
  if (duration.text !== undefined) return duration.text
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration.value)
  const parts = m === null ? [] : DURATION_UNITS.flatMap(([plural, singular], i) => {
    const n = m[i + 1]
    return n === undefined ? [] : [`${n} ${Number(n) === 1 ? singular : plural}`]
  })
  return [BOUND_WORDS[duration.bound] ?? '', listOf(parts)].filter((part) => part !== '').join(' ')
}

/** The figure as written followed by what it counts, without saying the same words twice ("1,200 people" and "people killed"). */
const withUnit = (text: string, unit: string): string => {
  const said = text.split(/\s+/)
  const counted = unit.split(/\s+/)
  if (said.includes(counted[counted.length - 1] ?? '')) return text
  for (let n = Math.min(said.length, counted.length); n > 0; n--) {
    if (said.slice(-n).join(' ') === counted.slice(0, n).join(' ')) return [...said, ...counted.slice(n)].join(' ')
  }
  return `${text} ${unit}`
}

const figure = (n: number): string => n.toLocaleString('en-US')

const quantityWords = (quantity: Quantity): string => {
  if (quantity.text !== undefined) return withUnit(quantity.text, quantity.unit)
  if (quantity.kind === 'range') return `${quantity.bound === 'about' ? 'about ' : ''}${figure(quantity.min)} to ${figure(quantity.max)} ${quantity.unit}`
  return [BOUND_WORDS[quantity.bound] ?? '', figure(quantity.value), quantity.unit].filter((part) => part !== '').join(' ')
}

const SCHEME_NAMES: Readonly<Record<string, string>> = {
  plover: 'PLOVER', 'plover-mode': 'PLOVER mode', cameo: 'CAMEO', 'plover-sector': 'PLOVER sector', 'plover-context': 'PLOVER context',
}

/** The name a shipped code list gives a code (for a second-level CAMEO code, its root's name). */
const codeName = (term: CodedValue): string | undefined => {
  const list = SHIPPED_SCHEMES.find((l) => l.scheme === term.scheme)
  if (list === undefined) return undefined
  const named = list.names[term.code] ?? (term.scheme === 'cameo' ? list.names[term.code.slice(0, 2)] : undefined)
  if (named !== undefined) return named
  if (term.scheme === 'plover-mode') {
    const [category, mode] = term.code.split(':')
    return `${(category ?? '').toLowerCase()}, by ${(mode ?? '').replace(/[-_]/g, ' ')}`
  }
  return term.scheme === 'plover' ? term.code.toLowerCase() : undefined
}

/**
 * A vocabulary value in words: a built-in value with its hyphens as spaces ("refuses-to-sign" is
 * "refuses to sign"), a coded value by the name its code list gives it, with the scheme and code
 * ("engage in diplomatic cooperation (CAMEO 051)").
 *
 * @example
 * import { termWords } from 'news-codecs'
 *
 * termWords('pre-recorded-address') //=> 'pre recorded address'
 * termWords({ scheme: 'cameo', code: '051' }) //=> 'engage in diplomatic cooperation (CAMEO 051)'
 *
 * @category utils
 * @since 0.3.0
 */
export const termWords = (term: string | CodedValue): string => {
  if (typeof term === 'string') return term.replace(/[-_]+/g, ' ')
  const scheme = SCHEME_NAMES[term.scheme] ?? `the ${term.scheme.replace(/[-_.]+/g, ' ')} scheme`
  const name = codeName(term)
  return name === undefined ? `code ${term.code} of ${scheme}` : `${name.replace(/_/g, ' ')} (${scheme} ${term.code.replace(/:/g, ' ')})`
}

/** A built-in value through a table of phrases, or the value (or code) in words. */
const phrase = (table: Readonly<Record<string, string>>, term: string | CodedValue): string =>
  typeof term === 'string' ? (table[term] ?? termWords(term)) : termWords(term)

const capitalize = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`

// Opening words of a name or clause that are not a proper name, so may be written in lower case mid-sentence.
const COMMON_LEADS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'there', 'this', 'their', 'his', 'her', 'its', 'our',
  'attempts', 'war', 'meeting', 'celebrations', 'summary', 'joint', 'statement', 'communiqué', 'declaration', 'readout', 'resolution',
  'ban', 'attack', 'invasion', 'explosions', 'global', 'investigation', 'election', 'ceasefire', 'visit', 'talks', 'conference', 'draft'])

// Names of states and organizations that English writes with "the": "the United States", "the Kremlin".
const SHORT_NAMES = new Set(['G20', 'G7', 'UN', 'EU', 'Kremlin', 'Pentagon', 'Vatican', 'Netherlands', 'Philippines', 'Bahamas', 'Gambia'])
const FIRST_WORDS = new Set(['United', 'Ministry', 'Council', 'White', 'European', 'Central', 'Prime', 'Office', 'Department', 'Government', 'Republic', 'State'])
const INSTITUTIONS = /(?:Party|Office|Union|Nations|Commission|Council|Ministry|Agency|House|Assembly|presidency|authorities|Organization|Organisation|Bank|Fund|Court|Forum|Committee|Parliament|Government|Secretariat|Alliance|Federation|Service|Department|Kingdom|States|Emirates|Republic)$/

const lowerLead = (s: string): string => {
  const first = s.split(/\s/)[0] ?? ''
  return COMMON_LEADS.has(first.toLowerCase()) ? `${s.charAt(0).toLowerCase()}${s.slice(1)}` : s
}


const PARTICIPLES: Readonly<Record<string, string>> = {
  be: 'been', go: 'gone', take: 'taken', give: 'given', make: 'made', say: 'said', meet: 'met', speak: 'spoken', hold: 'held',
  send: 'sent', break: 'broken', write: 'written', choose: 'chosen', begin: 'begun', do: 'done', see: 'seen', come: 'come', run: 'run',
  put: 'put', set: 'set', keep: 'kept', leave: 'left', win: 'won', sign: 'signed', seek: 'sought', bring: 'brought', pay: 'paid',
}

/** "condemn the invasion" as "condemned the invasion", for "has not condemned the invasion". */
const perfect = (act: string): string => {
  const [verb = '', ...rest] = act.trim().split(/\s+/)
  const lower = verb.toLowerCase()
  const participle =
    PARTICIPLES[lower] ?? (lower.endsWith('e') ? `${lower}d` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ied` : `${lower}ed`)
  return [participle, ...rest].join(' ')
}

// -------------------------------------------------------------------------------------
// names
// -------------------------------------------------------------------------------------

interface Lookups {
  readonly actors: ReadonlyMap<string, Actor>
  readonly byId: ReadonlyMap<string, Named>
}

type Named =
  | { readonly kind: 'actor'; readonly record: Actor }
  | { readonly kind: 'place'; readonly record: Graph['places'][number] }
  | { readonly kind: 'article'; readonly record: Graph['articles'][number] }
  | { readonly kind: 'event'; readonly record: Event }
  | { readonly kind: 'meeting'; readonly record: Meeting }
  | { readonly kind: 'agreement'; readonly record: Agreement }
  | { readonly kind: 'act'; readonly record: LifecycleAct; readonly agreement: Agreement }
  | { readonly kind: 'document'; readonly record: Document }
  | { readonly kind: 'paragraph'; readonly record: Paragraph; readonly document: Document }
  | { readonly kind: 'statement'; readonly record: Statement }
  | { readonly kind: 'position'; readonly record: Position }
  | { readonly kind: 'relation'; readonly record: Relation }
  | { readonly kind: 'vote'; readonly record: Vote }
  | { readonly kind: 'correction'; readonly record: Correction }

const lookupsCache = new WeakMap<Graph, Lookups>()

const lookupsOf = (graph: Graph): Lookups => {
  const cached = lookupsCache.get(graph)
  if (cached !== undefined) return cached
  const byId = new Map<string, Named>()
  const add = (id: string | undefined, named: Named): void => void (id !== undefined && !byId.has(id) && byId.set(id, named))
  for (const record of graph.actors) add(record.id, { kind: 'actor', record })
  for (const record of graph.places) add(record.id, { kind: 'place', record })
  for (const record of graph.articles) add(record.id, { kind: 'article', record })
  for (const record of graph.events) add(record.id, { kind: 'event', record })
  for (const record of graph.meetings) add(record.id, { kind: 'meeting', record })
  for (const record of graph.agreements) {
    add(record.id, { kind: 'agreement', record })
    for (const act of record.lifecycle) add(act.id, { kind: 'act', record: act, agreement: record })
  }
  for (const record of graph.documents) {
    add(record.id, { kind: 'document', record })
    for (const paragraph of record.paragraphs ?? []) add(paragraph.id, { kind: 'paragraph', record: paragraph, document: record })
  }
  for (const record of graph.statements) add(record.id, { kind: 'statement', record })
  for (const record of graph.positions) add(record.id, { kind: 'position', record })
  for (const record of graph.relations) add(record.id, { kind: 'relation', record })
  for (const record of graph.votes ?? []) add(record.id, { kind: 'vote', record })
  for (const record of graph.corrections ?? []) add(record.id, { kind: 'correction', record })
  const lookups = { actors: new Map(graph.actors.map((actor) => [actor.id as string, actor])), byId }
  lookupsCache.set(graph, lookups)
  return lookups
}

/** A subject of a sentence: its words and whether a verb after it takes the plural. */
interface Subject {
  readonly words: string
  readonly plural: boolean
}

/** The sentence writer for one graph: names for ids, and a sentence for each kind of fact. */
const writerFor = (graph: Graph) => {
  const { actors, byId } = lookupsOf(graph)
  const actorStarts = [...actors.values()].flatMap((actor) => [actor.name as string, ...(actor.otherNames ?? [])])

  const properNames = new Set<string>([...WEEKDAYS].map(capitalize).concat(MONTHS, ['I']))
  for (const named of [...graph.actors, ...graph.places]) {
    for (const name of [named.name, ...(named.otherNames ?? [])]) for (const word of name.split(/[\s–-]+/)) properNames.add(word.replace(/['’]s$/, ''))
  }
  // Words the articles write in lower case somewhere: a capital on one of them opens a sentence, it is no name.
  const commonWords = new Set<string>()
  for (const article of graph.articles) for (const word of article.text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []) commonWords.add(word)
  /** A phrase put mid-sentence: its first word in lower case unless it is a name. */
  const midSentence = (text: string): string => {
    const first = (text.split(/\s/)[0] ?? '').replace(/[,;:]+$/, '')
    const plain = /^[A-Z][a-z]*(?:['’]s)?$/.test(first) && !properNames.has(first.replace(/['’]s$/, ''))
    const common = COMMON_LEADS.has(first.toLowerCase()) || commonWords.has(first.toLowerCase())
    return plain && common ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
  }
  /** A clause that follows "that": its first word in lower case unless it is a name, its full stop dropped. */
  const clause = (text: string): string => midSentence(text.trim().replace(/[.\s]+$/, ''))

  const actorName = (id: string): string => {
    const actor = actors.get(id)
    if (actor === undefined) return 'an actor the graph does not name'
    const name = actor.name as string
    const wantsArticle =
      (actor.kind === 'state' || actor.kind === 'organization') ? SHORT_NAMES.has(name) || FIRST_WORDS.has(name.split(/\s/)[0] ?? '') || (name.includes(' ') && INSTITUTIONS.test(name))
        : actor.kind === 'group' && /^[A-Z]/.test(name) && / (?:ministers|authorities|delegations)$/.test(name) && !name.startsWith('Western')
    if (wantsArticle) return `the ${name}`
    return actor.kind === 'group' ? midSentence(name) : name
  }
  const actorsOf = (ids: ReadonlyArray<string>): Subject => {
    const plural = ids.length > 1 || (ids.length === 1 && actors.get(ids[0] as string)?.kind === 'group')
    return { words: ids.length === 0 ? 'someone the graph does not name' : listOf(ids.map(actorName)), plural }
  }
  const verb = (subject: Subject, singular: string, plural: string): string => (subject.plural ? plural : singular)

  /** A name used as a noun phrase: "the Russian invasion of Ukraine", "Narendra Modi's address". */
  const theName = (name: string): string => {
    const first = name.split(/\s/)[0] ?? ''
    if (first === 'The') return `the${name.slice(3)}`
    // A possessive name ("Narendra Modi's address") or one that reads as a clause ("Russia blocks access") takes no article.
    if (/^(?:[A-Z][^\s]*\s){0,3}[A-Z][^\s]*['’]s\s/.test(name)) return name
    if (actorStarts.some((actor) => new RegExp(`^${actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [a-z]+s(?![a-z])`).test(name))) return name
    return `the ${lowerLead(name)}`
  }

  const placeName = (id: string): string => {
    const found = byId.get(id)
    if (found?.kind !== 'place') return 'a place the graph does not name'
    const name = found.record.name as string
    return found.record.kind === 'sea' || /\b(?:Sea|Ocean|Strait|Strip|Gulf|Bay|Channel|Islands|Netherlands|Philippines)$/.test(name) ? `the ${name}` : name
  }

  const meetingPhrase = (meeting: Meeting, dated = true): string =>
    `the meeting of ${actorsOf(meeting.participants).words}${meeting.time === undefined || !dated ? '' : ` ${edtfWords(meeting.time.value)}`}`
  /** A document by its title: "the joint communiqué of ...", "the White House readout ...", "the resolution “Aggression against Ukraine”". */
  const documentPhrase = (document: Document): string => {
    const first = document.title.split(/\s/)[0] ?? ''
    if (first === 'The' || COMMON_LEADS.has(first.toLowerCase()) || /^(?:[A-Z][^\s]*\s){0,3}[A-Z][^\s]*['’]s\s/.test(document.title)) return theName(document.title)
    if (actorStarts.some((actor) => document.title.startsWith(`${actor} `))) return `the ${document.title}`
    return `the ${phrase(DOCUMENT_TYPES, document.type)} “${document.title}”`
  }
  /** The meeting or event something happened at, without its date when the sentence gives one. */
  const occasionPhrase = (id: string, dated: boolean): string => {
    const found = byId.get(id)
    return found?.kind === 'meeting' ? meetingPhrase(found.record, dated) : recordPhrase(id)
  }
  const paragraphPhrase = (paragraph: Paragraph, document: Document): string =>
    paragraph.text !== undefined
      ? `the paragraph of ${documentPhrase(document)} on “${paragraph.text}”`
      : `the paragraph of ${documentPhrase(document)} that ${clause(paragraph.summary ?? 'no source quotes')}`
  const actPhrase = (act: LifecycleAct, agreement: Agreement): string =>
    `the ${phrase(ACT_NOUNS, act.type)} of the ${agreement.name}${act.time === undefined ? '' : ` ${edtfWords(act.time.value)}`}`

  /** Any record of the graph as a noun phrase; a reference the graph lacks reads as English too. */
  const recordPhrase = (id: string): string => {
    const found = byId.get(id)
    if (found === undefined) return 'a record the graph does not hold'
    switch (found.kind) {
      case 'actor':
        return actorName(id)
      case 'place':
        return placeName(id)
      case 'article':
        return found.record.headline === undefined ? 'an article of the graph' : `the article “${found.record.headline}”`
      case 'event':
        return theName(found.record.name)
      case 'meeting':
        return meetingPhrase(found.record)
      case 'agreement':
        return `the ${found.record.name}`
      case 'act':
        return actPhrase(found.record, found.agreement)
      case 'document':
        return documentPhrase(found.record)
      case 'paragraph':
        return paragraphPhrase(found.record, found.document)
      case 'statement':
        return `the statement by ${actorsOf(found.record.speakers).words} that ${clause(found.record.content.text)}`
      case 'position':
        return `the position of ${actorsOf(found.record.holders).words} on ${targetPhrase(found.record.target)}`
      case 'relation':
        return `the tie between ${actorName(found.record.subject)} and ${actorName(found.record.object)}`
      case 'vote':
        return votePhrase(found.record)
      case 'correction':
        return 'a correction'
    }
  }

  const votePhrase = (vote: Vote): string =>
    vote.name !== undefined ? theName(vote.name) : `the vote on ${voteTargetPhrase(vote)}`
  const voteTargetPhrase = (vote: Vote): string => {
    const on = vote.on
    switch (on.kind) {
      case 'motion':
        return `the motion “${on.text}”`
      case 'document':
        return recordPhrase(on.document)
      case 'agreement':
        return recordPhrase(on.agreement)
      case 'paragraph':
        return recordPhrase(on.paragraph)
    }
  }

  const targetPhrase = (target: PositionTarget): string => {
    switch (target.kind) {
      case 'proposition':
        return `the view that ${clause(target.text)}`
      case 'paragraph':
        return recordPhrase(target.paragraph)
      case 'document':
        return recordPhrase(target.document)
      case 'agreement':
        return recordPhrase(target.agreement)
      case 'event':
        return recordPhrase(target.event)
      case 'actor':
        return actorName(target.actor)
      case 'statement':
        return recordPhrase(target.statement)
      case 'position':
        return recordPhrase(target.position)
      case 'vote':
        return recordPhrase(target.vote)
      case 'act':
        return recordPhrase(target.act)
    }
  }

  return { clause, occasionPhrase, actorName, actorsOf, verb, theName, placeName, recordPhrase, targetPhrase, votePhrase, voteTargetPhrase, documentPhrase }
}

type Writer = ReturnType<typeof writerFor>

const writers = new WeakMap<Graph, Writer>()
/** One writer per graph, so describing facts one id at a time does not read the graph again each time. */
const writerOf = (graph: Graph): Writer => {
  const cached = writers.get(graph)
  if (cached !== undefined) return cached
  const writer = writerFor(graph)
  writers.set(graph, writer)
  return writer
}

const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  'joint-statement': 'joint statement', communique: 'communiqué', 'chair-summary': 'chair’s summary', 'press-release': 'press release',
  'treaty-text': 'treaty text', other: 'document',
}

const ACT_NOUNS: Readonly<Record<string, string>> = {
  signed: 'signing', 'entered-into-force': 'entry into force', renewed: 'renewal', extended: 'extension', suspended: 'suspension',
  resumed: 'resumption', withdrawn: 'withdrawal', terminated: 'termination', expires: 'expiry', ratified: 'ratification', acceded: 'accession',
}

// -------------------------------------------------------------------------------------
// sentences
// -------------------------------------------------------------------------------------

interface Draft {
  readonly sentence: string
  readonly marks: ReadonlyArray<SentenceMark>
}

const isInferred = (record: { readonly evidence?: ReadonlyArray<unknown>; readonly inferences?: ReadonlyArray<unknown> }): boolean =>
  record.evidence === undefined && record.inferences !== undefined

const finish = (words: string, marks: ReadonlyArray<SentenceMark>, inferred: boolean): Draft => ({
  sentence: `${capitalize(words.trim())}${inferred ? ' (inferred)' : ''}.`,
  marks: inferred ? [...marks, 'inferred'] : marks,
})

const when = (time: Time | undefined): string => (time === undefined ? '' : ` ${timeWords(time)}`)

/** What became of a planned meeting or event, from its latest schedule change. */
const scheduleClause = (w: Writer, change: ScheduleChange | undefined): string => {
  if (change === undefined) return ''
  const by = change.by === undefined || change.by.length === 0 ? '' : ` by ${w.actorsOf(change.by).words}`
  const to = change.newTime === undefined ? '' : ` to ${timeWords(change.newTime).replace(/^(on|in|at) /, '')}`
  const announced = change.announced === undefined ? '' : `, as announced ${timeWords(change.announced)}`
  const reason = change.reason === undefined ? '' : ` (${change.reason})`
  return ` ${change.status === 'cancelled' ? 'was cancelled' : change.status === 'postponed' ? `was postponed${to}` : `was rescheduled${to}`}${by}${announced}${reason}`
}

const CHANNELS: Readonly<Record<string, readonly [verb: string, how: string]>> = {
  'in-person': ['met', ' in person'],
  phone: ['spoke', ' by phone'],
  video: ['met', ' by video link'],
  written: ['corresponded', ' in writing'],
  unknown: ['met', ''],
}
const BASE_VERBS: Readonly<Record<string, string>> = { met: 'meet', spoke: 'speak', corresponded: 'correspond' }
const GENERIC_VERBS: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  met: ['meets', 'meet'], spoke: ['speaks', 'speak'], corresponded: ['corresponds', 'correspond'],
}

const meetingSentence = (w: Writer, meeting: Meeting): Draft => {
  const who = w.actorsOf(meeting.participants)
  const [past, how] = typeof meeting.channel === 'string' ? (CHANNELS[meeting.channel] ?? ['met', '']) : ['met', ` (${termWords(meeting.channel)})`]
  const where = `${meeting.sidelinesOf === undefined ? '' : ` on the sidelines of ${w.recordPhrase(meeting.sidelinesOf)}`}${meeting.place === undefined ? '' : ` in ${w.placeName(meeting.place)}`}`
  const often = meeting.occurrences === 'one-or-more' ? ' at least once' : meeting.occurrences === 'several' ? ' several times' : ''
  const length = meeting.duration === undefined ? '' : `, for ${durationWords(meeting.duration)}`
  const change = meeting.schedule?.at(-1)
  const marks: SentenceMark[] = []
  let words: string
  if (change !== undefined && change.status === 'cancelled') {
    marks.push('cancelled')
    words = `${who.words} did not ${BASE_VERBS[past] ?? 'meet'}${how}: ${w.recordPhrase(meeting.id)}${where}${when(meeting.time).replace(/^ (on|in|at) /, ' planned for ')}${scheduleClause(w, change)}`
  } else if (change !== undefined) {
    marks.push(change.status === 'postponed' ? 'postponed' : 'rescheduled')
    words = `${w.recordPhrase(meeting.id)}${where} planned${when(meeting.time)}${scheduleClause(w, change)}`
  } else {
    const realis = meeting.realis ?? 'actual'
    const verbWords =
      realis === 'negated' ? `did not ${BASE_VERBS[past] ?? 'meet'}` : realis === 'hypothetical' ? `${w.verb(who, 'was', 'were')} to ${BASE_VERBS[past] ?? 'meet'}` : realis === 'generic' ? w.verb(who, ...(GENERIC_VERBS[past] ?? ['meets', 'meet'])) : past
    if (realis !== 'actual') marks.push(realis)
    words = `${who.words} ${verbWords}${how}${often}${where}${when(meeting.time)}${length}`
  }
  const topics = meeting.topics === undefined || meeting.topics.length === 0 ? '' : `; they discussed ${listOf(meeting.topics)}`
  const excluded = meeting.excludedTopics === undefined || meeting.excludedTopics.length === 0 ? '' : `, but not ${listOf(meeting.excludedTopics)}`
  const conveyed = (meeting.conveyed ?? []).map((c) => `; ${w.actorName(c.by)} conveyed ${w.clause(c.content)}${c.to === undefined ? '' : ` to ${w.actorName(c.to)}`}`).join('')
  const outcome = meeting.outcome === undefined ? '' : `; outcome: ${w.clause(meeting.outcome)}`
  return finish(`${words}${topics}${excluded}${conveyed}${outcome}`, marks, isInferred(meeting))
}

const eventSentence = (w: Writer, event: Event): Draft => {
  const name = capitalize(w.theName(event.name))
  const ongoing = event.time !== undefined && event.time.value.endsWith('/..')
  const change = event.schedule?.at(-1)
  const realis = event.realis ?? 'actual'
  const marks: SentenceMark[] = []
  let verbWords: string
  if (change !== undefined) {
    marks.push(change.status)
    verbWords = `, planned${when(event.time)},${scheduleClause(w, change)}`
  } else {
    if (realis !== 'actual') marks.push(realis)
    const verbs = { actual: ongoing ? 'has gone on' : 'took place', negated: 'did not take place', hypothetical: 'was to take place', generic: 'takes place' }
    verbWords = ` ${verbs[realis]}${event.place === undefined ? '' : ` in ${w.placeName(event.place)}`}${when(event.time)}`
  }
  const parts = [
    event.participants === undefined || event.participants.length === 0 ? '' : `with ${w.actorsOf(event.participants).words} taking part`,
    event.organizers === undefined || event.organizers.length === 0 ? '' : `led by ${w.actorsOf(event.organizers).words}`,
    event.partOf === undefined ? '' : `as part of ${w.recordPhrase(event.partOf)}`,
    event.causedBy === undefined || event.causedBy.length === 0 ? '' : `caused by ${listOf(event.causedBy.map(w.recordPhrase))}`,
  ].filter((part) => part !== '')
  const figures = event.quantities === undefined || event.quantities.length === 0 ? '' : `; ${listOf(event.quantities.map(quantityWords))}`
  const outcome = event.outcome === undefined ? '' : `; outcome: ${w.clause(event.outcome)}`
  return finish(`${name}${verbWords}${parts.length === 0 ? '' : `, ${parts.join(', ')}`}${figures}${outcome}`, marks, isInferred(event))
}

const PARTY_ROLES: Readonly<Record<string, string>> = {
  party: 'binds', signatory: 'was signed by', guarantor: 'is guaranteed by', mediator: 'was mediated by', depositary: 'is held in deposit by', observer: 'is observed by',
}

const agreementSentence = (w: Writer, agreement: Agreement): Draft => {
  const roles = [...new Set(agreement.parties.map((p) => p.role))]
  const clauses = roles.map((role) => `${PARTY_ROLES[role] ?? 'involves'} ${listOf(agreement.parties.filter((p) => p.role === role).map((p) => w.actorName(p.actor)))}`)
  const purpose = agreement.purpose === undefined ? '' : `; its purpose: ${w.clause(agreement.purpose)}`
  const reached = agreement.reachedAt === undefined ? '' : `; it was reached at ${w.recordPhrase(agreement.reachedAt)}`
  return finish(`the ${agreement.name} ${listOf(clauses)}${reached}${purpose}`, [], isInferred(agreement))
}

const ACT_PASSIVE: Readonly<Record<string, string>> = {
  signed: 'was signed', 'entered-into-force': 'entered into force', renewed: 'was renewed', extended: 'was extended', suspended: 'was suspended',
  resumed: 'was resumed', withdrawn: 'lost a party', terminated: 'was terminated', expires: 'expires', ratified: 'was ratified', acceded: 'gained a party',
}
const ACT_ACTIVE: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  signed: ['signed', 'signed'], 'entered-into-force': ['was bound by', 'were bound by'], renewed: ['renewed', 'renewed'], extended: ['extended', 'extended'],
  suspended: ['suspended', 'suspended'], resumed: ['resumed', 'resumed'], withdrawn: ['withdrew from', 'withdrew from'], terminated: ['terminated', 'terminated'],
  expires: ['ceases to be bound by', 'cease to be bound by'], ratified: ['ratified', 'ratified'], acceded: ['acceded to', 'acceded to'],
}
const ACT_NOT: Readonly<Record<string, string>> = {
  signed: 'was not signed', 'entered-into-force': 'did not enter into force', renewed: 'was not renewed', extended: 'was not extended',
  suspended: 'was not suspended', resumed: 'was not resumed', withdrawn: 'lost no party', terminated: 'was not terminated', expires: 'does not expire',
  ratified: 'was not ratified', acceded: 'gained no party',
}

const actSentence = (w: Writer, agreement: Agreement, act: LifecycleAct): Draft => {
  const realis = act.realis ?? 'actual'
  const marks: SentenceMark[] = realis === 'actual' ? [] : [realis]
  const name = `the ${agreement.name}`
  const term = act.term === undefined ? '' : `, for ${durationWords(act.term)}`
  const where = act.place === undefined ? '' : ` in ${w.placeName(act.place)}`
  const noun = ACT_NOUNS[act.type] ?? 'act'
  let words: string
  if (act.by !== undefined && act.by.length > 0) {
    const who = w.actorsOf(act.by)
    words =
      realis === 'negated'
        ? `${who.words} did not take part in the ${noun} of ${name}`
        : realis === 'hypothetical'
          ? `${who.words} ${w.verb(who, 'was', 'were')} to take part in the ${noun} of ${name}`
          : `${who.words} ${w.verb(who, ...(ACT_ACTIVE[act.type] ?? ['acted on', 'acted on']))} ${name}`
  } else {
    words = `${name} ${realis === 'negated' ? (ACT_NOT[act.type] ?? 'did not change') : realis === 'hypothetical' ? `was to see its ${noun}` : (ACT_PASSIVE[act.type] ?? 'changed')}`
  }
  return finish(`${words}${where}${when(act.time)}${term}`, marks, isInferred(act))
}

const DOCUMENT_STATUS: Readonly<Record<string, string>> = { adopted: 'was adopted', issued: 'was issued', 'not-adopted': 'was not adopted', draft: 'was drafted' }

const documentSentence = (w: Writer, document: Document): Draft => {
  const issuer = document.issuer === undefined ? '' : ` by ${w.actorName(document.issuer)}`
  const signers = document.signers === undefined || document.signers.length === 0 ? '' : `; ${w.actorsOf(document.signers).words} signed it`
  const refusers =
    document.refusers === undefined || document.refusers.length === 0 ? '' : `; ${w.actorsOf(document.refusers).words} refused to sign it`
  const symbol = document.symbol === undefined ? '' : ` (document symbol ${document.symbol})`
  const marks: SentenceMark[] = document.status === 'not-adopted' ? ['negated'] : []
  return finish(
    `${w.documentPhrase(document)}${symbol} ${DOCUMENT_STATUS[document.status] ?? 'was written'}${issuer}${when(document.time)}${signers}${refusers}`,
    marks,
    isInferred(document),
  )
}

const SPEECH_VERBS: Readonly<Record<string, string>> = {
  claim: 'claimed', inform: 'said', demand: 'demanded', appeal: 'appealed', accusation: 'alleged', criticism: 'said critically',
  rejection: 'said in rejection', denial: 'said in denial', assurance: 'gave an assurance', commitment: 'gave a commitment', warning: 'warned',
  refusal: 'said in refusal', announcement: 'announced', other: 'said',
}
const MEDIA: Readonly<Record<string, string>> = {
  'press-conference': 'at a press conference', 'press-remarks': 'in remarks to the press', 'pre-recorded-address': 'in a pre-recorded address',
  speech: 'in a speech', 'official-statement': 'in an official statement', 'news-agency-report': 'in a news agency report', interview: 'in an interview',
  'private-meeting': 'in a private meeting', 'social-media': 'on social media', document: 'in a document', unknown: '',
}
const ATTRIBUTIONS: Readonly<Record<string, string>> = {
  'according-to': 'according to', 'reported-by': 'as reported by', 'published-by': 'as published by', 'relayed-by': 'as relayed by',
}

/**
 * How a statement was delivered, in words ("in a pre-recorded address"), or `''` when not known.
 *
 * @example
 * import { mediumWords } from 'news-codecs'
 *
 * mediumWords('pre-recorded-address') //=> 'in a pre-recorded address'
 * mediumWords('unknown') //=> ''
 *
 * @category utils
 * @since 0.3.0
 */
export const mediumWords = (medium: Statement['medium']): string =>
  medium === undefined ? '' : typeof medium === 'string' ? (MEDIA[medium] ?? `in a ${termWords(medium)}`) : `through ${termWords(medium)}`

const statementSentence = (w: Writer, statement: Statement): Draft => {
  const who = w.actorsOf(statement.speakers)
  const act = statement.speechAct
  const speechVerb = typeof act === 'string' ? (SPEECH_VERBS[act] ?? 'said') : `said, in an act of ${termWords(act)},`
  const to = statement.addressees === undefined || statement.addressees.length === 0 ? '' : ` to ${w.actorsOf(statement.addressees).words}`
  const before = statement.audience === undefined || statement.audience.length === 0 ? '' : ` before ${w.actorsOf(statement.audience).words}`
  const at = statement.occasion === undefined ? '' : ` at ${w.occasionPhrase(statement.occasion, statement.time === undefined)}`
  // An occasion named for its medium ("Narendra Modi's pre-recorded address") says the medium already.
  const medium = ((m) => (m !== '' && at.includes(m.replace(/^(?:in|at|on|through) (?:an? )?/, '')) ? '' : m))(mediumWords(statement.medium))
  const speakers = new Set<string>(statement.speakers)
  const attribution = (statement.attribution ?? [])
    .filter((step) => !(step.relation === 'according-to' && speakers.has(step.source)))
    .map((step) => `${ATTRIBUTIONS[step.relation] ?? 'through'} ${w.recordPhrase(step.source)}`)
  const setting = `${medium === '' ? '' : ` ${medium}`}${before}${at}${when(statement.time)}`
  const source = attribution.length === 0 ? '' : `, ${listOf(attribution)}`
  const saying = act === 'appeal' || (act === 'demand' && to !== '') ? ', saying' : ''
  const words =
    statement.content.kind === 'quote'
      ? `${who.words} ${speechVerb}${to}${setting}${source}: “${statement.content.text}”`
      : `${who.words} ${speechVerb}${to}${saying} that ${w.clause(statement.content.text)}${setting === '' ? '' : `,${setting}`}${source}`
  return finish(words, [], isInferred(statement))
}

const STANCES: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  supports: ['supports', 'support'],
  opposes: ['opposes', 'oppose'],
  demands: ['calls for', 'call for'],
  rejects: ['rejects', 'reject'],
  neutral: ['is neutral on', 'are neutral on'],
  abstains: ['abstains on', 'abstain on'],
  'refuses-to-sign': ['refused to sign', 'refused to sign'],
}

// A proposition with one of these words reads as a clause ("the view that Russia is responsible"); without, as a noun phrase.
const CLAUSE_VERBS = /\b(?:is|are|was|were|be|has|have|had|should|must|would|will|can|could|may|might|shall|begins|does|do|did)\b/

const positionSentence = (w: Writer, position: Position): Draft => {
  const who = w.actorsOf(position.holders)
  const target = position.target
  const [singular, plural] = typeof position.stance === 'string' ? (STANCES[position.stance] ?? ['holds a position on', 'hold a position on']) : ['takes the stance', 'take the stance']
  const stance = typeof position.stance === 'string' ? w.verb(who, singular, plural) : `${w.verb(who, singular, plural)} “${termWords(position.stance)}” on`
  const object =
    target.kind === 'proposition'
      ? position.stance === 'demands'
        ? `that ${w.clause(target.text)}`
        : position.stance === 'rejects' || !CLAUSE_VERBS.test(target.text)
          ? w.clause(target.text)
          : w.targetPhrase(target)
      : w.targetPhrase(target)
  const verbWords = position.stance === 'demands' && target.kind === 'proposition' ? w.verb(who, 'demands', 'demand') : stance
  const adverb = position.certainty === 'probable' ? 'probably ' : position.certainty === 'possible' ? 'possibly ' : ''
  const marks: SentenceMark[] = position.certainty === 'probable' ? ['probable'] : position.certainty === 'possible' ? ['possible'] : []
  const notDone = position.basis.flatMap((basis) => (basis.kind === 'act' && basis.realis === 'negated' ? [basis.act] : []))
  if (notDone.length > 0) marks.push('negated')
  const negated = notDone.length === 0 ? '' : ` and ${w.verb(who, 'has', 'have')} not ${listOf(notDone.map(perfect))}`
  const according = position.accordingTo === undefined ? '' : `, according to ${w.recordPhrase(position.accordingTo)}`
  const verbed = /^(?:is|are) /.test(verbWords) ? verbWords.replace(/^(is|are) /, `$1 ${adverb}`) : `${adverb}${verbWords}`
  return finish(`${who.words} ${verbed} ${object}${when(position.time)}${negated}${according}`, marks, isInferred(position))
}

const RELATIONS: Readonly<Record<string, string>> = {
  'close-ties': 'has close ties with', friendship: 'is a friend of', alliance: 'is allied with', rivalry: 'is a rival of', chairs: 'chairs',
  'member-of': 'is a member of', customer: 'is a customer of', supplier: 'is a supplier of', other: 'is tied to',
}

const relationSentence = (w: Writer, relation: Relation): Draft => {
  const tie = typeof relation.type === 'string' ? (RELATIONS[relation.type] ?? 'is tied to') : `is tied, as ${termWords(relation.type)}, to`
  const description = relation.description === undefined ? '' : `: ${w.clause(relation.description)}`
  return finish(`${w.actorName(relation.subject)} ${tie} ${w.actorName(relation.object)}${when(relation.time)}${description}`, [], isInferred(relation))
}

const VOTE_RESULTS: Readonly<Record<string, string>> = { adopted: 'adopted', rejected: 'rejected', vetoed: 'vetoed', tied: 'tied on', withdrawn: 'withdrew' }

const voteSentence = (w: Writer, vote: Vote): Draft => {
  const count = (option: string): number | undefined => vote.counts?.find((c) => c.option === option)?.count
  const [yes, no, abstain] = [count('yes'), count('no'), count('abstain')]
  const tally =
    yes !== undefined && no !== undefined ? ` by ${figure(yes)} votes to ${figure(no)}${abstain === undefined ? '' : `, with ${figure(abstain)} abstentions`},` : ''
  const body = vote.body === undefined ? undefined : w.actorName(vote.body)
  const target = w.voteTargetPhrase(vote)
  const at = vote.occasion === undefined ? '' : ` at ${w.recordPhrase(vote.occasion)}`
  const realis = vote.realis ?? 'actual'
  const marks: SentenceMark[] = realis === 'actual' ? [] : [realis]
  const subject = body ?? capitalize(w.votePhrase(vote))
  let words: string
  if (realis === 'negated') words = `${subject} did not vote on ${target}`
  else if (realis === 'hypothetical') words = `${subject} was to vote on ${target}`
  else if (vote.result === undefined) words = body === undefined ? `${subject} was held on ${target}` : `${subject} voted on ${target}`
  else if (vote.result === 'withdrawn') words = `${target} was withdrawn from ${body === undefined ? w.votePhrase(vote) : `a vote of ${body}`}`
  else words = body === undefined ? `${target} was ${VOTE_RESULTS[vote.result] === 'tied on' ? 'tied' : VOTE_RESULTS[vote.result]} in ${w.votePhrase(vote)}` : `${body} ${VOTE_RESULTS[vote.result]} ${target}`
  const results = (vote.results ?? []).map((r) => {
    const figures = [r.count === undefined ? '' : `${figure(r.count)} votes`, r.share === undefined ? '' : `${r.share}% of the votes`, r.seats === undefined ? '' : `${r.seats} seats`].filter((f) => f !== '')
    return `${w.actorName(r.candidate)} won ${figures.length === 0 ? 'a result the source does not give' : listOf(figures)}`
  })
  return finish(`${words}${tally}${at}${when(vote.time)}${results.length === 0 ? '' : `; ${results.join('; ')}`}`, marks, isInferred(vote))
}

/** A sentence for one record of a fact collection, by kind. */
const draftFor = (w: Writer, graph: Graph, id: string): Draft | undefined => {
  const found = lookupsOf(graph).byId.get(id)
  if (found === undefined) return undefined
  switch (found.kind) {
    case 'meeting':
      return meetingSentence(w, found.record)
    case 'event':
      return eventSentence(w, found.record)
    case 'agreement':
      return agreementSentence(w, found.record)
    case 'act':
      return actSentence(w, found.agreement, found.record)
    case 'document':
      return documentSentence(w, found.record)
    case 'paragraph':
      return finish(capitalize(w.recordPhrase(id)), [], false)
    case 'statement':
      return statementSentence(w, found.record)
    case 'position':
      return positionSentence(w, found.record)
    case 'relation':
      return relationSentence(w, found.record)
    case 'vote':
      return voteSentence(w, found.record)
    case 'correction':
      return correctionSentence(w, graph, found.record)
    default:
      return undefined
  }
}

const correctionSentence = (w: Writer, graph: Graph, correction: Correction): Draft => {
  const fact = draftFor(w, graph, correction.fact)
  const said = fact === undefined ? w.recordPhrase(correction.fact) : `that ${fact.sentence.replace(/\.$/, '')}`
  const what = correction.kind === 'retraction' ? 'was retracted' : `was corrected${correction.replacement === undefined ? '' : `: ${draftFor(w, graph, correction.replacement)?.sentence.replace(/\.$/, '') ?? w.recordPhrase(correction.replacement)}`}`
  const at = correction.at === undefined ? '' : ` ${edtfWords(correction.at)}`
  const reason = correction.reason === undefined ? '' : ` (${w.clause(correction.reason)})`
  return finish(`the report ${said} ${what}${at}${reason}`, [], isInferred(correction))
}

const dedupe = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<Evidence> => {
  const seen = new Set<string>()
  return evidence.filter((e) => {
    const key = `${e.article}\u0000${e.start}\u0000${e.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// The codecs of the graph's collections, read from the graph codec, so evidence is gathered by the codec tree.
const COLLECTION_CODECS = collectionCodecs(GraphCodec)
const itemCodec = (collection: GraphCollection): t.Mixed => COLLECTION_CODECS.get(collection) ?? t.unknown

const entryOf = (collection: GraphCollection, id: string, draft: Draft, time: Time | undefined, evidence: ReadonlyArray<Evidence>): FactSentence => ({
  id,
  collection,
  sentence: draft.sentence,
  ...(time === undefined ? {} : { time }),
  marks: draft.marks,
  evidence: dedupe(evidence),
})

// -------------------------------------------------------------------------------------
// api
// -------------------------------------------------------------------------------------

/**
 * Every fact of a graph as a sentence, in the graph's order: its events, meetings, agreements (one sentence
 * for the agreement, one for each act of its lifecycle), documents, statements, positions, relations, votes
 * and corrections. Each fact comes once, with the evidence it stands on, each span once.
 *
 * @example
 * import { factSentences } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const sentences = factSentences(canonicalGraph)
 * sentences.some((s) => s.sentence.startsWith('China and Russia refused to sign the joint communiqué')) //=> true
 *
 * @category summaries
 * @since 0.3.0
 */
export const factSentences = (graph: Graph): ReadonlyArray<FactSentence> => {
  const w = writerOf(graph)
  const out: FactSentence[] = []
  const add = (collection: GraphCollection, records: ReadonlyArray<{ readonly id: string; readonly time?: Time }>): void => {
    const codec = itemCodec(collection)
    for (const record of records) {
      const draft = draftFor(w, graph, record.id)
      if (draft !== undefined) out.push(entryOf(collection, record.id, draft, record.time, evidenceOf(codec)(record)))
    }
  }
  add('events', graph.events)
  add('meetings', graph.meetings)
  for (const agreement of graph.agreements) {
    const own = [...(agreement.evidence ?? []), ...agreement.parties.flatMap((p) => p.evidence ?? [])]
    out.push(entryOf('agreements', agreement.id, agreementSentence(w, agreement), undefined, own))
    for (const act of agreement.lifecycle) {
      out.push(entryOf('agreements', act.id ?? agreement.id, actSentence(w, agreement, act), act.time, evidenceOf(LifecycleActCodec)(act)))
    }
  }
  add('documents', graph.documents)
  add('statements', graph.statements)
  add('positions', graph.positions)
  add('relations', graph.relations)
  add('votes', graph.votes ?? [])
  for (const correction of graph.corrections ?? []) {
    const draft = correctionSentence(w, graph, correction)
    out.push(entryOf('corrections', correction.id, draft, undefined, correction.evidence ?? []))
  }
  return out
}

/**
 * The sentence for the fact of a graph with the given id (a meeting, event, agreement, lifecycle act,
 * document, paragraph, statement, position, relation, vote or correction), or `undefined` when the graph
 * holds no fact of that id.
 *
 * @example
 * import { describeFact } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * describeFact(canonicalGraph)('position:china-russia-oppose-withdrawal-paragraph')?.startsWith('China and Russia oppose the paragraph') //=> true
 * describeFact(canonicalGraph)('meeting:none') //=> undefined
 *
 * @category summaries
 * @since 0.3.0
 */
export const describeFact =
  (graph: Graph) =>
  (id: string): string | undefined =>
    draftFor(writerOf(graph), graph, id)?.sentence

/**
 * The sentence for one act of an agreement's lifecycle, which may have no id of its own.
 *
 * @example
 * import { describeAct } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const grain = canonicalGraph.agreements[0]!
 * describeAct(canonicalGraph)(grain, grain.lifecycle[0]!) //=> 'The Black Sea Grain Initiative was signed in July 2022.'
 *
 * @category summaries
 * @since 0.3.0
 */
export const describeAct =
  (graph: Graph) =>
  (agreement: Agreement, act: LifecycleAct): string =>
    actSentence(writerOf(graph), agreement, act).sentence

/**
 * A short noun phrase for any record of a graph by its id ("the meeting of Antony Blinken and Sergei Lavrov
 * on 2 March 2023", "the joint communiqué of the G20 foreign ministers' meeting"); an id the graph does not
 * hold reads "a record the graph does not hold".
 *
 * @example
 * import { recordPhrase } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * recordPhrase(canonicalGraph)('state:IN') //=> 'India'
 * recordPhrase(canonicalGraph)('state:XX') //=> 'a record the graph does not hold'
 *
 * @category summaries
 * @since 0.3.0
 */
export const recordPhrase =
  (graph: Graph) =>
  (id: string): string =>
    writerOf(graph).recordPhrase(id)
