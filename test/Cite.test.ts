import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { isSome } from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { cite, locateQuote, quotePlaces, validateGraph } from 'news-codecs'
import { sampleGraphJson } from './support/sample.js'

describe('quotePlaces', () => {
  it('finds every place locateQuote finds, in order, overlapping places and astral characters included', () => {
    const text = 'aa😀aaa 😀 ab😀a𝄞aa'
    for (const quote of ['a', 'aa', '😀', '😀a', 'b', '𝄞aa', 'z']) {
      const expected = []
      for (let n = 0; ; n++) {
        const found = locateQuote(text, quote, n)
        if (!isSome(found)) break
        expected.push(found.value)
      }
      expect(quotePlaces(text, quote), quote).toEqual(expected)
    }
  })
})

describe('cite', () => {
  const text = 'Ana Silva met Kenji Sato. Ana Silva said: “we agreed”.'
  const quote = cite(text, 'article:1')

  it('cites a quote found once, as evidence that validates in a graph', () => {
    const result = quote('“we agreed”')
    expect(result).toEqual({ _tag: 'Right', right: { article: 'article:1', start: 42, end: 53, quote: '“we agreed”' } })
  })

  it('names every place of an ambiguous quote, and takes an occurrence or an offset to start after', () => {
    const ambiguous = quote('Ana Silva')
    expect(isLeft(ambiguous) && ambiguous.left).toMatchObject({ code: 'ambiguous_quote', candidates: [{ start: 0, end: 9 }, { start: 26, end: 35 }] })
    expect(isLeft(ambiguous) && ambiguous.left.message).toMatch(/at 0–9, 26–35/)
    expect(quote('Ana Silva', { occurrence: 1 })).toMatchObject({ right: { start: 26, end: 35 } })
    expect(quote('Ana Silva', { after: 1 })).toMatchObject({ right: { start: 26, end: 35 } })
    expect(quote('Ana Silva', { after: 26, occurrence: 0 })).toMatchObject({ right: { start: 26, end: 35 } })
  })

  it('says when the quote is not there, or not at the place asked for', () => {
    const missing = quote('Lisbon')
    expect(isLeft(missing) && missing.left).toMatchObject({ code: 'quote_not_found', candidates: [] })
    const late = quote('Kenji', { after: 20 })
    expect(isLeft(late) && late.left.message).toMatch(/not in the article at or after offset 20; it is at 14–19/)
    const beyond = quote('Ana Silva', { occurrence: 2 })
    expect(isLeft(beyond) && beyond.left).toMatchObject({ code: 'quote_not_found', candidates: [{ start: 0, end: 9 }, { start: 26, end: 35 }] })
  })

  it('refuses an empty quote and an article id that is not an id', () => {
    expect(isLeft(quote(''))).toBe(true)
    const badId = cite(text, 'not an id')('Kenji Sato')
    expect(isLeft(badId) && badId.left.code).toBe('invalid_value')
    expect(isRight(cite(text, 'article:x')('Kenji Sato'))).toBe(true)
  })
})

describe('quote_mismatch names where the quote is', () => {
  const mismatch = (evidence: (e: any) => void): string => {
    const g = sampleGraphJson()
    evidence(g.meetings[0].evidence[0])
    const result = validateGraph(g)
    const issue = isLeft(result) ? result.left.find((i) => i.code === 'quote_mismatch') : undefined
    return issue?.message ?? ''
  }

  it('gives the offsets of the quote when the span is off', () => {
    const g = sampleGraphJson()
    const { start, end } = g.meetings[0].evidence[0]
    const message = mismatch((e) => {
      e.start += 1
      e.end += 1
    })
    expect(message).toMatch(new RegExp(`; the quote is at ${start}–${end}$`))
  })

  it('names the first few places of a quote found in many, and matches where cite finds them', () => {
    const g = sampleGraphJson()
    const text: string = g.articles.find((a: any) => a.id === g.meetings[0].evidence[0].article).text
    const message = mismatch((e) => {
      e.start = 0
      e.end = 1
      e.quote = ' '
    })
    const first = quotePlaces(text, ' ').slice(0, 5).map((p) => `${p.start}–${p.end}`).join(', ')
    expect(message).toMatch(new RegExp(`; the quote is at ${first} and further places$`))
  })

  it('says when the quote is nowhere in the article', () => {
    const message = mismatch((e) => {
      e.quote = `${e.quote.slice(0, -1)}#`
    })
    expect(message).toMatch(/; the quote is nowhere in the article$/)
  })
})
