/**
 * `news-codecs summary [FILE]`: validates a graph and prints its record counts and its facts as sentences,
 * oldest first; for the canonical fixture, also the answers to the reader's questions about it.
 *
 * @module
 */
import { answersText } from '../Answers.js'
import { canonicalQuestions } from '../fixtures/questions.js'
import { formatIssues } from '../Issue.js'
import { countRecords, summaryText } from '../Summary.js'
import { validateGraph } from '../Validation.js'
import { defaultMaxBytes, InputOutputError } from './args.js'
import { readAll } from './input.js'
import { forTerminal } from './terminal.js'

/**
 * Runs `news-codecs summary`; resolves to the exit code. `withAnswers` adds the canonical questions' answers.
 * Names, labels and issues come from the input: control and bidi-control characters in them are shown escaped.
 */
export const summaryCommand = async (file: string, withAnswers = false): Promise<number> => {
  const bytes = await readAll(file, defaultMaxBytes())
  let input: unknown
  try {
    input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw new InputOutputError(error instanceof SyntaxError ? `${file} is not JSON: ${error.message}` : `${file} is not UTF-8 text`)
  }
  const result = validateGraph(input)
  if (result._tag === 'Left') {
    process.stderr.write(forTerminal(`${file}: ${result.left.length} issue(s)\n${formatIssues(result.left)}\n`))
    return 1
  }
  const graph = result.right
  const out: string[] = [`${file}: valid`, '', 'Records:']
  for (const [collection, count] of Object.entries(countRecords(graph))) out.push(`  ${collection.padEnd(11)} ${count}`)
  out.push('', summaryText(graph))
  // The answers follow the chronology above, so they leave out their own.
  if (withAnswers) out.push('', answersText(graph, canonicalQuestions, { chronology: false }))
  process.stdout.write(forTerminal(`${out.join('\n')}\n`))
  return 0
}
