import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'
import { jsonSchemaFor, jsonSchemaNames, type JsonSchema } from 'news-codecs'

// One ajv per `allErrors` setting, holding every shipped schema file by its `$id`, so each is compiled once.
const instances = new Map<boolean, Ajv2020>()
let files: Array<JsonSchema> | undefined

/**
 * Compiles a schema with ajv in strict mode, as a consumer in another stack would use it: with every shipped
 * schema file added by its `$id`, so the models' `$ref`s to each other's files resolve.
 */
export const compileStrict = (schema: object, allErrors = false): ValidateFunction => {
  const id = (schema as JsonSchema).$id
  files ??= jsonSchemaNames.map((name) => jsonSchemaFor(name))
  const same = files.find((file) => file.$id === id)
  if (id !== undefined && same !== undefined && JSON.stringify(same) !== JSON.stringify(schema)) {
    // Another version of a shipped file: compile it beside the others.
    return new Ajv2020({ strict: true, allErrors, schemas: files.filter((file) => file !== same) }).compile(schema)
  }
  let ajv = instances.get(allErrors)
  if (ajv === undefined) instances.set(allErrors, (ajv = new Ajv2020({ strict: true, allErrors, schemas: files })))
  return same !== undefined ? ajv.getSchema(String(id))! : ajv.compile(schema)
}
