/**
 * Graph-level checks: what a shape decoder cannot see because it needs the whole graph. References must
 * resolve to a record of the right kind, evidence must match its article, direct quotes their evidence,
 * lifecycles and tenures must run forward, meetings need two participants.
 *
 * @module
 */
import * as t from 'io-ts'
import type { Agreement } from './Agreement.js'
import { Evidence } from './Evidence.js'
import { Graph } from './Graph.js'
import type { Issue } from './Issue.js'
import { describeValue, formatPath } from './Issue.js'
import type { CodecNode, RefNode } from './internal/CodecTree.js'
import { walkWanted } from './internal/CodecTree.js'
import { graphIssue } from './internal/graphIssue.js'
import { namedRecords } from './internal/records.js'
import { checkGraphRules } from './GraphRules.js'
import { checkArticleRules } from './ArticleRules.js'
import type { RecordKind } from './Reference.js'
import type { QuotedText } from './Statement.js'
import { addDuration, coverageOf, overlaps, parseDuration } from './Time.js'
import type { Vote } from './Vote.js'

type Path = ReadonlyArray<string | number>

const issue = graphIssue

const DAY = 86_400_000

// -------------------------------------------------------------------------------------
// the id index
// -------------------------------------------------------------------------------------

interface Entry {
  readonly kinds: ReadonlyArray<RecordKind>
  readonly path: Path
}

const indexIds = (graph: Graph, issues: Issue[], origin: (path: Path) => Path): ReadonlyMap<string, Entry> => {
  const index = new Map<string, Entry>()
  for (const { id, kinds, path } of namedRecords(graph)) {
    const earlier = index.get(id)
    if (earlier !== undefined) {
      issues.push(issue(path, 'duplicate_id', 'an id unique in the graph', id, `duplicate id "${id}" (first used at ${formatPath(origin(earlier.path))})`))
      continue
    }
    index.set(id, { kinds, path })
  }
  return index
}

/**
 * Where the records checked came from, when they are the part of a graph that decoded (see
 * {@link checkGraph}).
 *
 * @category model
 * @since 0.2.0
 */
export interface CheckedPart {
  /** For each collection, the index in the input of each record checked. */
  readonly positions: ReadonlyMap<string, ReadonlyArray<number>>
  /** Ids of the input's records that did not decode: references to them are not reported. */
  readonly undecoded: ReadonlySet<string>
}

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

/** Whether a record of these kinds may be named where one of `targets` is expected. */
const oneOf = (kinds: ReadonlyArray<RecordKind>, targets: ReadonlyArray<RecordKind>): boolean => {
  for (let i = 0; i < kinds.length; i++) if (targets.includes(kinds[i]!)) return true
  return false
}

// Runs on every reference of the graph: the words of an issue are put together only when there is one.
const checkReference = (target: RefNode, id: string, path: Path, index: ReadonlyMap<string, Entry>, undecoded: ReadonlySet<string>, issues: Issue[]): void => {
  const entry = index.get(id)
  if (entry === undefined) {
    // A record that failed to decode is reported where it is; what refers to it is not reported again.
    if (undecoded.has(id)) return
    const expected = target.targets.join(' or ')
    issues.push(issue([...path], 'dangling_reference', expected, id, `unknown ${expected} "${id}"`))
  } else if (!oneOf(entry.kinds, target.targets)) {
    const expected = target.targets.join(' or ')
    const found = entry.kinds[entry.kinds.length - 1]
    issues.push(issue([...path], 'wrong_reference_kind', expected, id, `"${id}" is a ${found}, expected ${expected}`))
  }
}

/** An article's text with the UTF-16 index of each code point, so a span is one `slice` of the text. */
interface IndexedText {
  readonly text: string
  /** `units[i]` is where code point `i` starts; `units[length]` is the text's length. */
  readonly units: Int32Array
  readonly length: number
}

const indexText = (text: string): IndexedText => {
  const units = new Int32Array(text.length + 1)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    units[length++] = i
    // A high surrogate followed by a low one is one code point, and so counts once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
  }
  units[length] = text.length
  return { text, units, length }
}

/** How many places of a misplaced quote a `quote_mismatch` message names. */
const PLACES_NAMED = 5

/** The code point a UTF-16 index of the text starts (binary search of `units`). */
const pointAt = (article: IndexedText, unit: number): number => {
  let low = 0
  let high = article.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (article.units[mid]! < unit) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Where the quote of a mismatched span does occur in the article, if anywhere: the offsets to move it to.
 * At most a few places are looked for, each by a native search and a binary search, so that a graph of
 * many wrong spans over a long article stays quick to check.
 */
const whereQuoteIs = (article: IndexedText, quote: string): string => {
  const places: string[] = []
  const length = Array.from(quote).length
  let at = article.text.indexOf(quote)
  for (; at >= 0 && places.length < PLACES_NAMED; at = article.text.indexOf(quote, at + 1)) {
    const start = pointAt(article, at)
    places.push(`${start}–${start + length}`)
  }
  if (places.length === 0) return '; the quote is nowhere in the article'
  return `; the quote is at ${places.join(', ')}${at >= 0 ? ' and further places' : ''}`
}

const checkEvidence = (
  evidence: Evidence,
  path: Path,
  textOf: (articleId: string) => IndexedText | undefined,
  issues: Issue[],
): void => {
  const article = textOf(evidence.article)
  if (article === undefined) return // a dangling article is reported as a reference
  const { start, end, quote } = evidence
  if (end <= start || end > article.length) {
    const why = end <= start ? `ends at ${end}, not after its start ${start}` : `ends at ${end}, past the article's ${article.length} code points`
    issues.push(issue([...path, 'end'], 'span_out_of_range', `an offset from ${start + 1} to ${article.length}`, end, `span ${why}`))
    return
  }
  // A slice and `===` (measured about three times as fast as `startsWith(quote, at)` on a two-byte text).
  const found = article.text.slice(article.units[start], article.units[end])
  if (found !== quote) {
    issues.push(issue([...path, 'quote'], 'quote_mismatch', describeValue(found), quote,
      `quote ${describeValue(quote)} differs from the article text at ${start}–${end}: ${describeValue(found)}${whereQuoteIs(article, quote)}`))
    return
  }
  // A span that begins or ends inside a character as a reader sees it (a letter and its accent, an emoji
  // sequence) quotes something the article does not show.
  checkEdge(article, 'start', start, path, issues)
  checkEdge(article, 'end', end, path, issues)
}

const checkEdge = (article: IndexedText, key: 'start' | 'end', at: number, path: Path, issues: Issue[]): void => {
  const unit = article.units[at]!
  if (isBoundary(article, unit)) return
  const cluster = clusterAt(article, unit)
  issues.push(issue([...path, key], 'splits_character', 'an offset between two characters', at,
    `span ${key === 'start' ? 'starts' : 'ends'} at ${at}, inside the character ${describeValue(cluster)}`))
}

const segmenter = /* @__PURE__ */ new Intl.Segmenter('und', { granularity: 'grapheme' })

/** Where the text's characters as a reader sees them (grapheme clusters) begin, by UTF-16 index; computed once per article. */
const boundariesOf = (article: IndexedText): Uint8Array => {
  let found = boundaries.get(article)
  if (found === undefined) {
    found = new Uint8Array(article.text.length + 1)
    for (const { index } of segmenter.segment(article.text)) found[index] = 1
    found[article.text.length] = 1
    boundaries.set(article, found)
  }
  return found
}
const boundaries = /* @__PURE__ */ new WeakMap<IndexedText, Uint8Array>()

// Below U+0300 no character joins its neighbour into one cluster but CR LF; nor do the dashes, quotation marks,
// ellipsis and primes of U+2010–U+2027 and U+2030–U+203B, which news text is full of (grapheme cluster break
// Other, not pictographic, no conjunct role). An edge between two such characters is a cluster boundary
// without segmenting.
const isPlain = (unit: number): boolean => unit < 0x300 || (unit >= 0x2010 && unit <= 0x2027) || (unit >= 0x2030 && unit <= 0x203b)

const isPlainEdge = (text: string, unit: number): boolean => {
  if (unit === 0 || unit === text.length) return true
  const before = text.charCodeAt(unit - 1)
  const at = text.charCodeAt(unit)
  return isPlain(before) && isPlain(at) && !(before === 13 && at === 10)
}

// How far to look for plain edges around a span's end before segmenting the whole article instead.
const LOCAL_STRETCH = 512

/**
 * The grapheme cluster holding the UTF-16 index `unit`, as `[from, to)`. Only the stretch between the
 * nearest plain edges is segmented, so checking a span costs its surroundings, not the article.
 */
const clusterAround = (article: IndexedText, unit: number): readonly [number, number] => {
  const { text } = article
  let from = unit
  while (!isPlainEdge(text, from) && unit - from < LOCAL_STRETCH) from--
  let to = unit + 1
  while (!isPlainEdge(text, to) && to - unit < LOCAL_STRETCH) to++
  if (isPlainEdge(text, from) && isPlainEdge(text, to)) {
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
      if (unit < from + index + segment.length) return [from + index, from + index + segment.length]
    }
  }
  const flags = boundariesOf(article)
  from = unit
  while (from > 0 && flags[from] !== 1) from--
  to = unit + 1
  while (to < text.length && flags[to] !== 1) to++
  return [from, to]
}

const isBoundary = (article: IndexedText, unit: number): boolean =>
  isPlainEdge(article.text, unit) || clusterAround(article, unit)[0] === unit

/** The grapheme cluster that holds the UTF-16 index `unit`. */
const clusterAt = (article: IndexedText, unit: number): string => article.text.slice(...clusterAround(article, unit))

const checkQuotedText = (quoted: QuotedText, path: Path, issues: Issue[]): void => {
  if (quoted.text !== quoted.evidence.quote) {
    issues.push(issue([...path, 'text'], 'direct_quote_mismatch', JSON.stringify(quoted.evidence.quote), quoted.text,
      `direct quote ${describeValue(quoted.text)} differs from its evidence ${describeValue(quoted.evidence.quote)}`))
  }
}

type DatedAct = { readonly act: Agreement['lifecycle'][number]; readonly i: number; readonly span: { readonly start: number; readonly end: number } }

const byWhom = (act: DatedAct['act']): string => [...(act.by ?? [])].sort().join(' ')

/**
 * What the order of the acts in time rules out: the same act twice (two signings by the same parties, two
 * expiries with no renewal or extension between them), any act definitely after the agreement ended for all
 * (terminated, or withdrawn without `by`), and a lifecycle whose acts imply a signing it does not record
 * (a warning: the source may not mention it). The same rules hold for each party named in `by`: nothing
 * by it before its own signing, one ratification or accession until it withdraws, and nothing by it after
 * it withdrew until it signs, ratifies or accedes again.
 */
const checkActSequence = (acts: ReadonlyArray<DatedAct>, path: Path, issues: Issue[]): void => {
  const at = (i: number): Path => [...path, 'lifecycle', i]
  const signings = acts.filter(({ act }) => act.type === 'signed')
  signings.forEach((later, k) => {
    const earlier = signings.slice(0, k).find((other) => byWhom(other.act) === byWhom(later.act))
    if (earlier !== undefined) {
      issues.push(issue([...at(later.i), 'type'], 'repeated_act', 'one signing by the same parties', later.act.type,
        `signed again on ${later.act.time.value}, after the signing on ${earlier.act.time.value} by the same parties`))
    }
  })
  const expiries = acts.filter(({ act }) => act.type === 'expires').sort((a, b) => a.span.start - b.span.start)
  for (let k = 1; k < expiries.length; k++) {
    const [first, next] = [expiries[k - 1]!, expiries[k]!]
    // A renewal counts for the later expiry if it comes before it and after the expiry before the first (a deal
    // renewed ahead of its end date expires again).
    const since = k > 1 ? expiries[k - 2]!.span.end : -Infinity
    const renewed = acts.some(({ act, span }) => (act.type === 'renewed' || act.type === 'extended') && span.start >= since && span.start < next.span.start)
    if (!renewed) {
      issues.push(issue([...at(next.i), 'type'], 'repeated_act', 'a renewal or extension between two expiries', next.act.type,
        `expires again on ${next.act.time.value}, after expiring on ${first.act.time.value}, with no renewal or extension between`))
    }
  }
  const ends = acts.filter(({ act }) => act.type === 'terminated' || (act.type === 'withdrawn' && (act.by ?? []).length === 0))
  const end = ends.sort((a, b) => a.span.end - b.span.end)[0]
  if (end !== undefined) {
    for (const { act, i, span } of acts) {
      if (span.start >= end.span.end) {
        issues.push(issue([...at(i), 'time', 'value'], 'act_after_end', `a time before the agreement ended on ${end.act.time.value}`, act.time.value,
          `"${act.type}" on ${act.time.value} comes after the agreement ended for all ("${end.act.type}" on ${end.act.time.value})`))
      }
    }
  }
  const implying = acts.find(({ act }) =>
    act.type === 'entered-into-force' || act.type === 'renewed' || act.type === 'extended' || act.type === 'suspended' || act.type === 'resumed' || act.type === 'ratified')
  if (signings.length === 0 && implying !== undefined) {
    issues.push(issue([...at(implying.i), 'type'], 'missing_signing', 'a signing in the lifecycle', implying.act.type,
      `"${implying.act.type}" implies a signing the lifecycle does not record`))
  }
  checkPartyActs(acts, path, issues)
}

const REJOINS: ReadonlySet<string> = /* @__PURE__ */ new Set(['signed', 'ratified', 'acceded'])

/** The whole-agreement rules, for each party named in `by`: acts by one party are read in its own order. */
const checkPartyActs = (acts: ReadonlyArray<DatedAct>, path: Path, issues: Issue[]): void => {
  const at = (i: number): Path => [...path, 'lifecycle', i]
  const parties = [...new Set(acts.flatMap(({ act }) => act.by ?? []))]
  for (const party of parties) {
    const own = acts.filter(({ act }) => (act.by ?? []).some((by) => by === party)).sort((a, b) => a.span.start - b.span.start)
    // Nothing by a party before its own signing, when one is recorded (an accession needs none).
    const signing = own.find(({ act }) => act.type === 'signed')
    for (const { act, i, span } of own) {
      if (signing !== undefined && act.type !== 'acceded' && span.end <= signing.span.start) {
        issues.push(issue([...at(i), 'time', 'value'], 'lifecycle_order', `a time from ${signing.act.time.value}, when "${party}" signed`, act.time.value,
          `"${act.type}" by "${party}" on ${act.time.value} comes before its signing on ${signing.act.time.value}`))
      }
    }
    let consented: DatedAct | undefined // its ratification or accession in force
    let left: DatedAct | undefined // its withdrawal, until it rejoins
    for (const dated of own) {
      const { act, i, span } = dated
      if (left !== undefined && span.start >= left.span.end && !REJOINS.has(act.type)) {
        issues.push(issue([...at(i), 'time', 'value'], 'act_after_end', `a time before "${party}" withdrew on ${left.act.time.value}`, act.time.value,
          `"${act.type}" by "${party}" on ${act.time.value} comes after it withdrew (on ${left.act.time.value})`))
        continue
      }
      if (act.type === 'ratified' || act.type === 'acceded') {
        if (consented !== undefined) {
          issues.push(issue([...at(i), 'type'], 'repeated_act', `one ratification or accession by "${party}" until it withdraws`, act.type,
            `"${party}" ${act.type === 'ratified' ? 'ratifies' : 'accedes'} again on ${act.time.value}, after "${consented.act.type}" on ${consented.act.time.value}`))
        }
        consented = dated
        left = undefined
      } else if (act.type === 'signed') left = undefined
      else if (act.type === 'withdrawn') {
        left = dated
        consented = undefined
      }
    }
  }
}

/** An act by someone the agreement does not list: a warning, as a story often names only some parties. */
const checkActors = (agreement: Agreement, path: Path, issues: Issue[]): void => {
  const listed = new Set<string>(agreement.parties.map((party) => party.actor))
  agreement.lifecycle.forEach((act, i) =>
    act.by?.forEach((by, j) => {
      if (listed.has(by)) return
      issues.push(issue([...path, 'lifecycle', i, 'by', j], 'act_by_non_party', 'one of the parties of the agreement', by,
        `"${by}" ${act.type === 'expires' ? 'has an expiry' : `is named by a "${act.type}" act`} of "${agreement.id}" but is not one of its parties`))
    }),
  )
}

const checkLifecycle = (agreement: Agreement, path: Path, issues: Issue[]): void => {
  checkActors(agreement, path, issues)
  // An act announced, threatened or denied did not happen: only acts that took place are put in order.
  const acts = agreement.lifecycle
    .map((act, i) => ({ act, i, span: coverageOf(act.time.value) }))
    .filter(({ act }) => act.realis === undefined || act.realis === 'actual')
  // Judged on the acts' times, not their order in the array: the signing is the earliest one.
  const signing = acts.filter(({ act }) => act.type === 'signed').sort((a, b) => a.span.start - b.span.start)[0]
  if (signing !== undefined) {
    for (const { act, i, span } of acts) {
      if (span.end <= signing.span.start) {
        issues.push(issue([...path, 'lifecycle', i, 'time', 'value'], 'lifecycle_order', `a time from ${signing.act.time.value}`,
          act.time.value, `"${act.type}" on ${act.time.value} comes before the signing on ${signing.act.time.value}`))
      }
    }
  }
  // A renewal's term, counted from the renewal, must reach the first expiry that follows it; counted from
  // the previous expiry (`termFrom`), it must reach the expiry after that one.
  const expiries = acts.filter((other) => other.act.type === 'expires').sort((a, b) => a.span.start - b.span.start)
  for (const { act, i, span } of acts) {
    if ((act.type !== 'renewed' && act.type !== 'extended') || act.term === undefined) continue
    const term = parseDuration(act.term.value)
    const fromExpiry = act.termFrom === 'previous-expiry'
    // The expiry it extends is the one nearest the act: a renewal comes shortly before the end date or after it.
    const distance = (other: DatedAct): number => Math.abs(other.span.start - span.start)
    const base = fromExpiry ? [...expiries].sort((a, b) => distance(a) - distance(b))[0] : undefined
    const expiry = base !== undefined ? expiries[expiries.indexOf(base) + 1] : fromExpiry ? undefined : expiries.find((other) => other.span.start >= span.start)
    if (term === undefined || expiry === undefined) continue
    const from = base?.span ?? span
    // Month-end days can land on one day (30 and 31 January + P1M both reach 28 February): keep the span non-empty.
    // A term run on from an expiry counts the expiry's day inclusively or not (sources do both): a day earlier is as good.
    const start = addDuration(from.start, term) - (fromExpiry ? DAY : 0)
    const reached = { start, end: Math.max(addDuration(from.end, term), start + 1) }
    if (!overlaps(reached, expiry.span)) {
      const counted = base === undefined ? `from ${act.time.value}` : `from the expiry on ${base.act.time.value}`
      issues.push(issue([...path, 'lifecycle', i, 'term', 'value'], 'renewal_term_mismatch',
        `a term reaching ${expiry.act.time.value}`, act.term.value,
        `a term of ${act.term.value} ${counted} does not reach the expiry on ${expiry.act.time.value}`))
    }
  }

  checkActSequence(acts, path, issues)
}


/** A vote's tally: each option counted once, each actor voting once, named votes within the counts, counts adding up to the total. */
const checkVote = (vote: Vote, path: Path, issues: Issue[]): void => {
  const counted = new Map<string, { readonly count: number; readonly at: number }>()
  vote.counts?.forEach((count, j) => {
    const earlier = counted.get(count.option)
    if (earlier !== undefined) {
      issues.push(issue([...path, 'counts', j, 'option'], 'duplicate_count', 'each option counted once', count.option,
        `option "${count.option}" is counted twice (first at counts[${earlier.at}])`))
    } else counted.set(count.option, { count: count.count, at: j })
  })
  const voted = new Map<string, number>()
  const named = new Map<string, number>()
  vote.votes?.forEach((cast, k) => {
    const earlier = voted.get(cast.voter)
    if (earlier !== undefined) {
      issues.push(issue([...path, 'votes', k, 'voter'], 'duplicate_vote', 'each actor voting once', cast.voter,
        `"${cast.voter}" votes twice (first at votes[${earlier}])`))
      return
    }
    voted.set(cast.voter, k)
    named.set(cast.option, (named.get(cast.option) ?? 0) + 1)
  })
  for (const [option, { count, at }] of counted) {
    const names = named.get(option) ?? 0
    if (names > count) {
      issues.push(issue([...path, 'counts', at, 'count'], 'count_exceeded', `at least ${names}`, count,
        `${names} named votes for "${option}", more than its count of ${count}`))
    }
  }
  if (vote.total === undefined) return
  if (vote.counts !== undefined && vote.counts.length > 0) {
    const sum = [...counted.values()].reduce((total, { count }) => total + count, 0)
    if (sum !== vote.total) {
      issues.push(issue([...path, 'total'], 'total_mismatch', `the sum of the counts, ${sum}`, vote.total,
        `the counts add up to ${sum}, not the stated total of ${vote.total}`))
    }
  }
  if (voted.size > vote.total) {
    issues.push(issue([...path, 'total'], 'count_exceeded', `at least ${voted.size}`, vote.total,
      `${voted.size} named voters, more than the stated total of ${vote.total}`))
  }
}

/** A document's `adoptedBy`: the vote is on the document or one of its paragraphs, and its result agrees with the status. */
const checkAdoption = (document: Graph['documents'][number], path: Path, votes: ReadonlyMap<string, Vote>, issues: Issue[]): void => {
  if (document.adoptedBy === undefined) return
  const vote = votes.get(document.adoptedBy)
  if (vote === undefined) return // a dangling or mistyped reference, reported as such
  const at = [...path, 'adoptedBy']
  const { on } = vote
  const own = on.kind === 'document' ? on.document === document.id : on.kind === 'paragraph' && (document.paragraphs ?? []).some((p) => p.id === on.paragraph)
  if (!own) {
    issues.push(issue(at, 'adoption_mismatch', `a vote on "${document.id}" or one of its paragraphs`, vote.id,
      `"${document.id}" is adopted by "${vote.id}", which is a vote on ${on.kind === 'motion' ? 'a motion' : `"${on.kind === 'document' ? on.document : on.kind === 'paragraph' ? on.paragraph : on.agreement}"`}`))
    return
  }
  if (vote.result === undefined) return
  // Adopted by the vote means adopted; a vote that failed leaves the text a draft or not adopted.
  const agrees = vote.result === 'adopted' ? document.status === 'adopted' : document.status === 'not-adopted' || document.status === 'draft'
  if (!agrees) {
    issues.push(issue(at, 'adoption_mismatch', vote.result === 'adopted' ? 'a document of status "adopted"' : 'a document of status "not-adopted" or "draft"', vote.id,
      `"${vote.id}" ended "${vote.result}" but "${document.id}" has status "${document.status}"`))
  }
}

/** How many decimal places a number is written with (`40.05` has 2, `1e-7` has 7). */
const decimalPlaces = (n: number): number => {
  const [mantissa = '', exponent = '0'] = String(n).split('e')
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent))
}

/**
 * An election's results: each candidate counted once, shares adding up to no more than 100, votes to no
 * more than the stated total. Each share is rounded by its source, so the sum may pass 100 by half a unit
 * of each share's last decimal place (three whole-number shares may add up to 101, not to 102).
 */
const checkResults = (vote: Vote, path: Path, issues: Issue[]): void => {
  const results = vote.results ?? []
  const seen = new Map<string, number>()
  results.forEach((result, j) => {
    const earlier = seen.get(result.candidate)
    if (earlier !== undefined) {
      issues.push(issue([...path, 'results', j, 'candidate'], 'duplicate_candidate', 'each candidate counted once', result.candidate,
        `"${result.candidate}" is counted twice (first at results[${earlier}])`))
    } else seen.set(result.candidate, j)
  })
  const shares = results.flatMap((result) => (result.share === undefined ? [] : [result.share as number]))
  const sum = shares.reduce((total, share) => total + share, 0)
  const slack = shares.reduce((total, share) => total + 0.5 * 10 ** -decimalPlaces(share), 0)
  // A small epsilon keeps binary floating point (40.05 + 33.49 + 26.46) from tipping an exact 100 over.
  if (sum > 100 + slack + 1e-9) {
    issues.push(issue([...path, 'results'], 'shares_exceed_100', `shares adding up to at most 100 (give or take ${Number(slack.toFixed(6))})`, sum,
      `the shares add up to ${Number(sum.toFixed(6))}, more than 100`))
  }
  if (vote.total === undefined) return
  const votes = results.reduce((total, result) => total + ((result.count as number | undefined) ?? 0), 0)
  if (votes > vote.total) {
    issues.push(issue([...path, 'total'], 'results_exceed_total', `at least ${votes}`, vote.total,
      `the candidates' votes add up to ${votes}, more than the stated total of ${vote.total}`))
  }
}

/** What the walk of {@link checkGraph} stops at: the rest of the graph is not entered. */
const refOrEvidence = (node: CodecNode): boolean => node.tag === 'ref' || node.codec === Evidence

/**
 * Runs every graph-level check on a decoded graph and returns the issues found, in the order of the
 * graph: duplicate ids, dangling or mistyped references, evidence spans outside their article or whose
 * quote differs from it (in code points), direct quotes that differ from their evidence, lifecycle acts
 * before signing, renewal terms that miss their expiry, votes whose tally does
 * not hold (an option counted twice, an actor voting twice, more named votes than a count, counts that
 * miss the stated total; an election counting a candidate twice, or its shares or votes adding up to too
 * much), documents whose adopting vote is on another record or disagrees with their status,
 * the rules across records of {@link checkGraphRules} (loops of part-of,
 * cause, within and belongs-to links; self-references; two warnings), and those of {@link checkArticleRules}
 * (digests, chains of versions, the context of spans).
 *
 * `codec` is the graph codec to walk ({@link Graph} unless one's own). With `part`, the graph is the part
 * of an input that decoded (as {@link validateGraph} checks it when the shape has issues): issue paths point
 * into the input, and references to the records that did not decode are not reported.
 *
 * @example
 * import { checkGraph, Graph, make } from 'news-codecs'
 *
 * const graph = make(Graph)({ articles: [], actors: [], places: [], events: [],
 *   meetings: [{ id: 'meeting:1', participants: ['person:a', 'person:b'], channel: 'phone',
 *     evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }] }],
 *   agreements: [], documents: [], statements: [], positions: [], relations: [] })
 * checkGraph(graph).map((issue) => issue.message)
 * //=> ['unknown actor "person:a"', 'unknown actor "person:b"', 'unknown article "article:1"']
 *
 * @category validation
 * @since 0.1.0
 */
export const checkGraph = (graph: Graph, codec: t.Mixed = Graph, part?: CheckedPart): ReadonlyArray<Issue> => {
  const origin = (path: Path): Path => {
    const [collection, i, ...rest] = path
    const at = typeof collection === 'string' && typeof i === 'number' ? part?.positions.get(collection)?.[i] : undefined
    return at === undefined ? path : [collection!, at, ...rest]
  }
  const undecoded = part?.undecoded ?? new Set<string>()
  const issues: Issue[] = []
  const index = indexIds(graph, issues, origin)
  const texts = new Map<string, IndexedText>()
  const articles = new Map(graph.articles.map((article) => [article.id as string, article.text as string]))
  const textOf = (id: string): IndexedText | undefined => {
    let cached = texts.get(id)
    if (cached === undefined) {
      const text = articles.get(id)
      if (text === undefined) return undefined
      cached = indexText(text)
      texts.set(id, cached)
    }
    return cached
  }

  walkWanted(codec, graph, refOrEvidence, (node, value, path) => {
    if (node.tag === 'ref') checkReference(node, value as string, path, index, undecoded, issues)
    else if (node.codec === Evidence) checkEvidence(value as Evidence, path, textOf, issues)
  })

  graph.statements.forEach((statement, i) => {
    const path = ['statements', i, 'content']
    const { content } = statement
    if (content.kind === 'quote') checkQuotedText(content, path, issues)
    else content.fragments?.forEach((fragment, j) => checkQuotedText(fragment, [...path, 'fragments', j], issues))
  })


  graph.agreements.forEach((agreement, i) => checkLifecycle(agreement, ['agreements', i], issues))

  graph.votes?.forEach((vote, i) => {
    checkVote(vote, ['votes', i], issues)
    checkResults(vote, ['votes', i], issues)
  })

  const votes = new Map((graph.votes ?? []).map((vote) => [vote.id as string, vote]))
  graph.documents.forEach((document, i) => checkAdoption(document, ['documents', i], votes, issues))

  for (const found of checkGraphRules(graph, codec)) issues.push(found)
  for (const found of checkArticleRules(graph, codec)) issues.push(found)

  return part === undefined ? issues : issues.map((found) => ({ ...found, path: origin(found.path) }))
}
