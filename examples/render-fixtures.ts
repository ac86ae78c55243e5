// Render every graph shipped in the package's fixtures/ as an evidence viewer page, in a temporary directory,
// by running the `news-codecs render` command as a script would; then open the pages in a browser.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const manifest = createRequire(import.meta.url).resolve('news-codecs/package.json')
const root = dirname(manifest)
const bin = join(root, (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['news-codecs']!)
const out = mkdtempSync(join(tmpdir(), 'news-codecs-pages-'))

const graphs = readdirSync(join(root, 'fixtures')).filter((file) => file.endsWith('.graph.json')).sort()
for (const file of graphs) {
  const page = join(out, file.replace(/\.graph\.json$/, '.html'))
  const run = spawnSync(process.execPath, [bin, 'render', join(root, 'fixtures', file), '--out', page], { encoding: 'utf8' })
  // Exit 1 means the graph is not valid: the page is written all the same, with its issues listed.
  if (run.status !== 0 && run.status !== 1) throw new Error(`render ${file} failed: ${run.stderr.trim()}`)
  console.log(`${file}: ${run.status === 0 ? 'valid' : 'not valid'}, ${Math.round(statSync(page).size / 1024)} KB -> ${page}`)
}
console.log(`${graphs.length} pages in ${out}`)
