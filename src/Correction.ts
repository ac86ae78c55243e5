/**
 * Corrections of facts: a later coding says that a fact of the graph was wrong (a retraction) or that
 * another fact replaces it (a correction), without deleting it. The fact stays in the graph, so the record
 * of what was once believed survives; the index and the queries see the current state unless asked for
 * history (see `indexGraph`, `currentGraph`, `historyOf`).
 *
 * ninjs marks a whole item `canceled` and NewsML-G2 replaces a whole item by a new version; Wikidata
 * deprecates one statement and PROV-O says one entity `wasRevisionOf` another or `wasInvalidatedBy` an
 * activity. A correction here is of that last grain: one fact, with why, when and on what support.
 *
 * @module
 */
import * as t from 'io-ts'
import { Id } from './Id.js'
import { recordFields } from './Identity.js'
import { ref } from './Reference.js'
import type { RecordRule } from './Struct.js'
import { struct } from './Struct.js'
import { coversPresentFields, supported, supportFields } from './Support.js'
import { NonEmptyString } from './Text.js'
import { Edtf } from './Time.js'
import { schemaRequiring } from './internal/objects.js'
import { withGuard } from './internal/decodePath.js'
import { isCorrection } from './generated/guards/Correction.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a correction says of its fact: `retraction`, the fact was wrong and nothing replaces it;
 * `correction`, a `replacement` fact says what is right instead.
 *
 * @example
 * import { CorrectionKind } from 'news-codecs'
 *
 * CorrectionKind.is('retraction') //=> true
 * CorrectionKind.is('deleted') //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const CorrectionKind = /* @__PURE__ */ t.keyof({ retraction: null, correction: null }, 'CorrectionKind')
/**
 * The type of a value {@link CorrectionKind} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export type CorrectionKind = t.TypeOf<typeof CorrectionKind>

/**
 * The kinds of record a correction may name: the facts. Actors, places and articles are not among them:
 * an article is corrected by a new version that supersedes it, and an actor or a place is what facts name,
 * so a wrong one is fixed in the facts that name it.
 */
const correctable = /* @__PURE__ */ ref('event', 'meeting', 'agreement', 'document', 'paragraph', 'statement', 'position', 'relation', 'vote', 'act')

/** The rule that a correction names its replacement and a retraction none. */
const replacementMatchesKind: RecordRule<{ readonly kind: CorrectionKind; readonly replacement?: string }> = {
  code: 'replacement_mismatch',
  description: 'a replacement for a correction, none for a retraction',
  check: (record) =>
    record.kind === 'correction' && record.replacement === undefined
      ? [{ path: ['replacement'], expected: 'the fact that replaces the one corrected', received: undefined, message: 'a correction names no replacement: name the fact that replaces it, or make it a retraction' }]
      : record.kind === 'retraction' && record.replacement !== undefined
        ? [{ path: ['replacement'], expected: 'no replacement', received: record.replacement, message: 'a retraction names a replacement: make it a correction, or leave the replacement out' }]
        : [],
  jsonSchema: {
    type: 'object',
    oneOf: [
      { type: 'object', properties: { kind: { const: 'correction' }, replacement: {} }, required: ['replacement'] },
      { type: 'object', properties: { kind: { const: 'retraction' } }, not: /* @__PURE__ */ schemaRequiring('replacement') },
    ],
  },
}

/**
 * A correction of one fact of the graph: the fact, whether it is retracted or replaced (and by which fact),
 * when and why, and what the correction stands on. The fact stays in the graph; {@link checkGraph} checks
 * that a replacement is of the fact's own kind, that nothing is corrected by itself or twice, and warns of a
 * correction dated before its fact.
 *
 * @example
 * import { Correction } from 'news-codecs'
 *
 * const sources = [{ url: 'https://example.org/corrections/2023-03-03' }]
 * Correction.is({ id: 'correction:1', fact: 'meeting:1', kind: 'correction', replacement: 'meeting:2',
 *   at: '2023-03-03', reason: 'The meeting lasted ten minutes, not twenty.', sources }) //=> true
 * Correction.is({ id: 'correction:2', fact: 'meeting:1', kind: 'correction', sources }) //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const Correction = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Correction',
  {
    /** Stable id. */
    id: Id,
    /** The fact corrected. */
    fact: /* @__PURE__ */ correctable.as('corrected'),
    /** Whether the fact is retracted or replaced. */
    kind: CorrectionKind,
  },
  {
    /** For a correction, the fact that replaces the one corrected, of the same kind. */
    replacement: /* @__PURE__ */ correctable.as('replacement'),
    /** When the correction was made (EDTF: a day, or a day and time). */
    at: Edtf,
    /** Why, in a sentence. */
    reason: NonEmptyString,
    ...supportFields,
    ...recordFields,
  },
).withRules(/* @__PURE__ */ supported('a correction'), /* @__PURE__ */ coversPresentFields(), replacementMatchesKind), isCorrection)
/**
 * The type of a value {@link Correction} accepts.
 *
 * @category model
 * @since 0.3.0
 */
export interface Correction extends t.TypeOf<typeof Correction> {}
