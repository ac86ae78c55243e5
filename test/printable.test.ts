// Text from the input shown to people (issues, paths, timelines, answers) never carries a control or bidi
// character that a terminal would act on: each is written escaped, as \uXXXX.
import { describe, expect, it } from 'vitest'
import type { Graph } from 'news-codecs'
import { answersText, describeValue, escapeControls, formatIssues, formatPath, timeline, validateGraph } from 'news-codecs'
import { canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'

/** Every character escapeControls must escape, one of each kind. */
const HOSTILE = ['\u0000', '\u001b', '\u0007', '\t', '\n', '\r', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

describe('escapeControls', () => {
  it('writes each control and bidi character as \\uXXXX, and leaves every other character alone', () => {
    for (const c of HOSTILE) expect(escapeControls(`a${c}b`)).toBe(`a${escaped(c)}b`)
    for (const s of ['Qin Gang 秦刚', 'ا\u200fب', '😀', 'e\u0301', '\u00a0', '\\u001b', '\ud800']) expect(escapeControls(s)).toBe(s)
  })
})

describe('issues', () => {
  it('show received values with control and bidi characters escaped', () => {
    // JSON's own escapes (\n, \t, \u001b) where JSON has one; \uXXXX for the rest.
    for (const c of HOSTILE) {
      const json = JSON.stringify(c).slice(1, -1)
      expect(describeValue(`x${c}y`), JSON.stringify(c)).toBe(`"x${json === c ? escaped(c) : json}y"`)
    }
  })

  it('show paths with hostile keys escaped', () => {
    expect(formatPath(['a\u001b[2J', 'b\u202ec', 'd\u009be'])).toBe('["a\\u001b[2J"]["b\\u202ec"]["d\\u009be"]')
  })

  it('render as lines that carry no control or bidi character (but the newlines between them)', () => {
    for (const c of HOSTILE) {
      const place = { id: 'place:x', kind: 'city', name: `Pa${c}ris`, [`key${c}`]: `v${c}` }
      const graph = { articles: [], actors: [], places: [place], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }
      const result = validateGraph(graph)
      expect(result._tag, JSON.stringify(c)).toBe('Left')
      if (result._tag === 'Right') continue
      const text = formatIssues(result.left)
      expect(text.split('\n'), JSON.stringify(c)).toHaveLength(result.left.length)
      expect(text, JSON.stringify(c)).not.toMatch(UNSAFE)
      expect(text).toContain('\\')
    }
  })
})

describe('summaries', () => {
  it('timeline labels show names with control and bidi characters escaped', () => {
    const graph = structuredClone(canonicalGraph) as unknown as { -readonly [K in keyof Graph]: Array<Record<string, unknown>> }
    const names = HOSTILE.map((c, i) => `Name ${i}${c}[31m`)
    graph.actors = graph.actors.map((actor, i) => ({ ...actor, name: names[i % names.length] }))
    graph.events = graph.events.map((event, i) => ({ ...event, name: names[(i + 3) % names.length] }))
    graph.agreements = graph.agreements.map((agreement, i) => ({ ...agreement, name: names[(i + 5) % names.length] }))
    graph.documents = graph.documents.map((document, i) => ({ ...document, title: names[(i + 7) % names.length] }))
    const entries = timeline(graph as unknown as Graph)
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) expect(entry.label, entry.id).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
    const labels = entries.map((entry) => entry.label).join('\n')
    expect(labels).toMatch(/Name \d+\\u[0-9a-f]{4}\[31m/)
  })

  it('answers show names and quotes with control and bidi characters escaped', () => {
    const graph = structuredClone(canonicalGraph) as unknown as { -readonly [K in keyof Graph]: Array<Record<string, unknown>> }
    graph.actors = graph.actors.map((actor) => ({ ...actor, name: `${String(actor.name)}\u001b[2J\u202e` }))
    const text = answersText(graph as unknown as Graph, canonicalQuestions)
    expect(text).not.toMatch(UNSAFE)
    expect(text).toContain('\\u001b[2J\\u202e')
  })
})
