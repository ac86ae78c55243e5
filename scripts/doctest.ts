/**
 * Doc examples as tests: every `@example` in src/ is parsed with the TypeScript compiler, each expression
 * followed by a `//=> value` comment becomes an assertion that the expression deep-equals the value, and the
 * examples are gathered into one module that imports the package by its public name and reports each
 * example's outcome as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/** Precedes the JSON results on the doctest module's last line of output. */
export const RESULTS_MARKER = '__doctest_results__'

export interface DocExample {
  /** `file.ts: Symbol` */
  readonly name: string
  readonly imports: ReadonlyArray<string>
  readonly body: string
}

const EXAMPLE = /@example\s*\n([\s\S]*?)(?=\n\s*\*\s*@\w|\n\s*\*\/)/g

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )

/** The name of the declaration a doc comment ending at `offset` belongs to. */
const declaredAfter = (text: string, offset: number): string =>
  /export\s+(?:const|function|class|interface|type)\s+([A-Za-z0-9_$]+)/.exec(text.slice(offset))?.[1] ?? '?'

/** Rewrites `expr //=> value` statements into assertions; other statements are kept as written. */
const toAssertions = (code: string): string => {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true)
  const out: string[] = []
  for (const statement of file.statements) {
    const end = statement.getEnd()
    const comments = [...(ts.getTrailingCommentRanges(code, end) ?? []), ...(ts.getLeadingCommentRanges(code, end) ?? [])]
    const texts = comments.map((c) => code.slice(c.pos, c.end))
    const at = texts.findIndex((c) => c.startsWith('//=>'))
    if (ts.isExpressionStatement(statement) && at >= 0) {
      // A long expected value continues on the following comment lines, indented: `//    ...`.
      let expected = texts[at]!.slice(4)
      for (const more of texts.slice(at + 1)) {
        if (!more.startsWith('//  ')) break
        expected += `\n${more.slice(2)}`
      }
      out.push(`__expect(${statement.expression.getText(file)}, ${expected.trim()}, ${JSON.stringify(statement.getText(file))})`)
    } else {
      out.push(statement.getText(file))
    }
  }
  return out.join('\n')
}

export const collectExamples = (srcDir: string): ReadonlyArray<DocExample> => {
  const examples: DocExample[] = []
  for (const path of sourceFiles(srcDir).sort()) {
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(EXAMPLE)) {
      const code = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n')
      const lines = code.split('\n')
      const imports = lines.filter((line) => line.startsWith('import '))
      const body = toAssertions(lines.filter((line) => !line.startsWith('import ')).join('\n'))
      const name = `${relative(srcDir, path)}: ${declaredAfter(text, match.index! + match[0].length)}`
      examples.push({ name, imports, body })
    }
  }
  return examples
}

const FENCED = /^#{2,4} (.+)$|^```ts\n([\s\S]*?)^```$/gm

/**
 * The ```ts blocks of a Markdown page as examples, each named after the heading above it: a docs page whose
 * examples run is a page that cannot drift from the code.
 */
export const collectMarkdownExamples = (path: string, root: string): ReadonlyArray<DocExample> => {
  const examples: DocExample[] = []
  let heading = '?'
  for (const match of readFileSync(path, 'utf8').matchAll(FENCED)) {
    if (match[1] !== undefined) {
      heading = match[1].trim()
      continue
    }
    const lines = match[2]!.split('\n')
    const imports = lines.filter((line) => line.startsWith('import '))
    const body = toAssertions(lines.filter((line) => !line.startsWith('import ')).join('\n'))
    examples.push({ name: `${relative(root, path)}: ${heading}`, imports, body })
  }
  return examples
}

/** One module running every example in its own scope, printing `{name: error | null}` as JSON after {@link RESULTS_MARKER}. */
export const doctestModule = (examples: ReadonlyArray<DocExample>): string => {
  const imports = [...new Set(examples.flatMap((e) => e.imports))]
  const cases = examples.map(
    (e) => `  [${JSON.stringify(e.name)}, () => {\n${e.body.replace(/^/gm, '    ')}\n  }],`,
  )
  return [
    "import { deepStrictEqual } from 'node:assert'",
    ...imports,
    '',
    'const __expect = (actual: unknown, expected: unknown, source: string): void => {',
    '  try { deepStrictEqual(actual, expected) } catch { throw new Error(`${source}\\n  gave ${JSON.stringify(actual)}`) }',
    '}',
    'const __cases: Array<[string, () => void]> = [',
    ...cases,
    ']',
    'const __results: Record<string, string | null> = {}',
    'for (const [name, run] of __cases) {',
    '  try { run(); __results[name] = null } catch (error) { __results[name] = error instanceof Error ? error.message : String(error) }',
    '}',
    // Examples may print; the results follow a marker on the last line.
    `console.log('\\n${RESULTS_MARKER}' + JSON.stringify(__results))`,
    '',
  ].join('\n')
}

/**
 * Each example as a module of its own, with its own imports, for the type checker: the examples must
 * compile as a user would write them, so none needs a cast to get past a branded type.
 */
export const doctestTypeModules = (examples: ReadonlyArray<DocExample>): ReadonlyArray<{ readonly file: string; readonly source: string }> =>
  examples.map((e, i) => ({
    file: `example-${String(i).padStart(3, '0')}.ts`,
    source: [
      `// ${e.name}`,
      ...e.imports,
      'declare const __expect: (actual: unknown, expected: unknown, source: string) => void',
      e.body,
      'export {}',
      '',
    ].join('\n'),
  }))
