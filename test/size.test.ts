import { describe, expect, it } from 'vitest'
import { MAIN_ENTRY_GZIP_BUDGET, measureMainEntry } from '../bench/size.js'

// A size check, not a timing: the built main entry (run `npm run build` first; `npm test` does) must stay
// under its min+gzip budget. Peers (io-ts, fp-ts) are imports and not counted.
describe('main entry size', () => {
  it(`dist/index.js is at most ${MAIN_ENTRY_GZIP_BUDGET} bytes minified and gzipped`, () => {
    const { gzipBytes, minifiedBytes } = measureMainEntry()
    console.log(`dist/index.js: ${minifiedBytes} bytes minified, ${gzipBytes} bytes min+gzip (budget ${MAIN_ENTRY_GZIP_BUDGET})`)
    expect(gzipBytes).toBeGreaterThan(1_000)
    expect(gzipBytes).toBeLessThanOrEqual(MAIN_ENTRY_GZIP_BUDGET)
  })
})
