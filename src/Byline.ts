/**
 * Bylines: who an article credits, with the name as printed, the actor of the graph it names (when known),
 * and what they did for the piece.
 *
 * @module
 */
import type * as t from 'io-ts'
import { ref } from './Reference.js'
import { struct } from './Struct.js'
import { NonEmptyString } from './Text.js'
import { vocabulary } from './Vocabulary.js'
import { withGuard } from './internal/decodePath.js'
import { isByline } from './generated/guards/Byline.js'

/**
 * What a credited person or organization did for an article (IPTC ninjs `bylines[].role`, schema.org's
 * `author`, `editor`, `contributor`, `translator`). A built-in, or a coded value `{ scheme, code }` (see
 * {@link vocabulary}).
 *
 * @example
 * import { BylineRole } from 'news-codecs'
 *
 * BylineRole.is('correspondent') //=> true
 * BylineRole.is('agency') //=> true
 * BylineRole.is({ scheme: 'newsroom-credits', code: 'graphics' }) //=> true
 * BylineRole.is('ghostwriter') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const BylineRole = /* @__PURE__ */ vocabulary('BylineRole', [
  'author',
  'correspondent',
  'reporter',
  'editor',
  'photographer',
  'videographer',
  'translator',
  'contributor',
  'agency',
])
/**
 * The type of a value {@link BylineRole} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type BylineRole = t.TypeOf<typeof BylineRole>

/**
 * One credit of an article: the name as the article prints it ("Maria Silva", "Reuters"), and, when the
 * graph holds them, the actor it names and what they did. Without a role the credit reads as authorship.
 *
 * @example
 * import { Byline } from 'news-codecs'
 *
 * Byline.is({ name: 'Agence France-Presse', role: 'agency', actor: 'org:afp' }) //=> true
 * Byline.is({ name: 'Maria Silva' }) //=> true
 * Byline.is({ name: '' }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Byline = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Byline',
  {
    /** The name as printed in the credit. */
    name: NonEmptyString,
  },
  {
    /** The person or organization of the graph the credit names. */
    actor: /* @__PURE__ */ ref('actor').as('credited'),
    /** What they did for the article; authorship when absent. */
    role: BylineRole,
  },
), isByline)
/**
 * The type of a value {@link Byline} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Byline extends t.TypeOf<typeof Byline> {}
