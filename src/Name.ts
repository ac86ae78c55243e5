/**
 * Names in several languages: a name as written in one language or script, with its BCP 47 tag and a
 * transliteration, for actors, places and agreements.
 *
 * How others say it: Popolo's `other_names` are objects (`name`, `start_date`, `end_date`, `note`, and in
 * practice `lang`); Wikidata keeps one label and a list of aliases per language; schema.org has
 * `alternateName` as plain text, its language left to JSON-LD's `@language`. None of them keeps the
 * transliteration a news story prints ("Sergei Lavrov") beside the name in its own script
 * ("Сергей Лавров"), or says when a name was in use ("Bombay" before "Mumbai").
 *
 * Why a field of its own (`names`) rather than widening `otherNames` to "a string or an object": a 0.1
 * graph decodes unchanged, and so does every program that reads one: `name` and `otherNames` keep their
 * type (strings), so code that compares, prints or indexes them needs no second case, and `names` is a
 * plain struct, which the guard compiler, the JSON Schema export, the graph checks, the JSON-LD export and
 * the generators read with no leaf codec of its own. A name may be listed in both places: `otherNames` for
 * the forms a source uses, `names` for the forms whose language or script is known.
 *
 * @module
 */
import type * as t from 'io-ts'
import { struct } from './Struct.js'
import { LanguageTag, NonEmptyString } from './Text.js'
import { datesInOrder, Edtf } from './Time.js'
import { withGuard } from './internal/decodePath.js'
import { isName } from './generated/guards/Name.js'

/**
 * A name in a given language or script (Popolo's other name with `lang`; one of Wikidata's labels or
 * aliases): the text as written, its BCP 47 language tag, its transliteration into Latin script, and when
 * it was in use.
 *
 * @example
 * import { Name } from 'news-codecs'
 *
 * Name.is({ text: 'Сергей Лавров', lang: 'ru', transliteration: 'Sergei Lavrov' }) //=> true
 * Name.is({ text: 'Bombay', lang: 'en', to: '1995' }) //=> true
 * Name.is({ text: 'Сергей Лавров', lang: 'Russian' }) //=> false
 * Name.is('Sergei Lavrov') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Name = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Name',
  {
    /** The name as written, in its own script ("Сергей Лавров", "北京", "Kyiv"). */
    text: NonEmptyString,
  },
  {
    /** Its language (and script or region, if it matters), as a BCP 47 tag: `ru`, `zh-Hans`, `uk`, `sr-Latn`. */
    lang: LanguageTag,
    /** The name in Latin script, as the source or a standard romanization writes it ("Sergei Lavrov"). */
    transliteration: NonEmptyString,
    /** When the name came into use (EDTF). */
    from: Edtf,
    /** When the name went out of use (EDTF), for a former name: "Bombay" until 1995. */
    to: Edtf,
  },
).withRules(/* @__PURE__ */ datesInOrder('from', 'to', (from, to) => `the name went out of use in ${to}, before it came into use in ${from}`)), isName)
/**
 * The type of a value {@link Name} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Name extends t.TypeOf<typeof Name> {}
