// Export the Graph's JSON Schema and validate data with ajv, as a consumer outside TypeScript would.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { jsonSchemaFor, jsonSchemaNames } from 'news-codecs'

const schema = jsonSchemaFor('Meeting')
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)

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
