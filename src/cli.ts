/**
 * The `news-codecs` command line: parses the arguments, runs the command, and turns every failure into
 * one line on stderr and an exit code (0 valid, 1 invalid, 2 usage or I/O error).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputOutputError, parseCommand, USAGE, UsageError } from './cli/args.js'
import { summaryCommand } from './cli/summary.js'
import { schemaOf, TYPE_NAMES } from './cli/codecs.js'
import { citeCommand } from './cli/cite.js'
import { initCommand } from './cli/init.js'
import { forTerminalLine } from './cli/terminal.js'
import { validateCommand } from './cli/validate.js'
import { mergeCommand, parseMergeCommand } from './cli/merge.js'
import { convertCommand, parseConvertCommand } from './cli/convert.js'
import { parseRenderCommand, renderCommand } from './cli/render.js'

/** The graph `news-codecs summary` (and `npm start`) reads when no FILE is given. */
export const DEFAULT_GRAPH_FILE = fileURLToPath(new URL('../fixtures/canonical.graph.json', import.meta.url))

const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  // `merge`, `convert` and `render` take options of their own: they parse their arguments themselves.
  if (argv[0] === 'merge') return mergeCommand(parseMergeCommand(argv.slice(1)))
  if (argv[0] === 'convert') return convertCommand(parseConvertCommand(argv.slice(1)))
  if (argv[0] === 'render') return renderCommand(parseRenderCommand(argv.slice(1)))
  const command = parseCommand(argv)
  switch (command.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`)
      return 0
    case 'version':
      process.stdout.write(`${version()}\n`)
      return 0
    case 'summary':
      // The canonical questions are about the canonical fixture: answer them when it is the graph shown.
      return summaryCommand(command.file ?? DEFAULT_GRAPH_FILE, command.file === undefined)
    case 'validate':
      return validateCommand(command, version())
    case 'schema':
      process.stdout.write(`${JSON.stringify(schemaOf(command.name), null, 2)}\n`)
      return 0
    case 'types':
      process.stdout.write(`${TYPE_NAMES.join('\n')}\n`)
      return 0
    case 'cite':
      return citeCommand(command)
    case 'init':
      return initCommand(command)
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Expected failures read as one line; anything else is a defect, still reported without a stack trace.
    // A message may quote the input (a parse error's snippet, a file name): it is shown escaped.
    const known = error instanceof UsageError || error instanceof InputOutputError
    const message = forTerminalLine(error instanceof Error ? error.message : String(error))
    process.stderr.write(`news-codecs: ${known ? message : `internal error: ${message}`}\n`)
    process.exitCode = 2
  },
)
