// Any fact as a target: statements about, replying to and contradicting any fact, meetings and events
// contradicting statements, positions on statements, positions and votes; the self-reference and reply
// order checks; and the queries for replies, contradictions and aligned actors.
import { describe, expect, it } from 'vitest'
import {
  alignedWith,
  contradictionsOf,
  decodeWith,
  factsAbout,
  Graph,
  indexGraph,
  jsonSchemaFor,
  make,
  PositionTarget,
  repliesTo,
  Statement,
} from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'
import { codes } from './support/report.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The sample graph with a document, a vote on it, a position of Portugal on the meeting, and a second
 * statement by Kenji Sato (`more` is merged into it), all citing the meeting's evidence.
 */
const story = (more: Record<string, unknown> = {}): Json => {
  const g: Json = sampleGraphJson()
  const evidence = g.meetings[0].evidence
  g.documents.push({ id: 'document:joint', type: 'joint-statement', title: 'Joint statement', status: 'adopted', evidence })
  g.votes = [{ id: 'vote:1', on: { kind: 'document', document: 'document:joint' }, time: { value: '2024-05-07' }, evidence }]
  g.positions.push({ id: 'position:pt', holders: ['state:PT'], stance: 'supports', target: { kind: 'event', event: 'meeting:sample' },
    basis: [{ kind: 'report', evidence }], evidence })
  g.statements.push({ id: 'statement:reply', speakers: ['person:kenji-sato'], speechAct: 'claim',
    content: { kind: 'paraphrase', text: 'Sato agreed.' }, time: { value: '2024-05-06' }, evidence, ...more })
  return g
}

describe('shapes', () => {
  it('a statement may be about, reply to and contradict any fact; guard and JSON Schema agree', () => {
    const statement = story({ about: ['statement:sample', 'position:pt', 'vote:1'], repliesTo: ['statement:sample', 'vote:1', 'document:joint'],
      contradicts: ['meeting:sample', 'position:pt'] }).statements[1]
    expect(decodeWith(Statement)(statement)._tag).toBe('Right')
    expect(new Map(compiledGuards).get(Statement)!(statement)).toBe(true)
    expect(compileStrict(jsonSchemaFor('Statement'))(statement)).toBe(true)
    expect(compileStrict(jsonSchemaFor('Statement'))({ ...statement, repliesTo: [] })).toBe(true)
    expect(compileStrict(jsonSchemaFor('Statement'))({ ...statement, repliesTo: [42] })).toBe(false)
  })

  it('the whole graph with replies and contradictions validates, and ajv accepts it', () => {
    const g = story({ repliesTo: ['statement:sample'], contradicts: ['position:pt'] })
    g.meetings[0].contradicts = ['statement:reply']
    g.events.push({ id: 'event:x', type: 'attack', name: 'An attack', contradicts: ['statement:sample'], evidence: g.meetings[0].evidence })
    expect(codes(g)).toEqual({ errors: [], warnings: [] })
    expect(compileStrict(jsonSchemaFor('Graph'))(g)).toBe(true)
  })

  it('a position may target a statement, a position or a vote', () => {
    expect(PositionTarget.is({ kind: 'statement', statement: 'statement:sample' })).toBe(true)
    expect(PositionTarget.is({ kind: 'position', position: 'position:pt' })).toBe(true)
    expect(PositionTarget.is({ kind: 'vote', vote: 'vote:1' })).toBe(true)
    const wrong = decodeWith(PositionTarget)({ kind: 'vote', statement: 'statement:sample' })
    expect(wrong._tag === 'Left' && wrong.left.map((i) => i.code).sort()).toEqual(['missing', 'unexpected_key'])
  })

  it('references are checked for kind: a reply to a place, a position on a statement naming a vote', () => {
    const g = story({ repliesTo: ['place:lisbon'] })
    g.positions[0].target = { kind: 'statement', statement: 'vote:1' }
    expect(codes(g).errors).toEqual([
      ['statements[1].repliesTo[0]', 'wrong_reference_kind'],
      ['positions[0].target.statement', 'wrong_reference_kind'],
    ])
  })
})

describe('checks', () => {
  it('a statement replying to or contradicting itself, or a position on itself, is a self-reference', () => {
    const g = story({ repliesTo: ['statement:reply'], contradicts: ['statement:reply'] })
    g.positions[0].target = { kind: 'position', position: 'position:pt' }
    expect(codes(g).errors).toEqual([
      ['statements[1].contradicts[0]', 'self_reference'],
      ['statements[1].repliesTo[0]', 'self_reference'],
      ['positions[0].target.position', 'self_reference'],
    ])
  })

  it('a reply dated wholly before what it replies to is a warning; overlapping or undated ones are fine', () => {
    expect(codes(story({ repliesTo: ['vote:1'] })).warnings).toEqual([['statements[1].repliesTo[0]', 'reply_before_original']])
    expect(codes(story({ repliesTo: ['vote:1'], time: { value: '2024-05' } })).warnings).toEqual([])
    expect(codes(story({ repliesTo: ['vote:1'], time: { value: '2024-05-08' } })).warnings).toEqual([])
    const undated = story({ repliesTo: ['vote:1'] })
    delete undated.statements[1].time
    expect(codes(undated).warnings).toEqual([])
    expect(codes(story({ repliesTo: ['statement:sample'] })).warnings).toEqual([])
  })

  it('an agreement is dated by its earliest act', () => {
    const g = story({ repliesTo: ['agreement:1'] })
    const evidence = g.meetings[0].evidence
    g.agreements.push({ id: 'agreement:1', name: 'A deal', parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'state:JP', role: 'party' }],
      lifecycle: [{ type: 'entered-into-force', time: { value: '2024-06-01' }, evidence }, { type: 'signed', time: { value: '2024-05-10' }, evidence }], evidence })
    expect(codes(g).warnings).toEqual([['statements[1].repliesTo[0]', 'reply_before_original']])
    g.agreements[0].lifecycle[1].time.value = '2024-05-06'
    expect(codes(g).warnings).toEqual([])
  })
})

describe('queries', () => {
  it('repliesTo finds the statements replying to a fact, and factsAbout counts them', () => {
    const index = indexGraph(make(Graph)(story({ repliesTo: ['statement:sample', 'meeting:sample'] })))
    expect(repliesTo('statement:sample')(index).map((s) => s.id)).toEqual(['statement:reply'])
    expect(repliesTo('meeting:sample')(index).map((s) => s.id)).toEqual(['statement:reply'])
    expect(repliesTo('statement:reply')(index)).toEqual([])
    expect(factsAbout('statement:sample')(index).map((f) => f.record.id)).toEqual(['statement:reply'])
  })

  it('contradictionsOf answers both ways, whichever record names the other', () => {
    const g = story({ contradicts: ['statement:sample', 'position:pt'] })
    g.meetings[0].contradicts = ['statement:reply']
    const index = indexGraph(make(Graph)(g))
    const ids = (facts: ReadonlyArray<{ readonly record: { readonly id: string } }>) => facts.map((f) => f.record.id)
    expect(ids(contradictionsOf('statement:reply')(index).contradictedBy)).toEqual(['meeting:sample'])
    expect(ids(contradictionsOf('statement:reply')(index).contradicts)).toEqual(['statement:sample', 'position:pt'])
    expect(ids(contradictionsOf('statement:sample')(index).contradictedBy)).toEqual(['statement:reply'])
    expect(ids(contradictionsOf('meeting:sample')(index).contradicts)).toEqual(['statement:reply'])
    expect(contradictionsOf('nothing:here')(index)).toEqual({ contradictedBy: [], contradicts: [] })
  })

  it('alignedWith finds the other holders of the same stance on the same target', () => {
    const g = story()
    const { evidence, basis } = g.positions[0]
    const position = (id: string, holders: string[], stance: string, target: Json) => ({ id, holders, stance, target, basis, evidence })
    g.positions.push(
      position('position:jp', ['state:JP', 'person:kenji-sato'], 'supports', { kind: 'event', event: 'meeting:sample' }),
      position('position:ana', ['person:ana-silva'], 'opposes', { kind: 'event', event: 'meeting:sample' }),
      position('position:pt-words', ['state:PT'], 'demands', { kind: 'proposition', text: 'Closer  cooperation' }),
      position('position:jp-words', ['state:JP'], 'demands', { kind: 'proposition', text: 'closer cooperation' }),
      position('position:pt-vote', ['state:PT', 'person:ana-silva'], 'supports', { kind: 'vote', vote: 'vote:1' }),
    )
    const index = indexGraph(make(Graph)(g))
    expect(alignedWith('state:PT')(index).map((a) => [a.actor, a.positions.map((p) => p.id)])).toEqual([
      ['state:JP', ['position:jp', 'position:jp-words']],
      ['person:kenji-sato', ['position:jp']],
      ['person:ana-silva', ['position:pt-vote']],
    ])
    expect(alignedWith('person:ana-silva')(index).map((a) => a.actor)).toEqual(['state:PT'])
    expect(alignedWith('state:XX')(index)).toEqual([])
  })
})
