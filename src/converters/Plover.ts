/**
 * The PLOVER converter: event records coded with PLOVER (the Political Language Ontology for Verifiable Event
 * Records, as in the POLECAT data set) to a graph of meetings, statements, positions and events, their
 * actors and places, and the texts they were coded from. What a record says and the model cannot hold is never dropped: each such value is returned as a loss,
 * with its path in the record. docs/plover.md has the field mapping.
 *
 * @module
 */
import type { Actor, Annotation, Annotator, AnnotatorKind, Article, CodedValue, Event, Evidence, Graph, Group, Identifier, Issue, Meeting, Organization, OutsideSource, Participation, Place, PlaceKind, Position, Quantity, Realis, State, Statement } from 'news-codecs'
import { CountryCode, Edtf, emptyGraph, Id, LanguageTag, Latitude, locateQuote, Longitude, NonEmptyString, NonEmptyText, PLOVER_CATEGORIES, PLOVER_CONTEXT, PLOVER_MODE, PLOVER_SECTOR, unprocessableIssue, Url, validateGraph, WikidataId } from 'news-codecs'
import type { NinjsLoss } from './Ninjs.js'
import { jsonPointer, jsonTypeOf, slugOf } from './conversion.js'
import { isRecord } from '../internal/objects.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A value of a PLOVER record the model has no place for: its JSON pointer in the record (in the list given
 * to {@link fromPloverRecords}, the pointer starts with the record's index), the value and why.
 *
 * @example
 * import type { PloverLoss } from 'news-codecs/converters'
 *
 * const loss: PloverLoss = { path: '/quad_code', value: 1, reason: 'the quad category follows from the event category' }
 * loss.path //=> '/quad_code'
 *
 * @category interop
 * @since 0.3.0
 */
export interface PloverLoss extends NinjsLoss {}

/**
 * What {@link fromPlover} and {@link fromPloverRecords} return: a graph holding the facts of the records
 * (meetings, statements, positions and events), their actors and places and the articles of their texts,
 * the values with no home in the model, and the issues: those of the records, at paths into them, then
 * those of the graph's validation, at paths that begin with `graph`.
 *
 * @example
 * import { fromPlover } from 'news-codecs/converters'
 *
 * const result = fromPlover({ id: 'EX-1', date: '2016-07-24', actor: [{ code: 'USA' }], recipient: [{ code: 'CAN' }], event: ['CONSULT'] })
 * result.graph.meetings.length //=> 1
 * result.issues //=> []
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromPlover {
  /** A graph with the facts, actors, places and articles the records give; other collections empty. */
  readonly graph: Graph
  /** Every value of the records the model does not hold. */
  readonly losses: ReadonlyArray<PloverLoss>
  /** What the records get wrong, and the graph's own issues. */
  readonly issues: ReadonlyArray<Issue>
}

/**
 * Options of {@link fromPlover} and {@link fromPloverRecords}.
 *
 * @example
 * import type { FromPloverOptions } from 'news-codecs/converters'
 *
 * const options: FromPloverOptions = { scheme: 'polecat', coderKind: 'person' }
 * options.scheme //=> 'polecat'
 *
 * @category interop
 * @since 0.3.0
 */
export interface FromPloverOptions {
  /** The identifier scheme the record ids belong to, when a fact cites the record itself; `plover` when absent. */
  readonly scheme?: string
  /** What kind of annotator the record's `coder` is; `tool` (an event coder program) when absent. */
  readonly coderKind?: AnnotatorKind
  /**
   * `facts` (when absent): each record becomes the record of the model that says it best (a meeting, a
   * statement, a position, else an event); `events`: every record an event of its first category, its
   * modes, contexts and further categories losses.
   */
  readonly as?: 'facts' | 'events'
}

// -------------------------------------------------------------------------------------
// field names
// -------------------------------------------------------------------------------------

// Top-level fields the model has no home for, with the reason.
const UNHELD: Record<string, string> = {
  quad_code: 'the quad category follows from the event category',
  event_scale: 'the model has no intensity scale of events',
  context: 'read into facts by default; an event read with `as: events` keeps its category alone',
  link: 'the model has no link between records apart from the events they are part of',
  text_info: 'the model holds the text, not its place in a story or the story\'s sentences',
  comment: 'the model has no coder\'s comment on a record',
}

// Entity fields the model has no home for. The manual's example actor block spells some fields its own
// way (`raw_text`, `entity_name`, `wikidata_id`, `sector_code`, `other_sector_codes`); both spellings are read.
const ENTITY_UNHELD: Record<string, string> = {
  religion: 'the model has no religion of an actor',
  ethnicity: 'the model has no ethnicity of an actor',
  office: 'an office is a post of a person, and the converter does not tell persons apart',
  gender: 'the model has no gender of an actor',
  age: 'the model has no age of an actor',
  wiki_description: 'the model has no description of an actor',
}

const LOCATION_UNHELD: Record<string, string> = {
  city: 'the model names the resolved place, not each level it lies in',
  district: 'the model names the resolved place, not each level it lies in',
  province: 'the model names the resolved place, not each level it lies in',
  country: 'the model names the resolved place, not each level it lies in; `country_code` gives its country',
  feature_class: 'the model has no GeoNames feature classes',
  feature_code: 'the model has no GeoNames feature codes',
}

const CITE_UNHELD: Record<string, string> = {
  corpus: 'the model has no corpus of an article',
  citation: 'the model has no bibliographic citation of an article',
  license: 'the model has no licence of an article',
  copyright: 'the model has no copyright of an article',
  codebook: 'the model has no codebook of a coding',
  version: 'the model has no version of a data set',
}

// The figures of PLOVER's size object, with what each counts.
const SIZES: Record<string, string> = { dead: 'people killed', injured: 'people injured', arrested: 'people arrested' }

// Sectors of the state itself: an entity of a country in one of these (or in none) is the State.
const STATE_SECTORS: ReadonlyArray<string> = ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']

// GeoNames resolution levels: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
const RESOLUTION: Record<number, PlaceKind> = { 5: 'other', 4: 'city', 3: 'region', 2: 'region', 1: 'country' }

// ISO 3166-1 alpha-2 codes, each followed by its alpha-3 code (PLOVER writes countries in alpha-3).
const ALPHA3 =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH BBBRB ' +
  'BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR ' +
  'BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR ' +
  'CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK ' +
  'FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS ' +
  'GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ' +
  'ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO ' +
  'LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD ' +
  'MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER ' +
  'NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM ' +
  'PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP ' +
  'SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF ' +
  'TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY ' +
  'UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE '
const ALPHA2_OF: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ ALPHA3.trim()
    .split(/\s+/)
    .map((pair) => [pair.slice(2), pair.slice(0, 2)] as const),
)

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

type Path = ReadonlyArray<string | number>

// Ids stay within the 200 characters an Id may have, with room for their prefix.
const idSlugOf = (s: string): string => slugOf(s).slice(0, 160)

// Records are built here from values already checked one by one; `validateGraph` checks the whole graph.
const built = <A>(value: object): A => value as unknown as A

const own = <A>(table: Readonly<Record<string, A>>, key: string): A | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined

// The English name of a country, as the platform's locale data gives it.
const countryName = (code: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

// -------------------------------------------------------------------------------------
// from PLOVER
// -------------------------------------------------------------------------------------

type Mutable<A> = { -readonly [K in keyof A]?: A[K] }

interface Reading {
  readonly at: Path
  readonly fit: boolean
  readonly scheme: string
  readonly coderKind: AnnotatorKind
  readonly losses: PloverLoss[]
  readonly issues: Issue[]
  readonly actors: Actor[]
  readonly places: Place[]
  readonly articles: Article[]
  readonly events: Event[]
  readonly meetings: Meeting[]
  readonly statements: Statement[]
  readonly positions: Position[]
}

const lose = (r: Reading, path: Path, value: unknown, reason: string): void => {
  r.losses.push({ path: jsonPointer([...r.at, ...path]), value, reason })
}

const wrongType = (r: Reading, path: Path, expected: string, value: unknown): void => {
  const full = [...r.at, ...path]
  r.issues.push({ path: full, code: 'invalid_type', expected, received: jsonTypeOf(value), message: `expected ${expected} at ${jsonPointer(full) || '/'}, found ${jsonTypeOf(value)}` })
  lose(r, path, value, `not ${expected}, as PLOVER defines it`)
}

const badValue = (r: Reading, path: Path, expected: string, value: unknown, message: string): void => {
  r.issues.push({ path: [...r.at, ...path], code: 'invalid_value', expected, received: JSON.stringify(value) ?? String(value), message })
  lose(r, path, value, message)
}

// PLOVER lists (actor, event, mode, context, event_text) may also be written as one value.
const listOf = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : [value])

const loseRest = (r: Reading, entry: Record<string, unknown>, path: Path, taken: ReadonlyArray<string>, unheld: Readonly<Record<string, string>>, what: string): void => {
  for (const key of Object.keys(entry)) {
    if (taken.includes(key)) continue
    lose(r, [...path, key], entry[key], own(unheld, key) ?? `not a field of ${what} in PLOVER`)
  }
}

// Where the record's text holds `quote`, a span of the article; else nothing.
const spanOf = (article: Article | undefined, quote: unknown): Evidence | undefined => {
  if (article === undefined || !NonEmptyText.is(quote)) return undefined
  const found = locateQuote(article.text, quote)
  return found._tag === 'Some' ? { article: article.id, start: found.value.start, end: found.value.end, quote } as Evidence : undefined
}

// -------------------------------------------------------------------------------------
// entities
// -------------------------------------------------------------------------------------

const sectorsOf = (r: Reading, value: unknown, path: Path): Array<{ scheme: string; code: string }> => {
  const codes = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/).filter((s) => s.length > 0) : [value]
  return codes.flatMap((code, i) => {
    const at = Array.isArray(value) ? [...path, i] : path
    if (typeof code !== 'string') return wrongType(r, at, 'a sector code (a string)', code), []
    // A 6-character sector is two codes written together (GOVMIL).
    const parts = code.length === 6 ? [code.slice(0, 3), code.slice(3)] : [code]
    return parts.flatMap((part) => {
      if (PLOVER_SECTOR.codes.includes(part)) return [{ scheme: PLOVER_SECTOR.scheme, code: part }]
      return badValue(r, at, 'a PLOVER sector code', code, `"${part}" is not a PLOVER sector code`), []
    })
  })
}

const wikidataOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const q = /(?:^|\/)(Q[1-9][0-9]*)$/.exec(value.trim())?.[1]
  return q !== undefined && WikidataId.is(q) ? q : undefined
}

const field = (entry: Record<string, unknown>, ...names: string[]): [string, unknown] | undefined => {
  for (const name of names) if (entry[name] !== undefined) return [name, entry[name]]
  return undefined
}

// One entity object of `actor` or `recipient`: a State when its code is a country and no name says
// otherwise, an Organization when it is named (or its code is not a country's), else a vague Group.
const readEntity = (r: Reading, entry: Record<string, unknown>, path: Path, article: Article | undefined, groupId: string): Actor | undefined => {
  const taken: string[] = []
  const take = (...names: string[]): unknown => {
    const found = field(entry, ...names)
    if (found === undefined) return undefined
    taken.push(found[0])
    return found[1]
  }
  const code = take('code')
  const name = take('identifier_text', 'entity_name')
  const identifierId = take('identifier_id', 'wikidata_id')
  const text = take('entity_text', 'raw_text')
  const country = take('country_name')
  const sectorValue = take('sector', 'sector_code')
  const otherSectors = take('other_sector_codes')
  const keyOf = (...names: string[]): string => field(entry, ...names)?.[0] ?? names[0] ?? ''
  const sectors = [
    ...(sectorValue === undefined ? [] : sectorsOf(r, sectorValue, [...path, keyOf('sector', 'sector_code')])),
    ...(otherSectors === undefined || otherSectors === '' ? [] : sectorsOf(r, otherSectors, [...path, 'other_sector_codes'])),
  ]
  if (code !== undefined && typeof code !== 'string') wrongType(r, [...path, 'code'], 'an entity code (a string)', code)
  if (name !== undefined && !NonEmptyString.is(name)) wrongType(r, [...path, keyOf('identifier_text', 'entity_name')], 'a name (a non-empty, trimmed string)', name)
  if (text !== undefined && !NonEmptyText.is(text)) wrongType(r, [...path, keyOf('entity_text', 'raw_text')], 'the text of the entity (a non-empty string)', text)
  const alpha2 = typeof code === 'string' ? ALPHA2_OF.get(code) : undefined
  const wikidata = wikidataOf(identifierId)
  if (identifierId !== undefined && wikidata === undefined) lose(r, [...path, keyOf('identifier_id', 'wikidata_id')], identifierId, 'not a Wikidata item id, the only identifier the converter reads')
  const mention = spanOf(article, text)
  if (mention === undefined && NonEmptyText.is(text)) lose(r, [...path, keyOf('entity_text', 'raw_text')], text, article === undefined ? 'the record has no text to find it in' : 'not found in the record\'s text')
  const common = {
    ...(sectors.length > 0 ? { sectors } : {}),
    ...(mention === undefined ? {} : { mentions: [mention] }),
  }
  const named = NonEmptyString.is(name) ? name : undefined
  let actor: Actor | undefined
  // "DEU CVL" with the text "protesters" is a crowd of Germany, not the German state.
  const ofTheState = sectors.length === 0 || sectors.some((s) => STATE_SECTORS.includes(s.code))
  if (named === undefined && !ofTheState && NonEmptyString.is(text)) {
    actor = built<Group>({ kind: 'group', id: groupId, name: text, vague: true, ...common })
  } else if (alpha2 !== undefined && CountryCode.is(alpha2) && (named === undefined || named === countryName(alpha2) || named === country)) {
    const stateName = named ?? (NonEmptyString.is(country) ? country : countryName(alpha2))
    actor = built<State>({ kind: 'state', id: `state:${alpha2}`, name: stateName, countryCode: alpha2, ...common })
  } else if (named !== undefined || typeof code === 'string') {
    const orgName = named ?? (code as string)
    const id = wikidata !== undefined ? `organization:wikidata-${wikidata.toLowerCase()}` : `organization:plover-${idSlugOf(orgName)}`
    const identifiers: Identifier[] = wikidata === undefined ? [] : [{ scheme: 'wikidata', value: wikidata } as Identifier]
    actor = built<Organization>({ kind: 'organization', id, name: orgName, ...(identifiers.length > 0 ? { identifiers } : {}), ...common })
    if (alpha2 === undefined && named !== undefined && typeof code === 'string') lose(r, [...path, 'code'], code, 'the code of a named entity that is not a country; the model holds its name')
    else if (alpha2 !== undefined && named !== undefined) lose(r, [...path, 'code'], code, 'the country of a named entity; the model does not tie an organization to its state here')
  } else if (NonEmptyText.is(text) && NonEmptyString.is(text.trim())) {
    actor = built<Group>({ kind: 'group', id: groupId, name: text.trim(), vague: true, ...common })
  }
  if (code !== undefined && actor?.kind === 'group') lose(r, [...path, 'code'], code, 'the country of a group; the model does not tie a group to a state')
  if (country !== undefined && actor?.kind !== 'state') lose(r, [...path, 'country_name'], country, 'the country of a named entity; the model does not tie an organization to its state here')
  if (actor === undefined) lose(r, path, entry, 'an entity with no code, name or text makes no actor')
  if (actor !== undefined && !Id.is(actor.id)) return lose(r, path, entry, 'no id can be made of it'), undefined
  loseRest(r, entry, path, taken, ENTITY_UNHELD, 'an entity')
  return actor
}

// -------------------------------------------------------------------------------------
// the record
// -------------------------------------------------------------------------------------

const readTime = (r: Reading, record: Record<string, unknown>): string | undefined => {
  const part = (key: string, pattern: RegExp, expected: string): string | undefined => {
    const value = record[key]
    if (value === undefined) return undefined
    if (typeof value !== 'string') return wrongType(r, [key], expected, value), undefined
    if (!pattern.test(value)) return badValue(r, [key], expected, value, `"${value}" is not ${expected}`), undefined
    return value
  }
  const DAY = /^\d{4}-\d{2}-\d{2}$/
  const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/
  const date = part('date', DAY, 'a date in YYYY-MM-DD form')
  const time = part('time', TIME, 'an ISO 8601 time')
  const enddate = part('enddate', DAY, 'a date in YYYY-MM-DD form')
  const endtime = part('endtime', TIME, 'an ISO 8601 time')
  if (record['date'] === undefined) r.issues.push({ path: [...r.at, 'date'], code: 'missing', expected: 'a date in YYYY-MM-DD form', received: 'missing', message: 'a PLOVER record must have a date' })
  if (date === undefined) return undefined
  const start = time === undefined ? date : `${date}T${time}`
  const end = enddate === undefined ? undefined : endtime === undefined ? enddate : `${enddate}T${endtime}`
  const value = end === undefined ? start : `${start}/${end}`
  if (Edtf.is(value)) return value
  badValue(r, ['date'], 'a date that exists, before its end date', value, `"${value}" is not a date (or interval) that exists`)
  return undefined
}

const readPlace = (r: Reading, value: unknown, article: Article | undefined): Place | undefined => {
  if (!isRecord(value)) return wrongType(r, ['event_loc'], 'a location object', value), undefined
  const path = ['event_loc']
  const taken = ['resolved_place', 'extracted_place', 'geonameid', 'lat', 'lon', 'country_code', 'resolution']
  const resolved = value['resolved_place']
  const extracted = value['extracted_place']
  const name = NonEmptyString.is(resolved) ? resolved : NonEmptyString.is(extracted) ? extracted : undefined
  if (name === undefined) return lose(r, path, value, 'a location with no place name makes no place'), undefined
  const geonameid = value['geonameid']
  const geonames = (typeof geonameid === 'number' && Number.isInteger(geonameid) && geonameid > 0) || (typeof geonameid === 'string' && /^[1-9][0-9]*$/.test(geonameid)) ? String(geonameid) : undefined
  if (geonameid !== undefined && geonames === undefined) wrongType(r, [...path, 'geonameid'], 'a GeoNames id (a whole number)', geonameid)
  const id = geonames !== undefined ? `place:geonames-${geonames}` : `place:plover-${idSlugOf(name)}`
  if (!Id.is(id)) return lose(r, path, value, 'no id can be made of it'), undefined
  const place: Mutable<Place> = { id, name, kind: 'other' }
  if (geonames !== undefined) place.identifiers = [{ scheme: 'geonames', value: geonames } as Identifier]
  const resolution = value['resolution']
  const kind = typeof resolution === 'number' ? RESOLUTION[resolution] : undefined
  if (kind !== undefined) place.kind = kind
  else if (resolution !== undefined) lose(r, [...path, 'resolution'], resolution, 'not a resolution level from 1 to 5')
  const lat = value['lat']
  const lon = value['lon']
  if (Latitude.is(lat) && Longitude.is(lon)) place.coordinates = { latitude: lat, longitude: lon }
  else if (lat !== undefined || lon !== undefined) badValue(r, [...path, 'lat'], 'a latitude and a longitude in degrees', { lat, lon }, 'not a latitude and longitude in degrees')
  const countryCode = value['country_code']
  const alpha2 = typeof countryCode === 'string' ? (ALPHA2_OF.get(countryCode) ?? countryCode) : undefined
  if (CountryCode.is(alpha2)) place.countryCode = alpha2
  else if (countryCode !== undefined) badValue(r, [...path, 'country_code'], 'an ISO 3166-1 country code', countryCode, `${JSON.stringify(countryCode)} is not an ISO 3166-1 country code`)
  // The place name as the text wrote it: a mention where the text holds it, else another name.
  if (extracted !== undefined) {
    const mention = spanOf(article, extracted)
    if (mention !== undefined) place.mentions = [mention]
    else if (NonEmptyString.is(extracted) && extracted !== name) place.otherNames = [extracted]
    else if (!NonEmptyString.is(extracted)) lose(r, [...path, 'extracted_place'], extracted, 'not a place name (a non-empty, trimmed string)')
  }
  if (resolved !== undefined && resolved !== name) lose(r, [...path, 'resolved_place'], resolved, 'not a place name (a non-empty, trimmed string)')
  loseRest(r, value, path, taken, LOCATION_UNHELD, 'a location')
  return place as Place
}

const readArticle = (r: Reading, record: Record<string, unknown>, slug: string, taken: string[]): Article | undefined => {
  const text = record['text']
  if (text === undefined) return undefined
  taken.push('text')
  if (!NonEmptyText.is(text)) return wrongType(r, ['text'], 'the text the record was coded from (a non-empty string)', text), undefined
  const article: Mutable<Article> = { id: `article:plover-${slug}` as Article['id'], text }
  const cite = record['cite_info']
  if (isRecord(cite)) {
    const citeTaken = ['coder']
    const set = <A>(key: string, is: (u: unknown) => u is A, put: (a: A) => void, reason: string): void => {
      if (cite[key] === undefined) return
      citeTaken.push(key)
      if (is(cite[key])) put(cite[key] as A)
      else lose(r, ['cite_info', key], cite[key], reason)
    }
    set('url', Url.is, (url) => (article.url = url), 'not an http(s) URL')
    set('title', NonEmptyString.is, (title) => (article.headline = title), 'not a title the model takes (non-empty, trimmed)')
    set('language', LanguageTag.is, (language) => (article.language = language), 'not a language tag')
    set('publication', NonEmptyString.is, (publisher) => (article.publisher = publisher), 'not a publisher name the model takes (non-empty, trimmed)')
    loseRest(r, cite, ['cite_info'], citeTaken, CITE_UNHELD, 'a citation')
  }
  return article as Article
}

const readAnnotation = (r: Reading, record: Record<string, unknown>): Annotation | undefined => {
  const by: Annotator[] = []
  const coder = record['coder']
  if (NonEmptyString.is(coder)) by.push({ kind: r.coderKind, name: coder })
  else if (coder !== undefined) wrongType(r, ['coder'], 'the coder (a non-empty, trimmed string)', coder)
  const cite = record['cite_info']
  const system = isRecord(cite) ? cite['coder'] : undefined
  if (NonEmptyString.is(system)) by.push({ kind: 'tool', name: system })
  else if (system !== undefined) wrongType(r, ['cite_info', 'coder'], 'the event coder (a non-empty, trimmed string)', system)
  const date = record['coded_date']
  const time = record['coded_time']
  const at = typeof date === 'string' ? (typeof time === 'string' ? `${date}T${time}` : date) : undefined
  const annotation: Mutable<Annotation> = {}
  if (by.length > 0) annotation.by = built<NonNullable<Annotation['by']>>(by)
  if (Edtf.is(at)) annotation.at = at
  else if (date !== undefined) badValue(r, ['coded_date'], 'the date of coding (YYYY-MM-DD)', date, `${JSON.stringify(date)} is not a date`)
  if (time !== undefined && (date === undefined || !Edtf.is(at))) lose(r, ['coded_time'], time, 'a time of coding with no date of coding')
  return Object.keys(annotation).length > 0 ? (annotation as Annotation) : undefined
}

interface Coded {
  readonly code: string
  readonly path: Path
}

const readCategories = (r: Reading, value: unknown): Coded[] => {
  if (value === undefined) {
    r.issues.push({ path: [...r.at, 'event'], code: 'missing', expected: 'a PLOVER event category', received: 'missing', message: 'a PLOVER record must have an event category' })
    return []
  }
  const categories: Coded[] = []
  listOf(value).forEach((code, i) => {
    const path = Array.isArray(value) ? ['event', i] : ['event']
    if (typeof code !== 'string') return wrongType(r, path, 'a PLOVER event category (a string)', code)
    if (!(PLOVER_CATEGORIES as ReadonlyArray<string>).includes(code)) return badValue(r, path, 'a PLOVER event category', code, `"${code}" is not a PLOVER event category`)
    if (r.fit || categories.length === 0) categories.push({ code, path })
    else lose(r, path, code, 'an event of the model has one type; this record\'s first category is its type')
  })
  return categories
}

// The modes of the record, each a mode of one of its categories at least (REQUEST and REJECT share theirs).
const readModes = (r: Reading, value: unknown, categories: ReadonlyArray<Coded>): Coded[] => {
  const modes: Coded[] = []
  const names = categories.map((c) => c.code).join(' or ')
  listOf(value).forEach((mode, i) => {
    const path = Array.isArray(value) ? ['mode', i] : ['mode']
    if (mode === null || mode === '') return lose(r, path, mode, 'no mode given')
    if (typeof mode !== 'string') return wrongType(r, path, 'a PLOVER mode (a string)', mode)
    if (categories.length > 0 && !categories.some((c) => PLOVER_MODE.codes.includes(`${c.code}:${mode}`))) return badValue(r, path, `a mode of ${names}`, mode, `"${mode}" is not a PLOVER mode of ${names}`)
    if (r.fit) modes.push({ code: mode, path })
    else lose(r, path, mode, 'an event of the model has one type, here the category; the mode (plover-mode, CATEGORY:mode) could stand in its place')
  })
  return modes
}

const readContexts = (r: Reading, value: unknown): Coded[] => {
  const contexts: Coded[] = []
  listOf(value).forEach((context, i) => {
    const path = Array.isArray(value) ? ['context', i] : ['context']
    if (context === null || context === '') return lose(r, path, context, 'no context given')
    if (typeof context !== 'string') return wrongType(r, path, 'a PLOVER context (a string)', context)
    if (!PLOVER_CONTEXT.codes.includes(context)) return badValue(r, path, 'a PLOVER context', context, `"${context}" is not a PLOVER context`)
    contexts.push({ code: context, path })
  })
  return contexts
}

const readSizes = (r: Reading, value: unknown, support: Support): Quantity[] => {
  if (!isRecord(value)) return wrongType(r, ['size'], 'a size object', value), []
  const quantities: Quantity[] = []
  for (const key of Object.keys(value)) {
    const n = value[key]
    const unit = own(SIZES, key)
    if (unit === undefined) lose(r, ['size', key], n, 'not a figure of PLOVER\'s size object')
    else if (typeof n === 'number' && Number.isFinite(n) && n >= 0) quantities.push(built<Quantity>({ kind: 'value', value: n, bound: 'exactly', unit, ...support }))
    else lose(r, ['size', key], n, 'not a count (PLOVER allows a code or a range category, which the model does not read)')
  }
  return quantities
}

// What a record gives only its event: without an event these have no home.
const EVENT_ONLY = ['date', 'time', 'enddate', 'endtime', 'actor', 'recipient', 'event_loc', 'event_text', 'size', 'coder', 'coded_date', 'coded_time']

type Support = { evidence: Evidence[] } | { sources: OutsideSource[] }

const TOP = ['id', 'has_event', 'date', 'time', 'enddate', 'endtime', 'actor', 'recipient', 'event', 'event_loc', 'event_text', 'mode', 'coder', 'coded_date', 'coded_time', 'size', 'cite_info']

// The categories that are acts of speech (a Statement of the model), and those that are stances toward an
// actor (a Position).
const SAID: ReadonlyArray<string> = ['AGREE', 'CONCEDE', 'REQUEST', 'ACCUSE', 'THREATEN']
const HELD: ReadonlyArray<string> = ['SUPPORT', 'REJECT']
// Auxiliary modes PLOVER writes among the contexts, and the realis they give a meeting or an event.
const REALIS: Record<string, Realis> = { negation: 'negated', hypothetical: 'hypothetical' }
const AUXILIARY: ReadonlyArray<string> = ['historical', 'future', 'hypothetical', 'negation']

/** What one record says, read once, from which each of its facts is made. */
interface Said {
  readonly slug: string
  readonly support: Support
  readonly source: OutsideSource
  readonly roles: ReadonlyArray<Participation>
  readonly participants: ReadonlyArray<string>
  readonly time: string | undefined
  readonly place: Place | undefined
  readonly quantities: ReadonlyArray<Quantity>
  readonly annotation: Annotation | undefined
  readonly contexts: ReadonlyArray<Coded>
  readonly text: NonEmptyString | undefined
}

/** Which of a record's values the facts made of it hold; the others are losses. */
interface Held {
  place: boolean
  quantities: boolean
  text: boolean
  readonly modes: Set<Coded>
  readonly contexts: Set<Coded>
}

const codeOf = (category: string, mode: Coded | undefined): CodedValue =>
  mode === undefined ? { scheme: 'plover', code: category } : { scheme: PLOVER_MODE.scheme, code: `${category}:${mode.code}` }

// The fields every fact made of a record carries: its support, its id in the data set, when and who coded it.
const common = (s: Said): Record<string, unknown> => ({
  ...s.support,
  // The fact is the record's own: its id in the data set stays with it, whatever supports it.
  sameAs: [{ identifier: s.source.identifier }],
  ...(s.time === undefined ? {} : { time: { value: s.time } }),
  ...(s.annotation === undefined ? {} : { annotation: s.annotation }),
})

const realisOf = (s: Said): Realis | undefined => s.contexts.map((c) => own(REALIS, c.code)).find((realis) => realis !== undefined)

const pushEvent = (r: Reading, s: Said, id: string, category: string, modes: ReadonlyArray<Coded>, held: Held): void => {
  const names = (ids: ReadonlyArray<Participation>): string => ids.map((p) => r.actors.find((a) => a.id === p.actor)?.name ?? p.actor).join(', ')
  const from = s.roles.filter((p) => p.role === 'initiator')
  const to = s.roles.filter((p) => p.role === 'target')
  const mode = modes[0]
  if (mode !== undefined) held.modes.add(mode)
  const event: Record<string, unknown> = {
    id,
    type: codeOf(category, mode),
    name: `${category}${from.length > 0 ? `: ${names(from)}` : ''}${to.length > 0 ? ` to ${names(to)}` : ''}`,
    ...common(s),
  }
  if (s.place !== undefined) (event['place'] = s.place.id), (held.place = true)
  if (s.participants.length > 0) event['participants'] = s.participants
  if (s.roles.length > 0) event['roles'] = s.roles
  if (s.quantities.length > 0) (event['quantities'] = s.quantities), (held.quantities = true)
  if (r.fit && s.contexts.length > 0) {
    event['contexts'] = s.contexts.map((c) => ({ scheme: PLOVER_CONTEXT.scheme, code: c.code }))
    for (const context of s.contexts) held.contexts.add(context)
    const realis = realisOf(s)
    if (realis !== undefined) event['realis'] = realis
  }
  r.events.push(built<Event>(event))
}

// CONSULT with two participants or more: a meeting. `visit` makes the actors visitors and the recipients
// hosts, `multilateral` its format; the first mode is its channel (PLOVER's own word on how they met).
const pushMeeting = (r: Reading, s: Said, id: string, modes: ReadonlyArray<Coded>, held: Held): void => {
  const mode = modes[0]
  const meeting: Record<string, unknown> = { id, participants: s.participants, channel: codeOf('CONSULT', mode), ...common(s) }
  if (mode !== undefined) held.modes.add(mode)
  const visit = modes.find((m) => m.code === 'visit')
  const multilateral = modes.find((m) => m.code === 'multilateral')
  if (multilateral !== undefined) (meeting['format'] = 'multilateral'), held.modes.add(multilateral)
  if (visit !== undefined) held.modes.add(visit)
  const roles = visit === undefined ? s.roles : s.roles.map((p) => ({ ...p, role: p.role === 'initiator' ? 'visitor' : 'host' }))
  if (roles.length > 0) meeting['roles'] = roles
  if (s.place !== undefined) (meeting['place'] = s.place.id), (held.place = true)
  // What a meeting was about is what PLOVER's contexts say of it; the auxiliary modes say whether it took place.
  const topics = s.contexts.filter((c) => !AUXILIARY.includes(c.code))
  if (topics.length > 0) meeting['topics'] = topics.map((c) => c.code)
  const realis = realisOf(s)
  if (realis !== undefined) meeting['realis'] = realis
  for (const context of s.contexts) if (topics.includes(context) || own(REALIS, context.code) === realis) held.contexts.add(context)
  r.meetings.push(built<Meeting>(meeting))
}

// AGREE, CONCEDE, REQUEST, ACCUSE and THREATEN with a speaker and an event text: a statement, reported in
// the words of the event text, to the recipients; the most specific code is its speech act.
const pushStatement = (r: Reading, s: Said, id: string, category: string, modes: ReadonlyArray<Coded>, held: Held, text: NonEmptyString): void => {
  const mode = modes[0]
  if (mode !== undefined) held.modes.add(mode)
  held.text = true
  const speakers = s.roles.filter((p) => p.role === 'initiator').map((p) => p.actor).filter((a, i, all) => all.indexOf(a) === i)
  const addressees = s.roles.filter((p) => p.role === 'target').map((p) => p.actor).filter((a, i, all) => all.indexOf(a) === i && !speakers.includes(a))
  r.statements.push(built<Statement>({
    id,
    speakers,
    content: { kind: 'paraphrase', text },
    speechAct: codeOf(category, mode),
    ...(addressees.length > 0 ? { addressees } : {}),
    ...common(s),
  }))
}

// SUPPORT and REJECT of one recipient: a position toward it, shown by the source's own report.
const pushPosition = (r: Reading, s: Said, id: string, category: string, modes: ReadonlyArray<Coded>, held: Held, target: string): void => {
  const mode = modes[0]
  if (mode !== undefined) held.modes.add(mode)
  const holders = s.roles.filter((p) => p.role === 'initiator').map((p) => p.actor).filter((a, i, all) => all.indexOf(a) === i)
  r.positions.push(built<Position>({
    id,
    holders,
    target: { kind: 'actor', actor: target },
    stance: codeOf(category, mode),
    basis: [{ kind: 'report', ...s.support }],
    ...common(s),
  }))
}

// One fact of a record for one of its categories: the record of the model that says it best, when the
// record gives what that one needs; else an event of the category.
const pushFact = (r: Reading, s: Said, index: number, category: string, modes: ReadonlyArray<Coded>, held: Held): void => {
  const idOf = (kind: string): string => `${kind}:plover-${s.slug}${index === 0 ? '' : `-${index + 1}`}`
  if (!r.fit) return pushEvent(r, s, idOf('event'), category, modes, held)
  const actors = s.roles.filter((p) => p.role === 'initiator').map((p) => p.actor)
  const targets = s.roles.filter((p) => p.role === 'target').map((p) => p.actor).filter((a, i, all) => all.indexOf(a) === i && !actors.includes(a))
  // An investigation is an act, not words, though PLOVER files it under ACCUSE.
  const investigation = category === 'ACCUSE' && modes[0]?.code === 'investigate'
  if (category === 'CONSULT' && s.participants.length >= 2) return pushMeeting(r, s, idOf('meeting'), modes, held)
  if (SAID.includes(category) && !investigation && actors.length > 0 && s.text !== undefined) return pushStatement(r, s, idOf('statement'), category, modes, held, s.text)
  if (HELD.includes(category) && actors.length > 0 && targets.length === 1 && targets[0] !== undefined) return pushPosition(r, s, idOf('position'), category, modes, held, targets[0])
  pushEvent(r, s, idOf('event'), category, modes, held)
}

const readRecord = (r: Reading, record: unknown): void => {
  if (!isRecord(record)) return wrongType(r, [], 'a PLOVER record (an object)', record)
  const id = record['id']
  if (!NonEmptyString.is(id) || idSlugOf(id) === '') {
    r.issues.push({ path: [...r.at, 'id'], code: id === undefined ? 'missing' : 'invalid_type', expected: 'the id of the record (a non-empty string)', received: id === undefined ? 'missing' : jsonTypeOf(id), message: 'a PLOVER record must have an id, from which the ids of its records are made' })
    return lose(r, [], record, 'a record with no id makes no records')
  }
  const slug = idSlugOf(id)
  const taken = r.fit ? [...TOP, 'context'] : [...TOP]
  const article = readArticle(r, record, slug, taken)
  if (article !== undefined) r.articles.push(article)
  for (const key of Object.keys(record)) {
    if (!taken.includes(key)) lose(r, [key], record[key], own(UNHELD, key) ?? 'not a field of a PLOVER record')
  }
  if (record['cite_info'] !== undefined && !isRecord(record['cite_info'])) wrongType(r, ['cite_info'], 'a citation object', record['cite_info'])
  const categories = readCategories(r, record['event'])
  const modes = record['mode'] === undefined ? [] : readModes(r, record['mode'], categories)
  const contexts = r.fit && record['context'] !== undefined ? readContexts(r, record['context']) : []
  const time = readTime(r, record)
  const annotation = readAnnotation(r, record)

  // The facts' support: the spans of the event text in the article, else the record itself.
  const eventTexts = record['event_text'] === undefined ? [] : listOf(record['event_text'])
  const unfound: Array<{ path: Path; quote: string; first: boolean }> = []
  const evidence = eventTexts.flatMap((quote, i) => {
    const span = spanOf(article, quote)
    const path = Array.isArray(record['event_text']) ? ['event_text', i] : ['event_text']
    if (span === undefined) {
      if (typeof quote !== 'string') wrongType(r, path, 'the text of the event (a string)', quote)
      else unfound.push({ path, quote, first: i === 0 })
      return []
    }
    return [span]
  })
  // Unfound, the first text may still be what a statement made of the record says; the others are losses.
  const loseUnfound = (held: boolean): void => {
    for (const { path, quote, first } of unfound) {
      if (!(held && first)) lose(r, path, quote, article === undefined ? 'the record has no text to find it in' : 'not found in the record\'s text')
    }
  }
  const source: Mutable<OutsideSource> = { identifier: { scheme: r.scheme, value: id } as Identifier }
  const support: Support = evidence.length > 0 ? { evidence } : { sources: [source as OutsideSource] }

  const roles: Participation[] = []
  const participants: string[] = []
  for (const [key, role] of [['actor', 'initiator'], ['recipient', 'target']] as const) {
    const value = record[key]
    if (value === undefined) continue
    listOf(value).forEach((entry, i) => {
      const path = Array.isArray(value) ? [key, i] : [key]
      if (!isRecord(entry)) return wrongType(r, path, 'an entity object', entry)
      const actor = readEntity(r, entry, path, article, `group:plover-${slug}-${key}-${i + 1}`)
      if (actor === undefined) return
      if (!r.actors.some((a) => a.id === actor.id)) r.actors.push(actor)
      else mergeActor(r.actors, actor)
      const mention = actor.mentions?.[0]
      roles.push({ actor: actor.id, role, ...(mention === undefined ? {} : { evidence: [mention] }) } as Participation)
      if (!participants.includes(actor.id)) participants.push(actor.id)
    })
  }
  if (record['actor'] === undefined) r.issues.push({ path: [...r.at, 'actor'], code: 'missing', expected: 'a list of entity objects', received: 'missing', message: 'a PLOVER record must have an actor' })

  const place = record['event_loc'] === undefined ? undefined : readPlace(r, record['event_loc'], article)
  if (place !== undefined && !r.places.some((p) => p.id === place.id)) r.places.push(place)
  const quantities = record['size'] === undefined ? [] : readSizes(r, record['size'], support)

  const hasEvent = record['has_event']
  if (hasEvent !== undefined && typeof hasEvent !== 'boolean') wrongType(r, ['has_event'], 'true or false', hasEvent)
  if (hasEvent === false || categories.length === 0) {
    if (hasEvent === false) lose(r, ['has_event'], hasEvent, 'the record says no event was coded, so it makes no event')
    // The actors and the place stay in the graph; what only an event holds is lost with it.
    loseUnfound(false)
    for (const key of [...EVENT_ONLY, ...(r.fit ? ['mode', 'context'] : [])]) if (record[key] !== undefined) lose(r, [key], record[key], 'the record makes no event to hold it')
    return
  }
  const firstText = eventTexts[0]
  const said: Said = { slug, support, source: source as OutsideSource, roles, participants, time, place, quantities, annotation, contexts,
    text: NonEmptyString.is(firstText) ? firstText : undefined }
  const held: Held = { place: false, quantities: false, text: false, modes: new Set(), contexts: new Set() }
  categories.forEach((category, k) => {
    const ofCategory = modes.filter((m) => PLOVER_MODE.codes.includes(`${category.code}:${m.code}`))
    pushFact(r, said, k, category.code, ofCategory, held)
  })
  loseUnfound(held.text)
  for (const mode of modes) if (!held.modes.has(mode)) lose(r, mode.path, mode.code, 'a fact of the model has one kind: the first mode of its category')
  for (const context of contexts) {
    if (!held.contexts.has(context)) lose(r, context.path, context.code, AUXILIARY.includes(context.code) ? 'a meeting holds whether it took place (negation, hypothetical), not that it is past or still to come' : 'a statement or a position has no field for the setting of what was said or held')
  }
  if (place !== undefined && !held.place) lose(r, ['event_loc'], record['event_loc'], 'a statement or a position has no place; the place is in the graph')
  if (quantities.length > 0 && !held.quantities) lose(r, ['size'], record['size'], 'a statement or a position has no figures')
}

// The same actor named by two records: one record, holding the sectors and mentions of both.
const mergeActor = (actors: Actor[], actor: Actor): void => {
  const i = actors.findIndex((a) => a.id === actor.id)
  const known = actors[i]
  if (known === undefined || known.kind !== actor.kind) return
  const sectors = [...(known.sectors ?? []), ...(actor.sectors ?? [])].filter((s, j, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(s)) === j)
  const mentions = [...(known.mentions ?? []), ...(actor.mentions ?? [])]
  actors[i] = built<Actor>({ ...known, ...(sectors.length > 0 ? { sectors } : {}), ...(mentions.length > 0 ? { mentions } : {}) })
}

const convert = (records: ReadonlyArray<unknown>, indexed: boolean, options: FromPloverOptions): FromPlover => {
  const shared = { fit: options.as !== 'events', scheme: options.scheme ?? 'plover', coderKind: options.coderKind ?? 'tool', losses: [], issues: [], actors: [], places: [], articles: [], events: [], meetings: [], statements: [], positions: [] }
  records.forEach((record, i) => readRecord({ ...shared, at: indexed ? [i] : [] }, record))
  const { losses, issues, actors, places, articles, events, meetings, statements, positions } = shared as Omit<Reading, 'at'>
  const graph: Graph = { ...emptyGraph(), articles, actors, places, events, meetings, statements, positions }
  const validated = validateGraph(graph)
  const graphIssues = validated._tag === 'Left' ? validated.left.map((issue) => ({ ...issue, path: ['graph', ...issue.path] })) : []
  return { graph, losses, issues: [...issues, ...graphIssues] }
}

const guarded = (input: unknown, run: () => FromPlover): FromPlover => {
  try {
    return run()
  } catch (error) {
    return { graph: emptyGraph(), losses: [{ path: '', value: input, reason: 'the records could not be examined' }], issues: [unprocessableIssue(error)] }
  }
}

/**
 * Reads one PLOVER event record (untrusted input; never throws) into a graph: its text as an Article, its
 * `actor` and `recipient` entities as actors (a State for a country code, an Organization for a named entity
 * or an organization's code, a vague Group for an entity known only by its text), and one fact for each of
 * its categories, the record of the model that says it best when the record gives what that one needs: a
 * Meeting for CONSULT, a Statement for what is said (AGREE, CONCEDE, REQUEST, ACCUSE, THREATEN), a Position
 * for SUPPORT and REJECT of one recipient, else an Event. The fact's kind (an event's `type`, a meeting's
 * `channel`, a statement's `speechAct`, a position's `stance`) is the most specific PLOVER code:
 * `{ scheme: 'plover-mode', code: 'CATEGORY:mode' }` for its first mode, else `{ scheme: 'plover', code }`.
 * Contexts are an event's `contexts` and a meeting's `topics`. Each fact is supported by the spans of
 * `event_text` in the text, else by the record itself as an outside source (`scheme` and the record id).
 * With `{ as: 'events' }` every record is an Event of its first category. Every value with no home in the
 * model is a loss; invalid values are issues at their path.
 *
 * @example
 * import { fromPlover } from 'news-codecs/converters'
 *
 * const record = {
 *   id: 'EX-20160724-0042', date: '2016-07-24', event: ['CONSULT'], mode: ['phone'], context: ['diplomatic'], quad_code: 1,
 *   actor: [{ code: 'USA', sector: 'GOV' }], recipient: [{ code: 'CAN' }],
 * }
 * const { graph, losses } = fromPlover(record)
 * graph.meetings[0]?.channel //=> { scheme: 'plover-mode', code: 'CONSULT:phone' }
 * graph.meetings[0]?.topics //=> ['diplomatic']
 * graph.meetings[0]?.time //=> { value: '2016-07-24' }
 * graph.actors.map((actor) => actor.id) //=> ['state:US', 'state:CA']
 * losses.map((loss) => loss.path) //=> ['/quad_code']
 * fromPlover(record, { as: 'events' }).graph.events[0]?.type //=> { scheme: 'plover', code: 'CONSULT' }
 *
 * @category interop
 * @since 0.3.0
 */
export const fromPlover = (record: unknown, options: FromPloverOptions = {}): FromPlover =>
  guarded(record, () => convert([record], false, options))

/**
 * Reads a list of PLOVER records (a JSON array, or the lines of an NDJSON file each parsed) into one graph:
 * an actor or place several records name is one record of the graph. Loss and issue paths start with the
 * index of the record.
 *
 * @example
 * import { fromPloverRecords } from 'news-codecs/converters'
 *
 * const { graph, issues } = fromPloverRecords([
 *   { id: 'EX-1', date: '2016-07-24', event: 'CONSULT', actor: [{ code: 'USA' }], recipient: [{ code: 'CAN' }] },
 *   { id: 'EX-2', date: '2016-07-25', event: 'ACCUSE', mode: 'disapprove', actor: [{ code: 'CAN' }], recipient: [{ code: 'USA' }],
 *     event_text: 'criticized the tariffs' },
 * ])
 * graph.meetings.length //=> 1
 * graph.statements[0]?.speechAct //=> { scheme: 'plover-mode', code: 'ACCUSE:disapprove' }
 * graph.actors.length //=> 2
 * issues //=> []
 *
 * @category interop
 * @since 0.3.0
 */
export const fromPloverRecords = (records: unknown, options: FromPloverOptions = {}): FromPlover =>
  guarded(records, () => {
    if (!Array.isArray(records)) {
      return { graph: emptyGraph(), losses: [{ path: '', value: records, reason: 'not a list of records' }], issues: [{ path: [], code: 'invalid_type', expected: 'a list of PLOVER records', received: jsonTypeOf(records), message: 'expected a list of PLOVER records' }] }
    }
    return convert(records, true, options)
  })
