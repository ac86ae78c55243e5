import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import { decodeWith, Graph, NEWS_CODECS_VOCAB, toJsonLd } from 'news-codecs'
import { seedRecords } from './support/records.js'
import { sampleGraphJson } from './support/sample.js'

// Tests never reach the network: any attempt to load a remote document fails the test.
const requested: string[] = []
const offline = async (url: string): Promise<never> => {
  requested.push(url)
  throw new Error(`no network in tests: ${url}`)
}

// The sample graph plus a record of every other kind, decoded so the export sees typed data.
const graphWithEverything = (): Graph => {
  const json = sampleGraphJson()
  const seeds = seedRecords()
  json.events.push(...seeds.Event!)
  json.agreements.push(...seeds.Agreement!)
  json.documents.push(...seeds.Document!)
  json.positions.push(...seeds.Position!)
  json.relations.push(...seeds.Relation!)
  json.statements.push(...seeds.Statement!)
  json.meetings.push(...seeds.Meeting!)
  json.actors.push(...seeds.Actor!.slice(0, 3))
  const decoded = decodeWith(Graph)(json)
  if (decoded._tag === 'Left') throw new Error(JSON.stringify(decoded.left))
  return decoded.right
}

const nquads = async (doc: object): Promise<ReadonlyArray<string>> =>
  String(await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offline as never })).trim().split('\n')

const S = (term: string) => `<https://schema.org/${term}>`
const NC = (term: string) => `<${NEWS_CODECS_VOCAB}${term}>`
const node = (id: string) => `<urn:news-codecs:${id}>`
const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

describe('toJsonLd', { timeout: 60_000 }, () => {
  it('gives one node per record, typed with schema.org where it has a term', () => {
    const doc = toJsonLd(graphWithEverything())
    const types = Object.fromEntries(doc['@graph'].map((n) => [n['@id'].replace('urn:news-codecs:', ''), n['@type']]))
    expect(types).toMatchObject({
      'article:sample': 'NewsArticle',
      'person:ana-silva': 'Person',
      'state:PT': ['Country', 'Organization'],
      'org:un': 'Organization',
      'anon:official': 'Person',
      'place:lisbon': 'City',
      'meeting:sample': 'Event',
      'event:summit': 'ConferenceEvent',
      'event:war': 'Event',
      'statement:sample': 'Quotation',
      'statement:2': 'Claim',
      'document:chair': 'CreativeWork',
      'agreement:deal': 'nc:Agreement',
      'position:1': 'nc:Position',
      'relation:1': 'nc:Relation',
    })
  })

  it('expands offline with jsonld into the expected triples', async () => {
    requested.length = 0
    const quads = await nquads(toJsonLd(graphWithEverything()))
    expect(requested).toEqual([])
    const has = (s: string, p: string, o: string) => expect(quads, `${s} ${p} ${o}`).toContain(`${s} ${p} ${o} .`)
    has(node('article:sample'), TYPE, S('NewsArticle'))
    has(node('article:sample'), S('headline'), '"Portugal and Japan agree to deepen cooperation"')
    // The sample's publication date is inferred: kept as EDTF, not stated as schema.org's datePublished.
    has(node('article:sample'), NC('time'), '"2024-05-06"')
    expect(quads.some((q) => q.startsWith(`${node('article:sample')} ${S('datePublished')} `))).toBe(false)
    has(node('state:PT'), TYPE, S('Organization'))
    has(NC('Agreement'), '<http://www.w3.org/2000/01/rdf-schema#subClassOf>', S('Intangible'))
    has(node('article:sample'), S('mentions'), node('meeting:sample'))
    has(node('state:PT'), S('sameAs'), '<https://www.wikidata.org/wiki/Q45>')
    has(node('person:ana-silva'), S('nationality'), node('state:PT'))
    has(node('meeting:sample'), S('attendee'), node('person:kenji-sato'))
    has(node('meeting:sample'), S('location'), node('place:lisbon'))
    has(node('meeting:sample'), S('startDate'), '"2024-05-06"')
    has(node('meeting:sample'), S('duration'), '"PT40M"')
    has(node('meeting:sample'), S('eventAttendanceMode'), S('OfflineEventAttendanceMode'))
    has(node('meeting:2'), S('superEvent'), node('event:summit'))
    has(node('event:summit'), S('endDate'), '"2024-05-08"')
    has(node('event:summit'), S('superEvent'), node('event:series'))
    has(node('statement:sample'), TYPE, S('Quotation'))
    has(node('statement:sample'), S('spokenByCharacter'), node('person:ana-silva'))
    has(node('statement:sample'), S('recordedAt'), node('meeting:sample'))
    has(node('statement:2'), TYPE, S('Claim'))
    has(node('statement:2'), NC('speechAct'), '"claim"')
    has(node('position:1'), TYPE, NC('Position'))
    has(node('position:1'), NC('stance'), '"neutral"')
    has(node('position:1'), NC('holder'), node('state:IN'))
    has(node('agreement:deal'), TYPE, NC('Agreement'))
    has(node('anon:official'), S('additionalType'), NC('AnonymousSource'))
  })

  it('writes schema.org dates only for definite values, and every EDTF value under nc:', () => {
    const graph = graphWithEverything()
    const at = (value: string) => ({ value: value as never })
    const meetingAt = (value: string) => {
      const doc = toJsonLd({ ...graph, meetings: [{ ...graph.meetings[0]!, time: at(value) }] })
      const { startDate, endDate, 'nc:time': time } = doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:meeting:sample')!
      return { startDate, endDate, time }
    }
    // A day or a moment is a schema.org Date or DateTime; a month, a year, approximate, uncertain, open and
    // unknown ends are not, and stay in nc:time alone.
    expect(meetingAt('2022-01-14')).toEqual({ startDate: '2022-01-14', endDate: undefined, time: '2022-01-14' })
    expect(meetingAt('2022-01')).toEqual({ startDate: undefined, endDate: undefined, time: '2022-01' })
    expect(meetingAt('2022')).toEqual({ startDate: undefined, endDate: undefined, time: '2022' })
    expect(meetingAt('2022-01/2022-03-05')).toEqual({ startDate: undefined, endDate: '2022-03-05', time: '2022-01/2022-03-05' })
    expect(meetingAt('2022-01?')).toEqual({ startDate: undefined, endDate: undefined, time: '2022-01?' })
    expect(meetingAt('2024-05-06T12:30%')).toEqual({ startDate: undefined, endDate: undefined, time: '2024-05-06T12:30%' })
    expect(meetingAt('2022-02-24/..')).toEqual({ startDate: '2022-02-24', endDate: undefined, time: '2022-02-24/..' })
    expect(meetingAt('/2024-05-08')).toEqual({ startDate: undefined, endDate: '2024-05-08', time: '/2024-05-08' })
    expect(meetingAt('2022-11-15~/2023-03-18')).toEqual({ startDate: undefined, endDate: '2023-03-18', time: '2022-11-15~/2023-03-18' })

    // A publication is one moment: an interval, open or closed, is no datePublished; neither is an inferred date.
    const published = (value: string, inferred: boolean) => {
      const article = toJsonLd({ ...graph, articles: [{ ...graph.articles[0]!, published: { time: at(value), inferred } }] })['@graph'][0]!
      return [article.datePublished, article['nc:time'], article['nc:publicationTimeInferred']]
    }
    expect(published('2024-05-06', false)).toEqual(['2024-05-06', '2024-05-06', false])
    expect(published('2024-05-06', true)).toEqual([undefined, '2024-05-06', true])
    expect(published('2023-03-02/2023-03-05', false)).toEqual([undefined, '2023-03-02/2023-03-05', false])
    const document = (value: string) =>
      toJsonLd({ ...graph, documents: [{ ...graph.documents[0]!, time: at(value) }] })['@graph'].find((n) => n['@id'] === 'urn:news-codecs:document:chair')!
    expect(document('2025-03-18/..').datePublished).toBeUndefined()
    expect(document('2025-03-18/..')['nc:time']).toBe('2025-03-18/..')
    expect(document('2025-03-18').datePublished).toBe('2025-03-18')
  })

  it('types a state as a Country and an Organization, and declares every nc: class a subclass of a schema.org one', () => {
    const doc = toJsonLd(graphWithEverything())
    expect(doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:state:PT')).toMatchObject({ '@type': ['Country', 'Organization'], identifier: 'PT' })
    const classes = Object.fromEntries(doc['@graph'].filter((n) => n['@type'] === 'rdfs:Class').map((n) => [n['@id'], n['rdfs:subClassOf']]))
    expect(classes).toEqual({
      'nc:Agreement': { '@id': 'schema:Intangible' },
      'nc:Position': { '@id': 'schema:Intangible' },
      'nc:Relation': { '@id': 'schema:Intangible' },
      'nc:SourceReport': { '@id': 'schema:Intangible' },
      'nc:Correction': { '@id': 'schema:Intangible' },
      'nc:Meeting': { '@id': 'schema:Event' },
      'nc:VoteEvent': { '@id': 'schema:Event' },
      'nc:Group': { '@id': 'schema:Organization' },
      'nc:AnonymousSource': { '@id': 'schema:Person' },
    })
    // Every nc: type and additionalType the records use is declared.
    const used = new Set(doc['@graph'].flatMap((n) => [n['@type'], n.additionalType].flat()).filter((t): t is string => typeof t === 'string')
      .map((t) => t.replace(NEWS_CODECS_VOCAB, 'nc:')).filter((t) => t.startsWith('nc:')))
    for (const type of used) expect(classes, type).toHaveProperty([type])
  })

  it('writes an identifier\'s scheme and value as nc: terms, never as schema.org ones', async () => {
    const quads = await nquads(toJsonLd(graphWithEverything()))
    expect(quads.filter((q) => q.includes(S('scheme')) || q.includes(`${S('value')} "Q`))).toEqual([])
    const identifier = quads.find((q) => q.startsWith(`${node('state:PT')} ${NC('identifiers')} `))!.split(' ')[2]!
    expect(quads).toContain(`${identifier} ${NC('scheme')} "wikidata" .`)
  })

  it('keeps EDTF that is not a plain ISO date out of schema.org date terms', async () => {
    const graph = graphWithEverything()
    const doc = toJsonLd({ ...graph, meetings: [{ ...graph.meetings[0]!, time: { value: '2024-05~' as never } }] })
    const meeting = doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:meeting:sample')!
    expect(meeting.startDate).toBeUndefined()
    expect(meeting['nc:time']).toBe('2024-05~')
  })

  it('writes an article\'s feed metadata as NewsArticle properties, offline', async () => {
    const json = sampleGraphJson()
    json.actors.push({ kind: 'organization', id: 'org:agency', name: 'Agência Exemplo' })
    Object.assign(json.articles[0], {
      uri: 'urn:newsml:example.org:20240506:lisbon-talks',
      bylines: [
        { name: 'Ana Silva', actor: 'person:ana-silva', role: 'correspondent' },
        { name: 'Agência Exemplo', role: 'agency' },
        { name: 'Rui Costa', role: 'editor' },
        { name: 'Kenji Sato', role: 'photographer' },
      ],
      byline: 'By Ana Silva in Lisbon',
      section: 'World',
      genres: ['news', { scheme: 'iptc-genre', code: 'Analysis' }],
      subjects: [{ topic: { scheme: 'iptc-mediatopic', code: '16000000' }, name: 'conflict, war and peace' }, { topic: 'energy', rel: 'mentions' }],
      keywords: ['Lisbon talks'],
      images: [{ url: 'https://example.org/photos/lisbon.jpg', caption: 'The ministers.', credit: 'Photo: Kenji Sato', width: 1600, height: 900, mediaType: 'image/jpeg' }],
      created: '2024-05-06T08:15:00Z',
      modified: '2024-05-06T10:15:30+02',
      dateline: 'place:lisbon',
    })
    const decoded = decodeWith(Graph)(json)
    if (decoded._tag === 'Left') throw new Error(JSON.stringify(decoded.left))
    const doc = toJsonLd(decoded.right)
    const article = doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:article:sample')!
    expect(article.author).toEqual([{ '@id': 'urn:news-codecs:person:ana-silva' }, { '@type': 'Organization', name: 'Agência Exemplo' }])
    expect(article.editor).toEqual([{ '@type': 'Person', name: 'Rui Costa' }])
    expect(article.contributor).toEqual([{ '@type': 'Person', name: 'Kenji Sato' }])
    // schema.org's editor is a Person: an editing credit naming an organization goes under contributor.
    const agencyEdits = decodeWith(Graph)({ ...json, articles: [{ ...json.articles[0], bylines: [{ name: 'Agência Exemplo', actor: 'org:agency', role: 'editor' }] }] })
    if (agencyEdits._tag === 'Left') throw new Error(JSON.stringify(agencyEdits.left))
    const edited = toJsonLd(agencyEdits.right)['@graph'][0]!
    expect(edited.contributor).toEqual([{ '@id': 'urn:news-codecs:org:agency' }])
    expect(edited.editor).toBeUndefined()
    expect(article['nc:byline']).toBe('By Ana Silva in Lisbon')
    expect(article['nc:bylines']).toHaveLength(4)
    expect(article.about).toEqual([{ '@type': 'DefinedTerm', termCode: '16000000', inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'iptc-mediatopic' }, name: 'conflict, war and peace' }])
    expect(article['nc:subjects']).toBeUndefined()
    expect(article['nc:created']).toBeUndefined()

    requested.length = 0
    const quads = await nquads(doc)
    expect(requested).toEqual([])
    const has = (s: string, p: string, o: string) => expect(quads, `${s} ${p} ${o}`).toContain(`${s} ${p} ${o} .`)
    const a = node('article:sample')
    has(a, S('inLanguage'), '"en"')
    has(a, S('identifier'), '"urn:newsml:example.org:20240506:lisbon-talks"')
    has(a, S('articleSection'), '"World"')
    has(a, S('genre'), '"news"')
    has(a, S('keywords'), '"Lisbon talks"')
    has(a, S('dateCreated'), '"2024-05-06T08:15:00Z"')
    has(a, S('locationCreated'), node('place:lisbon'))
    has(a, S('author'), node('person:ana-silva'))
    const objectOf = (s: string, p: string): string => quads.find((q) => q.startsWith(`${s} ${p} `))!.slice(s.length + p.length + 2, -2)
    const image = objectOf(a, S('image'))
    has(image, TYPE, S('ImageObject'))
    has(image, S('contentUrl'), '<https://example.org/photos/lisbon.jpg>')
    has(image, S('caption'), '"The ministers."')
    has(image, S('creditText'), '"Photo: Kenji Sato"')
    has(image, S('encodingFormat'), '"image/jpeg"')
    const width = objectOf(image, S('width'))
    has(width, S('unitCode'), '"E37"')
    const mentioned = quads.filter((q) => q.startsWith(`${a} ${S('mentions')} _:`)).map((q) => q.split(' ')[2]!)
    expect(mentioned.some((b) => quads.includes(`${b} ${S('termCode')} "energy" .`))).toBe(true)
  })

  it('keeps an article without a language or with EDTF times that are not ISO dates', () => {
    const json = sampleGraphJson()
    delete json.articles[0].language
    Object.assign(json.articles[0], { created: '2024-05~', modified: '2024-05-06' })
    const decoded = decodeWith(Graph)(json)
    if (decoded._tag === 'Left') throw new Error(JSON.stringify(decoded.left))
    const article = toJsonLd(decoded.right)['@graph'][0]!
    expect(article.inLanguage).toBeUndefined()
    expect(article.dateCreated).toBeUndefined()
    expect(article['nc:created']).toBe('2024-05~')
    expect(article.dateModified).toBe('2024-05-06')
  })

  it('writes coordinates as geo and names in other languages as language-tagged alternate names', async () => {
    const json = sampleGraphJson()
    Object.assign(json.places[0], {
      otherNames: ['Lisboa'],
      coordinates: { latitude: 38.7167, longitude: -9.1333 },
      names: [{ text: 'Лиссабон', lang: 'ru', transliteration: 'Lissabon' }, { text: 'Olisipo' }],
    })
    json.actors[1].names = [{ text: '佐藤健二', lang: 'ja' }]
    const decoded = decodeWith(Graph)(json)
    if (decoded._tag === 'Left') throw new Error(JSON.stringify(decoded.left))
    const doc = toJsonLd(decoded.right)
    const lisbon = doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:place:lisbon')!
    expect(lisbon.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 38.7167, longitude: -9.1333 })
    expect(lisbon['nc:coordinates']).toBeUndefined()
    expect(lisbon.alternateName).toEqual(['Lisboa', { '@value': 'Лиссабон', '@language': 'ru' }, 'Olisipo'])
    // The full names, transliterations included, are kept as nc:names.
    expect(lisbon['nc:names']).toEqual([{ 'nc:text': 'Лиссабон', 'nc:lang': 'ru', 'nc:transliteration': 'Lissabon' }, { 'nc:text': 'Olisipo' }])

    const quads = await nquads(doc)
    const has = (s: string, p: string, o: string) => expect(quads, `${s} ${p} ${o}`).toContain(`${s} ${p} ${o} .`)
    has(node('place:lisbon'), S('alternateName'), '"Лиссабон"@ru')
    has(node('place:lisbon'), S('alternateName'), '"Lisboa"')
    has(node('person:kenji-sato'), S('alternateName'), '"佐藤健二"@ja')
    const geo = quads.find((q) => q.startsWith(`${node('place:lisbon')} ${S('geo')} `))!.split(' ')[2]!
    has(geo, TYPE, S('GeoCoordinates'))
    has(geo, S('latitude'), '"3.87167E1"^^<http://www.w3.org/2001/XMLSchema#double>')
  })

  it("writes a person's birth and death and an organization's founding and dissolution as schema.org dates when definite", () => {
    const graph = graphWithEverything()
    const doc = toJsonLd({ ...graph, actors: [...graph.actors,
      { kind: 'person', id: 'person:born-day' as never, name: 'Day' as never, born: '1962-04-16' as never, died: '2020~' as never },
      { kind: 'organization', id: 'organization:founded' as never, name: 'Founded' as never, founded: '1945' as never, dissolved: '1991-12-26' as never }] })
    const node = (id: string) => doc['@graph'].find((n) => n['@id'] === `urn:news-codecs:${id}`)!
    const { birthDate, deathDate, 'nc:died': died } = node('person:born-day')
    expect({ birthDate, deathDate, died }).toEqual({ birthDate: '1962-04-16', deathDate: undefined, died: '2020~' })
    const { foundingDate, dissolutionDate, 'nc:founded': founded } = node('organization:founded')
    expect({ foundingDate, dissolutionDate, founded }).toEqual({ foundingDate: undefined, dissolutionDate: '1991-12-26', founded: '1945' })
  })
})
