/**
 * Places: cities, countries, seas and regions, with their coordinates (WGS 84), the places they lie
 * within, and their names in other languages.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { CountryCode, Identifier } from './Identifier.js'
import { codedFailure, describeValue } from './Issue.js'
import { Name } from './Name.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { recordFields } from './Identity.js'
import { NonEmptyString } from './Text.js'
import { withGuard } from './internal/decodePath.js'
import { isCoordinates, isPlace } from './generated/guards/Place.js'

// -------------------------------------------------------------------------------------
// coordinates
// -------------------------------------------------------------------------------------

const degrees = <B>(name: string, expected: string, limit: number): t.Type<t.Branded<number, B>, number, unknown> =>
  new t.Type<t.Branded<number, B>, number, unknown>(
    name,
    (u): u is t.Branded<number, B> => typeof u === 'number' && u >= -limit && u <= limit,
    (u, c) => {
      if (typeof u !== 'number') return t.failures(codedFailure(u, c, 'invalid_type', `expected ${expected}, received ${describeValue(u)}`, expected))
      return u >= -limit && u <= limit
        ? t.success(u as t.Branded<number, B>)
        : t.failures(codedFailure(u, c, 'invalid_value', `${describeValue(u)} is not ${expected}`, expected))
    },
    Number,
  )

/**
 * The brand that marks a number as checked by {@link Latitude}.
 *
 * @category model
 * @since 0.2.0
 */
export interface LatitudeBrand {
  readonly Latitude: unique symbol
}

/**
 * A WGS 84 latitude in decimal degrees, from -90 (the South Pole) to 90 (the North Pole).
 *
 * @example
 * import { Latitude } from 'news-codecs'
 *
 * Latitude.is(28.6139) //=> true
 * Latitude.is(-90) //=> true
 * Latitude.is(90.5) //=> false
 * Latitude.is('28.6') //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const Latitude = /* @__PURE__ */ degrees<LatitudeBrand>('Latitude', 'a latitude in degrees from -90 to 90', 90)
/**
 * The type of a value {@link Latitude} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type Latitude = t.TypeOf<typeof Latitude>

/**
 * The brand that marks a number as checked by {@link Longitude}.
 *
 * @category model
 * @since 0.2.0
 */
export interface LongitudeBrand {
  readonly Longitude: unique symbol
}

/**
 * A WGS 84 longitude in decimal degrees, from -180 (west) to 180 (east) of Greenwich.
 *
 * @example
 * import { Longitude } from 'news-codecs'
 *
 * Longitude.is(77.209) //=> true
 * Longitude.is(180) //=> true
 * Longitude.is(-180.01) //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const Longitude = /* @__PURE__ */ degrees<LongitudeBrand>('Longitude', 'a longitude in degrees from -180 to 180', 180)
/**
 * The type of a value {@link Longitude} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type Longitude = t.TypeOf<typeof Longitude>

/**
 * A point on the earth as WGS 84 latitude and longitude in decimal degrees (GeoJSON, GeoNames, Wikidata's
 * coordinate location and schema.org's GeoCoordinates all use this datum).
 *
 * @example
 * import { Coordinates } from 'news-codecs'
 *
 * Coordinates.is({ latitude: 28.6139, longitude: 77.209 }) //=> true
 * Coordinates.is({ latitude: 77.209, longitude: 128.6139 }) //=> true
 * Coordinates.is({ latitude: 128.6139, longitude: 77.209 }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Coordinates = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Coordinates', {
  /** Degrees north of the equator (negative: south), from -90 to 90. */
  latitude: Latitude,
  /** Degrees east of Greenwich (negative: west), from -180 to 180. */
  longitude: Longitude,
}), isCoordinates)
/**
 * The type of a value {@link Coordinates} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Coordinates extends t.TypeOf<typeof Coordinates> {}

// -------------------------------------------------------------------------------------
// places
// -------------------------------------------------------------------------------------

/**
 * What sort of place it is.
 *
 * @example
 * import { PlaceKind } from 'news-codecs'
 *
 * PlaceKind.is('sea') //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const PlaceKind = /* @__PURE__ */ t.keyof(
  { city: null, country: null, region: null, sea: null, venue: null, other: null },
  'PlaceKind',
)
/**
 * The type of a value {@link PlaceKind} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type PlaceKind = t.TypeOf<typeof PlaceKind>

/**
 * A place where something happened. It may lie within another (a venue within a city within a country;
 * the graph check rejects a place that lies within itself, directly or through others), carry its
 * coordinates, and its names in other languages and scripts.
 *
 * @example
 * import { Place } from 'news-codecs'
 *
 * Place.is({ id: 'place:new-delhi', name: 'New Delhi', kind: 'city', countryCode: 'IN' }) //=> true
 * Place.is({ id: 'place:new-delhi', name: 'New Delhi', kind: 'city', within: 'place:india',
 *   coordinates: { latitude: 28.6139, longitude: 77.209 },
 *   identifiers: [{ scheme: 'geonames', value: '1261481' }, { scheme: 'wikidata', value: 'Q987' }],
 *   names: [{ text: 'नई दिल्ली', lang: 'hi', transliteration: 'Naī Dillī' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Place = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Place',
  {
    /** Stable id. */
    id: Id,
    /** The usual name. */
    name: NonEmptyString,
    /** What sort of place. */
    kind: PlaceKind,
  },
  {
    /** The ISO 3166-1 code of the country it is in (or is). */
    countryCode: CountryCode,
    /** The larger place it lies in. */
    within: /* @__PURE__ */ ref('place').as('within'),
    /** Other names. */
    otherNames: /* @__PURE__ */ arrayOf(NonEmptyString),
    /** Names with their language or script: the name in the local language, exonyms, former names. */
    names: /* @__PURE__ */ arrayOf(Name),
    /** Where it is (WGS 84): a city's centre, a venue's entrance. */
    coordinates: Coordinates,
    /** Identifiers in outside schemes (`geonames`, `wikidata`, ...). */
    identifiers: /* @__PURE__ */ arrayOf(Identifier),
    /** Where sources mention it. */
    mentions: /* @__PURE__ */ arrayOf(Evidence),
    ...recordFields,
  },
), isPlace)
/**
 * The type of a value {@link Place} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Place extends t.TypeOf<typeof Place> {}
