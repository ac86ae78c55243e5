/**
 * Questions about sources: which statements rest on the word of someone the article does not name.
 *
 * @module
 */
import type { Actor } from './Actor.js'
import type { GraphIndex, RecordPath } from './GraphIndex.js'
import { lookupActor } from './GraphIndex.js'
import type { Statement } from './Statement.js'

/**
 * Where a statement names an anonymous actor: the actor, and the path in the statement (`['speakers', 0]`
 * when it spoke, `['attribution', 1, 'source']` when the statement reached the article through it).
 *
 * @category model
 * @since 0.2.0
 */
export interface AnonymousLink {
  readonly source: Extract<Actor, { readonly kind: 'anonymous' }>
  readonly path: RecordPath
}

/**
 * A statement that rests on one or more anonymous sources, with each place it names one.
 *
 * @category model
 * @since 0.2.0
 */
export interface AnonymouslySourced {
  readonly statement: Statement
  /** Speakers first, then the attribution chain from the speaker outward. */
  readonly via: ReadonlyArray<AnonymousLink>
}

/**
 * Every statement whose speaker is an anonymous actor, or whose attribution chain passes through one
 * ("according to a US official"), once each, in graph order.
 *
 * @example
 * import { indexGraph, statementsOnAnonymousSources } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const found = statementsOnAnonymousSources(indexGraph(canonicalGraph))
 * found.map((f) => f.statement.id) //=> ['statement:us-official-meeting-length', 'statement:us-official-message-directly']
 * found[0]?.via.map((link) => [link.source.name, link.path.join('.')])
 * //=> [['a US official', 'speakers.0'], ['a US official', 'attribution.0.source']]
 *
 * @category queries
 * @since 0.2.0
 */
export const statementsOnAnonymousSources = (index: GraphIndex): ReadonlyArray<AnonymouslySourced> => {
  const anonymous = (id: string): AnonymousLink['source'] | undefined => {
    const found = lookupActor(id)(index)
    return found._tag === 'Some' && found.value.kind === 'anonymous' ? found.value : undefined
  }
  const out: AnonymouslySourced[] = []
  for (const statement of index.graph.statements) {
    const via: AnonymousLink[] = []
    statement.speakers.forEach((speaker, i) => {
      const source = anonymous(speaker)
      if (source !== undefined) via.push({ source, path: ['speakers', i] })
    })
    statement.attribution?.forEach((step, i) => {
      const source = anonymous(step.source)
      if (source !== undefined) via.push({ source, path: ['attribution', i, 'source'] })
    })
    if (via.length > 0) out.push({ statement, via })
  }
  return out
}
