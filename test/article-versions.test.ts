// Article versions: the version number, the version superseded, the correction note and the digest of the
// text; the graph checks on them; and the prefix and suffix a span may carry.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Article, decodeWith, digestOf, Evidence, Graph, jsonSchemaFor, latestVersionOf, RULES, TextDigest, validateGraph, versionsOf } from 'news-codecs'
import type * as t from 'io-ts'
import { compiledGuards } from '../src/generated/guards.js'
import { compileStrict } from './support/ajv.js'
import { codes } from './support/report.js'

const TEXT = 'Blinken met Lavrov on Thursday in New Delhi. The meeting lasted ten minutes.'
const MET = { article: 'article:v1', start: 0, end: 18, quote: 'Blinken met Lavrov' }

const graphOf = (articles: ReadonlyArray<Record<string, unknown>>, evidence: ReadonlyArray<Record<string, unknown>> = [MET]) => ({
  articles,
  actors: [],
  places: [],
  events: [{ id: 'event:talks', type: 'other', name: 'The talks', evidence }],
  meetings: [],
  agreements: [],
  documents: [],
  statements: [],
  positions: [],
  relations: [],
})
const v1 = { id: 'article:v1', text: TEXT, language: 'en' }

const decoded = (input: unknown): Graph => {
  const result = decodeWith(Graph)(input)
  if (result._tag === 'Left') throw new TypeError(result.left.map((i) => i.message).join('; '))
  return result.right
}

const shapeIssues = (codec: t.Mixed, value: unknown): string[] => {
  const result = decodeWith(codec)(value)
  return result._tag === 'Left' ? result.left.map((i) => `${i.path.join('.')}: ${i.code}`) : []
}

describe('the digest of a text', () => {
  it('is the SHA-256 of the UTF-8 bytes of the text as stored', () => {
    for (const text of ['abc', TEXT, 'Café\u0301 🇺🇦 Київ', 'line one\r\nline two', '😀']) {
      expect(digestOf(text)).toEqual({ algorithm: 'sha-256', value: createHash('sha256').update(text, 'utf8').digest('hex') })
    }
    expect(digestOf('abc').value).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('tells apart texts that differ only in normalization or line ends', () => {
    expect(digestOf('Cafe\u0301').value).not.toBe(digestOf('Café').value)
    expect(digestOf('a\r\nb').value).not.toBe(digestOf('a\nb').value)
  })

  it('is a value TextDigest and the compiled guard accept, and the field rejects other forms', () => {
    const guard = new Map(compiledGuards).get(Article)!
    const article = { ...v1, digest: digestOf(TEXT) }
    expect(Article.is(article)).toBe(true)
    expect(guard(article)).toBe(true)
    expect(shapeIssues(TextDigest, { algorithm: 'sha-256', value: digestOf(TEXT).value.toUpperCase() })).toEqual(['value: invalid_value'])
    expect(shapeIssues(TextDigest, { algorithm: 'sha-1', value: digestOf(TEXT).value })).toEqual(['algorithm: invalid_value'])
    expect(guard({ ...v1, digest: { algorithm: 'sha-256', value: 'abc' } })).toBe(false)
  })
})

describe('version fields', () => {
  it('are optional: an article of 0.1 decodes, and so does one with every version field', () => {
    expect(shapeIssues(Article, v1)).toEqual([])
    const v2 = { id: 'article:v2', text: TEXT, version: 2, supersedes: 'article:v1', correction: 'An earlier version gave the wrong day.', digest: digestOf(TEXT) }
    expect(shapeIssues(Article, v2)).toEqual([])
  })

  it('take a version number from 1 and a correction note on one line', () => {
    expect(shapeIssues(Article, { ...v1, version: 0 })).toEqual(['version: invalid_value'])
    expect(shapeIssues(Article, { ...v1, version: 2.5 })).toEqual(['version: invalid_value'])
    expect(shapeIssues(Article, { ...v1, correction: ' padded ' })).toEqual(['correction: invalid_value'])
  })

  it('are in the JSON Schema of an article', () => {
    const validate = compileStrict(jsonSchemaFor('Article'))
    expect(validate({ ...v1, version: 3, supersedes: 'article:v0', correction: 'Corrected.', digest: digestOf(TEXT) })).toBe(true)
    expect(validate({ ...v1, version: 0 })).toBe(false)
    expect(validate({ ...v1, digest: { algorithm: 'sha-256', value: 'ABC' } })).toBe(false)
  })
})

describe('the digest check', () => {
  it('passes a digest of the text', () => {
    expect(codes(graphOf([{ ...v1, digest: digestOf(TEXT) }]))).toEqual({ errors: [], warnings: [] })
  })

  it('finds a change outside every span, and says what the text gives', () => {
    // One letter of the second sentence, which no span covers: every quote still matches.
    const edited = TEXT.replace('ten minutes', 'ten minutos')
    const graph = graphOf([{ ...v1, text: edited, digest: digestOf(TEXT) }])
    expect(codes(graph)).toEqual({ errors: [['articles[0].digest.value', 'digest_mismatch']], warnings: [] })
    // Without the digest the same edit goes unseen.
    expect(codes(graphOf([{ ...v1, text: edited }]))).toEqual({ errors: [], warnings: [] })
  })

  it('names the computed digest in its message', () => {
    const result = validateGraph(graphOf([{ ...v1, digest: digestOf('Another text') }]))
    expect(result._tag === 'Left' && result.left[0]!.message).toBe(`the digest of "article:v1" is not the SHA-256 of its text: the text gives ${digestOf(TEXT).value}`)
  })
})

describe('chains of versions', () => {
  const v2 = { id: 'article:v2', text: `${TEXT} Corrected.`, version: 2, supersedes: 'article:v1' }

  it('pass when they end and count up', () => {
    expect(codes(graphOf([{ ...v1, version: 1 }, v2, { id: 'article:v3', text: TEXT, version: 3, supersedes: 'article:v2' }]))).toEqual({ errors: [], warnings: [] })
  })

  it('report a version superseding itself, and a loop once where it closes', () => {
    expect(codes(graphOf([{ ...v1, supersedes: 'article:v1' }])).errors).toEqual([['articles[0].supersedes', 'version_cycle']])
    const loop = graphOf([{ ...v1, supersedes: 'article:v3' }, v2, { id: 'article:v3', text: TEXT, supersedes: 'article:v2' }])
    expect(codes(loop).errors).toEqual([['articles[1].supersedes', 'version_cycle']])
  })

  it('report a version not greater than the one it supersedes, when both give one', () => {
    expect(codes(graphOf([{ ...v1, version: 2 }, v2])).errors).toEqual([['articles[1].version', 'version_order']])
    expect(codes(graphOf([{ ...v1, version: 3 }, v2])).errors).toEqual([['articles[1].version', 'version_order']])
    // Without a number on one side there is nothing to compare.
    expect(codes(graphOf([v1, v2])).errors).toEqual([])
  })

  it('warn of two versions superseding the same one', () => {
    const fork = graphOf([v1, v2, { id: 'article:v2b', text: TEXT, supersedes: 'article:v1' }])
    expect(codes(fork)).toEqual({ errors: [], warnings: [['articles[2].supersedes', 'version_fork']] })
    expect(RULES.version_fork.severity).toBe('warning')
  })

  it('report a version superseding a record that is not an article as a reference', () => {
    expect(codes(graphOf([{ ...v1, supersedes: 'event:talks' }])).errors).toEqual([['articles[0].supersedes', 'wrong_reference_kind']])
    expect(codes(graphOf([{ ...v1, supersedes: 'article:v0' }])).errors).toEqual([['articles[0].supersedes', 'dangling_reference']])
  })

  it('are read oldest first, whichever version one starts from', () => {
    const graph = decoded(graphOf([v2, { ...v1, version: 1 }, { id: 'article:v3', text: TEXT, version: 3, supersedes: 'article:v2' }]))
    for (const id of ['article:v1', 'article:v2', 'article:v3']) {
      expect(versionsOf(id)(graph).map((a) => a.id)).toEqual(['article:v1', 'article:v2', 'article:v3'])
      expect(latestVersionOf(id)(graph)).toEqual({ _tag: 'Some', value: graph.articles[2] })
    }
    expect(versionsOf('article:none')(graph)).toEqual([])
    expect(latestVersionOf('article:none')(graph)._tag).toBe('None')
  })

  it('follow the higher version at a fork, and end at a loop', () => {
    const fork = decoded(graphOf([v1, { ...v2, version: 5 }, { id: 'article:v2b', text: TEXT, version: 2, supersedes: 'article:v1' }]))
    expect(versionsOf('article:v1')(fork).map((a) => a.id)).toEqual(['article:v1', 'article:v2'])
    const loop = decoded(graphOf([{ ...v1, supersedes: 'article:v2' }, v2]))
    expect(versionsOf('article:v1')(loop).map((a) => a.id)).toEqual(['article:v2', 'article:v1'])
  })
})

describe('the context of a span', () => {
  const at = (start: number, end: number, more: Record<string, unknown>) => ({ article: 'article:v1', start, end, quote: [...TEXT].slice(start, end).join(''), ...more })

  it('passes a prefix and a suffix that are the text around the span', () => {
    expect(shapeIssues(Evidence, at(12, 18, { prefix: 'Blinken met ', suffix: ' on' }))).toEqual([])
    expect(codes(graphOf([v1], [at(12, 18, { prefix: 'Blinken met ', suffix: ' on' }), at(0, 7, { suffix: ' met' })]))).toEqual({ errors: [], warnings: [] })
  })

  it('reports a prefix or a suffix that differs, by its path', () => {
    const graph = graphOf([v1], [at(12, 18, { prefix: 'Blinken saw ', suffix: ' in' })])
    expect(codes(graph).errors).toEqual([['events[0].evidence[0].prefix', 'context_mismatch'], ['events[0].evidence[0].suffix', 'context_mismatch']])
  })

  it('reports a prefix longer than the text before the span, and a suffix past its end', () => {
    const end = [...TEXT].length
    const graph = graphOf([v1], [at(0, 7, { prefix: 'Then ' }), at(end - 8, end, { suffix: ' More.' })])
    expect(codes(graph).errors).toEqual([['events[0].evidence[0].prefix', 'context_mismatch'], ['events[0].evidence[1].suffix', 'context_mismatch']])
  })

  it('counts code points, so an astral character counts once', () => {
    const text = '😀 Blinken 🇺🇦 met Lavrov.'
    const article = { id: 'article:v1', text }
    const span = { article: 'article:v1', start: 2, end: 9, quote: 'Blinken', prefix: '😀 ', suffix: ' 🇺🇦' }
    expect(codes(graphOf([article], [span]))).toEqual({ errors: [], warnings: [] })
    expect(codes(graphOf([article], [{ ...span, prefix: 'x😀 ' }])).errors).toEqual([['events[0].evidence[0].prefix', 'context_mismatch']])
  })

  it('is not judged on a span whose quote already differs', () => {
    const graph = graphOf([v1], [{ ...at(0, 7, { prefix: 'wrong' }), quote: 'Blinkex' }])
    expect(codes(graph).errors).toEqual([['events[0].evidence[0].quote', 'quote_mismatch']])
  })
})
