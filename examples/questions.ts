// Answer a reader's questions about the canonical article, each in one or two calls, and print every
// answer with the article's words that show it.
import type { Edtf, Evidence } from 'news-codecs'
import {
  agreementsInForceOn,
  termLabel,
  chronology,
  expiringWithin,
  factsSupportedBy,
  indexGraph,
  lastMeetingBetween,
  locateQuote,
  lookupFact,
  nameOf,
  objectionsTo,
  partiesOf,
  quotesBy,
  refusersOf,
  statusOn,
} from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

const index = indexGraph(canonicalGraph)
const name = (id: string): string => nameOf(id)(index)
const show = (evidence: ReadonlyArray<Evidence>): string => evidence.map((e) => `    “${e.quote}” [${e.start}–${e.end}]`).join('\n')

// 1. When did Blinken and Lavrov last meet in person before the New Delhi meeting?
console.log('1. Blinken and Lavrov last met in person before New Delhi:')
pipe(
  lookupFact('meeting:blinken-lavrov-2023-03-02')(index),
  O.chain((fact) => (fact.kind === 'meeting' ? O.fromNullable(fact.record.time) : O.none)),
  O.chain((time) => lastMeetingBetween('person:antony-blinken', 'person:sergei-lavrov', { before: time.value, channel: 'in-person' })(index)),
  O.match(
    () => console.log('  no earlier meeting recorded'),
    (meeting) => console.log(`  ${meeting.time?.value} (${meeting.time?.text})\n${show(meeting.evidence ?? [])}`),
  ),
)

// 2. Which agreements are in force on the meeting day, which expire within 30 days, parties, status on 2023-03-20?
const day = '2023-03-02' as Edtf
const expiring = new Set(expiringWithin(day, 30)(index).map((a) => a.agreement.id))
console.log(`\n2. Agreements in force on ${day}:`)
for (const { agreement, status } of agreementsInForceOn(day)(index)) {
  const expires = pipe(status.expires, O.map((act) => act.time.value), O.getOrElse(() => 'no recorded expiry'))
  const parties = partiesOf(agreement)(index).map((p) => `${name(p.id)} (${p.role})`)
  console.log(`  ${agreement.name}: expires ${expires}${expiring.has(agreement.id) ? ', within 30 days' : ''}`)
  console.log(`  parties: ${parties.join(', ')}`)
  console.log(`  status on 2023-03-20: ${statusOn('2023-03-20' as Edtf)(agreement).status}`)
  console.log(show(agreement.lifecycle.flatMap((act) => act.evidence ?? [])))
}

// 3. Who refused to sign the joint text, and which paragraph did they object to?
const communique = 'document:g20-fm-2023-joint-communique'
console.log('\n3. Refused to sign the joint communiqué:')
for (const refusal of refusersOf(communique)(index)) console.log(`  ${name(refusal.actor)}\n${show(refusal.evidence)}`)
for (const objection of objectionsTo(communique)(index)) {
  console.log(`  ${objection.holders.map(name).join(' and ')} ${termLabel(objection.position.stance)} the paragraph “${objection.paragraph.text}”\n${show(objection.evidence)}`)
}

// 4. What did Modi say, word for word, and through which medium?
console.log('\n4. Narendra Modi, word for word:')
for (const quote of quotesBy('person:narendra-modi')(index)) {
  console.log(`  “${quote.text}” (${O.getOrElse(() => 'medium not given')(O.map(termLabel)(quote.medium))}) [${quote.evidence.start}–${quote.evidence.end}]`)
}

// 5. Every event in order, oldest first, with mixed precision.
console.log('\n5. Every dated fact, oldest first:')
for (const { time, fact, path } of chronology(index)) {
  const what = fact.kind === 'agreement' ? `${fact.record.name}: ${fact.record.lifecycle[path[1] as number]?.type}` : fact.record.id
  console.log(`  ${time.value.padEnd(24)} ${what}`)
}

// 6. Which facts does a given sentence support?
const article = canonicalGraph.articles[0]!
const sentence = 'It was renewed in mid-November for the four winter months and expires on March 18.'
console.log(`\n6. “${sentence}” supports:`)
pipe(
  locateQuote(article.text, sentence),
  O.map(({ start, end }) => factsSupportedBy(article.id, start, end)(index)),
  O.match(
    () => console.log('  the article has no such sentence'),
    (supports) => {
      for (const { fact, evidence } of supports) {
        console.log(`  ${fact.kind} ${fact.record.id} at ${evidence.map((e) => e.path.join('.')).join('; ')}\n${show(evidence.map((e) => e.evidence))}`)
      }
    },
  ),
)
