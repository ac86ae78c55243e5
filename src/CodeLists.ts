/**
 * The code lists of the shipped schemes, as data: PLOVER event categories and modes, CAMEO root and
 * second-level event codes, and the actor sector codes of PLOVER. A coded value of one of these schemes
 * (`{ scheme: 'plover', code: 'CONSULT' }`) is checked against its list; any other scheme is checked for
 * form only (see {@link vocabulary}). The codes themselves are in {@link SHIPPED_CODE_SETS}, which is all a
 * validator imports; the lists here add the names, for reading.
 *
 * @module
 */
import type { CodeSet } from './CodeSets.js'
import { CAMEO_CODES, PLOVER_CODES, PLOVER_CONTEXT_CODES, PLOVER_MODE_CODES, PLOVER_SECTOR_CODES } from './CodeSets.js'

export { PLOVER_CATEGORIES, PLOVER_MODES } from './CodeSets.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A scheme and every code it defines, with names where the scheme gives them.
 *
 * @category model
 * @since 0.2.0
 */
export interface CodeList extends CodeSet {
  /** Names of some or all codes, by code. */
  readonly names: Readonly<Record<string, string>>
}

// -------------------------------------------------------------------------------------
// PLOVER
// -------------------------------------------------------------------------------------

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
export const PLOVER: CodeList = { ...PLOVER_CODES, names: {} }

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
export const PLOVER_MODE: CodeList = { ...PLOVER_MODE_CODES, names: {} }

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
  ...PLOVER_SECTOR_CODES,
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

// The name of each CAMEO root code.
const CAMEO_ROOT_NAMES: ReadonlyArray<readonly [root: string, name: string]> = [
  ['01', 'make public statement'],
  ['02', 'appeal'],
  ['03', 'express intent to cooperate'],
  ['04', 'consult'],
  ['05', 'engage in diplomatic cooperation'],
  ['06', 'engage in material cooperation'],
  ['07', 'provide aid'],
  ['08', 'yield'],
  ['09', 'investigate'],
  ['10', 'demand'],
  ['11', 'disapprove'],
  ['12', 'reject'],
  ['13', 'threaten'],
  ['14', 'protest'],
  ['15', 'exhibit force posture'],
  ['16', 'reduce relations'],
  ['17', 'coerce'],
  ['18', 'assault'],
  ['19', 'fight'],
  ['20', 'use unconventional mass violence'],
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
export const CAMEO: CodeList = { ...CAMEO_CODES, names: /* @__PURE__ */ Object.fromEntries(CAMEO_ROOT_NAMES) }

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
  ...PLOVER_CONTEXT_CODES,
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
