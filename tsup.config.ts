import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: both module systems, each with its own declaration file.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
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
