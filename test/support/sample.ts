import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** A fresh, mutable copy of the small sample graph shipped with the package. */
export const sampleGraphJson = (): any =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/sample.graph.json', import.meta.url)), 'utf8'))
