/**
 * Compiles the codecs of src/ into plain TypeScript guard functions (src/generated/guards/MODULE.ts, one
 * module per model module, and src/generated/guards.ts, which lists them all), as a fold over the codec
 * tree (src/internal/CodecTree.ts).
 *
 * A guard answers "would the io-ts decoder accept this?" without building contexts, errors or copies, so
 * valid input is accepted at the speed of a hand-written check. The validators run the guard first and
 * fall back to the io-ts decoder only when it fails, to produce the issue list. The code is written at
 * build time, so nothing is compiled with `eval` or `new Function` at run time.
 *
 * Structs, tagged unions, arrays, literals, keyofs, references and the basic types are compiled; a leaf
 * codec (the refined primitives, and the exported vocabularies) is called through its own `is`, so its check
 * is never re-implemented.
 * A struct guard reads the own enumerable keys of a record, as the decoder does.
 *
 * `npm run generate` writes them with the other generated files; `npm run generate -- --check` names any
 * that is stale. A new struct or tagged union gets its guard once generated; its model module then attaches
 * it: `export const X = /* @__PURE__ *\/ withGuard(struct(...), isX)`.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as t from 'io-ts'
import { Id } from '../src/Id.js'
import type { Algebra } from '../src/internal/CodecTree.js'
import { describeCodec, fold } from '../src/internal/CodecTree.js'
import type { CodeSet } from '../src/CodeSets.js'
import { CODE_PATTERN, SCHEME_PATTERN } from '../src/Vocabulary.js'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
export const OUTPUT = fileURLToPath(new URL('../src/generated/guards.ts', import.meta.url))

interface Export {
  readonly module: string
  readonly name: string
}

/** Whether an exported value is a code list (a vocabulary's guard reads its codes from the export). */
const isCodeSet = (value: unknown): value is CodeSet =>
  typeof value === 'object' && value !== null && typeof (value as CodeSet).scheme === 'string' && Array.isArray((value as CodeSet).codes)

/** Every codec and code list exported by a module of src/, with where it comes from (first export wins). */
const loadExports = async (): Promise<Map<t.Mixed | CodeSet, Export>> => {
  const found = new Map<t.Mixed | CodeSet, Export>()
  const files = readdirSync(SRC)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'cli.ts')
    .sort()
  for (const file of files) {
    const module = file.replace(/\.ts$/, '')
    const exports = (await import(pathToFileURL(`${SRC}${file}`).href)) as Record<string, unknown>
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name]
      if ((value instanceof t.Type || isCodeSet(value)) && !found.has(value)) found.set(value, { module, name })
    }
  }
  return found
}

/**
 * The helpers every guard module shares: the record test and the loops over an array whose items have a
 * guard function. Written once in guards/shared.ts, they keep each model's guards to its own fields.
 */
export const SHARED_HELPERS = {
  isObject: [
    `/** Whether \`u\` is a record: an object that is not null and not an array. */`,
    `export function isObject(u: unknown): u is Record<string, unknown> {`,
    `  return typeof u === 'object' && u !== null && !Array.isArray(u)`,
    `}`,
  ].join('\n'),
  // A hole reads as undefined, which no guard accepts: the decoder reports it.
  everyOf: [
    `/** Whether \`u\` is an array whose every item \`is\` accepts. */`,
    `export function everyOf(u: unknown, is: (item: unknown) => boolean): boolean {`,
    `  if (!Array.isArray(u)) return false`,
    `  for (let i = 0; i < u.length; i++) if (!is(u[i])) return false`,
    `  return true`,
    `}`,
  ].join('\n'),
  nonEmptyEveryOf: [
    `/** Whether \`u\` is an array of at least one item, every one of which \`is\` accepts. */`,
    `export function nonEmptyEveryOf(u: unknown, is: (item: unknown) => boolean): boolean {`,
    `  if (!Array.isArray(u) || u.length === 0) return false`,
    `  for (let i = 0; i < u.length; i++) if (!is(u[i])) return false`,
    `  return true`,
    `}`,
  ].join('\n'),
} as const

/** The name of a shared helper. */
export type SharedHelper = keyof typeof SHARED_HELPERS

/** Options for {@link compileGuards} and {@link generateGuards}. */
export interface GenerateOptions {
  /**
   * Replace every call to a refined codec's `is` (ids, dates, texts...) by `v !== undefined`, leaving only the
   * walk over records, arrays, literals and keys. Not a validator: the benchmarks use it to measure what the
   * walk alone costs, a floor under the cost of any exact check built this way.
   */
  readonly structureOnly?: boolean
}

/** Guard functions for some codecs: their source, the function of each root, and the leaf codecs they call. */
export interface CompiledGuards {
  readonly functions: ReadonlyArray<string>
  readonly roots: ReadonlyMap<t.Mixed, string>
}

/**
 * Compiles guards for `roots` and everything under them. `leafName` names the variable through which the
 * code calls a leaf codec's `is` (or a vocabulary's); it may throw for one it cannot name, and a vocabulary
 * it cannot name is compiled. `listName` names the variable
 * that holds a code list of a vocabulary, or gives `undefined` to write its codes into the code.
 * `guardElsewhere` names the guard of a codec compiled in another module, which is then called, not compiled.
 * `sharedHelper` names a small helper ({@link SHARED_HELPERS}) kept in a module of its own; without it, each
 * helper used is written once among the functions.
 */
export const compileGuards = (
  roots: ReadonlyArray<t.Mixed>,
  leafName: (codec: t.Mixed) => string,
  { structureOnly = false }: GenerateOptions = {},
  listName: (list: CodeSet) => string | undefined = () => undefined,
  guardElsewhere: (codec: t.Mixed) => string | undefined = () => undefined,
  sharedHelper?: (helper: SharedHelper) => string,
): CompiledGuards => {
  const functionOf = new Map<t.Mixed, string>()
  const usedNames = new Set<string>()
  const arrayFunctions = new Map<string, string>()
  /** Arrays checked by a shared loop: the loop's name and the item's guard, by the key that stands for them. */
  const loops = new Map<string, readonly [loop: string, item: string]>()
  const functions: string[] = []

  const nameFor = (base: string): string => {
    const clean = base.replace(/[^A-Za-z0-9_]/g, '_')
    let name = clean
    for (let i = 2; usedNames.has(name); i++) name = `${clean}${i}`
    usedNames.add(name)
    return name
  }

  /** A function-emitting case registers its name before compiling its parts, so shared parts compile once. */
  const emit = (codec: t.Mixed, name: string, body: () => ReadonlyArray<string>): string => {
    functionOf.set(codec, name)
    functions.push(body().join('\n'))
    return name
  }
  const compiled = (codec: t.Mixed, build: () => string): string => functionOf.get(codec) ?? guardElsewhere(codec) ?? build()

  /** The name through which the code calls a shared helper: imported when `sharedHelper` is given, else written once here. */
  const helperNames = new Map<SharedHelper, string>()
  const helper = (name: SharedHelper): string => {
    const known = helperNames.get(name)
    if (known !== undefined) return known
    const called = sharedHelper?.(name) ?? name
    if (sharedHelper === undefined) {
      usedNames.add(name)
      functions.push(SHARED_HELPERS[name].replace(/^export /m, ''))
    }
    helperNames.set(name, called)
    return called
  }

  /** The name of a module constant holding a code list's codes as a set, one per list. */
  const codeSets = new Map<CodeSet, string>()
  const codeSet = (list: CodeSet): string => {
    const known = codeSets.get(list)
    if (known !== undefined) return known
    const name = nameFor(`CODES_${list.scheme}`)
    codeSets.set(list, name)
    const source = listName(list)
    // Annotated pure, so that a bundle without the vocabulary drops the set.
    functions.push(`const ${name}: ReadonlySet<string> = /* @__PURE__ */ new Set(${source === undefined ? JSON.stringify(list.codes) : `${source}.codes`})`)
    return name
  }

  /** The name of the guard for coded values of one set of checked schemes, one per set. */
  const codedGuards = new Map<string, string>()
  const codedGuard = (schemes: ReadonlyArray<CodeSet>): string => {
    const sets = schemes.map(codeSet)
    const key = sets.join(',')
    const known = codedGuards.get(key)
    if (known !== undefined) return known
    const name = nameFor('isCodedValue')
    codedGuards.set(key, name)
    functions.push(
      [
        `function ${name}(u: unknown): boolean {`,
        `  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false`,
        `  const o = u as Record<string, unknown>`,
        `  if (Object.keys(o).length !== 2 || !Object.prototype.propertyIsEnumerable.call(o, 'scheme') || !Object.prototype.propertyIsEnumerable.call(o, 'code')) return false`,
        `  const scheme = o['scheme']`,
        `  const code = o['code']`,
        `  if (typeof scheme !== 'string' || !${SCHEME_PATTERN}.test(scheme) || typeof code !== 'string' || !${CODE_PATTERN}.test(code)) return false`,
        `  switch (scheme) {`,
        ...schemes.flatMap((list, i) => [`    case ${JSON.stringify(list.scheme)}:`, `      return ${sets[i]}.has(code)`]),
        `    default:`,
        `      return true`,
        `  }`,
        `}`,
      ].join('\n'),
    )
    return name
  }

  /**
   * A boolean expression that is true when the decoder of the codec accepts the value of variable `v` (or,
   * with `walkOnly`, a presence test in place of each refined check).
   */
  const expression = (v: string, walkOnly: boolean): Algebra<string> => ({
    primitive: ({ codec }) => {
      if (codec === t.string) return `typeof ${v} === 'string'`
      if (codec === t.number) return `typeof ${v} === 'number'`
      if (codec === t.boolean) return `typeof ${v} === 'boolean'`
      if (codec === t.Int) return `Number.isInteger(${v})`
      return walkOnly ? `${v} !== undefined` : `${leafName(codec)}.is(${v})`
    },
    literal: ({ value }) => `${v} === ${JSON.stringify(value)}`,
    keyof: ({ keys }) => `(${keys.map((k) => `${v} === ${JSON.stringify(k)}`).join(' || ')})`,
    ref: ({ codec }) => {
      // A reference decodes as an Id (src/Reference.ts); make sure that is still so.
      if (codec.is !== Id.is || codec.validate !== Id.validate) throw new Error(`${codec.name} no longer decodes as Id`)
      return walkOnly ? `${v} !== undefined` : `${leafName(Id)}.is(${v})`
    },
    // An exported vocabulary is called through its own `is` (sets of its codes, built once): bundles then share
    // its code lists with the codec instead of a copy in each guard that uses it.
    vocabulary: ({ codec }) => {
      const name = nameOf(codec)
      if (name === undefined) return `${compile(codec)}(${v})`
      return walkOnly ? `${v} !== undefined` : `${name}.is(${v})`
    },
    struct: ({ codec }) => `${compile(codec)}(${v})`,
    union: ({ codec }) => `${compile(codec)}(${v})`,
    array: ({ codec }) => {
      const name = compile(codec)
      const loop = loops.get(name)
      return loop === undefined ? `${name}(${v})` : `${loop[0]}(${v}, ${loop[1]})`
    },
  })
  const check = (codec: t.Mixed, v: string, walkOnly = structureOnly): string => fold(expression(v, walkOnly))(codec)
  /** The name of a codec `leafName` can name, or undefined (it throws for one not exported). */
  const nameOf = (codec: t.Mixed): string | undefined => {
    try {
      return leafName(codec)
    } catch {
      return undefined
    }
  }

  const functionOfNode: Algebra<string> = {
    primitive: ({ name }) => {
      throw new Error(`cannot compile a guard function for the leaf ${name}`)
    },
    literal: ({ codec }) => {
      throw new Error(`cannot compile a guard function for the literal ${codec.name}`)
    },
    keyof: ({ name }) => {
      throw new Error(`cannot compile a guard function for the keyof ${name}`)
    },
    ref: ({ codec }) => {
      throw new Error(`cannot compile a guard function for ${codec.name}`)
    },
    // A built-in string, or a coded value: a record whose own enumerable keys are exactly scheme and code,
    // both of their form, the code in its scheme's list when the scheme is one the vocabulary checks (one
    // coded-value guard per set of checked schemes, shared by the vocabularies that check them).
    vocabulary: ({ codec, name, builtIns, schemes }) =>
      compiled(codec, () => {
        const coded = codedGuard(schemes)
        return emit(codec, nameFor(`is${name}`), () => [
          `/** Whether the decoder of ${name} accepts \`u\`. */`,
          `export function ${functionOf.get(codec)}(u: unknown): boolean {`,
          `  return typeof u === 'string' ? ${builtIns.map((k) => `u === ${JSON.stringify(k)}`).join(' || ')} : ${coded}(u)`,
          `}`,
        ])
      }),
    // One pass over the own enumerable keys: each known key is checked where it is met, any other key
    // fails, and the count of required keys met must be all of them.
    struct: ({ codec, name, fields, rules }) =>
      compiled(codec, () =>
        emit(codec, nameFor(`is${name}`), () => {
          const required = fields.filter((field) => field.required).length
          const lines = [
            `/** Whether the decoder of ${name} accepts \`u\`. */`,
            `export function ${functionOf.get(codec)}(u: unknown): boolean {`,
            `  if (!${helper('isObject')}(u)) return false`,
            `  const o = u`,
            `  const keys = Object.keys(o)`,
            ...(required > 0 ? [`  let required = 0`] : []),
            `  let v: unknown`,
            `  for (let i = 0; i < keys.length; i++) {`,
            `    switch (keys[i]) {`,
          ]
          for (const field of fields) {
            lines.push(`      case ${JSON.stringify(field.key)}:`)
            lines.push(`        v = o[${JSON.stringify(field.key)}]`)
            lines.push(`        if (!(${check(field.codec, 'v')})) return false`)
            if (field.required) lines.push(`        required++`)
            lines.push(`        break`)
          }
          // Rules on the whole record run on the codec itself, once every field has passed (as the decoder does).
          const rulesHold = rules.length === 0 || structureOnly ? '' : ` && ${leafName(codec)}.rulesHold(o as t.TypeOf<typeof ${leafName(codec)}>)`
          const complete = required > 0 ? `required === ${required}` : 'true'
          lines.push(`      default:`, `        return false`, `    }`, `  }`, `  return ${complete}${rulesHold}`, `}`)
          return lines
        }),
      ),
    union: ({ codec, name, discriminant, members }) =>
      compiled(codec, () =>
        emit(codec, nameFor(`is${name}`), () => {
          const tag = JSON.stringify(discriminant)
          const lines = [
            `/** Whether the decoder of ${name} accepts \`u\`. */`,
            `export function ${functionOf.get(codec)}(u: unknown): boolean {`,
            `  if (!${helper('isObject')}(u)) return false`,
            `  switch (u[${tag}]) {`,
          ]
          for (const [value, member] of members) {
            // The decoder wants the tag as an own enumerable key; a struct that requires it as this literal checks that.
            const node = describeCodec(member)
            const tagChecked =
              node.tag === 'struct' &&
              node.fields.some((field) => {
                const inner = describeCodec(field.codec)
                return field.key === discriminant && field.required && inner.tag === 'literal' && inner.value === value
              })
            const own = tagChecked ? '' : `Object.prototype.propertyIsEnumerable.call(u, ${tag}) && `
            lines.push(`    case ${JSON.stringify(value)}:`)
            lines.push(`      return ${own}${check(member, 'u')}`)
          }
          lines.push(`    default:`, `      return false`, `  }`, `}`)
          return lines
        }),
      ),
    array: ({ codec, item, nonEmpty }) =>
      compiled(codec, () => {
        // Arrays of the same item share one guard, whichever codec instance spells them (the walk-only variant
        // shares exactly as the real guards do, so that it makes the same walk).
        const key = `${nonEmpty}:${check(item, 'v', false)}`
        const shared = arrayFunctions.get(key)
        if (shared !== undefined) {
          functionOf.set(codec, shared)
          return shared
        }
        const itemNode = describeCodec(item)
        // An item with a guard function of its own is checked by the shared loop, called with that function;
        // a leaf's `is` and a literal test are written into a loop of the array's own.
        const itemGuard = /^(\w+)\(v\)$/.exec(check(item, 'v'))?.[1]
        if (itemGuard !== undefined) {
          const loop = `${helper(nonEmpty ? 'nonEmptyEveryOf' : 'everyOf')}:${itemGuard}`
          loops.set(loop, [helper(nonEmpty ? 'nonEmptyEveryOf' : 'everyOf'), itemGuard])
          arrayFunctions.set(key, loop)
          functionOf.set(codec, loop)
          return loop
        }
        const name = nameFor(`${nonEmpty ? 'isNonEmptyArrayOf' : 'isArrayOf'}${itemNode.tag === 'ref' ? 'Ref' : item.name}`)
        arrayFunctions.set(key, name)
        // A hole reads as undefined, which no codec accepts: the decoder reports it.
        return emit(codec, name, () => [
          `function ${name}(u: unknown): boolean {`,
          `  if (!Array.isArray(u)${nonEmpty ? ' || u.length === 0' : ''}) return false`,
          `  for (let i = 0; i < u.length; i++) {`,
          `    const v: unknown = u[i]`,
          `    if (!(${check(item, 'v')})) return false`,
          `  }`,
          `  return true`,
          `}`,
        ])
      }),
  }
  const compile = fold(functionOfNode)

  const names = new Map<t.Mixed, string>()
  for (const root of roots) names.set(root, compile(root))
  return { functions, roots: names }
}

/** Every exported struct and tagged union (the roots), in module then export order, with where each comes from. */
const exportedRoots = async (): Promise<{ readonly exported: Map<t.Mixed | CodeSet, Export>; readonly roots: ReadonlyArray<t.Mixed> }> => {
  const exported = await loadExports()
  const roots = [...exported.keys()].filter((codec): codec is t.Mixed => {
    if (!(codec instanceof t.Type)) return false
    const tag = describeCodec(codec).tag
    return tag === 'struct' || tag === 'union'
  })
  return { exported, roots }
}

/** Collects the names a generated module imports, by the module they come from. */
const importer = () => {
  const imports = new Map<string, Set<string>>()
  const use = (module: string, name: string): string => {
    let names = imports.get(module)
    if (names === undefined) imports.set(module, (names = new Set()))
    names.add(name)
    return name
  }
  return { imports, use }
}

const HEADER = [
  `// Generated by scripts/compile-guards.ts from the codecs in src/. Do not edit: run \`npm run generate\`.`,
  `// Each guard returns true exactly when the io-ts decoder of its codec accepts the value (own enumerable`,
  `// keys, as Object.keys sees them); test/guards.test.ts checks this on generated, mutated and hostile values.`,
  `/* eslint-disable */`,
  `import type * as t from 'io-ts'`,
]

const importLines = (imports: ReadonlyMap<string, ReadonlySet<string>>, from: (module: string) => string): ReadonlyArray<string> =>
  [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, members]) => `import { ${[...members].sort().join(', ')} } from '${from(module)}'`)

const leafMissing = (codec: t.Mixed): never => {
  throw new Error(`codec ${codec.name} is a leaf not exported from src/: export it so the guard can call its is()`)
}

const registryLines = (entries: ReadonlyArray<string>): ReadonlyArray<string> => [
  `/** The codecs of this library with their compiled guards. */`,
  `export const compiledGuards: ReadonlyArray<readonly [t.Decoder<unknown, unknown>, (u: unknown) => boolean]> = [`,
  ...entries,
  `]`,
]

/**
 * Generates one self-contained module with a guard for every exported struct and tagged union and the
 * registry of them (`compiledGuards`), importing the codecs from '../Module.js'.
 */
export const generateGuards = async (options: GenerateOptions = {}): Promise<string> => {
  const { exported, roots } = await exportedRoots()
  const { imports, use } = importer()
  const importOf = (codec: t.Mixed): string => {
    const where = exported.get(codec) ?? leafMissing(codec)
    return use(where.module, where.name)
  }
  const listOf = (list: CodeSet): string | undefined => {
    const where = exported.get(list)
    return where === undefined ? undefined : use(where.module, where.name)
  }
  const { functions, roots: names } = compileGuards(roots, importOf, options, listOf)
  const registry = roots.map((codec) => `  [${importOf(codec)}, ${names.get(codec)}],`)
  return [...HEADER, ...importLines(imports, (module) => `../${module}.js`), ``, ...functions.flatMap((f) => [f, ``]), ...registryLines(registry), ``].join('\n')
}

/** The folder of the guard modules, one per model module, under src/generated/. */
export const GUARD_MODULES = 'guards'

/** The module of the helpers the guard modules share, in {@link GUARD_MODULES}. */
const SHARED_MODULE = 'shared'

/**
 * The generated guard modules, by their path under src/generated/. `guards/Module.ts` holds the guards of the
 * structs and tagged unions that src/Module.ts exports: the model module imports them and attaches each to
 * its codec (`withGuard`), so a bundle that imports one model carries only the guards that model reaches. A
 * guard of a codec from another module is imported from that module's guard module; the record test and the
 * loop over an array of guarded items come from guards/shared.ts, and the other small helpers (arrays of
 * leaves, coded values) are written where they are used. `guards.ts` re-exports them all with the registry of every
 * codec and its guard, for tests and tools; nothing in the library imports it.
 */
export const generateGuardModules = async (): Promise<ReadonlyMap<string, string>> => {
  const { exported, roots } = await exportedRoots()
  const moduleOf = (codec: t.Mixed): Export => exported.get(codec) ?? leafMissing(codec)
  const modules = [...new Set(roots.map((codec) => moduleOf(codec).module))]
  const guardName = new Map<t.Mixed, string>()
  const files = new Map<string, string>()
  for (const module of modules) {
    const own = roots.filter((codec) => moduleOf(codec).module === module)
    const { imports, use } = importer()
    const guardImports = importer()
    const listOf = (list: CodeSet): string | undefined => {
      const where = exported.get(list)
      return where === undefined ? undefined : use(where.module, where.name)
    }
    const elsewhere = (codec: t.Mixed): string | undefined => {
      const where = exported.get(codec)
      if (where === undefined || where.module === module || !roots.includes(codec)) return undefined
      return guardImports.use(where.module, `is${where.name}`)
    }
    const { functions, roots: names } = compileGuards(own, (codec) => {
      const where = moduleOf(codec)
      return use(where.module, where.name)
    }, {}, listOf, elsewhere, (helper) => guardImports.use(SHARED_MODULE, helper))
    for (const codec of own) {
      const name = names.get(codec) ?? ''
      if (name !== `is${moduleOf(codec).name}`) throw new Error(`the guard of ${moduleOf(codec).name} is named ${name}: rename one of the codecs`)
      guardName.set(codec, name)
    }
    // Only the guards of the module's own codecs are exported; the rest are its helpers.
    const exportedNames = new Set(own.map((codec) => guardName.get(codec)))
    const code = functions.map((f) => f.replace(/^export function (\w+)/m, (line, name: string) => (exportedNames.has(name) ? line : `function ${name}`)))
    const usesTypes = code.some((f) => f.includes('t.TypeOf'))
    files.set(
      `${GUARD_MODULES}/${module}.ts`,
      [
        ...HEADER.filter((line) => usesTypes || !line.startsWith('import type')),
        ...importLines(imports, (from) => `../../${from}.js`),
        ...importLines(guardImports.imports, (from) => `./${from}.js`),
        ``,
        ...code.flatMap((f) => [f, ``]),
      ].join('\n'),
    )
  }
  files.set(`${GUARD_MODULES}/${SHARED_MODULE}.ts`, [HEADER[0], ``, ...Object.values(SHARED_HELPERS).flatMap((f) => [f, ``])].join('\n'))
  const { imports, use } = importer()
  const registry = roots.map((codec) => {
    const where = moduleOf(codec)
    return `  [${use(where.module, where.name)}, ${guardName.get(codec)}],`
  })
  const guardsOf = importer()
  for (const codec of roots) guardsOf.use(moduleOf(codec).module, guardName.get(codec) ?? '')
  files.set(
    'guards.ts',
    [
      ...HEADER,
      ...importLines(imports, (from) => `../${from}.js`),
      ...importLines(guardsOf.imports, (from) => `./${GUARD_MODULES}/${from}.js`),
      ``,
      ...modules.map((module) => `export * from './${GUARD_MODULES}/${module}.js'`),
      ``,
      ...registryLines(registry),
      ``,
    ].join('\n'),
  )
  return files
}
