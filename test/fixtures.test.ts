import { describe, expect, it } from 'vitest'
import { formatIssues, Graph, validateGraph } from 'news-codecs'
import { canonicalArticleText, canonicalGraph, trumpPutinCallGraph, ukrainePeaceSummitGraph, unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
import { evidenceOf, fixtureFile, fixtureJson, fixtureNames } from './support/fixtures.js'

describe('the fixture files', () => {
  it('include the canonical graph and two further stories', () => {
    expect(fixtureNames).toContain('canonical')
    expect(fixtureNames.length).toBeGreaterThanOrEqual(3)
  })

  it.each(fixtureNames)('%s.graph.json passes full validation, shape and graph-level', (name) => {
    const result = validateGraph(fixtureJson(name))
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
  })

  it.each(fixtureNames)('%s.graph.json round-trips: decode then encode gives back the same JSON', (name) => {
    const text = fixtureFile(`${name}.graph.json`)
    const decoded = Graph.decode(JSON.parse(text))
    if (decoded._tag === 'Left') throw new Error(`${name} does not decode`)
    expect(Graph.encode(decoded.right)).toEqual(JSON.parse(text))
    expect(`${JSON.stringify(Graph.encode(decoded.right), null, 2)}\n`).toBe(text)
  })

  it('the canonical article text is the shipped article, byte for byte', () => {
    const shipped = fixtureFile('canonical-article.txt')
    expect(Buffer.from(canonicalArticleText, 'utf8').equals(Buffer.from(shipped, 'utf8'))).toBe(true)
    expect(canonicalGraph.articles[0]!.text).toBe(shipped)
  })

  it('the typed exports are the JSON files', () => {
    expect(JSON.parse(JSON.stringify(canonicalGraph))).toEqual(fixtureJson('canonical'))
    expect(JSON.parse(JSON.stringify(ukrainePeaceSummitGraph))).toEqual(fixtureJson('ukraine-peace-summit-2024'))
    expect(JSON.parse(JSON.stringify(trumpPutinCallGraph))).toEqual(fixtureJson('trump-putin-call-2025'))
    expect(JSON.parse(JSON.stringify(unGeneralAssemblyVoteGraph))).toEqual(fixtureJson('un-general-assembly-vote-2022'))
  })

  it('the summit fixture has a communiqué some participants signed and others did not', () => {
    const [communique] = ukrainePeaceSummitGraph.documents
    expect(communique!.signers!.length).toBeGreaterThan(0)
    expect(communique!.refusers!.length).toBeGreaterThan(0)
    expect(communique!.signers!.filter((id) => communique!.refusers!.includes(id))).toEqual([])
  })

  it('the phone-call fixture has two readouts of one call whose statements contradict each other', () => {
    const readouts = trumpPutinCallGraph.documents.filter((d) => d.type === 'readout')
    expect(new Set(readouts.map((d) => d.about))).toEqual(new Set(['meeting:trump-putin-2025-03-18']))
    expect(new Set(readouts.map((d) => d.issuer)).size).toBe(2)
    const byId = new Map(trumpPutinCallGraph.statements.map((s) => [s.id as string, s]))
    const pairs = trumpPutinCallGraph.statements.flatMap((s) => (s.contradicts ?? []).map((other) => [s, byId.get(other)!] as const))
    expect(pairs.some(([a, b]) => a.speakers[0] === 'org:white-house' && b.speakers[0] === 'org:kremlin')).toBe(true)
  })

  it('the vote fixture cites every sentence of its article, and its tally holds', () => {
    const [article] = unGeneralAssemblyVoteGraph.articles
    const cited = new Set<number>()
    const sentences = article!.text.split('\n')
    let offset = 0
    const starts = sentences.map((s) => ((offset += [...s].length + 1), offset - [...s].length - 1))
    for (const { evidence } of evidenceOf(fixtureJson('un-general-assembly-vote-2022'))) {
      sentences.forEach((s, i) => {
        if (evidence.start < starts[i]! + [...s].length && evidence.end > starts[i]!) cited.add(i)
      })
    }
    expect(cited.size).toBe(sentences.length)
    const [vote] = unGeneralAssemblyVoteGraph.votes!
    expect(vote!.counts!.reduce((sum, c) => sum + c.count, 0)).toBe(vote!.total)
  })

  it('the canonical article records what it does not state as unknown or inferred', () => {
    const [article] = canonicalGraph.articles
    expect(article!.publisher).toBeUndefined()
    expect(article!.url).toBeUndefined()
    expect(article!.headline).toBeUndefined()
    expect(article!.published?.inferred).toBe(true)
    expect(article!.published?.basis).toBeTruthy()
  })
})

describe('the canonical graph', () => {
  // Other tests and users refer to these ids: they stay as they are.
  it('keeps its stable ids', () => {
    const ids = (records: ReadonlyArray<{ id: string }>) => records.map((r) => r.id)
    expect(ids(canonicalGraph.meetings)).toEqual([
      'meeting:blinken-lavrov-2023-03-02',
      'meeting:blinken-lavrov-2022-01',
      'meeting:blinken-lavrov-phone-since-2022-01',
      'meeting:lavrov-qin-2023-03-02',
    ])
    expect(ids(canonicalGraph.agreements)).toEqual(['agreement:black-sea-grain-initiative'])
    expect(ids(canonicalGraph.actors)).toEqual(
      expect.arrayContaining(['person:antony-blinken', 'person:sergei-lavrov', 'person:qin-gang', 'person:narendra-modi', 'anonymous:us-official', 'state:US', 'state:RU', 'org:g20', 'org:tass']),
    )
    expect(ids(canonicalGraph.events)).toEqual(
      expect.arrayContaining(['event:g20-fm-2023', 'event:g20-finance-2023', 'event:russian-invasion-of-ukraine', 'event:nord-stream-explosions']),
    )
    expect(ids(canonicalGraph.documents)).toEqual([
      'document:g20-fm-2023-joint-communique',
      'document:g20-fm-2023-chair-summary',
      'document:g20-finance-2023-joint-statement',
    ])
  })

  it('holds the facts the article states about the meeting and the grain agreement', () => {
    const meeting = canonicalGraph.meetings[0]!
    expect(meeting.sidelinesOf).toBe('event:g20-fm-2023')
    expect(meeting.duration).toEqual({ value: 'PT10M', bound: 'less-than', text: 'less than 10 minutes' })
    expect(meeting.time?.value).toBe('2023-03-02')
    const grain = canonicalGraph.agreements[0]!
    expect(grain.lifecycle.map((act) => [act.type, act.time.value, act.term?.value])).toEqual([
      ['signed', '2022-07', undefined],
      ['renewed', '2022-11-11~/2022-11-20~', 'P4M'],
      ['expires', '2023-03-18', undefined],
    ])
    expect(grain.parties.map((p) => p.actor)).toEqual(['org:un', 'state:UA', 'state:RU', 'state:TR'])
  })

  it('keeps the article\'s "CASS" as written and notes the usual name', () => {
    const agency = canonicalGraph.actors.find((a) => a.id === 'org:tass')!
    expect(agency.name).toBe('CASS')
    expect(agency.otherNames).toContain('TASS')
  })
})
