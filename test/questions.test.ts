// The reader's questions on the canonical article, one or two calls each. Every expected answer below is
// written from the article text (fixtures/canonical-article.txt), quoted in the comments.
import { describe, expect, it } from 'vitest'
import { Edtf } from 'news-codecs'
import {
  agreementsInForceOn,
  answerQuestions,
  answersText,
  chronology,
  eventsInOrder,
  expiringWithin,
  factsSupportedBy,
  indexGraph,
  lastMeetingBetween,
  locateQuote,
  lookupFact,
  objectionsTo,
  partiesOf,
  postHoldersOn,
  quotesBy,
  refusersOf,
  statusOn,
} from 'news-codecs'
import { canonicalArticleText, canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

const index = indexGraph(canonicalGraph)
const article = canonicalGraph.articles[0]!
const BLINKEN = 'person:antony-blinken'
const LAVROV = 'person:sergei-lavrov'
const names = (ids: ReadonlyArray<string>): string[] => ids.map((id) => canonicalGraph.actors.find((a) => a.id === id)?.name ?? id)
const quotesOf = (evidence: ReadonlyArray<{ quote: string }>): string[] => evidence.map((e) => e.quote)
/** Every evidence quote must be the article's text at its span. */
const inArticle = (evidence: ReadonlyArray<{ start: number; end: number; quote: string }>): boolean =>
  evidence.length > 0 && evidence.every((e) => Array.from(canonicalArticleText).slice(e.start, e.end).join('') === e.quote)

describe('1. When did Blinken and Lavrov last meet in person before the New Delhi meeting?', () => {
  // "Their previous one-on-one meeting dated back to January 2022, a few weeks before the Russian invasion
  // of Ukraine on February 24. However, they had since discussed on the phone" — the phone calls are not
  // in person, so the answer is January 2022.
  const newDelhi = pipe(index, lookupFact('meeting:blinken-lavrov-2023-03-02'), O.chain((f) => (f.kind === 'meeting' ? O.fromNullable(f.record.time) : O.none)))
  const answer = pipe(
    newDelhi,
    O.chain((time) => pipe(index, lastMeetingBetween(BLINKEN, LAVROV, { before: time.value, channel: 'in-person' }))),
  )

  it('is January 2022, in person, with the sentence that says so', () => {
    expect(O.isSome(answer)).toBe(true)
    const meeting = O.toNullable(answer)!
    expect(meeting.time?.value).toBe('2022-01')
    expect(meeting.channel).toBe('in-person')
    expect([...meeting.participants].sort()).toEqual([BLINKEN, LAVROV])
    expect(quotesOf(meeting.evidence!).join(' ')).toContain('January 2022')
    expect(inArticle(meeting.evidence!)).toBe(true)
  })
  it('is the phone contact when any channel counts ("they had since discussed on the phone")', () => {
    const anyChannel = pipe(index, lastMeetingBetween(BLINKEN, LAVROV, { before: '2023-03-02' as Edtf }))
    expect(pipe(anyChannel, O.map((m) => m.channel), O.toNullable)).toBe('phone')
  })
})

describe('2. Which agreements are in force on the meeting day, which expire within 30 days, their parties and status on 2023-03-20?', () => {
  // "the agreement on Ukrainian grain exports, which expires this month. This agreement sealed in July 2022
  // between the UN, Ukraine, Russia and Turkey ... It was renewed in mid-November for the four winter
  // months and expires on March 18." The meeting is on Thursday 2 March 2023.
  const day = '2023-03-02' as Edtf
  const inForce = pipe(index, agreementsInForceOn(day))

  it('the grain deal alone is in force on 2 March 2023', () => {
    expect(inForce.map((a) => a.agreement.name)).toEqual(['Black Sea Grain Initiative'])
  })
  it('and it expires within 30 days, on March 18', () => {
    const expiring = pipe(index, expiringWithin(day, 30))
    expect(expiring.map((a) => a.agreement.name)).toEqual(['Black Sea Grain Initiative'])
    const expiry = O.toNullable(expiring[0]!.status.expires)!
    expect(expiry.time.value).toBe('2023-03-18')
    expect(quotesOf(expiry.evidence!)).toContain('expires on March 18')
    expect(pipe(index, expiringWithin(day, 10))).toEqual([])
  })
  it('its parties are the UN, Ukraine, Russia and Turkey', () => {
    const parties = pipe(index, partiesOf(inForce[0]!.agreement))
    expect(parties.map((p) => pipe(p.actor, O.map((a) => a.name), O.getOrElse(() => p.id))).sort()).toEqual(['Russia', 'Turkey', 'Ukraine', 'United Nations'])
    expect(parties.every((p) => inArticle(p.evidence))).toBe(true)
  })
  it('on 2023-03-20 it has expired: the article records no renewal after March 18', () => {
    const later = statusOn('2023-03-20' as Edtf)(inForce[0]!.agreement)
    expect(later.status).toBe('expired')
    expect(pipe(later.since, O.map((act) => act.type), O.toNullable)).toBe('expires')
    // On March 18 itself it is still in force; in August 2022 it was, after the July signing.
    expect(statusOn('2023-03-18' as Edtf)(inForce[0]!.agreement).status).toBe('in-force')
    expect(statusOn('2022-08-15' as Edtf)(inForce[0]!.agreement).status).toBe('in-force')
    expect(statusOn('2022-06-30' as Edtf)(inForce[0]!.agreement).status).toBe('not-signed')
  })
})

describe('3. Who refused to sign the joint text, and which paragraph did they object to?', () => {
  // "On Thursday, China again joined Russia in refusing to sign the joint communiqué ... Both countries have
  // signaled their opposition to a paragraph demanding “Russia’s complete and unconditional withdrawal from
  // the territory of Ukraine”"
  const communique = 'document:g20-fm-2023-joint-communique'

  it('China and Russia refused, with the sentence that says so', () => {
    const refusers = pipe(index, refusersOf(communique))
    expect(names(refusers.map((r) => r.actor)).sort()).toEqual(['China', 'Russia'])
    for (const r of refusers) {
      expect(quotesOf(r.evidence).join(' ')).toContain('refusing to sign the joint communiqué')
      expect(inArticle(r.evidence)).toBe(true)
    }
  })
  it('they objected to the paragraph demanding Russia’s complete and unconditional withdrawal', () => {
    const objections = pipe(index, objectionsTo(communique))
    expect(objections).toHaveLength(1)
    expect(objections[0]!.paragraph.text).toContain('Russia’s complete and unconditional withdrawal from the territory of Ukraine')
    expect(names(objections[0]!.holders).sort()).toEqual(['China', 'Russia'])
    expect(quotesOf(objections[0]!.evidence).join(' ')).toContain('opposition to a paragraph')
  })
  it('an unknown document has no refusers and no objections', () => {
    expect(pipe(index, refusersOf('document:none'))).toEqual([])
    expect(pipe(index, objectionsTo('document:none'))).toEqual([])
  })
})

describe('4. What did Modi say, word for word, and through which medium?', () => {
  // "“We must all recognize that multilateralism is in crisis today,” Indian Prime Minister Narendra Modi
  // said earlier in a pre-recorded statement ... “The experience of recent years – financial crisis, climate
  // change, pandemic, terrorism and war – clearly shows that global governance has failed,” he said,
  // calling on the G20 to come together" — the call is reported speech, not his words.
  it('two quotes, in reading order, through a pre-recorded statement', () => {
    const quotes = pipe(index, quotesBy('person:narendra-modi'))
    expect(quotes.map((q) => q.text)).toEqual([
      'We must all recognize that multilateralism is in crisis today',
      'The experience of recent years – financial crisis, climate change, pandemic, terrorism and war – clearly shows that global governance has failed',
    ])
    expect(quotes.map((q) => O.toNullable(q.medium))).toEqual(['pre-recorded-address', 'pre-recorded-address'])
    expect(quotes.every((q) => q.kind === 'quote' && inArticle([q.evidence]))).toBe(true)
  })
})

describe('5. Every event in order, oldest first, with mixed precision', () => {
  it('events: the invasion (February 24), the war since, the explosions (September), the investigations, last week’s finance meeting, Thursday’s meeting and Modi’s address at its opening', () => {
    expect(eventsInOrder(index).map((e) => e.id)).toEqual([
      'event:russian-invasion-of-ukraine',
      'event:war-in-ukraine',
      'event:nord-stream-explosions',
      'event:nord-stream-investigation-sweden',
      'event:nord-stream-investigation-denmark',
      'event:nord-stream-investigation-germany',
      'event:g20-finance-2023',
      'event:g20-fm-2023',
      'event:modi-opening-address',
    ])
  })
  it('every dated fact: January 2022 before February 24, July 2022 before September, mid-November before last week, the day before before Thursday, before March 18', () => {
    const order = chronology(index)
    const firstAt = (id: string, path?: string): number =>
      order.findIndex((d) => d.fact.record.id === id && (path === undefined || d.path.join('.') === path))
    const sequence = [
      firstAt('meeting:blinken-lavrov-2022-01'), // January 2022
      firstAt('event:russian-invasion-of-ukraine'), // February 24
      firstAt('agreement:black-sea-grain-initiative', 'lifecycle.0.time'), // sealed in July 2022
      firstAt('event:nord-stream-explosions'), // in September
      firstAt('agreement:black-sea-grain-initiative', 'lifecycle.1.time'), // renewed in mid-November
      firstAt('event:g20-finance-2023'), // last week's meeting of finance ministers
      firstAt('statement:blinken-no-meeting-planned'), // The day before
      firstAt('meeting:blinken-lavrov-2023-03-02'), // Thursday
      firstAt('agreement:black-sea-grain-initiative', 'lifecycle.2.time'), // expires on March 18
    ]
    expect(sequence.every((i) => i >= 0)).toBe(true)
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b))
  })
})

describe('6. Which facts does a given sentence support?', () => {
  it('“It was renewed in mid-November for the four winter months and expires on March 18.” supports the grain deal’s renewal and expiry', () => {
    const span = O.toNullable(locateQuote(article.text, 'It was renewed in mid-November for the four winter months and expires on March 18.'))!
    const supports = pipe(index, factsSupportedBy(article.id, span.start, span.end))
    expect(supports.map((s) => s.fact.record.id)).toEqual(['agreement:black-sea-grain-initiative'])
    const agreement = canonicalGraph.agreements[0]!
    const acts = supports[0]!.evidence.map((e) => agreement.lifecycle[e.path[1] as number]?.type)
    expect(acts).toEqual(['renewed', 'expires'])
  })
  it('“Mr Blinken wanted to “send this message directly” to his Russian counterpart, the official argued.” supports what the US official said', () => {
    const span = O.toNullable(locateQuote(article.text, 'Mr Blinken wanted to “send this message directly” to his Russian counterpart, the official argued.'))!
    const ids = pipe(index, factsSupportedBy(article.id, span.start, span.end)).map((s) => s.fact.record.id)
    expect(ids).toContain('statement:us-official-message-directly')
  })
})

describe('other reader questions', () => {
  it('“The head of American diplomacy” on 2 March 2023 is Antony Blinken', () => {
    expect(pipe(index, postHoldersOn('head of American diplomacy', '2023-03-02' as Edtf)).map((h) => h.person.name)).toEqual(['Antony Blinken'])
    // The article does not say when he took office; an outside source does, and the post says which source.
    const [holder] = pipe(index, postHoldersOn('head of American diplomacy', '2021-01-26' as Edtf))
    expect(holder?.post.from).toBe('2021-01-26')
    expect(holder?.post.sources?.map((s) => s.covers)).toEqual([['from']])
    expect(pipe(index, postHoldersOn('head of American diplomacy', '2019' as Edtf))).toEqual([])
  })
  it('the rendered answers name each answer and quote its evidence', () => {
    const text = answersText(canonicalGraph, canonicalQuestions)
    expect(text).toContain('Antony Blinken and Sergei Lavrov met in person in January 2022.')
    expect(text).toContain('“expires on March 18”')
    expect(text).toContain('“We must all recognize that multilateralism is in crisis today”')
    const answers = answerQuestions(canonicalQuestions)(index)
    expect(O.isSome(answers.lastMeeting) && O.isSome(answers.sentence)).toBe(true)
    // The questions' date is a valid EDTF value (it is written as a literal with the fixtures).
    expect(Edtf.is(canonicalQuestions.agreements.statusOn)).toBe(true)
  })
})
