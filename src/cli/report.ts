/**
 * The reports of a `validate` run over one input or many, in the format asked for: text and JSON lines
 * as each input is checked, a SARIF log or a JUnit report once all are. `--quiet` keeps only the summaries
 * of text and JSON; `-qq` writes nothing.
 *
 * @module
 */
import type { Format } from './args.js'
import { failing } from './codecs.js'
import { JUNIT_FOOTER, JUNIT_HEADER, JUNIT_SUITE_END, junitCase, junitSuiteStart, junitUnreadable } from './junit.js'
import { pathLines } from './locate.js'
import type { BatchResult } from './ndjson.js'
import type { CliIssue, Counts, Sink } from './output.js'
import { addCounts, bold, emptyCounts, paint, renderIssues, renderSummary } from './output.js'
import { SarifLog } from './sarif.js'
import { forTerminal, forTerminalLine } from './terminal.js'

/** How a run reports. */
export interface ReportSettings {
  readonly format: Format
  /** 0: everything; 1: summaries only (text, JSON); 2: nothing. */
  readonly quiet: 0 | 1 | 2
  readonly colour: boolean
  readonly strict: boolean
  /** The package version, for SARIF's tool. */
  readonly version: string
}

/** One input that was checked, for the reports. */
export interface Checked {
  /** The path as given, or `-`. */
  readonly file: string
  /** The name shown: the path, or `<stdin>`. */
  readonly name: string
}

/** What a run reports, input by input, then once at the end. */
export interface Reporter {
  /** One document and its issues; `text` is its JSON, to find the line of each issue. */
  document(input: Checked, model: string, issues: ReadonlyArray<CliIssue>, text: string): Promise<void>
  /** A batch of NDJSON lines from `firstLine`, as `checkBatch` reported it (text, or JSON lines). */
  lines(input: Checked, firstLine: number, result: BatchResult): Promise<void>
  /** The end of an NDJSON input. */
  linesEnd(input: Checked, counts: Counts): Promise<void>
  /** An input that could not be read (its one-line error is on stderr already). */
  unreadable(input: Checked, message: string): Promise<void>
  /** The end of the run. */
  end(): Promise<void>
}

/** The format `checkBatch` renders batch reports in: JSON lines, which SARIF and JUnit read back. */
export const batchFormat = (format: Format): 'text' | 'json' => (format === 'text' ? 'text' : 'json')

// The issues in a batch's JSON report, by line.
const issuesByLine = (report: string): Map<number, CliIssue[]> => {
  const byLine = new Map<number, CliIssue[]>()
  for (const text of report.split('\n')) {
    if (text === '') continue
    const { type: _type, file: _file, line, ...issue } = JSON.parse(text) as CliIssue & { type: string; file: string; line: number }
    const list = byLine.get(line) ?? []
    list.push(issue)
    byLine.set(line, list)
  }
  return byLine
}

/** Totals over every input. */
interface Totals extends Counts {
  files: number
  unreadable: number
}

/**
 * The total over several inputs. Text: `total (N inputs): read N = valid N + invalid N + not JSON N`, and
 * how many could not be read. JSON: `{"type":"total","files","read","valid","invalid","notJson","unreadable"}`.
 */
const renderTotal = (settings: ReportSettings, totals: Totals): string => {
  const { files, unreadable, ...counts } = totals
  if (settings.format === 'json') return `${JSON.stringify({ type: 'total', files, ...counts, unreadable })}\n`
  const on = settings.colour
  const rejected = counts.invalid + counts.notJson
  const verdicts = [
    ...(rejected > 0 ? [paint(on, 31, `${rejected} rejected`)] : []),
    ...(unreadable > 0 ? [paint(on, 31, `${unreadable} input(s) not read`)] : []),
  ]
  const verdict = verdicts.length === 0 ? paint(on, 32, 'all valid') : verdicts.join(', ')
  return `${bold(on, `total (${files} inputs)`)}: read ${counts.read} = valid ${counts.valid} + invalid ${counts.invalid} + not JSON ${counts.notJson} (${verdict})\n`
}

/** Text and JSON lines, written as each input is checked; a total line after several inputs. */
const streamingReporter = (sink: Sink, settings: ReportSettings, inputs: number): Reporter => {
  const totals: Totals = { ...emptyCounts(), files: 0, unreadable: 0 }
  const showIssues = settings.quiet === 0
  const showSummaries = settings.quiet < 2
  const style = (input: Checked) => ({ format: settings.format, colour: settings.colour, file: input.name })
  return {
    async document(input, model, issues) {
      const invalid = failing(issues, settings.strict)
      const warnings = issues.filter((issue) => issue.severity === 'warning').length
      const counts = { read: 1, valid: invalid ? 0 : 1, invalid: invalid ? 1 : 0, notJson: 0 }
      addCounts(totals, counts)
      totals.files++
      if (showIssues) await sink.write(renderIssues(style(input), undefined, issues))
      if (!showSummaries) return
      if (settings.format === 'json') {
        await sink.write(`${forTerminalLine(JSON.stringify({ type: 'summary', file: input.name, model, ...counts, issues: issues.length, warnings }))}\n`)
      } else {
        const shown = forTerminalLine(input.name)
        const noted = warnings === 0 ? '' : ` (${warnings} warning(s))`
        await sink.write(invalid ? `${shown}: ${issues.length - (settings.strict ? 0 : warnings)} issue(s) in ${model}${noted}\n` : `${shown}: valid ${model}${noted}\n`)
      }
    },
    async lines(_input, _firstLine, result) {
      if (showIssues) await sink.write(result.report)
    },
    async linesEnd(input, counts) {
      addCounts(totals, counts)
      totals.files++
      if (showSummaries) await sink.write(renderSummary(style(input), counts))
    },
    async unreadable() {
      totals.files++
      totals.unreadable++
    },
    async end() {
      if (showSummaries && inputs > 1) await sink.write(renderTotal(settings, totals))
    },
  }
}

/** One SARIF log of every input, written at the end. */
const sarifReporter = (sink: Sink, settings: ReportSettings): Reporter => {
  const log = new SarifLog(settings.version)
  return {
    async document(input, _model, issues, text) {
      const lineOf = pathLines(text, issues.map((issue) => issue.path))
      for (const issue of issues) log.add(input.file, lineOf(issue.path), [issue])
    },
    async lines(input, _firstLine, result) {
      for (const [line, issues] of issuesByLine(result.report)) log.add(input.file, line, issues)
    },
    async linesEnd() {},
    async unreadable(input, message) {
      log.unreadable(input.file, message)
    },
    async end() {
      if (settings.quiet < 2) await sink.write(`${forTerminal(JSON.stringify(log.done(), null, 2))}\n`)
    },
  }
}

/** How many passing testcases are written at a time. */
const CASES_PER_WRITE = 4096

/** A JUnit report: a testsuite per input, written when the input ends. */
const junitReporter = (sink: Sink, settings: ReportSettings): Reporter => {
  let started = false
  const write = async (text: string): Promise<void> => {
    if (settings.quiet === 2) return
    if (!started) await sink.write(JUNIT_HEADER)
    started = true
    await sink.write(text)
  }
  // The issues of the NDJSON input being read, by line: passing lines are written from the count alone.
  let pending = new Map<number, CliIssue[]>()
  return {
    async document(input, model, issues, text) {
      const lineOf = pathLines(text, issues.map((issue) => issue.path))
      const failed = failing(issues, settings.strict)
      const body = junitCase(input.name, { name: model, issues, failed, where: (issue) => `${input.name}:${lineOf(issue.path)}` })
      await write(`${junitSuiteStart(input.name, 1, failed ? 1 : 0)}${body}${JUNIT_SUITE_END}`)
    },
    async lines(_input, _firstLine, result) {
      for (const [line, issues] of issuesByLine(result.report)) pending.set(line, issues)
    },
    async linesEnd(input, counts) {
      await write(junitSuiteStart(input.name, counts.read, counts.invalid + counts.notJson))
      let chunk = ''
      for (let line = 1; line <= counts.read; line++) {
        const issues = pending.get(line) ?? []
        chunk += junitCase(input.name, { name: `line ${line}`, issues, failed: failing(issues, settings.strict), where: () => `${input.name}:${line}` })
        if (line % CASES_PER_WRITE === 0) {
          await write(chunk)
          chunk = ''
        }
      }
      await write(`${chunk}${JUNIT_SUITE_END}`)
      pending = new Map()
    },
    async unreadable(input, message) {
      await write(junitUnreadable(input.name, message))
    },
    async end() {
      await write(JUNIT_FOOTER)
    },
  }
}

/** The reporter for a run's format, writing to `sink`; `inputs` is how many inputs the run has. */
export const reporterFor = (sink: Sink, settings: ReportSettings, inputs: number): Reporter =>
  settings.format === 'sarif' ? sarifReporter(sink, settings) : settings.format === 'junit' ? junitReporter(sink, settings) : streamingReporter(sink, settings, inputs)
