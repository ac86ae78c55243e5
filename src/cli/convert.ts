/**
 * `news-codecs convert`: from a format users hold into a Graph (`--from ninjs|plover|popolo`), and from a Graph into
 * one (`--to ninjs`, `--to jsonld`, `--to popolo`). Every field that could not be carried is reported as a loss.
 *
 * @module
 */
import { parseArgs } from 'node:util'
import type { Graph } from '../Graph.js'
import type { Issue } from '../Issue.js'
import { formatIssue } from '../Issue.js'
import { toJsonLd } from '../JsonLd.js'
import { mergeAll } from '../Merge.js'
import type { NinjsLoss, NinjsVersion } from '../converters/index.js'
import { fromNinjs, fromPlover, fromPopolo, toNinjs, toPopolo } from '../converters/index.js'
import { validateGraph } from '../Validation.js'
import { UsageError } from './args.js'
import { displayName, readJson, readText } from './input.js'
import { writeOutput, writeText } from './output.js'
import { forTerminalLine } from './terminal.js'

/** What `news-codecs convert --help` prints. */
export const CONVERT_USAGE = `Usage: news-codecs convert --from ninjs|plover|popolo FILE [--out F] [--losses F] [--format text|json]
       news-codecs convert --to ninjs|jsonld|popolo FILE [--ninjs-version 2|3] [--out F] [--losses F] [--format text|json]

--from ninjs reads IPTC ninjs 2.x or 3.x items, --from plover PLOVER (or POLECAT) event records, --from popolo
Popolo exports (or single Popolo records): one (JSON), an array of them, or one per line (NDJSON); each writes
one Graph. --to reads a Graph and writes ninjs items, one per line, JSON-LD, or one Popolo export.
FILE is a path, or - for stdin. Every source field with no home in the target is a loss, reported on
stderr (or to --losses F) with its path; nothing is dropped silently.

Options:
  --out F               Write the result to F instead of stdout
  --losses F            Write the losses and issues to F instead of stderr
  --ninjs-version 2|3   The ninjs version --to ninjs writes (default: 3)
  --format text|json    Losses and issues for people (default) or one JSON object per line
  -h, --help            Show this help

Exit codes: 0 converted without loss, 1 converted with losses or issues, 2 usage or I/O error.
See docs/cli.md, "Converting".`

/** `news-codecs convert`. */
export interface ConvertCommand {
  readonly command: 'convert'
  readonly direction: { readonly from: 'ninjs' | 'plover' | 'popolo' } | { readonly to: 'ninjs' | 'jsonld' | 'popolo' }
  readonly file: string
  readonly out: string
  readonly losses: string | undefined
  readonly ninjsVersion: NinjsVersion
  readonly format: 'text' | 'json'
}

const FROM: ReadonlyArray<string> = ['ninjs', 'plover', 'popolo']
const TO: ReadonlyArray<string> = ['ninjs', 'jsonld', 'popolo']

/** Parses the arguments after `convert`. Throws {@link UsageError} on a mistake. */
export const parseConvertCommand = (argv: ReadonlyArray<string>): ConvertCommand | { readonly command: 'help' } => {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        losses: { type: 'string' },
        'ninjs-version': { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError(`convert: ${(error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')}`)
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if ((values.from === undefined) === (values.to === undefined)) throw new UsageError('convert takes one of --from ninjs|plover|popolo or --to ninjs|jsonld|popolo; try: news-codecs convert --help')
  if (values.from !== undefined && !FROM.includes(values.from)) throw new UsageError(`convert --from takes ninjs, plover or popolo, got ${JSON.stringify(values.from)}`)
  if (values.to !== undefined && !TO.includes(values.to)) throw new UsageError(`convert --to takes ninjs, jsonld or popolo, got ${JSON.stringify(values.to)}`)
  if (positionals.length !== 1) throw new UsageError(`convert takes one FILE (- for stdin), got ${positionals.length}`)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`)
  const ninjsVersion = values['ninjs-version'] ?? '3'
  if (ninjsVersion !== '2' && ninjsVersion !== '3') throw new UsageError(`--ninjs-version must be 2 or 3, got ${JSON.stringify(ninjsVersion)}`)
  if (values['ninjs-version'] !== undefined && values.to !== 'ninjs') throw new UsageError('--ninjs-version applies to --to ninjs')
  const out = values.out ?? '-'
  if (values.losses !== undefined && values.losses === out) throw new UsageError('--out and --losses cannot be the same file')
  return {
    command: 'convert',
    direction: values.from !== undefined ? { from: values.from as 'ninjs' | 'plover' | 'popolo' } : { to: values.to as 'ninjs' | 'jsonld' | 'popolo' },
    file: positionals[0]!,
    out,
    losses: values.losses,
    ninjsVersion,
    format,
  }
}

/** One item (a ninjs item, a PLOVER record) per line, or one JSON document (an item or an array of items). */
const itemsOf = async (file: string): Promise<ReadonlyArray<{ readonly line?: number; readonly item: unknown }>> => {
  const text = await readText(file)
  try {
    const whole: unknown = JSON.parse(text)
    return Array.isArray(whole) ? whole.map((item) => ({ item })) : [{ item: whole }]
  } catch {
    // Not one JSON document: NDJSON, each line an item; a line that is not JSON is read as a hostile item.
    return text.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return []
      try {
        return [{ line: i + 1, item: JSON.parse(line) as unknown }]
      } catch {
        return [{ line: i + 1, item: line }]
      }
    })
  }
}

/** Runs `news-codecs convert`; resolves to the exit code. */
export const convertCommand = async (command: ConvertCommand | { readonly command: 'help' }): Promise<number> => {
  if (command.command === 'help') {
    await writeText(process.stdout, 'stdout', `${CONVERT_USAGE}\n`)
    return 0
  }
  const name = displayName(command.file)
  const report: string[] = []
  const where = (line: number | undefined) => (line === undefined ? name : `${name}:${line}`)
  const lost = (line: number | undefined, loss: NinjsLoss) =>
    report.push(command.format === 'json'
      ? forTerminalLine(JSON.stringify({ type: 'loss', file: name, ...(line === undefined ? {} : { line }), ...loss }))
      : forTerminalLine(`${where(line)}: ${loss.path || '(item)'}: not carried: ${loss.reason}`))
  const flagged = (line: number | undefined, issue: Issue) =>
    report.push(command.format === 'json'
      ? forTerminalLine(JSON.stringify({ type: 'issue', file: name, ...(line === undefined ? {} : { line }), ...issue }))
      : forTerminalLine(`${where(line)}: ${formatIssue(issue)}`))

  // The losses and issues go to stderr, or to the --losses file.
  const emitReport = (): Promise<void> => {
    const text = `${report.join('\n')}\n`
    return command.losses === undefined ? writeText(process.stderr, 'stderr', text) : writeOutput(command.losses, text)
  }

  let output: string
  let losses = 0
  let issues = 0
  if ('from' in command.direction) {
    const graphs: Graph[] = []
    const convert = { ninjs: fromNinjs, plover: fromPlover, popolo: fromPopolo }[command.direction.from]
    for (const { line, item } of await itemsOf(command.file)) {
      const result = convert(item)
      for (const loss of result.losses) lost(line, loss)
      for (const issue of result.issues) flagged(line, issue)
      losses += result.losses.length
      issues += result.issues.length
      graphs.push(result.graph)
    }
    const merged = mergeAll(graphs)
    for (const issue of merged.issues) flagged(undefined, issue)
    issues += merged.issues.length
    output = `${JSON.stringify(merged.graph, null, 2)}\n`
  } else {
    const validated = validateGraph(await readJson(command.file))
    if (validated._tag === 'Left') {
      for (const issue of validated.left) flagged(undefined, issue)
      report.push(forTerminalLine(`convert: ${name} is not a valid graph; nothing was converted`))
      await emitReport()
      return 1
    }
    const graph = validated.right
    if (command.direction.to === 'jsonld') {
      output = `${JSON.stringify(toJsonLd(graph), null, 2)}\n`
    } else if (command.direction.to === 'popolo') {
      const result = toPopolo(graph)
      for (const loss of result.losses) lost(undefined, loss)
      losses += result.losses.length
      output = `${JSON.stringify(result.popolo, null, 2)}\n`
    } else {
      const lines = graph.articles.map((article) => {
        const result = toNinjs(article, { graph, version: command.ninjsVersion })
        for (const loss of result.losses) lost(undefined, { ...loss, path: `/articles/${graph.articles.indexOf(article)}${loss.path}` })
        losses += result.losses.length
        return JSON.stringify(result.item)
      })
      output = lines.length === 0 ? '' : `${lines.join('\n')}\n`
    }
  }
  await writeOutput(command.out, output)
  const summary = `converted ${name}: ${losses} loss(es), ${issues} issue(s)`
  report.push(command.format === 'json' ? JSON.stringify({ type: 'summary', file: name, losses, issues }) : forTerminalLine(summary))
  await emitReport()
  return losses === 0 && issues === 0 ? 0 : 1
}
