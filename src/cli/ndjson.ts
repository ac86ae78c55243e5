/**
 * NDJSON: cutting a byte stream into batches of whole lines, and checking one batch. A batch is checked the
 * same way in the main thread and in a worker, so both give the same output.
 *
 * @module
 */
import { describeValue } from '../Issue.js'
import type { Format } from './args.js'
import { VALIDATORS } from './codecs.js'
import type { CliIssue, Counts } from './output.js'
import { emptyCounts, renderIssues } from './output.js'

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d

/** Whole lines of the input, as bytes, and the number of the first. */
export interface Batch {
  readonly bytes: Uint8Array
  readonly firstLine: number
}

/** What checking a batch asks for; plain data so that it can be sent to a worker. */
export interface BatchSettings {
  readonly type: string
  readonly format: Format
  readonly colour: boolean
  readonly file: string
  /** Collect valid lines (for `--out`). */
  readonly keepValid: boolean
  /** Collect rejects (for `--rejects`). */
  readonly keepRejects: boolean
}

/** The outcome of one batch: its counts, and the text for each output, in line order. */
export interface BatchResult {
  readonly counts: Counts
  readonly valid: string
  readonly rejects: string
  readonly report: string
}

/**
 * Cuts chunks of a byte stream into batches of whole lines of about `batchBytes` each. A line longer than
 * a batch is kept whole.
 */
export class LineBatcher {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private nextLine = 1

  constructor(private readonly batchBytes: number) {}

  /** Adds a chunk; returns a batch when enough whole lines have arrived. */
  push(chunk: Buffer): Batch | undefined {
    this.pending.push(chunk)
    this.pendingBytes += chunk.length
    if (this.pendingBytes < this.batchBytes) return undefined
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes)
    const cut = all.lastIndexOf(NEWLINE)
    if (cut === -1) {
      this.pending = [all]
      return undefined
    }
    const rest = all.subarray(cut + 1)
    this.pending = rest.length > 0 ? [rest] : []
    this.pendingBytes = rest.length
    return this.batch(all.subarray(0, cut + 1))
  }

  /** The last batch at the end of the input: what is left, the last line possibly without a newline. */
  end(): Batch | undefined {
    if (this.pendingBytes === 0) return undefined
    const all = Buffer.concat(this.pending, this.pendingBytes)
    this.pending = []
    this.pendingBytes = 0
    return this.batch(all)
  }

  private batch(bytes: Buffer): Batch {
    const batch = { bytes, firstLine: this.nextLine }
    this.nextLine += countLines(bytes)
    return batch
  }
}

/** The number of lines in whole-line bytes: one per newline, plus an unterminated last line. */
export const countLines = (bytes: Uint8Array): number => {
  let count = 0
  let at = bytes.indexOf(NEWLINE)
  while (at !== -1) {
    count++
    at = bytes.indexOf(NEWLINE, at + 1)
  }
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? count + 1 : count
}

// `fatal` makes a malformed byte an error instead of U+FFFD. `ignoreBOM` keeps a byte order mark where it is,
// so that decoding a whole batch or one line gives the same text; only the input's first line loses one.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const BOM = '\uFEFF'

const notUtf8 = (bytes: Uint8Array): CliIssue => ({
  path: [],
  code: 'not_utf8',
  expected: 'UTF-8 text',
  received: `${bytes.length} bytes`,
  message: 'the line is not UTF-8 text',
})

const notJson = (text: string, error: unknown): CliIssue => ({
  path: [],
  code: 'not_json',
  expected: 'a JSON value',
  received: text.trim() === '' ? 'an empty line' : describeValue(text),
  message: text.trim() === '' ? 'the line is empty, not JSON' : `the line is not JSON: ${(error as Error).message}`,
})

interface LineOutcome {
  /** The line as text, when it is UTF-8. */
  readonly text: string | undefined
  /** Whether the line is JSON. */
  readonly parsed: boolean
  /** Empty when the line is a valid record. */
  readonly issues: ReadonlyArray<CliIssue>
  /** The rejects line (without newline) when there are issues. */
  readonly reject: string
}

const rejectNotUtf8 = (raw: Uint8Array, line: number): LineOutcome => {
  const issues = [notUtf8(raw)]
  // Bytes that are not text survive in base64, so that nothing read is lost.
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64')
  return { text: undefined, parsed: false, issues, reject: `{"line":${line},"bytes":"${bytes}","issues":${JSON.stringify(issues)}}` }
}

const checkText = (text: string, line: number, validate: (input: unknown) => ReadonlyArray<CliIssue>): LineOutcome => {
  let record: unknown
  try {
    record = JSON.parse(line === 1 && text.startsWith(BOM) ? text.slice(1) : text)
  } catch (error) {
    const issues = [notJson(text, error)]
    return { text, parsed: false, issues, reject: `{"line":${line},"text":${JSON.stringify(text)},"issues":${JSON.stringify(issues)}}` }
  }
  const issues = validate(record)
  // The record is written as read (it parsed, so it is JSON), not re-serialized: numbers and key order survive.
  const reject = issues.length === 0 ? '' : `{"line":${line},"record":${text.trim().replace(/^\uFEFF/, '')},"issues":${JSON.stringify(issues)}}`
  return { text, parsed: true, issues, reject }
}

/** Checks every line of a batch. Never throws for bad input: each line is valid, invalid or not JSON. */
export const checkBatch = (batch: Batch, settings: BatchSettings): BatchResult => {
  const validate = VALIDATORS[settings.type]
  if (validate === undefined) throw new Error(`no validator for ${settings.type}`)
  const style = { format: settings.format, colour: settings.colour, file: settings.file }
  const counts = emptyCounts()
  let valid = ''
  let rejects = ''
  let report = ''
  const record = (outcome: LineOutcome, line: number): void => {
    counts.read++
    if (outcome.issues.length === 0) {
      counts.valid++
      if (settings.keepValid) valid += `${outcome.text}\n`
    } else {
      if (outcome.parsed) counts.invalid++
      else counts.notJson++
      if (settings.keepRejects) rejects += `${outcome.reject}\n`
      report += renderIssues(style, line, outcome.issues)
    }
  }
  const { bytes } = batch
  // Most batches are all UTF-8: decode them at once and split the text; otherwise decode line by line.
  let text: string | undefined
  try {
    text = utf8.decode(bytes)
  } catch {
    text = undefined
  }
  let line = batch.firstLine
  if (text !== undefined) {
    let start = 0
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const last = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end
      record(checkText(text.slice(start, last), line, validate), line)
      start = end + 1
      line++
    }
  } else {
    let start = 0
    while (start < bytes.length) {
      let end = bytes.indexOf(NEWLINE, start)
      if (end === -1) end = bytes.length
      const last = end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end
      const raw = bytes.subarray(start, last)
      let lineText: string | undefined
      try {
        lineText = utf8.decode(raw)
      } catch {
        lineText = undefined
      }
      record(lineText === undefined ? rejectNotUtf8(raw, line) : checkText(lineText, line, validate), line)
      start = end + 1
      line++
    }
  }
  return { counts, valid, rejects, report }
}
