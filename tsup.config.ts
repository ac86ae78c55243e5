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
    // The command line and its worker thread: ESM files; the library code is bundled in, the peers stay external.
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
