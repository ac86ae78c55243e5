/**
 * Compiles the codecs of src/ into plain TypeScript guard functions (src/generated/guards.ts).
 *
 * A guard answers "would the io-ts decoder accept this?" without building contexts, errors or copies, so
 * valid input is accepted at the speed of a hand-written check. The validators run the guard first and
 * fall back to the io-ts decoder only when it fails, to produce the issue list. The code is written at
 * build time, so nothing is compiled with `eval` or `new Function` at run time.
 *
 * Structural codecs (struct, taggedUnion, nonEmptyArray, readonly arrays, keyof, literals, string, number,
 * boolean, Int, ref) are compiled; every other codec (the refined primitives) is called through its own
 * exported `is`, so its check is never re-implemented here.
 *
 * Usage: `npx tsx scripts/compile-guards.ts` writes the file; `--check` exits 1 if it is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as t from 'io-ts'
import { NonEmptyArrayType } from '../src/NonEmptyArray.js'
import { RefType } from '../src/Reference.js'
import { StructType } from '../src/Struct.js'
import { TaggedUnionType } from '../src/TaggedUnion.js'
import { Id } from '../src/Id.js'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
export const OUTPUT = fileURLToPath(new URL('../src/generated/guards.ts', import.meta.url))

interface Export {
  readonly module: string
  readonly name: string
}

/** Every codec exported by a module of src/, with where it comes from (first export wins). */
const loadExports = async (): Promise<Map<t.Mixed, Export>> => {
  const found = new Map<t.Mixed, Export>()
  const files = readdirSync(SRC)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'cli.ts')
    .sort()
  for (const file of files) {
    const module = file.replace(/\.ts$/, '')
    const exports = (await import(pathToFileURL(`${SRC}${file}`).href)) as Record<string, unknown>
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name]
      if (value instanceof t.Type && !found.has(value)) found.set(value, { module, name })
    }
  }
  return found
}

const isStructural = (codec: t.Mixed): boolean =>
  codec instanceof StructType ||
  codec instanceof TaggedUnionType ||
  codec instanceof NonEmptyArrayType ||
  codec instanceof t.ReadonlyArrayType ||
  codec instanceof t.KeyofType ||
  codec instanceof t.LiteralType ||
  codec instanceof RefType ||
  codec === t.string ||
  codec === t.number ||
  codec === t.boolean ||
  codec === t.Int

/** Options for {@link generateGuards}. */
export interface GenerateOptions {
  /**
   * Replace every call to a refined codec's `is` (ids, dates, texts...) by `v !== undefined`, leaving only the
   * walk over records, arrays, literals and keys. Not a validator: the benchmarks use it to measure what the
   * walk alone costs, a floor under the cost of any exact check built this way.
   */
  readonly structureOnly?: boolean
}

/** Generates the source of src/generated/guards.ts. */
export const generateGuards = async ({ structureOnly = false }: GenerateOptions = {}): Promise<string> => {
  const exported = await loadExports()
  const functionOf = new Map<t.Mixed, string>()
  const usedNames = new Set<string>()
  const arrayFunctions = new Map<string, string>()
  const functions: string[] = []
  const imports = new Map<string, Set<string>>()

  const importOf = (codec: t.Mixed): string => {
    const where = exported.get(codec)
    if (where === undefined) {
      throw new Error(`codec ${codec.name} is neither structural nor exported from src/: export it so the guard can call its is()`)
    }
    let names = imports.get(where.module)
    if (names === undefined) imports.set(where.module, (names = new Set()))
    names.add(where.name)
    return where.name
  }

  const nameFor = (base: string): string => {
    const clean = base.replace(/[^A-Za-z0-9_]/g, '_')
    let name = clean
    for (let i = 2; usedNames.has(name); i++) name = `${clean}${i}`
    usedNames.add(name)
    return name
  }

  /**
   * A boolean expression that is true when the decoder of `codec` accepts the value of variable `v` (or, with
   * `walkOnly`, a presence test in place of each refined check).
   */
  const check = (codec: t.Mixed, v: string, walkOnly = structureOnly): string => {
    if (codec === t.string) return `typeof ${v} === 'string'`
    if (codec === t.number) return `typeof ${v} === 'number'`
    if (codec === t.boolean) return `typeof ${v} === 'boolean'`
    if (codec === t.Int) return `Number.isInteger(${v})`
    if (codec instanceof t.LiteralType) return `${v} === ${JSON.stringify(codec.value)}`
    if (codec instanceof t.KeyofType) {
      return `(${Object.keys(codec.keys).map((k) => `${v} === ${JSON.stringify(k)}`).join(' || ')})`
    }
    if (codec instanceof RefType) {
      // A reference decodes as an Id (src/Reference.ts); make sure that is still so.
      if (codec.is !== Id.is || codec.validate !== Id.validate) throw new Error(`${codec.name} no longer decodes as Id`)
      return walkOnly ? `${v} !== undefined` : `${importOf(Id)}.is(${v})`
    }
    if (isStructural(codec)) return `${compile(codec)}(${v})`
    return walkOnly ? `${v} !== undefined` : `${importOf(codec)}.is(${v})`
  }

  /** Emits a guard function for a struct, tagged union or array codec and returns its name. */
  const compile = (codec: t.Mixed): string => {
    const known = functionOf.get(codec)
    if (known !== undefined) return known
    if (codec instanceof StructType) {
      const name = nameFor(`is${codec.name}`)
      functionOf.set(codec, name)
      const required = Object.entries(codec.required as t.Props)
      const optional = Object.entries(codec.optional as t.Props)
      const lines = [
        `/** Whether the decoder of ${codec.name} accepts \`u\`. */`,
        `export function ${name}(u: unknown): boolean {`,
        `  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false`,
        `  const o = u as Record<string, unknown>`,
        `  let v: unknown`,
      ]
      lines.push(`  let n = ${required.length}`)
      for (const [key, member] of required) {
        lines.push(`  v = o[${JSON.stringify(key)}]`)
        lines.push(`  if (v === undefined || !(${check(member, 'v')})) return false`)
      }
      for (const [key, member] of optional) {
        lines.push(`  v = o[${JSON.stringify(key)}]`)
        lines.push(`  if (v !== undefined) {`)
        lines.push(`    if (!(${check(member, 'v')})) return false`)
        lines.push(`    n++`)
        lines.push(`  }`)
      }
      // Every own key must be known, and the count must match the keys read: so no unexpected key, and no
      // known key with the value undefined (which the decoder rejects).
      const keys = [...required, ...optional].map(([key]) => `    case ${JSON.stringify(key)}:`)
      lines.push(`  const keys = Object.keys(o)`)
      lines.push(`  if (keys.length !== n) return false`)
      lines.push(`  for (let i = 0; i < keys.length; i++) {`)
      lines.push(`    switch (keys[i]) {`)
      lines.push(...keys.map((line) => `  ${line}`))
      lines.push(`        break`)
      lines.push(`      default:`)
      lines.push(`        return false`)
      lines.push(`    }`)
      lines.push(`  }`)
      lines.push(`  return true`)
      lines.push(`}`)
      functions.push(lines.join('\n'))
      return name
    }
    if (codec instanceof TaggedUnionType) {
      const name = nameFor(`is${codec.name}`)
      functionOf.set(codec, name)
      const tag = JSON.stringify(codec.tag)
      const lines = [
        `/** Whether the decoder of ${codec.name} accepts \`u\`. */`,
        `export function ${name}(u: unknown): boolean {`,
        `  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false`,
        `  switch ((u as Record<string, unknown>)[${tag}]) {`,
      ]
      for (const [value, member] of Object.entries(codec.members as Record<string, t.Mixed>)) {
        // The decoder wants the tag as an own key; a struct that requires it as this literal checks that.
        const member_ = member as t.Mixed
        const tagChecked =
          member_ instanceof StructType &&
          (member_.required as t.Props)[codec.tag] instanceof t.LiteralType &&
          ((member_.required as t.Props)[codec.tag] as t.LiteralC<string>).value === value
        const own = tagChecked ? '' : `Object.prototype.hasOwnProperty.call(u, ${tag}) && `
        lines.push(`    case ${JSON.stringify(value)}:`)
        lines.push(`      return ${own}${check(member_, 'u')}`)
      }
      lines.push(`    default:`, `      return false`, `  }`, `}`)
      functions.push(lines.join('\n'))
      return name
    }
    if (codec instanceof NonEmptyArrayType || codec instanceof t.ReadonlyArrayType) {
      const item: t.Mixed = codec instanceof NonEmptyArrayType ? codec.item : (codec as t.ReadonlyArrayC<t.Mixed>).type
      const nonEmpty = codec instanceof NonEmptyArrayType
      // Arrays of the same item share one guard, whichever codec instance spells them (the walk-only variant
      // shares exactly as the real guards do, so that it makes the same walk).
      const key = `${nonEmpty}:${check(item, 'v', false)}`
      const shared = arrayFunctions.get(key)
      if (shared !== undefined) {
        functionOf.set(codec, shared)
        return shared
      }
      const name = nameFor(`${nonEmpty ? 'isNonEmptyArrayOf' : 'isArrayOf'}${item instanceof RefType ? 'Ref' : item.name}`)
      functionOf.set(codec, name)
      arrayFunctions.set(key, name)
      functions.push(
        [
          `function ${name}(u: unknown): boolean {`,
          `  if (!Array.isArray(u)${nonEmpty ? ' || u.length === 0' : ''}) return false`,
          `  for (let i = 0; i < u.length; i++) {`,
          `    const v: unknown = u[i]`,
          `    if (!(${check(item, 'v')})) return false`,
          `  }`,
          `  return true`,
          `}`,
        ].join('\n'),
      )
      return name
    }
    throw new Error(`cannot compile ${codec.name}`)
  }

  // Roots: every exported struct and tagged union, in module then export order.
  const roots: Array<[string, string]> = []
  for (const codec of exported.keys()) {
    if (codec instanceof StructType || codec instanceof TaggedUnionType) roots.push([importOf(codec), compile(codec)])
  }

  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '../${module}.js'`)
  const registry = roots.map(([codec, fn]) => `  [${codec}, ${fn}],`)

  return [
    `// Generated by scripts/compile-guards.ts from the codecs in src/. Do not edit: run \`npm run guards\`.`,
    `// Each guard returns true exactly when the io-ts decoder of its codec accepts the value (for JSON data:`,
    `// plain objects, arrays and primitives); test/guards.test.ts checks this on generated and mutated records.`,
    `/* eslint-disable */`,
    `import type * as t from 'io-ts'`,
    ...importLines,
    ``,
    ...functions.flatMap((f) => [f, ``]),
    `/** The codecs of this library with their compiled guards. */`,
    `export const compiledGuards: ReadonlyArray<readonly [t.Decoder<unknown, unknown>, (u: unknown) => boolean]> = [`,
    ...registry,
    `]`,
    ``,
  ].join('\n')
}

const main = async (): Promise<void> => {
  const source = await generateGuards()
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8')
    if (current !== source) {
      console.error(`${OUTPUT} is out of date: run npm run guards`)
      process.exit(1)
    }
    console.log(`${OUTPUT} is up to date`)
    return
  }
  writeFileSync(OUTPUT, source)
  console.log(`wrote ${OUTPUT}`)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main()
