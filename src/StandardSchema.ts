/**
 * Standard Schema v1 (standardschema.dev): the common interface through which tRPC, Hono, TanStack Form
 * and other libraries accept any validator. Every struct and tagged union (so every model codec) carries
 * the `~standard` property; {@link standardSchema} wraps any other codec.
 *
 * Issues are the library's own {@link Issue}s: each has the `message` and `path` the standard asks for
 * (array indexes as numbers, no union member indexes), plus `code`, `expected` and `received`.
 *
 * The same property implements Standard JSON Schema v1 too: `~standard.jsonSchema.input(options)` and
 * `output(options)` give the codec's JSON Schema for the target asked for (see {@link toJsonSchema}).
 *
 * @module
 */
import type * as t from 'io-ts'
import type { Issue } from './Issue.js'
import type { Either } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { decodePath } from './internal/decodePath.js'
import { exportJsonSchema } from './internal/jsonSchemaExport.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// The interface is copied from @standard-schema/spec 1.1.0, as the spec invites, so the package needs no
// dependency for it; test/StandardSchema.test-d.ts checks it against the spec's own types.

/**
 * The Standard Schema v1 interface.
 *
 * @category interop
 * @since 0.1.0
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>
}

/**
 * The types of the Standard Schema v1 interface.
 *
 * @category interop
 * @since 0.1.0
 */
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1
    /** The vendor name of the schema library. */
    readonly vendor: string
    /** Validates unknown input values. */
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined
  }
  /** The result of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult
  /** The result when validation succeeds. */
  export interface SuccessResult<Output> {
    readonly value: Output
    readonly issues?: undefined
  }
  /** Options for `validate`. */
  export interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined
  }
  /** The result when validation fails. */
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>
  }
  /** One issue of a failed validation. */
  export interface Issue {
    readonly message: string
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined
  }
  /** One segment of an issue's path. */
  export interface PathSegment {
    readonly key: PropertyKey
  }
  /** The input and output types. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input
    readonly output: Output
  }
  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input']
  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output']
}

/**
 * The Standard JSON Schema v1 interface: a schema that can say itself as JSON Schema.
 *
 * @category interop
 * @since 0.3.0
 */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
  /** The Standard JSON Schema properties. */
  readonly '~standard': StandardJSONSchemaV1.Props<Input, Output>
}

/**
 * The types of the Standard JSON Schema v1 interface.
 *
 * @category interop
 * @since 0.3.0
 */
export declare namespace StandardJSONSchemaV1 {
  /** The Standard JSON Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1
    /** The vendor name of the schema library. */
    readonly vendor: string
    /** Inferred types associated with the schema. */
    readonly types?: StandardSchemaV1.Types<Input, Output> | undefined
    /** Methods for generating the input and output JSON Schema. */
    readonly jsonSchema: Converter
  }
  /** The JSON Schema of the input and of the output type. */
  export interface Converter {
    /** The JSON Schema of the input type; throws for a target the library does not write. */
    readonly input: (options: Options) => Record<string, unknown>
    /** The JSON Schema of the output type; throws for a target the library does not write. */
    readonly output: (options: Options) => Record<string, unknown>
  }
  /** The dialect to write: the three the standard names, or any other string. */
  export type Target = 'draft-2020-12' | 'draft-07' | 'openapi-3.0' | ({} & string)
  /** Options for `input` and `output`. */
  export interface Options {
    /** The dialect to write. */
    readonly target: Target
    /** Vendor-specific options. */
    readonly libraryOptions?: Record<string, unknown> | undefined
  }
  /** The input type of a schema. */
  export type InferInput<Schema extends StandardJSONSchemaV1> = NonNullable<Schema['~standard']['types']>['input']
  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardJSONSchemaV1> = NonNullable<Schema['~standard']['types']>['output']
}

/**
 * What news-codecs puts in `~standard`: the Standard Schema properties and the Standard JSON Schema ones.
 *
 * @category interop
 * @since 0.3.0
 */
export type StandardProps<Input, Output> = StandardSchemaV1.Props<Input, Output> & StandardJSONSchemaV1.Props<Input, Output>

/**
 * The vendor name news-codecs gives in `~standard.vendor`.
 *
 * @example
 * import { Meeting, STANDARD_SCHEMA_VENDOR } from 'news-codecs'
 *
 * Meeting['~standard'].vendor === STANDARD_SCHEMA_VENDOR //=> true
 *
 * @category interop
 * @since 0.1.0
 */
export const STANDARD_SCHEMA_VENDOR = 'news-codecs'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The `~standard` properties for a codec: `validate` decodes, never throws (for any value, hostile getters
 * and Proxies included: what stops the decoder is an `unprocessable` issue), and returns `{value}` or
 * `{issues}` (the library's {@link Issue}s). The input type is the codec's wire (JSON) form, the output its
 * decoded type. `jsonSchema.input` and `jsonSchema.output` give one self-contained JSON Schema for both (a
 * codec decodes to the value it was given) for the targets `draft-2020-12`, `draft-07` and `openapi-3.0`,
 * and throw a `RangeError` for any other, as the standard asks.
 *
 * @example
 * import { IsoDate, standardProps } from 'news-codecs'
 *
 * standardProps(IsoDate).validate('2023-03-02') //=> { value: '2023-03-02' }
 * standardProps(IsoDate).jsonSchema.input({ target: 'draft-07' }).$ref //=> '#/definitions/IsoDate'
 *
 * @category constructors
 * @since 0.1.0
 */
export const standardProps = <A, O>(codec: t.Type<A, O, unknown>): StandardProps<O, A> => {
  // Built on first use, once the compiled guards are loaded: the same path as decodeWith.
  let decode: ((input: unknown) => Either<ReadonlyNonEmptyArray<Issue>, A>) | undefined
  const jsonSchema = (options: StandardJSONSchemaV1.Options): Record<string, unknown> => exportJsonSchema(codec, options.target)
  return {
    version: 1,
    vendor: STANDARD_SCHEMA_VENDOR,
    validate: (value: unknown): StandardSchemaV1.Result<A> => {
      const result = (decode ??= decodePath(codec))(value)
      return result._tag === 'Right' ? { value: result.right } : { issues: result.left }
    },
    jsonSchema: { input: jsonSchema, output: jsonSchema },
  }
}

/**
 * Any codec as a Standard Schema v1 validator that also gives its JSON Schema (Standard JSON Schema v1).
 * Struct and tagged-union codecs (every model) need no wrapping: they carry `~standard` themselves.
 *
 * @example
 * import { standardSchema, IsoDate } from 'news-codecs'
 *
 * const result = standardSchema(IsoDate)['~standard'].validate('2023-02-30')
 * 'issues' in result && result.issues?.map((issue) => issue.message)
 * //=> ['"2023-02-30" is not a calendar date (2023-02 has no day 30)']
 *
 * @category constructors
 * @since 0.1.0
 */
export const standardSchema = <A, O>(codec: t.Type<A, O, unknown>): StandardSchemaV1<O, A> & StandardJSONSchemaV1<O, A> => ({ '~standard': standardProps(codec) })

/**
 * Any codec, such as `t.readonlyArray(Meeting)` or a union of models, with `~standard` (Standard Schema v1
 * and Standard JSON Schema v1) on it, while it stays the same io-ts codec: `decode`, `is`, `encode`,
 * composition and every tool of the library that reads the codec tree work on it as before.
 * {@link standardSchema} gives the `~standard` object alone.
 *
 * @example
 * import * as t from 'io-ts'
 * import { Meeting, withStandardSchema } from 'news-codecs'
 *
 * const Meetings = withStandardSchema(t.readonlyArray(Meeting))
 * const result = Meetings['~standard'].validate([{ id: 'meeting:1' }])
 * 'issues' in result && result.issues?.map((issue) => issue.path?.join('.'))
 * //=> ['0.participants', '0.channel']
 * Meetings.is([]) //=> true
 * Meetings instanceof t.ReadonlyArrayType //=> true
 *
 * @category constructors
 * @since 0.3.0
 */
export const withStandardSchema = <C extends t.Mixed>(codec: C): C & StandardSchemaV1<t.OutputOf<C>, t.TypeOf<C>> & StandardJSONSchemaV1<t.OutputOf<C>, t.TypeOf<C>> =>
  Object.assign(Object.create(Object.getPrototypeOf(codec) as object) as object, codec, { '~standard': standardProps<t.TypeOf<C>, t.OutputOf<C>>(codec) }) as C & StandardSchemaV1<t.OutputOf<C>, t.TypeOf<C>> & StandardJSONSchemaV1<t.OutputOf<C>, t.TypeOf<C>>
