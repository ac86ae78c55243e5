// Export the sample graph as schema.org JSON-LD and print a few nodes.
import { readFileSync } from 'node:fs'
import { toJsonLd, validateGraph } from 'news-codecs'

const result = validateGraph(JSON.parse(readFileSync(new URL('../fixtures/sample.graph.json', import.meta.url), 'utf8')))
if (result._tag === 'Left') throw new Error('the sample graph should be valid')

const doc = toJsonLd(result.right)
for (const node of doc['@graph']) console.log(`${node['@type']} ${node['@id']}`)
const meeting = doc['@graph'].find((node) => node['@type'] === 'Event')
console.log(JSON.stringify(meeting, null, 2))
