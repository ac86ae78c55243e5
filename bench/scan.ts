/**
 * The same lookups as the graph index, done by a plain scan of the graph's arrays: the baseline the
 * benchmark compares against, and the reference the tests check the index with.
 */
import type { Coverage, Graph, Meeting, Position } from '../src/index.js'
import { sort } from 'fp-ts/lib/ReadonlyArray.js'
import type { FactKind } from '../src/index.js'
import { Agreement, coverageOf, Document, Event, evidenceOf, factsOfGraph, Meeting as MeetingCodec, OrdMeetingTime, overlaps, Position as PositionCodec, Relation, Statement, Vote } from '../src/index.js'

const CODEC_OF = { event: Event, meeting: MeetingCodec, agreement: Agreement, document: Document, statement: Statement, position: PositionCodec, relation: Relation, vote: Vote } as const satisfies Record<FactKind, unknown>

/** Meetings an actor took part in, oldest first (undated first), as `meetingsOf` answers. */
export const scanMeetingsOf = (graph: Graph, actor: string): ReadonlyArray<Meeting> =>
  sort(OrdMeetingTime)(graph.meetings.filter((m) => m.participants.some((p) => p === actor)))

/** Meetings both actors took part in. */
export const scanMeetingsBetween = (graph: Graph, a: string, b: string): ReadonlyArray<Meeting> =>
  graph.meetings.filter((m) => m.participants.some((p) => p === a) && m.participants.some((p) => p === b))

/** Positions aimed at a record. */
export const scanPositionsOn = (graph: Graph, target: string): ReadonlyArray<Position> =>
  graph.positions.filter((p) => {
    const t = p.target
    return (
      (t.kind === 'paragraph' && t.paragraph === target) ||
      (t.kind === 'document' && t.document === target) ||
      (t.kind === 'agreement' && t.agreement === target) ||
      (t.kind === 'event' && t.event === target) ||
      (t.kind === 'actor' && t.actor === target)
    )
  })

/** Ids of the facts with a dated part overlapping a span (an agreement once per act). */
export const scanDatedDuring = (graph: Graph, span: Coverage): ReadonlyArray<string> => {
  const ids: string[] = []
  for (const fact of factsOfGraph(graph)) {
    if (fact.kind === 'agreement') {
      for (const act of fact.record.lifecycle) if (overlaps(coverageOf(act.time.value), span)) ids.push(fact.record.id)
    } else if (fact.record.time !== undefined && overlaps(coverageOf(fact.record.time.value), span)) ids.push(fact.record.id)
  }
  return ids
}

/** Ids of the facts with evidence overlapping `[start, end)` of an article. */
export const scanSupportedBy = (graph: Graph, article: string, start: number, end: number): ReadonlyArray<string> =>
  factsOfGraph(graph)
    .filter((fact) => evidenceOf(CODEC_OF[fact.kind])(fact.record).some((e) => e.article === article && e.start < end && start < e.end))
    .map((fact) => fact.record.id)
