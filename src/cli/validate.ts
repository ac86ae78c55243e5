/**
 * `news-codecs validate`: inputs given as paths or globs, each one JSON document, or NDJSON streamed line by
 * line with reconciled counts; a summary per input, a total, and the worst exit code of them all.
 *
 * @module
 */
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { ValidateCommand } from './args.js'
import { InputOutputError, isNdjsonName, UsageError } from './args.js'
import { failing, VALIDATORS } from './codecs.js'
import type { Place } from './files.js'
import { keyOf, keyOfFd, openOutputs } from './files.js'
import { displayName, openInput, readAll, readError } from './input.js'
import { expandInputs } from './inputs.js'
import { LineBatcher } from './ndjson.js'
import type { Batch, BatchResult, BatchSettings } from './ndjson.js'
import type { Counts, Interruption, ReportStyle, Sink } from './output.js'
import { addCounts, emptyCounts, fileSink, renderSummary, streamSink, useColour, writePieces } from './output.js'
import type { Checked, Reporter } from './report.js'
import { batchFormat, reporterFor } from './report.js'
import { forTerminalLine } from './terminal.js'
import { loadUserCodec } from './userCodec.js'
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

/** Validates one JSON document (a Graph, or one record with --type or --codec). */
const validateDocument = async (command: ValidateCommand, model: string, input: Checked, reporter: Reporter): Promise<number> => {
  const bytes = await readAll(input.file, command.maxBytes)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new InputOutputError(`${input.name} is not UTF-8 text`)
  }
  if (text.trim() === '') throw new InputOutputError(`${input.name} is empty`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputOutputError(`${input.name} is not JSON: ${(error as Error).message}`)
  }
  const issues = VALIDATORS[command.type]!(value, command.rules)
  await reporter.document(input, model, issues, text)
  return failing(issues, command.strict) ? 1 : 0
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
const validateNdjson = async (command: ValidateCommand, source: Checked, reporter: Reporter, stdoutTaken: boolean, inputs: ReadonlyArray<Place>): Promise<number> => {
  const name = source.name
  const input = await openInput(source.file)
  // Reports go to stdout, unless stdout carries the valid lines or the rejects (for the whole run).
  const reportStream = stdoutTaken ? process.stderr : process.stdout
  const style: ReportStyle = { format: batchFormat(command.format), colour: command.format === 'text' && useColour(reportStream), file: name }
  // With several inputs each has its own outputs: `{path}` stands for the input's path.
  const target = (path: string | undefined): string | undefined => path?.replaceAll('{path}', source.file === '-' ? 'stdin' : source.file)
  const outPath = target(command.out)
  const rejectsPath = target(command.rejects)
  let handles
  try {
    handles = await openOutputs(
      [
        { role: `--out ${outPath}`, path: outPath },
        { role: `--rejects ${rejectsPath}`, path: rejectsPath },
      ],
      [
        { role: `the input ${name}`, key: input.key },
        { role: 'stdout', key: keyOfFd(1), stream: true },
        { role: 'stderr', key: keyOfFd(2), stream: true },
        // The run's other inputs, each once: an output of this one must not overwrite them either.
        ...inputs.filter((other, i) => other.key !== input.key && inputs.findIndex((o) => o.key === other.key) === i),
      ],
    )
  } catch (error) {
    input.stream.destroy()
    throw error
  }
  const sinkFor = (target: string | undefined, handle: (typeof handles)[number]): Sink | undefined =>
    target === undefined ? undefined : target === '-' ? streamSink(process.stdout, 'stdout') : fileSink(handle!, target)
  const out = sinkFor(outPath, handles[0])
  const rejects = sinkFor(rejectsPath, handles[1])
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
  const progress = startProgress(command.quiet === 0 && process.stderr.isTTY === true && !stdoutTaken, counts)
  const inFlight: Array<Promise<{ readonly firstLine: number; readonly result: BatchResult }>> = []
  const submit = (checker: Checker, batch: Batch): void => {
    const result = checker.check(batch).then((checked) => ({ firstLine: batch.firstLine, result: checked }))
    // Awaited in order by flushOne; this only keeps a failure behind an earlier one from going unhandled.
    result.catch(() => undefined)
    inFlight.push(result)
  }
  // Writes the oldest batch to every output, or after a signal to none: a batch is never in one file only.
  const flushOne = async (): Promise<void> => {
    const { firstLine, result } = await inFlight.shift()!
    if (interruption !== undefined) return
    addCounts(counts, result.counts)
    if (out !== undefined) await writePieces(out, result.valid)
    if (rejects !== undefined) await writePieces(rejects, result.rejects)
    if (result.report !== '') progress.clear()
    await reporter.lines(source, firstLine, result)
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
        if (typeof (error as NodeJS.ErrnoException).code === 'string') throw readError(source.file, error)
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
    // What was written, where it is seen even when stdout goes to a file or a pipe (SARIF and JUnit: as text).
    const format = command.format === 'json' ? 'json' : 'text'
    await streamSink(process.stderr, 'stderr').write(renderSummary({ format, file: name, colour: useColour(process.stderr) }, counts, interruption))
    return SIGNAL_EXIT[interruption.signal] ?? 1
  }
  await reporter.linesEnd(source, counts)
  return exitCodeOf(counts)
}

/** A failure to write the reports themselves: the run cannot go on to the next input. */
const isReportFailure = (error: unknown): boolean => error instanceof InputOutputError && /^cannot write (stdout|stderr)\b/.test(error.message)

/**
 * Runs `news-codecs validate` over every input; resolves to the worst exit code. With one input an input
 * that cannot be read fails the run (one line on stderr, exit 2), as it always has; with several, its line
 * is printed, the other inputs are checked, and the exit code is 2.
 */
export const validateCommand = async (command: ValidateCommand, version: string): Promise<number> => {
  const model = command.codec === undefined ? command.type : await loadUserCodec(command.codec, command.type)
  const files = await expandInputs(command.files)
  const isNdjson = (file: string): boolean => command.ndjson || isNdjsonName(file)
  const stdoutTaken = files.some(isNdjson) && (command.out === '-' || command.rejects === '-')
  const reportStream = stdoutTaken ? process.stderr : process.stdout
  const sink = streamSink(reportStream, stdoutTaken ? 'stderr' : 'stdout')
  const colour = command.format === 'text' && useColour(reportStream)
  const reporter = reporterFor(sink, { format: command.format, quiet: command.quiet, colour, strict: command.strict, version }, files.length)
  const inputs: Place[] = files.flatMap((file) => {
    if (file === '-') return []
    try {
      return [{ role: `the input ${file}`, key: keyOf(statSync(file)) }]
    } catch {
      return []
    }
  })
  let worst = 0
  for (const file of files) {
    const input: Checked = { file, name: displayName(file) }
    try {
      const code = isNdjson(file) ? await validateNdjson(command, input, reporter, stdoutTaken, inputs) : await validateDocument(command, model, input, reporter)
      // Stopped by a signal: the inputs after this one are not read.
      if (code > 2) return code
      worst = Math.max(worst, code)
    } catch (error) {
      if (files.length === 1 || !(error instanceof InputOutputError || error instanceof UsageError) || isReportFailure(error)) throw error
      process.stderr.write(`news-codecs: ${forTerminalLine(error.message)}\n`)
      await reporter.unreadable(input, error.message)
      worst = 2
    }
  }
  await reporter.end()
  return worst
}
