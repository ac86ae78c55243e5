// Decode untrusted JSON into a typed Meeting, or print every issue with its path.
import { decodeWith, formatIssues, Meeting } from 'news-codecs'

const untrusted: unknown = JSON.parse(`{
  "id": "meeting:blinken-lavrov-2023-03-02",
  "participants": ["person:antony-blinken"],
  "channel": "face-to-face",
  "time": { "value": "2023-02-30", "text": "Thursday" },
  "evidence": [],
  "mood": "tense"
}`)

const result = decodeWith(Meeting)(untrusted)
if (result._tag === 'Left') console.log(formatIssues(result.left))
else console.log(`${result.right.id}: ${result.right.participants.length} participants`)
