import { describe, expect, it } from 'vitest'
import { CountryCode, decodeWith, Identifier } from 'news-codecs'

// The assigned ISO 3166-1 alpha-2 codes are stored grouped by first letter: the set they spell must be
// exactly the 249 assigned codes, no more (reserved and user-assigned codes are not assigned).
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const everyPair = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `${a}${b}`))

describe('the assigned country codes', () => {
  it('are 249 of the 676 pairs of upper-case letters', () => {
    expect(everyPair.filter((code) => CountryCode.is(code))).toHaveLength(249)
  })

  it('hold the first and last code of a letter, and none of the reserved or user-assigned ones', () => {
    for (const code of ['AD', 'AZ', 'BA', 'BZ', 'MA', 'MZ', 'US', 'GB', 'SS', 'ZW']) expect(CountryCode.is(code), code).toBe(true)
    // UK and EU are exceptionally reserved, XK is user-assigned (Kosovo), AN and CS were withdrawn.
    for (const code of ['UK', 'EU', 'XK', 'AN', 'CS', 'AA', 'ZZ']) expect(CountryCode.is(code), code).toBe(false)
  })

  it('check identifiers of the iso3166-1 scheme', () => {
    expect(decodeWith(Identifier)({ scheme: 'iso3166-1', value: 'PT' })._tag).toBe('Right')
    const result = decodeWith(Identifier)({ scheme: 'iso3166-1', value: 'UK' })
    expect(result._tag === 'Left' && result.left.map((issue) => [issue.path, issue.code])).toEqual([[['value'], 'invalid_value']])
  })
})
