/**
 * Opening the input: a file or stdin, with one-line errors when it cannot be read.
 *
 * @module
 */
import { open, readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { InputOutputError } from './args.js'
import { keyOf, keyOfFd } from './files.js'

/** The name shown for an input: its path, or `<stdin>` for `-`. */
export const displayName = (file: string): string => (file === '-' ? '<stdin>' : file)

const reason = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'it is a directory'
    case 'EACCES':
      return 'permission denied'
    default:
      return e.code ?? e.message ?? String(error)
  }
}

/** The error for an input that could not be read. */
export const readError = (file: string, error: unknown): InputOutputError =>
  new InputOutputError(`cannot read ${displayName(file)}: ${reason(error)}`)

/** An open input: its size when it is a file, the file it is (see `keyOf`), and its bytes. */
export interface Input {
  readonly size: number | undefined
  readonly key: string | undefined
  readonly stream: Readable
}

/** Opens a file or stdin as a byte stream; a missing or unreadable file fails here, before any output. */
export const openInput = async (file: string): Promise<Input> => {
  if (file === '-') return { size: undefined, key: keyOfFd(0), stream: process.stdin }
  try {
    const handle = await open(file, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) {
      await handle.close()
      throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    }
    return { size: stats.isFile() ? stats.size : undefined, key: keyOf(stats), stream: handle.createReadStream({ highWaterMark: 256 * 1024 }) }
  } catch (error) {
    throw readError(file, error)
  }
}

/** Reads a whole file or stdin as bytes. */
export const readAll = async (file: string): Promise<Buffer> => {
  try {
    if (file !== '-') return await readFile(file)
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  } catch (error) {
    throw readError(file, error)
  }
}
