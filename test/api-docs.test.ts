import { readdirSync, readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { Application, ReflectionKind } from 'typedoc'
import type { DeclarationReflection, ProjectReflection } from 'typedoc'
import { beforeAll, describe, expect, it } from 'vitest'

// The API docs are part of the product: every public export has a summary, a @category from a closed
// list and a @since; functions, constants and classes also have an @example (run by doctest.test.ts).
const CATEGORIES = ['model', 'primitives', 'constructors', 'instances', 'validation', 'rendering', 'parsers', 'queries', 'summaries', 'interop', 'utils']
const root = fileURLToPath(new URL('..', import.meta.url))

let project: ProjectReflection | undefined
let warnings = 0

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ options: `${root}typedoc.json`, logLevel: 'Error', tsconfig: `${root}tsconfig.json` })
  project = await app.convert()
  if (project !== undefined) {
    app.validate(project)
    // Rendering warns too (a code block in a language it cannot highlight, say): render as `npm run docs` does.
    await app.generateDocs(project, `${root}test-results/api`)
  }
  warnings = app.logger.warningCount + app.logger.errorCount
}, 300_000)

// With guides attached, typedoc keeps the entry point as a module; its children are the exports.
const exports = (): DeclarationReflection[] =>
  (project?.children ?? []).flatMap((r) => (r.kindOf(ReflectionKind.Module) ? (r.children ?? []) : [r]))
const commentOf = (r: DeclarationReflection) => r.comment ?? r.signatures?.[0]?.comment

describe('API docs', () => {
  it('typedoc converts and renders the public entries with no warning', () => {
    expect(project).toBeDefined()
    expect(warnings).toBe(0)
    expect(exports().length).toBeGreaterThan(100)
  })

  it('every export has a summary, a known @category and @since', () => {
    const problems = exports().flatMap((r) => {
      const comment = commentOf(r)
      const summary = comment?.summary.map((part) => part.text).join('').trim() ?? ''
      const category = comment?.getTag('@category')?.content.map((part) => part.text).join('').trim()
      return [
        ...(summary === '' ? [`${r.name}: no summary`] : []),
        ...(category === undefined || !CATEGORIES.includes(category) ? [`${r.name}: category ${String(category)}`] : []),
        ...(comment?.getTag('@since') === undefined ? [`${r.name}: no @since`] : []),
      ]
    })
    expect(problems).toEqual([])
  })

  it('every function, constant and class has an @example', () => {
    const kinds = ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.Class
    const missing = exports()
      .filter((r) => r.kindOf(kinds) && commentOf(r)?.getTag('@example') === undefined)
      .map((r) => r.name)
    expect(missing).toEqual([])
  })

  it('every guide under docs/ is a page of the site', () => {
    const guides = readdirSync(`${root}docs`).filter((file) => file.endsWith('.md'))
    const documents = [project, ...(project?.children ?? [])].flatMap((r) => r?.documents ?? []).map((document) => document.name)
    expect(documents).toHaveLength(guides.length)
    expect(guides.length).toBeGreaterThanOrEqual(3)
  })

  // A model's page opens with its summary and its fields, not with its inferred io-ts type written out.
  it("a model's page shows its summary, then a table of its fields, and its type by class alone", () => {
    const page = readFileSync(`${root}test-results/api/variables/index.Meeting.html`, 'utf8')
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    const summary = text.indexOf('A meeting between two actors or more')
    const fields = text.indexOf('field type required role meaning')
    expect(summary).toBeGreaterThan(0)
    expect(fields).toBeGreaterThan(summary)
    expect(text).toContain('participants non-empty array of id of actor yes participant')
    expect(text).toMatch(/Meeting : StructType =/)
    expect(text).not.toContain('VocabularyType')
  })

  it('the docs search finds words of the guides and comments: feed, ndjson, offset', () => {
    const script = readFileSync(`${root}test-results/api/assets/search.js`, 'utf8')
    const data = inflateSync(Buffer.from(/searchData = "([^"]+)"/.exec(script)![1]!, 'base64')).toString().toLowerCase()
    for (const word of ['feed', 'ndjson', 'offset']) expect(data, word).toContain(word)
  })

  it('every guide has a title of its own, not its file name', () => {
    const untitled = readdirSync(`${root}docs`).filter((file) => file.endsWith('.md'))
      .filter((file) => !/^---\ntitle: .+\n---\n/.test(readFileSync(`${root}docs/${file}`, 'utf8')))
    expect(untitled).toEqual([])
  })
})
