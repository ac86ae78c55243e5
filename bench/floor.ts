/**
 * The walk alone: guards generated from the codecs with every refined check (ids, dates, texts, URLs...)
 * replaced by `v !== undefined`, so that only the walk over records, arrays, keys and literals is left.
 * They accept invalid input and serve no purpose but measurement: what they cost is a floor under the cost
 * of the real guards, which make the same walk and the checks on top.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateGuards } from '../scripts/compile-guards.js'

/** The structure-only guard of every struct and tagged union, by codec name. */
export const loadStructureOnlyGuards = async (): Promise<ReadonlyMap<string, (u: unknown) => boolean>> => {
  const src = fileURLToPath(new URL('../src/', import.meta.url))
  // The generated file imports its codecs from '../Module.js'; from a temporary directory they are named in full.
  const source = (await generateGuards({ structureOnly: true })).replace(
    /from '\.\.\/([A-Za-z]+)\.js'/g,
    (_, module: string) => `from '${pathToFileURL(join(src, `${module}.ts`)).href}'`,
  )
  const dir = mkdtempSync(join(tmpdir(), 'news-codecs-floor-'))
  try {
    const file = join(dir, 'guards.mts') // .mts: an ES module wherever it lies
    writeFileSync(file, source)
    const { compiledGuards } = (await import(pathToFileURL(file).href)) as {
      compiledGuards: ReadonlyArray<readonly [{ readonly name: string }, (u: unknown) => boolean]>
    }
    return new Map(compiledGuards.map(([codec, guard]) => [codec.name, guard]))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
