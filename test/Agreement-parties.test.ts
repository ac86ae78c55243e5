// Agreements of every weight and their parties: the new fields decode (and 0.1 agreements still do), the
// JSON Schema agrees, the status per party on a date, and the lifecycle checks for each party.
import { describe, expect, it } from 'vitest'
import { isNone } from 'fp-ts/lib/Option.js'
import {
  Agreement,
  AgreementCategory,
  decodeWith,
  Edtf,
  indexGraph,
  jsonSchemaFor,
  LifecycleAct,
  lookup,
  lookupFact,
  make,
  partyStatusesOn,
  statusByParty,
  statusOn,
  validateGraph,
  validateGraphReport,
} from 'news-codecs'
import { compileStrict } from './support/ajv.js'
import { sampleGraphJson } from './support/sample.js'

const day = (value: string) => make(Edtf)(value)

/** The sample graph with one agreement between Portugal and Japan, every part citing the meeting's evidence. */
const withAgreement = (lifecycle: ReadonlyArray<Record<string, unknown>>, more: Record<string, unknown> = {}): any => {
  const g = sampleGraphJson()
  const evidence = [g.meetings[0].evidence[0]]
  g.agreements.push({
    id: 'agreement:pt-jp',
    name: 'The Lisbon accord',
    parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'state:JP', role: 'party' }],
    lifecycle: lifecycle.map((act) => ({ evidence, ...act })),
    evidence,
    ...more,
  })
  return g
}

const issuesOf = (g: any): Array<[string, string]> => {
  const result = validateGraphReport(g)
  const errors = result.result._tag === 'Left' ? result.result.left : []
  return [...errors, ...result.warnings].map((i) => [i.path.join('.'), i.code])
}

const evidence = [{ article: 'article:1', start: 0, end: 6, quote: 'agreed' }] as const
const newStart = (lifecycle: ReadonlyArray<Record<string, unknown>>) =>
  make(Agreement)({
    id: 'agreement:new-start',
    name: 'New START',
    category: 'treaty',
    legalForce: 'binding',
    parties: [{ actor: 'state:US', role: 'party' }, { actor: 'state:RU', role: 'party' }],
    lifecycle: lifecycle.map((act) => ({ evidence, ...act })) as never,
    evidence,
  })

describe('Agreement fields', () => {
  it('decodes a category, the meeting it was reached at and its legal force', () => {
    const input = { id: 'agreement:1', name: 'A joint commitment', category: 'joint-commitment', reachedAt: 'meeting:1', legalForce: 'non-binding',
      parties: [{ actor: 'state:PT', role: 'party' }], lifecycle: [], evidence }
    expect(decodeWith(Agreement)(input)._tag).toBe('Right')
    expect(Agreement.is(input)).toBe(true)
    expect(Agreement.is({ ...input, legalForce: 'soft' })).toBe(false)
    expect(AgreementCategory.is('armistice')).toBe(true)
    expect(AgreementCategory.is({ scheme: 'wikidata', code: 'Q131569' })).toBe(true)
    expect(AgreementCategory.is('handshake')).toBe(false)
  })

  it('decodes acts with an id, a place, a realis, termFrom, and the new types', () => {
    const act = { id: 'act:ru-suspends', type: 'suspended', time: { value: '2023-02-21' }, by: ['state:RU'], place: 'place:moscow', realis: 'actual', evidence }
    expect(LifecycleAct.is(act)).toBe(true)
    expect(LifecycleAct.is({ ...act, type: 'ratified' })).toBe(true)
    expect(LifecycleAct.is({ ...act, type: 'acceded' })).toBe(true)
    expect(LifecycleAct.is({ ...act, termFrom: 'previous-expiry' })).toBe(true)
    expect(LifecycleAct.is({ ...act, termFrom: 'tomorrow' })).toBe(false)
    expect(LifecycleAct.is({ ...act, realis: 'maybe' })).toBe(false)
  })

  it('still decodes an agreement of 0.1, and the JSON Schema agrees on old and new', () => {
    const validate = compileStrict(jsonSchemaFor('Agreement'))
    const old = { id: 'agreement:1', name: 'Old', parties: [{ actor: 'state:PT', role: 'party' }],
      lifecycle: [{ type: 'signed', time: { value: '2022-07' }, evidence }], evidence }
    const fresh = { ...old, category: 'memorandum-of-understanding', legalForce: 'non-binding', reachedAt: 'event:summit',
      lifecycle: [{ ...old.lifecycle[0], id: 'act:1', realis: 'actual' }, { type: 'ratified', time: { value: '2022-09' }, by: ['state:PT'], evidence }] }
    for (const value of [old, fresh]) {
      expect(Agreement.is(value)).toBe(true)
      expect(validate(value)).toBe(true)
    }
    for (const bad of [{ ...old, category: 'handshake' }, { ...old, legalForce: 'advisory' }, { ...fresh, lifecycle: [{ ...fresh.lifecycle[0], termFrom: 'later' }] }]) {
      expect(Agreement.is(bad)).toBe(false)
      expect(validate(bad)).toBe(false)
    }
  })
})

describe('statusByParty', () => {
  const signedInForce = [
    { type: 'signed', time: { value: '2010-04-08' } },
    { type: 'entered-into-force', time: { value: '2011-02-05' } },
  ]

  it('reads a suspension by one party as partly suspended', () => {
    const treaty = newStart([...signedInForce, { type: 'suspended', time: { value: '2023-02-28' }, by: ['state:RU'] }])
    const before = statusByParty(day('2022-06-01'))(treaty)
    expect(before.parties.map((p) => p.status)).toEqual(['in-force', 'in-force'])
    expect(before.overall).toBe('in-force')
    const after = statusByParty(day('2023-06-01'))(treaty)
    expect(after.parties.map((p) => [p.actor, p.status])).toEqual([['state:US', 'in-force'], ['state:RU', 'suspended']])
    expect(after.overall).toBe('partly-suspended')
  })

  it('gives each party its ratification, and puts in force those that ratified', () => {
    const treaty = newStart([
      { type: 'signed', time: { value: '2010-04-08' } },
      // The dates each president signed the instrument of ratification; the instruments were exchanged, and the
      // treaty entered into force, on 5 February 2011.
      { type: 'ratified', time: { value: '2011-01-28' }, by: ['state:RU'] },
      { type: 'ratified', time: { value: '2011-02-02' }, by: ['state:US'] },
      { type: 'entered-into-force', time: { value: '2011-02-05' } },
    ])
    expect(statusByParty(day('2010-06-01'))(treaty).parties.map((p) => p.status)).toEqual(['signed', 'signed'])
    expect(statusByParty(day('2011-01-30'))(treaty).parties.map((p) => p.status)).toEqual(['signed', 'ratified'])
    expect(statusByParty(day('2011-01-30'))(treaty).overall).toBe('mixed')
    expect(statusByParty(day('2011-02-03'))(treaty).overall).toBe('ratified')
    expect(statusByParty(day('2011-03-01'))(treaty).overall).toBe('in-force')
    // Ratifications bind the parties; the whole agreement's status does not move with them.
    expect(statusOn(day('2011-02-03'))(treaty).status).toBe('signed')
  })

  it('keeps a party that withdrew out, and lets one accede after entry into force', () => {
    // An invented accord: two parties, a depositary, a withdrawal, an accession and a renewal.
    const accord = make(Agreement)({
      id: 'agreement:lisbon-accord',
      name: 'The Lisbon accord',
      parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'state:JP', role: 'party' }, { actor: 'org:un', role: 'depositary' }],
      lifecycle: [
        { type: 'signed', time: { value: '2024-05-06' }, evidence },
        { type: 'entered-into-force', time: { value: '2024-06-01' }, evidence },
        { type: 'withdrawn', time: { value: '2025-01-10' }, by: ['state:PT'], evidence },
        { type: 'acceded', time: { value: '2025-02-10' }, by: ['state:FR'], evidence },
        { type: 'renewed', time: { value: '2025-05-06' }, evidence },
      ] as never,
      evidence,
    })
    const found = statusByParty(day('2025-06-01'))(accord)
    // The depositary has no status of its own; an actor named only by an act is listed after the parties.
    expect(found.parties.map((p) => [p.actor, p.status])).toEqual([['state:PT', 'withdrawn'], ['state:JP', 'in-force'], ['state:FR', 'in-force']])
    expect(found.overall).toBe('partly-in-force')
  })

  it('does not count an act announced but not done', () => {
    const treaty = newStart([...signedInForce, { type: 'withdrawn', time: { value: '2023-01-01' }, by: ['state:RU'], realis: 'hypothetical' },
      { type: 'suspended', time: { value: '2023-01-02' }, realis: 'hypothetical' }])
    expect(statusByParty(day('2023-06-01'))(treaty).overall).toBe('in-force')
    expect(statusOn(day('2023-06-01'))(treaty).status).toBe('in-force')
  })

  it('is unknown without acts, and not firm when an act straddles the date', () => {
    expect(statusByParty(day('2023-06-01'))(newStart([])).overall).toBe('unknown')
    const treaty = newStart([{ type: 'signed', time: { value: '2010-04' } }])
    expect(statusByParty(day('2010-04-08'))(treaty).parties.every((p) => !p.firm)).toBe(true)
  })

  it('answers by id from the index', () => {
    const g = withAgreement([{ type: 'signed', time: { value: '2024-05-06' } }, { type: 'suspended', time: { value: '2024-06' }, by: ['state:JP'] }])
    const result = validateGraph(g)
    expect(result._tag).toBe('Right')
    if (result._tag !== 'Right') return
    const index = indexGraph(result.right)
    const found = partyStatusesOn('agreement:pt-jp', day('2024-07-01'))(index)
    expect(found._tag === 'Some' && found.value.parties.map((p) => p.status)).toEqual(['in-force', 'suspended'])
    expect(found._tag === 'Some' && found.value.overall).toBe('partly-suspended')
    expect(isNone(partyStatusesOn('person:ana-silva', day('2024-07-01'))(index))).toBe(true)
    expect(isNone(partyStatusesOn('agreement:none', day('2024-07-01'))(index))).toBe(true)
  })
})

describe('lifecycle checks for each party', () => {
  it('passes a clean per-party lifecycle', () => {
    expect(issuesOf(withAgreement([
      { type: 'signed', time: { value: '2024-05-06' }, id: 'act:signing' },
      { type: 'ratified', time: { value: '2024-07' }, by: ['state:PT'] },
      { type: 'withdrawn', time: { value: '2025-01' }, by: ['state:PT'] },
      { type: 'acceded', time: { value: '2025-06' }, by: ['state:PT'] },
    ]))).toEqual([])
  })

  it('warns of an act by an actor that is not a party', () => {
    const report = validateGraphReport(withAgreement([{ type: 'signed', time: { value: '2024-05-06' } },
      { type: 'ratified', time: { value: '2024-07' }, by: ['person:kenji-sato'] }]))
    expect(report.result._tag).toBe('Right')
    expect(report.warnings.map((i) => [i.path.join('.'), i.code])).toEqual([['agreements.0.lifecycle.1.by.0', 'act_by_non_party']])
  })

  it('reports an act by a party after it withdrew, until it rejoins', () => {
    expect(issuesOf(withAgreement([
      { type: 'signed', time: { value: '2024-05-06' } },
      { type: 'withdrawn', time: { value: '2024-08' }, by: ['state:JP'] },
      { type: 'suspended', time: { value: '2024-10' }, by: ['state:JP'] },
    ]))).toEqual([['agreements.0.lifecycle.2.time.value', 'act_after_end']])
  })

  it('reports an act by a party before its own signing, but not an accession', () => {
    expect(issuesOf(withAgreement([
      { type: 'signed', time: { value: '2024-05-06' } },
      { type: 'signed', time: { value: '2024-09' }, by: ['state:JP'] },
      { type: 'ratified', time: { value: '2024-07' }, by: ['state:JP'] },
      { type: 'acceded', time: { value: '2024-07' }, by: ['state:PT'] },
    ]))).toEqual([['agreements.0.lifecycle.2.time.value', 'lifecycle_order']])
  })

  it('reports a second ratification by the same party', () => {
    expect(issuesOf(withAgreement([
      { type: 'signed', time: { value: '2024-05-06' } },
      { type: 'ratified', time: { value: '2024-07' }, by: ['state:JP'] },
      { type: 'ratified', time: { value: '2024-09' }, by: ['state:JP'] },
    ]))).toEqual([['agreements.0.lifecycle.2.type', 'repeated_act']])
  })

  it('leaves out of the order an act that did not happen', () => {
    expect(issuesOf(withAgreement([
      { type: 'signed', time: { value: '2024-05-06' } },
      { type: 'terminated', time: { value: '2024-06' } },
      { type: 'renewed', time: { value: '2024-08' }, realis: 'hypothetical' },
    ]))).toEqual([])
  })

  it('warns of a ratification with no signing', () => {
    expect(issuesOf(withAgreement([{ type: 'ratified', time: { value: '2024-07' }, by: ['state:JP'] }]))).toEqual([['agreements.0.lifecycle.0.type', 'missing_signing']])
  })

  it('counts a term from the previous expiry when told to', () => {
    // The Black Sea Grain Initiative: signed 22 July 2022 for 120 days, to 19 November; renewed on 17 November
    // for 120 days more, to 18 March 2023 (the day of lapse counted as the first of the new term).
    const lifecycle = (termFrom?: string) => [
      { type: 'signed', time: { value: '2022-07-22' } },
      { type: 'expires', time: { value: '2022-11-19' } },
      { type: 'renewed', time: { value: '2022-11-17' }, term: { value: 'P120D', bound: 'exactly' }, ...(termFrom === undefined ? {} : { termFrom }) },
      { type: 'expires', time: { value: '2023-03-18' } },
    ]
    expect(issuesOf(withAgreement(lifecycle('previous-expiry')))).toEqual([])
    // Counted from the act, 120 days reach 17 March, not the expiry on 19 November that follows the act.
    expect(issuesOf(withAgreement(lifecycle()))).toEqual([['agreements.0.lifecycle.2.term.value', 'renewal_term_mismatch']])
    expect(issuesOf(withAgreement(lifecycle('act')))).toEqual([['agreements.0.lifecycle.2.term.value', 'renewal_term_mismatch']])
    const short = lifecycle('previous-expiry').map((act) => (act.type === 'renewed' ? { ...act, term: { value: 'P60D', bound: 'exactly' } } : act))
    const found = validateGraph(withAgreement(short))
    expect(found._tag === 'Left' && found.left.map((i) => i.message)).toEqual(['a term of P60D from the expiry on 2022-11-19 does not reach the expiry on 2023-03-18'])
  })

  it('finds an act by its id in the index, with its agreement, and not as a fact', () => {
    const result = validateGraph(withAgreement([{ type: 'signed', time: { value: '2024-05-06' }, id: 'act:lisbon-signing' }]))
    expect(result._tag).toBe('Right')
    if (result._tag !== 'Right') return
    const index = indexGraph(result.right)
    const found = lookup('act:lisbon-signing')(index)
    expect(found._tag === 'Some' && found.value.kind === 'act' && [found.value.record.type, found.value.agreement.id]).toEqual(['signed', 'agreement:pt-jp'])
    expect(isNone(lookupFact('act:lisbon-signing')(index))).toBe(true)
  })

  it('indexes act ids: unique in the graph', () => {
    const g = withAgreement([{ type: 'signed', time: { value: '2024-05-06' }, id: 'meeting:lisbon-2024' }])
    const taken = g.meetings[0].id
    g.agreements[0].lifecycle[0].id = taken
    expect(issuesOf(g)).toEqual([['agreements.0.lifecycle.0.id', 'duplicate_id']])
  })

  it('checks the place of an act and the meeting an agreement was reached at as references', () => {
    const g = withAgreement([{ type: 'signed', time: { value: '2024-05-06' }, place: 'place:nowhere' }], { reachedAt: 'person:ana-silva' })
    expect(issuesOf(g)).toEqual([['agreements.0.lifecycle.0.place', 'dangling_reference'], ['agreements.0.reachedAt', 'wrong_reference_kind']])
  })
})
