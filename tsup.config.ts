import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library and its fixtures: both module systems, each with its own declaration file. The fixtures
    // import the library by its package name, so users load one copy of it (and one set of types).
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts' },
    external: ['news-codecs'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The command line: one ESM file; the library code is bundled in, the peers stay external.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
