import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { fixtureSources } from '../../scripts/fixtures/index.js'

/** The fixture graphs shipped in fixtures/, by name (fixtures/<name>.graph.json). */
export const fixtureNames = Object.keys(fixtureSources)

const fixturePath = (file: string): string => fileURLToPath(new URL(`../../fixtures/${file}`, import.meta.url))

/** The exact text of a file in fixtures/. */
export const fixtureFile = (file: string): string => readFileSync(fixturePath(file), 'utf8')

/** A fresh, mutable copy of a fixture graph as JSON. */
export const fixtureJson = (name: string): any => JSON.parse(fixtureFile(`${name}.graph.json`))

export type JsonPath = Array<string | number>

/** Every value in a JSON tree with its path, parents before children. */
export const walkJson = (value: unknown, visit: (value: unknown, path: JsonPath) => void, path: JsonPath = []): void => {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, i) => walkJson(item, visit, [...path, i]))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkJson(item, visit, [...path, key])
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** An evidence span: `{article, start, end, quote}` and nothing else. */
export const isEvidence = (value: unknown): value is { article: string; start: number; end: number; quote: string } =>
  isRecord(value) && Object.keys(value).sort().join() === 'article,end,quote,start'

/** Every evidence span of a graph, with its path. */
export const evidenceOf = (graph: unknown): Array<{ path: JsonPath; evidence: { article: string; start: number; end: number; quote: string } }> => {
  const out: Array<{ path: JsonPath; evidence: { article: string; start: number; end: number; quote: string } }> = []
  walkJson(graph, (value, path) => {
    if (isEvidence(value)) out.push({ path, evidence: value })
  })
  return out
}

/** Sets the value at a path of a JSON tree. */
export const setAt = (root: any, path: JsonPath, value: unknown): void => {
  const parent = path.slice(0, -1).reduce((node, key) => node[key], root)
  parent[path[path.length - 1]!] = value
}

/** The value at a path of a JSON tree. */
export const getAt = (root: any, path: JsonPath): any => path.reduce((node, key) => node[key], root)
