import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'

/** Compiles a schema with ajv in strict mode, as a consumer in another stack would use it. */
export const compileStrict = (schema: object, allErrors = false): ValidateFunction => new Ajv2020({ strict: true, allErrors }).compile(schema)
