import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateGraph } from 'news-codecs'
import type { Graph } from 'news-codecs'
import { fromPopolo, popoloClassOf, toPopolo } from 'news-codecs/converters'
import type { PopoloLoss } from 'news-codecs/converters'

const dir = new URL('./data/popolo/', import.meta.url)
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, dir), 'utf8'))
const full = read('full.json')
const assembly = read('ga-es-11-1.json')
const invalid = read('invalid.json')
const hostile = read('hostile.json')
const canonical = JSON.parse(readFileSync(new URL('../fixtures/canonical.graph.json', import.meta.url), 'utf8')) as Graph

// The properties each class of the Popolo specification defines (its JSON Schemas), and the lists of an export.
const DEFINED = {
  persons: ['id', 'name', 'other_names', 'identifiers', 'family_name', 'given_name', 'additional_name', 'honorific_prefix', 'honorific_suffix',
    'patronymic_name', 'sort_name', 'email', 'gender', 'pronouns', 'birth_date', 'death_date', 'image', 'summary', 'biography', 'national_identity',
    'contact_details', 'links', 'memberships', 'motions', 'speeches', 'votes', 'created_at', 'updated_at', 'sources'],
  organizations: ['id', 'name', 'other_names', 'identifiers', 'classification', 'parent_id', 'parent', 'area_id', 'area', 'abstract', 'description',
    'founding_date', 'dissolution_date', 'image', 'contact_details', 'links', 'memberships', 'posts', 'motions', 'vote_events', 'votes', 'children',
    'created_at', 'updated_at', 'sources'],
  posts: ['id', 'label', 'other_label', 'role', 'organization_id', 'organization', 'area_id', 'area', 'start_date', 'end_date', 'contact_details',
    'links', 'memberships', 'created_at', 'updated_at', 'sources'],
  memberships: ['id', 'label', 'role', 'member', 'person_id', 'person', 'organization_id', 'organization', 'post_id', 'post', 'on_behalf_of_id',
    'on_behalf_of', 'area_id', 'area', 'start_date', 'end_date', 'contact_details', 'links', 'created_at', 'updated_at', 'sources'],
  events: ['id', 'name', 'description', 'start_date', 'end_date', 'location', 'status', 'identifiers', 'classification', 'organization_id',
    'organization', 'attendees', 'parent_id', 'parent', 'children', 'created_at', 'updated_at', 'sources'],
  speeches: ['id', 'creator_id', 'creator', 'role', 'attribution_text', 'audience_id', 'audience', 'text', 'audio', 'video', 'date', 'title', 'type',
    'position', 'event_id', 'event', 'created_at', 'updated_at', 'sources'],
  motions: ['id', 'organization_id', 'organization', 'legislative_session_id', 'legislative_session', 'creator_id', 'creator', 'text', 'identifier',
    'classification', 'date', 'requirement', 'result', 'vote_events', 'created_at', 'updated_at', 'sources'],
  vote_events: ['id', 'organization_id', 'organization', 'legislative_session_id', 'legislative_session', 'identifier', 'motion_id', 'motion',
    'classification', 'start_date', 'end_date', 'result', 'group_results', 'counts', 'votes', 'created_at', 'updated_at', 'sources'],
  areas: ['id', 'name', 'identifier', 'classification', 'parent_id', 'parent', 'geometry', 'memberships', 'organizations', 'posts', 'children',
    'created_at', 'updated_at', 'sources'],
} as const
// The classes held inside others, with where they are held.
const NESTED = {
  other_name: [['persons', 'other_names'], ['organizations', 'other_names']],
  identifier: [['persons', 'identifiers'], ['organizations', 'identifiers'], ['events', 'identifiers']],
  link: [['persons', 'links'], ['persons', 'sources'], ['memberships', 'sources']],
  contact_detail: [['persons', 'contact_details']],
  count: [['vote_events', 'counts']],
  vote: [['vote_events', 'votes']],
  group_result: [['vote_events', 'group_results']],
} as const
const NESTED_DEFINED = {
  other_name: ['name', 'family_name', 'given_name', 'additional_name', 'honorific_prefix', 'honorific_suffix', 'patronymic_name', 'start_date', 'end_date', 'note'],
  identifier: ['identifier', 'scheme'],
  link: ['url', 'note'],
  contact_detail: ['label', 'type', 'value', 'note', 'valid_from', 'valid_until', 'created_at', 'updated_at', 'sources'],
  count: ['option', 'value', 'group_id', 'group'],
  vote: ['id', 'vote_event_id', 'vote_event', 'voter_id', 'voter', 'option', 'group_id', 'group', 'role', 'weight', 'pair_id', 'pair'],
  group_result: ['group_id', 'group', 'result'],
} as const

type Json = Record<string, unknown>
const records = (input: Json, list: string): Json[] => (Array.isArray(input[list]) ? (input[list] as Json[]) : [])
const keysOf = (objects: ReadonlyArray<unknown>): Set<string> => new Set(objects.flatMap((o) => (typeof o === 'object' && o !== null ? Object.keys(o) : [])))

// Every leaf of a JSON value, with its JSON pointer.
const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))
    : [[path, value]]

const keysIn = (path: string): string[] => path.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))

const at = (value: unknown, keys: ReadonlyArray<string>): unknown =>
  keys.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Json)[key] : undefined), value)

// The value at a path of the export in the export written back: a record of a list is found by its id
// (the written lists need not keep the order of the read ones), else by its place in the list.
const backAt = (input: Json, back: Json, path: string): unknown => {
  const [list, index, ...rest] = keysIn(path)
  if (list === undefined || index === undefined) return at(back, keysIn(path))
  const original = at(input, [list, index]) as Json | undefined
  const written = records(back, list)
  const match = typeof original?.['id'] === 'string' ? written.find((o) => o['id'] === original['id']) : written[Number(index)]
  return at(match, rest)
}

// Every value at a path, any entry of a list standing for the one at its index: a record dropped from a list
// moves those after it. A motion embedded in a vote event is written to the list of motions.
const anywhereAt = (value: unknown, keys: ReadonlyArray<string>): unknown[] => {
  if (keys[0] === 'vote_events' && keys[2] === 'motion') return anywhereAt(value, ['motions', '0', ...keys.slice(3)])
  const step = (nodes: unknown[], key: string): unknown[] =>
    nodes.flatMap((node) => (Array.isArray(node) && /^\d+$/.test(key) ? node : typeof node === 'object' && node !== null ? [(node as Json)[key]] : []))
  return keys.reduce<unknown[]>(step, [value])
}

const covered = (losses: ReadonlyArray<PopoloLoss>, path: string): boolean =>
  losses.some((loss) => loss.path === '' || path === loss.path || path.startsWith(`${loss.path}/`))

describe('the test exports', () => {
  it('the full export uses every property each Popolo class defines', () => {
    for (const [list, defined] of Object.entries(DEFINED)) {
      const used = keysOf(records(full, list))
      expect([list, defined.filter((key) => !used.has(key))]).toEqual([list, []])
      expect([list, [...used].filter((key) => !(defined as ReadonlyArray<string>).includes(key))]).toEqual([list, []])
    }
    for (const [cls, places] of Object.entries(NESTED)) {
      const held = places.flatMap(([list, key]) => records(full, list).flatMap((o) => (Array.isArray(o[key]) ? (o[key] as unknown[]) : [])))
      const used = keysOf(held)
      expect([cls, NESTED_DEFINED[cls as keyof typeof NESTED_DEFINED].filter((key) => !used.has(key))]).toEqual([cls, []])
    }
  })

  it('the General Assembly export holds only properties Popolo defines', () => {
    for (const [list, defined] of Object.entries(DEFINED)) {
      expect([...keysOf(records(assembly, list))].filter((key) => !(defined as ReadonlyArray<string>).includes(key))).toEqual([])
    }
  })
})

describe('popoloClassOf', () => {
  it('tells an export and each class by its keys', () => {
    expect(popoloClassOf(full)).toBe('export')
    expect(popoloClassOf(records(full, 'persons')[0])).toBe('person')
    expect(popoloClassOf(records(full, 'organizations')[0])).toBe('organization')
    expect(popoloClassOf(records(full, 'posts')[0])).toBe('post')
    expect(popoloClassOf(records(full, 'memberships')[0])).toBe('membership')
    expect(popoloClassOf(records(full, 'events')[0])).toBe('event')
    expect(popoloClassOf(records(full, 'speeches')[0])).toBe('speech')
    expect(popoloClassOf(records(full, 'motions')[0])).toBe('motion')
    expect(popoloClassOf(records(full, 'vote_events')[0])).toBe('vote_event')
    expect(popoloClassOf(records(full, 'areas')[1])).toBe('area')
    expect(popoloClassOf({ id: 'x', name: 'X' })).toBeUndefined()
    expect(popoloClassOf('x')).toBeUndefined()
  })
})

describe('fromPopolo', () => {
  it.each([
    ['full.json', full],
    ['ga-es-11-1.json', assembly],
  ])('%s makes a valid graph with no issues', (_, input) => {
    const { graph, issues } = fromPopolo(input)
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
  })

  it('reads people, organizations, tenures, events, meetings, speeches and votes', () => {
    const { graph } = fromPopolo(full)
    expect(graph.actors.map((actor) => [actor.kind, actor.id])).toEqual([
      ['person', 'person:ada-example'], ['person', 'person:ben-example'], ['person', 'person:cleo-example'],
      ['organization', 'organization:assembly'], ['organization', 'organization:harbour-committee'], ['organization', 'organization:green-party']])
    expect(graph.actors[0]).toMatchObject({
      name: 'Ada Example',
      names: [{ text: 'Ada Sample', from: '1970-04-02', to: '1998-06-30' }],
      identifiers: [{ scheme: 'assembly-register', value: 'A-1001' }],
      sameAs: [{ identifier: { scheme: 'popolo', value: 'ada-example' } }, { url: 'https://example.org/members/ada-example' }],
      posts: [{ office: 'Member for North Shore', of: 'organization:assembly', from: '2020-01-10', to: '2024-12-31', otherNames: ['MP for North Shore'],
        sources: [{ identifier: { scheme: 'popolo', value: 'm-ada-member' } }, { url: 'https://example.org/members/ada-example/record' },
          { identifier: { scheme: 'popolo', value: 'member-north-shore' }, covers: ['office'] }] }],
    })
    expect(graph.actors[1]).toMatchObject({ posts: [{ office: 'Chair', of: 'organization:harbour-committee', from: '2021-03' }] })
    expect(graph.actors[2]).toMatchObject({ posts: [{ office: 'member', of: 'organization:green-party' }] })
    expect(graph.actors[3]).toMatchObject({ type: 'government-body' })
    expect(graph.actors[4]).toMatchObject({ type: 'government-body', partOf: 'organization:assembly' })
    expect(graph.actors[5]).toMatchObject({ sectors: ['party'] })
    expect(graph.places.map((place) => [place.id, place.kind, place.within])).toEqual([
      ['place:example-land', 'country', undefined], ['place:north-shore', 'region', 'place:example-land'], ['place:popolo-assembly-hall', 'other', undefined]])
    expect(graph.events.map((event) => [event.id, event.type, event.partOf])).toEqual([
      ['event:session-3', 'session', 'event:term-9'], ['event:term-9', 'other', undefined]])
    expect(graph.events[0]).toMatchObject({ time: { value: '2024-01-09/2024-12-20' }, realis: 'actual', organizers: ['organization:assembly'],
      participants: ['person:ada-example'], place: 'place:popolo-assembly-hall' })
    expect(graph.meetings).toMatchObject([{ id: 'meeting:sitting-42', participants: ['person:ada-example', 'person:ben-example'],
      sidelinesOf: 'event:session-3', time: { value: '2024-05-14T10:00:00Z' } }])
    const [statement] = graph.statements
    expect(statement).toMatchObject({ id: 'statement:speech-1', speakers: ['person:ada-example'], addressees: ['person:ben-example'],
      occasion: 'meeting:sitting-42', medium: 'speech', time: { value: '2024-05-14T10:12:00Z' } })
    expect(statement?.content.kind === 'quote' && statement.content.evidence.quote).toBe(records(full, 'speeches')[0]?.['text'])
    expect(graph.articles).toMatchObject([{ id: 'article:popolo-speech-1', headline: 'Harbour access' }])
    expect(graph.votes).toMatchObject([{
      id: 'vote:vote-harbour', on: { kind: 'motion', text: 'That the House keeps the harbour open to every fishing boat.' },
      body: 'organization:assembly', occasion: 'event:session-3', result: 'adopted', requirement: 'a simple majority',
      time: { value: '2024-05-14T11:00:00Z/2024-05-14T11:15:00Z' },
      counts: [{ option: 'yes', count: 51 }, { option: 'no', count: 40 }, { option: 'not-voting', count: 8 }],
      votes: [{ voter: 'person:ada-example', option: 'yes' }, { voter: 'person:ben-example', option: 'no' }, { voter: 'person:cleo-example', option: 'paired' }],
    }])
  })

  it('reads the General Assembly vote on resolution ES-11/1: states by their ISO code, counts and named votes', () => {
    const { graph } = fromPopolo(assembly)
    expect(graph.actors.map((actor) => actor.id)).toEqual(['organization:un-general-assembly', 'state:RU', 'state:BY', 'state:KP', 'state:ER',
      'state:SY', 'state:CN', 'state:IN', 'state:UA', 'state:US'])
    const vote = graph.votes?.[0]
    expect(vote).toMatchObject({ on: { kind: 'motion', text: 'Aggression against Ukraine' }, body: 'organization:un-general-assembly',
      occasion: 'event:ga-es-11', result: 'adopted', time: { value: '2022-03-02' },
      counts: [{ option: 'yes', count: 141 }, { option: 'no', count: 5 }, { option: 'abstain', count: 35 }, { option: 'absent', count: 12 }] })
    expect(vote?.votes?.filter((v) => v.option === 'no').map((v) => v.voter)).toEqual(['state:BY', 'state:KP', 'state:ER', 'state:RU', 'state:SY'])
    expect(vote?.sources).toEqual([{ identifier: { scheme: 'popolo', value: 'A/RES/ES-11/1' } }, { url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1' },
      { identifier: { scheme: 'popolo', value: 'A/ES-11/L.1' }, covers: ['on'] }])
  })

  it.each([
    ['full.json', full],
    ['ga-es-11-1.json', assembly],
    ['invalid.json', invalid],
    ['hostile.json', hostile],
  ])('every leaf of %s is mapped or reported as a loss', (_, input) => {
    const { graph, losses } = fromPopolo(input)
    const { popolo } = toPopolo(graph)
    const unaccounted = leaves(input).filter(([path, value]) => !covered(losses, path) && !anywhereAt(popolo, keysIn(path)).some((v) => Object.is(v, value)))
    expect(unaccounted).toEqual([])
  })

  it('round-trips every value with a home: Popolo, graph, Popolo', () => {
    for (const input of [full, assembly]) {
      const { graph, losses } = fromPopolo(input)
      const { popolo } = toPopolo(graph)
      const kept = leaves(input).filter(([path]) => !covered(losses, path))
      expect(kept.length).toBeGreaterThan(60)
      for (const [path, value] of kept) expect([path, backAt(input, popolo, path)]).toEqual([path, value])
    }
  })

  it('names its reasons: a loss of each unheld property of the full export', () => {
    const paths = fromPopolo(full).losses.map((loss) => loss.path)
    expect(paths).toEqual(expect.arrayContaining(['/persons/0/gender', '/organizations/0/abstract', '/posts/0/area_id',
      '/posts/1', '/memberships/0/on_behalf_of_id', '/events/2/name', '/speeches/0/attribution_text', '/speeches/1', '/motions/0/creator_id',
      '/vote_events/0/group_results', '/vote_events/0/counts/3', '/vote_events/0/votes/0/weight', '/areas/1/geometry']))
  })

  it('reads one record of a class, its paths then relative to the record', () => {
    const person = records(full, 'persons')[0]
    const one = fromPopolo(person)
    expect(one.graph.actors.map((actor) => actor.id)).toEqual(['person:ada-example'])
    expect(one.losses.map((loss) => loss.path)).toContain('/gender')
    const born = one.graph.actors[0]
    expect(born?.kind === 'person' && [born.born, born.died]).toEqual(['1970-04-02', '2060-01-01'])
    const asArea = fromPopolo({ id: 'x', name: 'Example Town', classification: 'city' }, { class: 'area' })
    expect(asArea.graph.places).toEqual([{ id: 'place:x', name: 'Example Town', kind: 'city', sameAs: [{ identifier: { scheme: 'popolo', value: 'x' } }] }])
    const untold = fromPopolo({ id: 'x', name: 'X' })
    expect(untold.issues.map((issue) => issue.code)).toEqual(['invalid_value'])
    const membership = fromPopolo({ id: 'm-1', person_id: 'nobody', organization_id: 'house' })
    expect(membership.issues.map((issue) => [issue.path, issue.code])).toEqual([[['person_id'], 'dangling_reference'], [['organization_id'], 'dangling_reference']])
  })

  it('reads words it cannot keep as losses: a post in another organization, a party, a status', () => {
    const { graph, losses, issues } = fromPopolo({
      persons: [{ id: 'a', name: 'A Example' }],
      organizations: [{ id: 'o1', name: 'One Example', classification: 'party' }, { id: 'o2', name: 'Two Example', classification: 'Political Party' }],
      posts: [{ id: 'p', label: 'Leader', organization_id: 'o1' }],
      memberships: [{ id: 'm', person_id: 'a', post_id: 'p', organization_id: 'o2' }],
      events: [{ id: 'e', name: 'Example summit', classification: 'summit', status: 'cancelled' }, { id: 'f', name: 'Example visit', classification: 'visit', status: 'unknown' }],
    })
    expect(issues).toEqual([])
    expect(losses.map((loss) => loss.path)).toEqual(['/organizations/1/classification', '/posts/0/organization_id', '/events/1/status'])
    expect(graph.actors.slice(1).map((actor) => actor.kind === 'organization' && actor.sectors)).toEqual([['party'], ['party']])
    expect(graph.actors[0]?.kind === 'person' && graph.actors[0].posts?.[0]?.of).toBe('organization:o2')
    expect(graph.events.map((event) => [event.type, event.schedule?.[0]?.status])).toEqual([['summit', 'cancelled'], ['visit', undefined]])
    expect(toPopolo(graph).popolo['events']?.[0]?.['status']).toBe('cancelled')
  })

  it('keeps the Popolo ids in another scheme when asked', () => {
    const { graph } = fromPopolo(assembly, { scheme: 'un-voting' })
    expect(graph.actors[1]?.sameAs).toEqual([{ identifier: { scheme: 'un-voting', value: 'russian-federation' } }])
    expect(toPopolo(graph, { scheme: 'un-voting' }).popolo['organizations']?.[1]?.['id']).toBe('russian-federation')
  })

  it('reports duplicate ids, unknown ids, dates out of order and wrong types as issues at their source paths', () => {
    const { issues, graph } = fromPopolo(invalid)
    expect(issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual([
      ['speeches', 'invalid_type'], ['persons/1/id', 'duplicate_id'], ['persons/2/name', 'invalid_type'], ['persons/3/other_names', 'invalid_type'],
      ['persons/3/identifiers/0/identifier', 'invalid_value'], ['memberships/0/person_id', 'dangling_reference'],
      ['memberships/1/end_date', 'interval_order'], ['memberships/2/organization_id', 'invalid_type'], ['events/0/start_date', 'invalid_value'],
      ['vote_events/0/motion_id', 'dangling_reference'], ['vote_events/1/counts/0/value', 'invalid_value'],
      ['vote_events/1/votes/0/voter_id', 'dangling_reference'], ['vote_events/1/votes/1/vote_event_id', 'invalid_value'],
    ])
    expect(validateGraph(graph)._tag).toBe('Right')
  })

  it('reports the graph issues under `graph`', () => {
    const { issues } = fromPopolo({ vote_events: [{ id: 'v', motion: { text: 'That the House adjourn.' },
      counts: [{ option: 'yes', value: 2 }], votes: [{ voter_id: 'a', option: 'yes' }, { voter_id: 'b', option: 'yes' }, { voter_id: 'c', option: 'yes' }] }],
      persons: [{ id: 'a', name: 'A Example' }, { id: 'b', name: 'B Example' }, { id: 'c', name: 'C Example' }] })
    expect(issues.map((issue) => issue.path[0])).toEqual(['graph'])
  })

  it('never throws on hostile input, and pollutes nothing', () => {
    const { graph, losses } = fromPopolo(hostile)
    expect(({} as Json)['polluted']).toBeUndefined()
    expect(losses.map((loss) => loss.path)).toEqual(expect.arrayContaining(['/__proto__', '/constructor', '/persons/1/__proto__', '/vote_events/0/motion/__proto__']))
    expect(graph.actors.map((actor) => actor.id)).toEqual(['person:proto', 'person:constructor', 'organization:popolo-organizations-2', 'organization:hasownproperty'])
    expect(graph.actors[0]?.kind === 'person' && graph.actors[0].posts).toMatchObject([{ office: 'constructor', of: 'organization:hasownproperty' }])
    for (const input of [null, 7, 'text', [], [full], { persons: 'x' }, { persons: [{ name: 3 }] }, { vote_events: [{ motion: 'x', counts: {} }] }]) {
      expect(() => fromPopolo(input)).not.toThrow()
      expect(fromPopolo(input).issues.length).toBeGreaterThan(0)
    }
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no keys') } })
    expect(fromPopolo(trap).issues.map((issue) => issue.code)).toEqual(['unprocessable'])
    const looping: Json = { id: 'p', name: 'Loop Example' }
    looping['memberships'] = [looping]
    expect(() => fromPopolo({ persons: [looping] })).not.toThrow()
  })
})

describe('toPopolo', () => {
  it('writes the canonical graph, each loss at a path of the graph', () => {
    const { popolo, losses } = toPopolo(canonical)
    expect((popolo['persons'] ?? []).length).toBeGreaterThan(0)
    expect(popolo['memberships']?.length).toBe(canonical.actors.flatMap((actor) => (actor.kind === 'person' ? actor.posts ?? [] : [])).length)
    for (const loss of losses) expect([loss.path, at(canonical, keysIn(loss.path))]).toEqual([loss.path, loss.value])
    expect(validateGraph(fromPopolo(popolo).graph)._tag).toBe('Right')
  })

  it('reports every field with no Popolo home', () => {
    const evidence = [{ article: 'article:1', start: 0, end: 5, quote: 'voted' }]
    const graph = {
      articles: [{ id: 'article:1', text: 'voted for it' }],
      actors: [
        { kind: 'person', id: 'person:a', name: 'A Example', nationality: 'state:GB', sectors: ['government'],
          names: [{ text: 'Ä Example', lang: 'de' }], posts: [{ office: 'Speaker', evidence }] },
        { kind: 'state', id: 'state:GB', name: 'United Kingdom', countryCode: 'GB' },
        { kind: 'group', id: 'group:w', name: 'Western delegations', vague: true },
      ],
      places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [],
      votes: [{ id: 'vote:1', name: 'A vote', on: { kind: 'document', document: 'document:1' }, total: 3, result: 'vetoed', evidence }],
      id: 'graph:1',
    } as unknown as Graph
    const { popolo, losses } = toPopolo(graph)
    expect(losses.map((loss) => loss.path)).toEqual(['/actors/0/names/0/lang', '/actors/0/nationality', '/actors/0/sectors/0', '/actors/0/posts/0/evidence',
      '/actors/2', '/votes/0/on', '/votes/0/result', '/votes/0/name', '/votes/0/total', '/votes/0/evidence', '/articles/0', '/id'])
    expect(popolo['organizations']).toEqual([{ id: 'state:GB', name: 'United Kingdom', identifiers: [{ scheme: 'iso3166-1', identifier: 'GB' }], classification: 'state' }])
  })

  it("keeps a person's birth and death and an organization's founding and dissolution, both ways, and flags an end before the start", () => {
    const exported = {
      persons: [{ id: 'p', name: 'P', birth_date: '1950-12-29', death_date: '2024-01-02' }],
      organizations: [{ id: 'o', name: 'O', founding_date: '1945-10-24', dissolution_date: '1991-12-26' }],
    }
    const { graph, losses, issues } = fromPopolo(exported)
    expect([losses, issues]).toEqual([[], []])
    expect(graph.actors.map((actor) => actor.kind === 'person' ? [actor.born, actor.died] : actor.kind === 'organization' ? [actor.founded, actor.dissolved] : []))
      .toEqual([['1950-12-29', '2024-01-02'], ['1945-10-24', '1991-12-26']])
    const back = toPopolo(graph)
    expect(back.popolo.persons?.[0]).toMatchObject({ birth_date: '1950-12-29', death_date: '2024-01-02' })
    expect(back.popolo.organizations?.[0]).toMatchObject({ founding_date: '1945-10-24', dissolution_date: '1991-12-26' })
    const reversed = fromPopolo({ persons: [{ id: 'p', name: 'P', birth_date: '2000', death_date: '1999' }] })
    expect(reversed.issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual([['persons/0/death_date', 'interval_order']])
  })
})
