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
      'state:PT': 'Country',
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
    has(node('article:sample'), S('datePublished'), '"2024-05-06"')
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

  it('keeps EDTF that is not a plain ISO date out of schema.org date terms', async () => {
    const graph = graphWithEverything()
    const doc = toJsonLd({ ...graph, meetings: [{ ...graph.meetings[0]!, time: { value: '2024-05~' as never } }] })
    const meeting = doc['@graph'].find((n) => n['@id'] === 'urn:news-codecs:meeting:sample')!
    expect(meeting.startDate).toBeUndefined()
    expect(meeting['nc:time']).toBe('2024-05~')
  })
})
