// Read the canonical fixture: a meeting, its evidence, and the question "first face-to-face since when?".
import { coverageOf, type Edtf, sliceCodePoints, termLabel } from 'news-codecs'
import { canonicalArticleText, canonicalGraph } from 'news-codecs/fixtures'

const meeting = canonicalGraph.meetings.find((m) => m.id === 'meeting:blinken-lavrov-2023-03-02')!
console.log(`${meeting.id}: ${termLabel(meeting.channel)}, ${meeting.duration?.bound} ${meeting.duration?.value}`)

// Every fact points into the article by code points; the quote is the text found there.
const [first] = meeting.evidence ?? []
if (first !== undefined) console.log(`evidence ${first.start}–${first.end}: ${sliceCodePoints(canonicalArticleText, first.start, first.end)}`)

// The previous in-person meeting of the same two people, found from the data rather than a stored string.
const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => a.length === b.length && a.every((x) => b.includes(x))
const start = (value: Edtf) => coverageOf(value).start
const previous = canonicalGraph.meetings
  .filter((m) => m.channel === 'in-person' && same(m.participants, meeting.participants) && m.time !== undefined)
  .filter((m) => start(m.time!.value) < start(meeting.time!.value))
  .sort((a, b) => start(b.time!.value) - start(a.time!.value))[0]!
const war = canonicalGraph.events.find((e) => e.id === 'event:war-in-ukraine')!
console.log(`previous in-person meeting: ${previous.time!.value}; the war began ${war.time!.value}`)
