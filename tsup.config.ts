import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library, its fixtures and its converters: both module systems, each with its own declaration file.
    // Fixtures and converters import the library by its package name, so users load one copy of it (and one
    // set of types), and those who never convert do not ship the converters.
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts', converters: 'src/converters/index.ts' },
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
    // The command line and its worker thread: ESM files; the library code is bundled in, the peers stay external.
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
