/**
 * JSON Schema for the wire form of the models, derived from the codecs themselves by walking the codec
 * tree. Structs, tagged unions, arrays, literals and enumerations map directly; refined primitives (ids,
 * dates, codes) map through an annotation registry keyed by codec. A codec the walker does not know is an
 * error at export time, never a permissive `{}`.
 *
 * Two shapes come out of one walk: the shipped files (draft 2020-12, one model each, with an `$id`, naming
 * the other models by their files) and self-contained documents for draft 2020-12, draft-07 or OpenAPI 3.0,
 * which `~standard.jsonSchema` gives.
 *
 * The schema checks the shape of one record. What needs the whole graph (references that resolve, spans
 * that match their article, dates in order) is left to {@link validateGraph}; docs/json-schema.md lists
 * every such check.
 *
 * @module
 */
import * as t from 'io-ts'
import { Actor } from './Actor.js'
import { Agreement } from './Agreement.js'
import { Article, ContentUri, DigestHex, URN_PATTERN, VersionNumber } from './Article.js'
import { Document, ParagraphNumber } from './Document.js'
import { Event } from './Event.js'
import { Evidence, Offset } from './Evidence.js'
import { Confidence } from './Annotation.js'
import { FieldName, InferenceRule } from './Support.js'
import { Graph } from './Graph.js'
import { Id } from './Id.js'
import { ID_PATTERN, MAX_ID_LENGTH } from './internal/idForm.js'
import { CountryCode, GeoNamesId, Identifier, WikidataId } from './Identifier.js'
import { PixelCount } from './Image.js'
import { DocumentSymbol } from './Document.js'
import { Meeting } from './Meeting.js'
import { codecDocs, fieldDocs } from './generated/ModelDocs.js'
import type { CodeSet } from './CodeSets.js'
import type { Algebra, StructNode, UnionNode, VocabularyNode } from './internal/CodecTree.js'
import { fold } from './internal/CodecTree.js'
import { useJsonSchemaExport } from './internal/jsonSchemaExport.js'
import { Latitude, Longitude, Place } from './Place.js'
import { Position } from './Position.js'
import { Amount, Quantity } from './Quantity.js'
import { Relation } from './Relation.js'
import { Statement } from './Statement.js'
import { CODE_PATTERN, SCHEME_PATTERN } from './Vocabulary.js'
import { LanguageTag, NonEmptyString, NonEmptyText, Url } from './Text.js'
import { Edtf, IsoDate, IsoDuration, Time } from './Time.js'
import { Tally, Vote, VoteShare } from './Vote.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A JSON Schema, as plain JSON data.
 *
 * @category interop
 * @since 0.1.0
 */
export type JsonSchema = { readonly [keyword: string]: unknown }

/**
 * The dialect every exported schema declares.
 *
 * @example
 * import { JSON_SCHEMA_DIALECT, jsonSchemaFor } from 'news-codecs'
 *
 * jsonSchemaFor('Meeting').$schema === JSON_SCHEMA_DIALECT //=> true
 *
 * @category interop
 * @since 0.1.0
 */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

// -------------------------------------------------------------------------------------
// the annotation registry
// -------------------------------------------------------------------------------------

/** Exports a codec met inside an annotation (so an annotation can point at other named schemas). */
type Walk = (codec: t.Mixed) => JsonSchema

interface Annotation {
  /** `true` for schemas written in place (`integer`), not as a `$defs` entry. */
  readonly inline?: boolean
  readonly schema: (walk: Walk) => JsonSchema
}

// EDTF and ISO dates as regular expressions that know month lengths and leap years, so a pattern
// rejects "2023-02-30" and "2023-02-29" and accepts "2024-02-29" as the codecs do.
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))'
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)'
const CALENDAR_DATE = `(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`
// UTC offsets in use, written ±HH or ±HH:MM: -12:00 to +14:00, minutes 00–59, and not "-00:00" or "-00".
const UTC_OFFSET = '(?:Z|\\+(?:(?:0\\d|1[0-3])(?::[0-5]\\d)?|14(?::00)?)|-(?:00:(?:0[1-9]|[1-5]\\d)|(?:0[1-9]|1[01])(?::[0-5]\\d)?|12(?::00)?))'
// A time to the minute or the second, then an optional offset.
const EDTF_DATE = `(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${CALENDAR_DATE}(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?${UTC_OFFSET}?)?)[?~%]?`

// The characters NonEmptyString rejects, as the inside of a character class.
const LABEL_FORBIDDEN = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'

// A character a URL may hold: not white space, a control character (C0, DEL, C1), a backslash or a lone
// surrogate (under the `u` flag JSON Schema validators use, a surrogate range matches lone ones only).
const URL_CHAR = '[^\\s\\u0000-\\u001f\\u007f-\\u009f\\\\\\ud800-\\udfff]'

// Every code CountryCode accepts, read from the codec itself rather than copied.
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
const countryCodes = (): ReadonlyArray<string> => LETTERS.flatMap((a) => LETTERS.map((b) => a + b)).filter((code) => CountryCode.is(code))

const describe = (codec: t.Mixed): JsonSchema => {
  const doc = codecDocs[codec.name]
  return doc === undefined ? {} : { description: doc }
}

const ANNOTATIONS: ReadonlyMap<t.Mixed, Annotation> = /* @__PURE__ */ new Map<t.Mixed, Annotation>([
  [t.string, { inline: true, schema: () => ({ type: 'string' }) }],
  [t.number, { inline: true, schema: () => ({ type: 'number' }) }],
  [t.boolean, { inline: true, schema: () => ({ type: 'boolean' }) }],
  [t.Int, { inline: true, schema: () => ({ type: 'integer' }) }],
  [ParagraphNumber, { schema: () => ({ ...describe(ParagraphNumber), type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }],
  [Offset, { schema: () => ({ ...describe(Offset), type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) }],
  [Tally, { schema: () => ({ ...describe(Tally), type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) }],
  [VoteShare, { schema: () => ({ ...describe(VoteShare), type: 'number', minimum: 0, maximum: 100 }) }],
  // A JSON number is finite by its grammar; a parser may still turn 1e400 into Infinity, which Amount rejects.
  [Amount, { schema: () => ({ ...describe(Amount), type: 'number' }) }],
  // `trim()` and `\s` know the same white space (ECMAScript's WhiteSpace and LineTerminator); no character
  // anywhere is a control, a line or paragraph separator or a bidi embedding, override or isolate.
  [
    NonEmptyString,
    { schema: () => ({ ...describe(NonEmptyString), type: 'string', pattern: `^[^\\s${LABEL_FORBIDDEN}](?:[^${LABEL_FORBIDDEN}]*[^\\s${LABEL_FORBIDDEN}])?$` }) },
  ],
  [NonEmptyText, { schema: () => ({ ...describe(NonEmptyText), type: 'string', minLength: 1 }) }],
  // The pattern admits ASCII only, so maxLength (code points) and the codec's length (UTF-16 units) agree.
  [Id, { schema: () => ({ ...describe(Id), type: 'string', maxLength: MAX_ID_LENGTH, pattern: ID_PATTERN.source }) }],
  [CountryCode, { schema: () => ({ ...describe(CountryCode), type: 'string', enum: countryCodes() }) }],
  [WikidataId, { schema: () => ({ ...describe(WikidataId), type: 'string', pattern: '^Q[1-9]\\d{0,11}$' }) }],
  [GeoNamesId, { schema: () => ({ ...describe(GeoNamesId), type: 'string', pattern: '^[1-9]\\d{0,11}$' }) }],
  [Confidence, { schema: () => ({ ...describe(Confidence), type: 'number', minimum: 0, maximum: 1 }) }],
  [FieldName, { schema: () => ({ ...describe(FieldName), type: 'string', maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9]*$' }) }],
  [InferenceRule, { schema: () => ({ ...describe(InferenceRule), type: 'string', maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }) }],
  [DocumentSymbol, { schema: () => ({ ...describe(DocumentSymbol), type: 'string', pattern: '^[A-Z](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)+(?: \\((?:19|20)\\d{2}\\))?$' }) }],
  [Latitude, { schema: () => ({ ...describe(Latitude), type: 'number', minimum: -90, maximum: 90 }) }],
  [Longitude, { schema: () => ({ ...describe(Longitude), type: 'number', minimum: -180, maximum: 180 }) }],
  [
    LanguageTag,
    {
      schema: () => ({
        ...describe(LanguageTag),
        type: 'string',
        pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\\d{3}))?(-([a-z0-9]{5,8}|\\d[a-z0-9]{3}))*$',
      }),
    },
  ],
  // Approximate: the codec also runs the WHATWG URL parser and asks for the string it serializes back (see
  // docs/json-schema.md for the difference). The pattern asks for http(s)://, an ASCII host, and no white
  // space, control character, backslash or lone surrogate anywhere.
  [Url, { schema: () => ({ ...describe(Url), type: 'string', pattern: `^[Hh][Tt][Tt][Pp][Ss]?://[!-"$-.0->@-\\[\\]-~]+(?:[/?#]${URL_CHAR}*)?$` }) }],
  [IsoDate, { schema: () => ({ ...describe(IsoDate), type: 'string', pattern: `^${CALENDAR_DATE}$` }) }],
  // Exact but for one check: that an interval's end is not before its start.
  [
    Edtf,
    {
      schema: () => ({
        ...describe(Edtf),
        type: 'string',
        pattern: `^(?:${EDTF_DATE}|${EDTF_DATE}/(?:${EDTF_DATE}|\\.\\.)?|(?:\\.\\.)?/${EDTF_DATE})$`,
      }),
    },
  ],
  [
    IsoDuration,
    {
      schema: () => ({
        ...describe(IsoDuration),
        type: 'string',
        pattern: '^P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$',
      }),
    },
  ],
  // The shape of IdentifierShape, plus the per-scheme value checks the codec applies.
  [
    Identifier,
    {
      schema: (walk) => ({
        ...describe(Identifier),
        type: 'object',
        properties: { scheme: walk(NonEmptyString), value: walk(NonEmptyString) },
        required: ['scheme', 'value'],
        additionalProperties: false,
        allOf: [
          ['wikidata', WikidataId],
          ['geonames', GeoNamesId],
          ['iso3166-1', CountryCode],
        ].map(([scheme, codec]) => ({
          if: { type: 'object', properties: { scheme: { const: scheme } }, required: ['scheme'] },
          then: { type: 'object', properties: { value: walk(codec as t.Mixed) } },
        })),
      }),
    },
  ],
  [PixelCount, { schema: () => ({ ...describe(PixelCount), type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }],
  // A URL as Url's schema has it (approximate, as there), or a URN, exactly.
  [ContentUri, { schema: (walk) => ({ ...describe(ContentUri), anyOf: [walk(Url), { type: 'string', pattern: URN_PATTERN.source }] }) }],
  [VersionNumber, { schema: () => ({ ...describe(VersionNumber), type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }],
  [DigestHex, { schema: () => ({ ...describe(DigestHex), type: 'string', pattern: '^[0-9a-f]{64}$' }) }],
])

// -------------------------------------------------------------------------------------
// the walker
// -------------------------------------------------------------------------------------

// Where each target keeps the named schemas, as a JSON pointer from the document's root.
const DEFS_PATH: Readonly<Record<JsonSchemaTarget, string>> = { 'draft-2020-12': '$defs', 'draft-07': 'definitions', 'openapi-3.0': 'components/schemas' }

// A field's doc comes first; a reference keeps what it may point at after it.
const withDescription = (schema: JsonSchema, description: string | undefined): JsonSchema =>
  description === undefined ? schema : { ...schema, description: typeof schema.description === 'string' ? `${description} ${schema.description}` : description }

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

const literalType = (value: unknown): string => (typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean')

class Exporter {
  readonly defs = new Map<string, { readonly codec: t.Mixed | CodeSet; schema: JsonSchema }>()

  /**
   * @param target the dialect to write
   * @param linked codecs exported in a file of their own, each with the relative `$ref` that names that file
   */
  constructor(
    private readonly target: JsonSchemaTarget,
    private readonly linked: ReadonlyMap<t.Mixed, string> = new Map(),
  ) {}

  walk = (codec: t.Mixed): JsonSchema => {
    const file = this.linked.get(codec)
    if (file !== undefined) return { $ref: file }
    const annotation = ANNOTATIONS.get(codec)
    if (annotation?.inline === true) return annotation.schema(this.walk)
    if (annotation !== undefined) return this.named(codec, () => annotation.schema(this.walk))
    return fold(this.algebra)(codec)
  }

  private readonly refTo = (name: string): string => `#/${DEFS_PATH[this.target]}/${encodeURIComponent(name)}`

  private readonly algebra: Algebra<JsonSchema> = {
    struct: (node) => this.named(node.codec, () => this.struct(node)),
    union: (node) => this.named(node.codec, () => this.taggedUnion(node)),
    keyof: ({ codec, keys }) => this.named(codec, () => ({ ...describe(codec), type: 'string', enum: [...keys] })),
    ref: ({ targets }) => ({ ...this.walk(Id), description: `The id of ${article(targets.join(' or '))} in the same graph.` }),
    array: ({ item, nonEmpty }) => (nonEmpty ? { type: 'array', items: this.walk(item), minItems: 1 } : { type: 'array', items: this.walk(item) }),
    literal: ({ value }) => ({ type: literalType(value), const: value }),
    vocabulary: (node) => this.named(node.codec, () => this.vocabulary(node)),
    primitive: ({ codec }) => {
      throw new Error(`no JSON Schema for codec "${codec.name}": add it to the annotation registry in src/JsonSchema.ts`)
    },
  }

  /**
   * A named codec (or code list) becomes one entry of the named schemas, titled with its name (code
   * generators name their types after it), referred to by `$ref` wherever it is used.
   */
  private named(codec: t.Mixed | CodeSet, build: () => JsonSchema, name: string = (codec as t.Mixed).name): JsonSchema {
    const existing = this.defs.get(name)
    if (existing !== undefined) {
      if (existing.codec !== codec) throw new Error(`two different codecs are named "${name}": give one another name`)
      return { $ref: this.refTo(name) }
    }
    const entry = { codec, schema: {} as JsonSchema }
    this.defs.set(name, entry) // before building, so recursive models end in a $ref
    entry.schema = { title: name, ...build() }
    return { $ref: this.refTo(name) }
  }

  // A built-in string, or an object of exactly scheme and code; a code of a checked scheme is one of its
  // list (one named schema per list, shared by every vocabulary that checks it).
  private vocabulary({ codec, builtIns, schemes }: VocabularyNode): JsonSchema {
    return {
      ...describe(codec),
      anyOf: [
        { type: 'string', enum: [...builtIns] },
        {
          type: 'object',
          properties: { scheme: { type: 'string', pattern: SCHEME_PATTERN.source }, code: { type: 'string', pattern: CODE_PATTERN.source } },
          required: ['scheme', 'code'],
          additionalProperties: false,
          allOf: schemes.map((list) => ({
            if: { type: 'object', properties: { scheme: { const: list.scheme } }, required: ['scheme'] },
            then: { type: 'object', properties: { code: this.named(list, () => ({ description: `${list.title}.`, type: 'string', enum: [...list.codes] }), `Codes.${list.scheme}`) } },
          })),
        },
      ],
    }
  }

  private struct({ codec, name, fields, rules }: StructNode): JsonSchema {
    const docs = fieldDocs[name] ?? {}
    const properties: Record<string, JsonSchema> = {}
    for (const field of fields) properties[field.key] = withDescription(this.walk(field.codec), docs[field.key])
    // Record rules JSON Schema can say go under allOf; the others are named in $comment, so a consumer
    // knows the schema accepts what the decoder rejects there.
    const said = rules.flatMap((rule) => (rule.jsonSchema === undefined ? [] : [rule.jsonSchema as JsonSchema]))
    const unsaid = rules.filter((rule) => rule.jsonSchema === undefined).map((rule) => `${rule.description} (${rule.code})`)
    return {
      ...describe(codec),
      ...(unsaid.length === 0 ? {} : { $comment: `Also checked by the decoder, beyond JSON Schema: ${unsaid.join('; ')}.` }),
      type: 'object',
      properties,
      required: fields.filter((field) => field.required).map((field) => field.key),
      additionalProperties: false,
      ...(said.length === 0 ? {} : { allOf: said }),
    }
  }

  // A discriminated union. `oneOf` lists the members, each fixing its tag with `const`: that is what the value
  // is, and what code generators turn into a union type. A validator would try every member of a `oneOf` and
  // report each one's failures, so before it come one `if`/`then` per tag that hand the value to the member
  // its tag names: a validator that stops at the first failure (ajv) stops there, and one that ranks its
  // errors (Python's jsonschema) ranks that member's first. OpenAPI has no `if`; its `discriminator` says the
  // same, and its tools read it.
  private taggedUnion({ codec, discriminant, members }: UnionNode): JsonSchema {
    const branches = members.map(([tag, member]) => [tag, this.walk(member)] as const)
    const oneOf = branches.map(([, schema]) => schema)
    if (this.target === 'openapi-3.0') {
      const mapping = Object.fromEntries(branches.flatMap(([tag, schema]) => (typeof schema.$ref === 'string' ? [[tag, schema.$ref]] : [])))
      return { ...describe(codec), type: 'object', oneOf, discriminator: { propertyName: discriminant, mapping } }
    }
    const byTag = branches.map(([tag, schema]) => ({
      if: { type: 'object', properties: { [discriminant]: { const: tag } }, required: [discriminant] },
      then: schema,
    }))
    return { ...describe(codec), type: 'object', allOf: [...byTag, { oneOf }] }
  }
}

// -------------------------------------------------------------------------------------
// targets
// -------------------------------------------------------------------------------------

/**
 * A dialect the exporter writes: the targets Standard JSON Schema names. `draft-2020-12` is the one the
 * shipped files use; `draft-07` for tools that stop there; `openapi-3.0` for OpenAPI 3.0 Schema Objects.
 *
 * @category interop
 * @since 0.3.0
 */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07' | 'openapi-3.0'

/**
 * The dialects {@link toJsonSchema} and `~standard.jsonSchema` write.
 *
 * @example
 * import { JSON_SCHEMA_TARGETS } from 'news-codecs'
 *
 * JSON_SCHEMA_TARGETS //=> ['draft-2020-12', 'draft-07', 'openapi-3.0']
 *
 * @category interop
 * @since 0.3.0
 */
export const JSON_SCHEMA_TARGETS: ReadonlyArray<JsonSchemaTarget> = ['draft-2020-12', 'draft-07', 'openapi-3.0']

/**
 * Whether a string names a dialect the exporter writes.
 *
 * @example
 * import { isJsonSchemaTarget } from 'news-codecs'
 *
 * isJsonSchemaTarget('draft-07') //=> true
 * isJsonSchemaTarget('draft-04') //=> false
 *
 * @category interop
 * @since 0.3.0
 */
export const isJsonSchemaTarget = (target: string): target is JsonSchemaTarget => (JSON_SCHEMA_TARGETS as ReadonlyArray<string>).includes(target)

const SCHEMA_URI: Readonly<Record<JsonSchemaTarget, string | undefined>> = {
  'draft-2020-12': JSON_SCHEMA_DIALECT,
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  // An OpenAPI Schema Object names no dialect: the OpenAPI document it sits in does.
  'openapi-3.0': undefined,
}

const isSchemaObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value)

// Rebuilds a schema bottom up, `rewrite` applied to every schema object in it. Only the keywords the exporter
// writes hold schemas; the values of `const`, `enum` and the like are data and are left alone.
const mapSchemas = (schema: JsonSchema, rewrite: (schema: JsonSchema) => JsonSchema): JsonSchema => {
  const out: Record<string, unknown> = { ...schema }
  for (const key of ['properties', '$defs', 'definitions']) {
    const map = schema[key]
    if (isSchemaObject(map)) out[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, isSchemaObject(sub) ? mapSchemas(sub, rewrite) : sub]))
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key]
    if (Array.isArray(list)) out[key] = list.map((sub: unknown) => (isSchemaObject(sub) ? mapSchemas(sub, rewrite) : sub))
  }
  for (const key of ['not', 'if', 'then', 'else', 'items', 'additionalProperties']) {
    const sub = schema[key]
    if (isSchemaObject(sub)) out[key] = mapSchemas(sub, rewrite)
  }
  return rewrite(out)
}

// draft-07 says `dependentRequired` as `dependencies` (which also takes schemas, not used here).
const toDraft07 = ({ dependentRequired, ...schema }: JsonSchema): JsonSchema => (dependentRequired === undefined ? schema : { ...schema, dependencies: dependentRequired })

// An object with these keys (each declared, as ajv's strict mode asks of `required`).
const requiring = (keys: ReadonlyArray<string>): JsonSchema => ({ type: 'object', properties: Object.fromEntries(keys.map((key) => [key, {}])), required: [...keys] })

// OpenAPI 3.0 has no `const`, `if`/`then`, `dependentRequired` or `$comment`: each is said with what it has
// (`enum` of one value; "not the condition, or the consequence"; "not the key, or the keys it needs").
const toOpenApi30 = ({ const: constant, if: condition, then: consequence, dependentRequired, $comment, ...schema }: JsonSchema): JsonSchema => {
  const allOf: Array<unknown> = Array.isArray(schema.allOf) ? [...(schema.allOf as Array<unknown>)] : []
  if (condition !== undefined && consequence !== undefined) allOf.push({ anyOf: [{ not: condition }, consequence] })
  if (isSchemaObject(dependentRequired)) {
    for (const [key, needs] of Object.entries(dependentRequired)) allOf.push({ anyOf: [{ not: requiring([key]) }, requiring(needs as ReadonlyArray<string>)] })
  }
  return {
    ...schema,
    ...(constant === undefined ? {} : { enum: [constant] }),
    ...(allOf.length === 0 ? {} : { allOf }),
  }
}

const REWRITE: Readonly<Record<JsonSchemaTarget, ((schema: JsonSchema) => JsonSchema) | undefined>> = {
  'draft-2020-12': undefined,
  'draft-07': toDraft07,
  'openapi-3.0': toOpenApi30,
}

// The document: the dialect, a title, the root schema and the named schemas where the target keeps them.
const documentOf = (exporter: Exporter, root: JsonSchema, target: JsonSchemaTarget, head: JsonSchema, also?: (schema: JsonSchema) => JsonSchema): JsonSchema => {
  const targeted = REWRITE[target]
  const rewrite = also === undefined ? targeted : targeted === undefined ? also : (schema: JsonSchema) => targeted(also(schema))
  const finish = (schema: JsonSchema): JsonSchema => (rewrite === undefined ? schema : mapSchemas(schema, rewrite))
  const sorted = [...exporter.defs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const defs = Object.fromEntries(sorted.map(([name, { schema }]) => [name, finish(schema)]))
  const dialect = SCHEMA_URI[target]
  return {
    ...(dialect === undefined ? {} : { $schema: dialect }),
    ...head,
    ...finish(root),
    ...(target === 'openapi-3.0' ? { components: { schemas: defs } } : { [DEFS_PATH[target]]: defs }),
  }
}

const checkedTarget = (target: string): JsonSchemaTarget => {
  if (!isJsonSchemaTarget(target)) throw new RangeError(`no JSON Schema for target "${target}": news-codecs writes ${JSON_SCHEMA_TARGETS.join(', ')}`)
  return target
}

// -------------------------------------------------------------------------------------
// export
// -------------------------------------------------------------------------------------

/**
 * A complete, self-contained JSON Schema document for any codec the exporter knows: named codecs among the
 * named schemas (`$defs`; `definitions` in draft-07; `components.schemas` for OpenAPI), the root a `$ref` to
 * the codec's own entry. The target defaults to draft 2020-12; any other than {@link JSON_SCHEMA_TARGETS} is
 * a `RangeError`. Throws when the codec tree holds a codec with no JSON Schema mapping, so a gap shows at
 * build and test time rather than as a schema that accepts anything.
 *
 * @example
 * import * as t from 'io-ts'
 * import { struct, toJsonSchema, NonEmptyString } from 'news-codecs'
 *
 * const Note = struct('Note', { text: NonEmptyString }, { pinned: t.boolean })
 * toJsonSchema(Note).$ref //=> '#/$defs/Note'
 * toJsonSchema(Note, 'Note', 'draft-07').$ref //=> '#/definitions/Note'
 *
 * @category interop
 * @since 0.1.0
 */
export const toJsonSchema = (codec: t.Mixed, title: string = codec.name, target: JsonSchemaTarget = 'draft-2020-12'): JsonSchema => {
  const exporter = new Exporter(checkedTarget(target))
  const root = exporter.walk(codec)
  return documentOf(exporter, root, target, { title, ...(codecDocs[codec.name] === undefined ? {} : { description: codecDocs[codec.name] }) })
}

// What `~standard.jsonSchema` gives for both input and output: every codec decodes to the value it was
// given (brands exist in the types only), so one schema describes both.
useJsonSchemaExport((codec, target) => toJsonSchema(codec, codec.name, checkedTarget(target)))

/**
 * The models shipped as JSON Schema files (`schemas/NAME.schema.json`) and printed by
 * `news-codecs schema NAME`.
 *
 * @example
 * import { jsonSchemaCodecs, Meeting } from 'news-codecs'
 *
 * jsonSchemaCodecs.Meeting === Meeting //=> true
 *
 * @category interop
 * @since 0.1.0
 */
export const jsonSchemaCodecs = {
  Graph,
  Article,
  Evidence,
  Time,
  Actor,
  Place,
  Event,
  Meeting,
  Agreement,
  Statement,
  Position,
  Document,
  Relation,
  Quantity,
  Vote,
} as const satisfies Readonly<Record<string, t.Mixed>>

/**
 * The name of a model with a shipped JSON Schema.
 *
 * @category interop
 * @since 0.1.0
 */
export type JsonSchemaName = keyof typeof jsonSchemaCodecs

/**
 * The names of the models with a shipped JSON Schema, Graph first.
 *
 * @example
 * import { jsonSchemaNames } from 'news-codecs'
 *
 * jsonSchemaNames[0] //=> 'Graph'
 * jsonSchemaNames.includes('Statement') //=> true
 *
 * @category interop
 * @since 0.1.0
 */
export const jsonSchemaNames: ReadonlyArray<JsonSchemaName> = /* @__PURE__ */ Object.keys(jsonSchemaCodecs) as Array<JsonSchemaName>

/**
 * Whether a string names a model with a shipped JSON Schema.
 *
 * @example
 * import { isJsonSchemaName } from 'news-codecs'
 *
 * isJsonSchemaName('Meeting') //=> true
 * isJsonSchemaName('toString') //=> false
 *
 * @category interop
 * @since 0.1.0
 */
export const isJsonSchemaName = (name: string): name is JsonSchemaName => Object.prototype.hasOwnProperty.call(jsonSchemaCodecs, name)

/**
 * Where the shipped schema files are published: the package's own `schemas/` folder on unpkg, at the version
 * of the package, so the URL serves the very file and what it names never changes. Each file's `$id` is this
 * plus its file name, and the files refer to each other by file name, which resolves the same way against
 * that `$id` and against the folder on disk.
 *
 * @example
 * import { JSON_SCHEMA_BASE } from 'news-codecs'
 *
 * JSON_SCHEMA_BASE.startsWith('https://unpkg.com/news-codecs@') //=> true
 *
 * @category interop
 * @since 0.3.0
 */
export const JSON_SCHEMA_BASE = 'https://unpkg.com/news-codecs@0.2.0/schemas/'

/**
 * The `$id` of a shipped schema file: {@link JSON_SCHEMA_BASE} and the file name.
 *
 * @example
 * import { JSON_SCHEMA_BASE, jsonSchemaFor, jsonSchemaId } from 'news-codecs'
 *
 * jsonSchemaId('Meeting') === `${JSON_SCHEMA_BASE}Meeting.schema.json` //=> true
 * jsonSchemaFor('Meeting').$id === jsonSchemaId('Meeting') //=> true
 *
 * @category interop
 * @since 0.3.0
 */
export const jsonSchemaId = (name: JsonSchemaName): string => `${JSON_SCHEMA_BASE}${fileName(name)}`

const fileName = (name: JsonSchemaName): string => `${name}.schema.json`

/**
 * The JSON Schema of a model by name (`Graph`, `Meeting`, ...): the same document as
 * `schemas/NAME.schema.json` (draft 2020-12), with its `$id` ({@link jsonSchemaId}). The other models it
 * holds are `$ref`s to their own files (`"$ref": "Evidence.schema.json"`), so a validator is given every
 * file, as ajv's `schemas` option or a Python `referencing` registry takes them; {@link toJsonSchema} gives a
 * model's schema in one self-contained document instead. Throws a `RangeError` listing the known names for
 * any other name.
 *
 * @example
 * import { jsonSchemaFor } from 'news-codecs'
 *
 * jsonSchemaFor('Graph').$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 * const graph = jsonSchemaFor('Graph').properties as Record<string, unknown>
 * graph.meetings //=> { type: 'array', items: { $ref: 'Meeting.schema.json' }, description: 'Meetings.' }
 *
 * @category interop
 * @since 0.1.0
 */
export const jsonSchemaFor = (name: string): JsonSchema => {
  if (!isJsonSchemaName(name)) {
    throw new RangeError(`no JSON Schema named "${name}": expected one of ${jsonSchemaNames.join(', ')}`)
  }
  const codec: t.Mixed = jsonSchemaCodecs[name]
  const others = jsonSchemaNames.filter((other) => other !== name).map((other) => [jsonSchemaCodecs[other] as t.Mixed, fileName(other)] as const)
  const exporter = new Exporter('draft-2020-12', new Map(others))
  // The model's own schema is the root of its file, so a `$ref` to the file names it directly (code
  // generators that inline other files lose their way in a root that is itself a `$ref`); a reference to
  // it from inside is `#`.
  const selfRef = exporter.walk(codec).$ref
  const own = exporter.defs.get(name)
  if (own === undefined) throw new Error(`the model "${name}" is not a named codec`)
  exporter.defs.delete(name)
  const head = { $id: jsonSchemaId(name), title: name, ...(codecDocs[codec.name] === undefined ? {} : { description: codecDocs[codec.name] }) }
  return documentOf(exporter, own.schema, 'draft-2020-12', head, (schema) => (schema.$ref === selfRef ? { ...schema, $ref: '#' } : schema))
}
