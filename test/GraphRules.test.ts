import { describe, expect, it } from 'vitest'
import { validateGraph } from 'news-codecs'
import { canonicalGraph, trumpPutinCallGraph, ukrainePeaceSummitGraph, unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'
import { codes } from './support/report.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const evidence = (g: Json) => g.meetings[0].evidence
describe('loops and self-references', () => {
  it('an event part of itself, and a loop of part-of links, are errors where they close', () => {
    const g: Json = sampleGraphJson()
    g.events = [
      { id: 'event:a', type: 'summit', name: 'A', partOf: 'event:a', evidence: evidence(g) },
      { id: 'event:b', type: 'summit', name: 'B', partOf: 'event:c', evidence: evidence(g) },
      { id: 'event:c', type: 'summit', name: 'C', partOf: 'event:b', evidence: evidence(g) },
    ]
    expect(codes(g).errors).toEqual([
      ['events[0].partOf', 'self_reference'],
      ['events[2].partOf', 'reference_cycle'],
    ])
  })

  it('loops of causes, of places within places and of organizations belonging to each other', () => {
    const g: Json = sampleGraphJson()
    g.events = [
      { id: 'event:a', type: 'attack', name: 'A', causedBy: ['event:b'], evidence: evidence(g) },
      { id: 'event:b', type: 'attack', name: 'B', causedBy: ['event:c'], evidence: evidence(g) },
      { id: 'event:c', type: 'attack', name: 'C', causedBy: ['event:a'], evidence: evidence(g) },
    ]
    g.places.push({ id: 'place:x', name: 'X', kind: 'region', within: 'place:y' }, { id: 'place:y', name: 'Y', kind: 'region', within: 'place:x' })
    g.actors.push(
      { kind: 'organization', id: 'org:x', name: 'X', partOf: 'org:y' },
      { kind: 'organization', id: 'org:y', name: 'Y', partOf: 'org:x' },
    )
    const found = codes(g).errors
    expect(found.filter(([, code]) => code === 'reference_cycle').map(([path]) => path).sort()).toEqual(
      [`actors[${g.actors.length - 1}].partOf`, 'events[2].causedBy[0]', 'places[2].within'].sort(),
    )
  })

  it('a statement contradicting itself and a relation of an actor with itself', () => {
    const g: Json = sampleGraphJson()
    g.statements[0].contradicts = [g.statements[0].id]
    g.relations = [{ id: 'relation:1', type: 'close-ties', subject: 'state:PT', object: 'state:PT', evidence: evidence(g) }]
    expect(codes(g).errors).toEqual([
      ['statements[0].contradicts[0]', 'self_reference'],
      ['relations[0].object', 'self_reference'],
    ])
  })

  it('a chain that ends is fine', () => {
    const g: Json = sampleGraphJson()
    g.events = [
      { id: 'event:a', type: 'summit', name: 'A', partOf: 'event:b', evidence: evidence(g) },
      { id: 'event:b', type: 'summit', name: 'B', partOf: 'event:c', evidence: evidence(g) },
      { id: 'event:c', type: 'summit', name: 'C', evidence: evidence(g) },
    ]
    expect(codes(g)).toEqual({ errors: [], warnings: [] })
  })
})

describe('warnings: suspicious but possible', () => {
  it('a conveyance by or to someone who did not take part is a warning, and the graph stays valid', () => {
    const g: Json = sampleGraphJson()
    g.meetings[0].conveyed = [{ by: 'state:PT', to: 'person:kenji-sato', content: 'Greetings.', evidence: evidence(g) }]
    expect(codes(g)).toEqual({ errors: [], warnings: [['meetings[0].conveyed[0].by', 'not_a_participant']] })
    expect(validateGraph(g)._tag).toBe('Right')
    expect(validateGraph(g, { rules: { not_a_participant: 'error' } })._tag).toBe('Left')
  })

  it('a position resting on a statement none of its holders made is a warning; a minister speaks for the state', () => {
    const g: Json = sampleGraphJson()
    const statement = g.statements[0]
    g.positions = [
      { id: 'position:1', holders: ['state:JP'], target: { kind: 'proposition', text: 'cooperation' }, stance: 'supports',
        basis: [{ kind: 'statement', statement: statement.id }], evidence: evidence(g) },
    ]
    const speaker = g.actors.find((a: Json) => a.id === statement.speakers[0])
    expect(speaker.posts.some((post: Json) => post.of === 'state:JP')).toBe(false)
    expect(codes(g).warnings).toEqual([['positions[0].basis[0].statement', 'basis_by_another']])
    g.positions[0].holders = [speaker.posts[0].of]
    expect(codes(g)).toEqual({ errors: [], warnings: [] })
  })

  it('the fixtures raise no warning', () => {
    for (const graph of [canonicalGraph, ukrainePeaceSummitGraph, trumpPutinCallGraph, unGeneralAssemblyVoteGraph]) expect(codes(graph).warnings).toEqual([])
  })
})
