// Re-anchoring evidence on a new version of its article: spans found again by their quote (and by the
// comparison of the two texts, when the old one is known), moved there, and the others reported.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evidenceOf, Graph, make, reanchorEvidence, reanchorGraph, sliceCodePoints, validateGraph } from 'news-codecs'
import type { Article, Evidence } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'

const article = (id: string, text: string): Article => make(Graph)({ articles: [{ id, text }], actors: [], places: [], events: [], meetings: [],
  agreements: [], documents: [], statements: [], positions: [], relations: [] }).articles[0]!
const span = (text: string, start: number, end: number, more: Partial<Record<'prefix' | 'suffix', string>> = {}): Evidence =>
  ({ article: 'article:v1', start, end, quote: sliceCodePoints(text, start, end), ...more }) as Evidence
const graphWith = (text: string, evidence: ReadonlyArray<Evidence>): Graph =>
  make(Graph)({ articles: [{ id: 'article:v1', text }], actors: [], places: [], meetings: [], agreements: [], documents: [],
    statements: [], positions: [], relations: [], events: [{ id: 'event:1', type: 'other', name: 'Talks', evidence: evidence as [Evidence, ...Evidence[]] }] })

describe('re-anchoring the canonical story after an edit', () => {
  const old = canonicalGraph.articles[0]!
  // A sentence inserted at the start of the second paragraph, and one word changed inside the first span.
  const firstBreak = old.text.indexOf('\n') + 1
  const inserted = 'The talks were brief. '
  const text = `${old.text.slice(0, firstBreak)}${inserted}${old.text.slice(firstBreak)}`.replace('met briefly', 'met shortly')
  const edited = { ...old, id: 'article:g20-v2', text, version: 2 } as Article
  const { graph, moved, unmoved } = reanchorGraph(old.id, edited)(canonicalGraph)
  const at = Array.from(old.text.slice(0, firstBreak)).length
  const shift = Array.from(inserted).length

  it('moves the spans it can find, to offsets where their quotes are', () => {
    expect(moved.length).toBeGreaterThan(150)
    for (const span of moved) {
      expect(sliceCodePoints(text, span.to.start, span.to.end)).toBe(span.quote)
      expect(span.to.start - span.from.start).toBe(span.from.start >= at ? shift : 0)
    }
    expect(moved.some((span) => span.from.start >= at)).toBe(true)
  })

  it('reports the edited span by its path, and leaves it on the old version', () => {
    expect(unmoved).toEqual([{ path: ['meetings', 0, 'evidence', 0], quote: expect.stringContaining('met briefly'), reason: 'not-found', candidates: [] }])
    expect(graph.meetings[0]!.evidence![0]!.article).toBe(old.id)
  })

  it('adds the new version, superseding the old one, which stays', () => {
    expect(graph.articles.map((a) => [a.id, a.supersedes])).toEqual([[old.id, undefined], ['article:g20-v2', old.id]])
    // evidenceOf lists each span once: moved spans are counted by their new places.
    const spans = evidenceOf(Graph)(graph)
    expect(spans.filter((e) => e.article === 'article:g20-v2').length).toBe(new Set(moved.map((m) => `${m.to.start}:${m.to.end}`)).size)
    expect(spans.filter((e) => e.article === old.id).map((e) => e.quote)).toEqual(unmoved.map((u) => u.quote))
  })

  it('returns a graph that validates, and leaves the input as it was', () => {
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(canonicalGraph.articles.length).toBe(1)
    expect(evidenceOf(Graph)(canonicalGraph).every((e) => e.article === old.id)).toBe(true)
  })

  it('keeps a span in unchanged text in place even when its quote is found elsewhere too', () => {
    // Names such as "Lavrov" occur several times in the story: each span still lands on its own occurrence
    // (the shift checked above), not on the first or nowhere.
    const repeated = moved.filter((span) => text.split(span.quote).length > 2)
    expect(repeated.length).toBeGreaterThan(10)
    expect(repeated.some((span) => span.quote === 'Lavrov')).toBe(true)
  })

  it('refuses an unknown article and a new version whose id is taken', () => {
    expect(() => reanchorGraph('article:none', edited)(canonicalGraph)).toThrow(RangeError)
    expect(() => reanchorGraph(old.id, { ...edited, id: canonicalGraph.actors[0]!.id } as Article)(canonicalGraph)).toThrow(RangeError)
  })
})

describe('choosing among several places', () => {
  const text = 'The minister left. The minister returned.'
  const to = article('article:v2', text)

  it('reports a quote found in several places, with its candidates, when nothing tells them apart', () => {
    expect(reanchorEvidence(to)(span('The minister spoke.', 0, 12))).toEqual({ _tag: 'Left', left: { reason: 'ambiguous', candidates: [{ start: 0, end: 12 }, { start: 19, end: 31 }] } })
  })

  it('takes the one place its prefix or suffix matches, and reads its context again there', () => {
    const result = reanchorEvidence(to)({ ...span('The minister returned.', 0, 12), suffix: ' returned' } as Evidence)
    expect(result).toEqual({ _tag: 'Right', right: { article: 'article:v2', start: 19, end: 31, quote: 'The minister', suffix: ' returned' } })
    const prefixed = reanchorEvidence(to)({ article: 'article:v1', start: 5, end: 17, quote: 'The minister', prefix: 'left. ' } as Evidence)
    expect(prefixed._tag === 'Right' && prefixed.right).toMatchObject({ start: 19, prefix: 'left. ' })
  })

  it('stays ambiguous when the context matches two places equally', () => {
    const result = reanchorEvidence(article('article:v2', 'Yes, the minister said. Yes, the minister said.'))(
      { article: 'article:v1', start: 5, end: 17, quote: 'the minister', prefix: 'Yes, ', suffix: ' said' } as Evidence)
    expect(result._tag === 'Left' && result.left).toEqual({ reason: 'ambiguous', candidates: [{ start: 5, end: 17 }, { start: 29, end: 41 }] })
  })

  it('reports as ambiguous in a graph a span the edit touched whose quote it wrote twice', () => {
    const old = 'The minister spoke.'
    const { graph, moved, unmoved } = reanchorGraph('article:v1', article('article:v2', `A minister spoke. ${text}`))(graphWith(old, [span(old, 0, 12)]))
    expect(moved).toEqual([])
    expect(unmoved).toEqual([{ path: ['events', 0, 'evidence', 0], quote: 'The minister', reason: 'ambiguous', candidates: [{ start: 18, end: 30 }, { start: 37, end: 49 }] }])
    expect(validateGraph(graph)._tag).toBe('Right')
  })

  it('does not move a span onto another mention the edit left alone', () => {
    // The span's "Thursday" became "Friday"; the other "Thursday" was there before, so it is not this one.
    const old = 'They met on Thursday. Thursday was cold.'
    const { unmoved } = reanchorGraph('article:v1', article('article:v2', 'They met on Friday. Thursday was cold.'))(graphWith(old, [span(old, 12, 20)]))
    expect(unmoved).toEqual([{ path: ['events', 0, 'evidence', 0], quote: 'Thursday', reason: 'not-found', candidates: [] }])
  })

  it('does not take a place inside a character as a reader sees it', () => {
    const result = reanchorEvidence(article('article:v2', 'Cafe\u0301 e'))({ article: 'article:v1', start: 0, end: 1, quote: 'e' } as Evidence)
    expect(result._tag === 'Right' && [result.right.start, result.right.end]).toEqual([6, 7])
  })
})

describe('offsets in code points', () => {
  it('moves spans past astral characters by the code points inserted', () => {
    const old = '😀 Blinken met 🇺🇦 Lavrov.'
    const text = `🎉🎉 Update. ${old}`
    const lavrov = span(old, 17, 23, { prefix: '🇺🇦 ' })
    expect(lavrov.quote).toBe('Lavrov')
    const { graph, moved, unmoved } = reanchorGraph('article:v1', article('article:v2', text))(graphWith(old, [lavrov, span(old, 0, 1)]))
    expect(unmoved).toEqual([])
    expect(moved.map((m) => [m.quote, m.from.start, m.to.start])).toEqual([['Lavrov', 17, 28], ['😀', 0, 11]])
    expect(sliceCodePoints(text, 28, 34)).toBe('Lavrov')
    expect(graph.events[0]!.evidence![0]).toEqual({ article: 'article:v2', start: 28, end: 34, quote: 'Lavrov', prefix: '🇺🇦 ' })
    expect(validateGraph(graph)._tag).toBe('Right')
  })
})

describe('re-anchoring to an identical copy', () => {
  const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })
  // A text, and spans on it between characters as a reader sees them, some with a prefix and a suffix.
  // Any characters, and a few characters often repeated, so that most quotes occur more than once.
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '😀', 'e\u0301', '🇺🇦', '\r\n'), minLength: 1, maxLength: 60 }),
  )
  const withSpans = texts.chain((text) => {
    const edges = [...[...segmenter.segment(text)].map((s) => Array.from(text.slice(0, s.index)).length), Array.from(text).length]
    const one = fc.tuple(fc.nat(edges.length - 2), fc.nat(edges.length - 2), fc.nat(3), fc.nat(3)).map(([a, b, p, q]) => {
      const [i, j] = [Math.min(a, b), Math.max(a, b) + 1]
      const [start, end] = [edges[i]!, edges[j]!]
      const prefix = sliceCodePoints(text, edges[Math.max(0, i - p)]!, start)
      const suffix = sliceCodePoints(text, end, edges[Math.min(edges.length - 1, j + q)]!)
      return span(text, start, end, { ...(prefix.length > 0 ? { prefix } : {}), ...(suffix.length > 0 ? { suffix } : {}) })
    })
    return fc.tuple(fc.constant(text), fc.array(one, { minLength: 1, maxLength: 6 }))
  })

  it('moves every span to the same offsets and reports none', () => {
    fc.assert(
      fc.property(withSpans, ([text, spans]) => {
        const before = graphWith(text, spans)
        expect(validateGraph(before)._tag).toBe('Right')
        const { graph, moved, unmoved } = reanchorGraph('article:v1', article('article:v2', text))(before)
        expect(unmoved).toEqual([])
        expect(moved.map((m) => m.to)).toEqual(moved.map((m) => m.from))
        expect(graph.events[0]!.evidence).toEqual(spans.map((e) => ({ ...e, article: 'article:v2' })))
        expect(validateGraph(graph)._tag).toBe('Right')
      }),
      { numRuns: 200 },
    )
  })
})
