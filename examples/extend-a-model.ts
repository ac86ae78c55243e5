// A model of one's own: Meeting with the actor who chaired it. One definition, and every tool of the
// library (validation with references resolved, the index, JSON Schema, JSON-LD) handles the new field.
import { arrayOf, extend, factsOfActor, Graph, indexGraph, Meeting, ref, toJsonLd, toJsonSchema, validateGraphWith } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'

const ChairedMeeting = extend(Meeting, { name: 'ChairedMeeting', optional: { chair: ref('actor').as('chair') } })
const ChairedGraph = extend(Graph, { name: 'ChairedGraph', required: { meetings: arrayOf(ChairedMeeting) } })

// India chaired the G20 foreign ministers' meeting; say so on the Blinken–Lavrov meeting's record.
const chairedBy = (chair: string) => ({
  ...canonicalGraph,
  meetings: canonicalGraph.meetings.map((meeting, i) => (i === 0 ? { ...meeting, chair } : meeting)),
})
const input = chairedBy('state:IN')

const result = validateGraphWith(ChairedGraph)(input)
if (result._tag === 'Left') throw new Error('the chaired graph should be valid')
const graph = result.right
console.log('valid, with a chair:', graph.meetings[0]?.chair)

// A chair that names no actor is a dangling reference, with its path.
const dangling = validateGraphWith(ChairedGraph)(chairedBy('state:XX'))
if (dangling._tag === 'Left') console.log(dangling.left.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'))

// The index finds the meeting among India's facts by the role `chair`.
const index = indexGraph(graph, ChairedGraph)
console.log('facts of India include the meeting:', factsOfActor('state:IN')(index).some((fact) => fact.record.id === graph.meetings[0]?.id))

// JSON Schema and JSON-LD carry the field too.
const schema = toJsonSchema(ChairedGraph) as { $defs: Record<string, { properties: Record<string, unknown> }> }
console.log('schema has chair:', 'chair' in (schema.$defs['ChairedMeeting']?.properties ?? {}))
const node = toJsonLd(graph, { codec: ChairedGraph })['@graph'].find((n) => n['@id'].endsWith(graph.meetings[0]!.id))
console.log('JSON-LD:', JSON.stringify(node?.['nc:chair']))
