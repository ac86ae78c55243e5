import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (file: string): string => fileURLToPath(new URL(`./src/${file}`, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests import the package by its public name, as users do.
    alias: [
      { find: /^news-codecs$/, replacement: src('index.ts') },
      { find: /^news-codecs\/fixtures$/, replacement: src('fixtures/index.ts') },
      { find: /^news-codecs\/converters$/, replacement: src('converters/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The machines are shared (2 cores, often loaded): a test that compiles or spawns may take seconds more
    // than it would alone. Timeouts catch hangs, not slowness; no test asserts a time.
    testTimeout: 30_000,
    typecheck: { include: ['test/**/*.test-d.ts'] },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
