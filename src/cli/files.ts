/**
 * Opening the outputs of a run without harming its input or each other: every path is checked before
 * any is opened, none is truncated before all are open, and an output that is the input or another output
 * (the same file by device and inode, whatever the path: a symlink, a hard link, stdin redirected from it)
 * is refused.
 *
 * @module
 */
import type { Stats } from 'node:fs'
import { fstatSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { constants, open, realpath, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { InputOutputError, UsageError } from './args.js'

/** What a run reads or writes, as the user named it, with the file it is when it is one that matters. */
export interface Place {
  /** As the user names it: `the input`, `--out x.ndjson`, `stdout`. */
  readonly role: string
  /** Device and inode, or a resolved path for a file yet to be created; undefined when sharing is harmless. */
  readonly key: string | undefined
  /** Standard streams may share a file with each other (`> log 2>&1`), not with the input or an output. */
  readonly stream?: boolean
}

/**
 * The identity that matters: regular files and FIFOs by device and inode. Terminals, /dev/null and sockets
 * can be shared by several streams without harm, so they have none.
 */
export const keyOf = (stats: Stats): string | undefined => (stats.isFile() || stats.isFIFO() ? `${stats.dev}:${stats.ino}` : undefined)

/** The identity of an open standard stream (0, 1, 2), if it is a file or a FIFO. */
export const keyOfFd = (fd: number): string | undefined => {
  try {
    return keyOf(fstatSync(fd))
  } catch {
    return undefined
  }
}

const code = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT':
      return 'ENOENT: no such directory'
    case 'ENOTDIR':
      return 'ENOTDIR: a part of the path is not a directory'
    case 'EISDIR':
      return 'EISDIR: it is a directory'
    case 'EACCES':
      return 'EACCES: permission denied'
    default:
      return e.code ?? e.message ?? String(error)
  }
}

const cannotWrite = (path: string, error: unknown): InputOutputError => new InputOutputError(`cannot write ${path}: ${code(error)}`)

/** Where a path leads, without opening it: the file it is, or for a file yet to be made its resolved path. */
const placeOfPath = async (path: string): Promise<string | undefined> => {
  try {
    const stats = await stat(path)
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    return keyOf(stats)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(path, error)
  }
  // Not there yet: its directory must be, and two paths to the same new file resolve to the same name.
  let directory: string
  try {
    directory = await realpath(dirname(resolve(path)))
    if (!(await stat(directory)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' })
  } catch (error) {
    throw cannotWrite(path, error)
  }
  return `new:${join(directory, basename(path))}`
}

/** Throws a usage error when two places that matter are the same file. */
const refuseShared = (places: ReadonlyArray<Place>): void => {
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const [a, b] = [places[i]!, places[j]!]
      if (a.key !== undefined && a.key === b.key && !(a.stream === true && b.stream === true)) throw new UsageError(`${a.role} and ${b.role} are the same file; nothing was written`)
    }
  }
}

/** An output opened for writing, not yet truncated. */
interface Opened {
  readonly path: string
  readonly handle: FileHandle
  readonly created: boolean
}

const openOne = async (path: string): Promise<Opened> => {
  try {
    return { path, handle: await open(path, constants.O_WRONLY), created: false }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(path, error)
  }
  try {
    return { path, handle: await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666), created: true }
  } catch (error) {
    throw cannotWrite(path, error)
  }
}

/** Closes what was opened and removes what was created, after a failure. */
const undo = async (opened: ReadonlyArray<Opened>): Promise<void> => {
  for (const o of opened) {
    await o.handle.close().catch(() => undefined)
    if (o.created) await unlink(o.path).catch(() => undefined)
  }
}

/**
 * Opens the named output files (`undefined` or `-` are skipped: no file to open) after checking them
 * against each other and against `others` (the input, the standard streams): exit 2 on any clash or on a
 * path that cannot be written, before anything is truncated. Returns the handles in the order of `outputs`,
 * each emptied, ready to write.
 */
export const openOutputs = async (
  outputs: ReadonlyArray<{ readonly role: string; readonly path: string | undefined }>,
  others: ReadonlyArray<Place>,
): Promise<Array<FileHandle | undefined>> => {
  const named = outputs.filter((o): o is { role: string; path: string } => o.path !== undefined && o.path !== '-')
  // 1. Every path, before any is opened.
  const places: Place[] = [...others]
  for (const o of named) places.push({ role: o.role, key: await placeOfPath(o.path) })
  refuseShared(places)
  // 2. Open each without truncating; then check again what was opened (a path may have changed, and a
  //    dangling symlink only shows where it leads once the file exists).
  const opened: Opened[] = []
  try {
    for (const o of named) opened.push(await openOne(o.path))
    const openedPlaces = await Promise.all(opened.map(async (o, i) => ({ role: named[i]!.role, key: keyOf(await o.handle.stat()) })))
    refuseShared([...others, ...openedPlaces])
    // 3. Only now empty the files that held something.
    for (const o of opened) {
      if (!o.created && (await o.handle.stat()).isFile()) await o.handle.truncate(0)
    }
  } catch (error) {
    await undo(opened)
    if (error instanceof InputOutputError || error instanceof UsageError) throw error
    throw new InputOutputError(`cannot write the outputs: ${code(error)}`)
  }
  return outputs.map((o) => (o.path === undefined || o.path === '-' ? undefined : opened[named.indexOf(o as { role: string; path: string })]!.handle))
}
