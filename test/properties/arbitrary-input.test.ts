/**
 * Arbitrary input: every decoder and `validateGraph` return, never throw, on any JSON value and on any
 * JavaScript value (null-prototype objects, sparse arrays, `-0`, `NaN`, boxed values, symbols among them),
 * and every rejection points only at places that exist in the input.
 */
import * as fc from 'fast-check'
import { describe } from 'vitest'
import { DECODERS, anyText } from '../support/arbitraries.js'
import { RUNS, check, decodeChecked, property, validateChecked } from '../support/probe.js'
import { extraKey } from '../support/mutations.js'

/** JSON values whose keys are often the ones the models use, so decoders look deeper than the root. */
const MODEL_KEYS = ['id', 'kind', 'name', 'text', 'evidence', 'article', 'start', 'end', 'quote', 'time', 'value', 'participants',
  'articles', 'actors', 'meetings', 'statements', 'content', 'scheme', 'posts', 'lifecycle', 'type', 'parties']
const keyed = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    anyText(8),
    fc.constantFrom('person', 'state', 'quote', 'paraphrase', '2023-03-02', 'article:1', 'wikidata', 'Q30', 'PT10M', 'en'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...MODEL_KEYS), extraKey), tie('value'), { maxKeys: 5 }),
  ),
})).value

const INPUTS = {
  'fc.jsonValue()': fc.jsonValue(),
  'JSON text with model keys': keyed.map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  'fc.anything()': fc.anything({
    withBoxedValues: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    key: fc.oneof(fc.string(), extraKey),
  }),
}

describe('decoders return on arbitrary input', () => {
  for (const [inputName, arb] of Object.entries(INPUTS)) {
    describe(inputName, () => {
      for (const [name, codec] of Object.entries(DECODERS)) {
        property(name, (stats) => {
          check([arb], (input) => {
            stats.inputs++
            decodeChecked(stats, name, codec, input)
          }, RUNS)
        })
      }
      property('validateGraph', (stats) => {
        check([arb], (input) => {
          stats.inputs++
          validateChecked(stats, input)
        }, RUNS)
      })
    })
  }
})
