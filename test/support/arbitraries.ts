/**
 * fast-check arbitraries for every model, derived from the codecs themselves: a struct becomes a record
 * with its optional keys sometimes absent, a tagged union a choice of every branch, a `t.keyof` every
 * value it names, a reference an id. Leaf codecs (ids, dates, EDTF, durations, texts) have hand-written
 * generators with their edge cases: astral characters and lone surrogates in texts, open and unknown
 * interval ends, every precision and qualifier, years 0000 and 9999, 200-character ids.
 *
 * `graphArbitrary` builds whole graphs that `validateGraph` accepts: references resolve to records of a
 * kind they allow, evidence spans are cut from the generated article texts, direct quotes equal their
 * evidence, lifecycles and tenures run forward, meetings have two participants.
 */
import * as fc from 'fast-check'
import * as t from 'io-ts'
import {
  ActBasis,
  Actor,
  Amount,
  Agreement,
  AgreementParty,
  AnonymousSource,
  Article,
  AttributionStep,
  Confidence,
  FieldName,
  InferenceRule,
  ContentUri,
  CountryCode,
  Conveyance,
  Coordinates,
  DirectQuote,
  Document,
  DocumentSymbol,
  Duration,
  Edtf,
  Event,
  Evidence,
  GeoNamesId,
  Graph,
  Group,
  Id,
  Identifier,
  IsoDate,
  IsoDuration,
  LanguageTag,
  Latitude,
  LifecycleAct,
  Longitude,
  Meeting,
  Name,
  NamedVote,
  NonEmptyString,
  NonEmptyText,
  Offset,
  Organization,
  Paragraph,
  ParagraphNumber,
  Paraphrase,
  Person,
  PixelCount,
  Place,
  Position,
  PositionBasis,
  PositionTarget,
  Post,
  Provision,
  Publication,
  Quantity,
  QuantityRange,
  QuantityValue,
  QuotedText,
  Relation,
  Statement,
  StatementContent,
  State,
  Tally,
  Time,
  TimeAnchor,
  Url,
  Vote,
  VoteCount,
  VoteTarget,
  CandidateCount,
  VoteShare,
  WikidataId,
  coverageOf,
  VersionNumber,
  DigestHex,
  digestOf,
} from 'news-codecs'
import type { Role } from 'news-codecs'
import type { Path } from '../../src/internal/CodecTree.js'
import { memoFold, walkValue } from '../../src/internal/CodecTree.js'
import { withRules } from './record-rules.js'
import { COLLECTION_KIND, namedRecords } from '../../src/internal/records.js'

// -------------------------------------------------------------------------------------
// texts
// -------------------------------------------------------------------------------------

/** Characters worth meeting often: astral (emoji, flags, CJK extension B), combining marks, RTL, NBSP. */
const SPECIAL_CHARS = ['😀', '🇵🇹', '𠀋', '𝄞', 'é', 'e\u0301', 'ß', 'ا', '\u00a0', '“', '”', '\u200d', '\t', '\n']

/** Any non-empty string: ASCII, graphemes, arbitrary code points (lone surrogates included) and specials. */
export const anyText = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
    fc.string({ unit: 'binary', minLength: 1, maxLength }),
    fc.array(fc.oneof(fc.constantFrom(...SPECIAL_CHARS), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 })), {
      minLength: 1,
      maxLength: 8,
    }).map((parts) => parts.join('')),
  )

export const nonEmptyText = anyText().map((s) => s as NonEmptyText)

// What NonEmptyString rejects inside a name: control characters, line and paragraph separators, bidi
// embeddings, overrides and isolates. Removed from generated names, so every other character still occurs.
const LABEL_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export const nonEmptyString = anyText()
  .map((s) => s.replace(LABEL_FORBIDDEN, '').trim())
  .filter((s) => s.length > 0)
  .map((s) => s as NonEmptyString)

// -------------------------------------------------------------------------------------
// identifiers
// -------------------------------------------------------------------------------------

const ID_PREFIXES = ['person', 'state', 'organization', 'group', 'anon', 'place', 'event', 'meeting', 'article', 'x']

export const id: fc.Arbitrary<Id> = fc
  .oneof(
    fc.tuple(fc.constantFrom(...ID_PREFIXES), fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/)).map(([p, s]) => `${p}:${s}`),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,30}$/),
    fc.constant(`a${'-'.repeat(199)}`), // the longest id
    fc.constantFrom('0', 'Z'), // the shortest
  )
  .map((s) => s as Id)

/** Every assigned ISO 3166-1 code, found by asking the codec about every pair of capital letters. */
export const COUNTRY_CODES: ReadonlyArray<CountryCode> = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
).filter(CountryCode.is)

export const countryCode = fc.constantFrom(...COUNTRY_CODES)

export const wikidataId = fc
  .oneof(fc.integer({ min: 1, max: 999_999 }), fc.constant(999_999_999_999))
  .map((n) => `Q${n}` as WikidataId)

export const geoNamesId = fc
  .oneof(fc.integer({ min: 1, max: 99_999_999 }), fc.constant(999_999_999_999))
  .map((n) => String(n) as GeoNamesId)

/** Degrees within ±limit: the poles and the antimeridian, zero (and -0), and any double between. */
const degrees = (limit: number): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(-limit, limit, 0, -0), fc.double({ min: -limit, max: limit, noNaN: true }))
export const latitude = degrees(90).map((n) => n as Latitude)
export const longitude = degrees(180).map((n) => n as Longitude)

export const languageTag = fc
  .oneof(
    fc.constantFrom('en', 'fr', 'pt-BR', 'zh-Hant-TW', 'es-419', 'de-CH-1996', 'sl-rozaj', 'yue'),
    fc.stringMatching(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?(-([a-z0-9]{5,8}|\d[a-z0-9]{3})){0,2}$/),
  )
  .map((s) => s as LanguageTag)

// Url takes a URL as the WHATWG parser serializes it (fc.webUrl may write dot segments, which it rewrites).
export const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((s) => new URL(s).href as Url)

export const identifier: fc.Arbitrary<Identifier> = fc.oneof(
  wikidataId.map((value) => ({ scheme: 'wikidata', value }) as unknown as Identifier),
  countryCode.map((value) => ({ scheme: 'iso3166-1', value }) as unknown as Identifier),
  geoNamesId.map((value) => ({ scheme: 'geonames', value }) as unknown as Identifier),
  fc
    .record({ scheme: nonEmptyString, value: nonEmptyString }, { noNullPrototype: true })
    .filter(({ scheme }) => scheme !== 'wikidata' && scheme !== 'iso3166-1' && scheme !== 'geonames')
    .map((x) => x as Identifier),
)

// -------------------------------------------------------------------------------------
// time
// -------------------------------------------------------------------------------------

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

const calendarDate = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes(), s: d.getUTCSeconds() }))

export const isoDate = calendarDate.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}` as IsoDate)

const offset = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  // The offsets in use: -12:00 to +14:00, and +00:00 rather than -00:00.
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
    .filter(([sign, h, m]) => (sign === '+' ? h * 60 + m <= 14 * 60 : h * 60 + m <= 12 * 60 && h * 60 + m > 0))
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
  // ±HH, the short form of a whole-hour offset (never -00).
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }))
    .filter(([sign, h]) => (sign === '+' ? h <= 14 : h >= 1 && h <= 12))
    .map(([sign, h]) => `${sign}${pad(h)}`),
)

/** One EDTF date at any precision, with any qualifier. */
export const edtfDate = fc
  .tuple(calendarDate, fc.constantFrom('year', 'month', 'day', 'minute', 'second'), offset, fc.constantFrom('', '?', '~', '%'))
  .map(([c, precision, zone, qualifier]) => {
    const year = pad(c.y, 4)
    const body =
      precision === 'year'
        ? year
        : precision === 'month'
          ? `${year}-${pad(c.m)}`
          : precision === 'day'
            ? `${year}-${pad(c.m)}-${pad(c.d)}`
            : precision === 'minute'
              ? `${year}-${pad(c.m)}-${pad(c.d)}T${pad(c.h)}:${pad(c.min)}${zone}`
              : `${year}-${pad(c.m)}-${pad(c.d)}T${pad(c.h)}:${pad(c.min)}:${pad(c.s)}${zone}`
    return body + qualifier
  })

const startOf = (s: string): number => coverageOf(s as Edtf).start

/** An EDTF date or interval; interval ends may be open (`..`) or unknown (empty), never both. */
export const edtf: fc.Arbitrary<Edtf> = fc.oneof(
  edtfDate,
  fc.tuple(edtfDate, edtfDate).map(([a, b]) => (startOf(a) <= startOf(b) ? `${a}/${b}` : `${b}/${a}`)),
  fc.tuple(edtfDate, fc.constantFrom('..', '')).map(([a, open]) => `${a}/${open}`),
  fc.tuple(fc.constantFrom('..', ''), edtfDate).map(([open, b]) => `${open}/${b}`),
).map((s) => s as Edtf)

const digits = fc.integer({ min: 0, max: 99_999 })

export const isoDuration: fc.Arbitrary<IsoDuration> = fc
  .record(
    {
      Y: digits,
      M: digits,
      W: digits,
      D: digits,
      H: digits,
      TM: digits,
      S: fc.oneof(digits.map(String), fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`)),
    },
    { requiredKeys: [], noNullPrototype: true },
  )
  .filter((p) => Object.keys(p).length > 0)
  .map((p) => {
    const date = `${p.Y !== undefined ? `${p.Y}Y` : ''}${p.M !== undefined ? `${p.M}M` : ''}${p.W !== undefined ? `${p.W}W` : ''}${p.D !== undefined ? `${p.D}D` : ''}`
    const time = `${p.H !== undefined ? `${p.H}H` : ''}${p.TM !== undefined ? `${p.TM}M` : ''}${p.S !== undefined ? `${p.S}S` : ''}`
    return `P${date}${time === '' ? '' : `T${time}`}` as IsoDuration
  })

// -------------------------------------------------------------------------------------
// deriving arbitraries from codecs
// -------------------------------------------------------------------------------------

/** Leaf codecs and the generators that stand for them. */
const LEAVES = new Map<t.Mixed, fc.Arbitrary<unknown>>([
  [Id, id],
  [NonEmptyString, nonEmptyString],
  [NonEmptyText, nonEmptyText],
  [CountryCode, countryCode],
  [WikidataId, wikidataId],
  [GeoNamesId, geoNamesId],
  [Identifier, identifier],
  [Latitude, latitude],
  [Longitude, longitude],
  [LanguageTag, languageTag],
  [Url, url],
  [IsoDate, isoDate],
  [Edtf, edtf],
  [IsoDuration, isoDuration],
  [Offset, fc.oneof(fc.nat({ max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER))],
  [Amount, fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE))],
  [Tally, fc.oneof(fc.nat({ max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER))],
  [VoteShare, fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 40.05, 100))],
  [t.Int, fc.integer()],
  [ParagraphNumber, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER))],
  [t.boolean, fc.boolean()],
  [PixelCount, fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constant(Number.MAX_SAFE_INTEGER))],
  [ContentUri, fc.oneof(url, fc.constantFrom('urn:newsml:example.org:20240506:talks', 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'URN:ISBN:0-395-36341-1', 'urn:example:a%2F?+r?=q#f'))],
  [DocumentSymbol, fc.constantFrom('A/RES/ES-11/1', 'S/RES/2231 (2015)', 'E/CN.6/2023/L.3', 'A/77/L.1/Rev.1')],
  [Confidence, fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5))],
  [FieldName, fc.oneof(fc.constantFrom('from', 'to', 'time', 'participants', 'x', `a${'B'.repeat(63)}`), fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/))],
  [InferenceRule, fc.oneof(fc.constantFrom('office-held-at-meeting', 'a', '2023', `a${'-b'.repeat(49)}c`), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/))],
  [VersionNumber, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER))],
  [DigestHex, fc.stringMatching(/^[0-9a-f]{64}$/)],
])

const ARRAY_MAX = 3

/**
 * The arbitrary of any codec of the model, as a fold over the codec tree (struct: a record with its optional
 * keys sometimes absent; union: every member; keyof: every key; reference: an id). Throws for a leaf it has
 * no generator for, so a new leaf cannot go ungenerated.
 */
export const arbitraryOf: <C extends t.Mixed>(codec: C) => fc.Arbitrary<t.TypeOf<C>> = memoFold<fc.Arbitrary<any>>(
  {
    // A struct's rules on the whole record (a span that ends after it starts) hold of what it generates.
    struct: ({ codec, fields, rules }) =>
      withRules(codec, rules, fc.record(Object.fromEntries(fields.map((field) => [field.key, arbitraryOf(field.codec)])), {
        requiredKeys: fields.filter((field) => field.required).map((field) => field.key),
        noNullPrototype: true,
      })),
    union: ({ members }) => fc.oneof(...members.map(([, member]) => arbitraryOf(member))),
    array: ({ item, nonEmpty }) => fc.array(arbitraryOf(item), { minLength: nonEmpty ? 1 : 0, maxLength: ARRAY_MAX }),
    keyof: ({ keys }) => fc.constantFrom(...keys),
    // Built-ins, codes of every checked scheme, and codes of other schemes of any valid form.
    vocabulary: ({ builtIns, schemes }) =>
      fc.oneof(
        fc.constantFrom(...builtIns),
        ...schemes.map((list) => fc.record({ scheme: fc.constant(list.scheme), code: fc.constantFrom(...list.codes) }, { noNullPrototype: true })),
        fc
          .record({ scheme: fc.stringMatching(/^[a-z][a-z0-9._-]{0,63}$/), code: fc.stringMatching(/^[!-~]{1,100}$/) }, { noNullPrototype: true })
          .filter(({ scheme }) => !schemes.some((list) => list.scheme === scheme)),
      ),
    literal: ({ value }) => fc.constant(value),
    ref: () => id,
    primitive: ({ codec }) => {
      const leaf = LEAVES.get(codec)
      if (leaf === undefined) throw new Error(`no arbitrary for codec ${codec.name}: add a generator to LEAVES`)
      return leaf
    },
  },
  (codec) => fc.constant(null).chain(() => arbitraryOf(codec)),
)

/** Every model codec with its name, for properties that run over all of them. */
export const MODELS = {
  Evidence,
  Time,
  TimeAnchor,
  Duration,
  Publication,
  Article,
  Post,
  Person,
  State,
  Organization,
  Group,
  AnonymousSource,
  Actor,
  Name,
  Coordinates,
  Place,
  Event,
  Conveyance,
  Meeting,
  AgreementParty,
  LifecycleAct,
  Agreement,
  QuotedText,
  DirectQuote,
  Paraphrase,
  StatementContent,
  AttributionStep,
  Statement,
  PositionTarget,
  ActBasis,
  PositionBasis,
  Position,
  Paragraph,
  Document,
  Relation,
  QuantityValue,
  QuantityRange,
  Quantity,
  Provision,
  VoteTarget,
  VoteCount,
  CandidateCount,
  NamedVote,
  Vote,
  Graph,
} as const satisfies Record<string, t.Mixed>

/** Every primitive codec with its name. */
export const PRIMITIVES = {
  Id,
  NonEmptyString,
  NonEmptyText,
  CountryCode,
  WikidataId,
  GeoNamesId,
  Identifier,
  LanguageTag,
  Url,
  IsoDate,
  Edtf,
  IsoDuration,
  Offset,
  Latitude,
  Longitude,
  Amount,
  Tally,
  VoteShare,
  ParagraphNumber,
  PixelCount,
  ContentUri,
  DocumentSymbol,
  Confidence,
  FieldName,
  InferenceRule,
  VersionNumber,
  DigestHex,
} as const satisfies Record<string, t.Mixed>

/** Every codec the properties run over. */
export const DECODERS: Readonly<Record<string, t.Mixed>> = { ...PRIMITIVES, ...MODELS }

// -------------------------------------------------------------------------------------
// whole valid graphs
// -------------------------------------------------------------------------------------

type Kinds = ReadonlyArray<string>
type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** The kinds each id of a (shape-valid) graph names, as `checkGraph` sees them. */
export const idKinds = (graph: Json): Map<string, Kinds> => new Map(namedRecords(graph).map(({ id, kinds }) => [id, kinds]))

/** A small deterministic generator of choices, so that one seed repairs one graph one way. */
const chooser = (seed: number) => {
  let state = seed >>> 0 || 1
  return (n: number): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return (state >>> 8) % n
  }
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'grapheme' })

// The roles of src/GraphRules.ts: by these a record may not name itself, and chains of these must end.
const SELF_FORBIDDEN: ReadonlySet<Role> = new Set<Role>(['contradicts', 'partOf', 'cause', 'within', 'parent', 'sidelinesOf', 'occasion', 'member', 'repliesTo', 'target', 'supersededVersion'])
const CHAIN_ROLES: ReadonlySet<Role> = new Set<Role>(['partOf', 'cause', 'within', 'parent', 'supersededVersion'])

/**
 * Makes a shape-valid graph valid as a whole: unique ids, references to existing records of an allowed
 * kind, evidence cut from the article texts, quotes equal to their evidence, acts not before signing, no
 * renewal terms, tenures in order, two distinct participants per meeting, each signer and party listed
 * once, no place within itself.
 */
const repair = (raw: Json, seed: number): Json => {
  const choose = chooser(seed)
  const graph: Json = structuredClone(raw)
  // Unique ids: the collection and position, then a piece of the generated id for variety.
  for (const collection of Object.keys(COLLECTION_KIND)) {
    graph[collection]?.forEach((r: Json, i: number) => (r.id = `${collection}/${i}/${r.id.slice(0, 40)}`))
  }
  graph.documents.forEach((d: Json, i: number) => d.paragraphs?.forEach((p: Json, j: number) => (p.id = `documents/${i}/p/${j}`)))
  graph.agreements.forEach((a: Json, i: number) => a.lifecycle.forEach((act: Json, j: number) => act.id !== undefined && (act.id = `agreements/${i}/act/${j}`)))
  const kinds = idKinds(graph)
  const ids = [...kinds.keys()]
  const texts = new Map<string, string[]>(graph.articles.map((a: Json) => [a.id, Array.from(a.text as string)]))
  const articleIds = [...texts.keys()]

  // Spans begin and end between characters as a reader sees them (grapheme clusters), in code points.
  const edges = new Map<string, number[]>(
    graph.articles.map((a: Json) => {
      const text = a.text as string
      const atUnit = new Map<number, number>()
      let points = 0
      for (let i = 0; i < text.length; i += String.fromCodePoint(text.codePointAt(i)!).length) atUnit.set(i, points++)
      const found = [...SEGMENTER.segment(text)].map((segment) => atUnit.get(segment.index)!)
      return [a.id, [...found, points]]
    }),
  )
  const evidence = (): Json => {
    const article = articleIds[choose(articleIds.length)]!
    const text = texts.get(article)!
    const at = edges.get(article)!
    const i = choose(at.length - 1)
    const j = i + 1 + choose(Math.min(at.length - 1 - i, 6))
    const [start, end] = [at[i]!, at[j]!]
    return { article, start, end, quote: text.slice(start, end).join('') }
  }
  // References and evidence anywhere in the graph, found by walking it with its codec. References are set
  // first: a span replaced afterwards brings its own article.
  const refs: Array<[Path, Kinds, Role | undefined]> = []
  const spans: Path[] = []
  walkValue(Graph, graph, (node, _value, path) => {
    if (node.codec === Evidence) spans.push(path.slice())
    else if (node.tag === 'ref') refs.push([path.slice(), node.targets, node.role])
  })
  const setAt = (path: Path, value: unknown): void => {
    const parent = path.slice(0, -1).reduce((v: Json, key) => v[key], graph)
    parent[path[path.length - 1]!] = value
  }
  // A record never names itself where the rules forbid it, and a chain (part of, caused by, within,
  // belongs to) only names records earlier in its collection, so it always ends. A link with nothing to
  // name is removed.
  // An inference only names records of earlier collections or earlier in its own, so inferences never loop.
  const dropped: Path[] = []
  const order = Object.keys(COLLECTION_KIND)
  // Where each record sits, as one number: its collection, then the top-level record it is or is in.
  const rank = (collection: string, index: number): number => order.indexOf(collection) * 1e6 + index
  const ranks = new Map(namedRecords(graph).map((r) => [r.id, rank(r.collection, r.path[1] as number)]))
  for (const [path, targets, role] of refs) {
    const [collection, index] = path as [string, number]
    const owner: string = graph[collection][index].id
    const earlier = new Set<string>(graph[collection].slice(0, index).map((r: Json) => r.id))
    const allowed = (id: string): boolean =>
      !(role !== undefined && SELF_FORBIDDEN.has(role) && id === owner) && !(role !== undefined && CHAIN_ROLES.has(role) && !earlier.has(id)) &&
      !(role === 'premise' && !(ranks.get(id)! < rank(collection, index)))
    const fitting = ids.filter((i) => kinds.get(i)!.some((k) => targets.includes(k)) && allowed(i))
    if (fitting.length === 0) dropped.push(path)
    else setAt(path, fitting[choose(fitting.length)]!)
  }
  // Last first, so array indexes of earlier removals stay right.
  for (const path of dropped.reverse()) {
    const parent = path.slice(0, -1).reduce((v: Json, key) => v[key], graph)
    const key = path[path.length - 1]!
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete parent[key]
  }
  // A position on itself, the only position, has nothing else to be on: it becomes one on a proposition.
  for (const position of graph.positions) {
    if (position.target.kind !== 'proposition' && position.target[position.target.kind] === undefined) position.target = { kind: 'proposition', text: 'a proposition' }
  }
  for (const path of spans) setAt(path, evidence())
  // Direct quotes equal their evidence.
  walkValue(Graph, graph, (node, value: Json) => {
    if (node.codec === QuotedText || node.codec === DirectQuote) value.text = value.evidence.quote
  })

  // Ranges run forward.
  walkValue(Graph, graph, (node, value: Json) => {
    if (node.codec === QuantityRange && value.max < value.min) [value.min, value.max] = [value.max, value.min]
  })
  // Tallies hold: each option counted once, each actor voting once, named votes within their count, counts
  // adding up to the stated total.
  for (const vote of graph.votes ?? []) {
    if (vote.counts !== undefined) vote.counts = vote.counts.filter((c: Json, i: number) => vote.counts.findIndex((d: Json) => d.option === c.option) === i)
    if (vote.votes !== undefined) vote.votes = vote.votes.filter((v: Json, i: number) => vote.votes.findIndex((w: Json) => w.voter === v.voter) === i)
    const named = new Map<string, number>()
    for (const v of vote.votes ?? []) named.set(v.option, (named.get(v.option) ?? 0) + 1)
    for (const c of vote.counts ?? []) c.count = Math.max(c.count, named.get(c.option) ?? 0)
    if (vote.total === undefined) continue
    const voters = vote.votes?.length ?? 0
    if (vote.counts !== undefined && vote.counts.length > 0) {
      vote.total = vote.counts.reduce((sum: number, c: Json) => sum + c.count, 0)
      if (!Number.isSafeInteger(vote.total) || voters > vote.total) delete vote.total
    } else if (voters > vote.total) vote.total = voters
  }
  // Election results hold: each candidate counted once, shares within 100, votes within the stated total.
  for (const vote of graph.votes ?? []) {
    if (vote.results === undefined) continue
    vote.results = vote.results.filter((r: Json, i: number) => vote.results.findIndex((q: Json) => q.candidate === r.candidate) === i)
    for (const r of vote.results) if (r.share !== undefined) r.share = Math.min(r.share, 100 / vote.results.length)
    const votes = vote.results.reduce((sum: number, r: Json) => sum + (r.count ?? 0), 0)
    if (vote.total !== undefined && votes > vote.total) for (const r of vote.results) delete r.count
  }

  const actorIds = graph.actors.map((a: Json) => a.id)
  const unique = (ids: ReadonlyArray<string>): string[] => [...new Set(ids)]
  for (const meeting of graph.meetings) {
    meeting.participants = unique(meeting.participants)
    if (meeting.participants.length < 2) meeting.participants = [actorIds[0], actorIds[1]]
  }
  // Each signer, refuser and party (in its role) listed once, and no signer also a refuser.
  for (const document of graph.documents) {
    if (document.signers !== undefined) document.signers = unique(document.signers)
    if (document.refusers !== undefined) document.refusers = unique(document.refusers).filter((id) => !(document.signers ?? []).includes(id))
  }
  for (const agreement of graph.agreements) {
    const seen = new Set<string>()
    agreement.parties = agreement.parties.filter((party: Json) => !seen.has(`${party.actor} ${party.role}`) && seen.add(`${party.actor} ${party.role}`))
  }
  for (const relation of graph.relations) {
    if (relation.subject === relation.object) relation.object = actorIds.find((id: string) => id !== relation.subject)
  }
  // What was called off last did not take place.
  for (const fact of [...graph.meetings, ...graph.events]) {
    if (fact.schedule?.at(-1)?.status === 'cancelled' && (fact.realis === undefined || fact.realis === 'actual')) fact.realis = 'negated'
  }
  for (const agreement of graph.agreements) {
    // One signing per set of signers and one expiry: a second would be a repeated act.
    const byWhom = (act: Json): string => [...(act.by ?? [])].sort().join(' ')
    agreement.lifecycle = agreement.lifecycle.filter((act: Json, i: number, all: Json[]) =>
      act.type === 'signed' ? all.findIndex((other) => other.type === 'signed' && byWhom(other) === byWhom(act)) === i
        : act.type === 'expires' ? all.findIndex((other) => other.type === 'expires') === i : true)
    // No act before the earliest signing.
    const signing = [...agreement.lifecycle].filter((act: Json) => act.type === 'signed')
      .sort((a: Json, b: Json) => coverageOf(a.time.value).start - coverageOf(b.time.value).start)[0]
    for (const act of agreement.lifecycle) {
      if (signing !== undefined && coverageOf(act.time.value).end <= coverageOf(signing.time.value).start) {
        act.time = { ...act.time, value: signing.time.value }
      }
      delete act.term
    }
    // An end for all (terminated, withdrawn without `by`) takes the latest time of the lifecycle, so no act
    // comes after it.
    const last = [...agreement.lifecycle].sort((a: Json, b: Json) => coverageOf(b.time.value).end - coverageOf(a.time.value).end)[0]
    for (const act of agreement.lifecycle) {
      if (act.type === 'terminated' || (act.type === 'withdrawn' && (act.by ?? []).length === 0)) act.time = { ...act.time, value: last.time.value }
    }
  }
  for (const agreement of graph.agreements) {
    // Whoever an act names is a party; each party does nothing before its own signing, ratifies or accedes
    // once until it withdraws, and does nothing after withdrawing until it signs, ratifies or accedes again.
    for (const act of agreement.lifecycle) {
      for (const by of act.by ?? []) if (!agreement.parties.some((p: Json) => p.actor === by)) agreement.parties.push({ actor: by, role: 'party' })
    }
    const dropped = new Set<Json>()
    for (const party of new Set<string>(agreement.lifecycle.flatMap((act: Json) => act.by ?? []))) {
      const own = agreement.lifecycle.filter((act: Json) => (act.by ?? []).includes(party))
        .sort((a: Json, b: Json) => coverageOf(a.time.value).start - coverageOf(b.time.value).start)
      // Nothing by a party before its own signing: such an act is dropped.
      const signing = own.find((act: Json) => act.type === 'signed')
      for (const act of own) {
        if (signing !== undefined && act.type !== 'acceded' && coverageOf(act.time.value).end <= coverageOf(signing.time.value).start) dropped.add(act)
      }
      let consented = false
      let left: Json | undefined
      for (const act of own.filter((act: Json) => !dropped.has(act))) {
        const rejoins = act.type === 'signed' || act.type === 'ratified' || act.type === 'acceded'
        if ((left !== undefined && coverageOf(act.time.value).start >= coverageOf(left.time.value).end && !rejoins) ||
          ((act.type === 'ratified' || act.type === 'acceded') && consented)) {
          dropped.add(act)
          continue
        }
        if (act.type === 'ratified' || act.type === 'acceded') [consented, left] = [true, undefined]
        else if (act.type === 'signed') left = undefined
        else if (act.type === 'withdrawn') [consented, left] = [false, act]
      }
    }
    agreement.lifecycle = agreement.lifecycle.filter((act: Json) => !dropped.has(act))
  }
  // A document adopted by a vote: the vote is on it, and the document's status follows the result.
  const claimed = new Set<string>()
  for (const document of graph.documents) {
    const vote = document.adoptedBy === undefined ? undefined : (graph.votes ?? []).find((v: Json) => v.id === document.adoptedBy)
    if (vote === undefined || claimed.has(vote.id)) {
      delete document.adoptedBy
      continue
    }
    claimed.add(vote.id)
    vote.on = { kind: 'document', document: document.id }
    if (vote.result !== undefined) document.status = vote.result === 'adopted' ? 'adopted' : 'not-adopted'
  }
  for (const actor of graph.actors) {
    for (const post of actor.posts ?? []) {
      if (post.from !== undefined && post.to !== undefined && coverageOf(post.to).end <= coverageOf(post.from).start) {
        ;[post.from, post.to] = [post.to, post.from]
      }
    }
  }
  // Article versions: a digest is the hash of its text, and a version counts up from the one it supersedes.
  const versionOf = new Map<string, number | undefined>(graph.articles.map((a: Json) => [a.id, a.version]))
  for (const article of graph.articles) {
    if (article.digest !== undefined) article.digest = digestOf(article.text)
    const earlier = article.supersedes === undefined ? undefined : versionOf.get(article.supersedes)
    if (article.version !== undefined && earlier !== undefined && article.version <= earlier) delete article.version
  }
  // Acts dropped from a lifecycle above may have been named by statements and positions: they name others.
  const acts = new Set<string>(graph.agreements.flatMap((a: Json) => a.lifecycle.flatMap((act: Json) => (act.id === undefined ? [] : [act.id]))))
  const live = (id: string): boolean => !/^agreements\/\d+\/act\//.test(id) || acts.has(id)
  for (const statement of graph.statements) {
    for (const key of ['about', 'repliesTo', 'contradicts']) if (statement[key] !== undefined) statement[key] = statement[key].filter(live)
  }
  for (const position of graph.positions) {
    if (position.target.kind === 'act' && !live(position.target.act)) position.target = { kind: 'proposition', text: 'an act no longer recorded' }
  }
  // Last, once every field that goes has gone: an inference keeps only premises still recorded and goes
  // without any; a fact left without support gets evidence; a source or an inference covers only fields its
  // record still has.
  walkValue(Graph, graph, (node, value: Json) => {
    if (node.tag !== 'struct' || value === null || typeof value !== 'object') return
    if (Array.isArray(value.inferences)) {
      value.inferences = value.inferences
        .map((inference: Json) => ({ ...inference, from: inference.from.filter(live) }))
        .filter((inference: Json) => inference.from.length > 0)
      if (value.inferences.length === 0) delete value.inferences
    }
    for (const key of ['sources', 'inferences']) {
      for (const support of value[key] ?? []) {
        if (support.covers === undefined) continue
        support.covers = support.covers.filter((field: string) => field !== key && Object.prototype.hasOwnProperty.call(value, field))
        if (support.covers.length === 0) delete support.covers
      }
    }
    const needsSupport = node.rules.some((rule) => rule.code === 'unsupported')
    if (needsSupport && value.evidence === undefined && value.sources === undefined && value.inferences === undefined) value.evidence = [evidence()]
  })
  return graph
}

const some = <A>(arb: fc.Arbitrary<A>, minLength = 0): fc.Arbitrary<A[]> => fc.array(arb, { minLength, maxLength: 3 })

/**
 * Whole graphs that `validateGraph` accepts. Every kind of record is present at least once (an actor of
 * each kind, a document with a paragraph), so every reference has something to point at.
 */
export const graphArbitrary: fc.Arbitrary<Graph> = fc
  .record({
    articles: some(arbitraryOf(Article), 1),
    actors: fc
      .tuple(...[Person, State, Organization, Group, AnonymousSource].map((c) => arbitraryOf(c as t.Mixed)), some(arbitraryOf(Actor)))
      .map(([...all]) => [...all.slice(0, 5), ...(all[5] as unknown[])]),
    places: some(arbitraryOf(Place), 1),
    events: some(arbitraryOf(Event), 1),
    meetings: some(arbitraryOf(Meeting), 1),
    agreements: some(arbitraryOf(Agreement), 1),
    documents: fc
      .tuple(arbitraryOf(Document), fc.array(arbitraryOf(Paragraph), { minLength: 1, maxLength: 2 }), some(arbitraryOf(Document)))
      .map(([first, paragraphs, rest]) => [{ ...first, paragraphs }, ...rest]),
    statements: some(arbitraryOf(Statement), 1),
    positions: some(arbitraryOf(Position), 1),
    relations: some(arbitraryOf(Relation), 1),
    // Optional: sometimes absent, as in a graph of 0.1.
    votes: fc.option(some(arbitraryOf(Vote), 1), { nil: undefined }),
    seed: fc.integer(),
  })
  .map(({ seed, votes, ...raw }) => repair(votes === undefined ? raw : { ...raw, votes }, seed) as Graph)
