/**
 * `news-codecs validate`: one JSON document, or NDJSON streamed line by line with reconciled counts.
 *
 * @module
 */
import { availableParallelism } from 'node:os'
import type { ValidateCommand } from './args.js'
import { InputOutputError } from './args.js'
import { failing, VALIDATORS } from './codecs.js'
import { keyOfFd, openOutputs } from './files.js'
import { displayName, openInput, readAll, readError } from './input.js'
import { LineBatcher } from './ndjson.js'
import type { Batch, BatchSettings } from './ndjson.js'
import type { Counts, Interruption, ReportStyle, Sink } from './output.js'
import { addCounts, emptyCounts, fileSink, renderIssues, renderSummary, streamSink, useColour, writePieces } from './output.js'
import { forTerminalLine } from './terminal.js'
import type { Checker } from './workers.js'
import { defaultWorkerCount, inProcessChecker, workerPool, workersAvailable } from './workers.js'

/** About this many bytes of whole lines go to a worker at a time. */
const BATCH_BYTES = 256 * 1024
/** Below this many bytes, NDJSON is checked in the main thread unless `--workers` says otherwise. */
const WORKER_THRESHOLD_BYTES = 8 * 1024 * 1024
/**
 * A batch this large is one long line (shorter lines are cut into batches of about `BATCH_BYTES`): it is
 * checked in the main thread, whose heap can hold it, rather than in a worker with a small heap.
 */
const MAIN_THREAD_LINE_BYTES = 1024 * 1024

/** The exit code of a run stopped by a signal: 128 + its number. */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The exit code for a set of counts: 0 when every record is valid, 1 otherwise. */
const exitCodeOf = (counts: Counts): number => (counts.invalid === 0 && counts.notJson === 0 ? 0 : 1)

/** Validates one JSON document (a Graph, or one record with --type). */
const validateDocument = async (command: ValidateCommand): Promise<number> => {
  const name = displayName(command.file)
  const bytes = await readAll(command.file, command.maxBytes)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new InputOutputError(`${name} is not UTF-8 text`)
  }
  if (text.trim() === '') throw new InputOutputError(`${name} is empty`)
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (error) {
    throw new InputOutputError(`${name} is not JSON: ${(error as Error).message}`)
  }
  const issues = VALIDATORS[command.type]!(input, command.rules)
  const invalid = failing(issues, command.strict)
  const warnings = issues.filter((issue) => issue.severity === 'warning').length
  const style: ReportStyle = { format: command.format, colour: useColour(process.stdout), file: name }
  const out = streamSink(process.stdout, 'stdout')
  await out.write(renderIssues(style, undefined, issues))
  if (command.format === 'json') {
    const counts = { read: 1, valid: invalid ? 0 : 1, invalid: invalid ? 1 : 0, notJson: 0 }
    await out.write(`${forTerminalLine(JSON.stringify({ type: 'summary', file: name, model: command.type, ...counts, issues: issues.length, warnings }))}\n`)
  } else {
    const shown = forTerminalLine(name)
    const noted = warnings === 0 ? '' : ` (${warnings} warning(s))`
    await out.write(invalid ? `${shown}: ${issues.length - (command.strict ? 0 : warnings)} issue(s) in ${command.type}${noted}\n` : `${shown}: valid ${command.type}${noted}\n`)
  }
  return invalid ? 1 : 0
}

interface Progress {
  /** Removes the progress line, if drawn, so that a report line can take its place. */
  clear(): void
  stop(): void
}

/** Records per second and records seen, redrawn on one stderr line while a long input runs. */
const startProgress = (enabled: boolean, counts: Counts): Progress => {
  if (!enabled) return { clear: () => undefined, stop: () => undefined }
  const started = Date.now()
  let drawn = false
  const draw = (): void => {
    drawn = true
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(counts.read / seconds) : 0
    process.stderr.write(`\r\u001b[K${counts.read} records, ${rate} records/s`)
  }
  const clear = (): void => {
    if (drawn) process.stderr.write('\r\u001b[K')
    drawn = false
  }
  const timer = setInterval(draw, 500)
  timer.unref()
  return {
    clear,
    stop() {
      clearInterval(timer)
      clear()
    },
  }
}

/**
 * Validates NDJSON, streaming: memory holds a few batches, however long the input, and a line at most a small
 * multiple of its length. On SIGINT or SIGTERM the run stops reading; the batch being written is finished
 * in every output, the batches after it are dropped from every output, and the summary of what was written
 * goes to stderr with the line to resume from.
 */
const validateNdjson = async (command: ValidateCommand): Promise<number> => {
  const name = displayName(command.file)
  const input = await openInput(command.file)
  // Reports go to stdout, unless stdout carries the valid lines or the rejects.
  const stdoutTaken = command.out === '-' || command.rejects === '-'
  const reportStream = stdoutTaken ? process.stderr : process.stdout
  const style: ReportStyle = { format: command.format, colour: useColour(reportStream), file: name }
  const report = streamSink(reportStream, stdoutTaken ? 'stderr' : 'stdout')
  let handles
  try {
    handles = await openOutputs(
      [
        { role: `--out ${command.out}`, path: command.out },
        { role: `--rejects ${command.rejects}`, path: command.rejects },
      ],
      [
        { role: `the input ${name}`, key: input.key },
        { role: 'stdout', key: keyOfFd(1), stream: true },
        { role: 'stderr', key: keyOfFd(2), stream: true },
      ],
    )
  } catch (error) {
    input.stream.destroy()
    throw error
  }
  const sinkFor = (target: string | undefined, handle: (typeof handles)[number]): Sink | undefined =>
    target === undefined ? undefined : target === '-' ? streamSink(process.stdout, 'stdout') : fileSink(handle!, target)
  const out = sinkFor(command.out, handles[0])
  const rejects = sinkFor(command.rejects, handles[1])
  const settings: BatchSettings = {
    type: command.type,
    format: style.format,
    colour: style.colour,
    file: name,
    keepValid: out !== undefined,
    keepRejects: rejects !== undefined,
    maxLineBytes: command.maxBytes,
    rules: command.rules,
    strict: command.strict,
  }

  const inline = inProcessChecker(settings)
  let pool: Checker | undefined
  const wanted = command.workers ?? defaultWorkerCount()
  const mayUseWorkers = wanted > 0 && workersAvailable() && (command.workers !== undefined || availableParallelism() > 1)
  const choose = (batch: Batch, bytesRead: number): Checker => {
    if (!mayUseWorkers || batch.oversize !== undefined || batch.bytes.length >= MAIN_THREAD_LINE_BYTES) return inline
    if (command.workers === undefined && bytesRead < WORKER_THRESHOLD_BYTES && (input.size ?? 0) < WORKER_THRESHOLD_BYTES) return inline
    pool ??= workerPool(wanted, settings)
    return pool
  }

  // A signal stops the reading; a second one stops the process at once.
  let interruption: Interruption | undefined
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interruption !== undefined) process.exit(SIGNAL_EXIT[signal] ?? 1)
    interruption = { signal }
    input.stream.destroy()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const counts = emptyCounts()
  const progress = startProgress(!command.quiet && process.stderr.isTTY === true && !stdoutTaken, counts)
  const inFlight: Array<Promise<Awaited<ReturnType<Checker['check']>>>> = []
  const submit = (checker: Checker, batch: Batch): void => {
    const result = checker.check(batch)
    // Awaited in order by flushOne; this only keeps a failure behind an earlier one from going unhandled.
    result.catch(() => undefined)
    inFlight.push(result)
  }
  // Writes the oldest batch to every output, or after a signal to none: a batch is never in one file only.
  const flushOne = async (): Promise<void> => {
    const result = await inFlight.shift()!
    if (interruption !== undefined) return
    addCounts(counts, result.counts)
    if (out !== undefined) await writePieces(out, result.valid)
    if (rejects !== undefined) await writePieces(rejects, result.rejects)
    if (result.report !== '') progress.clear()
    await report.write(result.report)
  }
  const batcher = new LineBatcher(BATCH_BYTES, command.maxBytes)
  let bytesRead = 0
  try {
    try {
      reading: for await (const chunk of input.stream) {
        bytesRead += (chunk as Buffer).length
        for (const batch of batcher.push(chunk as Buffer)) {
          const checker = choose(batch, bytesRead)
          submit(checker, batch)
          // Wait for the oldest batch when enough are in flight: the reader never runs far ahead of the writers.
          while (inFlight.length >= checker.capacity) await flushOne()
          if (interruption !== undefined) break reading
        }
      }
    } catch (error) {
      // Destroying the input on a signal ends the reading with an error of its own: not a failure.
      if (interruption === undefined) {
        if (error instanceof InputOutputError) throw error
        if (typeof (error as NodeJS.ErrnoException).code === 'string') throw readError(command.file, error)
        throw error
      }
    }
    if (interruption === undefined) for (const batch of batcher.end()) submit(choose(batch, bytesRead), batch)
    while (inFlight.length > 0) await flushOne()
  } finally {
    progress.stop()
    await pool?.close()
  }
  await out?.close()
  await rejects?.close()
  process.off('SIGINT', onSignal)
  process.off('SIGTERM', onSignal)
  if (interruption !== undefined) {
    // What was written, where it is seen even when stdout goes to a file or a pipe.
    await streamSink(process.stderr, 'stderr').write(renderSummary({ ...style, colour: useColour(process.stderr) }, counts, interruption))
    return SIGNAL_EXIT[interruption.signal] ?? 1
  }
  await report.write(renderSummary(style, counts))
  return exitCodeOf(counts)
}

/** Runs `news-codecs validate`; resolves to the exit code. */
export const validateCommand = (command: ValidateCommand): Promise<number> =>
  command.ndjson ? validateNdjson(command) : validateDocument(command)
