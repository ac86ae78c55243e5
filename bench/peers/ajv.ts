/** The reference: ajv (strict, draft 2020-12) on the shipped schema files, every file added by its `$id`. */
import { readdirSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { PeerModel } from './records.js'

const dir = new URL('../../schemas/', import.meta.url)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { $id: string; title: string })
const ajv = new Ajv2020({ strict: true, schemas: files })
const idOf = (title: string): string => files.find((f) => f.title === title)!.$id

/** A person is an Actor of kind `person`: the Person definition inside Actor.schema.json. */
const REF: Record<PeerModel, string> = {
  Person: `${idOf('Actor')}#/$defs/Person`,
  Meeting: idOf('Meeting'),
  Statement: idOf('Statement'),
  Evidence: idOf('Evidence'),
}

export const ajvValidators: Record<PeerModel, (u: unknown) => boolean> = Object.fromEntries(
  Object.entries(REF).map(([model, ref]) => {
    const validate = ajv.getSchema(ref)
    if (validate === undefined) throw new Error(`ajv has no schema ${ref}`)
    return [model, (u: unknown) => validate(u) === true]
  }),
) as Record<PeerModel, (u: unknown) => boolean>
