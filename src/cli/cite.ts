/**
 * `news-codecs cite ARTICLE QUOTE`: the evidence of a quote in an article's text file, with its code-point
 * offsets, ready to paste into a graph.
 *
 * @module
 */
import { cite } from '../Cite.js'
import type { CiteCommand } from './args.js'
import { displayName, readText } from './input.js'
import { writeText } from './output.js'
import { forTerminalLine } from './terminal.js'

/**
 * Runs `news-codecs cite`; resolves to the exit code: 0 with the Evidence JSON on stdout, 1 when the quote
 * is not in the article or is in several places (the places are on stderr, to choose with `--occurrence`
 * or `--after`).
 */
export const citeCommand = async (command: CiteCommand): Promise<number> => {
  const text = await readText(command.file)
  const options = { ...(command.occurrence === undefined ? {} : { occurrence: command.occurrence }), ...(command.after === undefined ? {} : { after: command.after }) }
  const result = cite(text, command.article)(command.quote, options)
  if (result._tag === 'Left') {
    const hint = result.left.code === 'ambiguous_quote' ? ' (--occurrence N, --after OFFSET)' : ''
    await writeText(process.stderr, 'stderr', `${forTerminalLine(`${displayName(command.file)}: ${result.left.message}${hint}`)}\n`)
    return 1
  }
  await writeText(process.stdout, 'stdout', `${forTerminalLine(JSON.stringify(result.right))}\n`)
  return 0
}
