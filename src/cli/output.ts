/**
 * Reports and output streams: issues as text for people or JSON for machines, the reconciliation summary,
 * and writers that wait when the reader is slower than the validator.
 *
 * @module
 */
import { createWriteStream } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { writeFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import type { Issue, IssueCode } from '../Issue.js'
import { formatPath } from '../Issue.js'
import type { Format } from './args.js'
import { InputOutputError } from './args.js'
import type { Piece } from './ndjson.js'
import { forTerminalLine } from './terminal.js'

/** An issue as the command line reports it: a model issue, or a line that could not be read as JSON. */
export interface CliIssue extends Omit<Issue, 'code'> {
  readonly code: IssueCode | 'not_json' | 'not_utf8' | 'line_too_long'
}

/** The counts that reconcile one input: `read = valid + invalid + notJson`. */
export interface Counts {
  read: number
  valid: number
  invalid: number
  /** Lines that are not UTF-8 or not JSON (including empty lines). */
  notJson: number
}

export const emptyCounts = (): Counts => ({ read: 0, valid: 0, invalid: 0, notJson: 0 })

export const addCounts = (into: Counts, more: Counts): void => {
  into.read += more.read
  into.valid += more.valid
  into.invalid += more.invalid
  into.notJson += more.notJson
}

/** Colour only for a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export const useColour = (stream: { isTTY?: boolean }): boolean =>
  stream.isTTY === true && (process.env['NO_COLOR'] ?? '') === ''

/** Text in an SGR colour (31 red, 32 green, 33 yellow, 36 cyan) when `on`. */
export const paint = (on: boolean, code: number, text: string): string => (on ? `\u001b[${code}m${text}\u001b[39m` : text)
/** Bold text when `on`. */
export const bold = (on: boolean, text: string): string => (on ? `\u001b[1m${text}\u001b[22m` : text)

/** How to render the issues of one input. */
export interface ReportStyle {
  readonly format: Format
  readonly colour: boolean
  /** The name shown for the input: the path, or `<stdin>`. */
  readonly file: string
}

/**
 * Renders the issues of one record, each on its own line, ending with a newline (empty if none).
 * Text: `file:line: path: message`. JSON: one object per issue,
 * `{"type":"issue","file","line","path":[...],"code","expected","received","message"}`. Control and
 * bidi-control characters from the input are escaped in both (see `terminal.ts`).
 */
export const renderIssues = (style: ReportStyle, line: number | undefined, issues: ReadonlyArray<CliIssue>): string => {
  let out = ''
  for (const issue of issues) {
    if (style.format === 'json') {
      const severity = issue.severity === 'warning' ? { severity: 'warning' } : {}
      out += `${forTerminalLine(JSON.stringify({ type: 'issue', file: style.file, ...(line === undefined ? {} : { line }), path: issue.path, code: issue.code, expected: issue.expected, received: issue.received, message: issue.message, ...severity }))}\n`
    } else {
      const where = forTerminalLine(line === undefined ? style.file : `${style.file}:${line}`)
      // A warning says so, in yellow; an error is red.
      const message = issue.severity === 'warning' ? `warning: ${issue.message}` : issue.message
      out += `${bold(style.colour, where)}: ${paint(style.colour, 36, forTerminalLine(formatPath(issue.path)))}: ${paint(style.colour, issue.severity === 'warning' ? 33 : 31, forTerminalLine(message))}\n`
    }
  }
  return out
}

/** A run stopped by a signal after its first `counts.read` lines. */
export interface Interruption {
  readonly signal: NodeJS.Signals
}

/**
 * Renders the closing summary. Text: `file: read N = valid N + invalid N + not JSON N`. JSON:
 * `{"type":"summary","file","read","valid","invalid","notJson"}`. After an interruption, the text says by
 * which signal and where to resume; the JSON has `interrupted` (the signal) and `nextLine` (where to resume).
 */
export const renderSummary = (style: ReportStyle, counts: Counts, interruption?: Interruption): string => {
  const next = counts.read + 1
  if (style.format === 'json') {
    const stop = interruption === undefined ? {} : { interrupted: interruption.signal, nextLine: next }
    return `${forTerminalLine(JSON.stringify({ type: 'summary', file: style.file, ...counts, ...stop }))}\n`
  }
  const ok = counts.invalid === 0 && counts.notJson === 0
  const verdict = ok ? paint(style.colour, 32, 'all valid') : paint(style.colour, 31, `${counts.invalid + counts.notJson} rejected`)
  const stop = interruption === undefined ? '' : `interrupted by ${interruption.signal}: `
  const resume = interruption === undefined ? '' : `; lines from ${next} on were not checked (resume with: tail -n +${next} FILE)`
  return `${bold(style.colour, forTerminalLine(style.file))}: ${stop}read ${counts.read} = valid ${counts.valid} + invalid ${counts.invalid} + not JSON ${counts.notJson} (${verdict})${resume}\n`
}

/** A text output that respects backpressure: `write` resolves once the stream can take more. */
export interface Sink {
  write(text: string | Uint8Array): Promise<void>
  /** Flushes and closes (a file) or just flushes (stdout, stderr). */
  close(): Promise<void>
}

const describeError = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException
  return e.code ?? e.message ?? String(error)
}

// Resolves on `event`, or when the stream fails or closes first; removes its listeners either way.
const settled = (stream: Writable, event: 'drain' | 'finish'): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      stream.off(event, done)
      stream.off('error', done)
      stream.off('close', done)
      resolve()
    }
    stream.on(event, done)
    stream.on('error', done)
    stream.on('close', done)
  })

const sinkOf = (stream: Writable, name: string, owned: boolean): Sink => {
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure = new InputOutputError(`cannot write ${name}: ${describeError(error)}`)
  })
  const check = (): void => {
    if (failure !== undefined) throw failure
  }
  return {
    async write(text) {
      check()
      if (text.length === 0) return
      if (!stream.write(text)) {
        await settled(stream, 'drain')
        check()
      }
    },
    async close() {
      check()
      if (owned) {
        stream.end()
        await settled(stream, 'finish')
        check()
      }
    },
  }
}

/** A sink over a file opened for writing (see `openOutputs`); closing it closes the file. */
export const fileSink = (handle: FileHandle, name: string): Sink => sinkOf(createWriteStream('', { fd: handle }), name, true)

/** A sink over an already open standard stream. */
export const streamSink = (stream: Writable, name: string): Sink => sinkOf(stream, name, false)

/** How many characters (or bytes, times three) of a long piece are written at a time. */
const SLICE = 64 * 1024

/** Writes pieces of output in order; long values in slices, so that none is expanded whole in memory. */
export const writePieces = async (sink: Sink, pieces: ReadonlyArray<Piece>): Promise<void> => {
  for (const piece of pieces) {
    if (typeof piece === 'string' || piece instanceof Uint8Array) {
      await sink.write(piece)
    } else if ('json' in piece) {
      const text = piece.json
      await sink.write('"')
      for (let at = 0; at < text.length; ) {
        let end = Math.min(at + SLICE, text.length)
        // Never between the halves of a surrogate pair: each slice then escapes as it does in the whole.
        const last = text.charCodeAt(end - 1)
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++
        await sink.write(JSON.stringify(text.slice(at, end)).slice(1, -1))
        at = end
      }
      await sink.write('"')
    } else {
      const bytes = piece.base64
      // A multiple of three bytes encodes without padding, so the slices join into the whole's base64.
      for (let at = 0; at < bytes.length; at += 3 * SLICE) {
        await sink.write(Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(3 * SLICE, bytes.length - at)).toString('base64'))
      }
    }
  }
}

/** Writes text to a stream; a failed write is an I/O error (exit 2) naming the stream. */
export const writeText = (stream: NodeJS.WriteStream, role: string, text: string): Promise<void> =>
  new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(new InputOutputError(`cannot write ${role}: ${(error as NodeJS.ErrnoException).code ?? error.message}`)) : resolve()))
  })

/** Writes text to FILE, or to stdout for `-`. */
export const writeOutput = async (file: string, text: string): Promise<void> => {
  if (file === '-') return writeText(process.stdout, 'stdout', text)
  try {
    await writeFile(file, text)
  } catch (error) {
    throw new InputOutputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
