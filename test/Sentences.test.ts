// The sentence of each kind of fact, read as English: names for ids, agreement of verbs, lists, negation,
// certainty, inference, a position's object, meetings that did not happen, and times as written and resolved.
import { describe, expect, it } from 'vitest'
import { describeFact, edtfWords, factSentences, Graph, listOf, make, termWords, timeWords } from 'news-codecs'
import type { Time } from 'news-codecs'
import { canonicalGraph, trumpPutinCallGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'

const canonical = describeFact(canonicalGraph)
const said = (id: string): string => {
  const sentence = canonical(id)
  expect(sentence, id).toBeDefined()
  return sentence ?? ''
}

/** The sample graph with its first meeting changed, decoded so the change is a valid graph. */
const withMeeting = (change: Record<string, unknown>): Graph => {
  const g = sampleGraphJson()
  g.meetings[0] = { ...g.meetings[0], ...change }
  return make(Graph)(g)
}
const meetingSentence = (graph: Graph): string => describeFact(graph)(graph.meetings[0]!.id) ?? ''

describe('lists and agreement', () => {
  it('joins one, two and more names as English does', () => {
    expect(listOf([])).toBe('')
    expect(listOf(['China'])).toBe('China')
    expect(listOf(['China', 'Russia'])).toBe('China and Russia')
    expect(listOf(['the United Nations', 'Ukraine', 'Russia', 'Turkey'])).toBe('the United Nations, Ukraine, Russia and Turkey')
  })

  it('a verb agrees with its subject: "China and Russia oppose", "Sergei Lavrov opposes"', () => {
    expect(said('position:china-russia-oppose-withdrawal-paragraph')).toMatch(/^China and Russia oppose the paragraph /)
    expect(said('position:lavrov-against-western-delegations')).toMatch(/^Sergei Lavrov opposes /)
    expect(said('position:west-blames-russia-for-explosions')).toMatch(/^Western countries support /)
    expect(said('position:russia-blames-west-for-explosions')).toMatch(/^Russia supports /)
  })

  it('names stand in for ids, with the article English gives them', () => {
    expect(said('agreement:black-sea-grain-initiative')).toBe(
      'The Black Sea Grain Initiative was signed by the United Nations, Ukraine, Russia and Turkey; its purpose: Ukrainian grain exports; it has made it possible to limit the serious global food crisis caused by Russia’s invasion of Ukraine.',
    )
    expect(said('relation:india-chairs-g20-2023')).toBe('India chairs the G20 this year (resolved: 2023).')
  })

  it('a reference the graph lacks reads as English, never as an id', () => {
    const g = sampleGraphJson()
    g.actors = g.actors.filter((actor: { id: string }) => actor.id !== g.meetings[0].participants[1])
    const sentence = describeFact(g as Graph)(g.meetings[0].id) ?? ''
    expect(sentence).toContain('an actor the graph does not name')
    expect(sentence).not.toContain(String(g.meetings[0].participants[1]))
  })
})

describe('the object of a position', () => {
  it('is always said', () => {
    expect(said('position:us-supports-ukraine')).toBe('The United States supports Ukraine on 2 March 2023.')
    expect(said('position:china-russia-refuse-fm-communique')).toBe(
      "China and Russia refused to sign the joint communiqué of the G20 foreign ministers' meeting on Thursday (resolved: 2 March 2023).",
    )
    expect(said('position:west-blames-russia-for-explosions')).toBe('Western countries support the view that Russia is responsible for the Nord Stream explosions.')
    for (const position of canonicalGraph.positions) {
      expect(said(position.id), position.id).toMatch(/(?:supports?|opposes?|call for|demands?|rejects?|neutral on|abstains? on|refused to sign) \S+ \S+/)
    }
  })
})

describe('negation, certainty and inference', () => {
  it('an act not done is said as not done: "India has not condemned ..."', () => {
    expect(said('position:india-has-not-condemned-invasion')).toBe(
      'India is neutral on the Russian invasion of Ukraine and has not condemned the invasion of Ukraine.',
    )
    const entry = factSentences(canonicalGraph).find((s) => s.id === 'position:india-has-not-condemned-invasion')
    expect(entry?.marks).toContain('negated')
  })

  it('a probable position says "probably", a possible one "possibly"', () => {
    expect(said('position:china-russia-refuse-finance-statement')).toMatch(/^China and Russia probably refused to sign the joint statement/)
    const possible = factSentences(trumpPutinCallGraph).filter((s) => s.marks.includes('possible'))
    expect(possible.length).toBeGreaterThan(0)
    for (const entry of possible) expect(entry.sentence).toContain('possibly')
  })

  it('a document not adopted says so', () => {
    expect(said('document:g20-fm-2023-joint-communique')).toMatch(/was not adopted on Thursday \(resolved: 2 March 2023\); China and Russia refused to sign it\.$/)
  })

  it('a fact that rests on inferences alone is marked "(inferred)"', () => {
    const g = sampleGraphJson()
    const { evidence, ...meeting } = g.meetings[0]
    void evidence
    g.meetings[0] = { ...meeting, inferences: [{ from: [g.statements[0].id], rule: 'said-at-meeting' }] }
    const graph = make(Graph)(g)
    expect(meetingSentence(graph)).toMatch(/ \(inferred\)\.$/)
    expect(factSentences(graph).find((s) => s.id === graph.meetings[0]!.id)?.marks).toContain('inferred')
    expect(meetingSentence(make(Graph)(sampleGraphJson()))).not.toContain('inferred')
  })
})

describe('a meeting that did not happen says so', () => {
  it('a denied meeting did not take place', () => {
    expect(meetingSentence(withMeeting({ realis: 'negated' }))).toMatch(/^Ana Silva and Kenji Sato did not meet in person /)
  })
  it('a planned one was to take place', () => {
    expect(meetingSentence(withMeeting({ realis: 'hypothetical' }))).toMatch(/^Ana Silva and Kenji Sato were to meet in person /)
  })
  it('a cancelled one did not take place, and says it was cancelled', () => {
    const sentence = meetingSentence(withMeeting({ schedule: [{ status: 'cancelled', reason: 'the minister fell ill', evidence: sampleGraphJson().meetings[0].evidence }] }))
    expect(sentence).toMatch(/^Ana Silva and Kenji Sato did not meet in person: /)
    expect(sentence).toContain('was cancelled (the minister fell ill)')
  })
  it('a postponed one says it was postponed', () => {
    const graph = withMeeting({ schedule: [{ status: 'postponed', newTime: { value: '2024-06' }, evidence: sampleGraphJson().meetings[0].evidence }] })
    expect(meetingSentence(graph)).toContain('was postponed to June 2024')
    expect(factSentences(graph).find((s) => s.id === graph.meetings[0]!.id)?.marks).toEqual(['postponed'])
  })
  it('one that happened does not say any of it', () => {
    expect(meetingSentence(make(Graph)(sampleGraphJson()))).toMatch(/^Ana Silva and Kenji Sato met in person in Lisbon /)
  })
})

describe('time, as written and as resolved', () => {
  it('gives a resolved value with its precision and qualifiers', () => {
    expect(edtfWords('2023-03-02')).toBe('on 2 March 2023')
    expect(edtfWords('2023-03')).toBe('in March 2023')
    expect(edtfWords('2023')).toBe('in 2023')
    expect(edtfWords('2022~')).toBe('around 2022')
    expect(edtfWords('2022-09?')).toBe('probably in September 2022')
    expect(edtfWords('2022-02-24/..')).toBe('since 24 February 2022')
    expect(edtfWords('../2024-01-12')).toBe('until 12 January 2024')
    expect(edtfWords('2023-02-20~/2023-02-26~')).toBe('from around 20 February 2023 to around 26 February 2023')
  })
  it('gives the words as written and what they were resolved to', () => {
    expect(timeWords({ value: '2023-03-31', text: 'by the end of the month' } as Time)).toBe('by the end of the month (resolved: 31 March 2023)')
    expect(timeWords({ value: '2023-03-02', text: 'Thursday' } as Time)).toBe('on Thursday (resolved: 2 March 2023)')
    expect(timeWords({ value: '2022-01', text: 'January 2022' } as Time)).toBe('in January 2022')
    expect(said('statement:blinken-no-meeting-planned')).toContain('the day before (resolved: 1 March 2023)')
    expect(said('agreement:black-sea-grain-initiative')).not.toContain('resolved')
  })
})

describe('coded values', () => {
  it('are written by the names their code lists give them, never as scheme:code', () => {
    expect(termWords({ scheme: 'cameo', code: '051' })).toBe('engage in diplomatic cooperation (CAMEO 051)')
    expect(termWords('refuses-to-sign')).toBe('refuses to sign')
    expect(termWords({ scheme: 'my-scheme', code: 'X1' })).toBe('code X1 of the my scheme scheme')
  })
})

describe('describeFact', () => {
  it('gives the sentence of a fact by its id, and undefined for an id the graph does not hold', () => {
    expect(canonical('meeting:blinken-lavrov-2022-01')).toBe('Antony Blinken and Sergei Lavrov met in person in January 2022.')
    expect(canonical('meeting:none')).toBeUndefined()
    expect(canonical('state:RU')).toBeUndefined()
  })
  it('gives each fact of factSentences the same sentence', () => {
    for (const entry of factSentences(canonicalGraph)) {
      if (entry.id !== 'agreement:black-sea-grain-initiative' || entry.time === undefined) expect(canonical(entry.id)).toBe(entry.sentence)
    }
  })
})
