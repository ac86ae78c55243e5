/**
 * `news-codecs init ARTICLE`: a minimal valid Graph holding an article's text, so that a graph written by
 * hand starts from something that validates and grows one record at a time.
 *
 * @module
 */
import { open } from 'node:fs/promises'
import { digestOf } from '../Article.js'
import { emptyGraph } from '../Graph.js'
import { validateGraph } from '../Validation.js'
import type { InitCommand } from './args.js'
import { InputOutputError, UsageError } from './args.js'
import { readText } from './input.js'
import { writeText } from './output.js'

/** The graph `init` writes: the article, with the digest of its text, and every collection empty. */
export const initialGraph = (command: Pick<InitCommand, 'article' | 'language'>, text: string): unknown => ({
  ...emptyGraph(),
  articles: [{ id: command.article, text, ...(command.language === undefined ? {} : { language: command.language }), digest: digestOf(text) }],
})

/**
 * Runs `news-codecs init`; resolves to 0 once the graph is written. An id or language that would make the
 * graph invalid is a usage error (exit 2), and so is an `--out` file that exists: it is never overwritten.
 */
export const initCommand = async (command: InitCommand): Promise<number> => {
  const text = await readText(command.file)
  const graph = initialGraph(command, text)
  const checked = validateGraph(graph)
  if (checked._tag === 'Left') {
    const first = checked.left[0]
    throw new UsageError(`the graph would not be valid: ${first.path.includes('language') ? `--language ${command.language}` : `--id ${command.article}`}: ${first.message}`)
  }
  const json = `${JSON.stringify(graph, null, 2)}\n`
  if (command.out === '-') {
    await writeText(process.stdout, 'stdout', json)
    return 0
  }
  let handle
  try {
    handle = await open(command.out, 'wx')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputOutputError(code === 'EEXIST' ? `${command.out} exists: init never overwrites a file; choose another --out` : `cannot write ${command.out}: ${code ?? (error as Error).message}`)
  }
  try {
    await handle.writeFile(json)
  } finally {
    await handle.close()
  }
  return 0
}
