/**
 * Support: what a fact stands on. Evidence in an article of the graph, an outside source (a web page, a
 * Wikidata statement) or an inference from other facts of the graph: every fact has at least one.
 *
 * A source or an inference may say which of the fact's fields it `covers`, so a tenure that the article
 * names but whose start date comes from Wikidata says exactly that.
 *
 * @module
 */
import * as t from 'io-ts'
import { Evidence } from './Evidence.js'
import { Identifier } from './Identifier.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { refinedString } from './Refined.js'
import { ref } from './Reference.js'
import type { RecordRule, RuleBreach } from './Struct.js'
import { struct } from './Struct.js'
import { NonEmptyString, NonEmptyText, Url } from './Text.js'
import { Edtf } from './Time.js'
import { hasKey, schemaRequiring } from './internal/objects.js'
import { withGuard } from './internal/decodePath.js'
import { isInference, isOutsideSource } from './generated/guards/Support.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a string as checked by {@link FieldName}.
 *
 * @category model
 * @since 0.3.0
 */
export interface FieldNameBrand {
  readonly FieldName: unique symbol
}

/**
 * The name of a field of a record, as the model spells it (`from`, `participants`): up to 64 characters.
 *
 * @example
 * import { FieldName } from 'news-codecs'
 *
 * FieldName.is('from') //=> true
 * FieldName.is('from date') //=> false
 *
 * @category primitives
 * @since 0.3.0
 */
export const FieldName = /* @__PURE__ */ refinedString<FieldNameBrand>('FieldName', 'a field name such as "from"', (s) =>
  s.length <= 64 && /^[A-Za-z][A-Za-z0-9]*$/.test(s) ? undefined : 'is not a field name (up to 64 letters and digits, starting with a letter)',
)
/**
 * The type of a value {@link FieldName} accepts.
 *
 * @category primitives
 * @since 0.3.0
 */
export type FieldName = t.TypeOf<typeof FieldName>

/**
 * The brand that marks a string as checked by {@link InferenceRule}.
 *
 * @category model
 * @since 0.3.0
 */
export interface InferenceRuleBrand {
  readonly InferenceRule: unique symbol
}

/**
 * The short name of the rule an inference follows: lower-case words joined by hyphens
 * (`office-held-at-meeting`, `earlier-meeting-order`), up to 100 characters.
 *
 * @example
 * import { InferenceRule } from 'news-codecs'
 *
 * InferenceRule.is('office-held-at-meeting') //=> true
 * InferenceRule.is('Office held') //=> false
 *
 * @category primitives
 * @since 0.3.0
 */
export const InferenceRule = /* @__PURE__ */ refinedString<InferenceRuleBrand>('InferenceRule', 'a rule name such as "office-held-at-meeting"', (s) =>
  s.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? undefined : 'is not a rule name (lower-case words and digits joined by hyphens, up to 100 characters)',
)
/**
 * The type of a value {@link InferenceRule} accepts.
 *
 * @category primitives
 * @since 0.3.0
 */
export type InferenceRule = t.TypeOf<typeof InferenceRule>

/**
 * A source outside the graph's articles: a web page (`url`), an identifier such as a Wikidata statement, or
 * both; with its title, who publishes it and when it was read. At least one of `url` and `identifier`.
 *
 * @example
 * import { OutsideSource } from 'news-codecs'
 *
 * OutsideSource.is({ url: 'https://www.wikidata.org/wiki/Q4773814', title: 'Antony Blinken',
 *   identifier: { scheme: 'wikidata', value: 'Q4773814' }, retrieved: '2026-12-01', covers: ['from'] }) //=> true
 * OutsideSource.is({ title: 'Some page' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const OutsideSource = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('OutsideSource', {}, {
  /** Where the source can be read. */
  url: Url,
  /** The source's identifier in an outside scheme: a Wikidata item or statement, a DOI, a UN document symbol. */
  identifier: Identifier,
  /** Its title, as it gives it. */
  title: NonEmptyString,
  /** Who publishes it ("Wikidata", "U.S. Department of State"). */
  publisher: NonEmptyString,
  /** When it was read (EDTF: a day, or a day and time). */
  retrieved: Edtf,
  /** The words of the source that support the fact, as written there. */
  quote: NonEmptyText,
  /** The fields of the fact it supports; absent, the whole fact. */
  covers: /* @__PURE__ */ nonEmptyArray(FieldName),
}).withRules({
  code: 'unlocated_source',
  description: 'a url or an identifier',
  check: (source) =>
    source.url === undefined && source.identifier === undefined
      ? [{ path: [], expected: 'a url or an identifier', received: source, message: 'an outside source names neither a url nor an identifier, so it cannot be found' }]
      : [],
  jsonSchema: { type: 'object', anyOf: [/* @__PURE__ */ schemaRequiring('url'), /* @__PURE__ */ schemaRequiring('identifier')] },
}), isOutsideSource)
/**
 * The type of a value {@link OutsideSource} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface OutsideSource extends t.TypeOf<typeof OutsideSource> {}

/**
 * An inference: the fact follows from other facts of the graph by a named rule. The graph checks that the
 * facts it names exist and that no fact is inferred from itself, directly or through others.
 *
 * @example
 * import { Inference } from 'news-codecs'
 *
 * Inference.is({ from: ['meeting:g20-2023'], rule: 'office-held-at-meeting',
 *   note: 'He attended as foreign minister, so he held the office that day.' }) //=> true
 * Inference.is({ from: [], rule: 'office-held-at-meeting' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const Inference = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('Inference', {
  /** The facts it follows from. */
  from: /* @__PURE__ */ nonEmptyArray(
    /* @__PURE__ */ ref('actor', 'place', 'event', 'meeting', 'agreement', 'document', 'paragraph', 'statement', 'position', 'relation', 'vote', 'act').as('premise'),
  ),
  /** The rule it follows, by a short name. */
  rule: InferenceRule,
}, {
  /** The reasoning, in a sentence. */
  note: NonEmptyString,
  /** The fields of the fact it supports; absent, the whole fact. */
  covers: /* @__PURE__ */ nonEmptyArray(FieldName),
}), isInference)
/**
 * The type of a value {@link Inference} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface Inference extends t.TypeOf<typeof Inference> {}

/**
 * The fields that say what a fact stands on, for a fact's optional props: `evidence` in the graph's
 * articles, outside `sources`, `inferences` from other facts. {@link supported} requires one of them.
 *
 * @example
 * import * as t from 'io-ts'
 * import { struct, supportFields, supported } from 'news-codecs'
 *
 * const Sighting = struct('Sighting', { what: t.string }, supportFields).withRules(supported('a sighting'))
 * Sighting.is({ what: 'a comet', sources: [{ url: 'https://example.org/comet' }] }) //=> true
 * Sighting.is({ what: 'a comet' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const supportFields = {
  /** Where an article of the graph says so. */
  evidence: /* @__PURE__ */ nonEmptyArray(Evidence),
  /** Sources outside the graph's articles that say so. */
  sources: /* @__PURE__ */ nonEmptyArray(OutsideSource),
  /** Other facts of the graph it follows from. */
  inferences: /* @__PURE__ */ nonEmptyArray(Inference),
}

/**
 * What a fact's support fields hold, for code that reads them.
 *
 * @category model
 * @since 0.3.0
 */
export interface Supported {
  readonly evidence?: ReadonlyArray<Evidence>
  readonly sources?: ReadonlyArray<OutsideSource>
  readonly inferences?: ReadonlyArray<Inference>
}

// -------------------------------------------------------------------------------------
// rules
// -------------------------------------------------------------------------------------

const NO_BREACHES: ReadonlyArray<RuleBreach> = []

/**
 * The rule that a fact stands on something: evidence, an outside source or an inference
 * (`unsupported`); and that what a source or an inference `covers` is a field the fact has
 * (`covers_missing_field`).
 *
 * @example
 * import { decodeWith, Relation } from 'news-codecs'
 *
 * const result = decodeWith(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB' })
 * result._tag === 'Left' && result.left.map((issue) => issue.code) //=> ['unsupported']
 *
 * @category constructors
 * @since 0.3.0
 */
export const supported = <A extends Supported>(what: string): RecordRule<A> => ({
  code: 'unsupported',
  description: 'evidence, sources or inferences',
  check: (fact) =>
    fact.evidence === undefined && fact.sources === undefined && fact.inferences === undefined
      ? [{ path: [], expected: 'evidence, sources or inferences', received: undefined, message: `${what} stands on nothing: give its evidence, an outside source or the facts it is inferred from` }]
      : NO_BREACHES,
  jsonSchema: { type: 'object', anyOf: [schemaRequiring('evidence'), schemaRequiring('sources'), schemaRequiring('inferences')] },
})

/**
 * The rule that each field a source or an inference `covers` is one the record has.
 *
 * @example
 * import { decodeWith, Post } from 'news-codecs'
 *
 * const result = decodeWith(Post)({ office: 'Secretary of State',
 *   sources: [{ url: 'https://www.wikidata.org/wiki/Q4773814', covers: ['from'] }] })
 * result._tag === 'Left' && result.left.map((issue) => `${issue.path.join('.')}: ${issue.code}`)
 * //=> ['sources.0.covers.0: covers_missing_field']
 *
 * @category constructors
 * @since 0.3.0
 */
export const coversPresentFields = <A extends Supported>(): RecordRule<A> => ({
  code: 'covers_missing_field',
  description: 'what a source or an inference covers is a field of the record',
  check: (fact) => {
    let breaches: RuleBreach[] | undefined
    for (const key of ['sources', 'inferences'] as const) {
      fact[key]?.forEach((support, i) =>
        support.covers?.forEach((field, j) => {
          if (!hasKey(fact, field) || field === key) {
            ;(breaches ??= []).push({ path: [key, i, 'covers', j], expected: 'a field the record has', received: field, message: `covers the field "${field}", which the record does not have` })
          }
        }),
      )
    }
    return breaches ?? NO_BREACHES
  },
})
