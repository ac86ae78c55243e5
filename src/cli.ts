/**
 * The `news-codecs` command line.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { countRecords, formatIssues, timeline, validateGraph } from './index.js'

const DEFAULT_GRAPH = fileURLToPath(new URL('../fixtures/sample.graph.json', import.meta.url))

const fail = (message: string): never => {
  process.stderr.write(`news-codecs: ${message}\n`)
  process.exit(2)
}

const summary = (file: string): number => {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (error) {
    return fail(`${file} is not JSON: ${(error as Error).message}`)
  }
  const result = validateGraph(input)
  if (result._tag === 'Left') {
    process.stderr.write(`${file}: ${result.left.length} issue(s)\n${formatIssues(result.left)}\n`)
    return 1
  }
  const graph = result.right
  const out: string[] = [`${file}: valid`, '', 'Records:']
  for (const [collection, count] of Object.entries(countRecords(graph))) out.push(`  ${collection.padEnd(11)} ${count}`)
  out.push('', 'Timeline:')
  for (const entry of timeline(graph)) out.push(`  ${entry.time.value.padEnd(24)} ${entry.label}`)
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}

const [command, file] = process.argv.slice(2)
if (command === 'summary') process.exitCode = summary(file ?? DEFAULT_GRAPH)
else fail(`unknown command ${JSON.stringify(command ?? '')}; try: news-codecs summary [FILE]`)
