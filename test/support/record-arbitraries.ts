// Arbitraries for the compiled-guard differential test and the validation bench: valid records derived from
// the codec tree, and seeded mutations of them. (The property tests use the richer ./arbitraries.ts.)
import * as fc from 'fast-check'
import * as t from 'io-ts'
import {
  Confidence,
  FieldName,
  InferenceRule,
  ContentUri,
  CountryCode,
  DocumentSymbol,
  Edtf,
  GeoNamesId,
  Id,
  Identifier,
  IsoDate,
  IsoDuration,
  LanguageTag,
  Latitude,
  Longitude,
  NonEmptyString,
  NonEmptyText,
  Offset,
  ParagraphNumber,
  PixelCount,
  Tally,
  VoteShare,
  Amount,
  Url,
  WikidataId,
  VersionNumber,
  DigestHex,
} from 'news-codecs'
import { memoFold } from '../../src/internal/CodecTree.js'
import { withRules } from './record-rules.js'

// Good values of each primitive, with a few strings any primitive might be confused with.
const pools = new Map<t.Mixed, fc.Arbitrary<unknown>>([
  [Id, fc.constantFrom('person:ana-silva', 'state:PT', 'article:sample', 'x', 'a.b_c:d#e/f-g')],
  [NonEmptyString, fc.constantFrom('Ana Silva', 'Lisbon', 'x', 'Minister of Foreign Affairs')],
  [NonEmptyText, fc.constantFrom('Ana Silva', ' met ', '“We agreed to deepen our cooperation,”', '🇵🇹')],
  [LanguageTag, fc.constantFrom('en', 'pt-BR', 'zh-Hant-TW')],
  [Url, fc.constantFrom('https://example.org/story', 'http://news.test/a?b=c')],
  [Edtf, fc.constantFrom('2024-05-06', '2022-09~', '2022-11-15~/2023-03-18', '2022-02-24/..', '2023-03-02T10:00Z', '2024', '2024-05-06T10:15:30+02', '2024-05-06T10:15:30Z')],
  [IsoDate, fc.constantFrom('2023-03-02', '2024-02-29')],
  [IsoDuration, fc.constantFrom('PT10M', 'P4M', 'P1Y2M10DT2H30M')],
  [CountryCode, fc.constantFrom('PT', 'JP', 'US')],
  [WikidataId, fc.constantFrom('Q30', 'Q7747')],
  [GeoNamesId, fc.constantFrom('1261481', '2267057')],
  [
    Identifier,
    fc.constantFrom(
      { scheme: 'wikidata', value: 'Q30' },
      { scheme: 'iso3166-1', value: 'PT' },
      { scheme: 'viaf', value: '12345' },
      { scheme: 'geonames', value: '2267057' },
    ),
  ],
  [Latitude, fc.constantFrom(38.7167, -90, 90, 0, 28.6139)],
  [Longitude, fc.constantFrom(-9.1333, -180, 180, 0, 77.209)],
  [Offset, fc.nat({ max: 300 })],
  [Tally, fc.nat({ max: 200 })],
  [VoteShare, fc.constantFrom(0, 26.46, 100)],
  [Amount, fc.constantFrom(0, 1550, -3.5, 2.5e9)],
  [PixelCount, fc.constantFrom(1, 640, 1920)],
  [Confidence, fc.constantFrom(0, 0.75, 1)],
  [FieldName, fc.constantFrom('from', 'time', 'participants')],
  [InferenceRule, fc.constantFrom('office-held-at-meeting', 'earlier-meeting-order')],
  [ContentUri, fc.constantFrom('https://example.org/story', 'urn:newsml:example.org:20240506:talks', 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66')],
  [DocumentSymbol, fc.constantFrom('A/RES/ES-11/1', 'S/RES/2231 (2015)')],
  [VersionNumber, fc.constantFrom(1, 2, 17)],
  [DigestHex, fc.constantFrom('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')],
])

const BASIC = new Map<t.Mixed, fc.Arbitrary<unknown>>([
  [t.Int, fc.integer({ min: -5, max: 100 })],
  [ParagraphNumber, fc.integer({ min: 1, max: 100 })],
  [t.boolean, fc.boolean()],
  [t.string, fc.string()],
  [t.number, fc.double()],
])

/** An arbitrary of (mostly) valid values of a codec of the model, as a fold over its codec tree. */
export const arbitraryOf: (codec: t.Mixed) => fc.Arbitrary<unknown> = memoFold<fc.Arbitrary<unknown>>(
  {
    // A struct's rules on the whole record (a span that ends after it starts) hold of what it generates.
    struct: ({ codec, fields, rules }) =>
      withRules(codec, rules, fc.record(Object.fromEntries(fields.map((field) => [field.key, arbitraryOf(field.codec)])), {
        requiredKeys: fields.filter((field) => field.required).map((field) => field.key),
      })),
    union: ({ members }) => fc.oneof(...members.map(([, member]) => arbitraryOf(member))),
    array: ({ item, nonEmpty }) => fc.array(arbitraryOf(item), { minLength: nonEmpty ? 1 : 0, maxLength: 3 }),
    keyof: ({ keys }) => fc.constantFrom(...keys),
    // Built-ins, a few codes of each checked scheme, and codes of schemes checked for form only.
    vocabulary: ({ builtIns, schemes }) =>
      fc.oneof(
        fc.constantFrom(...builtIns),
        ...schemes.map((list) => fc.record({ scheme: fc.constant(list.scheme), code: fc.constantFrom(...list.codes.slice(0, 3), ...list.codes.slice(-2)) })),
        fc.constantFrom({ scheme: 'iptc-mediatopic', code: 'medtop:20000001' }, { scheme: 'x', code: '~' }, { scheme: 'valueof', code: 'CONSULT' }, { scheme: 'constructor', code: 'GOV' }),
      ),
    literal: ({ value }) => fc.constant(value),
    ref: () => pools.get(Id)!,
    primitive: ({ codec }) => {
      const pool = pools.get(codec) ?? BASIC.get(codec)
      if (pool === undefined) throw new Error(`no arbitrary for ${codec.name}: add a pool of its values`)
      return pool
    },
  },
  (codec) => fc.constant(null).chain(() => arbitraryOf(codec)),
)

// -------------------------------------------------------------------------------------
// mutations
// -------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32), so that every run mutates the same way. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

const WRONG_TYPES: ReadonlyArray<unknown> = [null, 0, -1, 1.5, 'x', '', ' padded ', true, false, [], {}, [1], { a: 1 }]
const BAD_STRINGS = ['CONSULT', 'plover', '047', 'consult', 'CONSULT:riot', 'Plover', 'two words', '2023-02-30', '1', '2023-2-3', '2022-13', '2023-03-18/2023-03-01', 'face-to-face', 'SUPPORTS', 'XX', 'Q030',
  'English', 'example.org', 'P', 'has space', 'toString', 'constructor', '__proto__', '']
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'kind', 'id', 'évidence']

type Node = Record<string, unknown> | unknown[]

const nodesOf = (value: unknown, out: Node[] = []): Node[] => {
  if (typeof value === 'object' && value !== null) {
    out.push(value as Node)
    for (const child of Object.values(value)) nodesOf(child, out)
  }
  return out
}

const pick = <A>(random: () => number, items: ReadonlyArray<A>): A => items[Math.floor(random() * items.length)]!

/** A JSON copy of `value` with 1 to 3 mutations at random places (as JSON.parse would build it). */
export const mutate = (value: unknown, random: () => number): unknown => {
  const copy: unknown = JSON.parse(JSON.stringify(value))
  const rounds = 1 + Math.floor(random() * 3)
  for (let r = 0; r < rounds; r++) {
    const nodes = nodesOf(copy)
    if (nodes.length === 0) return wrong(random)
    const node = pick(random, nodes)
    if (Array.isArray(node)) {
      const choice = Math.floor(random() * 4)
      if (choice === 0 || node.length === 0) node.length = 0
      else if (choice === 1) node.push(wrong(random))
      else if (choice === 2) node[Math.floor(random() * node.length)] = clone(pick(random, [...WRONG_TYPES, ...BAD_STRINGS]))
      else node.push(clone(node[0]))
      continue
    }
    const keys = Object.keys(node)
    const key = keys.length > 0 ? pick(random, keys) : 'extra'
    switch (Math.floor(random() * 7)) {
      case 0:
        delete node[key]
        break
      case 1:
        node[key] = wrong(random)
        break
      case 2: {
        // An own key, even for "__proto__", as JSON.parse makes it.
        const extra = pick(random, EXTRA_KEYS)
        Object.defineProperty(node, extra, { value: clone(pick(random, ["x", 1, null, {}])), enumerable: true, writable: true, configurable: true })
        break
      }
      case 3:
        node[key] = pick(random, BAD_STRINGS)
        break
      case 4:
        if ('kind' in node) node['kind'] = pick(random, ['persona', 'State', '', 'quote', 'paraphrase', 'act', 'person', 'statement'])
        else node[key] = pick(random, BAD_STRINGS)
        break
      case 5:
        if (Array.isArray(node[key])) node[key] = []
        else node[key] = wrong(random)
        break
      default:
        // Swap in a value of some other key: right JSON type, often the wrong meaning.
        node[key] = clone(node[pick(random, keys)] ?? null)
    }
  }
  return copy
}

const clone = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

const wrong = (random: () => number): unknown => clone(pick(random, WRONG_TYPES))
