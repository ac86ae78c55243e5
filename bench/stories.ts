/**
 * News as it is written: the records of the story fixtures (every fixtures/*.graph.json but the small
 * sample), as NDJSON lines for the benchmarks. `BENCH_FIXTURES=DIR` reads the graphs of another directory
 * instead: test/data/v0.1 holds records every build since 0.1.0 accepts, for comparing old and new builds
 * on the same valid lines.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { Graph } from '../src/Graph.js'
import { describeCodec } from '../src/internal/CodecTree.js'

import { pathToFileURL } from 'node:url'

const FIXTURES = process.env['BENCH_FIXTURES'] === undefined ? new URL('../fixtures/', import.meta.url) : pathToFileURL(`${process.env['BENCH_FIXTURES'].replace(/\/?$/, '/')}`)
const STORIES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.graph.json') && file !== 'sample.graph.json')
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown[]>)

const graph = describeCodec(Graph)
// The collections: the Graph's fields that are arrays of records (not its own id, title and the like).
const collections = (graph.tag === 'struct' ? graph.fields : []).flatMap((field) => {
  const array = describeCodec(field.codec)
  return array.tag === 'array' ? [[field.key, array.item.name] as const] : []
})

/** The models a graph holds, one per collection (Article, Actor, … Vote), those the stories have records of. */
export const GRAPH_MODELS: ReadonlyArray<string> = collections
  .filter(([collection]) => STORIES.some((story) => (story[collection] ?? []).length > 0))
  .map(([, model]) => model)

/**
 * The stories' records of one model, cycled to `size` JSON lines; for `Graph`, the three graphs. The
 * collection holding a model is read off the Graph codec (the collection whose items are that model).
 */
export const storyLines = (model: string, size: number): ReadonlyArray<string> => {
  const holding = collections.filter(([, item]) => item === model).map(([collection]) => collection)
  const records = model === 'Graph' ? STORIES : STORIES.flatMap((story) => holding.flatMap((c) => story[c] ?? []))
  if (records.length === 0) throw new Error(`the story fixtures have no ${model} records`)
  return Array.from({ length: size }, (_, i) => JSON.stringify(records[i % records.length]))
}
