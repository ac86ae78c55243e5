// PLOVER records become the fact of the model that fits them: meetings, statements, positions, else events,
// with the category, modes and contexts as coded values.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EventType, PLOVER_CONTEXT, SHIPPED_SCHEMES, validateGraph } from 'news-codecs'
import { fromPlover, fromPloverRecords } from 'news-codecs/converters'

const records = JSON.parse(readFileSync(new URL('./data/plover/facts.json', import.meta.url), 'utf8')) as ReadonlyArray<Record<string, unknown>>
const record = (id: string): Record<string, unknown> => {
  const found = records.find((r) => r['id'] === `EXAMPLE-FIT-${id}`)
  if (found === undefined) throw new Error(`no record ${id}`)
  return found
}
const read = (id: string) => {
  const result = fromPlover(record(id))
  expect(result.issues).toEqual([])
  expect(validateGraph(result.graph)._tag).toBe('Right')
  return result
}

// Every leaf of a JSON value, with its JSON pointer.
const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}/${key}`))
    : [[path, value]]

describe('fromPlover: the fitting fact', () => {
  it('CONSULT with a visit is a meeting: visitor and host, the mode as its channel, the contexts as its topics', () => {
    const { graph, losses } = read('CONSULT-VISIT')
    expect(graph.events).toEqual([])
    expect(graph.meetings).toMatchObject([{
      id: 'meeting:plover-example-fit-consult-visit', participants: ['state:FR', 'state:DE'],
      channel: { scheme: 'plover-mode', code: 'CONSULT:visit' }, topics: ['diplomatic', 'economic'],
      roles: [{ actor: 'state:FR', role: 'visitor' }, { actor: 'state:DE', role: 'host' }],
      place: 'place:geonames-2950159', time: { value: '2024-04-02' },
      evidence: [{ quote: 'visited her German counterpart in Berlin' }],
    }])
    expect(losses).toEqual([])
  })

  it('CONSULT in a multilateral setting is a multilateral meeting of all its actors', () => {
    const { graph, losses } = read('CONSULT-MULTI')
    expect(graph.meetings).toMatchObject([{ participants: ['state:FR', 'state:DE', 'state:IT'], format: 'multilateral',
      channel: { scheme: 'plover-mode', code: 'CONSULT:multilateral' }, topics: ['military'] }])
    expect(losses).toEqual([])
  })

  it('CONSULT with one participant stays an event of the category', () => {
    const { graph } = read('LONE-CONSULT')
    expect(graph.meetings).toEqual([])
    expect(graph.events.map((event) => event.type)).toEqual([{ scheme: 'plover-mode', code: 'CONSULT:phone' }])
  })

  it('what is said (AGREE, REQUEST, ACCUSE, THREATEN, CONCEDE) is a statement in the words of the event text', () => {
    const agree = read('AGREE')
    expect(agree.graph.statements).toMatchObject([{
      id: 'statement:plover-example-fit-agree', speakers: ['state:ES'], addressees: ['state:PT'],
      speechAct: { scheme: 'plover', code: 'AGREE' },
      content: { kind: 'paraphrase', text: 'promised Portugal to sign a water-sharing accord' },
      evidence: [{ quote: 'promised Portugal to sign a water-sharing accord' }], time: { value: '2024-04-04' },
    }])
    // A statement has no field for contexts: a loss, at its path.
    expect(agree.losses.map((loss) => loss.path)).toEqual(['/context/0'])
    const acts = ['REQUEST', 'ACCUSE', 'THREATEN', 'CONCEDE'].map((id) => read(id).graph.statements[0]?.speechAct)
    expect(acts).toEqual([{ scheme: 'plover-mode', code: 'REQUEST:yield' }, { scheme: 'plover-mode', code: 'ACCUSE:disapprove' },
      { scheme: 'plover-mode', code: 'THREATEN:relations' }, { scheme: 'plover', code: 'CONCEDE' }])
    // With no text to find it in, the statement stands on the record; its event text is its content, not a loss.
    const request = read('REQUEST')
    expect(request.graph.statements[0]?.sources).toEqual([{ identifier: { scheme: 'plover', value: 'EXAMPLE-FIT-REQUEST' } }])
    expect(request.losses).toEqual([])
  })

  it('ACCUSE by investigation is an act, so an event, with its contexts', () => {
    const { graph, losses } = read('INVESTIGATE')
    expect(graph.statements).toEqual([])
    expect(graph.events).toMatchObject([{ type: { scheme: 'plover-mode', code: 'ACCUSE:investigate' }, contexts: [{ scheme: 'plover-context', code: 'corruption' }] }])
    expect(losses.map((loss) => loss.path)).toEqual(['/event_text/0'])
  })

  it('SUPPORT and REJECT of one recipient are positions toward it, shown by the report', () => {
    const support = read('SUPPORT')
    expect(support.graph.positions).toMatchObject([{
      id: 'position:plover-example-fit-support', holders: ['state:DK'], target: { kind: 'actor', actor: 'state:IS' },
      stance: { scheme: 'plover', code: 'SUPPORT' }, basis: [{ kind: 'report', evidence: [{ quote: 'praised' }] }],
    }])
    expect(support.losses).toEqual([])
    const reject = read('REJECT')
    expect(reject.graph.positions[0]?.stance).toEqual({ scheme: 'plover-mode', code: 'REJECT:meet' })
    // Two recipients make no one target: an event.
    const both = fromPlover({ ...record('REJECT'), recipient: [{ code: 'EST' }, { code: 'LVA' }] })
    expect(both.graph.positions).toEqual([])
    expect(both.graph.events[0]?.type).toEqual({ scheme: 'plover-mode', code: 'REJECT:meet' })
  })

  it('material acts are events, with the mode as type, contexts, realis and figures', () => {
    const { graph, losses } = read('ASSAULT')
    expect(graph.events).toMatchObject([{
      type: { scheme: 'plover-mode', code: 'ASSAULT:explosives' },
      contexts: [{ scheme: 'plover-context', code: 'terrorism' }, { scheme: 'plover-context', code: 'hypothetical' }],
      realis: 'hypothetical', place: 'place:plover-exampleville',
      quantities: [{ value: 0, unit: 'people killed' }, { value: 4, unit: 'people injured' }],
    }])
    expect(losses.map((loss) => loss.path)).toEqual(['/actor/0/code'])
  })

  it('a second category is a second fact, with the modes of its own category', () => {
    const { graph, losses } = read('TWO')
    expect(graph.statements.map((s) => [s.id, s.speechAct])).toEqual([
      ['statement:plover-example-fit-two', { scheme: 'plover-mode', code: 'ACCUSE:allege' }],
      ['statement:plover-example-fit-two-2', { scheme: 'plover-mode', code: 'THREATEN:expel' }],
    ])
    expect(losses).toEqual([])
  })

  it('every leaf of every record is held by the graph or returned as a loss', () => {
    const { graph, losses, issues } = fromPloverRecords(records)
    expect(issues).toEqual([])
    expect(validateGraph(graph)._tag).toBe('Right')
    const written = JSON.stringify(graph)
    const transformed: Record<string, string> = { country_code: '"countryCode"', resolution: '"kind"', code: '"state:', mode: ':', event: '"' }
    const unaccounted = records.flatMap((r, i) => leaves(r, `/${i}`)).filter(([path, value]) => {
      if (losses.some((loss) => path === loss.path || path.startsWith(`${loss.path}/`))) return false
      const key = path.split('/').filter((part) => !/^\d+$/.test(part)).pop() ?? ''
      if (key === 'mode') return !written.includes(`:${String(value)}"`)
      if (key === 'event') return !written.includes(`"${String(value)}`)
      if (key in transformed) return false
      return !written.includes(JSON.stringify(value))
    })
    expect(unaccounted).toEqual([])
  })

  it('an unknown mode or context is an issue at its path, and a loss', () => {
    const { issues, losses } = fromPlover({ ...record('CONSULT-VISIT'), mode: ['visit', 'by-letter'], context: ['diplomatic', 'weather'] })
    expect(issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual([['mode/1', 'invalid_value'], ['context/1', 'invalid_value']])
    expect(losses.map((loss) => loss.path)).toEqual(['/mode/1', '/context/1'])
    const listed = fromPloverRecords([{ ...record('ASSAULT'), context: [7] }])
    expect(listed.issues.map((issue) => [issue.path.join('/'), issue.code])).toEqual([['0/context/0', 'invalid_type']])
  })
})

describe('PLOVER_CONTEXT', () => {
  it('holds the manual\'s 37 contexts and 4 auxiliary modes, each named, and is checked as a shipped scheme', () => {
    expect(PLOVER_CONTEXT.codes).toHaveLength(41)
    expect(PLOVER_CONTEXT.codes.filter((code) => PLOVER_CONTEXT.names[code] === undefined)).toEqual([])
    expect(SHIPPED_SCHEMES).toContain(PLOVER_CONTEXT)
    expect(EventType.is({ scheme: 'plover-context', code: 'human_rights' })).toBe(true)
    expect(EventType.is({ scheme: 'plover-context', code: 'weather' })).toBe(false)
  })
})
