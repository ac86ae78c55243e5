// What `npm start` and `news-codecs summary` print reads as English for every shipped fixture: no raw
// vocabulary value, no id of a record of the graph, no path into a record.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { answersText, Graph, SHIPPED_SCHEMES, summaryText, validateGraph } from 'news-codecs'
import { canonicalQuestions } from 'news-codecs/fixtures'
import { codecsUnder, describeCodec } from '../src/internal/CodecTree.js'

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
const fixtures = readdirSync(fixturesDir).filter((file) => file.endsWith('.graph.json'))
const load = (file: string): Graph => {
  const result = validateGraph(JSON.parse(readFileSync(`${fixturesDir}${file}`, 'utf8')))
  if (result._tag === 'Left') throw new Error(`${file} is not valid`)
  return result.right
}

/** Every closed-list and vocabulary value of the model, read from the codec tree, and every shipped code. */
const modelValues = (): { readonly values: ReadonlySet<string>; readonly coded: ReadonlyArray<string> } => {
  const values = new Set<string>()
  const coded: string[] = []
  for (const codec of codecsUnder(Graph)) {
    const node = describeCodec(codec)
    if (node.tag === 'keyof') node.keys.forEach((key) => values.add(key))
    if (node.tag === 'vocabulary') node.builtIns.forEach((key) => values.add(key))
    if (node.tag === 'literal' && typeof node.value === 'string') values.add(node.value)
  }
  for (const list of SHIPPED_SCHEMES) for (const code of list.codes) coded.push(`${list.scheme}:${code}`)
  return { values, coded }
}
const { values, coded } = modelValues()
// A value that is not an ordinary run of English words: written with a hyphen or an underscore.
const rawValues = [...values].filter((value) => /[-_]/.test(value))

/** Every id of a record of the graph. */
const idsOf = (graph: Graph): ReadonlyArray<string> => [
  ...[graph.articles, graph.actors, graph.places, graph.events, graph.meetings, graph.documents, graph.statements, graph.positions, graph.relations, graph.votes ?? [], graph.corrections ?? []]
    .flat()
    .map((record) => record.id as string),
  ...graph.agreements.flatMap((agreement) => [agreement.id as string, ...agreement.lifecycle.flatMap((act) => (act.id === undefined ? [] : [act.id as string]))]),
  ...graph.documents.flatMap((document) => (document.paragraphs ?? []).map((paragraph) => paragraph.id as string)),
]

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What is wrong with a text meant for people, given the graph it describes; [] when nothing is. */
const problemsIn = (text: string, graph: Graph): ReadonlyArray<string> => {
  // Quotes are the article's own words, which may hold anything; the rest is ours.
  const ours = text.replace(/“[^”]*”/g, '“…”')
  const problems: string[] = []
  for (const value of rawValues) {
    if (new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(value)}(?![\\p{L}\\p{N}-])`, 'u').test(ours)) problems.push(`raw value ${value}`)
  }
  for (const value of values) if (ours.includes(`(${value})`)) problems.push(`value in parentheses (${value})`)
  for (const value of coded) if (ours.includes(value)) problems.push(`raw code ${value}`)
  for (const id of idsOf(graph)) if (ours.includes(id)) problems.push(`id ${id}`)
  const path = /[A-Za-z]+\.\d+(?:\.[A-Za-z]+)?|[A-Za-z]\[\d+\]/.exec(ours)
  if (path !== null) problems.push(`path ${path[0]}`)
  return problems
}

describe('the checker', () => {
  it('finds what the old summary printed: a raw value in parentheses, a hyphenated stance, an id and a path', () => {
    const graph = load('canonical.graph.json')
    const old = [
      '2023-03-02  Joint communiqué of the G20 foreign ministers\' meeting (not-adopted)',
      '2023-02-25  China and Russia refuses-to-sign',
      '   agreement agreement:black-sea-grain-initiative, at lifecycle.1.evidence.0',
    ].join('\n')
    const problems = problemsIn(old, graph)
    expect(problems).toContain('value in parentheses (not-adopted)')
    expect(problems).toContain('raw value refuses-to-sign')
    expect(problems).toContain('id agreement:black-sea-grain-initiative')
    expect(problems.some((p) => p.startsWith('path lifecycle.1.evidence'))).toBe(true)
    expect(problemsIn('Josep Borrell said cameo:051', graph)).toContain('raw code cameo:051')
  })
})

describe.each(fixtures)('the summary of %s', (file) => {
  const graph = load(file)
  it('reads as English: no raw value, id or path', () => {
    const text = summaryText(graph)
    expect(text.split('\n').length).toBeGreaterThan(1)
    expect(problemsIn(text, graph)).toEqual([])
  })
  it('and the answers to the reader\'s questions too', () => {
    expect(problemsIn(answersText(graph, canonicalQuestions), graph)).toEqual([])
  })
  it('gives each fact once in its chronology', () => {
    const lines = summaryText(graph).split('\n').filter((line) => /^ {2}\S/.test(line))
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('npm start', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const result = spawnSync(process.execPath, [cli, 'summary'], { encoding: 'utf8' })

  it('prints the canonical story as one chronology of sentences, then the answers without a second one', () => {
    expect(result.status).toBe(0)
    const out = result.stdout
    expect(out.match(/oldest first/g)).toHaveLength(1)
    expect(out).toContain("China and Russia refused to sign the joint communiqué of the G20 foreign ministers' meeting on Thursday (resolved: 2 March 2023).")
    expect(out).toContain('India is neutral on the Russian invasion of Ukraine and has not condemned the invasion of Ukraine.')
    expect(out).toContain('1. When did Antony Blinken and Sergei Lavrov last meet in person')
  })
  it('reads as English: no raw value, id or path', () => {
    expect(problemsIn(result.stdout, load('canonical.graph.json'))).toEqual([])
  })
})
