/** An issue of the graph-level checks: where, which code, what was expected, what was found (described), and why. */
import type { Issue, IssueCode } from '../Issue.js'
import { describeValue } from '../Issue.js'

export const graphIssue = (path: ReadonlyArray<string | number>, code: IssueCode, expected: string, received: unknown, message: string): Issue => ({
  path,
  code,
  expected,
  received: describeValue(received),
  message,
})
