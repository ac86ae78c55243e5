// Roles of participants: the vocabulary and its struct, the new field on meetings and events (decoding,
// compiled guard and JSON Schema agree), the graph check on role-holders, and the role queries.
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  actorsInRole,
  decodeWith,
  Event,
  factsOfActor,
  Graph,
  indexGraph,
  initiatorsOf,
  jsonSchemaFor,
  make,
  Meeting,
  ParticipantRole,
  Participation,
  rolesOfActor,
  validateGraph,
} from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'
import { codes } from './support/report.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const guardOf = new Map(compiledGuards)
const guard = (codec: t.Mixed) => guardOf.get(codec)!
const schemaOf = (name: string) => compileStrict(jsonSchemaFor(name))

/** The sample graph, with an event citing the meeting's evidence. */
const withEvent = (event: Record<string, unknown>): Json => {
  const g: Json = sampleGraphJson()
  g.events.push({ id: 'event:x', type: 'attack', name: 'An attack', evidence: g.meetings[0].evidence, ...event })
  return g
}

describe('ParticipantRole and Participation', () => {
  it('takes the built-in roles and coded values, and nothing else', () => {
    for (const role of ['initiator', 'target', 'host', 'visitor', 'mediator', 'organizer', 'chair', 'signatory', 'guarantor', 'observer', 'victim', 'perpetrator', 'spokesperson', 'other']) {
      expect(ParticipantRole.is(role), role).toBe(true)
    }
    expect(ParticipantRole.is({ scheme: 'ace', code: 'Attacker' })).toBe(true)
    expect(ParticipantRole.is('bystander')).toBe(false)
    const result = decodeWith(Participation)({ actor: 'state:TR', role: 'bystander' })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.join('.'), i.code])).toEqual([['role', 'invalid_value']])
  })

  it('a participation needs an actor, and its evidence, when given, is not empty', () => {
    expect(decodeWith(Participation)({ role: 'host' })._tag).toBe('Left')
    const empty = decodeWith(Participation)({ actor: 'state:TR', role: 'host', evidence: [] })
    expect(empty._tag === 'Left' && empty.left.map((i) => i.code)).toEqual(['too_short'])
  })
})

describe('roles on meetings and events', () => {
  const meeting = (): Json => ({ ...sampleGraphJson().meetings[0], roles: [{ actor: 'person:ana-silva', role: 'host' }, { actor: 'person:kenji-sato', role: 'visitor' }] })

  it('decode, and the compiled guard and the JSON Schema agree, both ways', () => {
    const good = meeting()
    expect(decodeWith(Meeting)(good)._tag).toBe('Right')
    expect(guard(Meeting)(good)).toBe(true)
    expect(schemaOf('Meeting')(good)).toBe(true)
    const bad = { ...good, roles: [{ actor: 'person:ana-silva', role: 'hostess' }] }
    expect(decodeWith(Meeting)(bad)._tag).toBe('Left')
    expect(guard(Meeting)(bad)).toBe(false)
    expect(schemaOf('Meeting')(bad)).toBe(false)
    const event = { id: 'event:x', type: 'invasion', name: 'X', evidence: good.evidence, roles: [{ actor: 'state:RU', role: 'initiator' }] }
    expect([Event.is(event), guard(Event)(event), schemaOf('Event')(event)]).toEqual([true, true, true])
  })

  it('graphs without roles still decode', () => {
    expect(Graph.is(sampleGraphJson())).toBe(true)
    expect(validateGraph(sampleGraphJson())._tag).toBe('Right')
  })
})

describe('the role-holder check', () => {
  it('a role in a meeting given to a non-participant is a warning, and the graph stays valid', () => {
    const g: Json = sampleGraphJson()
    g.meetings[0].roles = [{ actor: 'person:ana-silva', role: 'host' }, { actor: 'state:PT', role: 'organizer' }]
    expect(codes(g)).toEqual({ errors: [], warnings: [['meetings[0].roles[1].actor', 'role_not_a_participant']] })
    expect(validateGraph(g)._tag).toBe('Right')
    expect(validateGraph(g, { rules: { role_not_a_participant: 'error' } })._tag).toBe('Left')
    g.meetings[0].roles.pop()
    expect(codes(g)).toEqual({ errors: [], warnings: [] })
  })

  it('in an event, participants and organizers both count, and an event listing neither is not checked', () => {
    const roles = [{ actor: 'state:PT', role: 'initiator' }, { actor: 'state:JP', role: 'victim' }]
    expect(codes(withEvent({ roles })).warnings).toEqual([])
    expect(codes(withEvent({ roles, participants: ['state:PT'] })).warnings).toEqual([['events[0].roles[1].actor', 'role_not_a_participant']])
    expect(codes(withEvent({ roles, participants: ['state:PT'], organizers: ['state:JP'] })).warnings).toEqual([])
  })

  it('a role naming an unknown actor or a place is an error, as any reference', () => {
    const g = withEvent({ roles: [{ actor: 'place:lisbon', role: 'initiator' }, { actor: 'state:XX', role: 'target' }] })
    expect(codes(g).errors).toEqual([
      ['events[0].roles[0].actor', 'wrong_reference_kind'],
      ['events[0].roles[1].actor', 'dangling_reference'],
    ])
  })
})

describe('role queries', () => {
  const graph = make(Graph)(withEvent({ roles: [{ actor: 'state:PT', role: 'initiator' }, { actor: 'state:JP', role: 'target' },
    { actor: 'state:PT', role: { scheme: 'ace', code: 'Attacker' } }, { actor: 'state:PT', role: 'initiator' }] }))
  const index = indexGraph(graph)

  it('actorsInRole and initiatorsOf read the roles, each actor once; coded roles compare by scheme and code', () => {
    expect(initiatorsOf('event:x')(index)).toEqual(['state:PT'])
    expect(actorsInRole('target')('event:x')(index)).toEqual(['state:JP'])
    expect(actorsInRole({ scheme: 'ace', code: 'Attacker' })('event:x')(index)).toEqual(['state:PT'])
    expect(actorsInRole({ scheme: 'ace', code: 'Target' })('event:x')(index)).toEqual([])
    expect(actorsInRole('host')('meeting:sample')(index)).toEqual([])
    expect(initiatorsOf('event:nope')(index)).toEqual([])
    expect(initiatorsOf('statement:sample')(index)).toEqual([])
  })

  it('factsOfActor finds an actor named only in a role, and rolesOfActor says which', () => {
    expect(factsOfActor('state:JP')(index).map((f) => f.record.id)).toEqual(['event:x'])
    expect(rolesOfActor('state:JP')(index).map(({ fact, role }) => [fact.record.id, role])).toEqual([['event:x', 'target']])
    expect(rolesOfActor('person:ana-silva')(index)).toEqual([])
  })
})
