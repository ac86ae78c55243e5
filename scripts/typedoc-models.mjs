// @ts-check
// A typedoc plugin for the model pages of the API docs: a model codec's page opens with its summary and a
// table of its fields (name, type, required, the role of a reference, meaning), taken from the generated
// docs/model-reference.md, instead of its inferred io-ts type written out over a hundred lines; the type
// is shown by its class alone (`StructType`, `TaggedUnionType`), which links to that class.
import { readFileSync } from 'node:fs'
import { Converter, ReferenceType, ReflectionKind } from 'typedoc'

const reference = readFileSync(new URL('../docs/model-reference.md', import.meta.url), 'utf8')

/** Each model section of the reference: its name and its table of fields, links turned into plain words. */
const fieldTables = () => {
  const tables = new Map()
  for (const section of reference.split(/^### /m).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim()
    const rows = section.split('\n').filter((line) => line.startsWith('|'))
    if (rows.length > 2) tables.set(name, rows.join('\n').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'))
  }
  return tables
}

const CODEC_CLASSES = new Set(['StructType', 'TaggedUnionType'])

/** @param {import('typedoc').Application} app */
export function load(app) {
  const tables = fieldTables()
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const declaration = /** @type {import('typedoc').DeclarationReflection} */ (reflection)
      const type = declaration.type
      if (!(type instanceof ReferenceType) || !CODEC_CLASSES.has(type.name)) continue
      type.typeArguments = undefined
      const table = tables.get(declaration.name)
      if (table === undefined || declaration.comment === undefined) continue
      declaration.comment.summary.push({ kind: 'text', text: `\n\n**Fields**\n\n${table}\n` })
    }
  })
}
