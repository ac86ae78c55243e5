import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Every file in examples/ runs against the built package, as a user's script would.
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const examples = readdirSync(`${root}examples`).filter((file) => file.endsWith('.ts'))
const run = (file: string): string => execFileSync(process.execPath, [tsx, `examples/${file}`], { cwd: root, encoding: 'utf8' })

describe('examples', () => {
  it.each(examples)('%s runs and prints', (file) => {
    expect(run(file).trim().length).toBeGreaterThan(0)
  }, 30_000)

  it('extend-a-model.ts follows a new field through validation, the index, JSON Schema and JSON-LD', () => {
    expect(run('extend-a-model.ts').trim().split('\n')).toEqual([
      'valid, with a chair: state:IN',
      'meetings.0.chair: unknown actor "state:XX"',
      'facts of India include the meeting: true',
      'schema has chair: true',
      'JSON-LD: {"@id":"urn:news-codecs:state:IN"}',
    ])
  }, 30_000)

  it('decode-and-report.ts prints every issue with its path', () => {
    expect(run('decode-and-report.ts').trim().split('\n')).toEqual([
      'channel: expected one of "in-person" | "phone" | "video" | "written" | "unknown" or a coded value {scheme, code}, received "face-to-face"',
      'evidence: expected at least one Evidence, received an empty array',
      'time.value: "2023-02-30" is not a calendar date (2023-02 has no day 30)',
      'mood: unexpected key "mood" (Meeting does not define it)',
    ])
  }, 30_000)
})
