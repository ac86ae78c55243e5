/**
 * Legal force: whether a text binds those who accept it in law, or only commits them politically.
 *
 * @module
 */
import * as t from 'io-ts'

/**
 * `binding`: a commitment in law (a treaty, a Security Council decision under Chapter VII);
 * `non-binding`: a political commitment only (a joint statement, most General Assembly resolutions, a
 * memorandum of understanding its parties say is not a treaty).
 *
 * @example
 * import { LegalForce } from 'news-codecs'
 *
 * LegalForce.is('non-binding') //=> true
 * LegalForce.is('advisory') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const LegalForce = /* @__PURE__ */ t.keyof({ binding: null, 'non-binding': null }, 'LegalForce')
/**
 * The type of a value {@link LegalForce} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type LegalForce = t.TypeOf<typeof LegalForce>
