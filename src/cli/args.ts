/**
 * Command-line arguments: what the user asked for, parsed with `node:util` parseArgs, or a usage error.
 *
 * @module
 */
import { constants } from 'node:buffer'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { resolveTypeName, TYPE_NAMES } from './codecs.js'
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
export type Format = 'text' | 'json' | 'sarif' | 'junit'

/** The report formats, as `--format` spells them. */
export const FORMATS: ReadonlyArray<Format> = ['text', 'json', 'sarif', 'junit']

/** A user's io-ts codec, as `--codec MODULE[#EXPORT]` names it. */
export interface CodecSource {
  /** The module path or specifier, as given. */
  readonly module: string
  /** The export holding the codec; undefined for the default export. */
  readonly exportName: string | undefined
}

/** `news-codecs validate`. */
export interface ValidateCommand {
  readonly command: 'validate'
  /** Paths, globs, or `-` for stdin, as given (at least one). */
  readonly files: ReadonlyArray<string>
  /** The canonical name of the model to check each record against (`codec:` and `--codec`'s value with it). */
  readonly type: string
  /** A user's codec to check each record with, instead of a model. */
  readonly codec: CodecSource | undefined
  /** Every input is NDJSON; without it, files named `*.ndjson` or `*.jsonl` are, and the others are JSON. */
  readonly ndjson: boolean
  /** Where valid NDJSON lines go (`-` for stdout), if anywhere; `{path}` stands for the input's path. */
  readonly out: string | undefined
  /** Where rejected NDJSON lines go (`-` for stdout), if anywhere; `{path}` stands for the input's path. */
  readonly rejects: string | undefined
  readonly format: Format
  /** Worker threads for NDJSON; 0 validates in the main thread; undefined lets the size decide. */
  readonly workers: number | undefined
  /** The longest NDJSON line, or the largest document, held and checked, in bytes. */
  readonly maxBytes: number
  /** 0: every report; 1 (`-q`): summaries only; 2 (`-qq`): nothing but the exit code. */
  readonly quiet: 0 | 1 | 2
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
  /** A model name, as `TYPE_NAMES` spells it. */
  readonly name: string
}

/** `news-codecs types`. */
export interface TypesCommand {
  readonly command: 'types'
}

/** `news-codecs cite ARTICLE QUOTE`. */
export interface CiteCommand {
  readonly command: 'cite'
  /** The article's text file, or `-` for stdin. */
  readonly file: string
  readonly quote: string
  /** The article id the evidence names. */
  readonly article: string
  readonly occurrence: number | undefined
  readonly after: number | undefined
}

/** `news-codecs init ARTICLE`. */
export interface InitCommand {
  readonly command: 'init'
  /** The article's text file, or `-` for stdin. */
  readonly file: string
  /** The article id. */
  readonly article: string
  readonly language: string | undefined
  /** Where the graph goes (`-` for stdout); an existing file is never overwritten. */
  readonly out: string
}

/** Everything the command line can be asked to do. */
export type Command =
  | ValidateCommand
  | SummaryCommand
  | SchemaCommand
  | TypesCommand
  | CiteCommand
  | InitCommand
  | { readonly command: 'help' }
  | { readonly command: 'version' }

export const USAGE = `Usage: news-codecs <command> [options]

Commands:
  validate [FILE|GLOB|-]...  Validate Graphs (JSON) or records, from files, globs or stdin (default: stdin)
  summary [FILE]        Validate a Graph and print its record counts and timeline
  schema [NAME]         Print the JSON Schema (draft 2020-12) of model NAME (default: Graph)
  types                 List the model names that --type and schema take
  cite ARTICLE QUOTE    Print the evidence (code-point offsets) of QUOTE in the text file ARTICLE
  init ARTICLE          Print a minimal valid Graph holding the text file ARTICLE, to start from
  merge FILE...         Merge Graphs into one on stdout, their conflicts on stderr (merge --help)
  convert FILE          Convert IPTC ninjs, PLOVER or Popolo to a Graph, or a Graph to ninjs, JSON-LD
                        or Popolo, reporting every field not carried (convert --help)
  render FILE           Write a Graph as one self-contained HTML page, its evidence highlighted (render --help)

Options for validate:
  --type NAME           Validate one record of model NAME instead of a Graph (news-codecs types)
  --codec MODULE[#NAME] Validate with your own io-ts codec: export NAME of MODULE (default: its default)
  --ndjson              Read one record per line, streaming (without it: files named *.ndjson, *.jsonl)
  --out FILE            NDJSON: write valid lines to FILE (- for stdout; {path} for the input's path)
  --rejects FILE        NDJSON: write rejected lines to FILE as {line, record|text|bytes, issues}
  --format FORMAT       text (default), json (one object per line), sarif (SARIF 2.1.0), junit (XML)
  --workers N           With --ndjson: worker threads (0: none; default: by input size and cores)
  --max-bytes N[K|M|G]  The longest line (--ndjson) or largest document checked; a longer line is
                        rejected as line_too_long (default: a quarter of the heap, at most ${LARGEST_TEXT_BYTES})
  --rule CODE=SETTING   Set a rule by its issue code: off, warn or error (repeatable; codes in docs/rules.md)
  --strict              Warnings make a record invalid (exit 1)
  -q, --quiet           Only the summaries, no issues (and no progress); -qq: nothing, the exit code only

Options for cite and init:
  --id ID               The article id (default: article: and the file name, as init writes it)
  --occurrence N        cite: the Nth place of the quote (from 0), among those at or after --after
  --after OFFSET        cite: only places starting at or after this code-point offset
  --language TAG        init: the article's BCP 47 language
  --out FILE            init: write the graph to FILE (never over an existing file; default: stdout)

General:
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 all valid, 1 some invalid (cite: quote not found or ambiguous), 2 usage or I/O error;
with several inputs, the worst of them.
See docs/cli.md for the report formats and for running per partition.`

const options = {
  type: { type: 'string' },
  codec: { type: 'string' },
  ndjson: { type: 'boolean' },
  out: { type: 'string' },
  rejects: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  'max-bytes': { type: 'string' },
  rule: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q', multiple: true },
  id: { type: 'string' },
  occurrence: { type: 'string' },
  after: { type: 'string' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

type Flag = Exclude<keyof typeof options, 'help' | 'version'>

/** The options each command takes; any other is a usage error naming the command. */
const FLAGS: Readonly<Record<string, ReadonlyArray<Flag>>> = {
  validate: ['type', 'codec', 'ndjson', 'out', 'rejects', 'format', 'workers', 'max-bytes', 'rule', 'strict', 'quiet'],
  summary: [],
  schema: [],
  types: [],
  cite: ['id', 'occurrence', 'after'],
  init: ['id', 'language', 'out'],
}

// parseArgs throws errors whose messages are long and suggest flags this CLI does not take: one line is enough.
const firstLine = (message: string): string => message.split('\n')[0]!.replace(/\. To specify .*$/, '')

// parseArgs takes `--workers -1` for two options ("argument is ambiguous"): a value that starts like a negative
// number is passed as `--workers=-1`, so that the option's own check can say what it takes.
const joinNegativeValues = (argv: ReadonlyArray<string>): string[] => {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if ((arg === '--workers' || arg === '--max-bytes' || arg === '--occurrence' || arg === '--after') && next !== undefined && /^-\d/.test(next)) {
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

const wholeNumber = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`--${flag} must be a whole number from 0, got ${JSON.stringify(value)}`)
  return Number(value)
}

// `MODULE#EXPORT`: the last `#` splits, so that a path may hold one; an empty export is the default.
const parseCodecSource = (value: string): CodecSource => {
  const at = value.lastIndexOf('#')
  const module = at === -1 ? value : value.slice(0, at)
  const exportName = at === -1 || at === value.length - 1 ? undefined : value.slice(at + 1)
  if (module === '') throw new UsageError(`--codec takes MODULE[#EXPORT], got ${JSON.stringify(value)}`)
  return { module, exportName }
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
  const allowed = FLAGS[command]
  if (allowed === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}; try: news-codecs --help`)
  for (const flag of Object.keys(options) as Array<keyof typeof options>) {
    if (flag === 'help' || flag === 'version' || values[flag] === undefined || allowed.includes(flag)) continue
    const takers = Object.keys(FLAGS).filter((name) => FLAGS[name]!.includes(flag))
    throw new UsageError(`--${flag} applies to ${takers.join(' and ')}, not ${command}`)
  }
  const atMost = (n: number, what: string): void => {
    if (rest.length > n) throw new UsageError(`${command} takes ${what}, got ${rest.length}: ${rest.join(' ')}`)
  }

  if (command === 'schema') {
    atMost(1, 'one NAME')
    const name = rest[0] === undefined ? 'Graph' : resolveTypeName(rest[0])
    if (name === undefined) throw new UsageError(`no JSON Schema named ${JSON.stringify(rest[0])}; one of: ${TYPE_NAMES.join(', ')}`)
    return { command: 'schema', name }
  }
  if (command === 'summary') {
    atMost(1, 'one FILE')
    return { command: 'summary', file: rest[0] }
  }
  if (command === 'types') {
    atMost(0, 'no argument')
    return { command: 'types' }
  }
  if (command === 'cite') {
    if (rest.length !== 2) throw new UsageError(`cite takes ARTICLE and QUOTE, got ${rest.length} argument(s); try: news-codecs cite story.txt "the quote"`)
    return { command: 'cite', file: rest[0]!, quote: rest[1]!, article: values.id ?? defaultArticleId(rest[0]!), occurrence: wholeNumber('occurrence', values.occurrence), after: wholeNumber('after', values.after) }
  }
  if (command === 'init') {
    if (rest.length !== 1) throw new UsageError(`init takes one ARTICLE text file, got ${rest.length}`)
    return { command: 'init', file: rest[0]!, article: values.id ?? defaultArticleId(rest[0]!), language: values.language, out: values.out ?? '-' }
  }

  if (values.codec !== undefined && values.type !== undefined) throw new UsageError('--codec and --type cannot both be given: the codec is the model')
  const codec = values.codec === undefined ? undefined : parseCodecSource(values.codec)
  const type = codec !== undefined ? `codec:${values.codec}` : values.type === undefined ? 'Graph' : resolveTypeName(values.type)
  if (type === undefined) throw new UsageError(`unknown --type ${JSON.stringify(values.type)}; one of: ${TYPE_NAMES.join(', ')}`)
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be text, json, sarif or junit, got ${JSON.stringify(format)}`)
  const ndjson = values.ndjson ?? false
  const files = rest.length === 0 ? ['-'] : rest
  // Without --ndjson, only inputs named as NDJSON stream; the NDJSON options need one of them.
  if (!ndjson && !files.some(isNdjsonName)) {
    for (const flag of ['out', 'rejects', 'workers'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --ndjson (or an input named *.ndjson or *.jsonl)`)
    }
  }
  let workers: number | undefined
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!/^\d+$/.test(values.workers) || workers > 256) throw new UsageError(`--workers must be a whole number from 0 to 256, got ${JSON.stringify(values.workers)}`)
    if (codec !== undefined && workers > 0) throw new UsageError('--workers cannot be used with --codec: a codec of yours is checked in the main thread')
  }
  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes() : parseMaxBytes(values['max-bytes'])
  if (values.out === '-' && values.rejects === '-') throw new UsageError('--out and --rejects cannot both be stdout')
  if (files.length > 1) {
    for (const flag of ['out', 'rejects'] as const) {
      const target = values[flag]
      if (target !== undefined && target !== '-' && !target.includes('{path}')) {
        throw new UsageError(`--${flag} ${target} would be shared by several inputs: name it with {path} (such as {path}.${flag === 'out' ? 'valid' : 'rejects'}) or use - for stdout`)
      }
    }
  }
  const rules: Partial<Record<IssueCode, RuleSetting>> = {}
  for (const rule of values.rule ?? []) {
    const [code, setting, more] = rule.split('=')
    if (code === undefined || !isIssueCode(code)) throw new UsageError(`--rule takes CODE=off|warn|error with a code of docs/rules.md, got ${JSON.stringify(rule)}`)
    if (more !== undefined || (setting !== 'off' && setting !== 'warn' && setting !== 'error')) {
      throw new UsageError(`--rule ${code} must be set to off, warn or error, got ${JSON.stringify(rule)}`)
    }
    rules[code] = setting
  }
  const quiet = values.quiet?.length ?? 0
  return {
    command: 'validate',
    files,
    type,
    codec,
    ndjson,
    out: values.out,
    rejects: values.rejects,
    format: format as Format,
    workers: codec === undefined ? workers : 0,
    maxBytes,
    quiet: quiet >= 2 ? 2 : quiet === 1 ? 1 : 0,
    rules,
    strict: values.strict ?? false,
  }
}

/** Whether an input is NDJSON by its name: `*.ndjson` or `*.jsonl` (a glob that names such files too). */
export const isNdjsonName = (file: string): boolean => /\.(ndjson|jsonl)$/i.test(file)

/**
 * The article id `cite` and `init` use when `--id` is not given: `article:` and the file's name without
 * its extension, made an id (`story.txt` is `article:story`); `article:1` for stdin.
 */
export const defaultArticleId = (file: string): string => {
  const name = file === '-' ? '' : basename(file).replace(/\.[^.]*$/, '')
  const slug = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '').slice(0, 190)
  return `article:${slug === '' ? '1' : slug}`
}
