/**
 * Command-line arguments: what the user asked for, parsed with `node:util` parseArgs, or a usage error.
 *
 * @module
 */
import { constants } from 'node:buffer'
import { parseArgs } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { resolveTypeName, TYPE_NAMES } from './codecs.js'
import type { JsonSchemaName } from '../JsonSchema.js'
import { jsonSchemaNames } from '../JsonSchema.js'
import type { IssueCode } from '../Issue.js'
import type { RuleSetting, RuleSettings } from '../Rules.js'
import { isIssueCode } from '../Rules.js'

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** An input or output that could not be read or written: reported in one line, exit code 2. */
export class InputOutputError extends Error {
  override readonly name = 'InputOutputError'
}

/** How reports are written. */
export type Format = 'text' | 'json'

/** `news-codecs validate`. */
export interface ValidateCommand {
  readonly command: 'validate'
  /** A path, or `-` for stdin. */
  readonly file: string
  /** The canonical name of the model to check each record against. */
  readonly type: string
  readonly ndjson: boolean
  /** Where valid NDJSON lines go (`-` for stdout), if anywhere. */
  readonly out: string | undefined
  /** Where rejected NDJSON lines go (`-` for stdout), if anywhere. */
  readonly rejects: string | undefined
  readonly format: Format
  /** Worker threads for NDJSON; 0 validates in the main thread; undefined lets the size decide. */
  readonly workers: number | undefined
  /** The longest NDJSON line, or the largest document, held and checked, in bytes. */
  readonly maxBytes: number
  readonly quiet: boolean
  /** Rule settings from `--rule CODE=off|warn|error`. */
  readonly rules: RuleSettings
  /** Warnings make a record invalid. */
  readonly strict: boolean
}

/**
 * The most bytes one line or one document can have and still be checked: it is decoded into one string
 * (at most `buffer.constants.MAX_STRING_LENGTH` characters) and parsed, so it is also kept to a quarter of
 * the heap, leaving room for the parsed value.
 */
export const LARGEST_TEXT_BYTES = constants.MAX_STRING_LENGTH

/** The default for `--max-bytes`: what one string can hold, and at most a quarter of the heap limit. */
export const defaultMaxBytes = (): number => Math.min(LARGEST_TEXT_BYTES, Math.floor(getHeapStatistics().heap_size_limit / 4))

/** `news-codecs summary`. */
export interface SummaryCommand {
  readonly command: 'summary'
  readonly file: string | undefined
}

/** `news-codecs schema [NAME]`. */
export interface SchemaCommand {
  readonly command: 'schema'
  /** A model with a JSON Schema, as `jsonSchemaNames` spells it. */
  readonly name: JsonSchemaName
}

/** Everything the command line can be asked to do. */
export type Command =
  | ValidateCommand
  | SummaryCommand
  | SchemaCommand
  | { readonly command: 'help' }
  | { readonly command: 'version' }

export const USAGE = `Usage: news-codecs <command> [options]

Commands:
  validate [FILE|-]     Validate a Graph (JSON) from FILE or stdin (default: stdin)
  summary [FILE]        Validate a Graph and print its record counts and timeline
  schema [NAME]         Print the JSON Schema (draft 2020-12) of model NAME (default: Graph)
                        (${jsonSchemaNames.join(', ')})
  merge FILE...         Merge Graphs into one on stdout, their conflicts on stderr (merge --help)
  convert FILE          Convert IPTC ninjs, PLOVER or Popolo to a Graph, or a Graph to ninjs, JSON-LD
                        or Popolo, reporting every field not carried (convert --help)

Options for validate:
  --type NAME           Validate one record of model NAME instead of a Graph
                        (${TYPE_NAMES.join(', ')})
  --ndjson              Read one record per line, streaming
  --out FILE            With --ndjson: write valid lines to FILE (- for stdout)
  --rejects FILE        With --ndjson: write rejected lines to FILE as {line, record|text|bytes, issues}
  --format text|json    Reports for people (default) or one JSON object per issue
  --workers N           With --ndjson: worker threads (0: none; default: by input size and cores)
  --max-bytes N[K|M|G]  The longest line (--ndjson) or largest document checked; a longer line is
                        rejected as line_too_long (default: a quarter of the heap, at most ${LARGEST_TEXT_BYTES})
  --rule CODE=SETTING   Set a rule by its issue code: off, warn or error (repeatable; codes in docs/rules.md)
  --strict              Warnings make a record invalid (exit 1)
  -q, --quiet           No progress on stderr

General:
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 all valid, 1 some invalid, 2 usage or I/O error.
See docs/cli.md for the report formats and for running per partition.`

const options = {
  type: { type: 'string' },
  ndjson: { type: 'boolean' },
  out: { type: 'string' },
  rejects: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'max-bytes': { type: 'string' },
  rule: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

// parseArgs throws errors whose messages are long and suggest flags this CLI does not take: one line is enough.
const firstLine = (message: string): string => message.split('\n')[0]!.replace(/\. To specify .*$/, '')

// parseArgs takes `--workers -1` for two options ("argument is ambiguous"): a value that starts like a negative
// number is passed as `--workers=-1`, so that the option's own check can say what it takes.
const joinNegativeValues = (argv: ReadonlyArray<string>): string[] => {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if ((arg === '--workers' || arg === '--max-bytes') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else {
      out.push(arg)
    }
  }
  return out
}

const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }

const parseMaxBytes = (value: string): number => {
  const match = /^(\d+)([KMG]?)$/i.exec(value)
  const bytes = match === null ? NaN : Number(match[1]) * UNITS[match[2]!.toUpperCase()]!
  if (!(bytes >= 1 && bytes <= LARGEST_TEXT_BYTES)) {
    throw new UsageError(`--max-bytes must be a number of bytes from 1 to ${LARGEST_TEXT_BYTES} (K, M, G for KiB, MiB, GiB), got ${JSON.stringify(value)}`)
  }
  return bytes
}

/** Parses the arguments after `node cli.js`. Throws {@link UsageError} on a mistake. */
export const parseCommand = (argv: ReadonlyArray<string>): Command => {
  let parsed
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(firstLine((error as Error).message))
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  const [command, ...rest] = positionals
  if (command === undefined) throw new UsageError('no command given; try: news-codecs --help')
  if (command === 'help') return { command: 'help' }
  if (rest.length > 1) throw new UsageError(`${command} takes one FILE, got ${rest.length}: ${rest.join(' ')}`)
  const file = rest[0]

  if (command === 'schema') {
    const flags = (['type', 'ndjson', 'out', 'rejects', 'format', 'workers', 'max-bytes', 'rule', 'strict'] as const).filter((flag) => values[flag] !== undefined)
    if (flags.length > 0) throw new UsageError(`--${flags[0]} applies to validate, not schema`)
    const name = file === undefined ? 'Graph' : jsonSchemaNames.find((n) => n.toLowerCase() === file.toLowerCase())
    if (name === undefined) throw new UsageError(`no JSON Schema named ${JSON.stringify(file)}; one of: ${jsonSchemaNames.join(', ')}`)
    return { command: 'schema', name }
  }
  if (command === 'summary') {
    for (const flag of ['type', 'ndjson', 'out', 'rejects', 'format', 'workers', 'max-bytes', 'rule', 'strict'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} applies to validate, not summary`)
    }
    return { command: 'summary', file }
  }
  if (command !== 'validate') throw new UsageError(`unknown command ${JSON.stringify(command)}; try: news-codecs --help`)

  const type = values.type === undefined ? 'Graph' : resolveTypeName(values.type)
  if (type === undefined) throw new UsageError(`unknown --type ${JSON.stringify(values.type)}; one of: ${TYPE_NAMES.join(', ')}`)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`)
  const ndjson = values.ndjson ?? false
  if (!ndjson) {
    for (const flag of ['out', 'rejects', 'workers'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --ndjson`)
    }
  }
  let workers: number | undefined
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!/^\d+$/.test(values.workers) || workers > 256) throw new UsageError(`--workers must be a whole number from 0 to 256, got ${JSON.stringify(values.workers)}`)
  }
  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes() : parseMaxBytes(values['max-bytes'])
  if (values.out === '-' && values.rejects === '-') throw new UsageError('--out and --rejects cannot both be stdout')
  const rules: Partial<Record<IssueCode, RuleSetting>> = {}
  for (const rule of values.rule ?? []) {
    const [code, setting, more] = rule.split('=')
    if (code === undefined || !isIssueCode(code)) throw new UsageError(`--rule takes CODE=off|warn|error with a code of docs/rules.md, got ${JSON.stringify(rule)}`)
    if (more !== undefined || (setting !== 'off' && setting !== 'warn' && setting !== 'error')) {
      throw new UsageError(`--rule ${code} must be set to off, warn or error, got ${JSON.stringify(rule)}`)
    }
    rules[code] = setting
  }
  return {
    command: 'validate',
    file: file ?? '-',
    type,
    ndjson,
    out: values.out,
    rejects: values.rejects,
    format,
    workers,
    maxBytes,
    quiet: values.quiet ?? false,
    rules,
    strict: values.strict ?? false,
  }
}
