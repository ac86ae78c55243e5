/**
 * The inputs of a run: paths as given, and globs expanded by the command line itself, so that a quoted
 * pattern works the same from any shell, from `npm run` and from CI configuration files.
 *
 * @module
 */
import { statSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from './args.js'

/** Whether an argument is a pattern to expand: it has glob syntax and names no file as it is. */
const isPattern = (arg: string): boolean => {
  if (arg === '-' || !isDynamicPattern(arg)) return false
  try {
    statSync(arg)
    return false
  } catch {
    return true
  }
}

/**
 * The files a run reads, in the order given; each pattern's matches sorted by path, files only, dot files
 * only when the pattern names them. A file named twice is read once. A pattern that matches nothing is a
 * usage error: a typo should not pass as an empty, valid run.
 */
export const expandInputs = async (args: ReadonlyArray<string>): Promise<string[]> => {
  const files: string[] = []
  const seen = new Set<string>()
  const add = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    files.push(file)
  }
  for (const arg of args) {
    if (!isPattern(arg)) {
      add(arg)
      continue
    }
    const matches = await glob([arg], { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })
    if (matches.length === 0) throw new UsageError(`no file matches ${JSON.stringify(arg)}`)
    for (const match of matches.sort()) add(match)
  }
  return files
}
