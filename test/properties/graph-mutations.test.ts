/**
 * Mutations of whole valid graphs, through `validateGraph`: swapped references, shifted evidence spans,
 * dropped keys, wrong types and extra keys. Each generated graph is mutated several times; every
 * mutation is one input.
 */
import * as fc from 'fast-check'
import { describe } from 'vitest'
import { Graph, sliceCodePoints } from 'news-codecs'
import type { RefType } from 'news-codecs'
import { graphArbitrary, id, idKinds } from '../support/arbitraries.js'
import { RUNS, check, expectIssueAt, property, validateChecked } from '../support/probe.js'
import type { MutationKind } from '../support/mutations.js'
import { evidenceNodes, extraKey, mutate, refNodes, setAt } from '../support/mutations.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** Mutations per generated graph: graphs cost far more to build than to mutate. */
const PER_GRAPH = 8
const graphRuns = Math.max(4, Math.ceil(RUNS / 80))
const picks = fc.array(fc.tuple(fc.nat(), fc.integer({ min: -6, max: 6 }), extraKey, id), { minLength: PER_GRAPH, maxLength: PER_GRAPH })

describe('graph mutations', () => {
  property('swapped references: unknown ids dangle, ids of the wrong kind are reported as such', (stats) => {
    check([graphArbitrary, picks], (graph, choices) => {
      const refs = refNodes(Graph, graph)
      const kinds = idKinds(graph)
      const ids = [...kinds.keys()]
      for (const [pick, , , freshId] of choices) {
        const node = refs[pick % refs.length]!
        // Half the time another id of the graph, half the time an id it may not hold.
        const other = pick % 2 === 0 ? ids[Math.floor(pick / 2) % ids.length]! : freshId
        const input = setAt(graph, node.path, (parent, k) => (parent[k] = other))
        stats.inputs++
        const result = validateChecked(stats, input)
        const targets = (node.codec as RefType).targets as ReadonlyArray<string>
        const otherKinds = kinds.get(other)
        if (otherKinds === undefined) {
          if (result._tag === 'Right') throw new Error(`dangling ${other} at ${JSON.stringify(node.path)} accepted`)
          expectIssueAt(result.left, node.path, ['dangling_reference'])
        } else if (!otherKinds.some((k) => targets.includes(k))) {
          if (result._tag === 'Right') throw new Error(`${other} (${otherKinds}) at ${JSON.stringify(node.path)} accepted`)
          expectIssueAt(result.left, node.path, ['wrong_reference_kind'])
        }
      }
    }, graphRuns)
  })

  property('shifted spans are out of range or do not match their quote, unless the text repeats', (stats) => {
    check([graphArbitrary, picks], (graph, choices) => {
      const spans = evidenceNodes(Graph, graph)
      for (const [pick, shift, ,] of choices) {
        const node = spans[pick % spans.length]!
        const e = node.value as Json
        const delta = shift === 0 ? 1 : shift
        const [start, end] = pick % 3 === 0 ? [e.start + delta, e.end + delta] : pick % 3 === 1 ? [e.start, e.end + delta] : [e.start + delta, e.end]
        const input = setAt(graph, node.path, (parent, k) => (parent[k] = { ...e, start, end }))
        stats.inputs++
        const result = validateChecked(stats, input)
        if (start < 0 || end < 0) {
          if (result._tag === 'Right') throw new Error('a negative offset was accepted')
          expectIssueAt(result.left, [...node.path, start < 0 ? 'start' : 'end'], ['invalid_value'])
          continue
        }
        const text = Array.from((graph.articles.find((a) => a.id === e.article)!.text) as string)
        if (end <= start || end > text.length) {
          if (result._tag === 'Right') throw new Error(`span ${start}–${end} of ${text.length} accepted`)
          expectIssueAt(result.left, [...node.path, 'end'], ['span_out_of_range'])
        } else if (sliceCodePoints(text.join(''), start, end) !== e.quote) {
          if (result._tag === 'Right') throw new Error(`span ${start}–${end} no longer ${JSON.stringify(e.quote)} accepted`)
          expectIssueAt(result.left, [...node.path, 'quote'], ['quote_mismatch'])
        }
      }
    }, graphRuns)
  })

  for (const kind of ['drop', 'wrong-type', 'extra-key'] as ReadonlyArray<MutationKind>) {
    property(`${kind} anywhere in a graph`, (stats) => {
      check([graphArbitrary, picks], (graph, choices) => {
        for (const [pick, , key] of choices) {
          const mutated = mutate(Graph, graph, kind, pick, key)
          if (mutated === undefined) continue
          stats.inputs++
          const result = validateChecked(stats, mutated.input)
          // Dropping an optional key may leave a reference dangling (a document's paragraphs, say), so
          // only the shape mutations that must be reported are checked for their issue.
          if (mutated.expect !== null) {
            if (result._tag === 'Right') throw new Error(`${mutated.describe} was accepted`)
            expectIssueAt(result.left, mutated.expect.path, mutated.expect.codes as never)
          }
        }
      }, graphRuns)
    })
  }
})
