import { describe, expect, it } from 'vitest'
import {
  Actor,
  Agreement,
  Article,
  decodeWith,
  Document,
  Event,
  Meeting,
  Place,
  Position,
  Relation,
  Statement,
} from 'news-codecs'
import type * as t from 'io-ts'

const evidence = { article: 'article:1', start: 0, end: 3, quote: 'met' }

const codes = (codec: t.Mixed, input: unknown): Array<[string, string]> => {
  const result = decodeWith(codec)(input)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

describe('Article', () => {
  const good = { id: 'article:1', text: 'Blinken met Lavrov.', language: 'en', published: { time: { value: '2023-03-02' }, inferred: true, basis: 'the events are dated Thursday' } }
  it('accepts an article whose publisher is unknown (absent)', () => expect(codes(Article, good)).toEqual([]))
  it('rejects an empty text, a bad language and an invented field', () =>
    expect(codes(Article, { ...good, text: '', language: 'English', publisherGuess: 'x' })).toEqual([
      ['text', 'invalid_value'],
      ['language', 'invalid_value'],
      ['publisherGuess', 'unexpected_key'],
    ]))
})

describe('Actor', () => {
  const person = {
    kind: 'person',
    id: 'person:antony-blinken',
    name: 'Antony Blinken',
    identifiers: [{ scheme: 'wikidata', value: 'Q4772' }],
    posts: [{ office: 'Secretary of State', of: 'state:US', from: '2021-01-26', otherNames: ['head of American diplomacy'] }],
  }
  it('accepts every kind', () => {
    const actors = [
      person,
      { kind: 'state', id: 'state:US', name: 'United States', countryCode: 'US' },
      { kind: 'organization', id: 'org:un', name: 'United Nations', type: 'intergovernmental' },
      { kind: 'group', id: 'group:western-delegations', name: 'Western delegations', vague: true },
      { kind: 'anonymous', id: 'anon:us-official', name: 'a US official', affiliation: 'state:US', anonymityReason: 'speaking on condition of anonymity' },
    ]
    for (const actor of actors) expect(codes(Actor, actor), actor.kind).toEqual([])
  })
  it('reports a bad post field by its path', () =>
    expect(codes(Actor, { ...person, posts: [{ office: 'Secretary of State', from: 'January 2021' }] })).toEqual([['posts.0.from', 'invalid_value']]))
  it('reports an unknown kind once', () => expect(codes(Actor, { ...person, kind: 'robot' })).toEqual([['kind', 'invalid_tag']]))
  it('requires a country code on a state, and checks it', () => {
    expect(codes(Actor, { kind: 'state', id: 'state:XX', name: 'Nowhere' })).toEqual([['countryCode', 'missing']])
    expect(codes(Actor, { kind: 'state', id: 'state:XX', name: 'Nowhere', countryCode: 'XX' })).toEqual([['countryCode', 'invalid_value']])
  })
  it('does not allow keys of another kind', () =>
    expect(codes(Actor, { kind: 'state', id: 'state:US', name: 'United States', countryCode: 'US', posts: [] })).toEqual([['posts', 'unexpected_key']]))
})

describe('Place', () => {
  it('accepts a city and rejects an unknown kind, naming the choices', () => {
    expect(codes(Place, { id: 'place:new-delhi', name: 'New Delhi', kind: 'city', countryCode: 'IN' })).toEqual([])
    expect(codes(Place, { id: 'place:x', name: 'X', kind: 'planet' })).toEqual([['kind', 'invalid_value']])
    const result = decodeWith(Place)({ id: 'place:x', name: 'X', kind: 7 })
    expect(result._tag === 'Left' && result.left[0]!.message).toBe(
      'expected one of "city" | "country" | "region" | "sea" | "venue" | "other", received 7',
    )
  })
})

describe('Event', () => {
  it('accepts an open interval and requires evidence', () => {
    expect(codes(Event, { id: 'event:war', type: 'armed-conflict', name: 'War in Ukraine', time: { value: '2022-02-24/..' }, evidence: [evidence] })).toEqual([])
    expect(codes(Event, { id: 'event:war', type: 'armed-conflict', name: 'War in Ukraine', evidence: [] })).toEqual([['evidence', 'too_short']])
  })
})

describe('Event.causedBy', () => {
  const crisis = { id: 'event:food-crisis', type: 'crisis', name: 'Global food crisis', evidence: [evidence] }
  it('accepts the events that led to this one', () =>
    expect(codes(Event, { ...crisis, causedBy: ['event:invasion'] })).toEqual([]))
  it('rejects a cause that is not an id', () =>
    expect(codes(Event, { ...crisis, causedBy: ['the invasion'] })).toEqual([['causedBy.0', 'invalid_value']]))
})

describe('Meeting', () => {
  const good = {
    id: 'meeting:1',
    participants: ['person:a', 'person:b'],
    channel: 'in-person',
    format: 'bilateral',
    duration: { value: 'PT10M', bound: 'less-than', text: 'less than 10 minutes' },
    evidence: [evidence],
  }
  it('accepts a meeting with a bounded duration', () => expect(codes(Meeting, good)).toEqual([]))
  it('reports each problem at its path', () =>
    expect(codes(Meeting, { ...good, channel: 'fax', duration: { value: '10 minutes', bound: 'roughly' }, participants: [] })).toEqual([
      ['participants', 'too_short'],
      ['channel', 'invalid_value'],
      ['duration.value', 'invalid_value'],
      ['duration.bound', 'invalid_value'],
    ]))
  it('reports an evidence span with a bad offset', () =>
    expect(codes(Meeting, { ...good, evidence: [{ ...evidence, start: -1 }] })).toEqual([['evidence.0.start', 'invalid_value']]))
})

describe('Agreement', () => {
  const good = {
    id: 'agreement:grain',
    name: 'Black Sea Grain Initiative',
    parties: [{ actor: 'org:un', role: 'mediator' }, { actor: 'state:UA', role: 'party' }],
    lifecycle: [
      { type: 'signed', time: { value: '2022-07' }, evidence: [evidence] },
      { type: 'renewed', time: { value: '2022-11~', text: 'mid-November' }, term: { value: 'P4M', bound: 'exactly' }, evidence: [evidence] },
    ],
    evidence: [evidence],
  }
  it('accepts parties with roles and dated acts', () => expect(codes(Agreement, good)).toEqual([]))
  it('rejects an unknown role or act type', () =>
    expect(codes(Agreement, { ...good, parties: [{ actor: 'state:UA', role: 'friend' }], lifecycle: [{ ...good.lifecycle[0], type: 'annexed' }] })).toEqual([
      ['parties.0.role', 'invalid_value'],
      ['lifecycle.0.type', 'invalid_value'],
    ]))
})

describe('Statement', () => {
  const good = {
    id: 'statement:1',
    speakers: ['person:modi'],
    content: { kind: 'quote', text: 'We must all recognize', evidence: { ...evidence, end: 21, quote: 'We must all recognize' } },
    speechAct: 'appeal',
    medium: 'pre-recorded-address',
    attribution: [{ source: 'anon:us-official', relation: 'according-to', text: 'according to a US official' }],
    evidence: [evidence],
  }
  it('accepts a direct quote and a paraphrase with quoted fragments', () => {
    expect(codes(Statement, good)).toEqual([])
    expect(codes(Statement, { ...good, content: { kind: 'paraphrase', text: 'He wanted to send the message directly', fragments: [{ text: 'send this message directly', evidence }] } })).toEqual([])
  })
  it('reports a content of unknown kind once, at its tag', () =>
    expect(codes(Statement, { ...good, content: { kind: 'rumour', text: 'x' } })).toEqual([['content.kind', 'invalid_tag']]))
  it('accepts the statements it contradicts, and rejects a contradiction that is not a list of ids', () => {
    expect(codes(Statement, { ...good, contradicts: ['statement:kremlin-readout'] })).toEqual([])
    expect(codes(Statement, { ...good, contradicts: 'statement:kremlin-readout' })).toEqual([['contradicts', 'invalid_type']])
  })
  it('reports a bad attribution link by path', () =>
    expect(codes(Statement, { ...good, attribution: [{ source: 'a b', relation: 'heard-from' }] })).toEqual([
      ['attribution.0.source', 'invalid_value'],
      ['attribution.0.relation', 'invalid_value'],
    ]))
})

describe('Position', () => {
  const good = {
    id: 'position:1',
    holders: ['state:RU', 'state:CN'],
    target: { kind: 'paragraph', paragraph: 'document:communique#withdrawal' },
    stance: 'refuses-to-sign',
    basis: [{ kind: 'act', act: 'sign the joint communiqué', realis: 'negated', evidence: [evidence] }],
    evidence: [evidence],
  }
  it('accepts a refusal targeting one paragraph, shown by an act not done', () => expect(codes(Position, good)).toEqual([]))
  it('reports a bad target and an act without realis', () =>
    expect(codes(Position, { ...good, target: { kind: 'paragraph' }, basis: [{ kind: 'act', act: 'sign', evidence: [evidence] }] })).toEqual([
      ['target.paragraph', 'missing'],
      ['basis.0.realis', 'missing'],
    ]))
  it('accepts a position the source only reports, with its evidence', () =>
    expect(codes(Position, { ...good, stance: 'supports', basis: [{ kind: 'report', evidence: [evidence] }] })).toEqual([]))
  it('requires evidence on a reported basis, and nothing else', () =>
    expect(codes(Position, { ...good, basis: [{ kind: 'report', evidence: [], act: 'x' }] })).toEqual([
      ['basis.0.evidence', 'too_short'],
      ['basis.0.act', 'unexpected_key'],
    ]))
})

describe('Document and Relation', () => {
  it('accept good records', () => {
    expect(codes(Document, { id: 'document:1', type: 'communique', title: 'Joint communiqué', status: 'not-adopted', refusers: ['state:RU'], paragraphs: [{ id: 'document:1#p1', text: 'Russia’s complete withdrawal' }], evidence: [evidence] })).toEqual([])
    expect(codes(Relation, { id: 'relation:1', type: 'friendship', subject: 'state:IN', object: 'state:RU', evidence: [evidence] })).toEqual([])
  })
  // A number of the wrong value, as for offsets: a fraction or 0 is invalid_value, a string invalid_type.
  it('reject a paragraph number that is not a whole number from 1', () => {
    const withNumber = (number: unknown) => ({ id: 'document:1', type: 'communique', title: 'T', status: 'adopted', paragraphs: [{ id: 'p', number }], evidence: [evidence] })
    expect(codes(Document, withNumber(1.5))).toEqual([['paragraphs.0.number', 'invalid_value']])
    expect(codes(Document, withNumber(0))).toEqual([['paragraphs.0.number', 'invalid_value']])
    expect(codes(Document, withNumber('1'))).toEqual([['paragraphs.0.number', 'invalid_type']])
  })
})
