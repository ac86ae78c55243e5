// What a news item carries: credits, section, genres, subjects, images, times, uri and dateline, all
// optional so 0.1 articles decode; language optional too, with `und` for "not known".
import { describe, expect, it } from 'vitest'
import { Article, Byline, ContentUri, decodeWith, evidenceIn, Genre, Image, indexGraph, jsonSchemaFor, PixelCount, Subject, URN_PATTERN, validateGraph } from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import type * as t from 'io-ts'
import { compiledGuards } from '../src/generated/guards.js'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

const issuesOf = (codec: t.Mixed, value: unknown): Array<[string, IssueCode]> => {
  const result = decodeWith(codec)(value)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}
const guardOf = new Map(compiledGuards)
const articleGuard = guardOf.get(Article)!
const articleSchema = compileStrict(jsonSchemaFor('Article'))

const feedItem = {
  id: 'article:feed',
  text: 'LISBON - The two ministers met on Monday.',
  language: 'en',
  uri: 'urn:newsml:example.org:20240506:lisbon-talks',
  description: 'The ministers met in Lisbon.',
  bylines: [
    { name: 'Ana Silva', actor: 'person:ana-silva', role: 'correspondent' },
    { name: 'Agência Exemplo', role: 'agency' },
    { name: 'Kenji Sato', role: { scheme: 'newsroom-credits', code: 'graphics' } },
  ],
  byline: 'By Ana Silva in Lisbon',
  section: 'World',
  genres: ['news', { scheme: 'iptc-genre', code: 'Analysis' }],
  subjects: [{ topic: { scheme: 'iptc-mediatopic', code: '16000000' }, name: 'conflict, war and peace' }, { topic: 'diplomacy', rel: 'mentions' }],
  keywords: ['Lisbon talks', 'Portugal–Japan relations'],
  images: [{ url: 'https://example.org/photos/lisbon.jpg', caption: 'The ministers in Lisbon.', credit: 'Photo: Agência Exemplo', width: 1600, height: 900, mediaType: 'image/jpeg' }],
  created: '2024-05-06T08:15:00Z',
  modified: '2024-05-06T10:15:30+02',
  dateline: 'place:lisbon',
}

describe('Article feed metadata', () => {
  it('decodes a full feed item, and the decoder, the compiled guard and the JSON Schema agree', () => {
    expect(issuesOf(Article, feedItem)).toEqual([])
    expect(articleGuard(feedItem)).toBe(true)
    expect(articleSchema(feedItem)).toBe(true)
  })

  it('keeps 0.1 articles valid, and language is optional, `und` allowed', () => {
    for (const old of [{ id: 'article:1', text: 'Blinken met Lavrov.', language: 'en' }, { id: 'article:1', text: 'Texto.' }, { id: 'article:1', text: 'Texto.', language: 'und' }]) {
      expect(issuesOf(Article, old)).toEqual([])
      expect(articleGuard(old)).toBe(true)
      expect(articleSchema(old)).toBe(true)
    }
  })

  it('rejects bad values by path, the guard and the schema with it', () => {
    const bad: Array<[object, string, IssueCode]> = [
      [{ created: '6 May 2024' }, 'created', 'invalid_value'],
      [{ modified: '2024-05-06T10:15:30+15:00' }, 'modified', 'invalid_value'],
      [{ uri: 'urn:newsml' }, 'uri', 'invalid_value'],
      [{ uri: 'example.org/story' }, 'uri', 'invalid_value'],
      [{ genres: ['gossip'] }, 'genres.0', 'invalid_value'],
      [{ genres: [{ scheme: 'IPTC', code: 'Analysis' }] }, 'genres.0.scheme', 'invalid_value'],
      [{ subjects: [{ name: 'politics' }] }, 'subjects.0.topic', 'missing'],
      [{ subjects: [{ topic: 'diplomacy', rel: 'about-ish' }] }, 'subjects.0.rel', 'invalid_value'],
      [{ bylines: [{ name: 'Ana Silva', role: 'ghostwriter' }] }, 'bylines.0.role', 'invalid_value'],
      [{ bylines: [{ actor: 'person:ana-silva' }] }, 'bylines.0.name', 'missing'],
      [{ images: [{ url: 'https://example.org/a.jpg', width: 0 }] }, 'images.0.width', 'invalid_value'],
      [{ images: [{ url: 'https://example.org/a.jpg', height: 12.5 }] }, 'images.0.height', 'invalid_value'],
      [{ images: [{ url: 'https://example.org/a.jpg', mediaType: 'image/jpg' }] }, 'images.0.mediaType', 'invalid_value'],
      [{ language: 'English' }, 'language', 'invalid_value'],
      [{ keywords: [' padded '] }, 'keywords.0', 'invalid_value'],
    ]
    for (const [change, path, code] of bad) {
      const input = { ...feedItem, ...change }
      expect(issuesOf(Article, input), JSON.stringify(change)).toEqual([[path, code]])
      expect(articleGuard(input), JSON.stringify(change)).toBe(false)
      expect(articleSchema(input), JSON.stringify(change)).toBe(false)
    }
  })

  it('checks URNs for form (RFC 8141) and URLs as Url does', () => {
    for (const good of ['urn:newsml:example.org:20240506:lisbon-talks', 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'URN:ISBN:0-395-36341-1', 'urn:example:a%2Fb?+r?=q#frag', 'https://example.org/story']) {
      expect(ContentUri.is(good), good).toBe(true)
    }
    for (const bad of ['urn:x:short', 'urn:-ab:name', 'urn:ab-:name', 'urn:newsml:', 'urn:newsml:a b', 'urn:newsml:50%', 'urn:a123456789012345678901234567890123:x', 'http://example.org/a/../b', 'mailto:a@example.org']) {
      expect(ContentUri.is(bad), bad).toBe(false)
    }
    expect(URN_PATTERN.test('urn:newsml:example.org:1')).toBe(true)
    const result = decodeWith(ContentUri)('urn:x:y')
    expect(result._tag === 'Left' && result.left[0]!.message).toMatch(/^"urn:x:y" is not a URN: urn:, a namespace of 2 to 32/)
  })

  it('takes whole pixel counts from 1, built-in or coded genres, credits and subjects', () => {
    expect([1, 1920, Number.MAX_SAFE_INTEGER].every((n) => PixelCount.is(n))).toBe(true)
    expect([0, -1, 1.5, Number.NaN, Infinity, '1920'].some((n) => PixelCount.is(n))).toBe(false)
    expect(Genre.is('fact-check') && Genre.is('obituary') && Genre.is('live') && Genre.is('explainer')).toBe(true)
    expect(Byline.is({ name: 'Reuters', role: 'agency' })).toBe(true)
    expect(Subject.is({ topic: { scheme: 'iptc-mediatopic', code: '16000000' } })).toBe(true)
    expect(Image.is({ url: 'https://example.org/a.png' })).toBe(true)
  })
})

describe('Article graph checks', () => {
  const graphWith = (article: object): object => {
    const json = sampleGraphJson()
    json.articles.push({ ...article, id: 'article:feed' })
    return json
  }
  const codesOf = (input: object): Array<[string, IssueCode]> => {
    const result = validateGraph(input)
    return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
  }

  it('accepts a feed item whose references resolve', () => {
    expect(codesOf(graphWith(feedItem))).toEqual([])
  })

  it('rejects a modified time wholly before the first-created one, compared by the spans they cover', () => {
    expect(codesOf(graphWith({ ...feedItem, created: '2024-05-06T10:15:30Z', modified: '2024-05-05' }))).toEqual([['articles.1.modified', 'interval_order']])
    expect(codesOf(graphWith({ ...feedItem, created: '2024-05-06T10:15:30Z', modified: '2024-05-06T10:15:29Z' }))).toEqual([['articles.1.modified', 'interval_order']])
    // The same day: the modification may be later that day.
    expect(codesOf(graphWith({ ...feedItem, created: '2024-05-06T10:15:30Z', modified: '2024-05-06' }))).toEqual([])
    // 10:15:30+02 is 08:15:30Z, after 08:15:00Z.
    expect(codesOf(graphWith({ ...feedItem, created: '2024-05-06T08:15:00Z', modified: '2024-05-06T10:15:30+02' }))).toEqual([])
    expect(codesOf(graphWith({ ...feedItem, created: '2024-05-06T09:00:00Z', modified: '2024-05-06T10:15:30+02' }))).toEqual([['articles.1.modified', 'interval_order']])
    const result = validateGraph(graphWith({ ...feedItem, created: '2024-05-06', modified: '2024-05-01' }))
    expect(result._tag === 'Left' && result.left[0]!.message).toBe('modified on 2024-05-01, before it was first created on 2024-05-06')
  })

  it('requires a credited actor to be an actor and the dateline a place', () => {
    expect(codesOf(graphWith({ ...feedItem, bylines: [{ name: 'Lisbon', actor: 'place:lisbon' }] }))).toEqual([['articles.1.bylines.0.actor', 'wrong_reference_kind']])
    expect(codesOf(graphWith({ ...feedItem, bylines: [{ name: 'Nobody', actor: 'person:nobody' }] }))).toEqual([['articles.1.bylines.0.actor', 'dangling_reference']])
    expect(codesOf(graphWith({ ...feedItem, dateline: 'state:PT' }))).toEqual([['articles.1.dateline', 'wrong_reference_kind']])
  })

  it('checks evidence against an article whatever its language, or with none', () => {
    for (const language of [undefined, 'und', 'ja']) {
      const json = sampleGraphJson()
      if (language === undefined) delete json.articles[0].language
      else json.articles[0].language = language
      expect(codesOf(json), String(language)).toEqual([])
      json.meetings[0].evidence[0].quote = 'not the text'
      expect(codesOf(json).map(([, code]) => code), String(language)).toEqual(['quote_mismatch'])
    }
  })

  it('indexes evidence by article span the same with a language or without', () => {
    const spans = (json: object) => {
      const result = validateGraph(json)
      if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
      return evidenceIn('article:sample', 0, 1000)(indexGraph(result.right)).map((found) => [found.fact.record.id, found.path])
    }
    const withLanguage = sampleGraphJson()
    const without = sampleGraphJson()
    delete without.articles[0].language
    expect(spans(withLanguage).length).toBeGreaterThan(0)
    expect(spans(without)).toEqual(spans(withLanguage))
  })
})
