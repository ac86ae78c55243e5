import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sampleGraphJson } from './support/sample.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
const tmp = mkdtempSync(join(tmpdir(), 'news-codecs-cli-'))

describe('news-codecs summary', () => {
  it('validates the default graph and prints counts and its facts as sentences, oldest first', () => {
    const result = run('summary')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/valid/)
    expect(result.stdout).toMatch(/meetings\s+\d+/)
    expect(result.stdout).toMatch(/What happened, oldest first:\n {2}Antony Blinken and Sergei Lavrov met in person in January 2022\./)
  })

  it('on a broken file exits 1 and says where, without a stack trace', () => {
    const g = sampleGraphJson()
    g.meetings[0].participants[0] = 'person:nobody'
    const file = join(tmp, 'broken.json')
    writeFileSync(file, JSON.stringify(g))
    const result = run('summary', file)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('meetings[0].participants[0]: unknown actor "person:nobody"')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('on a missing file or bad JSON exits 2 with one line', () => {
    const missing = run('summary', join(tmp, 'nope.json'))
    expect(missing.status).toBe(2)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    const file = join(tmp, 'bad.json')
    writeFileSync(file, '{"articles": [')
    const bad = run('summary', file)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/is not JSON/)
  })
})

describe('news-codecs schema', () => {
  it('prints the shipped JSON Schema of a model, Graph by default, any case', () => {
    const graph = run('schema')
    expect(graph.status).toBe(0)
    expect(graph.stdout).toBe(readFileSync(fileURLToPath(new URL('../schemas/Graph.schema.json', import.meta.url)), 'utf8'))
    const meeting = run('schema', 'meeting')
    expect(JSON.parse(meeting.stdout)).toMatchObject({ title: 'Meeting', $schema: 'https://json-schema.org/draft/2020-12/schema' })
  })

  it('names the choices for an unknown model and exits 2', () => {
    const result = run('schema', 'Nope')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/no JSON Schema named "Nope"; one of: Graph, Article/)
  })
})
