// Answer a reader's questions about the canonical article, each in one or two calls, and print every
// answer as a sentence with the article's words that show it.
import type { Edtf, Evidence } from 'news-codecs'
import {
  agreementsInForceOn,
  chronology,
  describeAct,
  describeFact,
  edtfWords,
  expiringWithin,
  factsSupportedBy,
  indexGraph,
  lastMeetingBetween,
  locateQuote,
  listOf,
  lookupFact,
  mediumWords,
  objectionsTo,
  partiesOf,
  quotesBy,
  recordPhrase,
  refusersOf,
  statusOn,
} from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

const index = indexGraph(canonicalGraph)
const name = recordPhrase(canonicalGraph)
const sentence = describeFact(canonicalGraph)
const show = (evidence: ReadonlyArray<Evidence>): string => [...new Set(evidence.map((e) => `    “${e.quote}”`))].join('\n')

// 1. When did Blinken and Lavrov last meet in person before the New Delhi meeting?
console.log('1. Blinken and Lavrov last met in person before New Delhi:')
pipe(
  lookupFact('meeting:blinken-lavrov-2023-03-02')(index),
  O.chain((fact) => (fact.kind === 'meeting' ? O.fromNullable(fact.record.time) : O.none)),
  O.chain((time) => lastMeetingBetween('person:antony-blinken', 'person:sergei-lavrov', { before: time.value, channel: 'in-person' })(index)),
  O.match(
    () => console.log('  no earlier meeting recorded'),
    (meeting) => console.log(`  ${sentence(meeting.id)}\n${show(meeting.evidence ?? [])}`),
  ),
)

// 2. Which agreements are in force on the meeting day, which expire within 30 days, parties, status on 2023-03-20?
const day = '2023-03-02' as Edtf
const expiring = new Set(expiringWithin(day, 30)(index).map((a) => a.agreement.id))
console.log(`\n2. Agreements in force ${edtfWords(day)}:`)
for (const { agreement, status } of agreementsInForceOn(day)(index)) {
  const expires = pipe(status.expires, O.map((act) => `expires ${edtfWords(act.time.value)}`), O.getOrElse(() => 'has no recorded expiry'))
  const parties = listOf(partiesOf(agreement)(index).map((p) => name(p.id)))
  const later = statusOn('2023-03-20' as Edtf)(agreement).status === 'expired' ? 'has expired' : 'has not expired'
  console.log(`  The ${agreement.name} ${expires}${expiring.has(agreement.id) ? ', within 30 days' : ''}; by 20 March 2023 it ${later}.`)
  console.log(`  Its parties: ${parties}.`)
  for (const act of agreement.lifecycle) console.log(`  ${describeAct(canonicalGraph)(agreement, act)}\n${show(act.evidence ?? [])}`)
}

// 3. Who refused to sign the joint text, and which paragraph did they object to?
const communique = 'document:g20-fm-2023-joint-communique'
console.log('\n3. Refused to sign the joint communiqué:')
const refusals = refusersOf(communique)(index)
console.log(`  ${listOf(refusals.map((refusal) => name(refusal.actor)))} refused to sign it.\n${show(refusals.flatMap((refusal) => refusal.evidence))}`)
for (const objection of objectionsTo(communique)(index)) console.log(`  ${sentence(objection.position.id)}\n${show(objection.evidence)}`)

// 4. What did Modi say, word for word, and through which medium?
console.log('\n4. Narendra Modi, word for word:')
for (const quote of quotesBy('person:narendra-modi')(index)) {
  console.log(`  “${quote.text}”, ${O.getOrElse(() => 'through a medium the article does not give')(O.map(mediumWords)(quote.medium))}`)
}

// 5. Every event in order, oldest first, with mixed precision.
// A fact dated in two places (a position and the act it rests on) is listed once.
console.log('\n5. Every dated fact, oldest first:')
const listed = new Set<string>()
for (const { fact, path } of chronology(index)) {
  const act = fact.kind === 'agreement' ? fact.record.lifecycle[path[1] as number] : undefined
  const what = fact.kind === 'agreement' && act !== undefined ? describeAct(canonicalGraph)(fact.record, act) : sentence(fact.record.id)
  if (what !== undefined && !listed.has(what)) console.log(`  ${what}`)
  if (what !== undefined) listed.add(what)
}

// 6. Which facts does a given sentence support?
const article = canonicalGraph.articles[0]!
const words = 'It was renewed in mid-November for the four winter months and expires on March 18.'
console.log(`\n6. “${words}” supports:`)
pipe(
  locateQuote(article.text, words),
  O.map(({ start, end }) => factsSupportedBy(article.id, start, end)(index)),
  O.match(
    () => console.log('  the article has no such sentence'),
    (supports) => {
      for (const { fact, evidence } of supports) {
        // Evidence inside a lifecycle act supports that act: say which.
        const acts = fact.kind === 'agreement' ? [...new Set(evidence.map((e) => e.path[1]))].flatMap((step) => fact.record.lifecycle[step as number] ?? []) : []
        const said = fact.kind === 'agreement' && acts.length > 0 ? acts.map((act) => describeAct(canonicalGraph)(fact.record, act)).join(' ') : sentence(fact.record.id)
        console.log(`  ${said}\n${show(evidence.map((e) => e.evidence))}`)
      }
    },
  ),
)
