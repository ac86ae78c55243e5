/**
 * The long-line reproducers at full size, for `npm run test:deep` only (`npm test` runs scaled-down ones in
 * test/cli-faults.test.ts, through the same code with a lowered --max-bytes): a 700 MB line of NUL bytes
 * past the default limit, and a valid 300 MB record kept byte for byte.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { appendFileSync, createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { RUNS } from '../support/probe.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'news-codecs-huge-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
// The deep suite sets NEWS_CODECS_RUNS to thousands; `npm test` leaves it at 30.
const deep = RUNS >= 1000
const state = JSON.stringify({ kind: 'state', id: 'state:in', name: 'India', countryCode: 'IN' })
const sha256 = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

describe.runIf(deep)('full-size long lines', () => {
  it('a 700 MB line of NUL bytes is rejected as too long at the default limit; the next line is checked', () => {
    const file = join(dir, 'nul.ndjson')
    writeFileSync(file, '')
    truncateSync(file, 700 << 20) // sparse: no disk
    appendFileSync(file, `\n${state}\n`)
    const rejects = join(dir, 'nul.rejects')
    const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', '--format', 'json', '--rejects', rejects, file], {
      encoding: 'utf8',
      timeout: 300_000,
    })
    expect(result.status, result.stderr).toBe(1)
    const objects = result.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(objects[0]).toMatchObject({ line: 1, code: 'line_too_long', received: `${700 << 20} bytes` })
    expect(objects.at(-1)).toEqual({ type: 'summary', file, read: 2, valid: 1, invalid: 0, notJson: 1 })
  }, 300_000)

  it('a valid 300 MB record is judged and kept byte for byte', async () => {
    const file = join(dir, 'article.ndjson')
    const out = createWriteStream(file)
    out.write('{"id":"article:a","language":"en","text":"')
    const mib = Buffer.from('news '.repeat((1 << 20) / 5 + 1).slice(0, 1 << 20))
    for (let i = 0; i < 300; i++) if (!out.write(mib)) await once(out, 'drain')
    out.end('"}\n')
    await once(out, 'finish')
    const valid = join(dir, 'article.valid')
    const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Article', '--format', 'json', '--out', valid, file], {
      encoding: 'utf8',
      timeout: 300_000,
    })
    expect(result.status, result.stderr).toBe(0)
    expect(statSync(valid).size).toBe(statSync(file).size)
    expect(await sha256(valid)).toBe(await sha256(file))
  }, 300_000)
})
