/**
 * Faults of the command line, each once a defect: outputs over the input, lines too long to hold, escape
 * sequences reaching the terminal, signals in the middle of a run, outputs that fail, and the small ones.
 * Every case runs the built bin (`npm test` builds first), as users run it.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import {
  appendFileSync,
  closeSync,
  createReadStream,
  createWriteStream,
  linkSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { sampleGraphJson } from './support/sample.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
vi.setConfig({ testTimeout: 120_000 })

const tmp = mkdtempSync(join(tmpdir(), 'news-codecs-faults-'))
const env = { ...process.env, NO_COLOR: '' }
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env, maxBuffer: 64 * 1024 * 1024 })
const write = (name: string, content: string | Buffer): string => {
  const file = join(tmp, name)
  writeFileSync(file, content)
  return file
}
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '')
const jsonLines = (text: string): any[] => lines(text).map((l) => JSON.parse(l)) // eslint-disable-line @typescript-eslint/no-explicit-any
const oneLine = (stderr: string): void => {
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at /)
}
const state = (code: string, i = 0) => JSON.stringify({ kind: 'state', id: `state:s${i}`, name: `State ${i}`, countryCode: code })
const sha256 = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
/** Writes `head`, `count` MiB of `byte`, then `tail`, without holding more than one MiB. */
const writeLongLine = async (file: string, head: string, count: number, byte: number | Buffer, tail: string): Promise<void> => {
  const out = createWriteStream(file)
  out.write(head)
  const mib = typeof byte === 'number' ? Buffer.alloc(1 << 20, byte) : byte
  for (let i = 0; i < count; i++) if (!out.write(mib)) await once(out, 'drain')
  out.end(tail)
  await once(out, 'finish')
}

describe('outputs that are the input or each other are refused before anything is written', () => {
  const input = `${state('IN')}\n${state('XX', 1)}\n`
  const refused = (args: string[], files: string[], stdin?: number): void => {
    const before = files.map((f) => readFileSync(f, 'utf8'))
    const result = spawnSync(process.execPath, [cli, 'validate', '--ndjson', '--type', 'Actor', ...args], {
      encoding: 'utf8',
      env,
      stdio: [stdin ?? 'pipe', 'pipe', 'pipe'],
    })
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/same file/)
    oneLine(result.stderr)
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(before)
  }

  it('--out is the input', () => {
    const file = write('self.ndjson', input)
    refused(['--out', file, file], [file])
  })

  it('--rejects is the input through a symlink, or a hard link', () => {
    const file = write('linked.ndjson', input)
    symlinkSync(file, join(tmp, 'linked.symlink'))
    linkSync(file, join(tmp, 'linked.hardlink'))
    refused(['--rejects', join(tmp, 'linked.symlink'), file], [file])
    refused(['--out', join(tmp, 'linked.hardlink'), file], [file])
  })

  it('--out and --rejects are the same file, existing or not', () => {
    const file = write('two.ndjson', input)
    const both = write('both.ndjson', 'kept\n')
    refused(['--out', both, '--rejects', both, file], [file, both])
    const fresh = join(tmp, 'fresh.ndjson')
    const result = run(['validate', '--ndjson', '--out', fresh, '--rejects', join(tmp, '.', 'fresh.ndjson'), file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/same file/)
    expect(() => statSync(fresh)).toThrow()
  })

  it('stdin read from the file that --out names', () => {
    const file = write('stdin.ndjson', input)
    const fd = openSync(file, 'r')
    try {
      refused(['--out', file, '-'], [file], fd)
    } finally {
      closeSync(fd)
    }
  })

  it('a --rejects in a missing directory leaves an existing --out untouched', () => {
    const file = write('missing-dir.ndjson', input)
    const out = write('missing-dir.valid', 'earlier output\n')
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--out', out, '--rejects', join(tmp, 'no-such-dir', 'r.ndjson'), file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/cannot write .*r\.ndjson/)
    oneLine(result.stderr)
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n')
  })

  it('distinct outputs are written, and an existing output is replaced', () => {
    const file = write('distinct.ndjson', input)
    const out = write('distinct.valid', 'x'.repeat(10_000))
    const rejects = join(tmp, 'distinct.rejects')
    const result = run(['validate', '--ndjson', '--type', 'Actor', '--out', out, '--rejects', rejects, file])
    expect(result.status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe(`${state('IN')}\n`)
    expect(jsonLines(readFileSync(rejects, 'utf8')).map((r) => r.line)).toEqual([2])
  })
})

