// The events of a ninjs item: an event item (ninjs 3 `type: "event"`) is an Event with its name, dates,
// place and organiser; each named `events` entry of any item is an Event too.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateGraph } from 'news-codecs'
import { fromNinjs } from 'news-codecs/converters'
import type { NinjsLoss } from 'news-codecs/converters'

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`./data/ninjs/${name}`, import.meta.url), 'utf8'))
const eventItem = read('event-3.json')
const full2 = read('full-2.json')
const full3 = read('full-3.json')
const minimal = read('minimal.json')

const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}/${key}`)) : [[path, value]]
const covered = (losses: ReadonlyArray<NinjsLoss>, path: string): boolean => losses.some((loss) => path === loss.path || path.startsWith(`${loss.path}/`))

describe('fromNinjs: events', () => {
  it('an event item is an event with its name, dates, place and organiser, on the item as its source', () => {
    const { graph, losses, issues } = fromNinjs(eventItem)
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
    expect(graph.articles).toEqual([])
    expect(graph.events).toEqual([{
      id: 'event:ninjs-urn-newsml-example-org-20230711-nato-summit-vilnius', type: 'other', name: '2023 NATO Summit in Vilnius',
      sources: [{ identifier: { scheme: 'uri', value: 'urn:newsml:example.org:20230711:nato-summit-vilnius' }, title: '2023 NATO Summit in Vilnius' }],
      sameAs: [{ identifier: { scheme: 'uri', value: 'urn:newsml:example.org:20230711:nato-summit-vilnius' } }],
      time: { value: '2023-07-11/2023-07-12' }, organizers: ['organization:ninjs-nato'], place: 'place:ninjs-litexpo',
    }])
    expect(graph.places).toEqual([{ id: 'place:ninjs-litexpo', name: 'LITEXPO', kind: 'other' }])
    expect(graph.actors).toEqual([{ kind: 'organization', id: 'organization:ninjs-nato', name: 'NATO', sameAs: [{ url: 'https://www.nato.int/' }] }])
    // The entry naming the item's own event is the same event, not a second one.
    expect(losses.map((loss) => loss.path)).toEqual(['/eventDetails/eventStatus', '/places/0/contactInfo', '/events/0', '/version', '/versionCreated', '/language'])
    const written = JSON.stringify(graph)
    const unaccounted = leaves(eventItem).filter(([path, value]) => !covered(losses, path) && !written.includes(typeof value === 'string' ? value : JSON.stringify(value)))
    expect(unaccounted).toEqual([])
  })

  it('a named event of a text item, 2.x or 3.x, is an event the item supports, with its web address', () => {
    const sources = [
      [{ identifier: { scheme: 'uri', value: 'urn:newsml:example.org:20240506:fisheries-talks' }, title: 'Ministers meet in Lisbon over fishing quotas' }],
      [{ url: 'https://example.org/news/2024/05/07/fisheries-deal', title: 'Ministers meet in Lisbon over fishing quotas' }],
    ]
    ;[full2, full3].forEach((item, i) => {
      const { graph, losses, issues } = fromNinjs(item)
      expect(issues).toEqual([])
      expect(graph.events).toEqual([{
        id: 'event:ninjs-https-example-org-events-lisbon-fisheries-talks', type: 'other', name: 'Lisbon fisheries talks',
        sources: sources[i], sameAs: [{ url: 'https://example.org/events/lisbon-fisheries-talks' }],
      }])
      expect(losses.map((loss) => loss.path)).toEqual(expect.arrayContaining(['/events/0/rel', '/events/0/literal']))
    })
  })

  it('an event named in the text stands on its span', () => {
    const item = { ...minimal, bodies: [{ value: 'The Lisbon fisheries talks ended.' }], events: [{ name: 'Lisbon fisheries talks' }] }
    const { graph, issues } = fromNinjs(item, { version: '3' })
    expect(issues).toEqual([])
    expect(graph.events[0]?.evidence).toEqual([{ article: graph.articles[0]?.id, start: 4, end: 26, quote: 'Lisbon fisheries talks' }])
  })

  it('what makes no event is a loss, or an issue at its path for an event item', () => {
    const unnamed = fromNinjs({ ...minimal, events: [{ uri: 'https://example.org/events/1' }, 'talks'] }, { version: '3' })
    expect(unnamed.graph.events).toEqual([])
    expect(unnamed.losses.map((loss) => loss.path)).toEqual(expect.arrayContaining(['/events/0', '/events/1']))
    expect(unnamed.issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual([['events/1', 'invalid_type']])
    const untitled = fromNinjs({ uri: 'urn:example:event-1', type: 'event' })
    expect(untitled.issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual(expect.arrayContaining([['title', 'missing']]))
    const backwards = fromNinjs({ ...eventItem, eventDetails: { dates: { startDate: '2023-07-12T10:00:00Z', endDate: '2023-07-11T10:00:00Z' } } })
    expect(backwards.graph.events[0]?.time).toBeUndefined()
    expect(backwards.losses.map((loss) => loss.path)).toContain('/eventDetails/dates')
  })
})
