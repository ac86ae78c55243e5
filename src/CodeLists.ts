/**
 * The code lists of the shipped schemes, as data: PLOVER event categories and modes, CAMEO root and
 * second-level event codes, and the actor sector codes of PLOVER. A coded value of one of these schemes
 * (`{ scheme: 'plover', code: 'CONSULT' }`) is checked against its list; any other scheme is checked for
 * form only (see {@link vocabulary}).
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A scheme and every code it defines, with names where the scheme gives them.
 *
 * @category model
 * @since 0.2.0
 */
export interface CodeList {
  /** The scheme's name, as written in a coded value (`plover`, `cameo`). */
  readonly scheme: string
  /** What the scheme classifies, in a few words. */
  readonly title: string
  /** Every code of the scheme, in the scheme's order. */
  readonly codes: ReadonlyArray<string>
  /** Names of some or all codes, by code. */
  readonly names: Readonly<Record<string, string>>
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
 * The PLOVER event categories: `{ scheme: 'plover', code: 'CONSULT' }`.
 *
 * @example
 * import { PLOVER } from 'news-codecs'
 *
 * PLOVER.scheme //=> 'plover'
 * PLOVER.codes.includes('ASSAULT') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const PLOVER: CodeList = { scheme: 'plover', title: 'PLOVER event categories', codes: PLOVER_CATEGORIES, names: {} }

/**
 * PLOVER modes, each written with its category: `{ scheme: 'plover-mode', code: 'CONSULT:visit' }`. A mode
 * says how an event of its category happened, so the code names the category too.
 *
 * @example
 * import { PLOVER_MODE } from 'news-codecs'
 *
 * PLOVER_MODE.codes.includes('CONSULT:visit') //=> true
 * PLOVER_MODE.codes.includes('CONSULT:riot') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const PLOVER_MODE: CodeList = {
  scheme: 'plover-mode',
  title: 'PLOVER event modes, as CATEGORY:mode',
  codes: /* @__PURE__ */ PLOVER_CATEGORIES.flatMap((category) => (PLOVER_MODES[category] ?? []).map((mode) => `${category}:${mode}`)),
  names: {},
}

/**
 * The actor sector codes of PLOVER (three letters, after CAMEO's): `{ scheme: 'plover-sector', code: 'GOV' }`.
 * In PLOVER, `MED` is health and `JRN` the media (CAMEO wrote `HLH` and `MED`).
 *
 * @example
 * import { PLOVER_SECTOR } from 'news-codecs'
 *
 * PLOVER_SECTOR.codes.includes('GOV') //=> true
 * PLOVER_SECTOR.names.JRN //=> 'journalists and media'
 *
 * @category model
 * @since 0.2.0
 */
export const PLOVER_SECTOR: CodeList = {
  scheme: 'plover-sector',
  title: 'PLOVER actor sectors',
  codes: ['COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC'],
  names: {
    COP: 'police',
    GOV: 'government',
    JUD: 'judiciary',
    LEG: 'legislature',
    MIL: 'military',
    PRM: 'paramilitary',
    PTY: 'political party',
    REB: 'rebels',
    SPY: 'intelligence services',
    UAF: 'unidentified armed forces',
    UNK: 'unidentified actor',
    AGR: 'agricultural labour',
    BUS: 'business',
    CRM: 'criminals',
    CVL: 'civilians',
    EDU: 'education',
    ELI: 'former officials',
    JRN: 'journalists and media',
    LAB: 'labour',
    MED: 'health',
    REF: 'refugees and displaced persons',
    OPP: 'political opposition',
    PRE: 'partially recognized entity',
    REL: 'religion',
    SOC: 'civil society',
  },
}

// -------------------------------------------------------------------------------------
// CAMEO
// -------------------------------------------------------------------------------------

// The root codes and, for each, the last digits of its second-level codes (root 04 with 0..6: 040..046).
const CAMEO_ROOTS: ReadonlyArray<readonly [root: string, name: string, lastSecondLevel: number]> = [
  ['01', 'make public statement', 9],
  ['02', 'appeal', 8],
  ['03', 'express intent to cooperate', 9],
  ['04', 'consult', 6],
  ['05', 'engage in diplomatic cooperation', 7],
  ['06', 'engage in material cooperation', 4],
  ['07', 'provide aid', 5],
  ['08', 'yield', 7],
  ['09', 'investigate', 4],
  ['10', 'demand', 8],
  ['11', 'disapprove', 6],
  ['12', 'reject', 9],
  ['13', 'threaten', 9],
  ['14', 'protest', 5],
  ['15', 'exhibit force posture', 4],
  ['16', 'reduce relations', 6],
  ['17', 'coerce', 5],
  ['18', 'assault', 6],
  ['19', 'fight', 6],
  ['20', 'use unconventional mass violence', 4],
]

/**
 * CAMEO event codes, root (two digits, `01`..`20`) and second level (three digits, `040`..`046`):
 * `{ scheme: 'cameo', code: '042' }`. Four-digit codes are not in the list.
 *
 * @example
 * import { CAMEO } from 'news-codecs'
 *
 * CAMEO.codes.includes('04') //=> true
 * CAMEO.codes.includes('042') //=> true
 * CAMEO.codes.includes('047') //=> false
 * CAMEO.names['04'] //=> 'consult'
 *
 * @category model
 * @since 0.2.0
 */
export const CAMEO: CodeList = {
  scheme: 'cameo',
  title: 'CAMEO event codes (root and second level)',
  codes: /* @__PURE__ */ CAMEO_ROOTS.flatMap(([root, , last]) => [root, ...Array.from({ length: last + 1 }, (_, i) => `${root}${i}`)]),
  names: /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ CAMEO_ROOTS.map(([root, name]) => [root, name])),
}

// -------------------------------------------------------------------------------------
// PLOVER contexts
// -------------------------------------------------------------------------------------

/**
 * PLOVER contexts, the "why" of an event, which any category may take: `{ scheme: 'plover-context', code:
 * 'economic' }`. The list also holds the four auxiliary modes (`historical`, `future`, `hypothetical`,
 * `negation`), which PLOVER writes in the context field too.
 *
 * @example
 * import { PLOVER_CONTEXT } from 'news-codecs'
 *
 * PLOVER_CONTEXT.codes.includes('diplomatic') //=> true
 * PLOVER_CONTEXT.codes.includes('diplomacy') //=> false
 * PLOVER_CONTEXT.names.cbrn //=> 'chemical, biological, radiological and nuclear weapons'
 *
 * @category model
 * @since 0.3.0
 */
export const PLOVER_CONTEXT: CodeList = {
  scheme: 'plover-context',
  title: 'PLOVER event contexts',
  codes: [
    'military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions', 'pro_democracy', 'pro_autocracy',
    'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms', 'repression', 'human_security', 'gender', 'lgbt',
    'religion_ethnicity', 'inequality', 'diplomatic', 'territory', 'peacekeeping', 'health', 'asylum', 'migration', 'disasters',
    'natural_resource', 'environment', 'technology', 'terrorism', 'cbrn', 'cyber', 'misinformation', 'crime', 'corruption',
    'illegal_drugs', 'trafficking', 'historical', 'future', 'hypothetical', 'negation',
  ],
  names: {
    military: 'official state armed forces and military aid',
    intelligence: 'state intelligence services and what they gather',
    executive: 'the executive, its agencies and its heads',
    legislative: 'legislatures, their debates and coalitions',
    election: 'elections and campaigns',
    political_institutions: 'changes to, and unusual dealings within and between, formal political bodies',
    pro_democracy: 'democratization',
    pro_autocracy: 'autocratization',
    economic: 'the economy, trade, finance and development',
    legal: 'courts and the law, national and international',
    reparations: 'compensation for past harm',
    human_rights: 'human rights in general',
    rights_freedoms: 'political rights, civil liberties and press freedom',
    repression: 'forceful repression by security forces',
    human_security: 'access to water, food, housing, energy and land',
    gender: 'gender, women\'s issues and reproductive rights',
    lgbt: 'LGBTQ issues',
    religion_ethnicity: 'religious, ethnic, caste and linguistic issues',
    inequality: 'unequal shares of resources and opportunities',
    diplomatic: 'diplomacy, international or domestic',
    territory: 'territorial disputes and forced displacement',
    peacekeeping: 'peacekeeping operations',
    health: 'public health and disease',
    asylum: 'seeking or granting asylum',
    migration: 'migration, refugees and displaced people',
    disasters: 'natural disasters and accidents',
    natural_resource: 'extraction, trade and pollution of natural resources',
    environment: 'pollution and environmental policy',
    technology: 'technology and the high-tech industry',
    terrorism: 'terrorist groups and counter-terrorism',
    cbrn: 'chemical, biological, radiological and nuclear weapons',
    cyber: 'cyber attacks and cyber crime',
    misinformation: 'misinformation and influence operations',
    crime: 'crime and criminals, apart from the more specific contexts',
    corruption: 'abuse of public office',
    illegal_drugs: 'the illegal drug trade',
    trafficking: 'trafficking and smuggling of people and goods',
    historical: 'an event of the past, told as history (auxiliary mode)',
    future: 'an event still to come (auxiliary mode)',
    hypothetical: 'an event only supposed (auxiliary mode)',
    negation: 'an event said not to have happened (auxiliary mode)',
  },
}

/**
 * Every shipped scheme: coded values of these are checked against their lists, wherever they appear.
 *
 * @example
 * import { SHIPPED_SCHEMES } from 'news-codecs'
 *
 * SHIPPED_SCHEMES.map((list) => list.scheme) //=> ['plover', 'plover-mode', 'cameo', 'plover-sector', 'plover-context']
 *
 * @category model
 * @since 0.2.0
 */
export const SHIPPED_SCHEMES: ReadonlyArray<CodeList> = [PLOVER, PLOVER_MODE, CAMEO, PLOVER_SECTOR, PLOVER_CONTEXT]
