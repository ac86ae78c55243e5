/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code scanning and CI systems: one
 * run of the tool, each issue a result at its file and line, its rule the issue code with its meaning.
 *
 * @module
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatPath } from '../Issue.js'
import { RULES } from '../Rules.js'
import type { CliIssue } from './output.js'

/** The codes of the command line's own issues, about lines that are no record at all. */
const CLI_RULES: Readonly<Record<string, { readonly meaning: string; readonly fix: string }>> = {
  not_json: { meaning: 'An NDJSON line is not JSON (an empty line is not JSON either).', fix: 'Write one JSON value per line.' },
  not_utf8: { meaning: "An NDJSON line's bytes are not UTF-8 text.", fix: 'Write the input as UTF-8.' },
  line_too_long: { meaning: 'An NDJSON line is longer than --max-bytes, so it was not read.', fix: 'Raise --max-bytes, or split the record.' },
}

const RULE_IDS: ReadonlyArray<string> = [...Object.keys(RULES), ...Object.keys(CLI_RULES)]

/** Every rule the tool knows, as SARIF reporting descriptors. */
const ruleDescriptors = (): ReadonlyArray<object> =>
  RULE_IDS.map((id) => {
    const rule = RULES[id as keyof typeof RULES] ?? { ...CLI_RULES[id]!, severity: 'error' }
    return {
      id,
      shortDescription: { text: rule.meaning },
      help: { text: rule.fix },
      defaultConfiguration: { level: rule.severity === 'warning' ? 'warning' : 'error' },
    }
  })

/**
 * The URI of an input as SARIF wants it: relative to the working directory (with `/`) when it is inside
 * it, as code scanning resolves against the checkout; a `file:` URL otherwise.
 */
export const artifactUri = (file: string): string => {
  if (file === '-') return 'stdin'
  const path = relative(process.cwd(), resolve(file))
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return pathToFileURL(resolve(file)).href
  return path.split(sep).map(encodeURIComponent).join('/')
}

/** Builds one SARIF 2.1.0 log as results arrive; `done` returns the whole document. */
export class SarifLog {
  private readonly artifacts: string[] = []
  private readonly results: object[] = []
  private readonly notifications: object[] = []

  constructor(private readonly version: string) {}

  private artifact(file: string): number {
    const uri = artifactUri(file)
    let index = this.artifacts.indexOf(uri)
    if (index === -1) index = this.artifacts.push(uri) - 1
    return index
  }

  /** Adds the issues found at one line of one input. */
  add(file: string, line: number, issues: ReadonlyArray<CliIssue>): void {
    const index = this.artifact(file)
    for (const issue of issues) {
      this.results.push({
        ruleId: issue.code,
        ruleIndex: RULE_IDS.indexOf(issue.code),
        level: issue.severity === 'warning' ? 'warning' : 'error',
        message: { text: `${formatPath(issue.path)}: ${issue.message}` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: this.artifacts[index], index }, region: { startLine: line } },
            logicalLocations: [{ fullyQualifiedName: formatPath(issue.path) }],
          },
        ],
        properties: { path: issue.path, expected: issue.expected, received: issue.received },
      })
    }
  }

  /** Records an input that could not be read: the run did not check everything it was given. */
  unreadable(file: string, message: string): void {
    const index = this.artifact(file)
    this.notifications.push({
      level: 'error',
      message: { text: message },
      locations: [{ physicalLocation: { artifactLocation: { uri: this.artifacts[index], index } } }],
    })
  }

  done(): object {
    return {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'news-codecs', version: this.version, semanticVersion: this.version, rules: ruleDescriptors() } },
          invocations: [{ executionSuccessful: this.notifications.length === 0, toolExecutionNotifications: this.notifications }],
          artifacts: this.artifacts.map((uri) => ({ location: { uri } })),
          results: this.results,
        },
      ],
    }
  }
}
