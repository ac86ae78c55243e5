// Corrections of facts: the record rule, the graph rules, and the current and history views of the index.
import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  checkGraph,
  correctionsOf,
  currentGraph,
  datedFactsDuring,
  decodeWith,
  Correction,
  coverageOf,
  Edtf,
  factsOfActor,
  historyOf,
  Graph,
  indexGraph,
  lookupFact,
  make,
  Meeting,
  meetingsBetween,
  referencesTo,
  RULES,
  timeline,
} from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import * as O from 'fp-ts/lib/Option.js'
import { graphArbitrary } from './support/arbitraries.js'

const BLINKEN = 'person:antony-blinken'
const LAVROV = 'person:sergei-lavrov'
const QIN = 'person:qin-gang'
const NEW_DELHI = 'meeting:blinken-lavrov-2023-03-02'
const RECODED = 'meeting:blinken-lavrov-2023-03-02-recoded'
const LAVROV_QIN = 'meeting:lavrov-qin-2023-03-02'
const notice: CorrectionInput['sources'] = [{ url: 'https://example.org/coding-review' }]

const meetingOf = (id: string): Meeting => canonicalGraph.meetings.find((m) => m.id === id)!
/** The canonical graph with more meetings and the given corrections. */
type CorrectionInput = t.OutputOf<typeof Correction>
const corrected = (corrections: ReadonlyArray<CorrectionInput>, meetings: ReadonlyArray<Meeting> = []): Graph =>
  make(Graph)({ ...canonicalGraph, meetings: [...canonicalGraph.meetings, ...meetings], corrections })
/** A reviewed recoding of the New Delhi meeting under a new id. */
const recoded = (id: string): Meeting => make(Meeting)({ ...meetingOf(NEW_DELHI), id, annotation: { method: 'reviewed' } })

const replacing = (id: string, fact: string, replacement: string, more: Partial<CorrectionInput> = {}): CorrectionInput => ({ id, fact, kind: 'correction', replacement, sources: notice, ...more })
const retracting = (id: string, fact: string, more: Partial<CorrectionInput> = {}): CorrectionInput => ({ id, fact, kind: 'retraction', sources: notice, ...more })

/** The canonical graph with corrections, not yet decoded. */
const raw = (corrections: ReadonlyArray<Record<string, unknown>>): unknown => ({ ...canonicalGraph, corrections })
const codes = (graph: Graph): string[] => checkGraph(graph).map((issue) => issue.code)

describe('a correction record', () => {
  it('needs a replacement when it is a correction', () => {
    const result = decodeWith(Graph)(raw([{ id: 'correction:1', fact: NEW_DELHI, kind: 'correction', sources: notice }]))
    expect(result._tag === 'Left' && result.left.map((issue) => issue.code)).toEqual(['replacement_mismatch'])
  })
  it('has no replacement when it is a retraction', () => {
    const result = decodeWith(Graph)(raw([{ ...retracting('correction:1', LAVROV_QIN), replacement: NEW_DELHI }]))
    expect(result._tag === 'Left' && result.left.map((issue) => issue.code)).toEqual(['replacement_mismatch'])
  })
  it('stands on something, as a fact does', () => {
    const result = decodeWith(Graph)(raw([{ id: 'correction:1', fact: LAVROV_QIN, kind: 'retraction' }]))
    expect(result._tag === 'Left' && result.left.map((issue) => issue.code)).toEqual(['unsupported'])
  })
  it('names a fact, not an actor', () => {
    expect(codes(corrected([retracting('correction:1', QIN)]))).toEqual(['wrong_reference_kind'])
  })
})

describe('graph rules of corrections', () => {
  it('a well-formed retraction and correction raise nothing', () => {
    expect(codes(corrected([replacing('correction:1', NEW_DELHI, RECODED, { at: '2023-03-03' }), retracting('correction:2', LAVROV_QIN)], [recoded(RECODED)]))).toEqual([])
  })
  it('the replacement is of the kind of the fact it replaces', () => {
    expect(codes(corrected([replacing('correction:1', NEW_DELHI, 'event:g20-fm-2023')]))).toEqual(['replacement_kind_mismatch'])
  })
  it('nothing replaces itself', () => {
    expect(codes(corrected([replacing('correction:1', NEW_DELHI, NEW_DELHI)]))).toEqual(['self_correction'])
  })
  it('no chain of replacements leads back to where it started', () => {
    const issues = checkGraph(corrected([replacing('correction:1', NEW_DELHI, RECODED), replacing('correction:2', RECODED, NEW_DELHI)], [recoded(RECODED)]))
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['self_correction', 'corrections.1.replacement']])
  })
  it('a fact is corrected once', () => {
    const issues = checkGraph(corrected([retracting('correction:1', LAVROV_QIN), retracting('correction:2', LAVROV_QIN)]))
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['double_correction', 'corrections.1.fact']])
  })
  it('a correction dated before its fact is a warning', () => {
    expect(codes(corrected([retracting('correction:1', LAVROV_QIN, { at: '2023-03-01' })]))).toEqual(['correction_before_fact'])
    expect(codes(corrected([retracting('correction:1', LAVROV_QIN, { at: '2023-03-02' })]))).toEqual([])
    expect(RULES.correction_before_fact.severity).toBe('warning')
    // The grain deal is dated by its first act (signed in July 2022).
    expect(codes(corrected([retracting('correction:1', 'agreement:black-sea-grain-initiative', { at: '2022-01' })]))).toEqual(['correction_before_fact'])
  })
})

describe('current state by default, history on request', () => {
  const graph = corrected([replacing('correction:1', NEW_DELHI, RECODED, { at: '2023-03-03' }), retracting('correction:2', LAVROV_QIN)], [recoded(RECODED)])
  const current = indexGraph(graph)
  const history = indexGraph(graph, { history: true })
  const march2 = coverageOf(make(Edtf)('2023-03-02'))

  it('leaves retracted and replaced facts out of the lookups', () => {
    expect(O.isNone(lookupFact(NEW_DELHI)(current))).toBe(true)
    expect(O.isNone(lookupFact(LAVROV_QIN)(current))).toBe(true)
    expect(O.isSome(lookupFact(RECODED)(current))).toBe(true)
    expect(current.facts.length).toBe(history.facts.length - 2)
  })
  it('by actor, by pair and by date', () => {
    expect(meetingsBetween(BLINKEN, LAVROV)(current).map((m) => m.id)).not.toContain(NEW_DELHI)
    expect(meetingsBetween(BLINKEN, LAVROV)(current)).toHaveLength(3)
    expect(meetingsBetween(BLINKEN, LAVROV)(history)).toHaveLength(4)
    expect(factsOfActor(QIN)(current).map((f) => f.record.id)).not.toContain(LAVROV_QIN)
    expect(factsOfActor(QIN)(history).map((f) => f.record.id)).toContain(LAVROV_QIN)
    const on = (index: typeof current) => datedFactsDuring(march2)(index).map((d) => d.fact.record.id)
    expect(on(current)).not.toContain(LAVROV_QIN)
    expect(on(history)).toContain(LAVROV_QIN)
  })
  it('redirects references into a replaced fact to its replacement', () => {
    const before = referencesTo(NEW_DELHI)(history).map((r) => r.fact.record.id)
    expect(before.length).toBeGreaterThan(0)
    expect(referencesTo(NEW_DELHI)(current)).toEqual([])
    expect(referencesTo(RECODED)(current).map((r) => r.fact.record.id)).toEqual(expect.arrayContaining(before))
  })
  it('keeps the corrections and the history in the graph as given', () => {
    expect(current.recorded).toBe(graph)
    expect(current.graph.corrections).toBeUndefined()
    expect(correctionsOf(NEW_DELHI)(current).map((c) => c.id)).toEqual(['correction:1'])
    expect(historyOf(RECODED)(current).map((step) => (step.kind === 'version' ? step.record.record.id : step.correction.id))).toEqual([NEW_DELHI, 'correction:1', RECODED])
    expect(historyOf(LAVROV_QIN)(current).map((step) => step.kind)).toEqual(['version', 'correction'])
    expect(historyOf('meeting:blinken-lavrov-2022-01')(current)).toHaveLength(1)
  })
})

describe('currentGraph', () => {
  it('leaves references into a retracted fact, for checkGraph to report', () => {
    const graph = corrected([retracting('correction:1', LAVROV_QIN)])
    const pointing = referencesTo(LAVROV_QIN)(indexGraph(graph, { history: true }))
    const dangling = checkGraph(currentGraph(graph)).filter((issue) => issue.code === 'dangling_reference')
    expect(dangling).toHaveLength(pointing.length)
    expect(checkGraph(currentGraph(graph)).every((issue) => issue.code === 'dangling_reference' && issue.received === JSON.stringify(LAVROV_QIN))).toBe(true)
  })
  it('follows chains of corrections to the current version', () => {
    const third = 'meeting:blinken-lavrov-2023-03-02-third'
    const graph = corrected([replacing('correction:1', NEW_DELHI, RECODED), replacing('correction:2', RECODED, third)], [recoded(RECODED), recoded(third)])
    expect(checkGraph(graph)).toEqual([])
    const now = currentGraph(graph)
    expect(now.meetings.map((m) => m.id)).not.toContain(RECODED)
    expect(now.meetings.map((m) => m.id)).toContain(third)
    expect(checkGraph(now)).toEqual([])
    const index = indexGraph(graph)
    expect(historyOf(NEW_DELHI)(index).map((step) => (step.kind === 'version' ? step.record.record.id : step.correction.id))).toEqual([NEW_DELHI, 'correction:1', RECODED, 'correction:2', third])
    expect(referencesTo(third)(index).length).toBe(referencesTo(NEW_DELHI)(indexGraph(canonicalGraph)).length)
  })
  it('a chain that ends in a retraction leaves nothing current', () => {
    const graph = corrected([replacing('correction:1', NEW_DELHI, RECODED), retracting('correction:2', RECODED)], [recoded(RECODED)])
    const now = currentGraph(graph)
    expect(now.meetings.map((m) => m.id)).not.toContain(NEW_DELHI)
    expect(now.meetings.map((m) => m.id)).not.toContain(RECODED)
  })
  it('is what timeline reads', () => {
    const graph = corrected([retracting('correction:1', LAVROV_QIN)])
    expect(timeline(graph).map((entry) => entry.id)).not.toContain(LAVROV_QIN)
    expect(timeline(canonicalGraph).map((entry) => entry.id)).toContain(LAVROV_QIN)
  })
  it('gives back a graph without corrections as it is', () => {
    expect(currentGraph(canonicalGraph)).toBe(canonicalGraph)
  })
})

describe('an index of a graph without corrections', () => {
  it('is the same with or without history', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const current = indexGraph(graph)
        const history = indexGraph(graph, { history: true })
        expect(current.graph).toBe(history.graph)
        expect(current.facts).toEqual(history.facts)
        const actor = graph.actors[0]!.id
        expect(factsOfActor(actor)(current)).toEqual(factsOfActor(actor)(history))
        expect(datedFactsDuring({ start: -Infinity, end: Infinity })(current)).toEqual(datedFactsDuring({ start: -Infinity, end: Infinity })(history))
      }),
      { numRuns: 20 },
    )
  })
})
