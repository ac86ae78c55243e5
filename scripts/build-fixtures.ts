/**
 * Writes the fixture graphs to fixtures/*.graph.json from their sources in scripts/fixtures/.
 * Run with `npx tsx scripts/build-fixtures.ts`; test/fixtures.test.ts checks the files are up to date.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { render } from './fixtures/author.js'
import { fixtureSources } from './fixtures/index.js'

for (const [name, build] of Object.entries(fixtureSources)) {
  const file = fileURLToPath(new URL(`../fixtures/${name}.graph.json`, import.meta.url))
  writeFileSync(file, render(build()))
  process.stdout.write(`wrote fixtures/${name}.graph.json\n`)
}
