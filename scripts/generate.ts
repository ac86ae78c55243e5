/**
 * Writes every generated file from its source, or with `--check` says which committed ones are stale:
 *
 * - src/generated/ModelDocs.ts: the doc comments of the model (scripts/extract-docs.ts);
 * - src/generated/guards/MODULE.ts: the compiled guards of each model module, and src/generated/guards.ts, all
 *   of them with their registry (scripts/compile-guards.ts);
 * - schemas/NAME.schema.json: the JSON Schema of every model;
 * - docs/model-reference.md: every model, field and reference role, read from the codec tree;
 * - docs/rules.md: every issue code with its rule and the issue its example gives;
 * - fixtures/NAME.graph.json: the fixture graphs, from their sources in scripts/fixtures/.
 *
 *   npm run generate             writes what changed
 *   npm run generate -- --check  exits 1, naming each stale file, when any differs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocs } from './extract-docs.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** A generated file: its path from the package root and its content. */
export interface Generated {
  readonly file: string
  readonly content: string
}

/**
 * Every generated file, freshly made. The model docs come first: the other generators load the codecs,
 * whose schema export reads the docs module, so that module must be current before anything imports it.
 */
export const generateAll = async (writeDocs: (generated: Generated) => void = () => {}): Promise<ReadonlyArray<Generated>> => {
  const docs = { file: 'src/generated/ModelDocs.ts', content: renderDocs() }
  writeDocs(docs)
  const { generateGuardModules } = await import('./compile-guards.js')
  const { jsonSchemaFor, jsonSchemaNames } = await import('../src/JsonSchema.js')
  const { renderModelReference } = await import('./model-reference.js')
  // The rule examples and fixtures are judged by the decoders alone: the compiled guards on disk may be the
  // stale ones this run is replacing.
  const { useGuards } = await import('../src/internal/decodePath.js')
  await import('../src/Validation.js')
  useGuards(() => undefined)
  const { renderRules } = await import('./rules-doc.js')
  const { render } = await import('./fixtures/author.js')
  const { fixtureSources } = await import('./fixtures/index.js')
  const guards = await generateGuardModules()
  return [
    docs,
    ...[...guards].map(([file, content]) => ({ file: `src/generated/${file}`, content })),
    ...jsonSchemaNames.map((name) => ({ file: `schemas/${name}.schema.json`, content: `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n` })),
    { file: 'docs/model-reference.md', content: renderModelReference() },
    { file: 'docs/rules.md', content: renderRules() },
    ...Object.entries(fixtureSources).map(([name, build]) => ({ file: `fixtures/${name}.graph.json`, content: render(build()) })),
  ]
}

/** The generated files whose committed content differs from a fresh generation (or that are missing). */
export const staleFiles = (generated: ReadonlyArray<Generated>): ReadonlyArray<string> =>
  generated.filter(({ file, content }) => !existsSync(`${root}${file}`) || readFileSync(`${root}${file}`, 'utf8') !== content).map(({ file }) => file)

const write = ({ file, content }: Generated): boolean => {
  const path = `${root}${file}`
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  return true
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles(await generateAll())
    if (stale.length > 0) {
      console.error(`stale generated files (run npm run generate):\n${stale.map((file) => `  ${file}`).join('\n')}`)
      process.exit(1)
    }
    console.log('every generated file is up to date')
  } else {
    let written = 0
    const all = await generateAll((docs) => void (write(docs) && written++))
    for (const generated of all.slice(1)) if (write(generated)) written++
    console.log(written === 0 ? `all ${all.length} generated files were up to date` : `wrote ${written} of ${all.length} generated files`)
  }
}
