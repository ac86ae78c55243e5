/**
 * Mutations of valid values: dropped keys, values of the wrong type, extra keys (hostile names among
 * them), edited strings. Each must be reported where it was made, with the right code; a dropped
 * optional key must leave the value valid.
 */
import * as fc from 'fast-check'
import type * as t from 'io-ts'
import { describe } from 'vitest'
import { DECODERS, MODELS, PRIMITIVES, arbitraryOf, anyText } from '../support/arbitraries.js'
import { RUNS, check, decodeChecked, expectIssueAt, property } from '../support/probe.js'
import type { MutationKind } from '../support/mutations.js'
import { extraKey, mutate, nodesOf } from '../support/mutations.js'

const KINDS: ReadonlyArray<MutationKind> = ['drop', 'wrong-type', 'extra-key']
const PER_VALUE = 4

describe('mutated values are reported where the mutation is', () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      for (const [name, codec] of Object.entries(kind === 'wrong-type' ? DECODERS : MODELS)) {
        // Each generated value is mutated PER_VALUE times: generating costs more than mutating.
        const runs = Math.ceil((name === 'Graph' ? RUNS / 40 : RUNS / 2) / PER_VALUE)
        property(name, (stats) => {
          check([arbitraryOf(codec), fc.array(fc.tuple(fc.nat(), extraKey), { minLength: PER_VALUE, maxLength: PER_VALUE })], (value, picks) => {
            const nodes = nodesOf(codec, value)
            for (const [pick, key] of picks) {
              const mutated = mutate(codec, value, kind, pick, key, nodes)
              if (mutated === undefined) continue
              stats.inputs++
              const result = decodeChecked(stats, name, codec, mutated.input)
              if (mutated.expect === null) {
                if (!result.ok) throw new Error(`${name}: ${mutated.describe} should stay valid: ${JSON.stringify(result.issues)}`)
              } else {
                if (result.ok) throw new Error(`${name}: ${mutated.describe} was accepted`)
                expectIssueAt(result.issues, mutated.expect.path, mutated.expect.codes as never)
              }
            }
          }, runs)
        })
      }
    })
  }
})

/** Edits of valid strings: a character inserted, removed or replaced, the string cut or doubled. */
const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'remove', 'replace', 'cut', 'double', 'pad'), anyText(3))

describe('edited primitive strings', () => {
  for (const [name, codec] of Object.entries(PRIMITIVES as Record<string, t.Mixed>)) {
    property(name, (stats) => {
      check([arbitraryOf(codec), edit], (value, [at, how, text]) => {
        const s = typeof value === 'string' ? value : JSON.stringify(value)
        const i = at % (s.length + 1)
        const edited =
          how === 'insert' ? s.slice(0, i) + text + s.slice(i)
          : how === 'remove' ? s.slice(0, i) + s.slice(i + 1)
          : how === 'replace' ? s.slice(0, i) + text + s.slice(i + text.length)
          : how === 'cut' ? s.slice(0, i)
          : how === 'double' ? s + s
          : ` ${s}`
        stats.inputs++
        decodeChecked(stats, name, codec, edited)
      }, RUNS)
    })
  }
})
