/**
 * Nothing lost: the command line's NDJSON mode over random mixes of valid records, invalid records
 * (mutated valid ones, so each is surely invalid), lines that are not JSON and lines that are not UTF-8.
 * Every line read is counted once (read = valid + invalid + notJson), every valid line comes out in
 * `--out` byte for byte and in order, every other line comes out in `--rejects` with its line number and
 * its content, and nothing else comes out.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe } from 'vitest'
import { Actor, Evidence, Meeting, Statement } from 'news-codecs'
import { arbitraryOf } from '../support/arbitraries.js'
import { extraKey, mutate } from '../support/mutations.js'
import { RUNS, check, property } from '../support/probe.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'news-codecs-ndjson-'))
const MODELS: ReadonlyArray<readonly [string, t.Mixed]> = [['Actor', Actor], ['Meeting', Meeting], ['Statement', Statement], ['Evidence', Evidence]]

type Kind = 'valid' | 'invalid' | 'not-json' | 'not-utf8'
interface Line {
  readonly kind: Kind
  readonly bytes: Buffer
  readonly crlf: boolean
}

const isJson = (s: string): boolean => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

const linesFor = (codec: t.Mixed): fc.Arbitrary<Line> =>
  fc.oneof(
    fc.tuple(arbitraryOf(codec), fc.boolean()).map(([v, crlf]): Line => ({ kind: 'valid', bytes: Buffer.from(JSON.stringify(v)), crlf })),
    fc
      .tuple(arbitraryOf(codec), fc.constantFrom('drop', 'wrong-type', 'extra-key' as const), fc.nat(), extraKey, fc.boolean())
      .map(([v, how, pick, key, crlf]) => {
        const m = mutate(codec, v, how, pick, key)
        // Only mutations that must be reported; a dropped optional key leaves a valid record.
        return m === undefined || m.expect === null ? undefined : ({ kind: 'invalid', bytes: Buffer.from(JSON.stringify(m.input)), crlf } as Line)
      })
      .filter((l): l is Line => l !== undefined),
    fc
      .string({ unit: 'binary', maxLength: 40 })
      .map((s) => Buffer.from(s.replace(/[\r\n]/g, ' ')))
      .filter((b) => !isJson(b.toString('utf8')))
      .map((bytes): Line => ({ kind: 'not-json', bytes, crlf: false })),
    fc
      .uint8Array({ minLength: 1, maxLength: 40 })
      .map((a) => Buffer.concat([Buffer.from(a.filter((b) => b !== 0x0a && b !== 0x0d)), Buffer.from([0xff])]))
      .map((bytes): Line => ({ kind: 'not-utf8', bytes, crlf: false })),
  )

const jsonLines = (text: string): any[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)) // eslint-disable-line @typescript-eslint/no-explicit-any

describe('news-codecs validate --ndjson loses nothing', () => {
  let run = 0
  for (const [name, codec] of MODELS) {
    property(`${name}: read = valid + invalid + notJson, and every line comes out exactly once`, (stats) => {
      check(
        [fc.array(linesFor(codec), { minLength: 1, maxLength: 60, size: 'max' }), fc.boolean(), fc.constantFrom('0', '2')],
        (lines, finalNewline, workers) => {
          const body = Buffer.concat(lines.flatMap((l, i) => [l.bytes, Buffer.from(i < lines.length - 1 ? (l.crlf ? '\r\n' : '\n') : '')]))
          // An empty last line without a newline after it is no line at all.
          const ending = lines.length > 0 && (finalNewline || lines.at(-1)!.bytes.length === 0) ? (lines.at(-1)!.crlf ? '\r\n' : '\n') : ''
          const file = join(dir, `in-${++run}.ndjson`)
          const [out, rejects] = [`${file}.valid`, `${file}.rejects`]
          writeFileSync(file, Buffer.concat([body, Buffer.from(ending)]))
          stats.inputs += lines.length
          stats.calls += lines.length
          const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', name, '--format', 'json', '--workers', workers,
            '--out', out, '--rejects', rejects, file], { encoding: 'utf8', timeout: 60_000 })
          if (result.stderr.match(/\n\s+at /)) throw new Error(`stack trace on stderr: ${result.stderr}`)
          const count = (...kinds: Kind[]): number => lines.filter((l) => kinds.includes(l.kind)).length
          const summary = jsonLines(result.stdout).at(-1)
          const expected = { type: 'summary', file, read: lines.length, valid: count('valid'), invalid: count('invalid'), notJson: count('not-json', 'not-utf8') }
          if (!isDeepStrictEqual(summary, expected)) throw new Error(`summary ${JSON.stringify(summary)}, expected ${JSON.stringify(expected)}`)
          if (result.status !== (count('valid') === lines.length ? 0 : 1)) throw new Error(`exit ${result.status}: ${result.stderr}`)

          const validOut = readFileSync(out, 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l !== '')
          const validIn = lines.filter((l) => l.kind === 'valid').map((l) => l.bytes.toString('utf8'))
          if (!isDeepStrictEqual(validOut, validIn)) throw new Error('--out differs from the valid lines')

          const bad = jsonLines(readFileSync(rejects, 'utf8'))
          const badIn = lines.flatMap((l, i) => (l.kind === 'valid' ? [] : [{ line: i + 1, l }]))
          if (bad.length !== badIn.length) throw new Error(`${bad.length} rejects for ${badIn.length} bad lines`)
          badIn.forEach(({ line, l }, j) => {
            const r = bad[j]
            const back =
              r.bytes !== undefined ? Buffer.from(r.bytes, 'base64') : r.text !== undefined ? Buffer.from(r.text) : Buffer.from(JSON.stringify(r.record))
            const same = l.kind === 'invalid' ? isDeepStrictEqual(r.record, JSON.parse(l.bytes.toString('utf8'))) : back.equals(l.bytes)
            if (r.line !== line || !same || !(r.issues?.length >= 1)) throw new Error(`line ${line} (${l.kind}) came back as ${JSON.stringify(r).slice(0, 300)}`)
          })
        },
        Math.max(2, Math.ceil(RUNS / 500)),
      )
    }, 600_000)
  }
})
