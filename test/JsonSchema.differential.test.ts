// Differential test: the io-ts codecs and ajv on the exported JSON Schema must agree on accept/reject for
// every fixture and for generated and mutated records of every model: on the shipped files (draft 2020-12,
// linked by $id) and on the self-contained documents `~standard.jsonSchema` gives for draft-07 and OpenAPI 3.0.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as fc from 'fast-check'
import { Ajv, type ValidateFunction } from 'ajv'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { decodeWith, jsonSchemaCodecs, jsonSchemaFor, type JsonSchemaName, type StandardJSONSchemaV1 } from 'news-codecs'
import { codecsUnder, describeCodec } from '../src/internal/CodecTree.js'
import { compileStrict } from './support/ajv.js'
import { seedRecords } from './support/records.js'
import { sampleGraphJson } from './support/sample.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const validators = new Map(Object.keys(jsonSchemaCodecs).map((name) => [name, compileStrict(jsonSchemaFor(name))]))
const byCodec = (name: JsonSchemaName, value: unknown): boolean => decodeWith(jsonSchemaCodecs[name] as t.Mixed)(value)._tag === 'Right'
// Rules on a whole record that JSON Schema cannot say (a span's end before its start): the schema names them
// in `$comment` and accepts what only they reject.
const beyondSchema = new Set(
  Object.values(jsonSchemaCodecs).flatMap((root) => codecsUnder(root as t.Mixed)).flatMap((codec) => {
    const node = describeCodec(codec)
    return node.tag === 'struct' ? node.rules.filter((rule) => rule.jsonSchema === undefined).map((rule) => rule.code) : []
  }),
)
const onlyBeyondSchema = (name: JsonSchemaName, value: unknown): boolean => {
  const result = decodeWith(jsonSchemaCodecs[name] as t.Mixed)(value)
  return result._tag === 'Left' && result.left.every((issue) => beyondSchema.has(issue.code))
}
const byAjv = (name: JsonSchemaName, value: unknown): boolean => validators.get(name)!(value) === true

// ajv reads OpenAPI's discriminator (without `mapping`, which it does not support and which names the same
// members here) and is told `components`, where the OpenAPI document keeps the named schemas, is no keyword.
const withoutMapping = (schema: unknown): unknown =>
  Array.isArray(schema) ? schema.map(withoutMapping)
    : schema !== null && typeof schema === 'object' ? Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'mapping').map(([key, value]) => [key, withoutMapping(value)]))
      : schema
const compileFor = (target: 'draft-07' | 'openapi-3.0', name: JsonSchemaName): ValidateFunction => {
  const schema = (jsonSchemaCodecs[name] as unknown as StandardJSONSchemaV1)['~standard'].jsonSchema.input({ target })
  if (target === 'draft-07') return new Ajv({ strict: true }).compile(schema)
  return new Ajv({ strict: true, discriminator: true }).addKeyword('components').compile(withoutMapping(schema) as object)
}
const otherTargets = (['draft-07', 'openapi-3.0'] as const).map((target) => ({
  target,
  validators: new Map<JsonSchemaName, ValidateFunction>(),
}))
// The verdict of every other target's schema that differs from the shipped file's, by target.
const otherVerdicts = (name: JsonSchemaName, value: unknown, shipped: boolean): ReadonlyArray<string> =>
  otherTargets.flatMap(({ target, validators }) => {
    let validate = validators.get(name)
    if (validate === undefined) validators.set(name, (validate = compileFor(target, name)))
    return validate(value) === shipped ? [] : [target]
  })

// Seeds: the sample graph, each of its records, and hand-written records of every model.
const sample = sampleGraphJson()
const seeds: Array<[JsonSchemaName, unknown]> = [
  ['Graph', sample],
  ...sample.articles.map((r: unknown) => ['Article', r]),
  ...sample.actors.map((r: unknown) => ['Actor', r]),
  ...sample.places.map((r: unknown) => ['Place', r]),
  ...sample.meetings.map((r: unknown) => ['Meeting', r]),
  ...sample.statements.map((r: unknown) => ['Statement', r]),
  ...Object.entries(seedRecords()).flatMap(([name, records]) => records.map((r) => [name as JsonSchemaName, r] as [JsonSchemaName, unknown])),
]
// A graph that holds the hand-written records too, so graph-level mutations reach every model.
const plural: Partial<Record<JsonSchemaName, string>> = { Actor: 'actors', Event: 'events', Agreement: 'agreements', Document: 'documents',
  Position: 'positions', Relation: 'relations', Statement: 'statements', Meeting: 'meetings', Place: 'places', Article: 'articles', Vote: 'votes' }
const bigGraph = structuredClone(sample)
for (const [name, records] of Object.entries(seedRecords())) {
  const key = plural[name as JsonSchemaName]
  if (key !== undefined) (bigGraph[key] ??= []).push(...structuredClone(records))
}
seeds.push(['Graph', bigGraph])

// Strings on both sides of every primitive's line. Interval order and what the URL parser rewrites (dot
// segments, default ports, host forms) are left out: JSON Schema cannot express them (docs/json-schema.md),
// and a test below pins those gaps.
const STRINGS = [
  '', ' ', 'x', ' padded', 'padded ', 'a\nb', '\u00a0nbsp', '😀', 'Ünïcödé', 'toString', '__proto__', 'constructor',
  '2024-05-06', '2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-5-6',
  '2024', '2024-05', '2024-00', '2024-05~', '2024?', '2024-05-06%', '2024-05-06T12:30', '2024-05-06T24:00', '2024-05-06T12:60',
  '2024-05-06T12:30Z', '2024-05-06T12:30+05:30', '2024-05-06T12:30:00Z', '2024-05-06T12:30+14:00', '2024-05-06T12:30-12:00',
  '2024-05-06T12:30+99:99', '2024-05-06T12:30+00:60', '2024-05-06T12:30+24:00', '2024-05-06T12:30-00:00', '2024-05-06T12:30+14:30',
  '2024-05-06T12:30-12:30', '2024-05-06T12:30+00:00', '2024-05-06T12:30+13:45',
  '2024-05-06T10:15:30', '2024-05-06T10:15:30Z', '2024-05-06T10:15:30+02', '2024-05-06T10:15:30-05:00', '2024-05-06T10:15+14', '2024-05-06T10:15:30-12',
  '2024-05-06T10:15:30-00', '2024-05-06T10:15:30+15', '2024-05-06T10:15:30-13', '2024-05-06T10:15:60', '2024-05-06T10:15:30.5', '2024-05-06T10:15:30+2',
  '2024-05-06T10:15:30~', '2024-05-06T10:15:30Z/2024-05-06T10:15:31Z', '2024-05-06/2024-05-08', '2022-02-24/..', '../2024', '2024/',
  '/2024', '/', '../..', '..', '2024/2025/2026', '2024-05-06T12:30Z/2024-05-06T13:00Z', '2024~/2025?', '1', '20240506',
  'US', 'PT', 'XX', 'us', 'UK', 'EU', 'Q30', 'Q0', 'Q', 'q30', 'Q1234567890123',
  'PT10M', 'P4M', 'P', 'PT', 'P1W', 'P1.5D', 'PT1.5S', 'PT1', 'P1Y2M10DT2H30M', 'p1d',
  'en', 'EN', 'pt-BR', 'zh-Hant-TW', 'en_US', 'e',
  'https://example.org/a', 'http://example.org', 'HTTPS://EXAMPLE.ORG/', 'ftp://example.org', 'mailto:a@b.c', 'not a url', 'http://', 'example.org',
  ' https://example.org', 'https://example.org/ ', '\u0000https://example.org/', 'ht\ntps://exa\tmple.org', 'https:\\\\example.org', 'https:example.org',
  'https:///example.org', 'https://example.org/a b', "https://example.org/?q='x'", 'https://example.org/café', 'https://bücher.de/', 'http://[2001:db8::1]/',
  'https://example.org/\ud800', 'https://example.org/😀', 'a\u001b[2Jb', 'a\u0000', 'Lavrov\u202e', '\u2066x\u2069', 'a\u009bb', 'a\tb', 'a\u007f',
  'person:ana-silva', 'state:PT', 'has space', '-leading', 'a'.repeat(200), 'a'.repeat(201), 'id/with#odd:chars_.',
  'phone', 'face-to-face', 'in-person', 'person', 'state', 'robot', 'quote', 'paraphrase', 'act', 'wikidata', 'iso3166-1', 'about', 'exactly',
]
const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, 123, [], {}, [1], { x: 1 }]

// Choices come from numbers fast-check draws, consumed in order.
interface Choices { readonly next: (n: number) => number }
const choicesFrom = (draws: ReadonlyArray<number>): Choices => {
  let i = 0
  return { next: (n) => (n <= 0 ? 0 : draws[i++ % draws.length]! % n) }
}
type Mutation = (value: any, rnd: Choices) => any

// Every place in a JSON value, as a path.
const paths = (value: unknown, at: Array<string | number> = []): Array<Array<string | number>> => {
  const here = [at]
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...at, i])))
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])))
  return here
}
const pick = <A>(rnd: Choices, xs: ReadonlyArray<A>): A => xs[rnd.next(xs.length)]!
const get = (root: any, path: ReadonlyArray<string | number>): any => path.reduce((v, k) => v[k], root)

const replaceAt = (root: any, path: ReadonlyArray<string | number>, f: (v: any) => any): any => {
  if (path.length === 0) return f(root)
  const parent = get(root, path.slice(0, -1))
  const key = path[path.length - 1]!
  parent[key] = f(parent[key])
  return root
}

const MUTATIONS: ReadonlyArray<Mutation> = [
  // drop a key or an array element
  (v, rnd) => {
    const p = pick(rnd, paths(v).filter((p) => p.length > 0))
    if (p === undefined) return v
    const parent = get(v, p.slice(0, -1))
    if (Array.isArray(parent)) parent.splice(p[p.length - 1] as number, 1)
    else delete parent[p[p.length - 1]!]
    return v
  },
  // an extra key on some object
  (v, rnd) => {
    const objects = paths(v).filter((p) => { const x = get(v, p); return x !== null && typeof x === 'object' && !Array.isArray(x) })
    if (objects.length === 0) return v
    get(v, pick(rnd, objects))[pick(rnd, ['extra', 'kind', 'id', 'note', 'value'])] = pick(rnd, STRINGS)
    return v
  },
  // a string somewhere replaced by another, valid or not
  (v, rnd) => {
    const strings = paths(v).filter((p) => typeof get(v, p) === 'string')
    return strings.length === 0 ? v : replaceAt(v, pick(rnd, strings), () => pick(rnd, STRINGS))
  },
  // any value replaced by one of the wrong type (or of the right one)
  (v, rnd) => replaceAt(v, pick(rnd, paths(v)), () => structuredClone(pick(rnd, [...ODD_VALUES, pick(rnd, STRINGS)]))),
  // an array emptied, or an element duplicated
  (v, rnd) => {
    const arrays = paths(v).filter((p) => Array.isArray(get(v, p)))
    if (arrays.length === 0) return v
    const a = get(v, pick(rnd, arrays))
    if (rnd.next(2) === 0 || a.length === 0) a.length = 0
    else a.push(structuredClone(a[0]))
    return v
  },
  // a number changed
  (v, rnd) => {
    const numbers = paths(v).filter((p) => typeof get(v, p) === 'number')
    return numbers.length === 0 ? v : replaceAt(v, pick(rnd, numbers), () => pick(rnd, [-1, 0, 1, 1.5, 2 ** 53 - 1, 2 ** 53, 1e300, -0]))
  },
  // a tag or enumeration value swapped for another known word
  (v, rnd) => {
    const strings = paths(v).filter((p) => p.length > 0 && ['kind', 'channel', 'type', 'stance', 'scheme', 'role', 'bound', 'realis'].includes(String(p[p.length - 1])))
    return strings.length === 0 ? v : replaceAt(v, pick(rnd, strings), () => pick(rnd, STRINGS.slice(-20)))
  },
]

const mutated: fc.Arbitrary<[JsonSchemaName, unknown]> = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.integer({ min: 0, max: MUTATIONS.length - 1 }), { maxLength: 3 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }))
  .map(([[name, seed], mutations, draws]) => {
    const rnd = choicesFrom(draws)
    return [name, mutations.reduce((value, m) => MUTATIONS[m]!(value, rnd), structuredClone(seed))] as [JsonSchemaName, unknown]
  })

describe('io-ts and ajv agree', { timeout: 60_000 }, () => {
  it('on every fixture file', () => {
    const files = readdirSync(`${root}fixtures`).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const graph = JSON.parse(readFileSync(`${root}fixtures/${file}`, 'utf8'))
      expect(byAjv('Graph', graph), file).toBe(byCodec('Graph', graph))
      expect(otherVerdicts('Graph', graph, byAjv('Graph', graph)), file).toEqual([])
    }
  })

  it('on every seed record', () => {
    for (const [name, seed] of seeds) {
      expect(byCodec(name, seed), `${name} seed decodes`).toBe(true)
      expect(byAjv(name, seed), `${name} seed passes ajv`).toBe(true)
    }
  })

  it('on 12,000 generated and mutated records', () => {
    const records = fc.sample(mutated, { numRuns: 12_000, seed: 20261129 })
    let accepted = 0
    const disagreements: Array<{ name: string; codec: boolean; ajv: boolean; value: unknown }> = []
    const targetDisagreements: Array<{ name: string; targets: ReadonlyArray<string>; value: unknown }> = []
    const models = new Set<string>()
    for (const [name, value] of records) {
      models.add(name)
      const codec = byCodec(name, value)
      const ajv = byAjv(name, value)
      if (codec) accepted++
      if (codec !== ajv && !(ajv && onlyBeyondSchema(name, value))) disagreements.push({ name, codec, ajv, value })
      const targets = otherVerdicts(name, value, ajv)
      if (targets.length > 0) targetDisagreements.push({ name, targets, value })
    }
    console.log(`differential: ${records.length} records over ${models.size} models, ${accepted} accepted, ${records.length - accepted} rejected, ${disagreements.length} disagreements; draft-07 and OpenAPI 3.0 differ from the files on ${targetDisagreements.length}`)
    expect(disagreements.slice(0, 3)).toEqual([])
    expect(targetDisagreements.slice(0, 3)).toEqual([])
    // Both verdicts occur often, so agreement is not agreement on rejecting everything.
    expect(accepted).toBeGreaterThan(1_000)
    expect(records.length - accepted).toBeGreaterThan(1_000)
    expect(models.size).toBe(Object.keys(jsonSchemaCodecs).length)
  }, 240_000)

  it('on what JSON Schema cannot say: fields out of order are rejected by the decoder alone', () => {
    expect([...beyondSchema].sort()).toEqual(['covers_missing_field', 'duplicate_entry', 'interval_order', 'range_order', 'signed_and_refused', 'span_out_of_range'])
    const span = { article: 'article:1', start: 5, end: 2, quote: 'US' }
    expect([byCodec('Evidence', span), byAjv('Evidence', span)]).toEqual([false, true])
    expect(jsonSchemaFor('Evidence')).toMatchObject({ $comment: expect.stringContaining('span_out_of_range') })
    const tenure = { kind: 'person', id: 'person:a', name: 'A', posts: [{ office: 'Minister', from: '2024', to: '2020' }] }
    expect([byCodec('Actor', tenure), byAjv('Actor', tenure)]).toEqual([false, true])
    const range = { kind: 'range', min: 300, max: 200, bound: 'about', unit: 'delegates', evidence: [span].map((e) => ({ ...e, start: 0 })) }
    expect([byCodec('Quantity', range), byAjv('Quantity', range)]).toEqual([false, true])
    const document = { id: 'document:1', type: 'communique', title: 'T', status: 'issued', signers: ['state:PT'], refusers: ['state:PT'], evidence: range.evidence }
    expect([byCodec('Document', document), byAjv('Document', document)]).toEqual([false, true])
    // Plain lists are checked by both: uniqueItems says "each once", minItems and if/then the meeting's counts.
    const meeting = { id: 'meeting:1', participants: ['person:a', 'person:b', 'person:c'], channel: 'phone', format: 'bilateral', evidence: range.evidence }
    expect([byCodec('Meeting', meeting), byAjv('Meeting', meeting)]).toEqual([false, false])
    expect([byCodec('Meeting', { ...meeting, participants: ['person:a'] }), byAjv('Meeting', { ...meeting, participants: ['person:a'] })]).toEqual([false, false])
    expect([byCodec('Meeting', { ...meeting, format: 'multilateral' }), byAjv('Meeting', { ...meeting, format: 'multilateral' })]).toEqual([true, true])
    expect([byCodec('Document', { ...document, refusers: [], signers: ['state:PT', 'state:PT'] }), byAjv('Document', { ...document, refusers: [], signers: ['state:PT', 'state:PT'] })]).toEqual([false, false])
  })

  it('on UTC offsets: both reject those no place uses', () => {
    for (const offset of ['+99:99', '+00:60', '+24:00', '-00:00', '+14:01', '-12:01', '+15:00']) {
      const time = { value: `2024-05-06T12:30${offset}` }
      expect([byCodec('Time', time), byAjv('Time', time)], offset).toEqual([false, false])
    }
    for (const offset of ['+14:00', '-12:00', '+00:00', '-00:30', '+05:45']) {
      const time = { value: `2024-05-06T12:30${offset}/..` }
      expect([byCodec('Time', time), byAjv('Time', time)], offset).toEqual([true, true])
    }
  })

  it('on names with control or bidi characters: both reject them, and both keep them in article text', () => {
    for (const c of ['\u0000', '\u001b', '\t', '\n', '\u007f', '\u0085', '\u009b', '\u2028', '\u202e', '\u2066', '\u2069']) {
      const place = { id: 'place:x', kind: 'city', name: `Pa${c}ris` }
      expect([byCodec('Place', place), byAjv('Place', place)], JSON.stringify(c)).toEqual([false, false])
      const article = { id: 'a', text: `x${c}y`, language: 'en' }
      expect([byCodec('Article', article), byAjv('Article', article)], JSON.stringify(c)).toEqual([true, true])
    }
    const rtl = { id: 'place:x', kind: 'city', name: 'ا\u200fب' }
    expect([byCodec('Place', rtl), byAjv('Place', rtl)]).toEqual([true, true])
  })

  it('on URLs the parser would repair: both reject them', () => {
    for (const url of [' https://example.org/', 'https://example.org/\n', '\u0000https://example.org', 'ht\ntps://exa\tmple.org', 'https:\\\\example.org', 'https:example.org', 'https:/example.org', 'https://bücher.de/']) {
      const article = { id: 'a', text: 'x', language: 'en', url }
      expect([byCodec('Article', article), byAjv('Article', article)], url).toEqual([false, false])
    }
  })

  it('except on the documented gaps: interval order and what the URL parser rewrites', () => {
    const time = { value: '2024-05-07/2024-05-06' }
    expect([byCodec('Time', time), byAjv('Time', time)]).toEqual([false, true])
    for (const url of ['https://example.org/a/../b', 'http://example.org:80/', 'http://127.1/', 'http://x:99999/', 'http://[::']) {
      const article = { id: 'a', text: 'x', language: 'en', url }
      expect([byCodec('Article', article), byAjv('Article', article)], url).toEqual([false, true])
    }
  })
})
