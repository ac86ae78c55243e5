/**
 * Lines of a JSON document by path: where the value an issue points at begins, so that reports for CI
 * systems (SARIF, JUnit) can name a line of a single document as they do of an NDJSON file.
 *
 * @module
 */

type Path = ReadonlyArray<string | number>

const keyOf = (path: Path): string => JSON.stringify(path)

/**
 * Scans a JSON text (already known to parse) once and returns the line (from 1) of the value at each path;
 * a path to a value that is not there (a missing key) gets the line of its deepest part that is. The scan
 * keeps a stack, not the call stack, so deep nesting cannot overflow it.
 */
export const pathLines = (text: string, paths: ReadonlyArray<Path>): ((path: Path) => number) => {
  const wanted = new Set<string>()
  for (const path of paths) for (let n = 0; n <= path.length; n++) wanted.add(keyOf(path.slice(0, n)))
  const lines = new Map<string, number>()
  const path: Array<string | number> = []
  const arrays: boolean[] = []
  let expectKey = false
  let line = 1
  let at = 0
  const skipSpace = (): void => {
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at)
      if (c === 0x0a) line++
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xfeff) return
    }
  }
  // A JSON string holds no raw newline: skipping one never passes a line.
  const skipString = (): string => {
    const start = at++
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at)
      if (c === 0x5c) at++
      else if (c === 0x22) break
    }
    at++
    return JSON.parse(text.slice(start, at)) as string
  }
  while (wanted.size > 0) {
    skipSpace()
    if (at >= text.length) break
    const c = text[at]!
    if (c === ',') {
      at++
      if (arrays.at(-1) === true) path[path.length - 1] = (path[path.length - 1] as number) + 1
      else expectKey = true
    } else if (c === '}' || c === ']') {
      at++
      arrays.pop()
      path.pop()
      expectKey = false
    } else if (expectKey) {
      path[path.length - 1] = skipString()
      skipSpace()
      at++ // the colon
      expectKey = false
    } else {
      const key = keyOf(path)
      if (wanted.has(key) && !lines.has(key)) lines.set(key, line)
      if (c === '{' || c === '[') {
        at++
        arrays.push(c === '[')
        path.push(0)
        expectKey = c === '{'
      } else if (c === '"') {
        skipString()
      } else {
        while (at < text.length && !',]} \t\r\n'.includes(text[at]!)) at++
      }
    }
  }
  return (target) => {
    for (let n = target.length; n >= 0; n--) {
      const found = lines.get(keyOf(target.slice(0, n)))
      if (found !== undefined) return found
    }
    return 1
  }
}
