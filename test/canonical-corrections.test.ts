// The canonical graph says what the article says, no more and no less: each test below quotes the words it
// rests on (fixtures/canonical-article.txt).
import { describe, expect, it } from 'vitest'
import { contradictionsOf, Edtf, indexGraph, lookupActor, quotesBy } from 'news-codecs'
import type { Actor, Event, Statement, Time } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

const index = indexGraph(canonicalGraph)
const actor = (id: string): Actor | undefined => O.toUndefined(pipe(index, lookupActor(id)))
const event = (id: string): Event | undefined => canonicalGraph.events.find((e) => e.id === id)
const statement = (id: string): Statement | undefined => canonicalGraph.statements.find((s) => s.id === id)
const position = (id: string) => canonicalGraph.positions.find((p) => p.id === id)

/** Every Time in a value, with the record it belongs to and the evidence quotes of the part that holds it. */
const timesIn = (value: unknown): Time[] => {
  if (Array.isArray(value)) return value.flatMap(timesIn)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) => (key === 'time' || key === 'published' ? [v as Time, ...timesIn(v)] : timesIn(v))).filter((t) => typeof t?.value === 'string')
}
const quotesIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(quotesIn)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) => (key === 'quote' && typeof v === 'string' ? [v] : quotesIn(v)))
}

describe('"the Swedish, Danish and German authorities"', () => {
  it('each investigation is carried out by a government body of its state, not by the state', () => {
    const byInvestigation = (['sweden', 'denmark', 'germany'] as const).map((slug) => {
      const organizers = event(`event:nord-stream-investigation-${slug}`)?.organizers ?? []
      return organizers.map((id) => {
        const body = actor(id)
        return body?.kind === 'organization' ? [body.type, body.partOf] : [body?.kind]
      })
    })
    expect(byInvestigation).toEqual([[['government-body', 'state:SE']], [['government-body', 'state:DK']], [['government-body', 'state:DE']]])
  })
})

describe('Modi "said earlier in a pre-recorded statement at the opening of the meeting"', () => {
  const address = canonicalGraph.events.find((e) => e.type === 'speech')

  it('the address is a speech event of Modi at the opening of the New Delhi meeting, on its day', () => {
    expect(address?.participants).toEqual(['person:narendra-modi'])
    expect(address?.partOf).toBe('event:g20-fm-2023')
    expect(address?.place).toBe('place:new-delhi')
    expect(address?.time?.value).toBe('2023-03-02')
  })
  it('his words are statements made on that occasion, through a pre-recorded address', () => {
    const said = canonicalGraph.statements.filter((s) => s.speakers.some((id) => id === 'person:narendra-modi'))
    expect(said.length).toBe(3)
    expect(said.map((s) => [s.occasion, s.medium])).toEqual(said.map(() => [address?.id, 'pre-recorded-address']))
    expect(pipe(index, quotesBy('person:narendra-modi')).length).toBe(2)
  })
})

describe('“unanimously rejected attempts to interfere...”, "according to a statement from Russian diplomacy"', () => {
  const words = canonicalGraph.statements.find((s) =>
    s.content.kind === 'paraphrase' && (s.content.fragments ?? []).some((f) => f.text.startsWith('unanimously rejected attempts to interfere')),
  )

  it('are the Russian foreign ministry’s official statement, attributed to it', () => {
    expect(words?.speakers).toEqual(['org:mfa-russia'])
    expect(words?.medium).toBe('official-statement')
    expect(words?.attribution?.map((step) => [step.source, step.text])).toEqual([['org:mfa-russia', 'according to a statement from Russian diplomacy']])
  })
  it('say nothing the article does not about when the ministry spoke', () => {
    expect(words?.time).toBeUndefined()
    expect(words?.occasion).toBeUndefined()
  })
  it('speak for the ministry and show the rejection by Qin and Lavrov on its word', () => {
    expect(words?.speakers).not.toContain('person:sergei-lavrov')
    const rejection = position('position:qin-lavrov-reject-interference')
    expect(rejection?.holders).toEqual(['person:qin-gang', 'person:sergei-lavrov'])
    expect(rejection?.accordingTo).toBe('org:mfa-russia')
    expect(rejection?.basis).toEqual([{ kind: 'statement', statement: words?.id }])
  })
})

describe('"Western countries and Russia blame each other for these explosions"', () => {
  it('is an accusation by each side, about the explosions, and each side’s position rests on its own', () => {
    const accusations = canonicalGraph.statements.filter((s) => s.speechAct === 'accusation' && (s.about ?? []).some((id) => id === 'event:nord-stream-explosions'))
    expect(accusations.map((s) => s.speakers).sort()).toEqual([['group:western-countries'], ['state:RU']])
    for (const id of ['position:west-blames-russia-for-explosions', 'position:russia-blames-west-for-explosions']) {
      const blame = position(id)!
      const [basis] = blame.basis
      expect(basis?.kind).toBe('statement')
      const spoken = basis?.kind === 'statement' ? statement(basis.statement) : undefined
      expect(spoken?.speakers).toEqual(blame.holders)
    }
  })
})

describe('"On Thursday, China again joined Russia in refusing to sign": the finance ministers’ text', () => {
  const finance = canonicalGraph.documents.find((d) => d.id === 'document:g20-finance-2023-joint-statement')!
  const refusal = position('position:china-russia-refuse-finance-statement')!

  it('the document lists no refusers: the article says only that the ministers "were unable to agree"', () => {
    expect(finance.refusers).toBeUndefined()
    expect(quotesIn(finance.evidence)).not.toContain('again joined Russia in refusing to sign')
  })
  it('their refusal is a probable position read from "again", not an act the article records', () => {
    expect(refusal.certainty).toBe('probable')
    expect(refusal.basis.map((b) => b.kind)).toEqual(['report'])
    expect(quotesIn(refusal.basis)).toContain('again')
  })
})

describe('"last week" and "over the past year"', () => {
  const approximate = (time: Time | undefined): boolean => time !== undefined && Edtf.is(time.value) && /[~?]/.test(time.value)

  it('keep their uncertainty: approximate ends, the words as written, resolved against when the article was written', () => {
    const lastWeek = event('event:g20-finance-2023')?.time
    const pastYear = canonicalGraph.relations.find((r) => r.id === 'relation:india-russia-oil-imports')?.time
    expect([approximate(lastWeek), lastWeek?.text]).toEqual([true, 'last week'])
    expect([approximate(pastYear), pastYear?.text]).toEqual([true, 'over the past year'])
    expect([lastWeek?.resolvedAgainst?.record, pastYear?.resolvedAgainst?.record]).toEqual(['article:g20-blinken-lavrov-2023', 'article:g20-blinken-lavrov-2023'])
  })
})

describe('times the article does not give', () => {
  it('the chair’s summary has no release time, and no time is resolved against its release', () => {
    const summary = canonicalGraph.documents.find((d) => d.id === 'document:g20-fm-2023-chair-summary')!
    expect(summary.time).toBeUndefined()
    expect(timesIn(canonicalGraph).filter((t) => t.resolvedAgainst?.record === summary.id)).toEqual([])
  })
  it('every start of office comes from an outside source that says it covers it: the article does not say when anyone took office', () => {
    const posts = canonicalGraph.actors.flatMap((a) => (a.kind === 'person' ? (a.posts ?? []) : []))
    const dated = posts.filter((p) => p.from !== undefined || p.to !== undefined)
    expect(dated.length).toBeGreaterThan(0)
    const covered = (p: (typeof posts)[number], field: 'from' | 'to') =>
      p[field] === undefined || (p.sources ?? []).some((s) => s.url !== undefined && s.retrieved !== undefined && (s.covers ?? [field]).some((f) => f === field))
    expect(dated.filter((p) => !covered(p, 'from') || !covered(p, 'to')).map((p) => p.office)).toEqual([])
    // The article's own words for the posts hold no date.
    expect(dated.flatMap((p) => p.evidence ?? []).filter((e) => /\d{4}/.test(e.quote))).toEqual([])
  })
  it('a time’s words as written are in the evidence of the fact it dates (a time taken from an occasion has none)', () => {
    type Dated = { readonly id: string; readonly time?: Time; readonly evidence?: ReadonlyArray<{ readonly quote: string }> }
    const dated: ReadonlyArray<Dated> = [
      ...canonicalGraph.events,
      ...canonicalGraph.meetings,
      ...canonicalGraph.documents,
      ...canonicalGraph.statements,
      ...canonicalGraph.positions,
      ...canonicalGraph.relations,
    ]
    const unwritten = dated
      .filter((r) => r.time?.text !== undefined && !(r.evidence ?? []).some((e) => e.quote.toLowerCase().includes(r.time!.text!.toLowerCase())))
      .map((r) => r.id)
    expect(unwritten).toEqual([])
  })
})

describe('further readings the article does not support', () => {
  it('"the Russian diplomat" is a mention of Lavrov, not a name of his post', () => {
    const lavrov = actor('person:sergei-lavrov')
    const postNames = lavrov?.kind === 'person' ? (lavrov.posts ?? []).flatMap((p) => p.otherNames ?? []) : []
    expect(postNames).toEqual(['head of Russian diplomacy'])
  })
  it('the war’s start is resolved against the invasion of February 24, the only date the article gives for it', () => {
    expect(event('event:war-in-ukraine')?.time?.resolvedAgainst?.record).toBe('event:russian-invasion-of-ukraine')
  })
  it('the investigations have no stated start: the month of the explosions is marked uncertain', () => {
    const starts = canonicalGraph.events.filter((e) => e.type === 'investigation').map((e) => e.time?.value)
    expect(starts).toEqual(['2022-09?/..', '2022-09?/..', '2022-09?/..'])
  })
})

describe('"The day before, Antony Blinken had however assured not to plan any such meeting"', () => {
  it('the meeting contradicts his statement, and the query finds it from either side', () => {
    const meeting = canonicalGraph.meetings.find((m) => m.id === 'meeting:blinken-lavrov-2023-03-02')!
    expect(meeting.contradicts).toEqual(['statement:blinken-no-meeting-planned'])
    const found = contradictionsOf('statement:blinken-no-meeting-planned')(indexGraph(canonicalGraph))
    expect(found.contradictedBy.map((fact) => fact.record.id)).toEqual(['meeting:blinken-lavrov-2023-03-02'])
  })
})
