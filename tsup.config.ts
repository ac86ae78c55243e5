import type { Options } from 'tsup'
import { defineConfig } from 'tsup'

// The peers' ES module builds (fp-ts/es6, io-ts/es6) for bundlers. Node cannot load them as ES modules (the
// peers declare neither "type": "module" nor exports), so only the build that bundlers select imports them.
// The peers stay external, so the rewrite is of the import paths in the output (same length: the source
// maps still hold).
const peersAsEs6: NonNullable<Options['plugins']>[number] = {
  name: 'peers-as-es6',
  renderChunk(code, chunk) {
    if (chunk.type !== 'chunk') return undefined
    return { code: code.replace(/(["'])(fp-ts|io-ts)\/lib\//g, '$1$2/es6/') }
  },
}

// The same choice when the peers are bundled in: each fp-ts/lib/X.js or io-ts/lib/X.js import resolves to its
// es6 twin, so one copy of each module is bundled, as ES modules (which shake).
const PEER_LIB = /^(fp-ts|io-ts)(\/lib(\/.*)?)?$/
const peersFromEs6: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'peers-from-es6',
  setup(build) {
    build.onResolve({ filter: PEER_LIB }, async (args) => {
      const [name, , rest] = PEER_LIB.exec(args.path)!.slice(1)
      const target = `${name}/es6${rest ?? '/index.js'}`
      const resolved = await build.resolve(target, { kind: args.kind, resolveDir: args.resolveDir })
      return resolved.errors.length > 0 ? undefined : { path: resolved.path }
    })
  },
}

const entry = { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts', converters: 'src/converters/index.ts' }

export default defineConfig([
  {
    // The library, its fixtures and its converters: both module systems, each with its own declaration file.
    // Fixtures and converters import the library by its package name, so users load one copy of it (and one
    // set of types), and those who never convert do not ship the converters.
    entry,
    external: ['news-codecs'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/ is emptied by the prebuild script: a clean here would race the parallel CLI build.
    clean: false,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // For bundlers (package.json's "module" condition, which esbuild, webpack and rollup's node-resolve set
    // and Node does not): one ES module per source module, under dist/module/, importing the peers' ES module
    // builds. With "sideEffects": false a bundler drops every module it does not reach, and holds one copy
    // of fp-ts. The declarations are those of the build above.
    entry: ['src/**/*.ts', '!src/cli.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    plugins: [peersAsEs6],
    clean: false,
    target: 'es2022',
    outDir: 'dist/module',
  },
  {
    // The command line and its worker thread: ESM files with the library code and the peers' ES module builds
    // bundled in. Loading io-ts and fp-ts as some forty CommonJS files, each read and scanned for its exports,
    // took about a quarter of the command's start-up. (A codec given with --codec may come from any copy of io-ts.)
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    noExternal: ['io-ts', 'fp-ts'],
    esbuildPlugins: [peersFromEs6],
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
