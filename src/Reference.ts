/**
 * References: ids that point at another record of a graph, with the kinds of record they may point at.
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'

/**
 * The kinds of record a graph holds. An actor is both `actor` and its own kind (`person`, `state`, ...).
 *
 * @category model
 * @since 0.1.0
 */
export type RecordKind =
  | 'article'
  | 'actor'
  | 'person'
  | 'state'
  | 'organization'
  | 'group'
  | 'anonymous'
  | 'place'
  | 'event'
  | 'meeting'
  | 'agreement'
  | 'document'
  | 'paragraph'
  | 'statement'
  | 'position'
  | 'relation'

/**
 * The codec class behind {@link ref}: an {@link Id} that must name a record of one of `targets` in the
 * enclosing graph. Shape decoding checks the id; {@link checkGraph} checks what it names.
 *
 * @example
 * import { ref, RefType } from 'news-codecs'
 *
 * ref('place') instanceof RefType //=> true
 * ref('place').name //=> 'Ref<place>'
 *
 * @category model
 * @since 0.1.0
 */
export class RefType extends t.Type<Id, string, unknown> {
  readonly _tag = 'RefType' as const
  constructor(readonly targets: ReadonlyArray<RecordKind>) {
    super(`Ref<${targets.join(' | ')}>`, Id.is, Id.validate, Id.encode)
  }
}

/**
 * A reference to a record of one of the given kinds.
 *
 * @example
 * import { ref } from 'news-codecs'
 *
 * const Participant = ref('actor')
 * Participant.targets //=> ['actor']
 *
 * @category constructors
 * @since 0.1.0
 */
export const ref = (...targets: [RecordKind, ...RecordKind[]]): RefType => new RefType(targets)
