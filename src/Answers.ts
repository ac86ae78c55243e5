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
import type { Agreement, AgreementStatus, StatusOn } from './Agreement.js'
import { LifecycleAct, statusOn } from './Agreement.js'
import type { Evidence } from './Evidence.js'
import { evidenceOf, locateQuote } from './Evidence.js'
import { escapeControls } from './Issue.js'
import type { Graph } from './Graph.js'
import type { DatedFact, GraphIndex } from './GraphIndex.js'
import { indexGraph, lookupFact } from './GraphIndex.js'
import type { Channel, Meeting } from './Meeting.js'
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
import type { FactSentence } from './Sentences.js'
import { describeAct, edtfWords, factSentences, listOf, mediumWords, recordPhrase, termWords } from './Sentences.js'
import { factLines } from './Summary.js'
import type { Edtf } from './Time.js'

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

/**
 * What to put in the rendered answers: the chronology (question 5) may be left out where it is printed
 * already, as `news-codecs summary` does.
 *
 * @category model
 * @since 0.3.0
 */
export interface RenderOptions {
  /** Whether to list every dated fact; `true` when absent. */
  readonly chronology?: boolean
}

const STATUS_WORDS: Readonly<Record<AgreementStatus, string>> = {
  unknown: 'has no recorded status',
  'not-signed': 'is not yet signed',
  signed: 'is signed but not yet in force',
  'in-force': 'is in force',
  suspended: 'is suspended',
  withdrawn: 'has lost a party by withdrawal',
  terminated: 'has been terminated',
  expired: 'has expired',
}

const CHANNEL_WORDS: Readonly<Record<string, string>> = { 'in-person': 'in person', phone: 'by phone', video: 'by video link', written: 'in writing', unknown: '' }

/** The quotes of some evidence, each once, indented under the line they support. */
const quoted = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<string> =>
  [...new Set(evidence.map((e) => e.quote as string))].map((quote) => `        “${escapeControls(quote)}”`)

/**
 * Renders answers as plain text: one section per question, each answer a sentence followed by the words
 * of the article that show it, each quote once. Control and bidi characters from the graph are written
 * escaped ({@link escapeControls}), so the text is safe to print.
 *
 * @example
 * import { answerQuestions, indexGraph, renderAnswers } from 'news-codecs'
 * import { canonicalGraph, canonicalQuestions } from 'news-codecs/fixtures'
 *
 * const index = indexGraph(canonicalGraph)
 * const text = renderAnswers(index)(answerQuestions(canonicalQuestions)(index))
 * text.includes('China and Russia refused to sign it.') //=> true
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderAnswers =
  (index: GraphIndex, options: RenderOptions = {}) =>
  (answers: Answers): string => {
    const graph = index.graph
    const name = (id: string): string => recordPhrase(graph)(id)
    const sentences = factSentences(graph)
    const sentenceOf = (id: string): FactSentence | undefined => sentences.find((entry) => entry.id === id)
    const factLinesOf = (id: string, evidence?: ReadonlyArray<Evidence>): ReadonlyArray<string> => {
      const entry = sentenceOf(id)
      return entry === undefined ? [] : factLines({ ...entry, evidence: evidence ?? entry.evidence }, '   ').map((line) => line.replace(/^( {3}) {4}/, '$1     '))
    }
    const actLines = (agreement: Agreement, step: number, evidence?: ReadonlyArray<Evidence>): ReadonlyArray<string> => {
      const act = agreement.lifecycle[step]
      return act === undefined ? [] : [`   ${escapeControls(describeAct(graph)(agreement, act))}`, ...quoted(evidence ?? evidenceOf(LifecycleAct)(act))]
    }
    const out: string[] = []
    const q = answers.questions
    let number = 0
    const ask = (question: string): void => void out.push(...(number === 0 ? [] : ['']), `${++number}. ${question}`)

    const channel = q.lastMeeting.channel === undefined ? '' : typeof q.lastMeeting.channel === 'string' ? CHANNEL_WORDS[q.lastMeeting.channel] ?? '' : termWords(q.lastMeeting.channel)
    ask(`When did ${name(q.lastMeeting.between[0])} and ${name(q.lastMeeting.between[1])} last meet${channel === '' ? '' : ` ${channel}`} before ${name(q.lastMeeting.before)}?`)
    if (answers.lastMeeting._tag === 'None') out.push('   The graph records no such meeting.')
    else out.push(...factLinesOf(answers.lastMeeting.value.meeting.id))

    const day = answers.agreementDay._tag === 'Some' ? edtfWords(answers.agreementDay.value, false) : 'the day of that meeting (it is undated)'
    const later = edtfWords(q.agreements.statusOn, false)
    ask(`Which agreements are in force on ${day}, which of them expire within ${q.agreements.withinDays} days, who are their parties, and what is their status on ${later}?`)
    if (answers.agreements.length === 0) out.push('   None, as far as the graph says.')
    for (const a of answers.agreements) {
      const expiry =
        a.status.expires._tag === 'Some'
          ? `; it expires ${edtfWords(a.status.expires.value.time.value)}${a.expiresWithin ? `, within ${q.agreements.withinDays} days` : ''}`
          : '; the graph records no expiry'
      out.push(
        `   The ${escapeControls(a.agreement.name)} ${STATUS_WORDS[a.status.status]}${a.status.firm ? '' : ', though its dates are imprecise around that day'}${expiry}; on ${later} it ${STATUS_WORDS[a.statusLater.status]}.`,
        ...factLinesOf(a.agreement.id, [...(a.agreement.evidence ?? []), ...a.parties.flatMap((p) => p.evidence)]),
        ...a.agreement.lifecycle.flatMap((_, step) => actLines(a.agreement, step)),
      )
    }

    ask(`Who refused to sign ${name(q.refusals.document)}, and which paragraph did they object to?`)
    if (answers.refusers.length === 0) out.push('   No one, as far as the graph says.')
    else out.push(`   ${escapeControls(listOf(answers.refusers.map((r) => name(r.actor))))} refused to sign it.`, ...quoted(answers.refusers.flatMap((r) => r.evidence)))
    for (const o of answers.objections) out.push(...factLinesOf(o.position.id, o.evidence))

    ask(`What did ${name(q.quotes.speaker)} say, word for word, and through which medium?`)
    if (answers.quotes.length === 0) out.push('   The graph quotes nothing of theirs.')
    for (const v of answers.quotes) {
      const medium = v.medium._tag === 'Some' ? mediumWords(v.medium.value) : ''
      out.push(`   “${escapeControls(v.text)}”: ${v.kind === 'quote' ? 'a direct quote' : 'a fragment quoted in a report'}, ${medium === '' ? 'through a medium the source does not give' : medium}.`)
      if (v.evidence.quote !== v.text) out.push(...quoted([v.evidence]))
    }

    if (options.chronology !== false) {
      ask('What happened, oldest first?')
      const seen = new Set<string>()
      for (const entry of answers.chronology) {
        const step = entry.fact.kind === 'agreement' && typeof entry.path[1] === 'number' ? entry.path[1] : undefined
        const key = `${entry.fact.record.id}\u0000${step ?? ''}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push(...(entry.fact.kind === 'agreement' && step !== undefined ? actLines(entry.fact.record, step) : factLinesOf(entry.fact.record.id)))
      }
    }

    ask(`Which facts does “${escapeControls(q.sentence.text)}” support?`)
    if (answers.sentence._tag === 'None') out.push('   The article has no such sentence.')
    else if (answers.sentence.value.supports.length === 0) out.push('   None that the graph records.')
    else {
      for (const s of answers.sentence.value.supports) {
        if (s.fact.kind !== 'agreement') {
          out.push(...factLinesOf(s.fact.record.id, s.evidence.map((e) => e.evidence)))
          continue
        }
        // Evidence inside a lifecycle act supports that act; the rest, the agreement.
        const agreement = s.fact.record
        const steps = new Map<number | undefined, Evidence[]>()
        for (const e of s.evidence) {
          const step = e.path[0] === 'lifecycle' && typeof e.path[1] === 'number' ? e.path[1] : undefined
          steps.set(step, [...(steps.get(step) ?? []), e.evidence])
        }
        for (const [step, evidence] of steps) out.push(...(step === undefined ? factLinesOf(agreement.id, evidence) : actLines(agreement, step, evidence)))
      }
    }
    // Quotes are escaped already (their lines may hold newlines of their own); every line is escaped once
    // more here, so no control or bidi character from the graph reaches a terminal.
    return out.map((entry) => entry.split('\n').map(escapeControls).join('\n')).join('\n')
  }

/**
 * Indexes a graph, answers the questions and renders the answers: what `npm start` prints after its
 * summary of the canonical fixture (there without the chronology, which the summary gives).
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
export const answersText = (graph: Graph, questions: Questions, options: RenderOptions = {}): string => {
  const index = indexGraph(graph)
  return renderAnswers(index, options)(answerQuestions(questions)(index))
}
