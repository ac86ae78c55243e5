import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import { decodeWith, Graph, JSON_LD_CONTEXT, NEWS_CODECS_VOCAB, toJsonLd, type JsonLdDocument } from 'news-codecs'
import { DATA_TYPES, ENUMERATION_MEMBERS, PROPERTIES, TYPES } from './data/schemaorg/vocabulary.js'
import { fixtureJson, fixtureNames } from './support/fixtures.js'
import { readdirSync } from 'node:fs'
import { sampleGraphJson } from './support/sample.js'
import { seedRecords } from './support/records.js'

// Every node of an exported document, expanded by the jsonld package, checked against schema.org's domains
// and ranges (test/data/schemaorg/vocabulary.ts): a schema.org property only on a node of a type in its
// domain (or a subclass), a value only of a type in its range (or a subclass), literals only where the range
// has a data type they are written as. nc: classes count as the schema.org class the document declares
// them a subclass of; nc: properties are the extension vocabulary's own and are not checked.

const SCHEMA = 'https://schema.org/'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const RDFS_CLASS = `${RDFS}Class`
const SUBCLASS_OF = `${RDFS}subClassOf`

type ExpandedNode = Readonly<Record<string, unknown>> & { readonly '@id': string; readonly '@type'?: ReadonlyArray<string> }
type ExpandedValue = { readonly '@id': string } | { readonly '@value': string | number | boolean; readonly '@type'?: string; readonly '@language'?: string }

const offline = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: ${url}`)
}
const flattened = async (doc: object): Promise<ReadonlyArray<ExpandedNode>> =>
  (await jsonld.flatten(doc as jsonld.JsonLdDocument, null as never, { documentLoader: offline as never })) as never

// How a literal is written for each data type: ISO 8601 dates (at day, month or year precision),
// date-times and durations, and absolute IRIs for URL.
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:\d{2})?)?$/
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/

/** The data types a literal value is an instance of. */
const literalTypes = (value: Extract<ExpandedValue, { '@value': unknown }>): ReadonlyArray<string> => {
  const v = value['@value']
  if (value['@type'] !== undefined) return [] // the export writes no typed literals
  if (typeof v === 'boolean') return ['Boolean']
  if (typeof v === 'number') return Number.isInteger(v) ? ['Integer', 'Number'] : ['Number']
  return [
    'Text',
    ...(ABSOLUTE_IRI.test(v) ? ['URL'] : []),
    ...(ISO_DATE.test(v) ? ['Date'] : []),
    ...(ISO_DATE_TIME.test(v) ? ['DateTime'] : []),
    ...(ISO_DURATION.test(v) ? ['Duration', 'Quantity'] : []),
  ]
}

const local = (iri: string): string => (iri.startsWith(SCHEMA) ? iri.slice(SCHEMA.length) : iri)

/** Every way the document breaks schema.org's domains and ranges, one line each. */
const schemaOrgViolations = (nodes: ReadonlyArray<ExpandedNode>): ReadonlyArray<string> => {
  const out: string[] = []
  const byId = new Map(nodes.map((n) => [n['@id'], n]))
  // The classes the document declares, with their superclasses.
  const declared = new Map<string, ReadonlyArray<string>>()
  for (const n of nodes) {
    const supers = (n[SUBCLASS_OF] ?? []) as ReadonlyArray<{ readonly '@id': string }>
    if (supers.length > 0) declared.set(n['@id'], supers.map((s) => s['@id']))
  }

  /** The types a type is, itself and its superclasses; undefined for a type neither in the table nor declared. */
  const closure = (type: string, seen = new Set<string>()): Set<string> | undefined => {
    if (seen.has(type)) return seen
    seen.add(type)
    const parents = type.startsWith(SCHEMA) ? TYPES[local(type)]?.map((p) => SCHEMA + p) : declared.get(type)
    if (parents === undefined) return undefined
    for (const parent of parents) if (closure(parent, seen) === undefined) return undefined
    return seen
  }
  const isSchemaClass = (type: string): boolean => type.startsWith(SCHEMA)
  /** The schema.org types of a node of these types, superclasses included. */
  const typesOf = (types: ReadonlyArray<string>): Set<string> => new Set(types.flatMap((t) => [...(closure(t) ?? [])]).filter(isSchemaClass).map(local))

  for (const n of nodes) {
    const types = n['@type'] ?? []
    if (types.includes(RDFS_CLASS)) {
      // A declared class of the extension vocabulary must come down to a schema.org class.
      if (n['@id'].startsWith(NEWS_CODECS_VOCAB) && ![...(closure(n['@id']) ?? [])].some(isSchemaClass)) out.push(`${n['@id']}: declared a subclass of no schema.org class`)
      continue
    }
    for (const t of types) if (closure(t) === undefined) out.push(`${n['@id']}: type ${local(t)} is neither a schema.org type of the table nor a declared subclass of one`)
    const own = typesOf(types)
    for (const [key, values] of Object.entries(n)) {
      if (key === '@id' || key === '@type' || key.startsWith(NEWS_CODECS_VOCAB)) continue
      if (!key.startsWith(SCHEMA)) {
        out.push(`${n['@id']}: ${key} is neither schema.org nor nc:`)
        continue
      }
      const property = local(key)
      const term = PROPERTIES[property]
      if (term === undefined) {
        out.push(`${n['@id']}: ${property} is not a schema.org property of the table`)
        continue
      }
      if (!term.domain.some((d) => own.has(d))) out.push(`${n['@id']}: ${property} on a ${[...types].map(local).join('+') || 'node without a type'}, outside its domain ${term.domain.join('|')}`)
      for (const value of values as ReadonlyArray<ExpandedValue>) {
        if ('@id' in value) {
          const target = byId.get(value['@id'])
          const member = value['@id'].startsWith(SCHEMA) ? ENUMERATION_MEMBERS[local(value['@id'])] : undefined
          const valueTypes = typesOf([...(target?.['@type'] ?? []), ...(member === undefined ? [] : [SCHEMA + member])])
          const asUrl = !value['@id'].startsWith('_:') && term.range.includes('URL')
          if (!term.range.some((r) => valueTypes.has(r)) && !asUrl) {
            out.push(`${n['@id']}: ${property} -> ${value['@id']} (${[...valueTypes].join('|') || 'no type'}), outside its range ${term.range.join('|')}`)
          }
        } else if ('@value' in value) {
          const fits = literalTypes(value)
          if (!term.range.some((r) => DATA_TYPES.includes(r) && fits.includes(r))) {
            out.push(`${n['@id']}: ${property} -> ${JSON.stringify(value['@value'])}, outside its range ${term.range.join('|')}`)
          }
        } else out.push(`${n['@id']}: ${property} has a value that is neither a node nor a literal`)
      }
    }
  }
  return out
}

const violationsOf = async (doc: JsonLdDocument | object): Promise<ReadonlyArray<string>> => schemaOrgViolations(await flattened(doc))

// Every graph the package ships.
const shipped = readdirSync(new URL('../fixtures/', import.meta.url)).flatMap((file) => (file.endsWith('.graph.json') ? [file.slice(0, -'.graph.json'.length)] : []))

const decoded = (json: unknown): Graph => {
  const result = decodeWith(Graph)(json)
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
  return result.right
}

// The sample graph with a record of every kind and an article with every feed field.
const graphWithEverything = (): Graph => {
  const json = sampleGraphJson()
  const seeds = seedRecords()
  for (const [collection, model] of [['events', 'Event'], ['agreements', 'Agreement'], ['documents', 'Document'], ['positions', 'Position'],
    ['relations', 'Relation'], ['statements', 'Statement'], ['meetings', 'Meeting']] as const) json[collection].push(...seeds[model]!)
  json.places.push(...seeds.Place!, { id: 'place:world', name: 'World', kind: 'region' })
  json.votes = [...seeds.Vote!]
  json.actors.push(
    ...seeds.Actor!,
    { kind: 'organization', id: 'org:agency', name: 'Agência Exemplo' },
    // What the seed records refer to.
    { kind: 'state', id: 'state:IN', name: 'India', countryCode: 'IN' },
    { kind: 'state', id: 'state:RU', name: 'Russia', countryCode: 'RU' },
    { kind: 'person', id: 'person:a', name: 'A', born: '1950-12-29', died: '2024-01-02' },
    { kind: 'person', id: 'person:b', name: 'B', born: '1961' },
    { kind: 'organization', id: 'org:founded', name: 'Founded', founded: '1945-10-24', dissolved: '1991-12-26' },
  )
  json.events.push({ id: 'event:series', type: 'summit', name: 'A series of summits', evidence: [{ article: 'article:sample', start: 0, end: 1, quote: 'P' }] })
  Object.assign(json.articles[0], {
    publisher: 'Exemplo News',
    bylines: [
      { name: 'Ana Silva', actor: 'person:ana-silva', role: 'correspondent' },
      { name: 'Agência Exemplo', actor: 'org:agency', role: 'editor' },
      { name: 'Rui Costa', role: 'editor' },
      { name: 'Kenji Sato', role: 'photographer' },
    ],
    genres: ['news', { scheme: 'iptc-genre', code: 'Analysis' }],
    images: [{ url: 'https://example.org/photos/lisbon.jpg', caption: 'The ministers.', credit: 'Photo: Kenji Sato', width: 1600, height: 900, mediaType: 'image/jpeg' }],
    created: '2024-05-06T08:15:00Z',
    modified: '2024-05-06T10:15:30+02',
    dateline: 'place:lisbon',
  })
  return decoded(json)
}

describe('the JSON-LD export keeps schema.org domains and ranges', { timeout: 120_000 }, () => {
  it.each(shipped)('fixtures/%s.graph.json: no violation', async (name) => {
    expect(await violationsOf(toJsonLd(decoded(fixtureJson(name))))).toEqual([])
  })

  it('a graph with a record of every kind and every article field: no violation', async () => {
    expect(await violationsOf(toJsonLd(graphWithEverything()))).toEqual([])
  })

  it('finds each kind of violation in hand-made nodes', async () => {
    const doc = {
      '@context': JSON_LD_CONTEXT,
      '@graph': [
        { '@id': 'urn:x:ru', '@type': 'Country', name: 'Russia' },
        { '@id': 'urn:x:lavrov', '@type': 'Person', worksFor: { '@id': 'urn:x:ru' } },
        { '@id': 'urn:x:un', '@type': 'Organization', nationality: { '@id': 'urn:x:ru' } },
        { '@id': 'urn:x:deal', '@type': 'nc:Deal', name: 'A deal' },
        { '@id': 'urn:x:talks', '@type': 'Event', startDate: '2024-05~', endDate: '2024-05-06/..', attendee: 'Lavrov', duration: 'ten minutes' },
        { '@id': 'urn:x:story', '@type': 'NewsArticle', author: { name: 'No type' }, colour: 'red', datePublished: '2024-05' },
      ],
    }
    expect(normalized(await violationsOf(doc))).toEqual([
      '_:b: name on a node without a type, outside its domain Thing',
      'urn:x:deal: name on a urn:news-codecs:vocab:Deal, outside its domain Thing',
      'urn:x:deal: type urn:news-codecs:vocab:Deal is neither a schema.org type of the table nor a declared subclass of one',
      'urn:x:lavrov: worksFor -> urn:x:ru (Country|AdministrativeArea|Place|Thing), outside its range Organization',
      'urn:x:story: author -> _:b (no type), outside its range Organization|Person',
      'urn:x:story: colour is not a schema.org property of the table',
      'urn:x:talks: attendee -> "Lavrov", outside its range Organization|Person',
      'urn:x:talks: duration -> "ten minutes", outside its range Duration|QuantitativeValue',
      'urn:x:talks: endDate -> "2024-05-06/..", outside its range Date|DateTime',
      'urn:x:talks: startDate -> "2024-05~", outside its range Date|DateTime',
      'urn:x:un: nationality on a Organization, outside its domain Person',
    ])
  })

  it('would find the violations of a state typed as a Country only, or of nc: classes left undeclared', async () => {
    const found: string[] = []
    for (const name of fixtureNames) {
      const doc = toJsonLd(decoded(fixtureJson(name)))
      found.push(...(await violationsOf({ ...doc, '@graph': doc['@graph'].map((n) => (n['@id'].startsWith('urn:news-codecs:state:') ? { ...n, '@type': 'Country' } : n)) })))
    }
    for (const property of ['worksFor', 'attendee', 'member', 'parentOrganization', 'affiliation', 'author']) {
      expect(found.some((v) => v.includes(`: ${property} -> urn:news-codecs:state:`)), property).toBe(true)
    }
    const doc = toJsonLd(decoded(fixtureJson('canonical')))
    const undeclared = { ...doc, '@graph': doc['@graph'].filter((n) => n['@type'] !== 'rdfs:Class') }
    expect(await violationsOf(undeclared)).toContain(
      'urn:news-codecs:agreement:black-sea-grain-initiative: type urn:news-codecs:vocab:Agreement is neither a schema.org type of the table nor a declared subclass of one',
    )
  })
})

// Blank node labels depend on the order of flattening: compared without their numbers, sorted.
const normalized = (violations: ReadonlyArray<string>): ReadonlyArray<string> => violations.map((v) => v.replace(/_:b\d+/g, '_:b')).sort()
