/**
 * NDJSON: cutting a byte stream into batches of whole lines, and checking one batch. A batch is checked the
 * same way in the main thread and in a worker, so both give the same output.
 *
 * @module
 */
import { describeValue } from '../Issue.js'
import type { Format } from './args.js'
import type { RuleSettings } from '../Rules.js'
import type { RecordValidator } from './codecs.js'
import { failing, VALIDATORS } from './codecs.js'
import type { CliIssue, Counts } from './output.js'
import { emptyCounts, renderIssues } from './output.js'

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d

/**
 * Whole lines of the input, as bytes, and the number of the first; or, when `oversize` is set, one line that
 * was too long to hold: its bytes were dropped as they arrived and `oversize` is its length.
 */
export interface Batch {
  readonly bytes: Uint8Array
  readonly firstLine: number
  readonly oversize?: number
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
  /** The longest line held and checked, in bytes (for the report of a longer one). */
  readonly maxLineBytes: number
  /** Rule settings by issue code (`--rule`). */
  readonly rules?: RuleSettings
  /** Warnings make a line invalid (`--strict`). */
  readonly strict?: boolean
}

/**
 * A piece of output: text, bytes as read (a long line, not copied into a string), or a long value written in
 * slices so that it is never expanded whole in memory: `json` is a string to write as a JSON string literal,
 * `base64` bytes to write in base64.
 */
export type Piece = string | Uint8Array | { readonly json: string } | { readonly base64: Uint8Array }

/** The outcome of one batch: its counts, and the pieces of each output, in line order. */
export interface BatchResult {
  readonly counts: Counts
  readonly valid: ReadonlyArray<Piece>
  readonly rejects: ReadonlyArray<Piece>
  readonly report: string
}

/**
 * Cuts chunks of a byte stream into batches of whole lines of about `batchBytes` each. Each chunk is scanned
 * once and each byte copied at most once more, into its batch: the work is linear in the input, however
 * long its lines. A line of `batchBytes` or more is a batch of its own; a line longer than `maxLineBytes`
 * (not counting its newline) is not held: its bytes are dropped as they arrive, and it comes out as a batch
 * with `oversize` set to its length.
 */
export class LineBatcher {
  /** Whole lines not yet in a batch. */
  private complete: Buffer[] = []
  private completeBytes = 0
  private completeLines = 0
  /** The line being read, in the chunks it has arrived in so far. */
  private partial: Buffer[] = []
  private partialBytes = 0
  /** Whether the line being read is over the maximum (its bytes are then counted, not kept). */
  private dropping = false
  private nextLine = 1

  constructor(
    private readonly batchBytes: number,
    private readonly maxLineBytes: number,
  ) {}

  /** Adds a chunk; returns the batches it completes, in order (often none). */
  push(chunk: Buffer): Batch[] {
    const out: Batch[] = []
    let at = chunk.indexOf(NEWLINE)
    if (at === -1) {
      this.extend(chunk)
      return out
    }
    // The first newline ends the line being read.
    this.extend(chunk.subarray(0, at))
    this.endLine(chunk.subarray(at, at + 1), out)
    // Lines wholly inside the chunk go to `complete` as one run, unless one is long.
    let start = at + 1
    let run = start
    let runLines = 0
    for (at = chunk.indexOf(NEWLINE, start); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      if (at - start > this.maxLineBytes || at + 1 - start >= this.batchBytes) {
        this.addRun(chunk.subarray(run, start), runLines)
        runLines = 0
        this.extend(chunk.subarray(start, at))
        this.endLine(chunk.subarray(at, at + 1), out)
        run = at + 1
      } else {
        runLines++
      }
      start = at + 1
    }
    this.addRun(chunk.subarray(run, start), runLines)
    if (start < chunk.length) this.extend(chunk.subarray(start))
    if (this.completeBytes >= this.batchBytes) out.push(this.takeComplete())
    return out
  }

  /** The last batches at the end of the input: what is left, the last line possibly without a newline. */
  end(): Batch[] {
    const out: Batch[] = []
    if (this.partialBytes > 0 || this.dropping) this.endLine(undefined, out)
    if (this.completeLines > 0) out.push(this.takeComplete())
    return out
  }

  /** Adds bytes (no newline among them) to the line being read. */
  private extend(bytes: Buffer): void {
    if (bytes.length === 0) return
    this.partialBytes += bytes.length
    if (this.dropping) return
    if (this.partialBytes > this.maxLineBytes) {
      this.dropping = true
      this.partial = []
      return
    }
    this.partial.push(bytes)
  }

  /** Ends the line being read with `newline` (absent at the end of the input). */
  private endLine(newline: Buffer | undefined, out: Batch[]): void {
    const size = this.partialBytes
    const lineBytes = size + (newline === undefined ? 0 : 1)
    if (this.dropping || lineBytes >= this.batchBytes) {
      // A batch of its own, after the lines before it.
      if (this.completeLines > 0) out.push(this.takeComplete())
      if (this.dropping) {
        out.push({ bytes: new Uint8Array(0), firstLine: this.nextLine, oversize: size })
      } else {
        if (newline !== undefined) this.partial.push(newline)
        out.push({ bytes: this.partial.length === 1 ? this.partial[0]! : Buffer.concat(this.partial, lineBytes), firstLine: this.nextLine })
      }
      this.nextLine++
    } else {
      for (const piece of this.partial) this.complete.push(piece)
      if (newline !== undefined) this.complete.push(newline)
      this.completeBytes += lineBytes
      this.completeLines++
    }
    this.partial = []
    this.partialBytes = 0
    this.dropping = false
  }

  private addRun(bytes: Buffer, lines: number): void {
    if (lines === 0) return
    this.complete.push(bytes)
    this.completeBytes += bytes.length
    this.completeLines += lines
  }

  private takeComplete(): Batch {
    const bytes = this.complete.length === 1 ? this.complete[0]! : Buffer.concat(this.complete, this.completeBytes)
    const batch = { bytes, firstLine: this.nextLine }
    this.nextLine += this.completeLines
    this.complete = []
    this.completeBytes = 0
    this.completeLines = 0
    return batch
  }
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

const tooLong = (size: number, max: number): CliIssue => ({
  path: [],
  code: 'line_too_long',
  expected: `a line of at most ${max} bytes`,
  received: `${size} bytes`,
  message: `the line is ${size} bytes, longer than the ${max} bytes a line may have (--max-bytes); it was not read`,
})

/** Above this length a value in a reject is written in slices (see {@link Piece}) rather than expanded at once. */
const SLICED = 64 * 1024

/** Output in line order: short texts joined into one string, long values kept as pieces. */
class Output {
  private readonly pieces: Piece[] = []
  private text = ''

  add(text: string): void {
    this.text += text
  }

  addPiece(piece: Exclude<Piece, string>): void {
    if (this.text !== '') this.pieces.push(this.text)
    this.text = ''
    this.pieces.push(piece)
  }

  done(): Piece[] {
    if (this.text !== '') this.pieces.push(this.text)
    this.text = ''
    return this.pieces
  }
}

interface LineOutcome {
  /** Whether the line is JSON. */
  readonly parsed: boolean
  /** Empty when the line is a valid record. */
  readonly issues: ReadonlyArray<CliIssue>
  /** Writes the rejects line (with its newline) when there are issues. */
  readonly reject: (into: Output) => void
}

const isJsonSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === NEWLINE

/** The bytes of a JSON line without the whitespace around the value (and a first line's byte order mark). */
const trimmedJson = (raw: Uint8Array): Uint8Array => {
  let start = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0
  let end = raw.length
  while (start < end && isJsonSpace(raw[start]!)) start++
  while (end > start && isJsonSpace(raw[end - 1]!)) end--
  return raw.subarray(start, end)
}

const rejectNotUtf8 = (raw: Uint8Array, line: number): LineOutcome => {
  const issues = [notUtf8(raw)]
  // Bytes that are not text survive in base64, so that nothing read is lost.
  return {
    parsed: false,
    issues,
    reject(into) {
      into.add(`{"line":${line},"bytes":"`)
      if (raw.length > SLICED) into.addPiece({ base64: raw })
      else into.add(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64'))
      into.add(`","issues":${JSON.stringify(issues)}}\n`)
    },
  }
}

/**
 * Checks one line of text. `raw`, when given, is the line's bytes (without its line ending): a long line is
 * then written from them, rather than from the text turned back into bytes.
 */
const checkText = (text: string, line: number, validate: RecordValidator, settings: BatchSettings, raw?: Uint8Array): LineOutcome => {
  let record: unknown
  try {
    record = JSON.parse(line === 1 && text.startsWith(BOM) ? text.slice(1) : text)
  } catch (error) {
    const issues = [notJson(text, error)]
    return {
      parsed: false,
      issues,
      reject(into) {
        into.add(`{"line":${line},"text":`)
        // Escaped whole, a line of control characters would take six times its length at once.
        if (text.length > SLICED) into.addPiece({ json: text })
        else into.add(JSON.stringify(text))
        into.add(`,"issues":${JSON.stringify(issues)}}\n`)
      },
    }
  }
  const issues = validate(record, settings.rules)
  // The record is written as read (it parsed, so it is JSON), not re-serialized: numbers and key order survive.
  const reject = (into: Output): void => {
    if (raw === undefined) {
      into.add(`{"line":${line},"record":${text.trim().replace(/^\uFEFF/, '')},"issues":${JSON.stringify(issues)}}\n`)
    } else {
      into.add(`{"line":${line},"record":`)
      into.addPiece(trimmedJson(raw))
      into.add(`,"issues":${JSON.stringify(issues)}}\n`)
    }
  }
  return { parsed: true, issues, reject }
}

/**
 * The valid lines of a batch, gathered as ranges of its bytes: a valid line is written as it was read,
 * without a carriage return before its newline, and never encoded again from its text. Several runs are
 * copied once into one buffer of their own, which a worker hands back without a copy.
 */
class ValidBytes {
  /** Start and end of each range, in order; the ranges of adjacent lines are merged. */
  private readonly ranges: number[] = []
  private total = 0

  constructor(private readonly bytes: Uint8Array) {}

  /** Adds the line whose text runs from `start` to `last` and whose line ending starts at `end`. */
  add(start: number, last: number, end: number): void {
    // A line that ends with its own newline brings it along; otherwise one is added when copying.
    const upTo = last === end && end < this.bytes.length ? end + 1 : last
    const n = this.ranges.length
    if (n > 0 && this.ranges[n - 1] === start) this.ranges[n - 1] = upTo
    else this.ranges.push(start, upTo)
    this.total += last - start + 1
  }

  done(): Piece[] {
    if (this.total === 0) return []
    // One run of valid lines (every line, most often, or one long line) is handed on as it lies, uncopied.
    if (this.ranges.length === 2) {
      const run = this.bytes.subarray(this.ranges[0], this.ranges[1])
      return run[run.length - 1] === NEWLINE ? [run] : [run, '\n']
    }
    const out = new Uint8Array(this.total)
    let at = 0
    for (let i = 0; i < this.ranges.length; i += 2) {
      const start = this.ranges[i]!
      const end = this.ranges[i + 1]!
      out.set(this.bytes.subarray(start, end), at)
      at += end - start
      if (this.bytes[end - 1] !== NEWLINE) out[at++] = NEWLINE
    }
    return [out]
  }
}

/** Checks every line of a batch. Never throws for bad input: each line is valid, invalid or not JSON. */
export const checkBatch = (batch: Batch, settings: BatchSettings): BatchResult => {
  const validate = VALIDATORS[settings.type]
  if (validate === undefined) throw new Error(`no validator for ${settings.type}`)
  const style = { format: settings.format, colour: settings.colour, file: settings.file }
  const counts = emptyCounts()
  const rejects = new Output()
  let report = ''
  if (batch.oversize !== undefined) {
    const issues = [tooLong(batch.oversize, settings.maxLineBytes)]
    counts.read++
    counts.notJson++
    if (settings.keepRejects) rejects.add(`{"line":${batch.firstLine},"size":${batch.oversize},"issues":${JSON.stringify(issues)}}\n`)
    return { counts, valid: [], rejects: rejects.done(), report: renderIssues(style, batch.firstLine, issues) }
  }
  const { bytes } = batch
  const valid = new ValidBytes(bytes)
  // A batch of one long line: its bytes, without the line ending, are written as they are.
  let long: Uint8Array | undefined
  if (bytes.length > SLICED && bytes.indexOf(NEWLINE) >= bytes.length - 1) {
    let end = bytes[bytes.length - 1] === NEWLINE ? bytes.length - 1 : bytes.length
    if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--
    long = bytes.subarray(0, end)
  }
  /** Counts and keeps the line whose bytes run from `start` to `last`, its line ending starting at `end`. */
  const record = (outcome: LineOutcome, line: number, start: number, last: number, end: number): void => {
    counts.read++
    // Warnings are reported; the line stays valid.
    report += renderIssues(style, line, outcome.issues)
    if (!failing(outcome.issues, settings.strict ?? false)) {
      counts.valid++
      if (settings.keepValid) valid.add(start, last, end)
    } else {
      if (outcome.parsed) counts.invalid++
      else counts.notJson++
      if (settings.keepRejects) outcome.reject(rejects)
    }
  }
  // Most batches are all UTF-8: decode them at once and split the text (finding each line's bytes in step,
  // unless the text is ASCII and they are where its characters are); otherwise decode line by line.
  let text: string | undefined
  try {
    text = utf8.decode(bytes)
  } catch {
    text = undefined
  }
  let line = batch.firstLine
  if (text !== undefined) {
    const ascii = text.length === bytes.length
    let start = 0
    let byteStart = 0
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const last = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end
      let byteEnd = end
      if (!ascii) {
        byteEnd = bytes.indexOf(NEWLINE, byteStart)
        if (byteEnd === -1) byteEnd = bytes.length
      }
      record(checkText(text.slice(start, last), line, validate, settings, long), line, byteStart, byteEnd - (end - last), byteEnd)
      start = end + 1
      byteStart = byteEnd + 1
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
      record(lineText === undefined ? rejectNotUtf8(raw, line) : checkText(lineText, line, validate, settings, long), line, start, last, end)
      start = end + 1
      line++
    }
  }
  return { counts, valid: valid.done(), rejects: rejects.done(), report }
}
