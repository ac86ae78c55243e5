/**
 * Facts by period: what lies wholly within a span, beside what may overlap it ({@link datedFactsDuring}).
 *
 * @module
 */
import type { DatedFact, GraphIndex } from './GraphIndex.js'
import { datedFactsDuring } from './GraphIndex.js'
import type { Coverage } from './Time.js'
import { isWithin } from './TimeQuery.js'

/**
 * Every dated part of a fact that lies wholly within a span (definite reading: an open or unknown end never
 * does), ordered by start then end. "Events in September 2022" gives what happened that month, not a war
 * that began earlier and goes on, which {@link datedFactsDuring} also gives.
 *
 * @example
 * import { coverageOf, datedFactsDuring, datedFactsWithin, Edtf, indexGraph, make } from 'news-codecs'
 * import { canonicalGraph } from 'news-codecs/fixtures'
 *
 * const september = coverageOf(make(Edtf)('2022-09'))
 * const index = indexGraph(canonicalGraph)
 * datedFactsWithin(september)(index).map((dated) => dated.fact.record.id) //=> ['event:nord-stream-explosions']
 * datedFactsDuring(september)(index).some((dated) => dated.fact.record.id === 'event:war-in-ukraine') //=> true
 *
 * @category queries
 * @since 0.2.0
 */
export const datedFactsWithin =
  (span: Coverage) =>
  (index: GraphIndex): ReadonlyArray<DatedFact> =>
    datedFactsDuring(span)(index).filter((dated) => isWithin(span)(dated.time))
