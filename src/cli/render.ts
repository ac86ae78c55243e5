/**
 * `news-codecs render GRAPH [--out FILE]`: writes a graph as one self-contained HTML page, its evidence
 * highlighted in the article text. An invalid graph is still rendered, as far as it can be read, with its
 * issues listed.
 *
 * @module
 */
import { parseArgs } from 'node:util'
import { pageOf } from '../viewer/page.js'
import { viewOf } from '../viewer/View.js'
import { UsageError } from './args.js'
import { displayName, readJson } from './input.js'
import { writeOutput, writeText } from './output.js'
import { forTerminal } from './terminal.js'

/** What `news-codecs render --help` prints. */
export const RENDER_USAGE = `Usage: news-codecs render FILE [--out story.html]

Writes a Graph (JSON) as one self-contained HTML page: the article text with every evidence span
highlighted, the facts, a timeline, the actors and the positions. The page needs no network and opens
from disk. A graph that does not validate is still rendered, with its issues listed and linked.
FILE is a path, or - for stdin.

Options:
  --out FILE            Write the page to FILE (default: stdout)
  -h, --help            Show this help

Exit codes: 0 rendered a valid graph, 1 rendered an invalid graph, 2 usage or I/O error.
See docs/viewer.md.`

/** `news-codecs render`. */
export interface RenderCommand {
  readonly command: 'render'
  /** The graph: a path, or `-` for stdin. */
  readonly file: string
  /** Where the page goes; `-` for stdout. */
  readonly out: string
}

/** Parses the arguments after `render`. Throws {@link UsageError} on a mistake. */
export const parseRenderCommand = (argv: ReadonlyArray<string>): RenderCommand | { readonly command: 'help' } => {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`render: ${(error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')}`)
  }
  if (parsed.values.help) return { command: 'help' }
  const files = parsed.positionals
  if (files.length !== 1) throw new UsageError(`render takes one graph FILE (- for stdin), got ${files.length}; try: news-codecs render story.graph.json --out story.html`)
  return { command: 'render', file: files[0]!, out: parsed.values.out ?? '-' }
}

/**
 * Runs `news-codecs render`; resolves to the exit code: 0 for a valid graph, 1 for an invalid one (the page
 * is written all the same, and the count of issues goes to stderr).
 */
export const renderCommand = async (command: RenderCommand | { readonly command: 'help' }): Promise<number> => {
  if (command.command === 'help') {
    await writeText(process.stdout, 'stdout', `${RENDER_USAGE}\n`)
    return 0
  }
  const input = await readJson(command.file)
  const view = viewOf(input)
  await writeOutput(command.out, pageOf(view, input))
  if (view.valid) return 0
  await writeText(process.stderr, 'stderr', forTerminal(`${displayName(command.file)}: ${view.issues.length} issue(s), listed in the page\n`))
  return 1
}
