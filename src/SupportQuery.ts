/**
 * Queries by support and annotation: predicates on the facts of a graph, by what they stand on (article
 * evidence, outside sources, inferences) and by how they were coded (method, confidence). They compose
 * with fp-ts `Predicate` (`and`, `or`, `not`) and apply to one answer with `factsWhere`, or to every query
 * at once with `indexGraph(graph, { where })`.
 *
 * @module
 */
import type { Predicate } from 'fp-ts/lib/Predicate.js'
import type { AnnotationMethod } from './Annotation.js'
import { annotationOf } from './Annotation.js'
import type { FactInGraph } from './GraphIndex.js'
import type { Supported } from './Support.js'

const supportOf = (found: FactInGraph): Supported => found.fact.record

/**
 * Whether the fact itself has evidence in an article of the graph (a span it quotes).
 *
 * @example
 * import { factsWhere, hasArticleEvidence, indexGraph } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * factsWhere(hasArticleEvidence)(index).length === index.facts.length //=> true
 *
 * @category queries
 * @since 0.3.0
 */
export const hasArticleEvidence: Predicate<FactInGraph> = (found) => (supportOf(found).evidence?.length ?? 0) > 0

/**
 * Whether the fact names a source outside the graph's articles (a web page, a Wikidata statement).
 *
 * @example
 * import { hasOutsideSource, make, Relation } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const graph = { annotation: { method: 'manual' } } as Graph
 * const fact = { kind: 'relation', record: make(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB',
 *   sources: [{ url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm' }] }) } as const
 * hasOutsideSource({ fact, graph }) //=> true
 *
 * @category queries
 * @since 0.3.0
 */
export const hasOutsideSource: Predicate<FactInGraph> = (found) => (supportOf(found).sources?.length ?? 0) > 0

/**
 * Whether the fact is inferred from other facts of the graph.
 *
 * @example
 * import { isInferred, make, Relation } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const graph = { annotation: { method: 'manual' } } as Graph
 * const fact = { kind: 'relation', record: make(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB',
 *   inferences: [{ from: ['agreement:nato'], rule: 'party-to-alliance' }] }) } as const
 * isInferred({ fact, graph }) //=> true
 *
 * @category queries
 * @since 0.3.0
 */
export const isInferred: Predicate<FactInGraph> = (found) => (supportOf(found).inferences?.length ?? 0) > 0

/**
 * Whether the fact was coded by one of the methods (`manual`, `automatic`, `reviewed`), read from its own
 * annotation over the graph's defaults (see `annotationOf`). A fact whose method is nowhere given passes none.
 *
 * @example
 * import { codedBy, make, Relation } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const graph = { annotation: { method: 'automatic' } } as Graph
 * const fact = { kind: 'relation', record: make(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB',
 *   sources: [{ url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm' }] }) } as const
 * codedBy('automatic')({ fact, graph }) //=> true
 * codedBy('manual', 'reviewed')({ fact, graph }) //=> false
 *
 * @category queries
 * @since 0.3.0
 */
export const codedBy =
  (...methods: ReadonlyArray<AnnotationMethod>): Predicate<FactInGraph> =>
  ({ fact, graph }) => {
    const method = annotationOf(graph)(fact.record).method
    return method !== undefined && methods.includes(method)
  }

/**
 * Whether the confidence of the fact's coding (its own, else the graph's) is at least `x`. A fact whose
 * confidence is nowhere given fails: an unknown confidence is not known to reach any threshold.
 *
 * @example
 * import { confidenceAtLeast, make, Relation } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const graph = { annotation: { confidence: 0.6 } } as Graph
 * const fact = { kind: 'relation', record: make(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB',
 *   sources: [{ url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm' }], annotation: { confidence: 0.9 } }) } as const
 * confidenceAtLeast(0.8)({ fact, graph }) //=> true
 * const unrated = { kind: 'relation', record: make(Relation)({ id: 'relation:2', type: 'alliance', subject: 'state:US', object: 'state:FR',
 *   sources: [{ url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm' }] }) } as const
 * confidenceAtLeast(0.5)({ fact: unrated, graph: {} as Graph }) //=> false
 *
 * @category queries
 * @since 0.3.0
 */
export const confidenceAtLeast =
  (x: number): Predicate<FactInGraph> =>
  ({ fact, graph }) => {
    const confidence = annotationOf(graph)(fact.record).confidence
    return confidence !== undefined && confidence >= x
  }

/**
 * Whether one of the fact's outside sources is the one named: by its url (as written), or by an
 * identifier (same scheme and value).
 *
 * @example
 * import { fromSource, make, Relation } from 'news-codecs'
 * import type { Graph } from 'news-codecs'
 *
 * const graph = { annotation: { method: 'manual' } } as Graph
 * const fact = { kind: 'relation', record: make(Relation)({ id: 'relation:1', type: 'alliance', subject: 'state:US', object: 'state:GB',
 *   sources: [{ url: 'https://www.wikidata.org/wiki/Q7184', identifier: { scheme: 'wikidata', value: 'Q7184' } }] }) } as const
 * fromSource('https://www.wikidata.org/wiki/Q7184')({ fact, graph }) //=> true
 * fromSource({ scheme: 'wikidata', value: 'Q7184' })({ fact, graph }) //=> true
 * fromSource('https://example.org')({ fact, graph }) //=> false
 *
 * @category queries
 * @since 0.3.0
 */
export const fromSource =
  (source: string | { readonly scheme: string; readonly value: string }): Predicate<FactInGraph> =>
  (found) =>
    (supportOf(found).sources ?? []).some((s) =>
      typeof source === 'string' ? s.url === source : s.identifier !== undefined && s.identifier.scheme === source.scheme && s.identifier.value === source.value,
    )
