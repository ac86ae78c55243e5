import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { staleFiles } from '../scripts/generate.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('generated files', () => {
  // The command a contributor runs, on the committed tree: guards, model docs, schemas, the model
  // reference and the fixture JSON must all equal a fresh generation.
  it('`npm run generate -- --check` finds every generated file up to date', () => {
    const run = (): string => execFileSync('npx', ['tsx', 'scripts/generate.ts', '--check'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    let output: string
    try {
      output = run()
    } catch (error) {
      throw new Error(`stale generated files: ${(error as { stderr?: string }).stderr ?? String(error)}`)
    }
    expect(output).toContain('every generated file is up to date')
  }, 180_000)
})

describe('staleFiles', () => {
  it('names a generated file whose committed content differs, and a missing one', () => {
    expect(staleFiles([{ file: 'src/generated/guards.ts', content: '// not the guards\n' }])).toEqual(['src/generated/guards.ts'])
    expect(staleFiles([{ file: 'schemas/Nothing.schema.json', content: '{}\n' }])).toEqual(['schemas/Nothing.schema.json'])
  }, 60_000)
})
