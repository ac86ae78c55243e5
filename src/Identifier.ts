/**
 * External identifiers: ISO 3166-1 country codes, Wikidata and GeoNames ids, and `{scheme, value}` pairs that carry them.
 *
 * @module
 */
import * as t from 'io-ts'
import { codedFailure, describeValue } from './Issue.js'
import { refinedString } from './Refined.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'

// The 249 officially assigned ISO 3166-1 alpha-2 codes, grouped by first letter: "ADEF" stands for AD, AE
// and AF. Written so, the list is a third of its spelled-out size in a bundle.
const ASSIGNED_COUNTRY_CODES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY ' +
    'HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY ' +
    'QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW'
  )
    .split(' ')
    .flatMap((group) => [...group.slice(1)].map((second) => `${group[0]}${second}`)),
)

/**
 * The brand that marks a string (or number) as checked by {@link CountryCode}.
 *
 * @category model
 * @since 0.1.0
 */
export interface CountryCodeBrand {
  readonly CountryCode: unique symbol
}

/**
 * An officially assigned ISO 3166-1 alpha-2 country code, upper case: `US`, `RU`, `IN`.
 *
 * @example
 * import { CountryCode } from 'news-codecs'
 *
 * CountryCode.is('IN') //=> true
 * CountryCode.is('XX') //=> false
 * CountryCode.is('in') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const CountryCode = /* @__PURE__ */ refinedString<CountryCodeBrand>('CountryCode', 'an ISO 3166-1 alpha-2 code such as "US"', (s) =>
  ASSIGNED_COUNTRY_CODES.has(s) ? undefined : 'is not an assigned ISO 3166-1 alpha-2 code (two upper-case letters such as "US")',
)
/**
 * The type of a value {@link CountryCode} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type CountryCode = t.TypeOf<typeof CountryCode>

/**
 * The brand that marks a string (or number) as checked by {@link WikidataId}.
 *
 * @category model
 * @since 0.1.0
 */
export interface WikidataIdBrand {
  readonly WikidataId: unique symbol
}

/**
 * A Wikidata item id: `Q` and a positive number without leading zeros (`Q30`, `Q7747`).
 *
 * @example
 * import { WikidataId } from 'news-codecs'
 *
 * WikidataId.is('Q30') //=> true
 * WikidataId.is('Q030') //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const WikidataId = /* @__PURE__ */ refinedString<WikidataIdBrand>('WikidataId', 'a Wikidata item id such as "Q30"', (s) =>
  /^Q[1-9]\d{0,11}$/.test(s) ? undefined : 'is not a Wikidata item id ("Q" and a number, such as "Q30")',
)
/**
 * The type of a value {@link WikidataId} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export type WikidataId = t.TypeOf<typeof WikidataId>

/**
 * The brand that marks a string (or number) as checked by {@link GeoNamesId}.
 *
 * @category model
 * @since 0.2.0
 */
export interface GeoNamesIdBrand {
  readonly GeoNamesId: unique symbol
}

/**
 * A GeoNames feature id: a positive number written in digits, without leading zeros (`1261481` is New
 * Delhi). Checked for form only: whether GeoNames assigns the number is for GeoNames to say.
 *
 * @example
 * import { GeoNamesId } from 'news-codecs'
 *
 * GeoNamesId.is('1261481') //=> true
 * GeoNamesId.is('01261481') //=> false
 * GeoNamesId.is('geonames:1261481') //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const GeoNamesId = /* @__PURE__ */ refinedString<GeoNamesIdBrand>('GeoNamesId', 'a GeoNames id such as "1261481"', (s) =>
  /^[1-9]\d{0,11}$/.test(s) ? undefined : 'is not a GeoNames id (a positive number in digits, such as "1261481")',
)
/**
 * The type of a value {@link GeoNamesId} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type GeoNamesId = t.TypeOf<typeof GeoNamesId>

/**
 * The schemes whose values are checked; any other scheme takes a non-empty string. The JSON Schema of
 * Identifier (src/JsonSchema.ts) lists the same schemes.
 */
const CHECKED_SCHEMES: Readonly<Record<string, t.Mixed>> = {
  wikidata: WikidataId,
  geonames: GeoNamesId,
  'iso3166-1': CountryCode,
}

const IdentifierShape = /* @__PURE__ */ struct('Identifier', { scheme: NonEmptyString, value: NonEmptyString })

/**
 * An identifier in an outside scheme, as Popolo writes them: `{scheme: 'wikidata', value: 'Q30'}`.
 * Values of the schemes `wikidata`, `geonames` and `iso3166-1` are checked against those schemes.
 *
 * @example
 * import { Identifier } from 'news-codecs'
 *
 * Identifier.is({ scheme: 'wikidata', value: 'Q30' }) //=> true
 * Identifier.is({ scheme: 'geonames', value: '1261481' }) //=> true
 * Identifier.is({ scheme: 'wikidata', value: 'United States' }) //=> false
 * Identifier.is({ scheme: 'geonames', value: 'New Delhi' }) //=> false
 *
 * @category primitives
 * @since 0.1.0
 */
export const Identifier = /* @__PURE__ */ new t.Type<t.TypeOf<typeof IdentifierShape>, t.OutputOf<typeof IdentifierShape>, unknown>(
  'Identifier',
  (u): u is t.TypeOf<typeof IdentifierShape> => {
    if (!IdentifierShape.is(u)) return false
    // Own keys only: a scheme such as "toString" or "constructor" is not a checked scheme.
    const checked = Object.prototype.hasOwnProperty.call(CHECKED_SCHEMES, u.scheme) ? CHECKED_SCHEMES[u.scheme] : undefined
    return checked === undefined || checked.is(u.value)
  },
  (u, c) => {
    const shape = IdentifierShape.validate(u, c)
    if (shape._tag === 'Left') return shape
    const { scheme, value } = shape.right
    const checked = Object.prototype.hasOwnProperty.call(CHECKED_SCHEMES, scheme) ? CHECKED_SCHEMES[scheme] : undefined
    if (checked === undefined || checked.is(value)) return shape
    return t.failures(codedFailure(value, t.appendContext(c, 'value', checked, value), 'invalid_value',
      `${describeValue(value)} is not a valid ${describeValue(scheme)} identifier (expected ${checked.name})`, checked.name))
  },
  // A function, not `IdentifierShape.encode` read at load: a bundler keeps a property read, and with it this codec.
  (a) => IdentifierShape.encode(a),
)
/**
 * The type of a value {@link Identifier} accepts.
 *
 * @category primitives
 * @since 0.1.0
 */
export interface Identifier extends t.TypeOf<typeof Identifier> {}
