/**
 * Places: cities, countries, seas and regions.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Evidence } from './Evidence.js'
import { Id } from './Id.js'
import { CountryCode, Identifier } from './Identifier.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'

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
export const PlaceKind = t.keyof(
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
 * A place where something happened.
 *
 * @example
 * import { Place } from 'news-codecs'
 *
 * Place.is({ id: 'place:new-delhi', name: 'New Delhi', kind: 'city', countryCode: 'IN' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Place = struct(
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
    within: ref('place').as('within'),
    /** Other names. */
    otherNames: arrayOf(NonEmptyString),
    /** Identifiers in outside schemes. */
    identifiers: arrayOf(Identifier),
    /** Where sources mention it. */
    mentions: arrayOf(Evidence),
  },
)
/**
 * The type of a value {@link Place} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Place extends t.TypeOf<typeof Place> {}
