// Documents with a symbol, identifiers, legal force and the vote that adopted them: the shapes (and the
// JSON Schema's agreement with them), the adoption check, and the adoption query.
import { describe, expect, it } from 'vitest'
import { isNone } from 'fp-ts/lib/Option.js'
import { adoptionOf, decodeWith, Document, DocumentSymbol, indexGraph, jsonSchemaFor, validateGraph } from 'news-codecs'
import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

const evidence = [{ article: 'article:1', start: 0, end: 7, quote: 'adopted' }] as const

const GOOD = ['A/RES/ES-11/1', 'S/RES/2231 (2015)', 'E/CN.6/2023/L.3', 'A/77/L.1/Rev.1', 'S/PRST/2022/1', 'PC.DEC/1106', 'A/HRC/RES/52/1']
const BAD = ['A/RES/ES-11/', 'resolution 2231', 'A', 'a/res/1', 'A//1', 'S/RES/2231 (15)', 'S/RES/2231  (2015)', 'A/RES/77/1.', ' A/RES/1', 'A/RES/1 ', 'A/RES/-1']

describe('DocumentSymbol', () => {
  it('accepts UN document symbols and rejects other strings, with a message that says the form', () => {
    for (const symbol of GOOD) expect(DocumentSymbol.is(symbol), symbol).toBe(true)
    for (const symbol of BAD) expect(DocumentSymbol.is(symbol), symbol).toBe(false)
    const result = decodeWith(DocumentSymbol)('resolution 2231')
    expect(result._tag === 'Left' && [result.left[0]!.code, result.left[0]!.message]).toEqual(['invalid_value',
      '"resolution 2231" is not a document symbol (parts separated by "/", such as "A/RES/ES-11/1" or "S/RES/2231 (2015)")'])
    const wrongType = decodeWith(DocumentSymbol)(2231)
    expect(wrongType._tag === 'Left' && wrongType.left[0]!.code).toBe('invalid_type')
  })

  it('has a JSON Schema pattern that agrees with the codec', () => {
    const validate = compileStrict(jsonSchemaFor('Document'))
    const document = (symbol: string) => ({ id: 'document:1', type: 'resolution', title: 'A resolution', status: 'adopted', symbol, evidence })
    for (const symbol of [...GOOD, ...BAD]) expect(validate(document(symbol)), symbol).toBe(Document.is(document(symbol)))
  })
})

describe('Document fields', () => {
  it('decodes a symbol, identifiers, legal force and the adopting vote; a document of 0.1 still decodes', () => {
    const old = { id: 'document:1', type: 'resolution', title: 'Aggression against Ukraine', status: 'adopted', evidence }
    const fresh = { ...old, symbol: 'A/RES/ES-11/1', identifiers: [{ scheme: 'example', value: 'es-11-1' }], legalForce: 'non-binding', adoptedBy: 'vote:1' }
    expect(Document.is(old)).toBe(true)
    expect(decodeWith(Document)(fresh)._tag).toBe('Right')
    expect(Document.is({ ...fresh, legalForce: 'moral' })).toBe(false)
    expect(Document.is({ ...fresh, identifiers: [{ scheme: 'wikidata', value: 'resolution' }] })).toBe(false)
  })
})

/** The sample graph with a draft text and a vote on it (or on another record). */
const withVote = (document: Record<string, unknown>, vote: Record<string, unknown>): any => {
  const g = sampleGraphJson()
  const ev = [g.meetings[0].evidence[0]]
  g.documents.push({ id: 'document:draft', type: 'resolution', title: 'A draft resolution', status: 'adopted', adoptedBy: 'vote:1',
    paragraphs: [{ id: 'paragraph:draft-1', number: 1 }], evidence: ev, ...document })
  g.documents.push({ id: 'document:other', type: 'resolution', title: 'Another', status: 'draft', evidence: ev })
  g.votes = [{ id: 'vote:1', on: { kind: 'document', document: 'document:draft' }, result: 'adopted', evidence: ev, ...vote }]
  return g
}
const issuesOf = (g: unknown): Array<[string, string, string]> => {
  const result = validateGraph(g)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code, i.message]) : []
}

describe('the adoption check', () => {
  it('passes a vote on the document, or on one of its paragraphs, whose result agrees with the status', () => {
    expect(issuesOf(withVote({}, {}))).toEqual([])
    expect(issuesOf(withVote({}, { on: { kind: 'paragraph', paragraph: 'paragraph:draft-1' } }))).toEqual([])
    expect(issuesOf(withVote({ status: 'not-adopted' }, { result: 'vetoed' }))).toEqual([])
    const noResult = withVote({}, {})
    delete noResult.votes[0].result
    expect(issuesOf(noResult)).toEqual([])
  })

  it('reports a vote on another record', () => {
    expect(issuesOf(withVote({}, { on: { kind: 'document', document: 'document:other' } }))).toEqual([
      ['documents.0.adoptedBy', 'adoption_mismatch', '"document:draft" is adopted by "vote:1", which is a vote on "document:other"'],
    ])
    expect(issuesOf(withVote({}, { on: { kind: 'motion', text: 'That the debate be closed' } }))[0]?.[1]).toBe('adoption_mismatch')
  })

  it('reports a result that disagrees with the status', () => {
    expect(issuesOf(withVote({ status: 'not-adopted' }, {}))).toEqual([
      ['documents.0.adoptedBy', 'adoption_mismatch', '"vote:1" ended "adopted" but "document:draft" has status "not-adopted"'],
    ])
    expect(issuesOf(withVote({}, { result: 'vetoed' }))).toEqual([
      ['documents.0.adoptedBy', 'adoption_mismatch', '"vote:1" ended "vetoed" but "document:draft" has status "adopted"'],
    ])
  })

  it('reports an adoptedBy that names no vote as a reference, once', () => {
    expect(issuesOf(withVote({ adoptedBy: 'document:other' }, {})).map(([path, code]) => [path, code])).toEqual([['documents.0.adoptedBy', 'wrong_reference_kind']])
  })
})

describe('adoptionOf', () => {
  it('finds the adopting vote of the UN fixture by its target', () => {
    const found = adoptionOf('document:a-res-es-11-1')(indexGraph(unGeneralAssemblyVoteGraph))
    expect(found._tag === 'Some' && [found.value.vote.id, found.value.named]).toEqual(['vote:a-res-es-11-1', false])
  })

  it('prefers the vote the document names, and gives none without one', () => {
    const result = validateGraph(withVote({}, {}))
    expect(result._tag).toBe('Right')
    if (result._tag !== 'Right') return
    const index = indexGraph(result.right)
    const found = adoptionOf('document:draft')(index)
    expect(found._tag === 'Some' && [found.value.vote.id, found.value.named]).toEqual(['vote:1', true])
    expect(isNone(adoptionOf('document:other')(index))).toBe(true)
    expect(isNone(adoptionOf('person:ana-silva')(index))).toBe(true)
  })
})
