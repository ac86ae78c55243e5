/**
 * Answers to a reader's questions about a graph, each with the evidence that shows it, and their rendering
 * as plain text. The questions are those a reader of a diplomatic story asks: when did two actors last
 * meet before a meeting, which agreements are in force that day and which expire soon, who refused a
 * joint text and which paragraph they objected to, what someone said word for word, every event in order,
 * and which facts a sentence supports.
 *
 * @module
 */
import type { Option } from 'fp-ts/lib/Option.js'
import { none, some } from 'fp-ts/lib/Option.js'
import type { Evidence } from './Evidence.js'
import { locateQuote } from './Evidence.js'
import { escapeControls } from './Issue.js'
import type { Graph } from './Graph.js'
import { evidenceOf } from './Evidence.js'
import type { DatedFact, GraphIndex } from './GraphIndex.js'
import { indexGraph, lookupFact, nameOf } from './GraphIndex.js'
import type { Channel, Meeting } from './Meeting.js'
import { Meeting as MeetingCodec } from './Meeting.js'
import type { StatusOn } from './Agreement.js'
import { statusOn } from './Agreement.js'
import type { AgreementOn, Objection, PartyOf, Refusal, Support, VerbatimQuote } from './Query.js'
import {
  agreementsInForceOn,
  chronology,
  expiringWithin,
  factsSupportedBy,
  lastMeetingBetween,
  objectionsTo,
  partiesOf,
  quotesBy,
  refusersOf,
} from './Query.js'
import type { Edtf } from './Time.js'
import { termLabel } from './Vocabulary.js'
import { voteLabel } from './Summary.js'

/**
 * The parameters of the reader's questions.
 *
 * @category model
 * @since 0.1.0
 */
export interface Questions {
  /** "When did A and B last meet (in person) before meeting M?" */
  readonly lastMeeting: { readonly between: readonly [string, string]; readonly before: string; readonly channel?: Channel }
  /** "Which agreements are in force on the day of meeting M, which expire within N days, and their status on D?" */
  readonly agreements: { readonly onDayOf: string; readonly withinDays: number; readonly statusOn: Edtf }
  /** "Who refused to sign document X, and which paragraph did they object to?" */
  readonly refusals: { readonly document: string }
  /** "What did S say, word for word, and through which medium?" */
  readonly quotes: { readonly speaker: string }
  /** "Which facts does this sentence support?" — the sentence as quoted from the article. */
  readonly sentence: { readonly article: string; readonly text: string }
}

/**
 * An agreement in force on the day asked, its parties, whether it expires within the window, and its
 * status on the second date.
 *
 * @category model
 * @since 0.1.0
 */
export interface AgreementAnswer extends AgreementOn {
  readonly parties: ReadonlyArray<PartyOf>
  readonly expiresWithin: boolean
  readonly statusLater: StatusOn
}

/**
 * The answers, each carrying its evidence.
 *
 * @category model
 * @since 0.1.0
 */
export interface Answers {
  readonly questions: Questions
  /** The earlier meeting, if any, and the meeting it precedes. */
  readonly lastMeeting: Option<{ readonly meeting: Meeting; readonly before: Meeting }>
  /** The day the agreements were asked about (the meeting's time), if the meeting has one. */
  readonly agreementDay: Option<Edtf>
  readonly agreements: ReadonlyArray<AgreementAnswer>
  readonly refusers: ReadonlyArray<Refusal>
  readonly objections: ReadonlyArray<Objection>
  readonly quotes: ReadonlyArray<VerbatimQuote>
  readonly chronology: ReadonlyArray<DatedFact>
  /** The sentence's span, if the article has it, and what it supports. */
  readonly sentence: Option<{ readonly start: number; readonly end: number; readonly supports: ReadonlyArray<Support> }>
}

const meetingOf = (id: string) => (index: GraphIndex): Option<Meeting> => {
  const found = lookupFact(id)(index)
  return found._tag === 'Some' && found.value.kind === 'meeting' ? some(found.value.record) : none
}

/**
 * Answers the questions on an indexed graph. Nothing throws: an unknown id gives `none` or an empty list.
 *
 * @example
 * import { answerQuestions, indexGraph } from 'news-codecs'
 * import { canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'
 *
 * const answers = answerQuestions(canonicalQuestions)(indexGraph(canonicalGraph))
 * answers.refusers.map((r) => r.actor) //=> ['state:CN', 'state:RU']
 *
 * @category queries
 * @since 0.1.0
 */
export const answerQuestions =
  (questions: Questions) =>
  (index: GraphIndex): Answers => {
    const { lastMeeting: lm, agreements: ag, refusals, quotes, sentence } = questions
    const before = meetingOf(lm.before)(index)
    const lastMeeting =
      before._tag === 'Some' && before.value.time !== undefined
        ? (() => {
            const found = lastMeetingBetween(lm.between[0], lm.between[1], {
              before: before.value.time.value,
              ...(lm.channel === undefined ? {} : { channel: lm.channel }),
            })(index)
            return found._tag === 'Some' ? some({ meeting: found.value, before: before.value }) : none
          })()
        : none
    const dayMeeting = meetingOf(ag.onDayOf)(index)
    const agreementDay: Option<Edtf> = dayMeeting._tag === 'Some' && dayMeeting.value.time !== undefined ? some(dayMeeting.value.time.value) : none
    const agreements: ReadonlyArray<AgreementAnswer> =
      agreementDay._tag === 'Some'
        ? (() => {
            const day = agreementDay.value
            const expiring = new Set(expiringWithin(day, ag.withinDays)(index).map((a) => a.agreement.id))
            return agreementsInForceOn(day)(index).map((a) => ({
              ...a,
              parties: partiesOf(a.agreement)(index),
              expiresWithin: expiring.has(a.agreement.id),
              statusLater: statusOn(ag.statusOn)(a.agreement),
            }))
          })()
        : []
    const article = index.graph.articles.find((a) => a.id === sentence.article)
    const span = article === undefined ? none : locateQuote(article.text, sentence.text)
    return {
      questions,
      lastMeeting,
      agreementDay,
      agreements,
      refusers: refusersOf(refusals.document)(index),
      objections: objectionsTo(refusals.document)(index),
      quotes: quotesBy(quotes.speaker)(index),
      chronology: chronology(index),
      sentence:
        span._tag === 'Some'
          ? some({ ...span.value, supports: factsSupportedBy(sentence.article, span.value.start, span.value.end)(index) })
          : none,
    }
  }

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

// A quote keeps the source's characters exactly, so its newlines and controls are written escaped here,
// before the lines are joined; every other line is escaped as a whole at the end.
const quoted = (evidence: ReadonlyArray<Evidence>): string =>
  evidence.map((e) => escapeControls(`      “${e.quote}” [${e.start}–${e.end}]`)).join('\n')

const labelOf = (entry: DatedFact, name: (id: string) => string): string => {
  const { fact } = entry
  switch (fact.kind) {
    case 'event':
      return fact.record.name
    case 'meeting':
      return `${termLabel(fact.record.channel)} meeting: ${fact.record.participants.map(name).join(', ')}`
    case 'agreement': {
      const step = entry.path[1]
      const act = typeof step === 'number' ? fact.record.lifecycle[step] : undefined
      return `${fact.record.name}: ${act?.type ?? 'act'}`
    }
    case 'document':
      return `${fact.record.title} (${fact.record.status})`
    case 'statement':
      return `${fact.record.speakers.map(name).join(' and ')}: ${termLabel(fact.record.speechAct)}`
    case 'position':
      return `${fact.record.holders.map(name).join(' and ')} ${termLabel(fact.record.stance)}`
    case 'relation':
      return `${name(fact.record.subject)} ${termLabel(fact.record.type)} ${name(fact.record.object)}`
    case 'vote':
      return voteLabel(fact.record)
  }
}

/**
 * Renders answers as plain text: one section per question, each answer followed by the quoted evidence
 * with its code-point span. Control and bidi characters from the graph are written escaped
 * ({@link escapeControls}), so the text is safe to print.
 *
 * @example
 * import { answerQuestions, indexGraph, renderAnswers } from 'news-codecs'
 * import { canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * const text = renderAnswers(index)(answerQuestions(canonicalQuestions)(index))
 * text.includes('Blinken') //=> true
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderAnswers =
  (index: GraphIndex) =>
  (answers: Answers): string => {
    const name = (id: string): string => nameOf(id)(index)
    const out: string[] = []
    const q = answers.questions

    out.push(`1. When did ${name(q.lastMeeting.between[0])} and ${name(q.lastMeeting.between[1])} last meet${q.lastMeeting.channel === undefined ? '' : ` (${termLabel(q.lastMeeting.channel)})`} before ${q.lastMeeting.before}?`)
    if (answers.lastMeeting._tag === 'None') out.push('   No such meeting in the graph.')
    else {
      const { meeting } = answers.lastMeeting.value
      out.push(`   ${meeting.time?.value ?? 'undated'}${meeting.time?.text === undefined ? '' : ` (“${meeting.time.text}”)`}: ${meeting.id}`, quoted(evidenceOf(MeetingCodec)(meeting)))
    }

    const day = answers.agreementDay._tag === 'Some' ? answers.agreementDay.value : 'that day (the meeting is undated)'
    out.push('', `2. Agreements in force on ${day}, expiring within ${q.agreements.withinDays} days, parties, status on ${q.agreements.statusOn}:`)
    if (answers.agreements.length === 0) out.push('   None.')
    for (const a of answers.agreements) {
      const expiry = a.status.expires._tag === 'Some' ? a.status.expires.value.time.value : 'no recorded expiry'
      out.push(
        `   ${a.agreement.name}: ${a.status.status}${a.status.firm ? '' : ' (dates imprecise around that day)'}; expires ${expiry}` +
          `${a.expiresWithin ? ` (within ${q.agreements.withinDays} days)` : ''}; on ${q.agreements.statusOn}: ${a.statusLater.status}`,
        `     parties: ${a.parties.map((p) => `${p.actor._tag === 'Some' ? p.actor.value.name : p.id} (${p.role})`).join(', ')}`,
        quoted(a.agreement.lifecycle.flatMap((act) => act.evidence ?? [])),
      )
    }

    out.push('', `3. Who refused to sign ${q.refusals.document}, and which paragraph did they object to?`)
    if (answers.refusers.length === 0) out.push('   No one, as far as the graph says.')
    for (const r of answers.refusers) out.push(`   ${name(r.actor)} refused to sign`, quoted(r.evidence))
    for (const o of answers.objections) {
      out.push(`   ${o.holders.map(name).join(' and ')} ${termLabel(o.position.stance)} the paragraph “${escapeControls(o.paragraph.text ?? o.paragraph.summary ?? o.paragraph.id)}”`, quoted(o.evidence))
    }

    out.push('', `4. What did ${name(q.quotes.speaker)} say, word for word, and through which medium?`)
    if (answers.quotes.length === 0) out.push('   Nothing quoted.')
    for (const v of answers.quotes) {
      out.push(`   “${escapeControls(v.text)}” (${v.kind === 'quote' ? 'direct quote' : 'quoted fragment'}; ${v.medium._tag === 'Some' ? termLabel(v.medium.value) : 'medium not given'})`, quoted([v.evidence]))
    }

    out.push('', '5. Every dated fact, oldest first:')
    for (const entry of answers.chronology) out.push(`   ${entry.time.value.padEnd(26)} ${labelOf(entry, name)}`)

    out.push('', `6. Which facts does “${escapeControls(q.sentence.text)}” support?`)
    if (answers.sentence._tag === 'None') out.push('   The article has no such sentence.')
    else {
      const { start, end, supports } = answers.sentence.value
      out.push(`   The sentence spans [${start}–${end}].`)
      for (const s of supports) {
        out.push(`   ${s.fact.kind} ${s.fact.record.id}, at ${s.evidence.map((e) => e.path.join('.')).join('; ')}`, quoted(s.evidence.map((e) => e.evidence)))
      }
    }
    // Quotes are escaped already (their lines may hold newlines of their own); names, titles and texts are
    // escaped here, line by line, so no control or bidi character from the graph reaches a terminal.
    return out.map((entry) => entry.split('\n').map(escapeControls).join('\n')).join('\n')
  }

/**
 * Indexes a graph, answers the questions and renders the answers: what `news-codecs summary --answers`
 * prints after its summary of the canonical fixture.
 *
 * @example
 * import { answersText } from 'news-codecs'
 * import { canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'
 *
 * answersText(canonicalGraph, canonicalQuestions).split('\n').length > 10 //=> true
 *
 * @category rendering
 * @since 0.1.0
 */
export const answersText = (graph: Graph, questions: Questions): string => {
  const index = indexGraph(graph)
  return renderAnswers(index)(answerQuestions(questions)(index))
}
