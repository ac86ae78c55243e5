/**
 * A user's own io-ts codec for `validate --codec MODULE[#EXPORT]`: loaded from an ES module or a CommonJS
 * one, checked to be a codec, and added to the models under its export's name.
 *
 * @module
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as t from 'io-ts'
import type { CodecSource } from './args.js'
import { UsageError } from './args.js'
import { useCodec } from './codecs.js'

// An io-ts codec from any copy of io-ts: what `decodeWith` calls. `instanceof t.Type` would refuse a codec
// built with the user's own copy, which is a different class from the command line's.
const isCodec = (value: unknown): value is t.Decoder<unknown, unknown> & { readonly name: string } => {
  if (typeof value !== 'object' || value === null) return false
  const codec = value as Record<string, unknown>
  return typeof codec['name'] === 'string' && typeof codec['is'] === 'function' && typeof codec['validate'] === 'function' && typeof codec['decode'] === 'function' && typeof codec['encode'] === 'function'
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}` : `a ${typeof value}`

/** A specifier to import: a path (relative to the working directory) as a file URL; a package name as it is. */
const specifierOf = (module: string): string =>
  module.startsWith('.') || module.startsWith('/') || /^[A-Za-z]:[\\/]/.test(module) ? pathToFileURL(resolve(module)).href : module

/**
 * Loads the codec and adds it to the models under `key`; resolves to the name reports give it: the
 * export's, or for a default export the codec's own name. Failures are usage errors (exit 2) naming the
 * module and the export: the module cannot be loaded, has no such export, or the export is no codec.
 */
export const loadUserCodec = async (source: CodecSource, key: string): Promise<string> => {
  const exportName = source.exportName ?? 'default'
  const what = `--codec ${source.module}${source.exportName === undefined ? '' : `#${source.exportName}`}`
  let loaded: Record<string, unknown>
  try {
    loaded = (await import(specifierOf(source.module))) as Record<string, unknown>
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' ? 'no such module' : error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new UsageError(`${what}: cannot load module ${source.module}: ${reason}`)
  }
  // A CommonJS module is its `module.exports` as `default`: its exports are there, and sometimes also at the top.
  const exports = loaded['default']
  const commonJs = typeof exports === 'object' && exports !== null && !isCodec(exports) ? (exports as Record<string, unknown>) : {}
  const candidate = exportName === 'default' ? exports : exportName in loaded ? loaded[exportName] : commonJs[exportName]
  const codecNames = [...new Set([...Object.keys(loaded), ...Object.keys(commonJs)])].filter((key) => key !== 'default' && (isCodec(loaded[key]) || isCodec(commonJs[key])))
  const hint = codecNames.length === 0 ? '' : `; its codecs: ${codecNames.map((key) => `#${key}`).join(', ')}`
  if (candidate === undefined) throw new UsageError(`${what}: module ${source.module} has no export ${JSON.stringify(exportName)}${hint}`)
  if (!isCodec(candidate)) throw new UsageError(`${what}: export ${JSON.stringify(exportName)} of ${source.module} is not an io-ts codec (it is ${describe(candidate)})${hint}`)
  useCodec(key, candidate)
  return exportName === 'default' ? candidate.name : exportName
}
