// Load the shipped JSON Schemas into ajv and validate a meeting, as a consumer outside TypeScript would.
// The files refer to each other by $id (a meeting's evidence is Evidence.schema.json), so ajv gets them all.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { jsonSchemaFor, jsonSchemaId, jsonSchemaNames } from 'news-codecs'

const ajv = new Ajv2020({ strict: true, allErrors: true, schemas: jsonSchemaNames.map((name) => jsonSchemaFor(name)) })
const validate = ajv.getSchema(jsonSchemaId('Meeting'))!

const meeting = {
  id: 'meeting:1',
  participants: ['person:ana-silva', 'person:kenji-sato'],
  channel: 'in-person',
  time: { value: '2024-05-06' },
  evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }],
}
console.log(`schemas: ${jsonSchemaNames.join(', ')}`)
console.log(`valid meeting: ${validate(meeting)}`)
console.log(`with a bad date and an extra key: ${validate({ ...meeting, time: { value: '2023-02-29' }, mood: 'tense' })}`)
// Pattern messages quote the whole pattern; say which keyword failed instead.
for (const error of validate.errors ?? []) {
  console.log(`  ${error.instancePath || '(root)'}: ${error.keyword === 'pattern' ? 'does not match the pattern' : error.message}`)
}
