import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkGraph, formatPath } from 'news-codecs'
import type { Graph } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

// A span may not start or end inside a character as a reader sees it. The check skips segmenting where both
// neighbours of an edge are plain: below U+0300, or the punctuation of U+2010–U+2027 and U+2030–U+203B. These
// tests hold that shortcut to the segmenter itself.

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })
const segments = (s: string): number => [...segmenter.segment(s)].length

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const PUNCTUATION = [...range(0x2010, 0x2027), ...range(0x2030, 0x203b)]
const BELOW_0300 = range(0, 0x2ff)

describe('plain edges', () => {
  it('two plain characters side by side are two clusters (but CR LF), with the punctuation on either side', () => {
    const joined: string[] = []
    for (const a of PUNCTUATION) {
      for (const b of [...BELOW_0300, ...PUNCTUATION]) {
        for (const pair of [[a, b], [b, a]] as const) {
          if (segments(String.fromCharCode(...pair)) !== 2) joined.push(pair.map((c) => c.toString(16)).join(' '))
        }
      }
    }
    expect(joined).toEqual([])
  })
})

// Characters that join (accents, ZWJ sequences, flags, conjuncts, Hangul jamo, CR LF) beside plain ones.
const ALPHABET = ['a', ' ', '.', '\r', '\n', 'é', 'e\u0301', '\u0301', '\u200d', '“', '”', '‘', '’', '—', '–', '…', '•', '‰', '′', '‹', '›', '‼',
  '👍', '👨\u200d👩\u200d👧', '\u{1F1FA}', '\u{1F1F8}', '\u0915\u094d\u0937', '\u1100', '\u1161', '\u11a8', '\u0600', '\u0e33', '\ufe0f']

/** The code-point offsets of a text at which a grapheme cluster starts, and its end. */
const boundaries = (text: string): Set<number> => {
  const points = new Map<number, number>() // UTF-16 index -> code point offset
  let k = 0
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) points.set(i, k++)
  const found = new Set<number>([k])
  for (const { index } of segmenter.segment(text)) found.add(points.get(index)!)
  return found
}

const withSpans = (text: string): { graph: Graph; length: number } => {
  const g = sampleGraphJson()
  const article = g.articles[0]
  const before = Array.from(article.text as string).length
  article.text = `${article.text}${text}`
  const points = Array.from(article.text as string)
  // A span of one code point at every offset of the added text, so each offset is a start and an end.
  g.meetings[0].evidence = points.slice(before).map((_, i) => ({ article: article.id, start: before + i, end: before + i + 1, quote: points[before + i] }))
  return { graph: g as Graph, length: before }
}

describe('splits_character', () => {
  it('is reported exactly where the segmenter finds no boundary', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 40 }), (parts) => {
        const { graph, length } = withSpans(parts.join(''))
        const text = graph.articles[0]!.text as string
        const cut = boundaries(text)
        const expected: string[] = []
        graph.meetings[0]!.evidence!.forEach((e, i) => {
          if (!cut.has(e.start)) expected.push(`meetings[0].evidence[${i}].start`)
          if (!cut.has(e.end)) expected.push(`meetings[0].evidence[${i}].end`)
        })
        const found = checkGraph(graph).filter((issue) => issue.code === 'splits_character').map((issue) => formatPath(issue.path))
          .filter((path) => path.startsWith('meetings[0].')) // the sample's own spans sit before the added text
        expect(found).toEqual(expected)
        expect(length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})
