/**
 * A synthetic graph generator for tests and benchmarks: valid (`validateGraph` accepts what it makes),
 * deterministic (the same seed gives the same graph) and sized by its number of facts (events, meetings,
 * agreements, documents, statements, positions and relations together).
 *
 * Each fact gets a sentence in an article (one article per 1,000 facts) and its evidence is that sentence,
 * so spans and quotes check. Times are spread over 2000–2024 with mixed precision: mostly days, some
 * months and years, some `~` and `?`, some closed intervals and about 1 in 55 open-ended ones.
 */
import type { Graph } from '../src/index.js'
import { addDuration } from '../src/index.js'

/** Options for {@link generateGraph}. */
export interface GenerateOptions {
  /** How many facts to make (events + meetings + agreements + documents + statements + positions + relations). */
  readonly facts: number
  /** The seed: the same seed and size give the same graph. */
  readonly seed?: number
  /** Facts per article (default 1,000). */
  readonly factsPerArticle?: number
}

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
const random = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = 'US RU CN IN UA TR FR DE GB JP BR ZA SE DK NO PL IT ES MX CA AU ID SA EG NG KR AR'.split(' ')
const CHANNELS = ['in-person', 'phone', 'video', 'written'] as const
const STANCES = ['supports', 'opposes', 'demands', 'rejects', 'neutral', 'abstains'] as const
const EVENT_TYPES = ['conference', 'summit', 'attack', 'explosion', 'investigation', 'crisis', 'election'] as const
const ACTS = ['claim', 'demand', 'appeal', 'accusation', 'rejection', 'denial', 'assurance'] as const
const MEDIA = ['press-conference', 'official-statement', 'interview', 'news-agency-report', 'speech'] as const

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const isoDay = (ms: number): string => {
  const d = new Date(ms)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

const START = Date.UTC(2000, 0, 1)
const DAYS = 25 * 365
const DAY = 86_400_000
/**
 * The share of times that are open-ended intervals (`2019-05-01/..`): 1 in 55. An open-ended entry
 * overlaps every later day, so this share sets how much a date lookup returns at scale. (The story
 * fixtures have more, 10 of their 99 times, but they are few and picked to show every kind of time.)
 */
export const OPEN_ENDED = 1 / 55

/**
 * Makes a valid synthetic graph of `facts` facts.
 *
 * @example
 * const graph = generateGraph({ facts: 1000, seed: 7 })
 * validateGraph(graph) // right(graph)
 */
export const generateGraph = ({ facts, seed = 1, factsPerArticle = 1000 }: GenerateOptions): Graph => {
  const rand = random(seed)
  const int = (n: number): number => Math.floor(rand() * n)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[int(xs.length)]!

  // Actors: about one per 20 facts, at least 12; persons, states and organizations.
  const actorCount = Math.max(12, Math.ceil(facts / 20))
  const actors: any[] = []
  for (let i = 0; i < actorCount; i++) {
    const r = i % 10
    if (r < 6) actors.push({ kind: 'person', id: `person:${i}`, name: `Person ${i}` })
    else if (r < 9) {
      const code = COUNTRIES[i % COUNTRIES.length]!
      actors.push({ kind: 'state', id: `state:${i}`, name: `State ${i}`, countryCode: code })
    } else actors.push({ kind: 'organization', id: `organization:${i}`, name: `Organization ${i}`, type: 'intergovernmental' })
  }
  // Skewed choice, as in news: a few actors appear in many facts.
  const actor = (): string => actors[Math.floor(actorCount * rand() ** 2)]!.id
  const distinctActors = (n: number): string[] => {
    const chosen = new Set<string>()
    while (chosen.size < n) chosen.add(chosen.size === 0 ? actor() : actors[int(actorCount)]!.id)
    return [...chosen]
  }

  const time = (): { value: string } => {
    const day = START + int(DAYS) * DAY
    const iso = isoDay(day)
    const r = rand()
    let value = r < 0.7 ? iso : r < 0.85 ? iso.slice(0, 7) : r < 0.93 ? iso.slice(0, 4) : r < 1 - OPEN_ENDED ? `${iso}/${isoDay(day + (1 + int(60)) * DAY)}` : `${iso}/..`
    if (!value.includes('/')) {
      const q = rand()
      if (q < 0.05) value += '~'
      else if (q < 0.08) value += '?'
    }
    return { value }
  }

  const articles: any[] = []
  const collections = { events: [] as any[], meetings: [] as any[], agreements: [] as any[], documents: [] as any[], statements: [] as any[], positions: [] as any[], relations: [] as any[] }
  const paragraphs: string[] = []
  let text: string[] = []
  let offset = 0
  let articleId = ''

  const flush = (): void => {
    if (text.length > 0) articles.push({ id: articleId, text: text.join(''), language: 'en' })
    text = []
    offset = 0
  }
  const sentence = (words: string): { article: string; start: number; end: number; quote: string } => {
    const start = offset
    text.push(`${words} `)
    offset += words.length + 1
    return { article: articleId, start, end: start + words.length, quote: words }
  }

  for (let i = 0; i < facts; i++) {
    if (i % factsPerArticle === 0) {
      flush()
      articleId = `article:${i / factsPerArticle}`
    }
    const slot = i % 20
    if (slot < 8) {
      const participants = distinctActors(rand() < 0.9 ? 2 : 3 + int(3))
      const evidence = sentence(`Fact ${i}: ${participants.join(' and ')} met.`)
      collections.meetings.push({ id: `meeting:${i}`, participants, channel: pick(CHANNELS), time: time(), evidence: [evidence] })
    } else if (slot < 12) {
      const speaker = actor()
      const evidence = sentence(`Fact ${i}: ${speaker} said so.`)
      const content = rand() < 0.3 ? { kind: 'quote', text: evidence.quote, evidence } : { kind: 'paraphrase', text: `What ${speaker} said in fact ${i}` }
      collections.statements.push({ id: `statement:${i}`, speakers: [speaker], content, speechAct: pick(ACTS), medium: pick(MEDIA), time: time(), evidence: [evidence] })
    } else if (slot < 15) {
      const holder = actor()
      const evidence = sentence(`Fact ${i}: ${holder} took a position.`)
      const target = paragraphs.length > 0 && rand() < 0.3
        ? { kind: 'paragraph', paragraph: pick(paragraphs) }
        : { kind: 'actor', actor: actor() }
      collections.positions.push({ id: `position:${i}`, holders: [holder], target, stance: pick(STANCES), basis: [{ kind: 'act', act: 'an act', realis: rand() < 0.2 ? 'negated' : 'actual', evidence: [evidence] }], time: time(), evidence: [evidence] })
    } else if (slot < 17) {
      const evidence = sentence(`Fact ${i}: something happened.`)
      collections.events.push({ id: `event:${i}`, type: pick(EVENT_TYPES), name: `Event ${i}`, participants: distinctActors(1 + int(3)), time: time(), evidence: [evidence] })
    } else if (slot === 17) {
      const evidence = sentence(`Fact ${i}: an agreement was signed, renewed and set to expire.`)
      const signed = START + int(DAYS) * DAY
      // Renewed on day 1–28 of a month: from a month end, checkGraph's term arithmetic does not reach the
      // date addDuration gives (30 April + P10M), so the generator stays clear of it.
      const later = new Date(signed + (30 + int(300)) * DAY)
      const renewed = Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), Math.min(later.getUTCDate(), 28))
      const months = 1 + int(12)
      const expires = addDuration(renewed, { years: 0, months, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 })
      collections.agreements.push({
        id: `agreement:${i}`,
        name: `Agreement ${i}`,
        parties: distinctActors(2 + int(3)).map((a) => ({ actor: a, role: 'party' })),
        lifecycle: [
          { type: 'signed', time: { value: isoDay(signed) }, evidence: [evidence] },
          { type: 'renewed', time: { value: isoDay(renewed) }, term: { value: `P${months}M`, bound: 'exactly' }, evidence: [evidence] },
          { type: 'expires', time: { value: isoDay(expires) }, evidence: [evidence] },
        ],
        evidence: [evidence],
      })
    } else if (slot === 18) {
      const evidence = sentence(`Fact ${i}: a communique was not adopted.`)
      const ps = Array.from({ length: 1 + int(3) }, (_, j) => ({ id: `paragraph:${i}.${j}`, number: j + 1, summary: `Paragraph ${j + 1}` }))
      paragraphs.push(...ps.map((p) => p.id))
      collections.documents.push({ id: `document:${i}`, type: 'communique', title: `Communique ${i}`, status: 'not-adopted', refusers: distinctActors(1), paragraphs: ps, time: time(), evidence: [evidence] })
    } else {
      const [subject, object] = distinctActors(2)
      const evidence = sentence(`Fact ${i}: ${subject} has ties with ${object}.`)
      collections.relations.push({ id: `relation:${i}`, type: 'close-ties', subject, object, evidence: [evidence] })
    }
  }
  flush()
  return { articles, actors, places: [], ...collections } as Graph
}
