/**
 * Opening the input: a file or stdin, with one-line errors when it cannot be read.
 *
 * @module
 */
import { open } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { defaultMaxBytes, InputOutputError } from './args.js'
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

const tooLarge = (file: string, size: string, max: number): InputOutputError =>
  new InputOutputError(
    `${displayName(file)} is too large to check as one document: ${size}, more than ${max} (--max-bytes); one record per line can be checked with --ndjson`,
  )

/**
 * Reads a whole file or stdin as bytes, at most `maxBytes` of them: a larger input is an error, found from
 * its size before it is read, or for stdin once that much has arrived.
 */
export const readAll = async (file: string, maxBytes: number): Promise<Buffer> => {
  const input = await openInput(file)
  if (input.size !== undefined && input.size > maxBytes) {
    input.stream.destroy()
    throw tooLarge(file, `${input.size} bytes`, maxBytes)
  }
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of input.stream) {
      chunks.push(chunk as Buffer)
      total += (chunk as Buffer).length
      if (total > maxBytes) {
        input.stream.destroy()
        // The rest is not read: how much there was is not known.
        throw tooLarge(file, `at least ${total} bytes`, maxBytes)
      }
    }
  } catch (error) {
    if (error instanceof InputOutputError) throw error
    throw readError(file, error)
  }
  return Buffer.concat(chunks, total)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads one input as UTF-8 text: an I/O error (exit 2) when it cannot be read, is not UTF-8 or is empty. */
export const readText = async (file: string): Promise<string> => {
  const name = displayName(file)
  const bytes = await readAll(file, defaultMaxBytes())
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new InputOutputError(`${name} is not UTF-8 text`)
  }
  if (text.trim() === '') throw new InputOutputError(`${name} is empty`)
  return text
}

/** Reads one input as JSON: an I/O error (exit 2) when it cannot be read or is not JSON, as `validate` does. */
export const readJson = async (file: string): Promise<unknown> => {
  const text = await readText(file)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputOutputError(`${displayName(file)} is not JSON: ${(error as Error).message}`)
  }
}
