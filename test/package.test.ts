import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

// The package as users get it: the packed tarball (built by `npm test`'s pretest), its contents, publint
// and attw on it, and small consumer projects that install it and run a decode.
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name: string): string => join(root, 'node_modules', '.bin', name)
const work = mkdtempSync(join(tmpdir(), 'news-codecs-package-'))
const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

let tarball = ''
let files: string[] = []

beforeAll(() => {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = join(work, packed!.filename)
  files = packed!.files.map((file) => file.path)
}, 120_000)

describe('the packed tarball', () => {
  it('holds the build, fixtures, README, CHANGELOG and LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
      expect(files, file).toContain(file)
    }
    expect(files.some((file) => file.startsWith('fixtures/'))).toBe(true)
  })

  // The guides (docs/*.md, with their images) and the examples they link to travel with it; the generated API site does not.
  it('holds no sources, tests or build tooling', () => {
    const unwanted = files.filter((file) => /^(src|test|scripts|bench|docs\/api|\.ci)\/|^(tsconfig|tsup\.config|vitest\.config|typedoc)\b/.test(file) ||
      (/^docs\//.test(file) && !/^docs\/([\w-]+\.md|images\/[\w-]+\.png)$/.test(file)) || (/^examples\//.test(file) && !/^examples\/[\w-]+\.ts$/.test(file)))
    expect(unwanted).toEqual([])
  })

  it('passes publint --strict', () => {
    const out = run(bin('publint'), ['--strict', tarball], root)
    expect(out).toMatch(/All good!/)
  }, 60_000)

  it('passes attw (types resolve for node10, node16 CJS and ESM, and bundlers)', () => {
    const report = JSON.parse(run(bin('attw'), [tarball, '--format', 'json', '--no-emoji'], root)) as { analysis: { problems: unknown[] } }
    expect(report.analysis.problems).toEqual([])
  }, 60_000)
})

describe('consumer projects using the tarball', () => {
  const consumers = join(work, 'consumers')
  const decodeLine = "const result = nc.decodeWith(nc.Place)({ id: 'place:new-delhi', name: 'New Delhi', kind: 'capital' })"
  const printLine = "console.log(result._tag === 'Left' ? nc.formatIssues(result.left) : 'valid')"
  const expected = 'kind: expected one of "city" | "country" | "region" | "sea" | "venue" | "other", received "capital"'

  beforeAll(() => {
    mkdirSync(consumers, { recursive: true })
    writeFileSync(join(consumers, 'package.json'), JSON.stringify({ name: 'consumers', private: true }))
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'io-ts@2.2.22', 'fp-ts@2.16.11'], consumers)
    const project = (name: string, type: string, files: Record<string, string>): void => {
      mkdirSync(join(consumers, name))
      writeFileSync(join(consumers, name, 'package.json'), JSON.stringify({ name, private: true, type }))
      for (const [file, text] of Object.entries(files)) writeFileSync(join(consumers, name, file), text)
    }
    project('esm', 'module', { 'main.js': `import * as nc from 'news-codecs'\n${decodeLine}\n${printLine}\n` })
    project('cjs', 'commonjs', { 'main.js': `const nc = require('news-codecs')\n${decodeLine}\n${printLine}\n` })
    const typed = `import * as nc from 'news-codecs'\nimport type { Place } from 'news-codecs'\n${decodeLine}\nconst place: Place | undefined = result._tag === 'Right' ? result.right : undefined\nvoid place\n${printLine}\n`
    const tsconfig = (moduleKind: string, resolution: string, emit: boolean) =>
      JSON.stringify({ compilerOptions: { module: moduleKind, moduleResolution: resolution, target: 'ES2022', strict: true, exactOptionalPropertyTypes: true, skipLibCheck: false, types: [], noEmit: !emit, outDir: 'out' }, files: ['main.ts'] })
    project('ts-nodenext', 'module', { 'main.ts': typed, 'tsconfig.json': tsconfig('NodeNext', 'NodeNext', true) })
    project('ts-nodenext-cjs', 'commonjs', { 'main.ts': typed, 'tsconfig.json': tsconfig('NodeNext', 'NodeNext', true) })
    project('ts-bundler', 'module', { 'main.ts': typed, 'tsconfig.json': tsconfig('ESNext', 'Bundler', false) })
  }, 240_000)

  it('Node ESM imports it', () => expect(run(process.execPath, ['main.js'], join(consumers, 'esm')).trim()).toBe(expected))
  it('Node CJS requires it', () => expect(run(process.execPath, ['main.js'], join(consumers, 'cjs')).trim()).toBe(expected))

  it.each(['ts-nodenext', 'ts-nodenext-cjs'])('TypeScript %s typechecks, compiles and runs', (name) => {
    const dir = join(consumers, name)
    run(bin('tsc'), ['-p', '.'], dir)
    expect(run(process.execPath, ['out/main.js'], dir).trim()).toBe(expected)
  }, 60_000)

  it('TypeScript with bundler resolution typechecks, and an esbuild bundle runs', () => {
    const dir = join(consumers, 'ts-bundler')
    run(bin('tsc'), ['-p', '.'], dir)
    run(bin('esbuild'), ['main.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=out/bundle.mjs'], dir)
    expect(run(process.execPath, ['out/bundle.mjs'], dir).trim()).toBe(expected)
  }, 60_000)
})
