/**
 * Quantities: the numbers a story states (dead and injured, a crowd, a cap of 1,550 deployed warheads, a sum
 * of money), as a value or a range, with what is counted, how the stated number bounds the real one, the
 * words as written and the evidence.
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { taggedUnion } from './TaggedUnion.js'
import { NonEmptyString } from './Text.js'
import { Time } from './Time.js'
import { refinedNumber } from './Refined.js'
import { withGuard } from './internal/decodePath.js'
import { isProvision, isQuantity, isQuantityRange, isQuantityValue } from './generated/guards/Quantity.js'

// -------------------------------------------------------------------------------------
// primitives
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a number as checked by {@link Amount}.
 *
 * @category primitives
 * @since 0.2.0
 */
export interface AmountBrand {
  readonly Amount: unique symbol
}

/**
 * A finite number: the value of a quantity (`1550`, `-3.5`, `2.5e9`). `NaN` and the infinities are not
 * amounts (JSON cannot carry them; `1e400` parses to `Infinity`).
 *
 * @example
 * import { Amount } from 'news-codecs'
 *
 * Amount.is(1550) //=> true
 * Amount.is(-0.5) //=> true
 * Amount.is(Number.POSITIVE_INFINITY) //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const Amount = /* @__PURE__ */ refinedNumber<AmountBrand>('Amount', 'a finite number', (n) => (Number.isFinite(n) ? undefined : 'is not a finite number'))
/**
 * The type of a value {@link Amount} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type Amount = t.TypeOf<typeof Amount>

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How a stated number bounds the real one, as {@link DurationBound} does for durations: "at least 30 dead"
 * is `at-least` 30, "some 20,000 people" is `about` 20000, "a cap of 1,550" is `at-most` 1550.
 *
 * @example
 * import { QuantityBound } from 'news-codecs'
 *
 * QuantityBound.is('at-least') //=> true
 * QuantityBound.is('roughly') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const QuantityBound = /* @__PURE__ */ t.keyof(
  { exactly: null, about: null, 'less-than': null, 'at-most': null, 'more-than': null, 'at-least': null },
  'QuantityBound',
)
/**
 * The type of a value {@link QuantityBound} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type QuantityBound = t.TypeOf<typeof QuantityBound>

/**
 * How a stated range bounds the real number: `exactly` (it lies between the two ends) or `about` ("some 200
 * to 300 people": the ends themselves are rough). A range that is also "at least" or "at most" says two
 * different things at once, so a range takes no other bound.
 *
 * @example
 * import { RangeBound } from 'news-codecs'
 *
 * RangeBound.is('about') //=> true
 * RangeBound.is('at-least') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const RangeBound = /* @__PURE__ */ t.keyof({ exactly: null, about: null }, 'RangeBound')
/**
 * The type of a value {@link RangeBound} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type RangeBound = t.TypeOf<typeof RangeBound>

/**
 * One number: "at least 30 people were killed" is value 30, bound `at-least`, unit "people killed".
 *
 * @example
 * import { QuantityValue } from 'news-codecs'
 *
 * QuantityValue.is({ kind: 'value', value: 30, bound: 'at-least', unit: 'people killed', text: 'at least 30 people were killed',
 *   evidence: [{ article: 'article:1', start: 0, end: 8, quote: 'at least' }] }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const QuantityValue = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'QuantityValue',
  {
    kind: /* @__PURE__ */ t.literal('value'),
    /** The number stated. */
    value: Amount,
    /** How the stated number bounds the real one. */
    bound: QuantityBound,
    /** What is counted or the unit measured in: "people killed", "deployed warheads", "USD". */
    unit: NonEmptyString,
  },
  {
    ...supportFields,
    /** The words as written ("at least 30", "1.5 million"). */
    text: NonEmptyString,
    /** Who gives the figure (a health ministry, the organizers of a march), when the source says so. */
    accordingTo: /* @__PURE__ */ ref('actor').as('figureSource'),
    /** When the figure holds, or the span it counts over ("from 24 February to midnight on 1 March"). */
    time: Time,
  },
).withRules(/* @__PURE__ */ supported('a quantity'), /* @__PURE__ */ coversPresentFields()), isQuantityValue)
/**
 * The type of a value {@link QuantityValue} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface QuantityValue extends t.TypeOf<typeof QuantityValue> {}

/**
 * A range: "between 200 and 300 people" is min 200, max 300. {@link checkGraph} checks that it runs
 * forward (`max` not below `min`).
 *
 * @example
 * import { QuantityRange } from 'news-codecs'
 *
 * QuantityRange.is({ kind: 'range', min: 200, max: 300, bound: 'about', unit: 'protesters',
 *   evidence: [{ article: 'article:1', start: 0, end: 10, quote: '200 to 300' }] }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const QuantityRange = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'QuantityRange',
  {
    kind: /* @__PURE__ */ t.literal('range'),
    /** The low end. */
    min: Amount,
    /** The high end, not below `min`. */
    max: Amount,
    /** `exactly` between the ends, or `about` when the ends are rough. */
    bound: RangeBound,
    /** What is counted or the unit measured in: "people killed", "deployed warheads", "USD". */
    unit: NonEmptyString,
  },
  {
    ...supportFields,
    /** The words as written ("200 to 300", "between 5 and 7 billion dollars"). */
    text: NonEmptyString,
    /** Who gives the figure (a health ministry, the organizers of a march), when the source says so. */
    accordingTo: /* @__PURE__ */ ref('actor').as('figureSource'),
    /** When the figure holds, or the span it counts over ("from 24 February to midnight on 1 March"). */
    time: Time,
  },
).withRules(/* @__PURE__ */ supported('a quantity range'), /* @__PURE__ */ coversPresentFields(), {
  code: 'range_order',
  description: '`max` is not below `min`',
  check: ({ min, max }) => (max < min ? [{ path: ['max'], expected: `a number from ${min}`, received: max, message: `range ends at ${max}, below its start ${min}` }] : []),
}), isQuantityRange)
/**
 * The type of a value {@link QuantityRange} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface QuantityRange extends t.TypeOf<typeof QuantityRange> {}

/**
 * A quantity a story states, tagged by `kind`: one `value` with its bound, or a `range`. Attached to events
 * (dead, injured, crowd size), to agreements' provisions (caps, sums), and anywhere a model needs a number
 * with its words and evidence.
 *
 * @example
 * import { decodeWith, formatIssues, Quantity } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 5, quote: '1,550' }]
 * Quantity.is({ kind: 'value', value: 1550, bound: 'at-most', unit: 'deployed strategic warheads', evidence }) //=> true
 * const result = decodeWith(Quantity)({ kind: 'range', min: 1, max: 2, bound: 'at-least', unit: 'people', evidence })
 * result._tag === 'Left' && formatIssues(result.left) //=> 'bound: expected one of "exactly" | "about", received "at-least"'
 *
 * @category model
 * @since 0.2.0
 */
export const Quantity = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('Quantity', 'kind', { value: QuantityValue, range: QuantityRange }), isQuantity)
/**
 * The type of a value {@link Quantity} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type Quantity = t.TypeOf<typeof Quantity>

/**
 * One thing an agreement provides (its `provisions`), in words, with the numbers it sets: "a cap of 1,550 deployed strategic
 * warheads" is a provision with one `at-most` quantity.
 *
 * @example
 * import { Provision } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 5, quote: '1,550' }]
 * Provision.is({ text: 'Each party limits its deployed strategic warheads to 1,550.',
 *   quantities: [{ kind: 'value', value: 1550, bound: 'at-most', unit: 'deployed strategic warheads', evidence }], evidence }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const Provision = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Provision',
  {
    /** What it provides, in a sentence. */
    text: NonEmptyString,
  },
  {
    ...supportFields,
    /** The numbers it sets: caps, sums, quotas. */
    quantities: /* @__PURE__ */ arrayOf(Quantity),
  },
).withRules(/* @__PURE__ */ supported('a provision'), /* @__PURE__ */ coversPresentFields()), isProvision)
/**
 * The type of a value {@link Provision} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Provision extends t.TypeOf<typeof Provision> {}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The numbers a quantity allows, as `[low, high]` with open ends as infinities: "at least 30" is
 * `[30, Infinity]`, "a cap of 1,550" (`at-most`) `[-Infinity, 1550]`, "200 to 300" `[200, 300]`.
 * `about` keeps the stated number or ends (how rough is not said); `more-than` and `less-than` give the
 * same ends as `at-least` and `at-most` (the end itself excluded, which a closed pair cannot show).
 *
 * @example
 * import { make, Quantity, quantityBounds } from 'news-codecs'
 *
 * const atLeast30 = make(Quantity)({ kind: 'value', value: 30, bound: 'at-least', unit: 'people killed',
 *   evidence: [{ article: 'article:1', start: 0, end: 8, quote: 'at least' }] })
 * quantityBounds(atLeast30) //=> [30, Infinity]
 *
 * @category utils
 * @since 0.2.0
 */
export const quantityBounds = (quantity: Quantity): readonly [low: number, high: number] => {
  if (quantity.kind === 'range') return [quantity.min, quantity.max]
  switch (quantity.bound) {
    case 'exactly':
    case 'about':
      return [quantity.value, quantity.value]
    case 'at-least':
    case 'more-than':
      return [quantity.value, Infinity]
    case 'at-most':
    case 'less-than':
      return [-Infinity, quantity.value]
  }
}
