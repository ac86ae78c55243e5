/**
 * The codes of the shipped schemes, without their names: what a vocabulary checks a coded value against.
 * The names and titles for reading live in the code lists (see {@link SHIPPED_SCHEMES}), so that a
 * validator ships the codes only.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A scheme and every code it defines: all a validator needs of a scheme ({@link CodeList} adds the names).
 *
 * @category model
 * @since 0.3.0
 */
export interface CodeSet {
  /** The scheme's name, as written in a coded value (`plover`, `cameo`). */
  readonly scheme: string
  /** What the scheme classifies, in a few words. */
  readonly title: string
  /** Every code of the scheme, in the scheme's order. */
  readonly codes: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// PLOVER
// -------------------------------------------------------------------------------------

/**
 * The sixteen PLOVER event categories, grouped by quad category: verbal cooperation (AGREE, CONSULT,
 * SUPPORT, CONCEDE), material cooperation (COOPERATE, AID, RETREAT), verbal conflict (REQUEST, ACCUSE,
 * REJECT, THREATEN) and material conflict (PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT).
 *
 * @example
 * import { PLOVER_CATEGORIES } from 'news-codecs'
 *
 * PLOVER_CATEGORIES.length //=> 16
 * PLOVER_CATEGORIES.includes('CONSULT') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const

/**
 * The modes of each PLOVER category that has modes (REQUEST and REJECT share theirs).
 *
 * @example
 * import { PLOVER_MODES } from 'news-codecs'
 *
 * PLOVER_MODES.CONSULT //=> ['visit', 'third-party', 'multilateral', 'phone']
 *
 * @category model
 * @since 0.2.0
 */
export const PLOVER_MODES: Readonly<Partial<Record<(typeof PLOVER_CATEGORIES)[number], ReadonlyArray<string>>>> = {
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: [
    'abduct',
    'beat',
    'torture',
    'sexual',
    'targeted',
    'destroy',
    'primitive',
    'firearms',
    'explosives',
    'suicide-attack',
    'aerial',
    'drone',
    'heavy-weapons',
    'crowd-control',
    'unconventional',
  ],
}

/**
 * The codes of the PLOVER event categories (the codes of {@link PLOVER}).
 *
 * @example
 * import { PLOVER, PLOVER_CODES } from 'news-codecs'
 *
 * PLOVER_CODES.codes === PLOVER.codes //=> true
 * PLOVER_CODES.codes.includes('CONSULT') //=> true
 *
 * @category model
 * @since 0.3.0
 */
export const PLOVER_CODES: CodeSet = { scheme: 'plover', title: 'PLOVER event categories', codes: PLOVER_CATEGORIES }

/**
 * The codes of the PLOVER modes, each written with its category (the codes of {@link PLOVER_MODE}).
 *
 * @example
 * import { PLOVER_MODE_CODES } from 'news-codecs'
 *
 * PLOVER_MODE_CODES.codes.includes('CONSULT:visit') //=> true
 * PLOVER_MODE_CODES.codes.includes('CONSULT:riot') //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const PLOVER_MODE_CODES: CodeSet = {
  scheme: 'plover-mode',
  title: 'PLOVER event modes, as CATEGORY:mode',
  codes: /* @__PURE__ */ PLOVER_CATEGORIES.flatMap((category) => (PLOVER_MODES[category] ?? []).map((mode) => `${category}:${mode}`)),
}

/**
 * The codes of the PLOVER actor sectors (the codes of {@link PLOVER_SECTOR}).
 *
 * @example
 * import { PLOVER_SECTOR_CODES } from 'news-codecs'
 *
 * PLOVER_SECTOR_CODES.codes.includes('JRN') //=> true
 *
 * @category model
 * @since 0.3.0
 */
export const PLOVER_SECTOR_CODES: CodeSet = {
  scheme: 'plover-sector',
  title: 'PLOVER actor sectors',
  codes: /* @__PURE__ */ 'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(' '),
}

// -------------------------------------------------------------------------------------
// CAMEO
// -------------------------------------------------------------------------------------

// For the roots 01 to 20 in order, the last digit of their second-level codes (root 04 has 040..046).
const CAMEO_LAST_SECOND_LEVEL = [9, 8, 9, 6, 7, 4, 5, 7, 4, 8, 6, 9, 9, 5, 4, 6, 5, 6, 6, 4]

/**
 * The CAMEO root and second-level event codes (the codes of {@link CAMEO}): each root, then its
 * second-level codes.
 *
 * @example
 * import { CAMEO_CODES } from 'news-codecs'
 *
 * CAMEO_CODES.codes.slice(0, 3) //=> ['01', '010', '011']
 * CAMEO_CODES.codes.includes('046') //=> true
 * CAMEO_CODES.codes.includes('047') //=> false
 *
 * @category model
 * @since 0.3.0
 */
export const CAMEO_CODES: CodeSet = {
  scheme: 'cameo',
  title: 'CAMEO event codes (root and second level)',
  codes: /* @__PURE__ */ CAMEO_LAST_SECOND_LEVEL.flatMap((last, i) => {
    const root = String(i + 1).padStart(2, '0')
    return [root, ...Array.from({ length: last + 1 }, (_, digit) => `${root}${digit}`)]
  }),
}

// -------------------------------------------------------------------------------------
// PLOVER contexts
// -------------------------------------------------------------------------------------

/**
 * The codes of the PLOVER contexts, with the four auxiliary modes (the codes of {@link PLOVER_CONTEXT}).
 *
 * @example
 * import { PLOVER_CONTEXT_CODES } from 'news-codecs'
 *
 * PLOVER_CONTEXT_CODES.codes.includes('diplomatic') //=> true
 * PLOVER_CONTEXT_CODES.codes.length //=> 41
 *
 * @category model
 * @since 0.3.0
 */
export const PLOVER_CONTEXT_CODES: CodeSet = {
  scheme: 'plover-context',
  title: 'PLOVER event contexts',
  codes: /* @__PURE__ */ [
    'military intelligence executive legislative election political_institutions pro_democracy pro_autocracy',
    'economic legal reparations human_rights rights_freedoms repression human_security gender lgbt',
    'religion_ethnicity inequality diplomatic territory peacekeeping health asylum migration disasters',
    'natural_resource environment technology terrorism cbrn cyber misinformation crime corruption',
    'illegal_drugs trafficking historical future hypothetical negation',
  ].join(' ').split(' '),
}

/**
 * The codes of every shipped scheme, in the order of {@link SHIPPED_SCHEMES}: what {@link vocabulary}
 * checks coded values against unless told otherwise.
 *
 * @example
 * import { SHIPPED_CODE_SETS } from 'news-codecs'
 *
 * SHIPPED_CODE_SETS.map((set) => set.scheme) //=> ['plover', 'plover-mode', 'cameo', 'plover-sector', 'plover-context']
 *
 * @category model
 * @since 0.3.0
 */
export const SHIPPED_CODE_SETS: ReadonlyArray<CodeSet> = [PLOVER_CODES, PLOVER_MODE_CODES, CAMEO_CODES, PLOVER_SECTOR_CODES, PLOVER_CONTEXT_CODES]
