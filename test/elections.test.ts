// Elections in the vote model: results per candidate (votes, shares, seats), the graph checks on them
// (each with its code and path, each shown to pass on good data), the queries, and older graphs.
import { describe, expect, it } from 'vitest'
import { isNone } from 'fp-ts/lib/Option.js'
import { CandidateCount, decodeWith, resultsOf, validateGraph, Vote, VoteShare, winnerOf } from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import { taiwanElectionGraph, unGeneralAssemblyVoteGraph } from 'news-codecs/fixtures'
import { sampleGraphJson } from './support/sample.js'

const issuesOf = (input: unknown): Array<[string, IssueCode]> => {
  const result = validateGraph(input)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

/** The sample graph with an election between its two states, each result citing the meeting's evidence. */
const sampleWithElection = (election: Record<string, unknown> = {}): any => {
  const g = sampleGraphJson()
  const evidence = [g.meetings[0].evidence[0]]
  g.votes = [
    {
      id: 'vote:election',
      on: { kind: 'motion', text: 'Who chairs the talks' },
      results: [
        { candidate: 'state:PT', count: 60, share: 60, evidence },
        { candidate: 'state:JP', count: 40, share: 40 },
      ],
      total: 100,
      evidence,
      ...election,
    },
  ]
  return g
}

/** A decoded vote with these results. */
const vote = (results: ReadonlyArray<{ readonly candidate: string; readonly count?: number; readonly seats?: number }>): Vote => {
  const decoded = decodeWith(Vote)({ id: 'vote:1', on: { kind: 'motion', text: 'Who is elected' }, results, evidence: [{ article: 'article:1', start: 0, end: 1, quote: 'x' }] })
  if (decoded._tag === 'Left') throw new Error('not a vote')
  return decoded.right
}

describe('election shapes', () => {
  it('a share is a percentage from 0 to 100', () => {
    expect([0, 26.46, 100].map((n) => VoteShare.is(n))).toEqual([true, true, true])
    expect([-0.01, 100.01, Number.NaN].map((n) => VoteShare.is(n))).toEqual([false, false, false])
    const result = decodeWith(VoteShare)(120)
    expect(result._tag === 'Left' && [result.left[0]!.code, result.left[0]!.message]).toEqual(['invalid_value', '120 is not a percentage from 0 to 100'])
  })

  it('a candidate count names its candidate; votes, share and seats are each optional', () => {
    expect(CandidateCount.is({ candidate: 'person:a' })).toBe(true)
    expect(CandidateCount.is({ candidate: 'org:party', seats: 52 })).toBe(true)
    expect(CandidateCount.is({ count: 5 })).toBe(false)
    expect(CandidateCount.is({ candidate: 'person:a', count: 2.5 })).toBe(false)
  })

  it('a candidate must be an actor', () => {
    const g = sampleWithElection()
    g.votes[0].results[1].candidate = 'place:lisbon'
    expect(issuesOf(g)).toEqual([['votes.0.results.1.candidate', 'wrong_reference_kind']])
  })

  it('graphs without results, and the fixtures of 0.1 and 0.2, still decode unchanged', () => {
    expect(issuesOf(sampleGraphJson())).toEqual([])
    expect(issuesOf(JSON.parse(JSON.stringify(unGeneralAssemblyVoteGraph)))).toEqual([])
    expect(unGeneralAssemblyVoteGraph.votes![0]!.results).toBeUndefined()
  })
})

describe('election checks', () => {
  it('a good election passes', () => {
    expect(issuesOf(sampleWithElection())).toEqual([])
  })

  it('each candidate is counted once', () => {
    const g = sampleWithElection()
    g.votes[0].results.push({ candidate: 'state:PT', seats: 1 })
    expect(issuesOf(g)).toEqual([['votes.0.results.2.candidate', 'duplicate_candidate']])
  })

  it('shares add up to no more than 100, give or take half a unit of each share’s last decimal place', () => {
    const shares = (...values: number[]) => sampleWithElection({ results: values.map((share, i) => ({ candidate: i === 0 ? 'state:PT' : 'state:JP', share }))})
    // Two whole-number shares may reach 101 (50.5 and 50.5 both round up), never 102.
    expect(issuesOf(shares(51, 50))).toEqual([])
    expect(issuesOf(shares(52, 50))).toEqual([['votes.0.results', 'shares_exceed_100']])
    // Shares given to two decimals allow 0.01 between them.
    expect(issuesOf(shares(60.01, 40))).toEqual([])
    expect(issuesOf(shares(60.05, 40.05))).toEqual([['votes.0.results', 'shares_exceed_100']])
  })

  it('the candidates’ votes add up to no more than the stated total (which may count spoiled ballots too)', () => {
    expect(issuesOf(sampleWithElection({ total: 120 }))).toEqual([])
    expect(issuesOf(sampleWithElection({ total: 99 }))).toEqual([['votes.0.total', 'results_exceed_total']])
  })

  it('the checks hold on the Taiwan fixture, and catch a share copied wrong', () => {
    const g = JSON.parse(JSON.stringify(taiwanElectionGraph))
    expect(issuesOf(g)).toEqual([])
    g.votes[0].results[2].share = 36.46
    expect(issuesOf(g)).toEqual([['votes.0.results', 'shares_exceed_100']])
  })
})

describe('election queries', () => {
  it('ranks the results by votes, then seats, keeping the given order on a tie', () => {
    const ranked = resultsOf(vote([{ candidate: 'a', count: 1 }, { candidate: 'b', count: 3 }, { candidate: 'c', seats: 9 }, { candidate: 'd', count: 3, seats: 1 }]))
    expect(ranked.map((r) => r.candidate)).toEqual(['d', 'b', 'a', 'c'])
  })

  it('names the winner, or none on a tie or without results', () => {
    expect(winnerOf(vote([{ candidate: 'a', count: 1 }, { candidate: 'b', count: 3 }]))).toEqual({ _tag: 'Some', value: 'b' })
    expect(isNone(winnerOf(vote([{ candidate: 'a', count: 3 }, { candidate: 'b', count: 3 }])))).toBe(true)
    expect(isNone(winnerOf(vote([])))).toBe(true)
    expect(isNone(winnerOf(unGeneralAssemblyVoteGraph.votes![0]!))).toBe(true)
  })
})
