/**
 * What an article is about, as a feed classifies it: a topic (built-in, or a code of an outside scheme such
 * as IPTC Media Topics), the label the feed gives it, and whether the article is about it or only mentions it.
 *
 * @module
 */
import * as t from 'io-ts'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isSubject } from './generated/guards/Subject.js'

/**
 * A subject of news. A built-in, or a coded value of an outside scheme: an IPTC Media Topic
 * (`{ scheme: 'iptc-mediatopic', code: '16000000' }`, "conflict, war and peace"), or any scheme of one's own;
 * codes of schemes not shipped are checked for form only.
 *
 * @example
 * import { Topic } from 'news-codecs'
 *
 * Topic.is('diplomacy') //=> true
 * Topic.is({ scheme: 'iptc-mediatopic', code: '16000000' }) //=> true
 * Topic.is({ scheme: 'IPTC', code: '16000000' }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Topic = /* @__PURE__ */ vocabulary('Topic', [
  'politics',
  'diplomacy',
  'conflict',
  'security',
  'economy',
  'trade',
  'energy',
  'law',
  'human-rights',
  'environment',
  'health',
  'science',
  'society',
  'culture',
  'sport',
  'disaster',
])
/**
 * The type of a value {@link Topic} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type Topic = t.TypeOf<typeof Topic>

/**
 * How an article relates to a subject (IPTC ninjs `subjects[].rel`): it is `about` it, or only `mentions` it.
 *
 * @example
 * import { SubjectRelation } from 'news-codecs'
 *
 * SubjectRelation.is('mentions') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const SubjectRelation = /* @__PURE__ */ t.keyof({ about: null, mentions: null }, 'SubjectRelation')
/**
 * The type of a value {@link SubjectRelation} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type SubjectRelation = t.TypeOf<typeof SubjectRelation>

/**
 * A subject of an article: its topic, the label the feed gives it, and whether the article is about it
 * (when `rel` is absent) or only mentions it. Free-text keywords go in the article's `keywords`.
 *
 * @example
 * import { Subject } from 'news-codecs'
 *
 * Subject.is({ topic: { scheme: 'iptc-mediatopic', code: '16000000' }, name: 'conflict, war and peace' }) //=> true
 * Subject.is({ topic: 'energy', rel: 'mentions' }) //=> true
 * Subject.is({ name: 'conflict, war and peace' }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Subject = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Subject',
  {
    /** The topic, built-in or coded. */
    topic: Topic,
  },
  {
    /** The topic's label as the feed gives it ("conflict, war and peace"). */
    name: NonEmptyString,
    /** `about` (the default) or `mentions`. */
    rel: SubjectRelation,
  },
), isSubject)
/**
 * The type of a value {@link Subject} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Subject extends t.TypeOf<typeof Subject> {}
