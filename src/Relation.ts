/**
 * Relations: standing ties between actors that a story states as background ("has close ties with
 * Moscow", "chairs the Group of Twenty", "a major customer of Moscow in the military field").
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { NonEmptyString } from './Text.js'
import { Time } from './Time.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isRelation } from './generated/guards/Relation.js'

/**
 * What ties the subject to the object. A built-in, or a coded value `{ scheme, code }` (see {@link vocabulary}).
 *
 * @example
 * import { RelationType } from 'news-codecs'
 *
 * RelationType.is('close-ties') //=> true
 * RelationType.is({ scheme: 'wikidata-property', code: 'P530' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const RelationType = /* @__PURE__ */ vocabulary('RelationType', [
  'close-ties',
  'friendship',
  'alliance',
  'rivalry',
  'chairs',
  'member-of',
  'customer',
  'supplier',
  'other',
])
/**
 * The type of a value {@link RelationType} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export type RelationType = t.TypeOf<typeof RelationType>

/**
 * A relation from `subject` to `object`.
 *
 * @example
 * import { Relation } from 'news-codecs'
 *
 * Relation.is({ id: 'relation:1', type: 'friendship', subject: 'state:IN', object: 'state:RU',
 *   evidence: [{ article: 'article:1', start: 0, end: 10, quote: 'friendship' }] }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Relation = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Relation',
  {
    /** Stable id. */
    id: Id,
    /** What ties them. */
    type: RelationType,
    /** Who the relation is of. */
    subject: /* @__PURE__ */ ref('actor').as('subject'),
    /** Who or what it is to. */
    object: /* @__PURE__ */ ref('actor').as('object'),
  },
  {
    ...supportFields,
    ...recordFields,
    /** The relation in a sentence, when the type alone says too little. */
    description: NonEmptyString,
    /** When it held. */
    time: Time,
  },
).withRules(/* @__PURE__ */ supported('a relation'), /* @__PURE__ */ coversPresentFields()), isRelation)
/**
 * The type of a value {@link Relation} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Relation extends t.TypeOf<typeof Relation> {}
