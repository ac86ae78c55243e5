// Questions a reader would ask of the three 0.2 stories (an election, a ceasefire, sanctions and the
// answer to them), each answered by the library's queries over the shipped fixtures.
import { describe, expect, it } from 'vitest'
import {
  actorsInRole,
  checkGraph,
  Edtf,
  indexGraph,
  initiatorsOf,
  make,
  nameOf,
  partiesOf,
  positionsOf,
  postHoldersOn,
  quantityBounds,
  resultsOf,
  statementsBy,
  validateGraphReport,
  winnerOf,
} from 'news-codecs'
import type { Graph } from 'news-codecs'
import { euSanctionsRussiaGraph, gazaCeasefireGraph, taiwanElectionGraph } from 'news-codecs/fixtures'
import { fixtureJson } from './support/fixtures.js'

const STORIES: ReadonlyArray<readonly [string, Graph]> = [
  ['taiwan-election-2024', taiwanElectionGraph],
  ['gaza-ceasefire-2025', gazaCeasefireGraph],
  ['eu-sanctions-russia-2024', euSanctionsRussiaGraph],
]

describe.each(STORIES)('%s', (name, graph) => {
  it('is exported as its JSON file', () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(fixtureJson(name))
  })

  it('validates with no issue and no warning', () => {
    const report = validateGraphReport(graph)
    expect(report.result._tag).toBe('Right')
    expect(report.warnings).toEqual([])
    expect(checkGraph(graph)).toEqual([])
  })

  it('is an article of 250 to 450 words with a headline and a date', () => {
    const [article] = graph.articles
    const words = article!.text.split(/\s+/).filter((w) => w.length > 0).length
    expect(words).toBeGreaterThanOrEqual(250)
    expect(words).toBeLessThanOrEqual(450)
    expect(article!.headline).toBeDefined()
    expect(article!.published?.time.value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('Taiwan, 13 January 2024', () => {
  const index = indexGraph(taiwanElectionGraph)
  const [presidential, legislative] = taiwanElectionGraph.votes!

  it('who won the presidency, and with what share?', () => {
    const winner = winnerOf(presidential!)
    expect(winner).toEqual({ _tag: 'Some', value: 'person:lai-ching-te' })
    expect(nameOf('person:lai-ching-te')(index)).toBe('Lai Ching-te')
    expect(resultsOf(presidential!)[0]?.share).toBe(40.05)
  })

  it('how did the candidates finish, in order?', () => {
    expect(resultsOf(presidential!).map(({ candidate, count, share }) => [candidate, count, share])).toEqual([
      ['person:lai-ching-te', 5586019, 40.05],
      ['person:hou-yu-ih', 4671021, 33.49],
      ['person:ko-wen-je', 3690466, 26.46],
    ])
  })

  it('do the candidates’ votes make up the valid votes?', () => {
    const votes = resultsOf(presidential!).reduce((sum, r) => sum + (r.count ?? 0), 0)
    expect(votes).toBe(presidential!.total)
  })

  it('which party is largest in the Legislative Yuan, and does it have a majority of the 113 seats?', () => {
    expect(winnerOf(legislative!)).toEqual({ _tag: 'Some', value: 'org:kuomintang' })
    const largest = resultsOf(legislative!)[0]!
    expect(largest.seats).toBe(52)
    expect(largest.seats! * 2 > 113).toBe(false)
  })

  it('what office did Lai hold on election day?', () => {
    const held = postHoldersOn('Vice President', make(Edtf)('2024-01-13'))(index).map(({ person }) => person.id)
    expect(held).toEqual(['person:lai-ching-te'])
  })

  it('what did Beijing say after the results, and through whom did it reach us?', () => {
    const said = statementsBy('person:chen-binhua')(index)
    expect(said.map((s) => s.id)).toEqual(['statement:chen-dpp-not-mainstream', 'statement:chen-reunification-trend'])
    expect(said[0]!.attribution?.map((step) => step.source)).toEqual(['org:xinhua'])
  })
})

describe('Gaza, 15 January 2025', () => {
  const index = indexGraph(gazaCeasefireGraph)
  const agreement = gazaCeasefireGraph.agreements[0]!

  it('who mediated the ceasefire, and who is bound by it?', () => {
    const byRole = (role: string) => agreement.parties.filter((p) => p.role === role).map((p) => p.actor)
    expect(byRole('mediator')).toEqual(['state:QA', 'state:EG', 'state:US'])
    expect(byRole('party')).toEqual(['state:IL', 'org:hamas'])
    expect(partiesOf(agreement)(index).map((actor) => actor.id)).toHaveLength(5)
  })

  it('who announced it, and in what capacity?', () => {
    const [announcement] = statementsBy('person:mohammed-al-thani')(index)
    expect(announcement?.medium).toBe('press-conference')
    const prime = postHoldersOn('Prime Minister', make(Edtf)('2025-01-15'), 'state:QA')(index)
    expect(prime.map(({ person }) => person.id)).toEqual(['person:mohammed-al-thani'])
  })

  it('how many people had been killed in Gaza, according to whom?', () => {
    const war = gazaCeasefireGraph.events.find((e) => e.id === 'event:israel-hamas-war')!
    const [toll] = war.quantities!
    expect(toll!.accordingTo).toBe('org:gaza-health-ministry')
    expect(quantityBounds(toll!)).toEqual([46000, Infinity])
  })

  it('has the ceasefire begun?', () => {
    const truce = gazaCeasefireGraph.events.find((e) => e.id === 'event:gaza-ceasefire-2025')!
    expect(truce.realis).toBe('hypothetical')
    expect(truce.time?.value).toBe('2025-01-19')
  })

  it('who said Hamas had accepted the draft, and why are they not named?', () => {
    const source = gazaCeasefireGraph.actors.find((a) => a.id === 'anonymous:officials-briefed-on-talks')!
    expect(source.kind === 'anonymous' && source.anonymityReason).toBe('speaking on condition of anonymity')
    expect(positionsOf('org:hamas')(index).map((p) => p.accordingTo)).toContain('anonymous:officials-briefed-on-talks')
  })
})

describe('EU sanctions and Russia’s answer, June 2024', () => {
  const index = indexGraph(euSanctionsRussiaGraph)
  const eventById = (id: string) => euSanctionsRussiaGraph.events.find((e) => e.id === id)!

  it('how did Russia answer, and how is that act coded?', () => {
    const answer = eventById('event:russia-blocks-eu-media')
    expect(answer.type).toEqual({ scheme: 'cameo', code: '172' })
    expect(answer.quantities?.map(quantityBounds)).toEqual([[81, 81]])
    expect(answer.causedBy).toEqual(['event:eu-ban-on-russian-outlets'])
  })

  it('what did the sanctions do, and how is the package coded?', () => {
    const sanctions = eventById('event:eu-14th-sanctions-package')
    expect(sanctions.type).toEqual({ scheme: 'plover', code: 'SANCTION' })
    expect(sanctions.quantities?.map((q) => q.kind === 'value' && [q.bound, q.value])).toEqual([
      ['more-than', 100],
      ['exactly', 9],
    ])
  })

  it('what does Moscow want in return for lifting its block?', () => {
    const demands = positionsOf('state:RU')(index).filter((p) => p.stance === 'demands')
    expect(demands.map((p) => p.target.kind === 'proposition' && p.target.text)).toEqual(['The EU lifts its restrictions on Russian media.'])
  })

  it('who says Germany held up the package, and how sure is it?', () => {
    const [held] = positionsOf('state:DE')(index)
    expect(held?.accordingTo).toBe('anonymous:eu-diplomats')
    expect(held?.certainty).toBe('probable')
  })
})

describe('who acted on whom, in the stories', () => {
  it('the sanctions are the EU Council’s on Russia, and the media block Russia’s on the EU outlets', () => {
    const index = indexGraph(euSanctionsRussiaGraph)
    expect(initiatorsOf('event:eu-14th-sanctions-package')(index)).toEqual(['org:council-of-the-eu'])
    expect(actorsInRole('target')('event:eu-14th-sanctions-package')(index)).toEqual(['state:RU'])
    expect(initiatorsOf('event:russia-blocks-eu-media')(index)).toEqual(['state:RU'])
  })

  it('the attack of 7 October is Hamas’s on Israel, and the agreement is a ceasefire', () => {
    expect(initiatorsOf('event:october-7-attack')(indexGraph(gazaCeasefireGraph))).toEqual(['org:hamas'])
    expect(gazaCeasefireGraph.agreements[0]?.category).toBe('ceasefire')
  })
})
