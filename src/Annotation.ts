/**
 * Annotation: who or what coded a fact, when, how, and how sure they are. A graph says it once for all its
 * records (`Graph.annotation`); a record says only where it differs, and {@link annotationOf} reads the two
 * together.
 *
 * @module
 */
import * as t from 'io-ts'
import { Identifier } from './Identifier.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { refinedNumber } from './Refined.js'
import { struct } from './Struct.js'
import { NonEmptyString, Url } from './Text.js'
import { Edtf } from './Time.js'
import { withGuard } from './internal/decodePath.js'
import { isAnnotation, isAnnotator } from './generated/guards/Annotation.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a number as checked by {@link Confidence}.
 *
 * @category model
 * @since 0.3.0
 */
export interface ConfidenceBrand {
  readonly Confidence: unique symbol
}

/**
 * How sure the annotator is that a fact holds: a number from 0 (a guess) to 1 (certain).
 *
 * @example
 * import { Confidence } from 'news-codecs'
 *
 * Confidence.is(0.8) //=> true
 * Confidence.is(80) //=> false
 *
 * @category primitives
 * @since 0.3.0
 */
export const Confidence = /* @__PURE__ */ refinedNumber<ConfidenceBrand>('Confidence', 'a number from 0 to 1', (n) =>
  Number.isFinite(n) && n >= 0 && n <= 1 ? undefined : 'is not a number from 0 to 1',
)
/**
 * The type of a value {@link Confidence} accepts.
 *
 * @category primitives
 * @since 0.3.0
 */
export type Confidence = t.TypeOf<typeof Confidence>

/**
 * How a fact was coded: by hand (`manual`), by a program (`automatic`), or by a program and then checked
 * by a person (`reviewed`).
 *
 * @example
 * import { AnnotationMethod } from 'news-codecs'
 *
 * AnnotationMethod.is('reviewed') //=> true
 * AnnotationMethod.is('crowd') //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const AnnotationMethod = /* @__PURE__ */ t.keyof({ manual: null, automatic: null, reviewed: null }, 'AnnotationMethod')
/**
 * The type of a value {@link AnnotationMethod} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export type AnnotationMethod = t.TypeOf<typeof AnnotationMethod>

/**
 * What kind of annotator: a `person`, an `organization`, a `tool` (a program, with its version) or a
 * `model` (a trained model, by its name).
 *
 * @example
 * import { AnnotatorKind } from 'news-codecs'
 *
 * AnnotatorKind.is('tool') //=> true
 *
 * @category model
 * @since 0.3.0
 */
export const AnnotatorKind = /* @__PURE__ */ t.keyof({ person: null, organization: null, tool: null, model: null }, 'AnnotatorKind')
/**
 * The type of a value {@link AnnotatorKind} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export type AnnotatorKind = t.TypeOf<typeof AnnotatorKind>

/**
 * Who or what produced an annotation: a coder, a newsroom desk, a program with its version, a model.
 *
 * @example
 * import { Annotator } from 'news-codecs'
 *
 * Annotator.is({ kind: 'tool', name: 'news-codecs-cli', version: '0.3.0' }) //=> true
 * Annotator.is({ kind: 'person' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const Annotator = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Annotator', {
  /** What kind of annotator. */
  kind: AnnotatorKind,
  /** Its name: a person's or organization's name, a program's or model's name. */
  name: NonEmptyString,
}, {
  /** The version of a tool or model. */
  version: NonEmptyString,
  /** A page about it. */
  url: Url,
  /** Its identifier in an outside scheme (an ORCID, a Wikidata item). */
  identifier: Identifier,
}), isAnnotator)
/**
 * The type of a value {@link Annotator} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface Annotator extends t.TypeOf<typeof Annotator> {}

/**
 * Who coded a fact, when, how and how sure: every field optional, so a record can set only what differs
 * from its graph's defaults.
 *
 * @example
 * import { Annotation } from 'news-codecs'
 *
 * Annotation.is({ by: [{ kind: 'person', name: 'Maria Silva' }], at: '2026-11-30', method: 'manual', confidence: 0.9 }) //=> true
 * Annotation.is({ confidence: 1.5 }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const Annotation = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Annotation', {}, {
  /** Who or what produced it, in order: the program that proposed it, then the person who checked it. */
  by: /* @__PURE__ */ nonEmptyArray(Annotator),
  /** When (EDTF: a day, or a day and time). */
  at: Edtf,
  /** How. */
  method: AnnotationMethod,
  /** How sure, from 0 to 1. */
  confidence: Confidence,
  /** Anything else the coder notes. */
  note: NonEmptyString,
}), isAnnotation)
/**
 * The type of a value {@link Annotation} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface Annotation extends t.TypeOf<typeof Annotation> {}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A record's annotation read with its graph's defaults: each field the record sets wins, the others come
 * from the graph.
 *
 * @example
 * import { Annotation, annotationOf, make } from 'news-codecs'
 *
 * const graph = { annotation: make(Annotation)({ by: [{ kind: 'person', name: 'Maria Silva' }], method: 'manual' }) }
 * annotationOf(graph)({ annotation: make(Annotation)({ confidence: 0.6 }) })
 * //=> { by: [{ kind: 'person', name: 'Maria Silva' }], method: 'manual', confidence: 0.6 }
 *
 * @category utils
 * @since 0.3.0
 */
export const annotationOf =
  (graph: { readonly annotation?: Annotation }) =>
  (record: { readonly annotation?: Annotation }): Annotation => ({ ...graph.annotation, ...record.annotation })
