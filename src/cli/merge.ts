/**
 * `news-codecs merge FILE FILE...`: merges graphs into one, written to stdout; conflicts and the rules the
 * union breaks go to stderr, naming the input files.
 *
 * @module
 */
import { parseArgs } from 'node:util'
import type { Graph } from '../Graph.js'
import { formatIssue } from '../Issue.js'
import { mergeAll } from '../Merge.js'
import { validateGraph } from '../Validation.js'
import { UsageError } from './args.js'
import { displayName, readJson } from './input.js'
import { writeText as write } from './output.js'
import { forTerminal, forTerminalLine } from './terminal.js'

/** What `news-codecs merge --help` prints. */
export const MERGE_USAGE = `Usage: news-codecs merge FILE... [--format text|json] > merged.json

Merges Graphs (JSON) into one: records that share an id, an outside identifier or a sameAs link become
one record. The merged graph goes to stdout; conflicts and the rules the union breaks go to stderr.
FILE is a path, or - (once) for stdin.

Options:
  --format text|json    Issues for people (default) or one JSON object per issue
  -h, --help            Show this help

Exit codes: 0 merged with no issue, 1 conflicts or an invalid input, 2 usage or I/O error.
See docs/cli.md, "Merging graphs".`

/** `news-codecs merge`. */
export interface MergeCommand {
  readonly command: 'merge'
  /** The graphs to merge, in order: paths, and at most one `-` for stdin. */
  readonly files: ReadonlyArray<string>
  readonly format: 'text' | 'json'
}

/** Parses the arguments after `merge`. Throws {@link UsageError} on a mistake. */
export const parseMergeCommand = (argv: ReadonlyArray<string>): MergeCommand | { readonly command: 'help' } => {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`merge: ${(error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')}`)
  }
  if (parsed.values.help) return { command: 'help' }
  const files = parsed.positionals
  if (files.length === 0) throw new UsageError('merge takes one or more graph FILEs (- for stdin); try: news-codecs merge a.json b.json > merged.json')
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('merge reads stdin (-) once at most')
  const format = parsed.values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`)
  return { command: 'merge', files, format }
}

/**
 * Runs `news-codecs merge`; resolves to the exit code: 0 merged cleanly, 1 an input is not a valid graph
 * (nothing is written to stdout) or the merge has conflicts or breaks a rule (the merged graph is written).
 */
export const mergeCommand = async (command: MergeCommand | { readonly command: 'help' }): Promise<number> => {
  if (command.command === 'help') {
    await write(process.stdout, 'stdout', `${MERGE_USAGE}\n`)
    return 0
  }
  const names = command.files.map(displayName)
  const inputs: unknown[] = []
  for (const file of command.files) inputs.push(await readJson(file))
  const report: string[] = []
  const line = (file: string, issue: Parameters<typeof formatIssue>[0]): string =>
    command.format === 'json'
      ? forTerminalLine(JSON.stringify({ type: 'issue', file, ...issue }))
      : forTerminalLine(`${file}: ${formatIssue(issue)}`)

  // Only valid graphs are merged: an invalid input is reported as validate reports it.
  const graphs: Graph[] = []
  inputs.forEach((input, i) => {
    const result = validateGraph(input)
    if (result._tag === 'Right') graphs.push(result.right)
    else for (const issue of result.left) report.push(line(names[i]!, issue))
  })
  if (graphs.length < inputs.length) {
    report.push(forTerminalLine(`merge: ${inputs.length - graphs.length} of ${inputs.length} input(s) are not valid graphs; nothing was merged`))
    await write(process.stderr, 'stderr', `${report.join('\n')}\n`)
    return 1
  }

  const { graph, issues, renamed } = mergeAll(graphs, { names })
  await write(process.stdout, 'stdout', `${JSON.stringify(graph, null, 2)}\n`)
  // Issue paths are in the merged graph; conflicts name the inputs in their message and `graphs`.
  for (const issue of issues) report.push(line('(merged)', issue))
  const renames = Object.keys(renamed).length
  const summary = `merged ${names.length} graph(s): ${renames} id(s) renamed, ${issues.length} issue(s)`
  report.push(command.format === 'json' ? forTerminalLine(JSON.stringify({ type: 'summary', files: names, renamed, issues: issues.length })) : forTerminal(summary))
  await write(process.stderr, 'stderr', `${report.join('\n')}\n`)
  return issues.length === 0 ? 0 : 1
}
