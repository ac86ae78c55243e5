import { describe, expect, it } from 'vitest'
import { CAMEO, CAMEO_CODES, PLOVER_CONTEXT, PLOVER_SECTOR, SHIPPED_CODE_SETS, SHIPPED_SCHEMES, vocabulary } from 'news-codecs'

// The codes a validator checks live apart from the names a reader sees: both must say the same codes.
describe('the code sets of the shipped schemes', () => {
  it('hold the same scheme, title and codes as the code lists, in the same order', () => {
    expect(SHIPPED_CODE_SETS.map(({ scheme, title, codes }) => ({ scheme, title, codes }))).toEqual(
      SHIPPED_SCHEMES.map(({ scheme, title, codes }) => ({ scheme, title, codes })),
    )
    for (const [i, list] of SHIPPED_SCHEMES.entries()) expect(list.codes).toBe(SHIPPED_CODE_SETS[i]?.codes)
  })

  it('name every code the lists name', () => {
    for (const list of [PLOVER_SECTOR, PLOVER_CONTEXT]) expect(Object.keys(list.names)).toEqual(list.codes)
    expect(Object.keys(CAMEO.names).sort()).toEqual(CAMEO_CODES.codes.filter((code) => code.length === 2))
    // 20 roots and 147 second-level codes (010 to 019, 020 to 028 ... 200 to 204).
    expect(CAMEO_CODES.codes).toHaveLength(20 + 147)
  })

  it('are what a vocabulary checks by default', () => {
    const Mood = vocabulary('Mood', ['calm'])
    expect(Mood.schemes).toBe(SHIPPED_CODE_SETS)
    expect(Mood.is({ scheme: 'plover-context', code: 'cbrn' })).toBe(true)
    expect(Mood.is({ scheme: 'plover-sector', code: 'HLH' })).toBe(false)
    expect(Mood.is({ scheme: 'cameo', code: '204' })).toBe(true)
    expect(Mood.is({ scheme: 'cameo', code: '205' })).toBe(false)
  })
})
