/**
 * JUnit XML, the test report most CI systems read: a testsuite per input, a testcase per record (a
 * document, or a line of NDJSON), and a failure for each record that is not valid.
 *
 * @module
 */
import { formatPath } from '../Issue.js'
import type { CliIssue } from './output.js'
import { forTerminalLine } from './terminal.js'

// Characters XML 1.0 cannot hold even as references, and those a terminal acts on, are shown as `\uXXXX`
// (as in every report); then the five that XML gives meaning to are escaped.
const XML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (text: string): string => forTerminalLine(text).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).replace(/[&<>"']/g, (c) => XML_SPECIAL[c]!)

/** The start of the report. */
export const JUNIT_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="news-codecs">\n'

/** The end of the report. */
export const JUNIT_FOOTER = '</testsuites>\n'

/** One record's outcome: its issues, and whether they fail it (an error, or a warning with `--strict`). */
export interface JunitCase {
  readonly name: string
  readonly issues: ReadonlyArray<CliIssue>
  readonly failed: boolean
  /** Where an issue is, as reports show it (`file:line`). */
  readonly where: (issue: CliIssue) => string
}

const body = (c: JunitCase): string => c.issues.map((issue) => xml(`${c.where(issue)}: ${formatPath(issue.path)}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`)).join('\n')

/** One testcase: a failure with every issue when the record failed; its warnings as output when it passed. */
export const junitCase = (suite: string, c: JunitCase): string => {
  const open = `    <testcase classname="${xml(suite)}" name="${xml(c.name)}"`
  if (c.issues.length === 0) return `${open}/>\n`
  if (!c.failed) return `${open}>\n      <system-out>${body(c)}</system-out>\n    </testcase>\n`
  const first = c.issues.find((issue) => issue.severity !== 'warning') ?? c.issues[0]!
  return `${open}>\n      <failure type="${xml(first.code)}" message="${xml(first.message)}">${body(c)}</failure>\n    </testcase>\n`
}

/** The opening tag of an input's testsuite, with its counts. */
export const junitSuiteStart = (suite: string, tests: number, failures: number, errors = 0): string =>
  `  <testsuite name="${xml(suite)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">\n`

export const JUNIT_SUITE_END = '  </testsuite>\n'

/** The testsuite of an input that could not be read: one testcase in error. */
export const junitUnreadable = (suite: string, message: string): string =>
  `${junitSuiteStart(suite, 1, 0, 1)}    <testcase classname="${xml(suite)}" name="${xml(suite)}">\n      <error type="unreadable" message="${xml(message)}"/>\n    </testcase>\n${JUNIT_SUITE_END}`
