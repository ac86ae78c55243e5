// Facts wholly within a period, beside those that may overlap it.
import { describe, expect, it } from 'vitest'
import { coverageOf, datedFactsDuring, datedFactsWithin, Edtf, indexGraph, make, spanBetween } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'

const index = indexGraph(canonicalGraph)
const ids = (dated: ReadonlyArray<{ readonly fact: { readonly record: { readonly id: string } } }>) => dated.map((d) => d.fact.record.id)

describe('datedFactsWithin', () => {
  it('gives the events of September 2022, not the war begun in February or the investigations still open', () => {
    const september = coverageOf(make(Edtf)('2022-09'))
    expect(ids(datedFactsWithin(september)(index))).toEqual(['event:nord-stream-explosions'])
    const overlapping = ids(datedFactsDuring(september)(index))
    expect(overlapping).toContain('event:war-in-ukraine')
    expect(overlapping).toContain('event:nord-stream-investigation-sweden')
  })

  it('keeps a fact whose span ends exactly where the period ends, and drops one that starts before it', () => {
    const march2 = coverageOf(make(Edtf)('2023-03-02'))
    const within = ids(datedFactsWithin(march2)(index))
    expect(within).toContain('meeting:blinken-lavrov-2023-03-02')
    expect(within).not.toContain('meeting:blinken-lavrov-phone-since-2022-01')
    expect(within).not.toContain('position:india-g20-presidency-focus') // dated 2023, wider than the day
    expect(ids(datedFactsDuring(march2)(index))).toContain('position:india-g20-presidency-focus')
  })

  it('gives an agreement once per lifecycle act within the period, with the act\'s path', () => {
    const dated = datedFactsWithin(spanBetween(make(Edtf)('2022-07'), make(Edtf)('2022-12')))(index).filter((d) => d.fact.kind === 'agreement')
    expect(dated.map((d) => [d.time.value, d.path])).toEqual([
      ['2022-07', ['lifecycle', 0, 'time']],
      ['2022-11-11~/2022-11-20~', ['lifecycle', 1, 'time']],
    ])
  })

  it('is every dated fact for an unbounded span, open-ended ones included', () => {
    const all = datedFactsWithin({ start: -Infinity, end: Infinity })(index)
    expect(all.length).toBe(datedFactsDuring({ start: -Infinity, end: Infinity })(index).length)
  })
})
