/**
 * The Actor records the NDJSON benchmarks read: generated persons and states (one state in a hundred with a
 * country code that is not assigned), and the actors of the shipped stories as the fixtures write them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The i-th generated actor: persons and states in turn. */
export const generatedActor = (i: number): Record<string, unknown> =>
  i % 2
    ? { kind: 'state', id: `state:s${i}`, name: `State ${i}`, countryCode: i % 100 === 3 ? 'XX' : 'IN' }
    : { kind: 'person', id: `person:p${i}`, name: `Person ${i}`, posts: [{ office: 'Minister of Foreign Affairs', of: `state:${i % 3 ? 'FR' : 'DE'}`, from: '2021-05-04' }] }

/** The actors of the shipped stories, one JSON text each (without a newline): real names, posts, mentions, sources. */
export const storyActorTexts: ReadonlyArray<string> = readdirSync(join(root, 'fixtures'))
  .filter((file) => file.endsWith('.graph.json'))
  .sort()
  .flatMap((file) => ((JSON.parse(readFileSync(join(root, 'fixtures', file), 'utf8')) as { actors?: unknown[] }).actors ?? []).map((actor) => JSON.stringify(actor)))
