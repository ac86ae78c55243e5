import { describe, expect, it } from 'vitest'
import { fixtureJson, fixtureNames, evidenceOf } from './support/fixtures.js'

/**
 * Coverage of each fixture's articles, measured from the data:
 * - sentences: each line of the article is split into sentences by `Intl.Segmenter` (ICU sentence
 *   breaks), then a break right after an honorific ("Mr.", "MM.", "Dr.") is undone, since ICU breaks
 *   there; a sentence is cited when at least one evidence span anywhere in the graph overlaps it.
 * - quoted passages: every text between “ and ”; it is carried when a direct quote or a paraphrase
 *   fragment has exactly that text at exactly that place. A comma or full stop closing the passage
 *   inside the quotation marks is the article's punctuation and is not required in the quote.
 */
interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
}

const HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|MM|Dr)\.\s*$/

/** The sentences of a text, as code-point spans. */
const sentencesOf = (text: string): Span[] => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  const cp = (utf16: number): number => Array.from(text.slice(0, utf16)).length
  const spans: Array<{ start: number; end: number }> = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    let pending: { start: number; end: number } | undefined
    for (const { segment, index } of segmenter.segment(line)) {
      const start = pending?.start ?? lineStart + index
      const end = lineStart + index + segment.trimEnd().length
      if (HONORIFIC.test(segment)) pending = { start, end }
      else {
        pending = undefined
        if (segment.trim().length > 0) spans.push({ start, end })
      }
    }
    if (pending !== undefined) spans.push(pending)
    lineStart += line.length + 1
  }
  return spans.map(({ start, end }) => ({ start: cp(start), end: cp(end), text: text.slice(start, end) }))
}

/** The passages between “ and ”, as code-point spans, without a closing comma or full stop. */
const quotedPassagesOf = (text: string): Span[] =>
  Array.from(text.matchAll(/“([^“”]*)”/g), (m) => {
    const inner = m[1]!.replace(/[,.]$/, '')
    const start = Array.from(text.slice(0, m.index! + 1)).length
    return { start, end: start + Array.from(inner).length, text: inner }
  })

/** Direct quotes and paraphrase fragments of a graph: the words and where they stand. */
const carriedQuotesOf = (graph: any): Array<{ text: string; article: string; start: number }> =>
  (graph.statements as any[]).flatMap((statement) => {
    const content = statement.content
    const quoted = content.kind === 'quote' ? [content] : (content.fragments ?? [])
    return quoted.map((q: any) => ({ text: q.text, article: q.evidence.article, start: q.evidence.start }))
  })

const measure = (name: string) => {
  const graph = fixtureJson(name)
  const spans = evidenceOf(graph).map(({ evidence }) => evidence)
  const carried = carriedQuotesOf(graph)
  return (graph.articles as any[]).map((article) => {
    const own = spans.filter((e) => e.article === article.id)
    const sentences = sentencesOf(article.text)
    const uncited = sentences.filter((s) => !own.some((e) => e.start < s.end && s.start < e.end))
    const passages = quotedPassagesOf(article.text)
    const notCarried = passages.filter((p) => !carried.some((q) => q.article === article.id && q.start === p.start && q.text === p.text))
    // How much of the sentences' text lies inside some span: reported, not a target.
    const points = Array.from(article.text as string)
    const inSpan = new Uint8Array(points.length)
    for (const e of own) inSpan.fill(1, e.start, e.end)
    const sentencePoints = sentences.flatMap((s) => points.slice(s.start, s.end).map((c, i) => ({ c, covered: inSpan[s.start + i] === 1 })))
    const visible = sentencePoints.filter((p) => p.c.trim().length > 0)
    const covered = visible.filter((p) => p.covered).length
    return { article: article.id as string, sentences, uncited, passages, notCarried, covered, visible: visible.length }
  })
}

describe.each(fixtureNames)('coverage of %s', (name) => {
  const results = measure(name)

  it('reports its figures', () => {
    for (const r of results) {
      const share = (n: number, of: number) => (of === 0 ? 'none to count' : `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`)
      console.log(
        [
          `${name} ${r.article}:`,
          `  sentences cited: ${share(r.sentences.length - r.uncited.length, r.sentences.length)}`,
          `  quoted passages carried as direct quotes: ${share(r.passages.length - r.notCarried.length, r.passages.length)}`,
          `  non-space characters of its sentences inside an evidence span: ${share(r.covered, r.visible)}`,
          ...r.uncited.map((s) => `  not cited: ${JSON.stringify(s.text)}`),
          ...r.notCarried.map((p) => `  not carried: ${JSON.stringify(p.text)} at ${p.start}`),
        ].join('\n'),
      )
    }
    expect(results.length).toBeGreaterThan(0)
  })

  it('cites every sentence of its articles', () => {
    for (const r of results) {
      expect(r.sentences.length).toBeGreaterThan(0)
      expect(r.uncited.map((s) => s.text)).toEqual([])
    }
  })

  it('carries every quoted passage as a direct quote or a quoted fragment', () => {
    for (const r of results) expect(r.notCarried.map((p) => p.text)).toEqual([])
  })
})

describe('the coverage measure', () => {
  it('splits the canonical article into its sentences, keeping "Mr. Blinken" whole', () => {
    const [canonical] = measure('canonical')
    const texts = canonical!.sentences.map((s) => s.text)
    expect(texts.some((t) => t.endsWith('in the Baltic Sea in September, Mr. Lavrov told the press.'))).toBe(true)
    expect(texts.some((t) => t.startsWith('Thursday’s meeting in India between Mr. Blinken and the Russian diplomat'))).toBe(true)
    expect(texts).toContain('“Obscene behavior”')
    expect(texts).toContain('Withdrawal of Russian troops')
    expect(texts.every((t) => !/^(Blinken|Lavrov|Qin) /.test(t))).toBe(true)
    expect(texts).toHaveLength(27)
  })

  it('finds the eight quoted passages of the canonical article', () => {
    const [canonical] = measure('canonical')
    expect(canonical!.passages.map((p) => p.text)).toEqual([
      'send this message directly',
      'Obscene behavior',
      'unanimously rejected attempts to interfere in the internal affairs of other countries, to impose unilateral approaches through blackmail and threats',
      'lewd behavior of a series of Western delegations, which turned the work on the G20 agenda into a farce',
      'We must all recognize that multilateralism is in crisis today',
      'The experience of recent years – financial crisis, climate change, pandemic, terrorism and war – clearly shows that global governance has failed',
      'Russia’s complete and unconditional withdrawal from the territory of Ukraine',
      'impartial',
    ])
  })

  it('notices a sentence no span cites and a quote no statement carries', () => {
    const graph = fixtureJson('canonical')
    // Drop the Modi statement quoting "We must all recognize..." and see it reported.
    const before = carriedQuotesOf(graph).length
    graph.statements = graph.statements.filter((s: any) => s.id !== 'statement:modi-multilateralism-in-crisis')
    expect(carriedQuotesOf(graph).length).toBe(before - 1)
    const text: string = graph.articles[0].text
    const passages = quotedPassagesOf(text)
    const carried = carriedQuotesOf(graph)
    const missing = passages.filter((p) => !carried.some((q) => q.start === p.start && q.text === p.text)).map((p) => p.text)
    expect(missing).toEqual(['We must all recognize that multilateralism is in crisis today'])
  })
})
