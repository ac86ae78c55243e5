import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateGraph } from 'news-codecs'
import { fromPlover, fromPloverRecords } from 'news-codecs/converters'

const dir = new URL('./data/plover/', import.meta.url)
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'))
const full = read('full.json') as Record<string, unknown>
const minimal = read('minimal.json')
const merged = read('merged.json') as ReadonlyArray<unknown>
const invalid = read('invalid.json')
const hostile = read('hostile.json')

// The fields of a record, an entity, a location and a citation as the PLOVER manual's Data Fields chapter
// lists them, with the size object's figures.
const RECORD_FIELDS = ['id', 'has_event', 'date', 'time', 'enddate', 'endtime', 'actor', 'recipient', 'event', 'event_loc', 'event_text',
  'quad_code', 'event_scale', 'mode', 'context', 'link', 'text', 'text_info', 'cite_info', 'coder', 'coded_date', 'coded_time', 'comment', 'size']
const ENTITY_FIELDS = ['code', 'sector', 'entity_text', 'identifier_id', 'identifier_text', 'religion', 'ethnicity', 'office', 'gender', 'age']
const LOCATION_FIELDS = ['extracted_place', 'resolved_place', 'geonameid', 'lat', 'lon', 'city', 'district', 'province', 'country', 'country_code',
  'feature_class', 'feature_code', 'resolution']
const CITE_FIELDS = ['corpus', 'citation', 'url', 'title', 'language', 'publication', 'license', 'copyright', 'coder', 'codebook', 'version']
const TEXT_INFO_FIELDS = ['sequence', 'start', 'end', 'text_story']

// Every leaf of a JSON value, with its JSON pointer.
const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))
    : [[path, value]]

describe('fromPlover', () => {
  it('the full record uses every field PLOVER defines', () => {
    expect(Object.keys(full).sort()).toEqual([...RECORD_FIELDS].sort())
    const entity = (full['actor'] as Array<Record<string, unknown>>)[0] ?? {}
    expect(Object.keys(entity).sort()).toEqual([...ENTITY_FIELDS].sort())
    expect(Object.keys(full['event_loc'] as object).sort()).toEqual([...LOCATION_FIELDS].sort())
    expect(Object.keys(full['cite_info'] as object).sort()).toEqual([...CITE_FIELDS].sort())
    expect(Object.keys(full['text_info'] as object).sort()).toEqual([...TEXT_INFO_FIELDS].sort())
  })

  it('reads the full record into an article, actors, a place and a supported event, and the graph validates', () => {
    const { graph, issues } = fromPlover(full)
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
    const article = graph.articles[0]
    expect(article).toMatchObject({ id: 'article:plover-example-20240506-0001', url: 'https://example.org/news/transport-union-march',
      headline: 'Transport union marches in Berlin', language: 'en', publisher: 'Example Wire' })
    expect(graph.actors).toMatchObject([
      { kind: 'organization', id: 'organization:wikidata-q4115189', name: 'Example Transport Union',
        identifiers: [{ scheme: 'wikidata', value: 'Q4115189' }], sectors: [{ scheme: 'plover-sector', code: 'LAB' }] },
      { kind: 'state', id: 'state:DE', name: 'Germany', countryCode: 'DE', sectors: [{ scheme: 'plover-sector', code: 'GOV' }] },
    ])
    expect(graph.places).toMatchObject([{ id: 'place:geonames-2950159', name: 'Berlin', kind: 'city', countryCode: 'DE',
      coordinates: { latitude: 52.52437, longitude: 13.41053 }, identifiers: [{ scheme: 'geonames', value: '2950159' }] }])
    const event = graph.events[0]
    expect(event).toMatchObject({
      id: 'event:plover-example-20240506-0001',
      type: { scheme: 'plover-mode', code: 'PROTEST:demo' },
      contexts: [{ scheme: 'plover-context', code: 'economic' }],
      time: { value: '2024-05-06T09:30:00Z/2024-05-06T17:00:00Z' },
      place: 'place:geonames-2950159',
      participants: ['organization:wikidata-q4115189', 'state:DE'],
      roles: [{ actor: 'organization:wikidata-q4115189', role: 'initiator' }, { actor: 'state:DE', role: 'target' }],
      annotation: { by: [{ kind: 'tool', name: 'Example Coding Desk' }, { kind: 'tool', name: 'example-coder 1.0' }], at: '2024-05-07T10:00:00Z' },
    })
    expect(event?.evidence?.[0]?.quote).toBe('marched through Berlin')
    expect(event?.quantities?.map((q) => (q.kind === 'value' ? [q.value, q.unit] : []))).toEqual([[0, 'people killed'], [3, 'people injured'], [12, 'people arrested']])
  })

  it('maps every leaf of the full record or reports it as a loss', () => {
    const { graph, losses } = fromPlover(full)
    const written = JSON.stringify(graph)
    // Leaves the graph holds in another form.
    const transformed: Record<string, string> = { '/recipient/0/code': '"DE"', '/event_loc/country_code': '"DE"', '/event_loc/resolution': '"city"',
      '/has_event': '"event:plover-example-20240506-0001"', '/coded_time': 'T10:00:00Z', '/time': 'T09:30:00Z', '/endtime': 'T17:00:00Z',
      '/date': '"2024-05-06T09:30:00Z/', '/enddate': '/2024-05-06T17:00:00Z"', '/coded_date': '"2024-05-07T10:00:00Z"',
      '/event/0': '"PROTEST:demo"', '/mode/0': '"PROTEST:demo"' }
    const unaccounted = leaves(full).filter(([path, value]) => {
      if (losses.some((loss) => path === loss.path || path.startsWith(`${loss.path}/`))) return false
      const form = transformed[path] ?? JSON.stringify(value)
      return !written.includes(form)
    })
    expect(unaccounted).toEqual([])
    expect(losses.map((loss) => loss.path)).toContain('/quad_code')
    expect(losses.map((loss) => loss.path)).toContain('/actor/0/religion')
    expect(losses.map((loss) => loss.path)).not.toContain('/mode/0')
    expect(losses.map((loss) => loss.path)).not.toContain('/context')
  })

  it('reads a minimal record, citing the record itself as the support of its meeting', () => {
    const { graph, losses, issues } = fromPlover(minimal)
    expect(issues).toEqual([])
    expect(losses).toEqual([])
    expect(graph.articles).toEqual([])
    expect(graph.actors.map((actor) => [actor.kind, actor.id, actor.name])).toEqual([['state', 'state:US', 'United States'], ['state', 'state:CA', 'Canada']])
    expect(graph.events).toEqual([])
    expect(graph.meetings[0]).toMatchObject({ id: 'meeting:plover-example-20160724-0042', participants: ['state:US', 'state:CA'],
      channel: { scheme: 'plover', code: 'CONSULT' }, time: { value: '2016-07-24' } })
    expect(graph.meetings[0]?.sources).toEqual([{ identifier: { scheme: 'plover', value: 'EXAMPLE-20160724-0042' } }])
    expect(graph.meetings[0]?.sameAs).toEqual([{ identifier: { scheme: 'plover', value: 'EXAMPLE-20160724-0042' } }])
    expect(fromPlover(minimal, { scheme: 'polecat' }).graph.meetings[0]?.sources?.[0]?.identifier?.scheme).toBe('polecat')
    const asEvent = fromPlover(minimal, { as: 'events' })
    expect(asEvent.graph.meetings).toEqual([])
    expect(asEvent.graph.events[0]?.sources).toEqual([{ identifier: { scheme: 'plover', value: 'EXAMPLE-20160724-0042' } }])
  })

  it('merges records of different categories into one graph, an actor several name being one record', () => {
    const { graph, issues, losses } = fromPloverRecords(merged)
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.meetings.map((meeting) => meeting.channel)).toEqual([{ scheme: 'plover-mode', code: 'CONSULT:phone' }])
    expect(graph.events.map((event) => event.type)).toEqual([{ scheme: 'plover', code: 'AGREE' }, { scheme: 'plover-mode', code: 'ASSAULT:aerial' }])
    expect(graph.actors.map((actor) => actor.id)).toEqual(['state:FR', 'state:DE', 'organization:plover-example-armed-group'])
    expect(graph.actors[0]?.sectors).toEqual([{ scheme: 'plover-sector', code: 'GOV' }, { scheme: 'plover-sector', code: 'MIL' }])
    expect(graph.meetings[0]?.evidence?.[0]?.quote).toBe('telephoned')
    expect(graph.events[1]?.quantities).toMatchObject([{ kind: 'value', value: 2, unit: 'people killed' }])
    expect(losses.map((loss) => loss.path)).toEqual(['/2/actor/0/code', '/2/size/injured'])
  })

  it('as events, every record is an event of its first category, its modes and contexts losses', () => {
    const { graph, issues, losses } = fromPloverRecords(merged, { as: 'events' })
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.meetings).toEqual([])
    expect(graph.events.map((event) => event.type)).toEqual([
      { scheme: 'plover', code: 'CONSULT' }, { scheme: 'plover', code: 'AGREE' }, { scheme: 'plover', code: 'ASSAULT' }])
    expect(graph.events[0]?.evidence?.[0]?.quote).toBe('telephoned')
    expect(losses.map((loss) => loss.path)).toEqual(['/0/mode/0', '/2/mode/0', '/2/actor/0/code', '/2/size/injured'])
    const fullEvent = fromPlover(full, { as: 'events' })
    expect(fullEvent.graph.events[0]?.type).toEqual({ scheme: 'plover', code: 'PROTEST' })
    expect(fullEvent.graph.events[0]?.contexts).toBeUndefined()
    expect(fullEvent.losses.map((loss) => loss.path)).toEqual(expect.arrayContaining(['/mode/0', '/context']))
  })

  it('reads countries by their ISO 3166-1 alpha-3 code, and a crowd of a country as a group', () => {
    const { graph, issues } = fromPlover({ id: 'EXAMPLE-3', date: '2024-01-02', event: 'PROTEST',
      actor: [{ code: 'GBR', sector: 'CVL', entity_text: 'Demonstrators' }], recipient: [{ code: 'GBR' }, { code: 'KOR' }, { code: 'CIV' }],
      text: 'Demonstrators gathered outside the embassies.' })
    expect(issues).toEqual([])
    expect(graph.actors.map((actor) => [actor.kind, actor.id])).toEqual([
      ['group', 'group:plover-example-3-actor-1'], ['state', 'state:GB'], ['state', 'state:KR'], ['state', 'state:CI']])
    expect(graph.actors[0]?.mentions?.[0]).toMatchObject({ start: 0, end: 13, quote: 'Demonstrators' })
  })

  it('reports an invalid record as issues at their source paths, and never throws', () => {
    const { graph, issues } = fromPlover(invalid)
    const found = issues.map((issue) => [issue.path.join('/'), issue.code])
    expect(found).toEqual(expect.arrayContaining([
      ['date', 'invalid_value'], ['time', 'invalid_type'], ['event/0', 'invalid_value'], ['mode/0', 'invalid_value'],
      ['actor/0/code', 'invalid_type'], ['actor/0/sector', 'invalid_value'], ['actor/1', 'invalid_type'], ['event_loc/lat', 'invalid_value'],
      ['event_loc/country_code', 'invalid_value'], ['coded_date', 'invalid_value'], ['cite_info', 'invalid_type'], ['has_event', 'invalid_type'],
    ]))
    expect(graph.events[0]?.type).toEqual({ scheme: 'plover', code: 'CONSULT' })
    expect(fromPlover({ id: 'EXAMPLE-2', actor: [{ code: 'USA' }] }).issues.map((issue) => [issue.path.join('/'), issue.code]))
      .toEqual([['event', 'missing'], ['date', 'missing']])
    expect(fromPlover(null).issues.map((issue) => issue.code)).toEqual(['invalid_type'])
    expect(fromPloverRecords({}).issues.map((issue) => issue.code)).toEqual(['invalid_type'])
  })

  it('keeps a hostile record from polluting prototypes or throwing', () => {
    const { graph, losses } = fromPlover(hostile)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(graph.events).toEqual([])
    expect(losses.map((loss) => loss.path)).toEqual(expect.arrayContaining(['/__proto__', '/constructor', '/size/__proto__', '/size/toString',
      '/date', '/actor', '/event_text', '/mode', '/context']))
    const looping: Record<string, unknown> = { id: 'EXAMPLE-LOOP', date: '2024-01-01', event: ['CONSULT'] }
    looping['actor'] = [looping]
    expect(() => fromPlover(looping)).not.toThrow()
    const trap = new Proxy({}, { get: () => { throw new Error('trap') } })
    expect(fromPlover(trap).issues.map((issue) => issue.code)).toEqual(['unprocessable'])
  })
})
