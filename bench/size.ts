/**
 * The size of the main entry as users ship it: dist/index.js minified (esbuild, which tsup uses) and
 * gzipped (zlib, level 9). The peers io-ts and fp-ts stay imports, so they are not counted.
 *
 * And the size of what a browser bundle of a few imports holds (bundleOf): the package as a bundler sees
 * it (its "module" build), with io-ts and fp-ts bundled in, minified and gzipped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { BuildOptions } from 'esbuild'
import { build, transformSync } from 'esbuild'

export const MAIN_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url))

export interface EntrySize {
  readonly rawBytes: number
  readonly minifiedBytes: number
  readonly gzipBytes: number
}

/** Measures dist/index.js (run `npm run build` first). */
export const measureMainEntry = (): EntrySize => {
  const source = readFileSync(MAIN_ENTRY, 'utf8')
  const minified = transformSync(source, { minify: true, format: 'esm', target: 'node20', legalComments: 'none' }).code
  return {
    rawBytes: Buffer.byteLength(source),
    minifiedBytes: Buffer.byteLength(minified),
    gzipBytes: gzipSync(minified, { level: 9 }).length,
  }
}

/**
 * The budget for the main entry, min+gzip. Set from the measurement of 0.1.0 with the compiled guards,
 * queries and interop exports (29,239 bytes) plus about 15% headroom; raise it only on purpose. Raised for
 * 0.2 (the entry measured 32,696 bytes before it): times with seconds, coordinates, GeoNames ids and names
 * in several languages; the open vocabularies, whose code lists (PLOVER, CAMEO, sectors) ship as data; the
 * rule catalogue with its examples; quantities and votes with their checks and queries: 45,394 bytes with all
 * of them, and the budget keeps about 8% headroom. Raised again for an article's feed metadata (bylines,
 * genres, subjects, images, URNs), elections, agreements of every weight, per-party status, and document
 * symbols and adoption: 55,539 bytes with them; and for participant roles, replies and contradictions of
 * any fact, schedule changes, and the rules on whole records: 59,442 bytes, and the budget keeps about 8%.
 * Raised for article versions (digests, chains of versions, the context of spans) and re-anchoring evidence
 * on a new version, with its word-level comparison of two texts: 64,018 bytes, and about 8% again. Raised
 * by 3,000 bytes for corrections of facts, the current and history views of the index and the queries by
 * support and annotation, which added 2,977 bytes (70,975 with them), and by 2,400 for merging graphs
 * (mergeGraphs, mergeAll and the merge_conflict rule), which added 2,397. Raised by 4,800 for the IPTC
 * ninjs converter, which added 4,768 bytes (71,107 without it, 75,875 with it, measured before merging
 * graphs). Raised by 6,400 for the PLOVER converter, which added 6,361 bytes (78,347 without it, 84,708 with
 * it). Lowered when the converters moved to their own entry, news-codecs/converters, which loads the library
 * by its package name: the main entry measured 73,483 bytes without them, and the budget keeps about 8%. A
 * smaller entry still is the work of moving the rule catalogue's examples out of the runtime. Raised by
 * 9,400 for the sentences every fact reads as (factSentences, describeFact, the sentence summary and
 * answers), which added 9,381 bytes (77,969 without them, 87,350 with them).
 */
export const MAIN_ENTRY_GZIP_BUDGET = 88_800

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** A browser bundle of some imports: its code, its sizes, and the files it was built from. */
export interface BundleSize {
  readonly code: string
  readonly minifiedBytes: number
  readonly gzipBytes: number
  /** The files with code in the bundle, relative to the package root (node_modules/fp-ts/es6/Either.js, dist/module/Id.js). */
  readonly inputs: ReadonlyArray<string>
}

/**
 * For measuring only: each compiled guard module of the package replaced by guards that accept nothing, so
 * that a bundle keeps its codecs and decoders (which then judge every record) but not the guards.
 */
const guardsLeftOut: NonNullable<BuildOptions['plugins']>[number] = {
  name: 'guards-left-out',
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]guards[\\/][^\\/]+\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      // Declared exports (`export function isX`) and listed ones (`export { isX, isY }`), as a build writes either.
      const declared = [...source.matchAll(/export (?:function|const) (\w+)/g)].map((m) => m[1]!)
      const listed = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/).pop()!))
      return { contents: [...declared, ...listed].filter((name) => name !== '').map((name) => `export const ${name} = () => false`).join('\n'), loader: 'js' }
    })
  },
}

/**
 * Bundles `source` (say `export { Meeting, decodeWith } from 'news-codecs'`) as a browser application does:
 * esbuild, `--bundle --minify --platform=browser --format=esm`, resolving the package from a consumer's
 * node_modules (a link to this one), io-ts and fp-ts included. Run `npm run build` first.
 */
export const bundleOf = async (source: string, options: { readonly withoutGuards?: boolean } = {}): Promise<BundleSize> => {
  const consumer = mkdtempSync(join(tmpdir(), 'news-codecs-bundle-'))
  try {
    mkdirSync(join(consumer, 'node_modules'))
    for (const name of ['news-codecs', 'io-ts', 'fp-ts']) {
      symlinkSync(name === 'news-codecs' ? ROOT : join(ROOT, 'node_modules', name), join(consumer, 'node_modules', name), 'dir')
    }
    const result = await build({
      stdin: { contents: source, resolveDir: consumer, loader: 'js' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      legalComments: 'none',
      // The package's own tsconfig maps 'news-codecs' to src/: a consumer has none of it.
      tsconfigRaw: '{}',
      logLevel: 'silent',
      plugins: options.withoutGuards === true ? [guardsLeftOut] : [],
    })
    const code = result.outputFiles[0]?.text ?? ''
    return {
      code,
      minifiedBytes: Buffer.byteLength(code),
      gzipBytes: gzipSync(code, { level: 9 }).length,
      inputs: Object.values(result.metafile.outputs)
        .flatMap((output) => Object.entries(output.inputs))
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => input.replace(/^.*?(?=node_modules\/|dist\/)/, '')),
    }
  } finally {
    rmSync(consumer, { recursive: true, force: true })
  }
}

/** What a browser bundle of a meeting validator imports. */
export const MEETING_BUNDLE = "export { Meeting, decodeWith } from 'news-codecs'"
/** The least a bundle of io-ts codecs holds: io-ts is one module, which does not shake, and the fp-ts it imports. */
export const PEERS_ALONE = "export { type } from 'io-ts'"
/** What a browser bundle of a whole graph validator imports. */
export const GRAPH_BUNDLE = "export { validateGraph } from 'news-codecs'"

/**
 * The budget for {@link MEETING_BUNDLE}, min+gzip, io-ts and fp-ts included. Set from its measurement
 * when the models began to carry their own guards and bundlers to get one ES module per source module:
 * 15,343 bytes (60,768 before), plus about 4% headroom. (For comparison, zod/mini needs about 7.5 KB for a
 * Meeting schema and valibot about 2.6 KB; most of ours is the code lists of the open vocabularies, the
 * EDTF date scanner, the issue messages and the compiled guards.) Lowered to 13,950 when the bundle measured
 * 13,543 bytes, about 3% headroom: a validator imports the codes of the shipped schemes without their names
 * (SHIPPED_CODE_SETS), the guard modules share their record test and array loops, and the country codes
 * ship grouped by first letter. 10 KB is out of reach so: io-ts and fp-ts alone take 2,622 bytes (io-ts is one
 * module that does not shake: {@link PEERS_ALONE}), the bundle without its compiled guards still takes 12,391,
 * and the rest is what a meeting's fields check and the message of each issue.
 */
export const MEETING_BUNDLE_GZIP_BUDGET = 13_950

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(measureMainEntry())
  for (const source of [MEETING_BUNDLE, GRAPH_BUNDLE]) {
    const { minifiedBytes, gzipBytes } = await bundleOf(source)
    console.log(`${source}: ${minifiedBytes} bytes minified, ${gzipBytes} bytes min+gzip (browser bundle, io-ts and fp-ts included)`)
  }
  // Where the bytes of the meeting bundle go: the peers on their own, and the bundle without the compiled guards.
  const peers = await bundleOf(PEERS_ALONE)
  console.log(`${PEERS_ALONE}: ${peers.minifiedBytes} bytes minified, ${peers.gzipBytes} bytes min+gzip (io-ts and the fp-ts it imports)`)
  const unguarded = await bundleOf(MEETING_BUNDLE, { withoutGuards: true })
  console.log(`${MEETING_BUNDLE} without the compiled guards: ${unguarded.minifiedBytes} bytes minified, ${unguarded.gzipBytes} bytes min+gzip`)
}
