/**
 * The command-line tests' way to run the built bin as users run it (`npm test` builds first): one place for
 * how the process is started, where its files go and what a one-line failure looks like.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

/** The built bin. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Runs the bin with `args`, `input` on its stdin, from `cwd` when given: its output as text, colours off. */
export const runCli = (args: ReadonlyArray<string>, input?: string | Buffer, { cwd }: { cwd?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
    ...(cwd === undefined ? {} : { cwd }),
  })

/** A fresh temporary directory (`news-codecs-NAME-…`) and a writer of files in it, each returned by its path. */
export const scratchDir = (name: string): { readonly dir: string; readonly write: (file: string, content: string | Buffer) => string } => {
  const dir = mkdtempSync(join(tmpdir(), `news-codecs-${name}-`))
  const write = (file: string, content: string | Buffer): string => {
    const path = join(dir, file)
    writeFileSync(path, content)
    return path
  }
  return { dir, write }
}

/** That a failure was told in one line on stderr, with no stack trace. */
export const expectOneLine = (stderr: string): void => {
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at /)
}
