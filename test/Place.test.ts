// Places: WGS 84 coordinates, GeoNames identifiers, and names in other languages.
import { describe, expect, it } from 'vitest'
import { Coordinates, decodeWith, GeoNamesId, Identifier, Latitude, Longitude, Place } from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import type * as t from 'io-ts'

const issuesOf = (codec: t.Mixed, value: unknown): Array<[string, IssueCode]> => {
  const result = decodeWith(codec)(value)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

const delhi = { id: 'place:new-delhi', name: 'New Delhi', kind: 'city' }

describe('Coordinates', () => {
  it('accepts latitudes from -90 to 90 and longitudes from -180 to 180, bounds included', () => {
    for (const [latitude, longitude] of [[28.6139, 77.209], [-90, -180], [90, 180], [0, 0], [-33.8688, 151.2093]]) {
      expect(issuesOf(Coordinates, { latitude, longitude }), `${latitude},${longitude}`).toEqual([])
    }
  })

  it('rejects values outside the ranges, swapped pairs, strings and missing keys, by path', () => {
    expect(issuesOf(Coordinates, { latitude: 90.0001, longitude: 0 })).toEqual([['latitude', 'invalid_value']])
    expect(issuesOf(Coordinates, { latitude: 0, longitude: -180.5 })).toEqual([['longitude', 'invalid_value']])
    expect(issuesOf(Coordinates, { latitude: 151.2, longitude: -33.9 })).toEqual([['latitude', 'invalid_value']])
    expect(issuesOf(Coordinates, { latitude: '28.6', longitude: 77.2 })).toEqual([['latitude', 'invalid_type']])
    expect(issuesOf(Coordinates, { latitude: 28.6 })).toEqual([['longitude', 'missing']])
    expect(issuesOf(Coordinates, { latitude: 28.6, longitude: 77.2, altitude: 216 })).toEqual([['altitude', 'unexpected_key']])
    expect(Latitude.is(Number.NaN) || Longitude.is(Number.POSITIVE_INFINITY)).toBe(false)
  })

  it('a place may carry them', () => {
    expect(issuesOf(Place, { ...delhi, coordinates: { latitude: 28.6139, longitude: 77.209 } })).toEqual([])
    expect(issuesOf(Place, { ...delhi, coordinates: { latitude: 28.6139, longitude: 277.209 } })).toEqual([['coordinates.longitude', 'invalid_value']])
    const result = decodeWith(Place)({ ...delhi, coordinates: { latitude: -91, longitude: 0 } })
    expect(result._tag === 'Left' && result.left[0]!.message).toBe('-91 is not a latitude in degrees from -90 to 90')
  })
})

describe('GeoNames identifiers', () => {
  it('are checked for form beside wikidata', () => {
    expect(GeoNamesId.is('1261481')).toBe(true)
    for (const bad of ['0', '01261481', '1261481a', ' 1261481', 'geonames:1261481', '']) expect(GeoNamesId.is(bad), bad).toBe(false)
    expect(issuesOf(Identifier, { scheme: 'geonames', value: '1261481' })).toEqual([])
    expect(issuesOf(Place, { ...delhi, identifiers: [{ scheme: 'wikidata', value: 'Q987' }, { scheme: 'geonames', value: 'New Delhi' }] })).toEqual([
      ['identifiers.1.value', 'invalid_value'],
    ])
    const result = decodeWith(Identifier)({ scheme: 'geonames', value: '01261481' })
    expect(result._tag === 'Left' && result.left[0]!.message).toBe('"01261481" is not a valid "geonames" identifier (expected GeoNamesId)')
  })
})
