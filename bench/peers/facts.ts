/**
 * The data of the shipped JSON Schema that every peer schema needs: its patterns, lengths and closed lists,
 * read from schemas/*.schema.json, so that a peer and the schema cannot drift apart on a list of codes. The
 * structure of each model (keys, which are required, nesting, the conditions) is written out by hand in
 * each peer's own file.
 */
import { readFileSync } from 'node:fs'

type Node = Record<string, unknown>
const file = (name: string): Node => JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as Node
const defs = { ...(file('Actor')['$defs'] as Node), ...(file('Meeting')['$defs'] as Node), ...(file('Statement')['$defs'] as Node), ...(file('Evidence')['$defs'] as Node) } as Record<string, Node>

const def = (name: string): Node => {
  const found = defs[name]
  if (found === undefined) throw new Error(`no $defs/${name} in the shipped schemas`)
  return found
}
/** A pattern as ajv runs it (ECMAScript, `u` flag). */
const pattern = (node: Node): RegExp => new RegExp(node['pattern'] as string, 'u')
const list = (node: Node): readonly [string, ...string[]] => node['enum'] as [string, ...string[]]
/** The closed list of an open vocabulary (`anyOf: [enum, { scheme, code }]`). */
const openList = (name: string): readonly [string, ...string[]] => list((def(name)['anyOf'] as Node[])[0]!)
const codeShape = ((def('Channel')['anyOf'] as Node[])[1]!['properties']) as Record<string, Node>

export const patterns = {
  id: pattern(def('Id')),
  nonEmptyString: pattern(def('NonEmptyString')),
  edtf: pattern(def('Edtf')),
  url: pattern(def('Url')),
  fieldName: pattern(def('FieldName')),
  inferenceRule: pattern(def('InferenceRule')),
  isoDuration: pattern(def('IsoDuration')),
  languageTag: pattern(def('LanguageTag')),
  wikidataId: pattern(def('WikidataId')),
  geoNamesId: pattern(def('GeoNamesId')),
  scheme: pattern(codeShape['scheme']!),
  code: pattern(codeShape['code']!),
} as const

export const maxLength = {
  id: def('Id')['maxLength'] as number,
  fieldName: def('FieldName')['maxLength'] as number,
  inferenceRule: def('InferenceRule')['maxLength'] as number,
} as const

export const lists = {
  countryCode: list(def('CountryCode')),
  annotationMethod: list(def('AnnotationMethod')),
  annotatorKind: list(def('AnnotatorKind')),
  meetingFormat: list(def('MeetingFormat')),
  occurrences: list(def('Occurrences')),
  realis: list(def('Realis')),
  scheduleStatus: list(def('ScheduleStatus')),
  durationBound: list(def('DurationBound')),
  attributionRelation: list(def('AttributionRelation')),
  channel: openList('Channel'),
  participantRole: openList('ParticipantRole'),
  speechAct: openList('SpeechAct'),
  medium: openList('Medium'),
  sector: openList('Sector'),
} as const

/** The code lists a `{ scheme, code }` value is held to when its scheme is one of these. */
export const schemeCodes: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(defs)
    .filter((name) => name.startsWith('Codes.'))
    .map((name) => [name.slice('Codes.'.length), new Set(list(def(name)))] as const),
)

/** An `{ scheme, code }` pair whose code is in its scheme's list, when the scheme has one. */
export const codeInScheme = (value: { readonly scheme: string; readonly code: string }): boolean =>
  schemeCodes.get(value.scheme)?.has(value.code) ?? true

/** What the schema asks of an `identifier` beyond its shape: a scheme it knows holds values of its own form. */
export const identifierValueFits = (value: { readonly scheme: string; readonly value: string }): boolean => {
  switch (value.scheme) {
    case 'wikidata':
      return patterns.wikidataId.test(value.value)
    case 'geonames':
      return patterns.geoNamesId.test(value.value)
    case 'iso3166-1':
      return (lists.countryCode as ReadonlyArray<string>).includes(value.value)
    default:
      return true
  }
}

/** `sameAs`: exactly one of id, url and identifier, and graph exactly when id. */
export const sameAsFits = (value: { readonly graph?: unknown; readonly id?: unknown; readonly url?: unknown; readonly identifier?: unknown }): boolean =>
  [value.id, value.url, value.identifier].filter((x) => x !== undefined).length === 1 && (value.graph === undefined) === (value.id === undefined)

/** A fact's support: at least one of evidence, sources and inferences. */
export const supported = (value: { readonly evidence?: unknown; readonly sources?: unknown; readonly inferences?: unknown }): boolean =>
  value.evidence !== undefined || value.sources !== undefined || value.inferences !== undefined

/** A meeting's participants: distinct, at least two, at most two when bilateral. */
export const participantsFit = (value: { readonly participants: ReadonlyArray<string>; readonly format?: string | undefined }): boolean =>
  value.participants.length >= 2 && new Set(value.participants).size === value.participants.length && (value.format !== 'bilateral' || value.participants.length <= 2)
