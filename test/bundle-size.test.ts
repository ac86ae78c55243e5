import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { rollup } from 'rollup'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BundleSize } from '../bench/size.js'
import { bundleOf, GRAPH_BUNDLE, MEETING_BUNDLE, MEETING_BUNDLE_GZIP_BUDGET, PEERS_ALONE } from '../bench/size.js'

// What a browser application ships when it imports a validator: the built package as bundlers see it (run
// `npm run build` first; `npm test` does), io-ts and fp-ts bundled in. A size check, not a timing.
const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'news-codecs-bundles-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Loads a bundle in Node, as the module it is. */
const load = async (name: string, code: string): Promise<Record<string, unknown>> => {
  const file = join(scratch, `${name}.mjs`)
  writeFileSync(file, code)
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>
}

const validMeeting = {
  id: 'meeting:1',
  participants: ['person:a', 'person:b'],
  channel: 'phone',
  evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }],
}

interface Decoded {
  readonly _tag: string
  readonly left?: ReadonlyArray<{ readonly code: string }>
  readonly right?: unknown
}
type Decode = (codec: unknown) => (input: unknown) => Decoded

describe('a browser bundle of { Meeting, decodeWith } (esbuild)', () => {
  let bundle: BundleSize
  beforeAll(async () => {
    bundle = await bundleOf(MEETING_BUNDLE)
  }, 60_000)

  it(`is at most ${MEETING_BUNDLE_GZIP_BUDGET} bytes minified and gzipped, io-ts and fp-ts included`, () => {
    console.log(`${MEETING_BUNDLE}: ${bundle.minifiedBytes} bytes minified, ${bundle.gzipBytes} min+gzip (budget ${MEETING_BUNDLE_GZIP_BUDGET})`)
    expect(bundle.gzipBytes).toBeGreaterThan(1_000)
    expect(bundle.gzipBytes).toBeLessThanOrEqual(MEETING_BUNDLE_GZIP_BUDGET)
  })

  it('holds one copy of fp-ts and io-ts, their ES module builds', () => {
    expect(bundle.inputs.filter((input) => /(fp-ts|io-ts)\/lib\//.test(input))).toEqual([])
    expect(bundle.inputs.some((input) => input.startsWith('node_modules/fp-ts/es6/'))).toBe(true)
    expect(bundle.inputs.some((input) => input.startsWith('node_modules/io-ts/es6/'))).toBe(true)
  })

  it("is made of the package's module build, and only of the modules a meeting reaches", () => {
    const own = bundle.inputs.filter((input) => input.startsWith('dist/'))
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((input) => input.startsWith('dist/module/'))).toBe(true)
    expect(own).toContain('dist/module/generated/guards/Meeting.js')
    // Models a meeting does not hold, the graph checks, the rule catalogue and the registry of every guard stay out.
    for (const absent of ['Agreement', 'Statement', 'Graph', 'GraphCheck', 'Rules', 'JsonSchema', 'generated/guards', 'generated/ModelDocs']) {
      expect(own, absent).not.toContain(`dist/module/${absent}.js`)
    }
  })

  it('holds the codes of the shipped schemes, not their names', () => {
    expect(bundle.inputs).toContain('dist/module/CodeSets.js')
    expect(bundle.inputs).not.toContain('dist/module/CodeLists.js')
    expect(bundle.code).toContain('CONSULT')
    expect(bundle.code).not.toContain('use unconventional mass violence')
  })

  it('runs: decodes a valid meeting with its compiled guard and reports an invalid one', async () => {
    const { Meeting, decodeWith } = (await load('meeting', bundle.code)) as { Meeting: unknown; decodeWith: Decode }
    const valid = decodeWith(Meeting)(validMeeting)
    expect(valid._tag).toBe('Right')
    // The guard accepted it: the result is the very input, not a copy made by the decoder.
    expect(valid.right).toBe(validMeeting)
    const invalid = decodeWith(Meeting)({ ...validMeeting, participants: ['person:a'], channel: 'fax' })
    expect(invalid._tag).toBe('Left')
    expect(invalid.left?.map((issue) => issue.code)).toEqual(expect.arrayContaining(['invalid_value']))
  })

  it('weighs io-ts and fp-ts, and its codecs without the compiled guards, which still decode through io-ts', async () => {
    const [peers, unguarded] = await Promise.all([bundleOf(PEERS_ALONE), bundleOf(MEETING_BUNDLE, { withoutGuards: true })])
    console.log(`${PEERS_ALONE}: ${peers.gzipBytes} min+gzip; ${MEETING_BUNDLE} without the compiled guards: ${unguarded.gzipBytes} (with them ${bundle.gzipBytes})`)
    expect(peers.inputs.every((input) => input.startsWith('node_modules/'))).toBe(true)
    expect(peers.gzipBytes).toBeLessThan(unguarded.gzipBytes)
    expect(unguarded.gzipBytes).toBeLessThan(bundle.gzipBytes)
    const { Meeting, decodeWith } = (await load('unguarded-meeting', unguarded.code)) as { Meeting: unknown; decodeWith: Decode }
    expect(decodeWith(Meeting)(validMeeting)._tag).toBe('Right')
    expect(decodeWith(Meeting)({ ...validMeeting, channel: 'fax' })._tag).toBe('Left')
  }, 60_000)
})

describe('a browser bundle of { WikidataId } (esbuild)', () => {
  it('leaves out the identifier codec and the country codes it does not use', async () => {
    const bundle = await bundleOf("export { WikidataId } from 'news-codecs'")
    expect(bundle.code).toContain('Wikidata item id')
    expect(bundle.code).not.toContain('ISO 3166-1')
    expect(bundle.code).not.toContain('is not a valid')
  }, 60_000)
})

describe('a browser bundle of { validateGraph } (esbuild)', () => {
  it('holds one copy of fp-ts, and runs', async () => {
    const bundle = await bundleOf(GRAPH_BUNDLE)
    console.log(`${GRAPH_BUNDLE}: ${bundle.minifiedBytes} bytes minified, ${bundle.gzipBytes} min+gzip`)
    expect(bundle.inputs.filter((input) => /(fp-ts|io-ts)\/lib\//.test(input))).toEqual([])
    const { validateGraph } = (await load('graph', bundle.code)) as { validateGraph: (input: unknown) => Decoded }
    const empty = { articles: [], actors: [], places: [], events: [], meetings: [], agreements: [], documents: [], statements: [], positions: [], relations: [] }
    expect(validateGraph(empty)._tag).toBe('Right')
    const dangling = validateGraph({ ...empty, meetings: [validMeeting] })
    expect(dangling.left?.map((issue) => issue.code)).toContain('dangling_reference')
  }, 60_000)
})

describe('a bundle of { Meeting, decodeWith } (rollup with @rollup/plugin-node-resolve)', () => {
  it('takes the module build and the ES module builds of fp-ts and io-ts, and runs', async () => {
    const consumer = join(scratch, 'rollup-consumer')
    mkdirSync(join(consumer, 'node_modules'), { recursive: true })
    for (const name of ['news-codecs', 'io-ts', 'fp-ts']) {
      symlinkSync(name === 'news-codecs' ? root : join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir')
    }
    writeFileSync(join(consumer, 'main.js'), `${MEETING_BUNDLE}\n`)
    const build = await rollup({ input: join(consumer, 'main.js'), plugins: [nodeResolve({ browser: true })], logLevel: 'silent' })
    const { output } = await build.generate({ format: 'es' })
    await build.close()
    // The modules with code in the bundle, relative to the package root.
    const modules = Object.entries(output[0].modules)
      .filter(([, module]) => module.renderedLength > 0)
      .map(([id]) => id.slice(root.length))
    expect(modules.filter((id) => /(fp-ts|io-ts)\/lib\//.test(id))).toEqual([])
    expect(modules.some((id) => id.startsWith('node_modules/fp-ts/es6/'))).toBe(true)
    expect(modules.some((id) => id.startsWith('dist/module/'))).toBe(true)
    expect(modules).not.toContain('dist/module/Agreement.js')
    const { Meeting, decodeWith } = (await load('rollup-meeting', output[0].code)) as { Meeting: unknown; decodeWith: Decode }
    expect(decodeWith(Meeting)(validMeeting)._tag).toBe('Right')
    expect(decodeWith(Meeting)({ ...validMeeting, channel: 'fax' })._tag).toBe('Left')
  }, 60_000)
})
