import { describe, expect, it } from 'vitest'
import * as nc from 'news-codecs'
import { compiledGuards } from '../src/generated/guards.js'
import { attachedGuard } from '../src/internal/decodePath.js'

// decodeWith finds a codec's compiled guard on the codec itself, where its model module attached it: a
// struct or tagged union that a model exports without attaching its guard would still decode, only slower.
describe('compiled guards on their codecs', () => {
  it('every exported struct and tagged union holds its own compiled guard', () => {
    const missing = compiledGuards.filter(([codec, guard]) => attachedGuard(codec) !== guard).map(([codec]) => (codec as { name: string }).name)
    // To attach one: `export const X = /* @__PURE__ */ withGuard(struct(...), isX)`, isX from generated/guards/Module.js.
    expect(missing).toEqual([])
    expect(compiledGuards.length).toBeGreaterThan(50)
  })

  it('a codec of one\'s own has none, and decodes through io-ts alone', () => {
    const Chaired = nc.struct('Chaired', nc.Meeting.required, { ...nc.Meeting.optional, chair: nc.ref('actor').as('chair') })
    expect(attachedGuard(Chaired)).toBeUndefined()
    expect(nc.decodeWith(Chaired)({ id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone', chair: 'person:a' })._tag).toBe('Right')
  })

  it('the guard is not an enumerable key of the codec', () => {
    expect(Object.keys(nc.Meeting)).not.toContain('guard')
    expect(Object.getOwnPropertySymbols(nc.Meeting).every((symbol) => !Object.prototype.propertyIsEnumerable.call(nc.Meeting, symbol))).toBe(true)
  })
})
