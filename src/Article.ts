/**
 * Articles: the source texts every piece of evidence points into.
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'
import { struct } from './Struct.js'
import { LanguageTag, NonEmptyString, NonEmptyText, Url } from './Text.js'
import { Time } from './Time.js'

/**
 * When an article was published, and whether that is known or inferred (from the events it reports, say).
 *
 * @example
 * import { Publication } from 'news-codecs'
 *
 * Publication.is({ time: { value: '2023-03-02' }, inferred: true,
 *   basis: 'the events it reports are dated Thursday 2 March 2023' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Publication = struct(
  'Publication',
  {
    /** The publication time, as precise as known. */
    time: Time,
    /** `true` when the time is not stated but worked out. */
    inferred: t.boolean,
  },
  {
    /** How an inferred time was worked out. */
    basis: NonEmptyString,
  },
)
/**
 * The type of a value {@link Publication} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Publication extends t.TypeOf<typeof Publication> {}

/**
 * A source article. Its `text` is kept exactly: evidence offsets count code points into it. What is not
 * known (publisher, url) is left out rather than guessed.
 *
 * @example
 * import { Article } from 'news-codecs'
 *
 * Article.is({ id: 'article:1', text: 'Blinken met Lavrov.', language: 'en' }) //=> true
 *
 * @category model
 * @since 0.1.0
 */
export const Article = struct(
  'Article',
  {
    /** Stable id, referred to by evidence. */
    id: Id,
    /** The full text, exactly as published. */
    text: NonEmptyText,
    /** BCP 47 language of `text`. */
    language: LanguageTag,
  },
  {
    /** The headline, if known. */
    headline: NonEmptyString,
    /** The publisher, if known. */
    publisher: NonEmptyString,
    /** When it was published, if known or inferred. */
    published: Publication,
    /** Where it was published, if known. */
    url: Url,
  },
)
/**
 * The type of a value {@link Article} accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface Article extends t.TypeOf<typeof Article> {}
