/**
 * Identity across graphs: a record says which records of other graphs, and which outside entries, are
 * the same thing (schema.org `sameAs`), so two graphs about one meeting can be linked and merged.
 *
 * @module
 */
import * as t from 'io-ts'
import { Annotation } from './Annotation.js'
import { Id } from './Id.js'
import { Identifier } from './Identifier.js'
import { nonEmptyArray } from './NonEmptyArray.js'
import { struct } from './Struct.js'
import { Url } from './Text.js'
import { schemaRequiring } from './internal/objects.js'
import { withGuard } from './internal/decodePath.js'
import { isSameAs } from './generated/guards/Identity.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The same thing elsewhere: the record `id` of the graph `graph` (a graph names itself by its `id`), a
 * web page about it (`url`), or its entry in an outside scheme (`identifier`, such as a Wikidata item or
 * an event-data record id). Exactly one of the three; `graph` goes with `id`.
 *
 * @example
 * import { SameAs } from 'news-codecs'
 *
 * SameAs.is({ graph: 'graph:reuters-2023-03-02', id: 'meeting:g20-talk' }) //=> true
 * SameAs.is({ identifier: { scheme: 'wikidata', value: 'Q115969493' } }) //=> true
 * SameAs.is({ graph: 'graph:reuters-2023-03-02' }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const SameAs = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct('SameAs', {}, {
  /** The other graph, by its `id`. */
  graph: Id,
  /** The record's id in that graph. */
  id: Id,
  /** A web page about the same thing. */
  url: Url,
  /** Its entry in an outside scheme. */
  identifier: Identifier,
}).withRules({
  code: 'incomplete_link',
  description: 'a record of another graph (graph and id), a url or an identifier',
  check: (link) => {
    const named = [link.id !== undefined, link.url !== undefined, link.identifier !== undefined].filter(Boolean).length
    if (named === 1 && (link.graph === undefined) === (link.id === undefined)) return []
    const message = named > 1
      ? 'a sameAs link names more than one of a record, a url and an identifier: give each its own link'
      : link.graph !== undefined
        ? 'a sameAs link names a graph but no record id in it'
        : link.id !== undefined
          ? 'a sameAs link names a record id but not the graph it is in'
          : 'a sameAs link names no record (graph and id), url or identifier'
    return [{ path: [], expected: 'a record of another graph (graph and id), a url or an identifier', received: link, message }]
  },
  jsonSchema: { type: 'object', oneOf: [/* @__PURE__ */ schemaRequiring('id'), /* @__PURE__ */ schemaRequiring('url'), /* @__PURE__ */ schemaRequiring('identifier')], dependentRequired: { graph: ['id'], id: ['graph'] } },
}), isSameAs)
/**
 * The type of a value {@link SameAs} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface SameAs extends t.TypeOf<typeof SameAs> {}

/**
 * The fields every record of a graph's collections may carry (actors, places, facts): its links to the
 * same thing elsewhere, and how it was coded where that differs from the graph's defaults.
 *
 * @example
 * import * as t from 'io-ts'
 * import { recordFields, struct } from 'news-codecs'
 *
 * const Note = struct('Note', { id: t.string }, recordFields)
 * Note.is({ id: 'note:1', sameAs: [{ url: 'https://example.org/notes/1' }], annotation: { method: 'manual' } }) //=> true
 *
 * @category model
 * @since 0.3.0
 */
export const recordFields = {
  /** The same thing in other graphs or outside schemes. */
  sameAs: /* @__PURE__ */ nonEmptyArray(SameAs),
  /** Who coded it, how and how sure, where that differs from the graph's `annotation`. */
  annotation: Annotation,
}
