/**
 * schema.org JSON-LD for a graph: the article as a NewsArticle, meetings and events as Events (with
 * `superEvent`, `attendee`, `location`, `startDate`, `duration`), actors as Person, Organization or a
 * Country that is also an Organization, with `sameAs` links to Wikidata, quotes as Quotation and reported
 * speech as Claim. What schema.org has no term for (positions, stances, agreements, attribution chains,
 * relations) uses an extension vocabulary, `nc:`, declared in the same inline context, so the document
 * expands with no network access; its classes are declared in the document as subclasses of schema.org's.
 *
 * Every schema.org node is checked against the schema-dts types at compile time, so a misused term fails
 * the typecheck; the tests check every property against schema.org's domains and ranges.
 *
 * @module
 */
import type * as S from 'schema-dts'
import type * as t from 'io-ts'
import { describeCodec, fold, referencesIn, walkValue } from './internal/CodecTree.js'
import { collectionCodecs } from './internal/records.js'
import type { Actor } from './Actor.js'
import type { Agreement } from './Agreement.js'
import type { Article } from './Article.js'
import type { Byline } from './Byline.js'
import type { Document } from './Document.js'
import type { Event } from './Event.js'
import { Evidence } from './Evidence.js'
import type { Graph, GraphCollection } from './Graph.js'
import { Graph as GraphCodec } from './Graph.js'
import type { Identifier } from './Identifier.js'
import type { SameAs } from './Identity.js'
import type { Image } from './Image.js'
import type { Meeting } from './Meeting.js'
import type { Name } from './Name.js'
import type { Place } from './Place.js'
import type { Position } from './Position.js'
import { PositionTarget } from './Position.js'
import type { Relation } from './Relation.js'
import type { Statement } from './Statement.js'
import type { Subject } from './Subject.js'
import type { Edtf, EdtfDate, EdtfEnd, Time } from './Time.js'
import { parseEdtf } from './Time.js'
import type { CodedValue } from './Vocabulary.js'
import type { Vote } from './Vote.js'
import { hasKey } from './internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The IRI of the extension vocabulary (`nc:`): the terms schema.org lacks, documented in docs/json-ld.md.
 *
 * @example
 * import { JSON_LD_CONTEXT, NEWS_CODECS_VOCAB } from 'news-codecs'
 *
 * JSON_LD_CONTEXT.nc === NEWS_CODECS_VOCAB //=> true
 *
 * @category interop
 * @since 0.1.0
 */
// A URN rather than a web address: the vocabulary is defined by docs/json-ld.md in the package, and no host is
// claimed for it.
export const NEWS_CODECS_VOCAB = 'urn:news-codecs:vocab:'

/**
 * The inline JSON-LD context of every exported document: schema.org as the default vocabulary, IRI-valued
 * schema.org terms marked as such, the `nc:` extension vocabulary, and `rdfs:` for the declarations of its
 * classes.
 *
 * @example
 * import { JSON_LD_CONTEXT } from 'news-codecs'
 *
 * JSON_LD_CONTEXT['@vocab'] //=> 'https://schema.org/'
 *
 * @category interop
 * @since 0.1.0
 */
export const JSON_LD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  nc: NEWS_CODECS_VOCAB,
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  sameAs: { '@type': '@id' },
  url: { '@type': '@id' },
  contentUrl: { '@type': '@id' },
  additionalType: { '@type': '@id' },
  eventAttendanceMode: { '@type': '@vocab' },
  eventStatus: { '@type': '@vocab' },
} as const

/**
 * A JSON-LD node: a JSON object with `@id` and `@type`, one type or several (a state is both a `Country`
 * and an `Organization`).
 *
 * @category interop
 * @since 0.1.0
 */
export interface JsonLdNode {
  readonly '@id': string
  readonly '@type': string | ReadonlyArray<string>
  readonly [key: string]: unknown
}

/**
 * A graph as one JSON-LD document: the inline context and one node per record.
 *
 * @category interop
 * @since 0.1.0
 */
export interface JsonLdDocument {
  readonly '@context': typeof JSON_LD_CONTEXT
  readonly '@graph': ReadonlyArray<JsonLdNode>
}

/**
 * Options for {@link toJsonLd}.
 *
 * @category interop
 * @since 0.1.0
 */
export interface JsonLdOptions {
  /** Prefix that turns a record id into a node IRI; `urn:news-codecs:` by default. */
  readonly base?: string
  /** The graph codec whose models the graph follows: {@link Graph} by default; one's own for extended models. */
  readonly codec?: t.Mixed
}

// Extension terms may be added to any schema.org node.
type Ext = { readonly [key: `nc:${string}`]: unknown }
type Ref = S.IdReference

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const WIKIDATA = 'https://www.wikidata.org/wiki/'

const sameAs = (identifiers: ReadonlyArray<Identifier> | undefined): { sameAs?: ReadonlyArray<string> } => {
  const links = (identifiers ?? []).filter((i) => i.scheme === 'wikidata').map((i) => WIKIDATA + i.value)
  return links.length === 0 ? {} : { sameAs: links }
}

/**
 * A node with the record's own `sameAs` links that schema.org can say (pages, Wikidata items) added to its
 * `sameAs`; the links themselves, those to other graphs included, stay whole under nc:sameAs.
 */
const withSameAs = (node: JsonLdNode, record: { readonly sameAs?: ReadonlyArray<SameAs> }): JsonLdNode => {
  const links = (record.sameAs ?? []).flatMap((link) =>
    link.url !== undefined ? [link.url] : link.identifier?.scheme === 'wikidata' ? [WIKIDATA + link.identifier.value] : [],
  )
  if (links.length === 0) return node
  const own = (node as { readonly sameAs?: ReadonlyArray<string> }).sameAs ?? []
  return { ...node, sameAs: [...new Set([...own, ...links])] } as JsonLdNode
}

/**
 * A classification: a built-in as its string, a coded value as a schema.org DefinedTerm of its scheme (a
 * DefinedTermSet named by the scheme), so a coded value never reads as a built-in.
 */
const term = (value: string | CodedValue): string | S.DefinedTerm =>
  typeof value === 'string' ? value : { '@type': 'DefinedTerm', termCode: value.code, inDefinedTermSet: { '@type': 'DefinedTermSet', name: value.scheme } }
const optTerm = <K extends string>(key: K, value: string | CodedValue | undefined): { [P in K]?: string | S.DefinedTerm } =>
  opt(key, value === undefined ? undefined : term(value))

const some = <K extends string, V>(key: K, values: ReadonlyArray<V> | undefined): { [P in K]?: ReadonlyArray<V> } =>
  (values === undefined || values.length === 0 ? {} : { [key]: values }) as { [P in K]?: ReadonlyArray<V> }

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

// schema.org dates are ISO 8601 dates or date-times, and a value there is a definite one. An EDTF date
// without ~ ? or % is ISO 8601 as written, at its precision (2024, 2024-05, 2024-05-06, a date-time); a
// qualified date is not definite, and neither is an interval taken as one moment. The EDTF value itself is
// always kept under an nc: property.
// schema.org's Date is a calendar day and DateTime a moment: a month or a year is neither, and written in
// startDate it would read as a definite value (consumers take `2022-01` for 1 January), so it stays in nc:time.
const definite = (date: EdtfDate): boolean => !date.approximate && !date.uncertain && date.precision !== 'year' && date.precision !== 'month'
const definiteEnd = (value: string, end: EdtfEnd): string | undefined => (end.kind === 'date' && definite(end.date) ? value : undefined)

/** A single definite date as written, or nothing: an interval, an approximate or an uncertain date is not one. */
const definiteDate = (value: Edtf): string | undefined => {
  const parsed = parseEdtf(value)
  return parsed._tag === 'Right' && parsed.right.kind === 'date' && definite(parsed.right.date) ? value : undefined
}

/**
 * When an event happened: startDate and endDate, each end only when it is definite (an open, unknown or
 * approximate end is left out), and the EDTF value as nc:time.
 */
const eventDates = (time: Time | undefined): { startDate?: string; endDate?: string; 'nc:time'?: string } => {
  if (time === undefined) return {}
  const parsed = parseEdtf(time.value)
  if (parsed._tag === 'Left') return { 'nc:time': time.value }
  const p = parsed.right
  const [from = '', to = ''] = time.value.split('/')
  const start = p.kind === 'date' ? definiteDate(time.value) : definiteEnd(from, p.start)
  const end = p.kind === 'date' ? undefined : definiteEnd(to, p.end)
  return { ...opt('startDate', start), ...opt('endDate', end), 'nc:time': time.value }
}

/** When a work was published: datePublished only for one definite date, and the EDTF value as nc:time. */
const publicationDate = (time: Time | undefined, inferred = false): { datePublished?: string; 'nc:time'?: string } =>
  time === undefined ? {} : { ...opt('datePublished', inferred ? undefined : definiteDate(time.value)), 'nc:time': time.value }

// An EDTF value as a schema.org date when it is one definite date; otherwise kept as EDTF under nc:<key>.
const plainDate = <K extends string>(key: K, ncKey: string, value: Edtf | undefined): { [P in K]?: string } & Ext =>
  (value === undefined ? {} : definiteDate(value) !== undefined ? { [key]: value } : { [`nc:${ncKey}`]: value }) as { [P in K]?: string } & Ext

/**
 * Names in other languages as schema.org alternateName values: a plain string when its language is not
 * known, a language-tagged value otherwise (`{"@value": "Лиссабон", "@language": "ru"}`), after the plain
 * other names.
 */
const alternateNames = (otherNames: ReadonlyArray<string> | undefined, names: ReadonlyArray<Name> | undefined): { alternateName?: ReadonlyArray<string | LanguageValue> } =>
  some('alternateName', [
    ...(otherNames ?? []),
    ...(names ?? []).map((name): string | LanguageValue => (name.lang === undefined ? name.text : { '@value': name.text, '@language': name.lang })),
  ])
interface LanguageValue {
  readonly '@value': string
  readonly '@language': string
}

/**
 * Which schema.org property a credit goes under: editors and translators have their own, photographers and
 * the other helpers are contributors, and authors, correspondents, reporters and agencies are authors (as
 * is a credit with no role).
 */
const CREDIT: Readonly<Record<string, 'author' | 'editor' | 'translator' | 'contributor'>> = {
  author: 'author',
  correspondent: 'author',
  reporter: 'author',
  agency: 'author',
  editor: 'editor',
  translator: 'translator',
}

/**
 * The fields each node below carries in full, by collection (actors by kind). Every other field of a
 * record, including any a model gains, is added as nc:<key> by `complete`, so nothing is dropped.
 */
const CARRIED: Readonly<Record<Exclude<GraphCollection, 'actors'> | Actor['kind'], ReadonlyArray<string>>> = {
  articles: ['id', 'text', 'language', 'headline', 'publisher', 'url', 'uri', 'description', 'section', 'genres', 'subjects', 'keywords', 'images', 'created', 'modified', 'dateline'],
  person: ['kind', 'id', 'name', 'otherNames', 'nationality', 'born', 'died'],
  state: ['kind', 'id', 'name', 'otherNames', 'countryCode'],
  organization: ['kind', 'id', 'name', 'otherNames', 'partOf', 'members', 'type', 'founded', 'dissolved'],
  group: ['kind', 'id', 'name', 'otherNames', 'members', 'vague'],
  anonymous: ['kind', 'id', 'name', 'otherNames', 'affiliation', 'anonymityReason'],
  places: ['id', 'name', 'kind', 'otherNames', 'within', 'countryCode', 'coordinates'],
  events: ['id', 'type', 'name', 'time', 'place', 'participants', 'organizers', 'partOf', 'description', 'outcome', 'realis'],
  meetings: ['id', 'channel', 'participants', 'sidelinesOf', 'place', 'time', 'topics', 'format', 'outcome', 'realis'],
  agreements: ['id', 'name', 'otherNames', 'purpose', 'parties', 'lifecycle'],
  documents: ['id', 'title', 'type', 'status', 'issuer', 'about', 'time', 'paragraphs', 'signers', 'refusers'],
  statements: ['id', 'speakers', 'occasion', 'about', 'time', 'speechAct', 'medium', 'addressees', 'audience'],
  positions: ['id', 'holders', 'stance', 'target', 'basis', 'time', 'accordingTo', 'certainty'],
  relations: ['id', 'subject', 'type', 'object', 'description', 'time'],
  votes: ['id', 'name', 'on', 'time', 'place', 'occasion'],
  corrections: ['id'],
}

/**
 * The classes of the extension vocabulary, each with the schema.org type it is a subclass of: the one
 * whose properties (name, description, attendee, member...) its nodes carry. Every document declares them
 * (`rdfs:subClassOf`), so a validator or a reasoner that knows schema.org can place every node.
 */
const EXTENSION_CLASSES: ReadonlyArray<readonly [name: string, superclass: string, comment: string]> = [
  ['Agreement', 'Intangible', 'An agreement between parties, with their roles and the dated acts of its lifecycle (signed, renewed, expires...).'],
  ['Position', 'Intangible', 'Where actors stand on a proposition, a paragraph, an agreement or an event, and what shows it.'],
  ['Relation', 'Intangible', 'A standing tie between two actors that a story states as background ("has close ties with Moscow").'],
  ['SourceReport', 'Intangible', 'The article stating a position itself, without naming the statement or act that shows it.'],
  ['Correction', 'Intangible', 'A later coding saying that a fact of the graph was wrong, or that another fact replaces it.'],
  ['Meeting', 'Event', 'A meeting of two or more actors, in person, by phone or by video.'],
  ['VoteEvent', 'Event', 'An event at which votes are cast and counted on a motion, a document or an agreement.'],
  ['Group', 'Organization', 'Actors named together, as a collective or vaguely ("Western delegations").'],
  ['AnonymousSource', 'Person', 'A source the article does not name ("a US official"), with the reason given for anonymity.'],
]

/** The declarations of the extension classes, as nodes of the document's graph. */
const vocabularyNodes = (): ReadonlyArray<JsonLdNode> =>
  EXTENSION_CLASSES.map(([name, superclass, comment]) => ({
    '@id': `nc:${name}`,
    '@type': 'rdfs:Class',
    'rdfs:label': name,
    'rdfs:comment': comment,
    'rdfs:subClassOf': { '@id': `schema:${superclass}` },
  }))

// -------------------------------------------------------------------------------------
// export
// -------------------------------------------------------------------------------------

/**
 * A graph as schema.org JSON-LD, with an `nc:` extension vocabulary for what schema.org lacks. Record ids
 * become node IRIs (`urn:news-codecs:` + id by default) and references become `{"@id": ...}` links; after
 * the records come the declarations of the `nc:` classes (`rdfs:Class` nodes, each a subclass of a
 * schema.org type).
 *
 * @example
 * import { Graph, make, toJsonLd } from 'news-codecs'
 *
 * const doc = toJsonLd(make(Graph)({ articles: [{ id: 'article:1', text: 'Hello', language: 'en' }], actors: [], places: [],
 *   events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }))
 * doc['@graph'][0]?.['@type'] //=> 'NewsArticle'
 * doc['@graph'].find((node) => node['@id'] === 'nc:Meeting')?.['rdfs:subClassOf'] //=> { '@id': 'schema:Event' }
 *
 * @category interop
 * @since 0.1.0
 */
export const toJsonLd = (graph: Graph, options: JsonLdOptions = {}): JsonLdDocument => {
  const base = options.base ?? 'urn:news-codecs:'
  const iri = (id: string): string => base + id.replaceAll('#', '%23')
  const ref = (id: string): Ref => ({ '@id': iri(id) })
  const refs = <K extends string>(key: K, ids: ReadonlyArray<string> | undefined) => some(key, ids?.map(ref))

  // Which records each article mentions, from the evidence anywhere inside them.
  const collections = collectionCodecs(options.codec ?? GraphCodec) as ReadonlyMap<GraphCollection, t.Mixed>
  const mentions = new Map<string, Set<string>>()
  for (const [collection, codec] of collections) {
    for (const record of (graph[collection] ?? []) as ReadonlyArray<{ readonly id: string }>) {
      walkValue(codec, record, (node, value) => {
        if (node.codec !== Evidence) return
        const article = (value as Evidence).article
        const seen = mentions.get(article) ?? new Set<string>()
        seen.add(record.id)
        mentions.set(article, seen)
      })
    }
  }

  // A field schema.org has no term for, as nc:<key>: references become links, records blank nodes.
  // A value the codec tree does not describe (an identifier's {scheme, value}) has its keys as nc:<key>
  // too, so none of them is read as a schema.org term.
  const plain = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(plain)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [`nc:${key}`, plain(item)]))
        : value
  const linked: (codec: t.Mixed) => (value: unknown) => unknown = fold<(value: unknown) => unknown>({
    ref: () => (value) => ref(value as string),
    array: ({ item }) => (value) => (value as ReadonlyArray<unknown>).map(linked(item)),
    struct: ({ fields }) => (value) => {
      const record = value as Record<string, unknown>
      return Object.fromEntries(fields.filter((f) => hasKey(record, f.key)).map((f) => [`nc:${f.key}`, linked(f.codec)(record[f.key])]))
    },
    union: ({ discriminant, members }) => (value) => {
      const member = members.find(([tag]) => tag === (value as Record<string, unknown>)[discriminant])
      return member === undefined ? plain(value) : linked(member[1])(value)
    },
    literal: () => (value) => value,
    keyof: () => (value) => value,
    vocabulary: () => (value) => term(value as string | CodedValue),
    primitive: () => plain,
  })
  /** The node, with every field of the record that the node does not carry added as nc:<key>. */
  const complete = (node: JsonLdNode, codec: t.Mixed, record: object, carried: ReadonlyArray<string>): JsonLdNode => {
    const described = describeCodec(codec)
    const struct =
      described.tag === 'union'
        ? describeCodec(described.members.find(([tag]) => tag === (record as Record<string, unknown>)[described.discriminant])?.[1] ?? codec)
        : described
    if (struct.tag !== 'struct') return node
    const out: Record<string, unknown> = { ...node }
    for (const field of struct.fields) {
      if (carried.includes(field.key) || !hasKey(record, field.key)) continue
      const key = `nc:${field.key}`
      if (key in out) throw new Error(`JSON-LD term ${key} of ${struct.name} is written twice`)
      out[key] = linked(field.codec)((record as Record<string, unknown>)[field.key])
    }
    return out as JsonLdNode
  }

  // A credit: a link to the actor of the graph when it names one, else a Person or Organization by the name printed.
  const credit = (b: Byline): Ref | S.Person | S.Organization =>
    b.actor !== undefined ? ref(b.actor) : b.role === 'agency' ? { '@type': 'Organization', name: b.name } : { '@type': 'Person', name: b.name }
  const person = (b: Byline): Ref | S.Person => (b.actor !== undefined ? ref(b.actor) : { '@type': 'Person', name: b.name })
  // schema.org's editor is a Person: an editing credit that names an organization is a contributor.
  const actorKind = new Map<string, Actor['kind']>((graph.actors ?? []).map((a) => [a.id, a.kind]))
  const isPerson = (id: string): boolean => actorKind.get(id) === 'person' || actorKind.get(id) === 'anonymous'
  const propertyOf = (b: Byline): 'author' | 'editor' | 'translator' | 'contributor' => {
    const property = b.role === undefined ? 'author' : typeof b.role === 'string' ? (CREDIT[b.role] ?? 'contributor') : 'contributor'
    return property === 'editor' && b.actor !== undefined && !isPerson(b.actor) ? 'contributor' : property
  }
  const creditedAs = (bylines: ReadonlyArray<Byline> | undefined, property: 'author' | 'editor' | 'translator' | 'contributor'): ReadonlyArray<Byline> =>
    (bylines ?? []).filter((b) => propertyOf(b) === property)
  const subject = (s: Subject): S.DefinedTerm =>
    typeof s.topic === 'string'
      ? { '@type': 'DefinedTerm', name: s.name ?? s.topic, termCode: s.topic }
      : { '@type': 'DefinedTerm', termCode: s.topic.code, inDefinedTermSet: { '@type': 'DefinedTermSet', name: s.topic.scheme }, ...opt('name', s.name) }
  const pixels = (value: number | undefined): S.QuantitativeValue | undefined => (value === undefined ? undefined : { '@type': 'QuantitativeValue', value, unitCode: 'E37' })
  const image = (i: Image): S.ImageObject => ({
    '@type': 'ImageObject',
    contentUrl: i.url,
    ...opt('caption', i.caption),
    ...opt('creditText', i.credit),
    ...opt('width', pixels(i.width)),
    ...opt('height', pixels(i.height)),
    ...opt('encodingFormat', i.mediaType),
  })

  const article = (a: Article): JsonLdNode =>
    ({
      '@id': iri(a.id),
      '@type': 'NewsArticle',
      articleBody: a.text,
      ...opt('inLanguage', a.language),
      ...opt('headline', a.headline),
      ...opt('description', a.description),
      ...(a.publisher === undefined ? {} : { publisher: { '@type': 'Organization', name: a.publisher } }),
      ...(a.published === undefined ? {} : { ...publicationDate(a.published.time, a.published.inferred), 'nc:publicationTimeInferred': a.published.inferred }),
      ...plainDate('dateCreated', 'created', a.created),
      ...plainDate('dateModified', 'modified', a.modified),
      ...opt('url', a.url),
      ...opt('identifier', a.uri),
      ...some('author', creditedAs(a.bylines, 'author').map(credit)),
      ...some('editor', creditedAs(a.bylines, 'editor').map(person)),
      ...some('translator', creditedAs(a.bylines, 'translator').map(credit)),
      ...some('contributor', creditedAs(a.bylines, 'contributor').map(credit)),
      ...opt('articleSection', a.section),
      ...some('genre', a.genres?.map(term)),
      ...some('keywords', a.keywords),
      ...some('about', a.subjects?.filter((s) => s.rel !== 'mentions').map(subject)),
      ...some('image', a.images?.map(image)),
      ...opt('locationCreated', a.dateline === undefined ? undefined : ref(a.dateline)),
      ...some('mentions', [...[...(mentions.get(a.id) ?? [])].map(ref), ...(a.subjects ?? []).filter((s) => s.rel === 'mentions').map(subject)]),
    }) satisfies S.NewsArticleLeaf & Ext

  // Language-tagged names are JSON-LD value objects, which schema-dts does not type: added after the check.
  const actor = (a: Actor): JsonLdNode => ({ ...actorNode(a), ...alternateNames(a.otherNames, a.names) })
  const actorNode = (a: Actor): JsonLdNode => {
    const common = { '@id': iri(a.id), name: a.name, ...sameAs(a.identifiers) }
    switch (a.kind) {
      case 'person':
        return {
          ...common,
          '@type': 'Person',
          ...opt('nationality', a.nationality === undefined ? undefined : ref(a.nationality)),
          ...plainDate('birthDate', 'born', a.born),
          ...plainDate('deathDate', 'died', a.died),
          ...some('jobTitle', a.posts?.map((p) => p.office)),
          ...some('worksFor', a.posts?.flatMap((p) => (p.of === undefined ? [] : [ref(p.of)]))),
        } satisfies S.PersonLeaf & Ext
      case 'state':
        // A state acts (attends, employs, joins, speaks) as an organization and is a country: one node with
        // both types, so every link to it, from nationality to attendee, meets schema.org's range.
        return {
          ...common,
          '@type': ['Country', 'Organization'],
          identifier: a.countryCode,
        } satisfies Omit<S.CountryLeaf, '@type'> & Omit<S.OrganizationLeaf, '@type'> & { readonly '@type': readonly ['Country', 'Organization'] } & Ext
      case 'organization':
        return {
          ...common,
          '@type': 'Organization',
          ...opt('parentOrganization', a.partOf === undefined ? undefined : ref(a.partOf)),
          ...refs('member', a.members),
          ...optTerm('nc:organizationType', a.type),
          ...plainDate('foundingDate', 'founded', a.founded),
          ...plainDate('dissolutionDate', 'dissolved', a.dissolved),
        } satisfies S.OrganizationLeaf & Ext
      case 'group':
        return {
          ...common,
          '@type': 'Organization',
          additionalType: `${NEWS_CODECS_VOCAB}Group`,
          ...refs('member', a.members),
          ...opt('nc:vague', a.vague),
        } satisfies S.OrganizationLeaf & Ext
      case 'anonymous':
        return {
          ...common,
          '@type': 'Person',
          additionalType: `${NEWS_CODECS_VOCAB}AnonymousSource`,
          ...opt('affiliation', a.affiliation === undefined ? undefined : ref(a.affiliation)),
          ...opt('nc:anonymityReason', a.anonymityReason),
        } satisfies S.PersonLeaf & Ext
    }
  }

  const place = (p: Place): JsonLdNode => ({ ...placeNode(p), ...alternateNames(p.otherNames, p.names) })
  const placeNode = (p: Place): JsonLdNode => {
    const node = {
      '@id': iri(p.id),
      name: p.name,
      ...sameAs(p.identifiers),
      ...(p.coordinates === undefined ? {} : { geo: { '@type': 'GeoCoordinates', latitude: p.coordinates.latitude, longitude: p.coordinates.longitude } }),
      ...opt('containedInPlace', p.within === undefined ? undefined : ref(p.within)),
      ...(p.countryCode === undefined ? {} : { address: { '@type': 'PostalAddress', addressCountry: p.countryCode } }),
    } satisfies Omit<S.PlaceLeaf, '@type'>
    switch (p.kind) {
      case 'city':
        return { ...node, '@type': 'City' } satisfies S.CityLeaf
      case 'country':
        return { ...node, '@type': 'Country' } satisfies S.CountryLeaf
      case 'sea':
        return { ...node, '@type': 'SeaBodyOfWater' } satisfies S.SeaBodyOfWaterLeaf
      default:
        return { ...node, '@type': 'Place', 'nc:placeKind': p.kind } satisfies S.PlaceLeaf & Ext
    }
  }

  const event = (e: Event): JsonLdNode =>
    ({
      '@id': iri(e.id),
      '@type': e.type === 'conference' || e.type === 'summit' ? 'ConferenceEvent' : 'Event',
      name: e.name,
      'nc:eventType': term(e.type),
      ...eventDates(e.time),
      ...opt('duration', e.duration?.value),
      ...opt('nc:durationBound', e.duration?.bound),
      ...opt('location', e.place === undefined ? undefined : ref(e.place)),
      ...refs('attendee', e.participants),
      ...refs('organizer', e.organizers),
      ...opt('superEvent', e.partOf === undefined ? undefined : ref(e.partOf)),
      ...opt('description', e.description),
      ...opt('nc:outcome', e.outcome),
      ...opt('nc:realis', e.realis),
    }) satisfies (S.EventLeaf | S.ConferenceEventLeaf) & Ext

  const ATTENDANCE = { 'in-person': 'OfflineEventAttendanceMode', phone: 'OnlineEventAttendanceMode', video: 'OnlineEventAttendanceMode' } as const
  const meeting = (m: Meeting): JsonLdNode =>
    ({
      '@id': iri(m.id),
      '@type': 'Event',
      additionalType: `${NEWS_CODECS_VOCAB}Meeting`,
      'nc:channel': term(m.channel),
      ...opt('eventAttendanceMode', typeof m.channel === 'string' && m.channel in ATTENDANCE ? ATTENDANCE[m.channel as keyof typeof ATTENDANCE] : undefined),
      ...refs('attendee', m.participants),
      ...opt('superEvent', m.sidelinesOf === undefined ? undefined : ref(m.sidelinesOf)),
      ...opt('location', m.place === undefined ? undefined : ref(m.place)),
      ...eventDates(m.time),
      ...opt('duration', m.duration?.value),
      ...opt('nc:durationBound', m.duration?.bound),
      ...some('keywords', m.topics),
      ...opt('nc:format', m.format),
      ...opt('nc:outcome', m.outcome),
      ...opt('nc:realis', m.realis),
    }) satisfies S.EventLeaf & Ext

  const statement = (s: Statement): JsonLdNode => {
    const common = {
      '@id': iri(s.id),
      text: s.content.text,
      isBasedOn: [...new Set((s.evidence ?? []).map((e) => e.article))].map(ref),
      ...opt('recordedAt', s.occasion === undefined ? undefined : ref(s.occasion)),
      ...refs('about', s.about),
      ...(s.time === undefined ? {} : { 'nc:time': s.time.value }),
      'nc:speechAct': term(s.speechAct),
      ...optTerm('nc:medium', s.medium),
      ...refs('nc:addressee', s.addressees),
      ...refs('nc:audience', s.audience),
    }
    return s.content.kind === 'quote'
      ? ({ ...common, '@type': 'Quotation', spokenByCharacter: s.speakers.map(ref) } satisfies S.QuotationLeaf & Ext)
      : ({ ...common, '@type': 'Claim', author: s.speakers.map(ref) } satisfies S.ClaimLeaf & Ext)
  }

  const document = (d: Document): JsonLdNode =>
    ({
      '@id': iri(d.id),
      '@type': 'CreativeWork',
      name: d.title,
      genre: term(d.type),
      creativeWorkStatus: d.status,
      ...opt('author', d.issuer === undefined ? undefined : ref(d.issuer)),
      ...opt('about', d.about === undefined ? undefined : ref(d.about)),
      ...publicationDate(d.time),
      ...some('hasPart', d.paragraphs?.map((p) => ({ '@id': iri(p.id), '@type': 'CreativeWork', ...opt('position', p.number), ...opt('text', p.text), ...opt('abstract', p.summary) }) satisfies S.CreativeWorkLeaf)),
      ...refs('nc:signer', d.signers),
      ...refs('nc:refuser', d.refusers),
    }) satisfies S.CreativeWorkLeaf & Ext

  // Extension nodes: schema.org has no term for these.
  const agreement = (a: Agreement): JsonLdNode => ({
    '@id': iri(a.id),
    '@type': 'nc:Agreement',
    name: a.name,
    ...alternateNames(a.otherNames, a.names),
    ...opt('description', a.purpose),
    ...sameAs(a.identifiers),
    'nc:party': a.parties.map((p) => ({ 'nc:actor': ref(p.actor), 'nc:role': p.role })),
    'nc:lifecycle': a.lifecycle.map((act) => ({ 'nc:act': act.type, 'nc:time': act.time.value, ...opt('nc:term', act.term?.value), ...refs('nc:by', act.by) })),
  })

  const position = (p: Position): JsonLdNode => {
    const t = p.target
    // The record a target names, read off the codec: every kind of target but a proposition names one.
    const target = t.kind === 'proposition' ? { 'nc:proposition': t.text } : ref(referencesIn(PositionTarget, t)[0]!.id)
    return {
      '@id': iri(p.id),
      '@type': 'nc:Position',
      'nc:holder': p.holders.map(ref),
      'nc:stance': term(p.stance),
      'nc:target': target,
      'nc:basis': p.basis.map((b) =>
        b.kind === 'statement'
          ? ref(b.statement)
          : b.kind === 'document'
            ? ref(b.document)
            : b.kind === 'report'
              ? { '@type': 'nc:SourceReport' } // the article states the position without naming what shows it
              : { 'nc:act': b.act, 'nc:realis': b.realis, ...opt('nc:time', b.time?.value) },
      ),
      ...(p.time === undefined ? {} : { 'nc:time': p.time.value }),
      ...opt('nc:accordingTo', p.accordingTo === undefined ? undefined : ref(p.accordingTo)),
      ...opt('nc:certainty', p.certainty),
    }
  }

  const relation = (r: Relation): JsonLdNode => ({
    '@id': iri(r.id),
    '@type': 'nc:Relation',
    'nc:subject': ref(r.subject),
    'nc:relationType': term(r.type),
    'nc:object': ref(r.object),
    ...opt('description', r.description),
    ...(r.time === undefined ? {} : { 'nc:time': r.time.value }),
  })

  // A vote is an event at which votes are recorded (Popolo's VoteEvent); counts, named votes, total and
  // result have no schema.org term and go out as nc:<key>.
  const vote = (v: Vote): JsonLdNode =>
    ({
      '@id': iri(v.id),
      '@type': 'Event',
      additionalType: `${NEWS_CODECS_VOCAB}VoteEvent`,
      ...opt('name', v.name),
      ...(v.on.kind === 'motion'
        ? { 'nc:motion': v.on.text }
        : { about: ref(v.on.kind === 'document' ? v.on.document : v.on.kind === 'agreement' ? v.on.agreement : v.on.paragraph) }),
      ...eventDates(v.time),
      ...opt('location', v.place === undefined ? undefined : ref(v.place)),
      ...opt('superEvent', v.occasion === undefined ? undefined : ref(v.occasion)),
    }) satisfies S.EventLeaf & Ext

  // A correction has no schema.org term: its fields go out as nc:<key>.
  const correction = (c: { readonly id: string }): JsonLdNode => ({ '@id': iri(c.id), '@type': 'nc:Correction' })

  const nodes = (collection: GraphCollection, build: (record: never) => JsonLdNode): ReadonlyArray<JsonLdNode> => {
    const codec = collections.get(collection)
    if (codec === undefined) return []
    return ((graph[collection] ?? []) as ReadonlyArray<{ readonly kind?: string; readonly sameAs?: ReadonlyArray<SameAs> }>).map((record) =>
      withSameAs(complete(build(record as never), codec, record, CARRIED[collection === 'actors' ? (record.kind as Actor['kind']) : collection]), record),
    )
  }

  return {
    '@context': JSON_LD_CONTEXT,
    '@graph': [
      ...nodes('articles', article),
      ...nodes('actors', actor),
      ...nodes('places', place),
      ...nodes('events', event),
      ...nodes('meetings', meeting),
      ...nodes('agreements', agreement),
      ...nodes('documents', document),
      ...nodes('statements', statement),
      ...nodes('positions', position),
      ...nodes('relations', relation),
      ...nodes('votes', vote),
      ...nodes('corrections', correction),
      ...vocabularyNodes(),
    ],
  }
}
