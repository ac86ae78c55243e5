import { describe, expect, it } from 'vitest'
import { factsAbout, formatIssues, indexGraph, validateGraph } from 'news-codecs'

// One act of an agreement's life (Russia's suspension of New START) is a fact others can target by its id.
const text = 'Russia suspended its part in New START. Washington called the suspension legally invalid.'
const at = (quote: string) => ({ article: 'article:1', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote })
const graph = (extra: Record<string, unknown> = {}) => ({
  articles: [{ id: 'article:1', text, language: 'en' }],
  actors: [{ kind: 'state', id: 'state:RU', name: 'Russia', countryCode: 'RU' }, { kind: 'state', id: 'state:US', name: 'United States', countryCode: 'US' }],
  places: [], events: [], meetings: [], documents: [], relations: [],
  agreements: [{ id: 'agreement:new-start', name: 'New START', evidence: [at('New START')],
    parties: [{ actor: 'state:US', role: 'party' }, { actor: 'state:RU', role: 'party' }],
    lifecycle: [{ id: 'act:russia-suspends', type: 'suspended', by: ['state:RU'], time: { value: '2023-02-28' }, evidence: [at('suspended')] }] }],
  statements: [{ id: 'statement:us', speakers: ['state:US'], speechAct: 'rejection', evidence: [at('called the suspension legally invalid')],
    content: { kind: 'paraphrase', text: 'The suspension is legally invalid.' }, repliesTo: ['act:russia-suspends'], about: ['act:russia-suspends'] }],
  positions: [{ id: 'position:us', holders: ['state:US'], stance: 'rejects', target: { kind: 'act', act: 'act:russia-suspends' },
    basis: [{ kind: 'statement', statement: 'statement:us' }], evidence: [at('legally invalid')] }],
  ...extra,
})

describe('a lifecycle act as the target of other facts', () => {
  it('a statement replies to it and a position is on it; the graph validates', () => {
    const result = validateGraph(graph())
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
  })

  it('the facts about the act are found by its id', () => {
    const result = validateGraph(graph())
    if (result._tag === 'Left') throw new Error('invalid')
    expect(factsAbout('act:russia-suspends')(indexGraph(result.right)).map((fact) => fact.record.id).sort()).toEqual(['position:us', 'statement:us'])
  })

  it('a target that names no act is a dangling reference', () => {
    const result = validateGraph(graph({ positions: [{ ...graph().positions[0], target: { kind: 'act', act: 'act:none' } }] }))
    expect(result._tag === 'Left' ? result.left.map((issue) => [issue.path.join('.'), issue.code]) : []).toEqual([['positions.0.target.act', 'dangling_reference']])
  })
})
