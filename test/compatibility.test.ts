import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatIssues, Graph, validateGraphReport } from 'news-codecs'
import { compileStrict } from './support/ajv.js'

// Graphs written for 0.1.0 must keep decoding: every 0.2 field is optional, no field was renamed or removed,
// and closed lists only grew. These are the fixture files 0.1.0 shipped, kept byte for byte.
const dir = fileURLToPath(new URL('./data/v0.1/', import.meta.url))
const files = readdirSync(dir).filter((name) => name.endsWith('.graph.json'))
const read = (name: string): string => readFileSync(`${dir}${name}`, 'utf8')
const graphSchema = JSON.parse(readFileSync(fileURLToPath(new URL('../schemas/Graph.schema.json', import.meta.url)), 'utf8'))

describe('graphs written for 0.1.0', () => {
  it('are all here: the canonical graph and the stories 0.1.0 shipped', () => {
    expect(files).toEqual(['canonical.graph.json', 'sample.graph.json', 'trump-putin-call-2025.graph.json', 'ukraine-peace-summit-2024.graph.json'])
  })

  it.each(files)('%s validates with no issue and no warning', (name) => {
    const { result, warnings } = validateGraphReport(JSON.parse(read(name)))
    expect(result._tag === 'Left' ? formatIssues(result.left) : 'valid').toBe('valid')
    expect(warnings.length === 0 ? 'no warnings' : formatIssues(warnings)).toBe('no warnings')
  })

  it.each(files)('%s is written back with nothing lost: decode then encode gives the same value', (name) => {
    const json: unknown = JSON.parse(read(name))
    const decoded = Graph.decode(json)
    if (decoded._tag === 'Left') throw new Error(`${name} does not decode`)
    expect(Graph.encode(decoded.right)).toEqual(json)
  })

  it.each(files)('%s passes the compiled guard and the current JSON Schema', (name) => {
    const json: unknown = JSON.parse(read(name))
    expect(Graph.is(json)).toBe(true)
    const validate = compileStrict(graphSchema, true)
    expect(validate(json) ? [] : validate.errors).toEqual([])
  })
})
