import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Article, make, validateGraph } from 'news-codecs'
import { fromNinjs, ninjsVersionOf, textOfMarkup, toNinjs } from 'news-codecs/converters'
import type { NinjsLoss } from 'news-codecs/converters'

const dir = new URL('./data/ninjs/', import.meta.url)
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, dir), 'utf8'))
const full2 = read('full-2.json')
const full3 = read('full-3.json')
const minimal = read('minimal.json')
const htmlOnly = read('html-only.json')
const hostile = read('hostile.json')

// The top-level properties each version's specification defines (ninjs 2.1 and 3.0); only `uri` is required.
const DEFINED = {
  '2': ['uri', 'type', 'representationtype', 'profile', 'version', 'firstcreated', 'versioncreated', 'contentcreated', 'embargoed',
    'pubstatus', 'urgency', 'copyrightholder', 'copyrightnotice', 'usageterms', 'ednote', 'language', 'descriptions', 'bodies', 'headlines',
    'people', 'organisations', 'places', 'subjects', 'events', 'objects', 'infosources', 'title', 'by', 'slugline', 'located', 'renditions',
    'associations', 'altids', 'trustindicators', 'standard', 'genres', 'expires', 'rightsinfo'],
  '3': ['uri', 'type', 'representationType', 'profile', 'version', 'firstCreated', 'versionCreated', 'contentCreated', 'embargoedUntil',
    'pubStatus', 'urgency', 'copyrightHolder', 'copyrightNotice', 'usageTerms', 'edNote', 'language', 'descriptions', 'bodies', 'headlines',
    'people', 'organisations', 'places', 'subjects', 'events', 'eventDetails', 'plannedCoverage', 'objects', 'infoSources', 'title', 'by',
    'slugline', 'located', 'renditions', 'associations', 'altIds', 'trustIndicators', 'standard', 'genres', 'expires', 'rightsInfo'],
} as const

// Whether an item has the one required property and no top-level property its version does not define ($schema aside).
const shapedAs = (version: '2' | '3', item: Record<string, unknown>): ReadonlyArray<string> => [
  ...(typeof item.uri === 'string' ? [] : ['uri is missing']),
  ...Object.keys(item).filter((key) => key !== '$schema' && !(DEFINED[version] as ReadonlyArray<string>).includes(key)),
]

// Every leaf of a JSON value, with its JSON pointer.
const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))
    : [[path, value]]

const at = (value: unknown, path: string): unknown =>
  path
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value)

const covered = (losses: ReadonlyArray<NinjsLoss>, path: string): boolean =>
  losses.some((loss) => loss.path === '' || path === loss.path || path.startsWith(`${loss.path}/`))

// The events an item names are events of the graph, not values of the Article.
const heldByEvents = (graph: { readonly events: ReadonlyArray<unknown> }, path: string, value: unknown): boolean =>
  path.startsWith('/events/') && JSON.stringify(graph.events).includes(JSON.stringify(value))

describe('the test items', () => {
  it.each([
    ['full-2.json', '2'],
    ['minimal.json', '2'],
    ['full-3.json', '3'],
    ['minimal.json', '3'],
    ['html-only.json', '3'],
  ] as const)('%s has a uri and only the top-level properties ninjs %s defines', (item, version) => {
    expect(shapedAs(version, read(item))).toEqual([])
  })

  it('the hostile item is not shaped as ninjs', () => {
    expect(shapedAs('3', hostile).length).toBeGreaterThan(0)
  })

  it.each([
    ['full-2.json', '2'],
    ['full-3.json', '3'],
  ] as const)('%s uses every top-level property ninjs %s defines', (item, version) => {
    expect(DEFINED[version].filter((key) => !(key in read(item)))).toEqual([])
  })
})

describe('ninjsVersionOf', () => {
  it('tells the versions apart', () => {
    expect(ninjsVersionOf(full2)).toBe('2')
    expect(ninjsVersionOf(full3)).toBe('3')
    expect(ninjsVersionOf(htmlOnly)).toBe('3')
    expect(ninjsVersionOf({ $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json', uri: 'urn:x:1' })).toBe('2')
    expect(ninjsVersionOf({ ...full3, standard: undefined, $schema: undefined })).toBe('3')
  })
})

describe('fromNinjs', () => {
  it.each([
    ['full-2.json', full2],
    ['full-3.json', full3],
    ['minimal.json', minimal],
    ['html-only.json', htmlOnly],
  ])('%s makes a valid graph with no issues', (_, item) => {
    const { graph, issues } = fromNinjs(item)
    expect(issues).toEqual([])
    expect(graph.articles).toHaveLength(1)
    expect(validateGraph(graph)._tag).toBe('Right')
  })

  it('maps the metadata of a 2.x item onto the Article', () => {
    const { graph } = fromNinjs(full2)
    const [article] = graph.articles
    expect(article).toMatchObject({
      id: 'article:urn-newsml-example-org-20240506-fisheries-talks-v2',
      uri: 'urn:newsml:example.org:20240506:fisheries-talks',
      version: 2,
      created: '2024-05-06T08:15:00Z',
      modified: '2024-05-06T10:15:30Z',
      language: 'en',
      headline: 'Ministers meet in Lisbon over fishing quotas',
      byline: 'By Maria Silva in Lisbon',
      bylines: [{ name: 'Maria Silva', role: 'correspondent' }],
      subjects: [
        { topic: { scheme: 'iptc-mediatopic', code: '11000000' }, name: 'politics', rel: 'about' },
        { topic: { scheme: 'iptc-mediatopic', code: '04000000' }, name: 'economy, business and finance' },
      ],
      genres: [{ scheme: 'iptc-genre', code: 'Current' }],
      images: [{ url: 'https://example.org/images/fisheries-talks.jpg', width: 1200, height: 800, mediaType: 'image/jpeg',
        caption: 'Ministers arrive for the talks in Lisbon.', credit: 'Photo: Maria Silva/Example News Agency' }],
      dateline: 'place:lisbon',
    })
    expect(article?.text.startsWith('LISBON - ')).toBe(true)
    expect(graph.places).toEqual([{ id: 'place:lisbon', name: 'Lisbon', kind: 'other' }])
  })

  it.each([
    ['full-2.json', full2],
    ['full-3.json', full3],
    ['minimal.json', minimal],
    ['html-only.json', htmlOnly],
    ['hostile.json', hostile],
  ])('every value of %s is mapped or reported as a loss', (_, item) => {
    const { graph, losses } = fromNinjs(item)
    const article = graph.articles[0]
    const back = article === undefined ? {} : toNinjs(article, { graph, version: ninjsVersionOf(item) }).item
    const unaccounted = leaves(item).filter(([path, value]) => !covered(losses, path) && !Object.is(at(back, path), value) && !heldByEvents(graph, path, value))
    expect(unaccounted).toEqual([])
  })

  it('round-trips every value with a home: ninjs, graph, ninjs', () => {
    for (const item of [full2, full3, minimal]) {
      const { graph, losses } = fromNinjs(item)
      const { item: back } = toNinjs(graph.articles[0]!, { graph, version: ninjsVersionOf(item) })
      const kept = leaves(item).filter(([path]) => !covered(losses, path))
      expect(kept.length).toBeGreaterThan(1)
      for (const [path, value] of kept) {
        if (path.startsWith('/events/')) expect([path, heldByEvents(graph, path, value)]).toEqual([path, true])
        else expect([path, at(back, path)]).toEqual([path, value])
      }
    }
  })

  it('writes items with a uri and only the properties of their version', () => {
    for (const item of [full2, full3]) {
      const { graph } = fromNinjs(item)
      const version = ninjsVersionOf(item)
      const { item: back } = toNinjs(graph.articles[0]!, { graph, version })
      expect(shapedAs(version, back as Record<string, unknown>)).toEqual([])
    }
  })

  it('reports a property neither version defines as a loss', () => {
    const { losses } = fromNinjs({ ...minimal, keywords: ['talks'], eventDetails: {} }, { version: '2' })
    expect(losses.map((loss) => loss.path)).toEqual(['/keywords', '/eventDetails'])
    expect(losses[0]?.reason).toBe('not a property of ninjs 2')
  })

  it('takes the text of an HTML body, and keeps the markup as a loss', () => {
    const { graph, losses } = fromNinjs(htmlOnly)
    expect(graph.articles[0]?.text).toBe(
      'Talks adjourned\n\nThe talks were adjourned until June & will resume in Lisbon.\n\nDelegates left on Thursday.',
    )
    expect(losses.find((loss) => loss.path === '/bodies/0/value')?.value).toBe((htmlOnly['bodies'] as Array<{ value: string }>)[0]?.value)
  })

  it('prefers a plain-text body to a marked-up one', () => {
    const { graph, losses } = fromNinjs(full3)
    expect(graph.articles[0]?.text).toBe('LISBON - Ministers of two coastal states agreed on Tuesday on fishing quotas for the coming year.')
    expect(losses.map((loss) => loss.path)).toContain('/bodies/1')
  })

  it('reports an item with no text as an issue at its source path, without a throw', () => {
    const { graph, issues, losses } = fromNinjs({ uri: 'urn:newsml:example.org:1', headlines: [{ value: 'A headline' }] })
    expect(graph.articles).toEqual([])
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[['bodies'], 'missing']])
    expect(losses).toHaveLength(1)
  })

  it('never throws on hostile input, and reports issues with source paths', () => {
    const { issues } = fromNinjs(hostile)
    expect(issues.map((issue) => issue.path)).toEqual([['headlines'], ['bodies', 1], ['bodies', 2], ['subjects'], ['people', 0], ['genres', 1], ['uri']])
    for (const input of [null, 7, 'text', [], [full2], { bodies: 'x' }, { bodies: [{ value: 3 }] }]) {
      const result = fromNinjs(input)
      expect(result.issues.length).toBeGreaterThan(0)
    }
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no keys') } })
    expect(fromNinjs(trap).issues.map((issue) => issue.code)).toEqual(['unprocessable'])
  })

  it('reports the graph issues under `graph`', () => {
    const { issues } = fromNinjs({ ...minimal, firstCreated: '2024-05-07T00:00:00Z', versionCreated: '2024-05-06T00:00:00Z' })
    expect(issues.map((issue) => issue.path[0])).toEqual(['graph'])
  })
})

describe('toNinjs', () => {
  it('reports every Article field with no ninjs home', () => {
    const { item, losses } = toNinjs(make(Article)({
      id: 'article:1', text: 'Blinken met Lavrov.', publisher: 'Example News', section: 'World', keywords: ['talks'],
      url: 'https://example.org/news/1', genres: ['news'], subjects: [{ topic: 'diplomacy' }], dateline: 'place:lisbon',
      bylines: [{ name: 'Maria Silva', actor: 'actor:maria-silva' }],
    }))
    expect(losses.map((loss) => loss.path)).toEqual(['/id', '/publisher', '/section', '/keywords', '/url', '/genres/0', '/subjects/0', '/dateline', '/bylines/0/actor'])
    expect(item['uri']).toBe('urn:news-codecs:article:1')
    expect(item['people']).toEqual([{ name: 'Maria Silva', rel: 'author' }])
  })

  it('writes the property names of the version asked for', () => {
    const article = make(Article)({ id: 'article:1', text: 'Text.', created: '2024-05-06T08:15:00Z', modified: '2024-05-06T09:15:00Z' })
    expect(Object.keys(toNinjs(article, { version: '2' }).item)).toEqual(['uri', 'type', 'bodies', 'firstcreated', 'versioncreated'])
    expect(Object.keys(toNinjs(article).item)).toEqual(['uri', 'type', 'bodies', 'firstCreated', 'versionCreated'])
  })
})

describe('keys that name object properties', () => {
  it('are losses like any other, and pollute nothing', () => {
    const { losses } = fromNinjs(hostile)
    expect(losses.find((loss) => loss.path === '/__proto__')?.value).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    const article = make(Article)({ id: 'article:1', text: 'Text.' })
    const { losses: written } = toNinjs(Object.assign(Object.create(null), article, { constructor: 'x' }))
    expect(written.find((loss) => loss.path === '/constructor')?.reason).toBe('ninjs has no property for it')
  })
})

describe('textOfMarkup', () => {
  it('decodes the references it knows and keeps the others as written', () => {
    expect(textOfMarkup('<p>a &lt;b&gt; &#233; &#x1F600; &constructor; &bogus; &#0;</p>')).toBe('a <b> é 😀 &constructor; &bogus; &#0;')
    expect(textOfMarkup('<div>one<br/>two</div><style>p{}</style><!-- note --><li>three</li>')).toBe('one\ntwo\nthree')
  })
})
