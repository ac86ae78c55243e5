/**
 * The JSON Schema export as `~standard.jsonSchema` reaches it. The exporter imports every model, which import
 * the Standard Schema support, so that support cannot import the exporter itself: JsonSchema.ts hands it over
 * when it loads (it is part of the main entry, so it has loaded before any user code runs).
 */
import type * as t from 'io-ts'

/** A codec's JSON Schema for a target; throws for a target or a codec it does not support. */
export type ExportJsonSchema = (codec: t.Mixed, target: string) => Record<string, unknown>

let exporter: ExportJsonSchema | undefined

/** Makes the JSON Schema export available to every `~standard.jsonSchema`. */
export const useJsonSchemaExport = (exportJsonSchema: ExportJsonSchema): void => {
  exporter = exportJsonSchema
}

/** The JSON Schema of a codec for a target, through the export JsonSchema.ts handed over. */
export const exportJsonSchema: ExportJsonSchema = (codec, target) => {
  if (exporter === undefined) throw new Error('the JSON Schema export is not loaded: import news-codecs by its main entry')
  return exporter(codec, target)
}
