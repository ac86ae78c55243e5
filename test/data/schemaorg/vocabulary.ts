/**
 * The part of schema.org the JSON-LD export uses: every type its nodes have, with its direct superclasses,
 * and every property it writes, with its domain (`domainIncludes`) and range (`rangeIncludes`). Read from
 * schema.org release 30.0 (data/releases/30.0/schemaorg-current-https.ttl in github.com/schemaorg/schemaorg);
 * only schema.org's own classes are listed as superclasses (Country's owl link to the OMG Commons
 * GeopoliticalEntity is left out).
 *
 * A property may be used on a node of any subclass of a type in its domain, and take a value of any
 * subclass of a type in its range. A new property or type in the export must be added here, from schema.org.
 */

export const SCHEMA_ORG_RELEASE = '30.0'

/** Each type with its direct superclasses (`rdfs:subClassOf`). */
export const TYPES: Readonly<Record<string, ReadonlyArray<string>>> = {
  Thing: [],
  CreativeWork: ['Thing'],
  Article: ['CreativeWork'],
  NewsArticle: ['Article'],
  Claim: ['CreativeWork'],
  Quotation: ['CreativeWork'],
  MediaObject: ['CreativeWork'],
  ImageObject: ['MediaObject'],
  DefinedTermSet: ['CreativeWork'],
  Person: ['Thing'],
  Organization: ['Thing'],
  GovernmentOrganization: ['Organization'],
  Place: ['Thing'],
  AdministrativeArea: ['Place'],
  Country: ['AdministrativeArea'],
  City: ['AdministrativeArea'],
  Landform: ['Place'],
  BodyOfWater: ['Landform'],
  SeaBodyOfWater: ['BodyOfWater'],
  Event: ['Thing'],
  ConferenceEvent: ['Event'],
  Intangible: ['Thing'],
  DefinedTerm: ['Intangible'],
  StructuredValue: ['Intangible'],
  QuantitativeValue: ['StructuredValue'],
  GeoCoordinates: ['StructuredValue'],
  ContactPoint: ['StructuredValue'],
  PostalAddress: ['ContactPoint'],
  Enumeration: ['Intangible'],
  EventAttendanceModeEnumeration: ['Enumeration'],
  // Data types (instances of schema:DataType): their values are literals.
  Text: [],
  URL: ['Text'],
  Date: [],
  DateTime: [],
  Number: [],
  Integer: ['Number'],
  Boolean: [],
  Quantity: [],
  Duration: ['Quantity'],
}

/** The types whose values are literals: schema:DataType's instances, and Quantity ("strings like '3 kg'") and its Duration. */
export const DATA_TYPES: ReadonlyArray<string> = ['Text', 'URL', 'Date', 'DateTime', 'Number', 'Integer', 'Boolean', 'Quantity', 'Duration']

/** Members of the enumerations the export uses, by the enumeration they belong to. */
export const ENUMERATION_MEMBERS: Readonly<Record<string, string>> = {
  OfflineEventAttendanceMode: 'EventAttendanceModeEnumeration',
  OnlineEventAttendanceMode: 'EventAttendanceModeEnumeration',
  MixedEventAttendanceMode: 'EventAttendanceModeEnumeration',
}

/** Each property the export writes, with the types it may be used on and the types of its values. */
export const PROPERTIES: Readonly<Record<string, { readonly domain: ReadonlyArray<string>; readonly range: ReadonlyArray<string> }>> = {
  about: { domain: ['Certification', 'CommunicateAction', 'CreativeWork', 'DefinedTerm', 'DefinedTermSet', 'Event'], range: ['Thing'] },
  abstract: { domain: ['CreativeWork'], range: ['Text'] },
  additionalType: { domain: ['Thing'], range: ['Text', 'URL'] },
  address: { domain: ['GeoCoordinates', 'GeoShape', 'Organization', 'Person', 'Place'], range: ['PostalAddress', 'Text'] },
  addressCountry: { domain: ['DefinedRegion', 'GeoCoordinates', 'GeoShape', 'PostalAddress'], range: ['Country', 'Text'] },
  affiliation: { domain: ['Person'], range: ['Organization'] },
  alternateName: { domain: ['Thing'], range: ['Text'] },
  articleBody: { domain: ['Article'], range: ['Text'] },
  articleSection: { domain: ['Article'], range: ['Text'] },
  attendee: { domain: ['Event'], range: ['Organization', 'Person'] },
  author: { domain: ['CreativeWork', 'Rating'], range: ['Organization', 'Person'] },
  birthDate: { domain: ['Person'], range: ['Date'] },
  caption: { domain: ['AudioObject', 'ImageObject', 'VideoObject'], range: ['MediaObject', 'Text'] },
  containedInPlace: { domain: ['Place'], range: ['Place'] },
  contentUrl: { domain: ['MediaObject'], range: ['URL'] },
  contributor: { domain: ['CreativeWork', 'Event'], range: ['Organization', 'Person'] },
  creativeWorkStatus: { domain: ['CreativeWork'], range: ['DefinedTerm', 'Text'] },
  creditText: { domain: ['CreativeWork'], range: ['Text'] },
  dateCreated: { domain: ['CreativeWork', 'DataFeedItem'], range: ['Date', 'DateTime'] },
  dateModified: { domain: ['CreativeWork', 'DataFeedItem'], range: ['Date', 'DateTime'] },
  datePublished: { domain: ['Certification', 'CreativeWork'], range: ['Date', 'DateTime'] },
  deathDate: { domain: ['Person'], range: ['Date'] },
  description: { domain: ['Thing'], range: ['Text', 'TextObject'] },
  dissolutionDate: { domain: ['Organization'], range: ['Date'] },
  duration: { domain: ['Audiobook', 'Episode', 'Event', 'MediaObject', 'Movie', 'MusicRecording', 'MusicRelease', 'QuantitativeValueDistribution', 'Schedule', 'ServicePeriod'], range: ['Duration', 'QuantitativeValue'] },
  editor: { domain: ['CreativeWork'], range: ['Person'] },
  encodingFormat: { domain: ['CreativeWork', 'MediaObject'], range: ['Text', 'URL'] },
  endDate: { domain: ['CreativeWorkSeason', 'CreativeWorkSeries', 'DatedMoneySpecification', 'EducationalOccupationalProgram', 'Event', 'MerchantReturnPolicySeasonalOverride', 'Role', 'Schedule'], range: ['Date', 'DateTime'] },
  eventAttendanceMode: { domain: ['Event'], range: ['EventAttendanceModeEnumeration'] },
  foundingDate: { domain: ['Organization'], range: ['Date'] },
  genre: { domain: ['BroadcastChannel', 'CreativeWork', 'MusicGroup'], range: ['DefinedTerm', 'Text', 'URL'] },
  geo: { domain: ['Place'], range: ['GeoCoordinates', 'GeoShape'] },
  hasPart: { domain: ['CreativeWork'], range: ['CreativeWork'] },
  headline: { domain: ['CreativeWork'], range: ['Text'] },
  height: { domain: ['MediaObject', 'OfferShippingDetails', 'Person', 'Product', 'ShippingConditions', 'VisualArtwork'], range: ['Distance', 'QuantitativeValue'] },
  identifier: { domain: ['Thing'], range: ['PropertyValue', 'Text', 'URL'] },
  image: { domain: ['Thing'], range: ['ImageObject', 'URL'] },
  inDefinedTermSet: { domain: ['DefinedTerm'], range: ['DefinedTermSet', 'URL'] },
  inLanguage: { domain: ['BroadcastService', 'CommunicateAction', 'CreativeWork', 'Event', 'LinkRole', 'PronounceableText', 'WriteAction'], range: ['Language', 'Text'] },
  isBasedOn: { domain: ['CreativeWork'], range: ['CreativeWork', 'Product', 'URL'] },
  jobTitle: { domain: ['Person'], range: ['DefinedTerm', 'Text'] },
  keywords: { domain: ['CreativeWork', 'Event', 'Organization', 'Place', 'Product'], range: ['DefinedTerm', 'Text', 'URL'] },
  latitude: { domain: ['GeoCoordinates', 'Place'], range: ['Number', 'Text'] },
  location: { domain: ['Action', 'Event', 'InteractionCounter', 'Organization'], range: ['Place', 'PostalAddress', 'Text', 'VirtualLocation'] },
  locationCreated: { domain: ['CreativeWork'], range: ['Place'] },
  longitude: { domain: ['GeoCoordinates', 'Place'], range: ['Number', 'Text'] },
  member: { domain: ['Organization', 'ProgramMembership'], range: ['Organization', 'Person'] },
  mentions: { domain: ['CreativeWork'], range: ['Thing'] },
  name: { domain: ['Thing'], range: ['Text'] },
  nationality: { domain: ['Person'], range: ['Country'] },
  organizer: { domain: ['Event'], range: ['Organization', 'Person'] },
  parentOrganization: { domain: ['Organization'], range: ['Organization'] },
  position: { domain: ['CreativeWork', 'ListItem'], range: ['Integer', 'Text'] },
  publisher: { domain: ['CreativeWork', 'FinancialIncentive'], range: ['Organization', 'Person'] },
  recordedAt: { domain: ['CreativeWork'], range: ['Event'] },
  sameAs: { domain: ['Thing'], range: ['URL'] },
  spokenByCharacter: { domain: ['Quotation'], range: ['Organization', 'Person'] },
  startDate: { domain: ['CreativeWorkSeason', 'CreativeWorkSeries', 'DatedMoneySpecification', 'EducationalOccupationalProgram', 'Event', 'MerchantReturnPolicySeasonalOverride', 'Role', 'Schedule'], range: ['Date', 'DateTime'] },
  superEvent: { domain: ['Event'], range: ['Event'] },
  termCode: { domain: ['DefinedTerm'], range: ['Text'] },
  text: { domain: ['CreativeWork'], range: ['Text'] },
  translator: { domain: ['CreativeWork', 'Event'], range: ['Organization', 'Person'] },
  unitCode: { domain: ['PropertyValue', 'QuantitativeValue', 'TypeAndQuantityNode', 'UnitPriceSpecification'], range: ['Text', 'URL'] },
  url: { domain: ['Thing'], range: ['URL'] },
  value: { domain: ['MonetaryAmount', 'PropertyValue', 'QuantitativeValue'], range: ['Boolean', 'Number', 'StructuredValue', 'Text'] },
  width: { domain: ['MediaObject', 'OfferShippingDetails', 'Product', 'ShippingConditions', 'VisualArtwork'], range: ['Distance', 'QuantitativeValue'] },
  worksFor: { domain: ['Person'], range: ['Organization'] },
}
