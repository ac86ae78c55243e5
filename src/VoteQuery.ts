/**
 * Queries on votes: the votes on a record, an actor's votes, the tally of a vote by option, and an
 * election's results per candidate and its winner. Data-last,
 * like the queries of `Query`: parameters first, the {@link GraphIndex} (or the vote) last.
 *
 * @module
 */
import type { Option } from 'fp-ts/lib/Option.js'
import { fromNullable, none, some } from 'fp-ts/lib/Option.js'
import type { Evidence } from './Evidence.js'
import type { GraphIndex } from './GraphIndex.js'
import { factsAbout, factsOfActor } from './GraphIndex.js'
import type { CandidateCount, Vote, VoteOption } from './Vote.js'
import { VoteOption as VoteOptionCodec } from './Vote.js'

/** The options in the order the model lists them. */
const OPTIONS = /* @__PURE__ */ Object.keys(VoteOptionCodec.keys) as ReadonlyArray<VoteOption>

/** The id a vote's target names, if it names a record. */
const targetOf = (vote: Vote): string | undefined => {
  const { on } = vote
  switch (on.kind) {
    case 'document':
      return on.document
    case 'paragraph':
      return on.paragraph
    case 'agreement':
      return on.agreement
    case 'motion':
      return undefined
  }
}

/**
 * Every vote on a record (a document, one of its paragraphs, an agreement), by id, in graph order. Votes on
 * a paragraph are votes on the paragraph, not on its document.
 *
 * @example
 * import { indexGraph, votesOn } from 'news-codecs'
 * import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
 *
 * votesOn('document:a-res-es-11-1')(indexGraph(unGeneralAssemblyVoteGraph)).map((vote) => vote.result) //=> ['adopted']
 *
 * @category queries
 * @since 0.2.0
 */
export const votesOn =
  (record: string) =>
  (index: GraphIndex): ReadonlyArray<Vote> =>
    factsAbout(record)(index).flatMap((fact) => (fact.kind === 'vote' && targetOf(fact.record) === record ? [fact.record] : []))

/**
 * One actor's vote in a vote, with the evidence for it (its own, or the vote's when it has none).
 *
 * @category model
 * @since 0.2.0
 */
export interface ActorVote {
  readonly vote: Vote
  readonly option: VoteOption
  readonly evidence: ReadonlyArray<Evidence>
}

/**
 * Every vote an actor cast by name, with its option, in graph order. Being the body that voted (the
 * assembly) is not casting a vote.
 *
 * @example
 * import { indexGraph, votesBy } from 'news-codecs'
 * import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
 *
 * votesBy('state:CN')(indexGraph(unGeneralAssemblyVoteGraph)).map((cast) => cast.option) //=> ['abstain']
 *
 * @category queries
 * @since 0.2.0
 */
export const votesBy =
  (actor: string) =>
  (index: GraphIndex): ReadonlyArray<ActorVote> =>
    factsOfActor(actor)(index).flatMap((fact) => {
      if (fact.kind !== 'vote') return []
      const cast = fact.record.votes?.find((named) => named.voter === actor)
      return cast === undefined ? [] : [{ vote: fact.record, option: cast.option, evidence: cast.evidence ?? fact.record.evidence ?? [] }]
    })

/**
 * One option of a vote: its stated count, if any, and the actors named as choosing it.
 *
 * @category model
 * @since 0.2.0
 */
export interface OptionTally {
  readonly option: VoteOption
  /** The count the source states (none when it gives only names). */
  readonly count: Option<number>
  /** The actors named as choosing it, in the order given. */
  readonly voters: ReadonlyArray<string>
}

/**
 * The tally of a vote by option: every option with a stated count or a named voter, in the model's order
 * (yes, no, abstain, absent, not-voting, paired).
 *
 * @example
 * import { tallyOf } from 'news-codecs'
 * import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
 *
 * const vote = unGeneralAssemblyVoteGraph.votes![0]!
 * tallyOf(vote).map(({ option, count }) => [option, count._tag === 'Some' ? count.value : null])
 * //=> [['yes', 141], ['no', 5], ['abstain', 35], ['not-voting', 12]]
 *
 * @category queries
 * @since 0.2.0
 */
export const tallyOf = (vote: Vote): ReadonlyArray<OptionTally> =>
  OPTIONS.flatMap((option) => {
    const count = vote.counts?.find((c) => c.option === option)?.count
    const voters = (vote.votes ?? []).filter((named) => named.option === option).map((named) => named.voter as string)
    return count === undefined && voters.length === 0 ? [] : [{ option, count: fromNullable(count as number | undefined), voters }]
  })

/**
 * The actors named as choosing an option in a vote, in the order given.
 *
 * @example
 * import { votersFor } from 'news-codecs'
 * import { unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 *
 * pipe(unGeneralAssemblyVoteGraph.votes![0]!, votersFor('no')) //=> ['state:BY', 'state:ER', 'state:KP', 'state:RU', 'state:SY']
 *
 * @category queries
 * @since 0.2.0
 */
export const votersFor =
  (option: VoteOption) =>
  (vote: Vote): ReadonlyArray<string> =>
    (vote.votes ?? []).filter((named) => named.option === option).map((named) => named.voter)

/** Missing figures rank below every stated one. */
const figure = (n: number | undefined): number => (n === undefined ? -1 : n)

/** Most votes first; on equal (or no) votes, most seats first. */
const compareResults = (a: CandidateCount, b: CandidateCount): number =>
  figure(b.count) - figure(a.count) || figure(b.seats) - figure(a.seats)

/**
 * An election's results, one per candidate or party list, ranked: most votes first, then most seats;
 * candidates with equal figures keep the order the source gives.
 *
 * @example
 * import { resultsOf } from 'news-codecs'
 * import { taiwanElectionGraph } from 'news-codecs/fixtures'
 *
 * const presidential = taiwanElectionGraph.votes![0]!
 * resultsOf(presidential).map(({ candidate, share }) => [candidate, share])
 * //=> [['person:lai-ching-te', 40.05], ['person:hou-yu-ih', 33.49], ['person:ko-wen-je', 26.46]]
 *
 * @category queries
 * @since 0.2.0
 */
export const resultsOf = (vote: Vote): ReadonlyArray<CandidateCount> => [...(vote.results ?? [])].sort(compareResults)

/**
 * The winner of an election: the candidate or party list ranked first by {@link resultsOf} (most votes,
 * or most seats when votes are not given). None when there are no results or the first two are level.
 * Winning the most seats is not a majority: compare the seats with the size of the body for that.
 *
 * @example
 * import { winnerOf } from 'news-codecs'
 * import { taiwanElectionGraph } from 'news-codecs/fixtures'
 *
 * winnerOf(taiwanElectionGraph.votes![0]!) //=> { _tag: 'Some', value: 'person:lai-ching-te' }
 * winnerOf(taiwanElectionGraph.votes![1]!) //=> { _tag: 'Some', value: 'org:kuomintang' }
 *
 * @category queries
 * @since 0.2.0
 */
export const winnerOf = (vote: Vote): Option<string> => {
  const [first, second] = resultsOf(vote)
  if (first === undefined) return none
  return second !== undefined && compareResults(first, second) === 0 ? none : some(first.candidate)
}
