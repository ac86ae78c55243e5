/**
 * Votes, as Popolo models them: a vote event on a document, an agreement or a motion, with the count per
 * option (Popolo's Count), each named voter's choice (Popolo's Vote), a stated total and the result. An
 * election is a vote whose results count votes, shares and seats per candidate or party list (as Wikidata
 * qualifies an election's `candidate` with the votes received).
 *
 * @module
 */
import * as t from 'io-ts'
import { arrayOf } from './ArrayOf.js'
import { Id } from './Id.js'
import { Realis } from './Realis.js'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { recordFields } from './Identity.js'
import { taggedUnion } from './TaggedUnion.js'
import { NonEmptyString } from './Text.js'
import { Time } from './Time.js'
import { refinedNumber } from './Refined.js'
import { withGuard } from './internal/decodePath.js'
import { isCandidateCount, isNamedVote, isVote, isVoteCount, isVoteTarget } from './generated/guards/Vote.js'

// -------------------------------------------------------------------------------------
// primitives
// -------------------------------------------------------------------------------------

/**
 * The brand that marks a number as checked by {@link Tally}.
 *
 * @category primitives
 * @since 0.2.0
 */
export interface TallyBrand {
  readonly Tally: unique symbol
}

/**
 * A number of votes: a whole number from 0.
 *
 * @example
 * import { Tally } from 'news-codecs'
 *
 * Tally.is(141) //=> true
 * Tally.is(-1) //=> false
 * Tally.is(2.5) //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const Tally = /* @__PURE__ */ refinedNumber<TallyBrand>('Tally', 'a whole number from 0', (n) =>
  Number.isSafeInteger(n) && n >= 0 ? undefined : 'is not a whole number from 0',
)
/**
 * The type of a value {@link Tally} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type Tally = t.TypeOf<typeof Tally>

/**
 * The brand that marks a number as checked by {@link VoteShare}.
 *
 * @category primitives
 * @since 0.2.0
 */
export interface VoteShareBrand {
  readonly VoteShare: unique symbol
}

/**
 * A share of the votes, as a percentage from 0 to 100 ("40.05%" is `40.05`).
 *
 * @example
 * import { VoteShare } from 'news-codecs'
 *
 * VoteShare.is(40.05) //=> true
 * VoteShare.is(100) //=> true
 * VoteShare.is(101) //=> false
 * VoteShare.is(-0.5) //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const VoteShare = /* @__PURE__ */ refinedNumber<VoteShareBrand>('VoteShare', 'a percentage from 0 to 100', (n) =>
  Number.isFinite(n) && n >= 0 && n <= 100 ? undefined : 'is not a percentage from 0 to 100',
)
/**
 * The type of a value {@link VoteShare} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type VoteShare = t.TypeOf<typeof VoteShare>

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A choice in a vote, as Popolo lists them: `yes`, `no`, `abstain`, `absent` (not there), `not-voting`
 * (there, or a member, but cast no vote), `paired` (stood aside by a pairing agreement).
 *
 * @example
 * import { VoteOption } from 'news-codecs'
 *
 * VoteOption.is('abstain') //=> true
 * VoteOption.is('maybe') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const VoteOption = /* @__PURE__ */ t.keyof({ yes: null, no: null, abstain: null, absent: null, 'not-voting': null, paired: null }, 'VoteOption')
/**
 * The type of a value {@link VoteOption} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type VoteOption = t.TypeOf<typeof VoteOption>

/**
 * What came of a vote: `adopted`, `rejected`, `vetoed` (a majority for it, blocked by a veto), `tied`, or
 * `withdrawn` before the vote was concluded.
 *
 * @example
 * import { VoteResult } from 'news-codecs'
 *
 * VoteResult.is('adopted') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const VoteResult = /* @__PURE__ */ t.keyof({ adopted: null, rejected: null, vetoed: null, tied: null, withdrawn: null }, 'VoteResult')
/**
 * The type of a value {@link VoteResult} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type VoteResult = t.TypeOf<typeof VoteResult>

/**
 * What was voted on: a document (a draft resolution), an agreement (a ratification), one paragraph, or a
 * motion given only as its text.
 *
 * @example
 * import { VoteTarget } from 'news-codecs'
 *
 * VoteTarget.is({ kind: 'document', document: 'document:ga-res-es-11-1' }) //=> true
 * VoteTarget.is({ kind: 'motion', text: 'That the House do now adjourn.' }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const VoteTarget = /* @__PURE__ */ withGuard(/* @__PURE__ */ taggedUnion('VoteTarget', 'kind', {
  document: /* @__PURE__ */ struct('VoteOnDocument', { kind: /* @__PURE__ */ t.literal('document'), document: /* @__PURE__ */ ref('document').as('about') }),
  paragraph: /* @__PURE__ */ struct('VoteOnParagraph', { kind: /* @__PURE__ */ t.literal('paragraph'), paragraph: /* @__PURE__ */ ref('paragraph').as('about') }),
  agreement: /* @__PURE__ */ struct('VoteOnAgreement', { kind: /* @__PURE__ */ t.literal('agreement'), agreement: /* @__PURE__ */ ref('agreement').as('about') }),
  motion: /* @__PURE__ */ struct('VoteOnMotion', { kind: /* @__PURE__ */ t.literal('motion'), text: NonEmptyString }),
}), isVoteTarget)
/**
 * The type of a value {@link VoteTarget} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type VoteTarget = t.TypeOf<typeof VoteTarget>

/**
 * How many voters chose one option (Popolo's Count): "141 in favour" is `yes` 141.
 *
 * @example
 * import { VoteCount } from 'news-codecs'
 *
 * VoteCount.is({ option: 'yes', count: 141 }) //=> true
 * VoteCount.is({ option: 'yes', count: -1 }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const VoteCount = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'VoteCount',
  {
    /** The option. */
    option: VoteOption,
    /** How many chose it. */
    count: Tally,
  },
  {
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isVoteCount)
/**
 * The type of a value {@link VoteCount} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface VoteCount extends t.TypeOf<typeof VoteCount> {}

/**
 * One voter's choice (Popolo's Vote): an actor (a state in an assembly, a member of a parliament) and the
 * option it chose.
 *
 * @example
 * import { NamedVote } from 'news-codecs'
 *
 * NamedVote.is({ voter: 'state:BY', option: 'no' }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const NamedVote = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'NamedVote',
  {
    /** Who voted. */
    voter: /* @__PURE__ */ ref('actor').as('voter'),
    /** What it chose. */
    option: VoteOption,
  },
  {
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isNamedVote)
/**
 * The type of a value {@link NamedVote} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface NamedVote extends t.TypeOf<typeof NamedVote> {}

/**
 * What one candidate or party list won in an election (Wikidata's `candidate` with its `votes received`):
 * the votes, the share of the votes as a percentage, and the seats, each when the source gives it.
 *
 * @example
 * import { CandidateCount } from 'news-codecs'
 *
 * CandidateCount.is({ candidate: 'person:lai-ching-te', count: 5586019, share: 40.05 }) //=> true
 * CandidateCount.is({ candidate: 'org:kmt', seats: 52 }) //=> true
 * CandidateCount.is({ candidate: 'org:kmt', share: 140 }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const CandidateCount = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'CandidateCount',
  {
    /** The candidate or party list (a person, or an organization such as a party). */
    candidate: /* @__PURE__ */ ref('actor').as('candidate'),
  },
  {
    /** How many votes it won. */
    count: Tally,
    /** Its share of the votes, as a percentage (as the source rounds it). */
    share: VoteShare,
    /** How many seats it won. */
    seats: Tally,
    ...supportFields,
  },
).withRules(/* @__PURE__ */ coversPresentFields()), isCandidateCount)
/**
 * The type of a value {@link CandidateCount} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface CandidateCount extends t.TypeOf<typeof CandidateCount> {}

/**
 * A vote (Popolo's VoteEvent): what was voted on, by which body, the counts per option, the named votes,
 * a stated total and the result. {@link checkGraph} checks that the named votes for an option never
 * outnumber its count, that the counts add up to the stated total, that each option is counted once and
 * that each actor votes once. In an election, `results` count each candidate once; their shares add up to
 * no more than 100 (give or take the rounding of each share) and their votes to no more than the stated
 * total.
 *
 * @example
 * import { Vote } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 7, quote: 'adopted' }]
 * Vote.is({ id: 'vote:1', on: { kind: 'document', document: 'document:draft' }, result: 'adopted',
 *   counts: [{ option: 'yes', count: 141 }, { option: 'no', count: 5 }, { option: 'abstain', count: 35 }],
 *   total: 181, votes: [{ voter: 'state:RU', option: 'no' }], evidence }) //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const Vote = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Vote',
  {
    /** Stable id. */
    id: Id,
    /** What was voted on. */
    on: VoteTarget,
  },
  {
    ...supportFields,
    ...recordFields,
    /** A short name ("the General Assembly vote on resolution ES-11/1"). */
    name: NonEmptyString,
    /** The assembly, council, parliament or electorate that voted. */
    body: /* @__PURE__ */ ref('actor').as('votingBody'),
    /** How many chose each option, each option once. */
    counts: /* @__PURE__ */ arrayOf(VoteCount),
    /** The number the counts add up to, when the source states one ("of the 193 members"). */
    total: Tally,
    /** Each named voter's choice, each voter once. */
    votes: /* @__PURE__ */ arrayOf(NamedVote),
    /** What came of it. */
    result: VoteResult,
    /** The majority it needed, as written ("a two-thirds majority of those present and voting"). */
    requirement: NonEmptyString,
    /** When it took place. */
    time: Time,
    /** Where it took place. */
    place: /* @__PURE__ */ ref('place').as('place'),
    /** The session, meeting or conference it took place at. */
    occasion: /* @__PURE__ */ ref('event', 'meeting').as('occasion'),
    /** Whether it took place; `actual` when absent (a vote announced for next week is `hypothetical`). */
    realis: Realis,
    /** In an election: the votes, shares and seats per candidate or party list, each candidate once. */
    results: /* @__PURE__ */ arrayOf(CandidateCount),
  },
).withRules(/* @__PURE__ */ supported('a vote'), /* @__PURE__ */ coversPresentFields()), isVote)
/**
 * The type of a value {@link Vote} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Vote extends t.TypeOf<typeof Vote> {}
