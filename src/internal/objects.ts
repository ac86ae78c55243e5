/**
 * What counts as a record and as one of its keys, in one place for the decoders, the walks over decoded
 * values and the exports: a record is a non-null, non-array object; its keys are its own enumerable ones,
 * as `Object.keys` and `JSON.stringify` see them (an inherited getter or a hidden property is not data).
 */

/** Whether a value is a record: an object that is neither null nor an array. */
export const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Whether `key` is one of the object's own enumerable keys (an array's index included). */
export const hasKey = (o: object, key: string | number): boolean => Object.prototype.propertyIsEnumerable.call(o, key)

/** A JSON Schema that holds of an object that has `key` (the key's own schema sits elsewhere), for a record rule's `jsonSchema`. */
export const schemaRequiring = (key: string): Readonly<Record<string, unknown>> => ({ type: 'object', properties: { [key]: {} }, required: [key] })
