/**
 * The IPTC ninjs converter: a ninjs 2.x or 3.x news item to a graph holding its Article, and an Article back
 * to a ninjs item. What one side says and the other cannot hold is never dropped: each such value is
 * returned as a loss, with its path in the source. docs/ninjs.md has the field mapping of both versions.
 *
 * @module
 */
import type { Actor, Article, Byline, Event, Evidence, Graph, Image, Issue, OutsideSource, Place, Subject } from 'news-codecs'
import { BylineRole, ContentUri, Edtf, emptyGraph, Genre, Id, ImageMediaType, LanguageTag, locateQuote, NonEmptyString, NonEmptyText, PixelCount, Topic, unprocessableIssue, Url, validateGraph, VersionNumber } from 'news-codecs'
import { jsonPointer, jsonTypeOf, slugOf } from './conversion.js'
import { isRecord } from '../internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A major version of IPTC ninjs: `'2'` (lower-case property names, 2.0 to 2.2) or `'3'` (camelCase, 3.0 on).
 *
 * @example
 * import type { NinjsVersion } from 'news-codecs/converters'
 *
 * const version: NinjsVersion = '3'
 * version //=> '3'
 *
 * @category interop
 * @since 0.3.0
 */
export type NinjsVersion = '2' | '3'

/**
 * A value one side of the conversion holds and the other has no place for: where it is (a JSON pointer into
 * the source, `/subjects/2/relevance`), the value itself, and why it has no home.
 *
 * @example
 * import type { NinjsLoss } from 'news-codecs/converters'
 *
 * const loss: NinjsLoss = { path: '/urgency', value: 3, reason: 'the model has no urgency' }
 * loss.path //=> '/urgency'
 *
 * @category interop
 * @since 0.3.0
 */
export interface NinjsLoss {
  /** A JSON pointer (RFC 6901) to the value in the source: the ninjs item, or the Article. */
  readonly path: string
  /** The value as the source holds it. */
  readonly value: unknown
  /** Why the other side cannot hold it. */
  readonly reason: string
}

/**
 * What {@link fromNinjs} returns: a graph holding the item's Article (and the place of its dateline), the
 * events it names or is, the values with no home in the model, and the issues: those of the item, at paths into the item, then those of
 * the graph's validation, at paths that begin with `graph`.
 *
 * @example
 * import { fromNinjs } from 'news-codecs/converters'
 *
 * const result = fromNinjs({ uri: 'urn:newsml:example.org:20240506:talks', bodies: [{ value: 'The ministers met.' }] })
 * result.graph.articles.length //=> 1
 * result.issues //=> []
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromNinjs {
  /** A graph with the Article, if the item has a text, the dateline's place and the item's events; other collections empty. */
  readonly graph: Graph
  /** Every value of the item the model does not hold. */
  readonly losses: ReadonlyArray<NinjsLoss>
  /** What keeps the item from making a valid Article, and the graph's own issues. */
  readonly issues: ReadonlyArray<Issue>
}

/**
 * Options of {@link fromNinjs}.
 *
 * @example
 * import type { FromNinjsOptions } from 'news-codecs/converters'
 *
 * const options: FromNinjsOptions = { version: '2' }
 * options.version //=> '2'
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromNinjsOptions {
  /** Read the item as this version rather than telling it from `$schema` and the property names. */
  readonly version?: NinjsVersion
}

/**
 * Options of {@link toNinjs}.
 *
 * @example
 * import type { ToNinjsOptions } from 'news-codecs/converters'
 *
 * const options: ToNinjsOptions = { version: '2' }
 * options.version //=> '2'
 *
 * @category interop
 * @since 0.3.0
 */
export interface ToNinjsOptions {
  /** The ninjs version to write; 3 when absent. */
  readonly version?: NinjsVersion
  /** The graph the article belongs to, to name the place of its dateline in `located`. */
  readonly graph?: Pick<Graph, 'places'>
}

/**
 * What {@link toNinjs} returns: the ninjs item, and the Article's values with no ninjs home.
 *
 * @example
 * import { Article, make } from 'news-codecs'
 * import { toNinjs } from 'news-codecs/converters'
 *
 * const { item } = toNinjs(make(Article)({ id: 'article:1', text: 'Blinken met Lavrov.', language: 'en' }))
 * item.language //=> 'en'
 *
 * @category interop
 * @since 0.3.0
 */
export interface ToNinjs {
  /** The ninjs item. */
  readonly item: Record<string, unknown>
  /** Every value of the Article the item does not hold. */
  readonly losses: ReadonlyArray<NinjsLoss>
}

// -------------------------------------------------------------------------------------
// field names
// -------------------------------------------------------------------------------------

// Property names are written here as ninjs 3 spells them; ninjs 2 spells the same ones in lower case,
// except that 3.0 renamed `embargoed` to `embargoedUntil`.
const v2Name = (name: string): string => (name === 'embargoedUntil' ? 'embargoed' : name.toLowerCase())
const nameIn = (version: NinjsVersion, name: string): string => (version === '3' ? name : v2Name(name))

// Top-level properties the model has no home for, with the reason.
const UNHELD: Record<string, string> = {
  representationType: 'the model holds the text it has, not whether it is the full item',
  profile: 'the model has no item profile',
  contentCreated: 'the model has no time of creation of the content apart from that of the item',
  embargoedUntil: 'the model has no embargo',
  pubStatus: 'the model has no publishing status',
  urgency: 'the model has no urgency',
  copyrightHolder: 'the model has no copyright holder (the publisher may differ)',
  copyrightNotice: 'the model has no copyright notice',
  usageTerms: 'the model has no usage terms',
  edNote: 'a note to editors, not published with the article',
  organisations: 'organisations named by the item are neither credits nor coded facts of the model',
  places: 'places named by the item are not the place of its dateline, which is `located`',
  objects: 'the model has no objects',
  infoSources: 'the model has no information sources of an item',
  title: 'a title for the item, which is not its headline',
  slugline: 'the model has no slugline',
  renditions: 'the model holds the text, not its renditions',
  altIds: 'the model has no alternative identifiers of an item',
  trustIndicators: 'the model has no trust indicators',
  standard: 'the model records no standard of the source',
  expires: 'the model has no expiry of an item',
  rightsInfo: 'the model has no rights expressions',
  plannedCoverage: 'the model has no planned coverage',
}

const MEDIA_TOPIC = /^http:\/\/cv\.iptc\.org\/newscodes\/mediatopic\/(\d{8})$/
const GENRE = /^http:\/\/cv\.iptc\.org\/newscodes\/genre\/([A-Za-z]+)$/
const MEDIA_TOPIC_SCHEME = 'iptc-mediatopic'
const GENRE_SCHEME = 'iptc-genre'
const PLAIN = 'text/plain'
const MARKUP = ['text/html', 'application/xhtml+xml']

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Tells which ninjs version an item is: by its `$schema` or its `standard` when either names one, else by its property names
 * (camelCase `firstCreated`, `contentType` are 3.x; `firstcreated`, `contenttype` are 2.x); 3 when nothing tells.
 *
 * @example
 * import { ninjsVersionOf } from 'news-codecs/converters'
 *
 * ninjsVersionOf({ $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json', uri: 'urn:x:1' }) //=> '2'
 * ninjsVersionOf({ uri: 'urn:newsml:example.org:1', versionCreated: '2024-05-06T10:00:00Z' }) //=> '3'
 * ninjsVersionOf({ uri: 'urn:newsml:example.org:1', bodies: [{ contenttype: 'text/plain', value: 'Text.' }] }) //=> '2'
 *
 * @category interop
 * @since 0.3.0
 */
export const ninjsVersionOf = (item: unknown): NinjsVersion => {
  if (!isRecord(item)) return '3'
  const standard = item['standard']
  const said = [item['$schema'], isRecord(standard) && standard['name'] === 'ninjs' ? `ninjs-schema_${String(standard['version'])}` : undefined]
  for (const named of said) {
    const major = typeof named === 'string' ? /ninjs-schema_(\d+)\./.exec(named)?.[1] : undefined
    if (major === '2' || major === '3') return major
  }
  const keys = [...Object.keys(item), ...['bodies', 'headlines', 'descriptions'].flatMap((k) => {
    const list = item[k]
    return Array.isArray(list) ? list.flatMap((entry) => (isRecord(entry) ? Object.keys(entry) : [])) : []
  })]
  if (keys.some((k) => /[a-z][A-Z]/.test(k))) return '3'
  const twoOnly = ['firstcreated', 'versioncreated', 'pubstatus', 'contenttype', 'embargoed', 'copyrightholder', 'altids', 'rightsinfo', 'ednote']
  return keys.some((k) => twoOnly.includes(k)) ? '2' : '3'
}

/**
 * The stable id {@link fromNinjs} gives the Article of an item: `article:` and a slug of its `uri` (lower-case
 * letters and digits, other runs of characters as one `-`), then `-v` and the version when the item has one,
 * so each version of an item is a record of its own.
 *
 * @example
 * import { ninjsArticleId } from 'news-codecs/converters'
 *
 * ninjsArticleId('urn:newsml:example.org:20240506:Lisbon-Talks') //=> 'article:urn-newsml-example-org-20240506-lisbon-talks'
 * ninjsArticleId('https://example.org/news/1', 2) //=> 'article:https-example-org-news-1-v2'
 *
 * @category utils
 * @since 0.3.0
 */
export const ninjsArticleId = (uri: string, version?: number): string => {
  const slug = slugOf(uri) || 'ninjs-item'
  return `article:${slug.slice(0, 180)}${version === undefined ? '' : `-v${version}`}`
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/**
 * The words of an HTML or XHTML body without its markup: scripts and styles removed, paragraphs, headings,
 * list items and line breaks as line ends, other tags removed, character references decoded.
 *
 * @example
 * import { textOfMarkup } from 'news-codecs/converters'
 *
 * textOfMarkup('<p>The ministers <b>met</b>.</p><p>Talks went on &amp; on.</p>') //=> 'The ministers met.\nTalks went on & on.'
 *
 * @category utils
 * @since 0.3.0
 */
export const textOfMarkup = (markup: string): string =>
  markup
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|tr|section|article)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return Object.prototype.hasOwnProperty.call(ENTITIES, ref) ? (ENTITIES[ref] ?? whole) : whole
    })
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

// -------------------------------------------------------------------------------------
// from ninjs
// -------------------------------------------------------------------------------------

type Draft = { -readonly [K in keyof Article]?: Article[K] }

interface Reading {
  readonly version: NinjsVersion
  readonly losses: NinjsLoss[]
  readonly issues: Issue[]
  readonly article: Draft
  readonly places: Place[]
  // What is read once the whole item is: the events it names, and what an event item says of its event.
  readonly later: Map<string, unknown>
}

const lose = (r: Reading, path: ReadonlyArray<string | number>, value: unknown, reason: string): void => {
  r.losses.push({ path: jsonPointer(path), value, reason })
}

const wrongType = (r: Reading, path: ReadonlyArray<string | number>, expected: string, value: unknown): void => {
  const received = jsonTypeOf(value)
  r.issues.push({ path, code: 'invalid_type', expected, received, message: `expected ${expected} at ${jsonPointer(path) || '/'}, found ${received}` })
  lose(r, path, value, `not ${expected}, as ninjs defines it`)
}

// Each key of an entry the reader did not take becomes a loss.
const loseRest = (r: Reading, entry: Record<string, unknown>, path: ReadonlyArray<string | number>, taken: ReadonlyArray<string>, reason: string): void => {
  for (const key of Object.keys(entry)) if (!taken.includes(key)) lose(r, [...path, key], entry[key], reason)
}

const entries = (r: Reading, value: unknown, path: ReadonlyArray<string | number>): Array<[Record<string, unknown>, number]> => {
  if (!Array.isArray(value)) {
    wrongType(r, path, 'an array', value)
    return []
  }
  return value.flatMap((entry, i): Array<[Record<string, unknown>, number]> => {
    if (isRecord(entry)) return [[entry, i]]
    wrongType(r, [...path, i], 'an object', entry)
    return []
  })
}

// The entry of `headlines` or `descriptions` the Article holds: the first plain-text one; the others are losses.
const readOneText = (r: Reading, value: unknown, key: string, set: (s: NonEmptyString) => void, what: string): void => {
  const ct = nameIn(r.version, 'contentType')
  let taken = false
  for (const [entry, i] of entries(r, value, [key])) {
    const text = entry['value']
    const plain = entry[ct] === undefined || entry[ct] === PLAIN
    if (!taken && plain && NonEmptyString.is(text)) {
      taken = true
      set(text)
      loseRest(r, entry, [key, i], ['value', ct], `the model holds the ${what} alone`)
    } else {
      lose(r, [key, i], entry, taken ? `the model holds one ${what}` : `not a plain-text ${what} the model takes (non-empty, trimmed)`)
    }
  }
}

// The text: the first plain-text body; failing that, the first HTML or XHTML body with its markup removed
// (the body as written is kept as a loss).
const readBodies = (r: Reading, value: unknown): void => {
  const ct = nameIn(r.version, 'contentType')
  const list = entries(r, value, ['bodies'])
  const plain = list.find(([entry]) => (entry[ct] === undefined || entry[ct] === PLAIN) && NonEmptyText.is(entry['value']))
  const chosen = plain ?? list.find(([entry]) => typeof entry[ct] === 'string' && MARKUP.includes(entry[ct] as string) && typeof entry['value'] === 'string' && NonEmptyText.is(textOfMarkup(entry['value'])))
  for (const [entry, i] of list) {
    if (entry === chosen?.[0]) {
      const text = plain === undefined ? textOfMarkup(String(entry['value'])) : entry['value']
      if (NonEmptyText.is(text)) r.article.text = text
      if (plain === undefined) {
        lose(r, ['bodies', i, ct], entry[ct], 'the text is kept without its markup')
        lose(r, ['bodies', i, 'value'], entry['value'], 'the body with its markup; the text keeps its words without the tags')
      }
      loseRest(r, entry, ['bodies', i], ['value', ct], 'the model holds the text alone')
    } else {
      lose(r, ['bodies', i], entry, 'the model holds one text')
    }
  }
}

const readSubjects = (r: Reading, value: unknown): void => {
  const subjects: Subject[] = []
  for (const [entry, i] of entries(r, value, ['subjects'])) {
    const code = typeof entry['uri'] === 'string' ? MEDIA_TOPIC.exec(entry['uri'])?.[1] : undefined
    const topic = code === undefined ? undefined : { scheme: MEDIA_TOPIC_SCHEME, code }
    if (!Topic.is(topic)) {
      lose(r, ['subjects', i], entry, 'only IPTC Media Topics given by their http://cv.iptc.org/newscodes/mediatopic/ URI are coded topics of the model')
      continue
    }
    const taken = ['uri']
    const name = entry['name']
    const rel = entry['rel']
    const subject: { topic: Topic; name?: NonEmptyString; rel?: 'about' | 'mentions' } = { topic }
    if (NonEmptyString.is(name)) (subject.name = name), taken.push('name')
    if (rel === 'about' || rel === 'mentions') (subject.rel = rel), taken.push('rel')
    subjects.push(subject)
    loseRest(r, entry, ['subjects', i], taken, 'the model holds a subject\'s topic, name and about/mentions relation')
  }
  if (subjects.length > 0) r.article.subjects = subjects
}

const readGenres = (r: Reading, value: unknown): void => {
  const genres: Genre[] = []
  for (const [entry, i] of entries(r, value, ['genres'])) {
    const code = typeof entry['uri'] === 'string' ? GENRE.exec(entry['uri'])?.[1] : undefined
    const genre = code === undefined ? undefined : { scheme: GENRE_SCHEME, code }
    if (!Genre.is(genre)) {
      lose(r, ['genres', i], entry, 'only IPTC genres given by their http://cv.iptc.org/newscodes/genre/ URI are coded genres of the model')
      continue
    }
    genres.push(genre)
    loseRest(r, entry, ['genres', i], ['uri'], 'the model holds a genre by its code')
  }
  if (genres.length > 0) r.article.genres = genres
}

// People whose relation to the item is a credit the model knows (`author`, `photographer`...) are its bylines.
const readPeople = (r: Reading, value: unknown): void => {
  const bylines: Byline[] = []
  for (const [entry, i] of entries(r, value, ['people'])) {
    const name = entry['name']
    const role = entry['rel']
    if (!NonEmptyString.is(name) || typeof role !== 'string' || !BylineRole.is(role)) {
      lose(r, ['people', i], entry, 'a person named by the item, not credited by a byline role the model knows')
      continue
    }
    bylines.push({ name, role })
    loseRest(r, entry, ['people', i], ['name', 'rel'], 'the model holds a credit\'s name and role')
  }
  if (bylines.length > 0) r.article.bylines = bylines
}

// Picture associations with a rendition the model can point to are the article's images.
const readAssociations = (r: Reading, value: unknown): void => {
  const ct = nameIn(r.version, 'contentType')
  const images: Image[] = []
  for (const [entry, i] of entries(r, value, ['associations'])) {
    const renditions = entry['renditions']
    const first = Array.isArray(renditions) && isRecord(renditions[0]) ? renditions[0] : undefined
    const url = first?.['href']
    if (entry['type'] !== 'picture' || first === undefined || !Url.is(url)) {
      lose(r, ['associations', i], entry, 'only pictures with a rendition at an http(s) URL are images of the model')
      continue
    }
    const image: { -readonly [K in keyof Image]?: Image[K] } & { url: Url } = { url }
    const takenRendition = ['href']
    for (const key of ['width', 'height'] as const) {
      const n = first[key]
      if (PixelCount.is(n)) (image[key] = n), takenRendition.push(key)
    }
    const mediaType = first[ct]
    if (ImageMediaType.is(mediaType)) (image.mediaType = mediaType), takenRendition.push(ct)
    loseRest(r, first, ['associations', i, 'renditions', 0], takenRendition, 'the model holds an image\'s URL, size and media type')
    for (let j = 1; j < (renditions as unknown[]).length; j++) lose(r, ['associations', i, 'renditions', j], (renditions as unknown[])[j], 'the model holds one rendition of an image')
    const taken = ['type', 'renditions']
    const descriptions = entry['descriptions']
    const caption = Array.isArray(descriptions) && descriptions.length === 1 && isRecord(descriptions[0]) ? descriptions[0] : undefined
    if (caption !== undefined && NonEmptyString.is(caption['value']) && (caption[ct] === undefined || caption[ct] === PLAIN)) {
      image.caption = caption['value']
      taken.push('descriptions')
      loseRest(r, caption, ['associations', i, 'descriptions', 0], ['value', ct], 'the model holds a caption\'s text')
    }
    if (NonEmptyString.is(entry['by'])) (image.credit = entry['by']), taken.push('by')
    images.push(image)
    loseRest(r, entry, ['associations', i], taken, 'the model holds an image\'s URL, size, media type, caption and credit')
  }
  if (images.length > 0) r.article.images = images
}

const readLocated = (r: Reading, value: unknown): void => {
  if (!NonEmptyString.is(value)) return lose(r, ['located'], value, 'not a place name the model takes (non-empty, trimmed)')
  const id = `place:${slugOf(value).slice(0, 180) || 'located'}`
  if (!Id.is(id)) return lose(r, ['located'], value, 'no id can be made of it')
  r.places.push({ id, name: value, kind: 'other' })
  r.article.dateline = id
}

const readValue = <A>(r: Reading, key: string, value: unknown, is: (u: unknown) => u is A, set: (a: A) => void, reason: string): void => {
  if (is(value)) set(value)
  else lose(r, [key], value, reason)
}

// One reader per top-level property, by its ninjs 3 name.
const READERS: Record<string, (r: Reading, value: unknown, key: string) => void> = {
  uri: (r, v, key) => readValue(r, key, v, ContentUri.is, (uri) => (r.article.uri = uri), 'the model takes an http(s) URL or a URN as the uri'),
  type: (r, v, key) => {
    if (v === 'event' && r.version === '3') r.later.set(key, v)
    else if (v !== 'text') lose(r, [key], v, 'an Article is a text item')
  },
  version: (r, v, key) => {
    const n = typeof v === 'string' && /^[1-9][0-9]*$/.test(v) ? Number(v) : undefined
    if (VersionNumber.is(n)) r.article.version = n
    else lose(r, [key], v, 'the model takes a version as a whole number from 1')
  },
  firstCreated: (r, v, key) => readValue(r, key, v, Edtf.is, (created) => (r.article.created = created), 'not a time the model takes'),
  versionCreated: (r, v, key) => readValue(r, key, v, Edtf.is, (modified) => (r.article.modified = modified), 'not a time the model takes'),
  language: (r, v, key) => readValue(r, key, v, LanguageTag.is, (language) => (r.article.language = language), 'not a BCP 47 language tag'),
  headlines: (r, v, key) => readOneText(r, v, key, (headline) => (r.article.headline = headline), 'headline'),
  descriptions: (r, v, key) => readOneText(r, v, key, (description) => (r.article.description = description), 'description'),
  bodies: (r, v) => readBodies(r, v),
  by: (r, v, key) => readValue(r, key, v, NonEmptyString.is, (byline) => (r.article.byline = byline), 'not a byline the model takes (non-empty, trimmed)'),
  located: (r, v) => readLocated(r, v),
  subjects: (r, v) => readSubjects(r, v),
  genres: (r, v) => readGenres(r, v),
  people: (r, v) => readPeople(r, v),
  associations: (r, v) => readAssociations(r, v),
  events: (r, v, key) => void r.later.set(key, v),
  eventDetails: (r, v, key) => void r.later.set(key, v),
  places: (r, v, key) => void r.later.set(key, v),
  title: (r, v, key) => void r.later.set(key, v),
}

const readersOf = (version: NinjsVersion): Map<string, (r: Reading, value: unknown, key: string) => void> => {
  const readers = new Map<string, (r: Reading, value: unknown, key: string) => void>()
  for (const [name, reason] of Object.entries(UNHELD)) readers.set(nameIn(version, name), (r, v, key) => lose(r, [key], v, reason))
  for (const [name, read] of Object.entries(READERS)) readers.set(nameIn(version, name), read)
  if (version === '2') readers.delete('eventdetails'), readers.delete('plannedcoverage')
  readers.set('$schema', (r, v, key) => lose(r, [key], v, 'read to tell the ninjs version; the model does not keep it'))
  return readers
}

/**
 * Reads a ninjs 2.x or 3.x item (untrusted input; never throws) into a graph holding its Article. The text
 * is the first plain-text body, or failing one the first HTML or XHTML body with its markup removed (the
 * marked-up body is then a loss). The Article's id is {@link ninjsArticleId} of the item's `uri`; `located`
 * becomes the place of its dateline. Each named entry of `events` is an Event, and so is a ninjs 3 event
 * item (`type: 'event'`), with its title, dates, first place and organiser; an event stands on the span of
 * its name in the text, else on the item as an outside source. Every value with no home in the model is a
 * loss; an item that cannot make an Article (no text) or an event gives issues at paths into the item and a
 * graph without articles.
 *
 * @example
 * import { fromNinjs } from 'news-codecs/converters'
 *
 * const { graph, losses } = fromNinjs({
 *   uri: 'urn:newsml:example.org:20240506:talks', version: '2', language: 'en', urgency: 3,
 *   headlines: [{ value: 'Ministers meet in Lisbon' }],
 *   bodies: [{ contentType: 'text/plain', value: 'LISBON - The ministers met.' }],
 *   located: 'Lisbon',
 * })
 * graph.articles[0]?.id //=> 'article:urn-newsml-example-org-20240506-talks-v2'
 * graph.articles[0]?.headline //=> 'Ministers meet in Lisbon'
 * graph.places[0]?.name //=> 'Lisbon'
 * losses.map((loss) => loss.path) //=> ['/urgency']
 *
 * @category interop
 * @since 0.3.0
 */
export const fromNinjs = (item: unknown, options: FromNinjsOptions = {}): FromNinjs => {
  try {
    return readItem(item, options)
  } catch (error) {
    return { graph: emptyGraph(), losses: [{ path: '', value: item, reason: 'the item could not be examined' }], issues: [unprocessableIssue(error)] }
  }
}

const readItem = (item: unknown, options: FromNinjsOptions): FromNinjs => {
  const r: Reading = { version: options.version ?? ninjsVersionOf(item), losses: [], issues: [], article: {}, places: [], later: new Map() }
  if (!isRecord(item)) {
    wrongType(r, [], 'a ninjs item (an object)', item)
    return { graph: emptyGraph(), losses: r.losses, issues: r.issues }
  }
  const readers = readersOf(r.version)
  for (const key of Object.keys(item)) {
    const read = readers.get(key)
    if (read === undefined) lose(r, [key], item[key], `not a property of ninjs ${r.version}`)
    else read(r, item[key], key)
  }
  const uri = item['uri']
  if (typeof uri !== 'string') {
    r.issues.push({ path: ['uri'], code: uri === undefined ? 'missing' : 'invalid_type', expected: 'the uri of the item (a string)', received: uri === undefined ? 'missing' : typeof uri, message: 'a ninjs item must have a uri, from which the article id is made' })
  }
  const id = ninjsArticleId(typeof uri === 'string' ? uri : '', r.article.version)
  const { text } = r.article
  const article: Article | undefined = text === undefined || !Id.is(id) ? undefined : { ...r.article, id, text }
  const found = readEvents(r, item, article)
  if (article === undefined && found.events.length === 0) {
    r.issues.push({ path: ['bodies'], code: 'missing', expected: 'a non-empty plain-text, HTML or XHTML body', received: item['bodies'] === undefined ? 'missing' : 'no body with text', message: 'the item has no text, so it makes no Article' })
    return { graph: emptyGraph(), losses: [{ path: '', value: item, reason: 'the item makes no Article: it has no text' }], issues: r.issues }
  }
  // An event item with no text makes events and no Article: what the Article would hold is lost.
  if (article === undefined) {
    for (const key of Object.keys(item)) {
      const path = jsonPointer([key])
      if (!EVENT_ITEM_KEYS.includes(key) && !r.losses.some((loss) => loss.path === path || loss.path.startsWith(`${path}/`))) lose(r, [key], item[key], 'the item has no text, so it makes no Article to hold it')
    }
  }
  const graph: Graph = { ...emptyGraph(), articles: article === undefined ? [] : [article], places: [...r.places, ...found.places], actors: found.actors, events: found.events }
  const validated = validateGraph(graph)
  const graphIssues = validated._tag === 'Left' ? validated.left.map((issue) => ({ ...issue, path: ['graph', ...issue.path] })) : []
  return { graph, losses: r.losses, issues: [...r.issues, ...graphIssues] }
}

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

// What an event item's event is made of; the other properties of an item are the Article's.
const EVENT_ITEM_KEYS: ReadonlyArray<string> = ['uri', 'type', 'title', 'eventDetails', 'places', 'events']

interface Found {
  readonly events: Event[]
  readonly places: Place[]
  readonly actors: Actor[]
}

// Records are built here from values already checked one by one; `validateGraph` checks the whole graph.
const built = <A>(value: object): A => value as unknown as A

const idOf = (prefix: string, s: string): string | undefined => {
  const id = `${prefix}:ninjs-${slugOf(s).slice(0, 160)}`
  return Id.is(id) ? id : undefined
}

// What supports an event of the item: the span of its name in the text, else the item itself.
const supportOf = (item: Record<string, unknown>, article: Article | undefined, name: string): { evidence: Evidence[] } | { sources: OutsideSource[] } | undefined => {
  const span = article === undefined ? undefined : locateQuote(article.text, name)
  if (article !== undefined && span?._tag === 'Some') return { evidence: [built<Evidence>({ article: article.id, start: span.value.start, end: span.value.end, quote: name })] }
  const uri = item['uri']
  if (!NonEmptyString.is(uri)) return undefined
  const title = article?.headline ?? (NonEmptyString.is(item['title']) ? item['title'] : undefined)
  const source = Url.is(uri) ? { url: uri } : { identifier: { scheme: 'uri', value: uri } }
  return { sources: [built<OutsideSource>({ ...source, ...(title === undefined ? {} : { title }) })] }
}

// The dates of a planned event (ninjs 3 `eventDetails.dates`) as an EDTF time: the start (or the
// expected start) to the end (or the expected end).
const readDates = (r: Reading, value: unknown, path: ReadonlyArray<string | number>): string | undefined => {
  if (!isRecord(value)) return wrongType(r, path, 'a dates object', value), undefined
  const taken: string[] = []
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const v = value[key]
      if (v === undefined) continue
      if (typeof v === 'string' && Edtf.is(v)) return taken.push(key), v
      lose(r, [...path, key], v, 'not a date or time the model takes')
      taken.push(key)
    }
    return undefined
  }
  const start = pick('startDate', 'expectedStartDate')
  const end = pick('endDate', 'expectedEndDate')
  for (const key of Object.keys(value)) {
    if (!taken.includes(key)) lose(r, [...path, key], value[key], key === 'recurrence' ? 'the model has no recurrence of an event' : 'the model holds when an event starts and ends')
  }
  if (start === undefined) {
    if (end !== undefined) lose(r, [...path, taken.find((k) => k.toLowerCase().includes('end')) ?? 'endDate'], end, 'an end with no start')
    return undefined
  }
  const interval = end === undefined ? start : `${start}/${end}`
  if (Edtf.is(interval)) return interval
  lose(r, [...path], value, 'not an interval that exists (its end before its start)')
  return undefined
}

// The first named place of an event item is where its event takes place; the others have no home.
const readEventPlace = (r: Reading, value: unknown, key: string): Place | undefined => {
  let place: Place | undefined
  for (const [entry, i] of entries(r, value, [key])) {
    const name = entry['name']
    const id = NonEmptyString.is(name) ? idOf('place', name) : undefined
    if (place !== undefined || !NonEmptyString.is(name) || id === undefined) {
      lose(r, [key, i], entry, place === undefined ? 'a place with no name the model takes' : 'an event has one place')
      continue
    }
    place = built<Place>({ id, name, kind: 'other' })
    loseRest(r, entry, [key, i], ['name'], 'the model holds the name of the place of an event')
  }
  return place
}

const readOrganiser = (r: Reading, value: unknown, path: ReadonlyArray<string | number>): Actor | undefined => {
  const name = isRecord(value) ? value['name'] : undefined
  const id = NonEmptyString.is(name) ? idOf('organization', name) : undefined
  if (!isRecord(value) || !NonEmptyString.is(name) || id === undefined) return lose(r, path, value, 'an organiser with no name the model takes'), undefined
  const link = value['uri']
  const taken = ['name']
  if (Url.is(link)) taken.push('uri')
  loseRest(r, value, path, taken, 'the model holds the name and web address of an organiser')
  return built<Actor>({ kind: 'organization', id, name, ...(Url.is(link) ? { sameAs: [{ url: link }] } : {}) })
}

// The events of an item: each named entry of `events`, and, for a ninjs 3 event item, the event it is.
const readEvents = (r: Reading, item: Record<string, unknown>, article: Article | undefined): Found => {
  const found: Found = { events: [], places: [], actors: [] }
  const key = (name: string): string => nameIn(r.version, name)
  const isEventItem = r.later.has('type')
  const title = r.later.get('title')
  if (isEventItem) {
    const details = r.later.get('eventDetails')
    const name = NonEmptyString.is(title) ? title : article?.headline
    const uri = item['uri']
    const id = NonEmptyString.is(uri) ? idOf('event', uri) : undefined
    const support = name === undefined ? undefined : supportOf(item, article, name)
    if (name === undefined || id === undefined || support === undefined) {
      r.issues.push({ path: ['title'], code: 'missing', expected: 'the name of the event (a non-empty, trimmed title) and a uri', received: title === undefined ? 'missing' : JSON.stringify(title) ?? 'undefined', message: 'an event item needs a title and a uri to make its event' })
      lose(r, ['type'], 'event', 'the item makes no event')
      if (title !== undefined) lose(r, ['title'], title, 'the item makes no event')
      if (details !== undefined) lose(r, ['eventDetails'], details, 'the item makes no event')
    } else {
      const event: Record<string, unknown> = { id, type: 'other', name, ...support, sameAs: [Url.is(uri) ? { url: uri } : { identifier: { scheme: 'uri', value: uri } }] }
      if (title !== undefined && title !== name) lose(r, ['title'], title, 'not a name the model takes (non-empty, trimmed)')
      if (isRecord(details)) {
        const taken = ['dates', 'organiser']
        const time = details['dates'] === undefined ? undefined : readDates(r, details['dates'], ['eventDetails', 'dates'])
        if (time !== undefined) event['time'] = { value: time }
        const organiser = details['organiser'] === undefined ? undefined : readOrganiser(r, details['organiser'], ['eventDetails', 'organiser'])
        if (organiser !== undefined) (event['organizers'] = [organiser.id]), found.actors.push(organiser)
        for (const k of Object.keys(details)) {
          if (!taken.includes(k)) lose(r, ['eventDetails', k], details[k], k === 'eventStatus' ? 'the model has no status of a planned event' : k === 'plannedCoverageStatus' ? 'the model has no planned coverage' : 'not a detail of an event in ninjs 3')
        }
      } else if (details !== undefined) wrongType(r, ['eventDetails'], 'an object', details)
      const places = r.later.get('places')
      const place = places === undefined ? undefined : readEventPlace(r, places, 'places')
      if (place !== undefined) (event['place'] = place.id), found.places.push(place)
      found.events.push(built<Event>(event))
    }
  } else {
    for (const name of ['title', 'eventDetails', 'places']) {
      const value = r.later.get(name)
      if (value !== undefined) lose(r, [key(name)], value, name === 'eventDetails' ? 'the details of a planned event, in an item that is not an event item' : UNHELD[name] ?? 'the model has no property for it')
    }
  }
  const events = r.later.get('events')
  if (events === undefined) return found
  for (const [entry, i] of entries(r, events, ['events'])) {
    const name = entry['name']
    const link = entry['uri']
    const id = NonEmptyString.is(name) ? idOf('event', NonEmptyString.is(link) ? link : NonEmptyString.is(entry['literal']) ? entry['literal'] : name) : undefined
    const support = NonEmptyString.is(name) ? supportOf(item, article, name) : undefined
    if (!NonEmptyString.is(name) || id === undefined || support === undefined) {
      lose(r, ['events', i], entry, 'an event reference with no name (non-empty, trimmed) says nothing of what happened')
      continue
    }
    if (found.events.some((e) => e.id === id || e.name === name)) {
      lose(r, ['events', i], entry, 'the same event as one before it')
      continue
    }
    const taken = ['name']
    if (Url.is(link)) taken.push('uri')
    for (const k of Object.keys(entry)) {
      if (taken.includes(k)) continue
      const reason = k === 'rel' ? 'the model does not say how an article relates to an event it names'
        : k === 'literal' ? 'a feed\'s own identifier of the event; the model keeps its web address'
          : k === 'uri' ? 'not an http(s) URL, the only link to an event the model keeps'
            : 'the model holds the name and web address of an event reference'
      lose(r, ['events', i, k], entry[k], reason)
    }
    found.events.push(built<Event>({ id, type: 'other', name, ...support, ...(Url.is(link) ? { sameAs: [{ url: link }] } : {}) }))
  }
  return found
}

// -------------------------------------------------------------------------------------
// to ninjs
// -------------------------------------------------------------------------------------

const codedUri = (value: unknown, scheme: string, base: string): string | undefined =>
  isRecord(value) && value['scheme'] === scheme && typeof value['code'] === 'string' ? `${base}${value['code']}` : undefined

/**
 * Writes an Article as a ninjs 2.x or 3.x item (3 unless `version` says otherwise). The text is the one
 * plain-text body; credits are `people` with their role as `rel`; images are picture associations; coded
 * IPTC Media Topics and genres are `subjects` and `genres` by their URI; the dateline's place, found in
 * `graph`, is `located`. An article without a `uri` gets `urn:news-codecs:` and its id, as ninjs requires
 * one. Every field with no ninjs home is a loss, at its path in the Article.
 *
 * @example
 * import { Article, make } from 'news-codecs'
 * import { toNinjs } from 'news-codecs/converters'
 *
 * const { item, losses } = toNinjs(
 *   make(Article)({ id: 'article:1', text: 'Blinken met Lavrov.', uri: 'urn:newsml:example.org:1', created: '2024-05-06T08:15:00Z',
 *     section: 'World' }),
 *   { version: '2' },
 * )
 * item.firstcreated //=> '2024-05-06T08:15:00Z'
 * item.bodies //=> [{ contenttype: 'text/plain', value: 'Blinken met Lavrov.' }]
 * losses.map((loss) => loss.path) //=> ['/id', '/section']
 *
 * @category interop
 * @since 0.3.0
 */
export const toNinjs = (article: Article, options: ToNinjsOptions = {}): ToNinjs => {
  const version = options.version ?? '3'
  const n = (name: string): string => nameIn(version, name)
  const item: Record<string, unknown> = { uri: article.uri ?? `urn:news-codecs:${article.id}`, type: 'text' }
  const losses: NinjsLoss[] = []
  const lost = (path: ReadonlyArray<string | number>, value: unknown, reason: string): void => {
    losses.push({ path: jsonPointer(path), value, reason })
  }
  const fields = article as Readonly<Record<string, unknown>>
  for (const key of Object.keys(fields)) {
    const value = fields[key]
    switch (key) {
      case 'uri':
        break
      case 'text':
        item['bodies'] = [{ [n('contentType')]: PLAIN, value }]
        break
      case 'language':
        item['language'] = value
        break
      case 'headline':
        item['headlines'] = [{ [n('contentType')]: PLAIN, value }]
        break
      case 'description':
        item['descriptions'] = [{ [n('contentType')]: PLAIN, value }]
        break
      case 'byline':
        item['by'] = value
        break
      case 'version':
        item['version'] = String(value)
        break
      case 'created':
        item[n('firstCreated')] = value
        break
      case 'modified':
        item[n('versionCreated')] = value
        break
      case 'bylines':
        item['people'] = (article.bylines ?? []).map((byline, i) => {
          if (byline.actor !== undefined) lost(['bylines', i, 'actor'], byline.actor, 'ninjs names a credit, not the record of the actor')
          return { name: byline.name, rel: byline.role ?? 'author' }
        })
        break
      case 'subjects': {
        const subjects = (article.subjects ?? []).flatMap((subject, i) => {
          const uri = codedUri(subject.topic, MEDIA_TOPIC_SCHEME, 'http://cv.iptc.org/newscodes/mediatopic/')
          if (uri === undefined) return lost(['subjects', i], subject, 'ninjs subjects are given by URI; only IPTC Media Topics have one here'), []
          return [{ uri, ...(subject.name === undefined ? {} : { name: subject.name }), ...(subject.rel === undefined ? {} : { rel: subject.rel }) }]
        })
        if (subjects.length > 0) item['subjects'] = subjects
        break
      }
      case 'genres': {
        const genres = (article.genres ?? []).flatMap((genre, i) => {
          const uri = codedUri(genre, GENRE_SCHEME, 'http://cv.iptc.org/newscodes/genre/')
          return uri === undefined ? (lost(['genres', i], genre, 'ninjs genres are given by URI; only IPTC genres have one here'), []) : [{ uri }]
        })
        if (genres.length > 0) item['genres'] = genres
        break
      }
      case 'images':
        item['associations'] = (article.images ?? []).map((image, i) => ({
          name: `image-${i + 1}`,
          uri: image.url,
          type: 'picture',
          renditions: [{ name: 'original', href: image.url, ...(image.width === undefined ? {} : { width: image.width }), ...(image.height === undefined ? {} : { height: image.height }), ...(image.mediaType === undefined ? {} : { [n('contentType')]: image.mediaType }) }],
          ...(image.caption === undefined ? {} : { descriptions: [{ value: image.caption }] }),
          ...(image.credit === undefined ? {} : { by: image.credit }),
        }))
        break
      case 'dateline': {
        const place = options.graph?.places.find((p) => p.id === value)
        if (place === undefined) lost([key], value, 'the place of the dateline is not in the graph given, so it has no name to write')
        else item['located'] = place.name
        break
      }
      default:
        lost([key], value, (Object.prototype.hasOwnProperty.call(ARTICLE_UNHELD, key) ? ARTICLE_UNHELD[key] : undefined) ?? 'ninjs has no property for it')
    }
  }
  return { item, losses }
}

const ARTICLE_UNHELD: Record<string, string> = {
  id: 'the id of the record; ninjs identifies the item by its uri',
  publisher: 'ninjs has no publisher (its copyright holder may differ)',
  published: 'ninjs has no publication time apart from the times of the item\'s versions',
  url: 'ninjs has no web address of the published article',
  section: 'ninjs has no section',
  keywords: 'ninjs 2 and 3 have no keywords',
  supersedes: 'ninjs keeps one uri across versions and does not link a version to the one before',
  correction: 'ninjs has no published correction note (its edNote is for editors)',
  digest: 'ninjs has no digest of the text',
}
