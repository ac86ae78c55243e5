// Regenerates src/ModelDocs.ts from the doc comments, then writes schemas/NAME.schema.json for every model.
// test/JsonSchema.test.ts checks the committed files equal a fresh export.
//
//   npm run build:schemas
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderDocs } from './extract-docs.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const docsFile = `${root}src/ModelDocs.ts`
const docs = renderDocs()
if (readFileSync(docsFile, 'utf8') !== docs) writeFileSync(docsFile, docs)

// Imported after the docs are written, so the export carries the fresh ones.
const { jsonSchemaFor, jsonSchemaNames } = await import('../src/JsonSchema.js')
mkdirSync(`${root}schemas`, { recursive: true })
for (const name of jsonSchemaNames) {
  writeFileSync(`${root}schemas/${name}.schema.json`, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`)
}
console.log(`wrote ${jsonSchemaNames.length} schemas to schemas/`)
