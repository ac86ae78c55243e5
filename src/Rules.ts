/**
 * The rule catalogue: every issue code with its severity, what it means, a failing example and how to fix
 * it; and rule settings, so a user can turn a rule off or make it a warning (`{ rules: { CODE: 'warn' } }`).
 * docs/rules.md is generated from this module, and a test runs every example to check it fails with its code.
 *
 * @module
 */
import type { Issue, IssueCode } from './Issue.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How much an issue weighs: an `error` makes the input invalid; a `warning` is reported for what is
 * suspicious but possible, and the input stays valid.
 *
 * @category model
 * @since 0.2.0
 */
export type Severity = 'error' | 'warning'

/**
 * What a user sets a rule to: `off` drops its issues, `warn` reports them as warnings, `error` as errors.
 *
 * @category model
 * @since 0.2.0
 */
export type RuleSetting = 'off' | 'warn' | 'error'

/**
 * Settings by issue code; a code not named keeps the severity of its rule.
 *
 * @category model
 * @since 0.2.0
 */
export type RuleSettings = Readonly<Partial<Record<IssueCode, RuleSetting>>>

/**
 * One rule of the catalogue.
 *
 * @category model
 * @since 0.2.0
 */
export interface Rule {
  /** The severity its issues have unless a setting changes it. */
  readonly severity: Severity
  /** What the issue means, in a sentence. */
  readonly meaning: string
  /** How to fix the input. */
  readonly fix: string
  /** A failing input: a record of `model` (`Graph` for the graph-level rules), or why none can be written as JSON. */
  readonly example: { readonly model: string; readonly input: unknown } | { readonly note: string }
}

// -------------------------------------------------------------------------------------
// the catalogue
// -------------------------------------------------------------------------------------

// A small valid graph the graph-level examples start from: one article and a meeting it supports.
const TEXT = 'Ana Silva met Kenji Sato in Lisbon.'
const span = (start: number, end: number) => ({ article: 'article:1', start, end, quote: TEXT.slice(start, end) })
const MET = /* @__PURE__ */ span(0, 24)
const ana = { kind: 'person', id: 'person:ana', name: 'Ana Silva' }
const kenji = { kind: 'person', id: 'person:kenji', name: 'Kenji Sato' }
const meeting = { id: 'meeting:1', participants: ['person:ana', 'person:kenji'], channel: 'in-person', evidence: [MET] }
const CORRECTION_NOTICE = { url: 'https://example.org/corrections' }
const graph = (parts: Record<string, unknown> = {}) => ({
  articles: [{ id: 'article:1', text: TEXT, language: 'en' }],
  actors: [ana, kenji],
  places: [],
  events: [],
  meetings: [meeting],
  agreements: [],
  documents: [],
  statements: [],
  positions: [],
  relations: [],
  ...parts,
})
const deal = (lifecycle: ReadonlyArray<unknown>) => ({
  id: 'agreement:1',
  name: 'The Lisbon deal',
  parties: [{ actor: 'person:ana', role: 'party' }, { actor: 'person:kenji', role: 'party' }],
  lifecycle,
  evidence: [MET],
})
const act = (type: string, value: string, more: Record<string, unknown> = {}) => ({ type, time: { value }, evidence: [MET], ...more })
const vote = (more: Record<string, unknown>) => ({ id: 'vote:1', on: { kind: 'motion', text: 'That the talks go on' }, evidence: [MET], ...more })

/**
 * Every issue code with its rule. The type makes a code without an entry a compile error.
 *
 * @example
 * import { RULES } from 'news-codecs'
 *
 * RULES.dangling_reference.severity //=> 'error'
 * Object.keys(RULES).includes('quote_mismatch') //=> true
 *
 * @category model
 * @since 0.2.0
 */
export const RULES = {
  missing: {
    severity: 'error',
    meaning: 'A required key is absent (a key present with the value undefined is invalid_type instead).',
    fix: 'Add the key, with a value of the type the model names.',
    example: { model: 'Place', input: { id: 'place:lisbon', kind: 'city' } },
  },
  invalid_type: {
    severity: 'error',
    meaning: 'The value has the wrong JSON type: a number where a string belongs, say.',
    fix: 'Write the value with the type the model names.',
    example: { model: 'Place', input: { id: 'place:lisbon', name: 42, kind: 'city' } },
  },
  invalid_value: {
    severity: 'error',
    meaning: 'The value has the right type but is not allowed: a date that does not exist, a value outside a closed list.',
    fix: 'Use one of the values the message lists, or a value of the form it names.',
    example: { model: 'Time', input: { value: '2023-02-30' } },
  },
  invalid_tag: {
    severity: 'error',
    meaning: 'The discriminant of a tagged union (`kind`) names no variant.',
    fix: 'Use one of the variants the message lists.',
    example: { model: 'Actor', input: { kind: 'persona', id: 'person:ana', name: 'Ana Silva' } },
  },
  unexpected_key: {
    severity: 'error',
    meaning: 'A key the model does not define: reported, never silently stripped.',
    fix: 'Remove the key, or spell it as the model does; to carry more, extend the model with a field of your own.',
    example: { model: 'Place', input: { id: 'place:lisbon', name: 'Lisbon', kind: 'city', population: 545000 } },
  },
  too_short: {
    severity: 'error',
    meaning: 'An array that needs at least one element is empty.',
    fix: 'Add an element (a list of evidence, when given, holds at least one span; a meeting its participants), or leave out an optional list that has none.',
    example: { model: 'Meeting', input: { ...meeting, evidence: [] } },
  },
  interval_order: {
    severity: 'error',
    meaning: 'An interval, or a pair of dates such as a tenure, ends before it starts.',
    fix: 'Swap the two ends, or correct the one that is wrong.',
    example: { model: 'Time', input: { value: '2023-03-18/2023-03-01' } },
  },
  duplicate_id: {
    severity: 'error',
    meaning: 'Two records of a graph share one id, so references to it are ambiguous.',
    fix: 'Give each record an id of its own (a prefix naming the kind helps: person:, state:, meeting:).',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ actors: [ana, { ...kenji, id: 'person:ana' }] }) },
  },
  dangling_reference: {
    severity: 'error',
    meaning: 'A reference names an id that the graph does not hold.',
    fix: 'Add the record it names, or correct the id.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, participants: ['person:ana', 'person:nobody'] }] }) },
  },
  wrong_reference_kind: {
    severity: 'error',
    meaning: 'A reference names a record of a kind it may not point at: a place where an actor belongs, say.',
    fix: 'Point it at a record of a kind the message names.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        places: [{ id: 'place:lisbon', name: 'Lisbon', kind: 'city' }],
        meetings: [{ ...meeting, participants: ['person:ana', 'place:lisbon'] }],
      }),
    },
  },
  span_out_of_range: {
    severity: 'error',
    meaning: 'An evidence span lies outside its article, or ends before it starts (offsets count code points).',
    fix: 'Compute the offsets in code points of the article text (locateQuote does it for a quote).',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, evidence: [{ ...MET, end: 99 }] }] }) },
  },
  quote_mismatch: {
    severity: 'error',
    meaning: 'The quote of an evidence span differs from the article text at its offsets.',
    fix: 'Copy the quote from the article, or move the offsets to where the quote is.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, evidence: [{ ...MET, start: 1, end: 25 }] }] }) },
  },
  splits_character: {
    severity: 'error',
    meaning: 'An evidence span begins or ends inside a character as a reader sees it: between a letter and its combining accent, or inside an emoji sequence or a flag.',
    fix: 'Move the offset to the edge of the character, so the quote holds the whole of it.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        articles: [{ id: 'article:1', text: 'Cafe\u0301 talks in Lisbon.', language: 'en' }],
        meetings: [{ ...meeting, evidence: [{ article: 'article:1', start: 0, end: 4, quote: 'Cafe' }] }],
      }),
    },
  },
  direct_quote_mismatch: {
    severity: 'error',
    meaning: 'A direct quote differs from the quote of its own evidence: a quotation must be verbatim.',
    fix: 'Make the quoted text equal its evidence, or report it as a paraphrase.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        statements: [
          {
            id: 'statement:1',
            speakers: ['person:ana'],
            content: { kind: 'quote', text: 'We met', evidence: /* @__PURE__ */ span(10, 13) },
            speechAct: 'claim',
            evidence: [/* @__PURE__ */ span(10, 13)],
          },
        ],
      }),
    },
  },
  lifecycle_order: {
    severity: 'error',
    meaning: 'A lifecycle act of an agreement is dated before its signing.',
    fix: 'Correct the date of the act or of the signing.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('signed', '2023-03-02'), /* @__PURE__ */ act('entered-into-force', '2023-01-01')])] }) },
  },
  renewal_term_mismatch: {
    severity: 'error',
    meaning: 'A renewal or extension names a term that, counted from the act, does not reach the expiry it announces.',
    fix: 'Correct the term, the date of the renewal, or the expiry.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('signed', '2022-07-22'), /* @__PURE__ */ act('renewed', '2022-11-17', { term: { value: 'P1M', bound: 'exactly' } }), /* @__PURE__ */ act('expires', '2023-03-18')])],
      }),
    },
  },
  repeated_act: {
    severity: 'error',
    meaning: 'The same lifecycle act twice: two signings by the same parties, or two expiries with no renewal or extension between them.',
    fix: 'Keep one act, or record the renewal between the expiries, or name who signed each time (`by`).',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('signed', '2022-07-22'), /* @__PURE__ */ act('expires', '2022-11-19'), /* @__PURE__ */ act('expires', '2023-03-18')])] }) },
  },
  act_after_end: {
    severity: 'error',
    meaning: 'A lifecycle act comes after the agreement ended for all parties: terminated, or withdrawn without `by`.',
    fix: 'Correct the dates, or record a withdrawal by some parties with `by`.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('signed', '2022-07-22'), /* @__PURE__ */ act('terminated', '2023-07-17'), /* @__PURE__ */ act('renewed', '2023-09-01')])] }) },
  },
  missing_signing: {
    severity: 'warning',
    meaning: 'A lifecycle implies a signing (it enters into force, is renewed, extended, suspended or resumed) that it does not record: possible when the source does not mention it.',
    fix: 'Add the signing with its date (an EDTF value of the precision known: "2022-07"), or leave the warning.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('entered-into-force', '2022-08-01')])] }) },
  },
  too_few_participants: {
    severity: 'error',
    meaning: 'A meeting has fewer than two distinct participants.',
    fix: 'Name every side that took part, once each.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, participants: ['person:ana', 'person:ana'] }] }) },
  },
  format_mismatch: {
    severity: 'error',
    meaning: 'A meeting said to be bilateral has more than two distinct participants.',
    fix: 'Make it multilateral, or keep the two sides as participants and name the others in `roles` or another meeting.',
    example: { model: 'Meeting', input: { ...meeting, format: 'bilateral', participants: ['person:ana', 'person:kenji', 'person:lee'] } },
  },
  duplicate_entry: {
    severity: 'error',
    meaning: 'A list names the same entry twice: a participant of a meeting, a signer or refuser of a document, a party of an agreement in the same role.',
    fix: 'Name each entry once; an actor with two roles in an agreement is two parties with different roles.',
    example: { model: 'Document', input: { id: 'document:1', type: 'communique', title: 'The Lisbon communiqué', status: 'issued',
      signers: ['person:ana', 'person:kenji', 'person:ana'], evidence: [MET] } },
  },
  signed_and_refused: {
    severity: 'error',
    meaning: 'An actor is both among the signers of a document and among those who refused to sign it.',
    fix: 'Keep the actor where the source puts it; a signature given after a refusal is a later fact (a statement, or a second document).',
    example: { model: 'Document', input: { id: 'document:1', type: 'communique', title: 'The Lisbon communiqué', status: 'issued',
      signers: ['person:ana'], refusers: ['person:ana'], evidence: [MET] } },
  },
  self_reference: {
    severity: 'error',
    meaning: 'A record names itself where it cannot be its own: its own part, cause, place, contradiction, reply, target or occasion, or a relation of an actor with itself.',
    fix: 'Point the reference at the other record it means.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ events: [{ id: 'event:talks', type: 'conference', name: 'Lisbon talks', partOf: 'event:talks', evidence: [MET] }] }) },
  },
  reference_cycle: {
    severity: 'error',
    meaning: 'A chain of part-of, caused-by, lies-within or belongs-to links leads back to where it started.',
    fix: 'Break the loop: one of the links is the wrong way round or names the wrong record.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        events: [
          { id: 'event:talks', type: 'conference', name: 'Lisbon talks', partOf: 'event:summit', evidence: [MET] },
          { id: 'event:summit', type: 'summit', name: 'Lisbon summit', partOf: 'event:talks', evidence: [MET] },
        ],
      }),
    },
  },
  not_a_participant: {
    severity: 'warning',
    meaning: 'Someone conveyed, or was told, something in a meeting without being one of its participants: possible (a message passed on), but worth a look.',
    fix: 'Add them to the participants, or record what they said as a statement of its own.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        actors: [ana, kenji, { kind: 'person', id: 'person:lee', name: 'Lee' }],
        meetings: [{ ...meeting, conveyed: [{ by: 'person:lee', content: 'Greetings from Seoul.', evidence: [MET] }] }],
      }),
    },
  },
  basis_by_another: {
    severity: 'warning',
    meaning: 'A position rests on a statement that none of its holders (nor the one it is attributed to) made: possible (a spokesperson speaking for a state), but worth a look.',
    fix: 'Name the speaker as a holder or as `accordingTo`, or rest the position on a statement of its holder.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        statements: [{ id: 'statement:1', speakers: ['person:ana'], content: { kind: 'paraphrase', text: 'They met.' }, speechAct: 'claim', evidence: [MET] }],
        positions: [{ id: 'position:1', holders: ['person:kenji'], target: { kind: 'proposition', text: 'the meeting' }, stance: 'supports',
          basis: [{ kind: 'statement', statement: 'statement:1' }], evidence: [MET] }],
      }),
    },
  },
  range_order: {
    severity: 'error',
    meaning: "A quantity's range ends below its start.",
    fix: 'Swap min and max, or correct the one that is wrong.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({ events: [{ id: 'event:talks', type: 'conference', name: 'Lisbon talks', evidence: [MET],
        quantities: [{ kind: 'range', min: 300, max: 200, bound: 'about', unit: 'delegates', evidence: [MET] }] }] }),
    },
  },
  duplicate_count: {
    severity: 'error',
    meaning: 'A vote counts one option twice.',
    fix: 'Give each option one count.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ counts: [{ option: 'yes', count: 2 }, { option: 'yes', count: 1 }] })] }) },
  },
  duplicate_vote: {
    severity: 'error',
    meaning: 'An actor votes twice in one vote.',
    fix: 'Keep one vote per actor: the one the source reports.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ votes: [{ voter: 'person:ana', option: 'yes' }, { voter: 'person:ana', option: 'no' }] })] }) },
  },
  count_exceeded: {
    severity: 'error',
    meaning: 'A vote names more voters for an option than its count, or more voters than its stated total.',
    fix: 'Correct the count, or the named votes.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ counts: [{ option: 'yes', count: 1 }], votes: [{ voter: 'person:ana', option: 'yes' }, { voter: 'person:kenji', option: 'yes' }] })] }),
    },
  },
  total_mismatch: {
    severity: 'error',
    meaning: "A vote's counts do not add up to its stated total.",
    fix: 'Correct a count or the total (an option left out, such as absent members, may be missing).',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ counts: [{ option: 'yes', count: 2 }, { option: 'no', count: 1 }], total: 4 })] }) },
  },
  unprocessable: {
    severity: 'error',
    meaning: 'The input could not be examined at all: a getter or Proxy trap of the input threw, or it is nested too deeply for the runtime.',
    fix: 'Pass plain data (what JSON.parse returns), or a value whose reads do not throw.',
    example: { note: 'No JSON value can show it: it takes a JavaScript value whose reads throw, such as { get articles() { throw new Error() } }.' },
  },
  duplicate_candidate: {
    severity: 'error',
    meaning: 'An election counts one candidate or party list twice.',
    fix: 'Give each candidate one entry in `results`, with all its figures.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ results: [{ candidate: 'person:ana', count: 2 }, { candidate: 'person:ana', share: 50 }] })] }) },
  },
  shares_exceed_100: {
    severity: 'error',
    meaning: "The shares of an election's candidates add up to more than 100, by more than the rounding of the shares allows (half a unit of each share's last decimal place).",
    fix: 'Correct the share that is wrong, or give each share with the decimals the source gives.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ results: [{ candidate: 'person:ana', share: 60 }, { candidate: 'person:kenji', share: 45 }] })] }) },
  },
  results_exceed_total: {
    severity: 'error',
    meaning: "The votes of an election's candidates add up to more than its stated total.",
    fix: 'Correct a count or the total (the total may count blank and spoiled ballots too, never fewer votes).',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({ votes: [/* @__PURE__ */ vote({ results: [{ candidate: 'person:ana', count: 3 }, { candidate: 'person:kenji', count: 2 }], total: 4 })] }),
    },
  },
  act_by_non_party: {
    severity: 'warning',
    meaning: "A lifecycle act names in `by` an actor that is not one of the agreement's parties: possible (a story often names only some parties, or a state accedes later), but worth a look.",
    fix: 'Add the actor to the parties with its role (`party`, `signatory`), or correct the `by` of the act.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        actors: [ana, kenji, { kind: 'person', id: 'person:lee', name: 'Lee' }],
        agreements: [/* @__PURE__ */ deal([/* @__PURE__ */ act('signed', '2022-07-22'), /* @__PURE__ */ act('ratified', '2022-09-01', { by: ['person:lee'] })])],
      }),
    },
  },
  adoption_mismatch: {
    severity: 'error',
    meaning: "A document's `adoptedBy` names a vote that is not on the document or one of its paragraphs, or whose result disagrees with the document's status (a vote that adopted a text left `not-adopted`).",
    fix: 'Point `adoptedBy` at the vote on this document, or correct the vote\'s result or the document\'s status.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        documents: [{ id: 'document:1', type: 'communique', title: 'The Lisbon communiqué', status: 'adopted', adoptedBy: 'vote:1', evidence: [MET] }],
        votes: [/* @__PURE__ */ vote({ result: 'adopted' })],
      }),
    },
  },
  role_not_a_participant: {
    severity: 'warning',
    meaning: 'An actor has a role in a meeting without being one of its participants, or in an event that lists participants or organizers without being among them: possible (a host that arranges talks it does not sit in, a victim), but more often someone left out.',
    fix: 'Add the actor to the participants (or organizers), or leave the warning when it did not take part.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        actors: [ana, kenji, { kind: 'person', id: 'person:lee', name: 'Lee' }],
        meetings: [{ ...meeting, roles: [{ actor: 'person:lee', role: 'mediator' }] }],
      }),
    },
  },
  reply_before_original: {
    severity: 'warning',
    meaning: 'A statement replies to a fact dated wholly after it: a reply cannot come first, so one of the dates, or the reply, is likely wrong.',
    fix: 'Correct the date of the statement or of what it replies to, or point `repliesTo` at the fact it answers.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        meetings: [{ ...meeting, time: { value: '2024-05-06' } }],
        statements: [{ id: 'statement:1', speakers: ['person:ana'], content: { kind: 'paraphrase', text: 'The meeting was a success.' }, speechAct: 'claim',
          time: { value: '2024-05-01' }, repliesTo: ['meeting:1'], evidence: [MET] }],
      }),
    },
  },
  cancelled_yet_held: {
    severity: 'error',
    meaning: 'A meeting or an event whose last schedule change is a cancellation says it took place (`realis` is `actual`, or absent, which means `actual`).',
    fix: 'Set `realis` to `negated`; if it took place after all, record the rescheduling after the cancellation.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, schedule: [{ status: 'cancelled', by: ['person:kenji'], evidence: [MET] }] }] }),
    },
  },
  unsupported: {
    severity: 'error',
    meaning: 'A fact stands on nothing: it has no evidence in an article of the graph, no outside source and no inference from other facts.',
    fix: 'Add the span of the article that says so (`evidence`), the outside source it comes from (`sources`), or the facts it follows from (`inferences`).',
    example: { model: 'Relation', input: { id: 'relation:1', type: 'friendship', subject: 'person:ana', object: 'person:kenji' } },
  },
  covers_missing_field: {
    severity: 'error',
    meaning: 'A source or an inference says it supports a field (`covers`) that its record does not have.',
    fix: 'Name only fields the record has, spelled as the model spells them; leave `covers` out when it supports the whole record.',
    example: { model: 'Post', input: { office: 'Secretary of State', sources: [{ url: 'https://www.wikidata.org/wiki/Q4773814', covers: ['from'] }] } },
  },
  unlocated_source: {
    severity: 'error',
    meaning: 'An outside source names neither a url nor an identifier, so no reader can find it.',
    fix: 'Give the url where it can be read, or its identifier (a Wikidata item or statement, a document symbol), or both.',
    example: { model: 'OutsideSource', input: { title: 'A briefing' } },
  },
  incomplete_link: {
    severity: 'error',
    meaning: 'A `sameAs` link names no record, url or identifier; or more than one of them; or a graph without the id of a record in it (or an id without its graph).',
    fix: 'Give one link per target: `{ graph, id }` for a record of another graph, `{ url }` for a page, `{ identifier }` for an outside entry.',
    example: { model: 'SameAs', input: { graph: 'graph:wire-2023' } },
  },
  circular_inference: {
    severity: 'error',
    meaning: 'A fact is inferred from itself, directly or through the facts it is inferred from: the inference shows nothing.',
    fix: 'Name the facts the inference really stands on; at least one fact of the chain needs evidence or an outside source.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({ relations: [{ id: 'relation:1', type: 'friendship', subject: 'person:ana', object: 'person:kenji', inferences: [{ from: ['relation:1'], rule: 'restated' }] }] }),
    },
  },
  digest_mismatch: {
    severity: 'error',
    meaning: "An article's `digest` is not the SHA-256 of the UTF-8 bytes of its `text`: the text was changed after the digest was taken (anywhere, not only inside a span), or the digest belongs to another version.",
    fix: 'Recompute the digest with digestOf(text); if the text was edited, keep the edit as a new version that supersedes this one.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ articles: [{ id: 'article:1', text: TEXT, language: 'en', digest: { algorithm: 'sha-256', value: /* @__PURE__ */ '0'.repeat(64) } }] }) },
  },
  version_cycle: {
    severity: 'error',
    meaning: 'A chain of `supersedes` links between article versions leads back to where it started, so no version is the first.',
    fix: 'Point each version at the one it replaces: the earliest version supersedes none.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        articles: [
          { id: 'article:1', text: TEXT, language: 'en', supersedes: 'article:2' },
          { id: 'article:2', text: TEXT, language: 'en', supersedes: 'article:1' },
        ],
      }),
    },
  },
  version_order: {
    severity: 'error',
    meaning: 'An article supersedes a version whose `version` number is the same as its own or greater: a later version counts up.',
    fix: 'Correct one of the numbers, or turn the `supersedes` link round if the two versions are the wrong way round.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        articles: [
          { id: 'article:1', text: TEXT, language: 'en', version: 2 },
          { id: 'article:2', text: TEXT, language: 'en', version: 2, supersedes: 'article:1' },
        ],
      }),
    },
  },
  version_fork: {
    severity: 'warning',
    meaning: 'Two articles supersede the same version. A warning, not an error: an item can be corrected twice over from one version (two desks, two feeds, or an edition in another language), but more often one of the links should name the other new version.',
    fix: 'Point the later version at the one it replaces, so the versions form one chain; leave the warning when the item really split.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        articles: [
          { id: 'article:1', text: TEXT, language: 'en' },
          { id: 'article:2', text: TEXT, language: 'en', supersedes: 'article:1' },
          { id: 'article:3', text: TEXT, language: 'en', supersedes: 'article:1' },
        ],
      }),
    },
  },
  context_mismatch: {
    severity: 'error',
    meaning: 'The `prefix` of an evidence span is not the text right before it, or its `suffix` not the text right after it (in code points).',
    fix: 'Copy the prefix and suffix from the article around the span, or leave them out.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ meetings: [{ ...meeting, evidence: [{ ...MET, suffix: ' at Lisbon.' }] }] }) },
  },
  replacement_mismatch: {
    severity: 'error',
    meaning: 'A correction (`kind: "correction"`) names no `replacement`, or a retraction names one: a correction says what replaces the fact, a retraction says nothing does.',
    fix: 'Name the fact that replaces the corrected one, or make the correction a retraction (and drop its replacement).',
    example: { model: 'Correction', input: { id: 'correction:1', fact: 'meeting:1', kind: 'correction', sources: [CORRECTION_NOTICE] } },
  },
  replacement_kind_mismatch: {
    severity: 'error',
    meaning: "A correction's replacement is a record of another kind than the fact it replaces (a meeting replaced by an event): the index would drop a fact of one kind and keep one of another, so queries of that kind lose it.",
    fix: 'Replace the fact by one of its own kind; if the fact was of the wrong kind altogether, retract it and add the right fact beside it.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        events: [{ id: 'event:1', type: 'summit', name: 'Lisbon summit', evidence: [MET] }],
        corrections: [{ id: 'correction:1', fact: 'meeting:1', kind: 'correction', replacement: 'event:1', sources: [CORRECTION_NOTICE] }],
      }),
    },
  },
  self_correction: {
    severity: 'error',
    meaning: 'A fact is replaced by itself, directly or through a chain of corrections that leads back to it: no version of it is current.',
    fix: 'Name as replacement the new fact that says what is right; a chain of corrections must end in a fact that nothing corrects.',
    example: { model: 'Graph', input: /* @__PURE__ */ graph({ corrections: [{ id: 'correction:1', fact: 'meeting:1', kind: 'correction', replacement: 'meeting:1', sources: [CORRECTION_NOTICE] }] }) },
  },
  double_correction: {
    severity: 'error',
    meaning: 'A fact is retracted or corrected more than once: which correction holds is unclear, and two replacements would both be current.',
    fix: 'Keep one correction of the fact; to correct a correction, correct its replacement, so the corrections form a chain.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        corrections: [
          { id: 'correction:1', fact: 'meeting:1', kind: 'retraction', sources: [CORRECTION_NOTICE] },
          { id: 'correction:2', fact: 'meeting:1', kind: 'retraction', sources: [CORRECTION_NOTICE] },
        ],
      }),
    },
  },
  correction_before_fact: {
    severity: 'warning',
    meaning: "A correction is dated wholly before the fact it corrects, both dates being known. A warning, not an error: a fact's date is when it happened, not when it was reported, so a meeting announced for next week can be corrected before it is held; more often, one of the dates is wrong.",
    fix: 'Check the date of the correction (`at`) and of the fact; leave them if the fact was corrected before its own date.',
    example: {
      model: 'Graph',
      input: /* @__PURE__ */ graph({
        meetings: [{ ...meeting, time: { value: '2024-05-06' } }],
        corrections: [{ id: 'correction:1', fact: 'meeting:1', kind: 'retraction', at: '2024-05-01', sources: [CORRECTION_NOTICE] }],
      }),
    },
  },
  merge_conflict: {
    severity: 'error',
    meaning: 'Two graphs being merged say different things in one field of the same record (the same id, a shared identifier or a sameAs link): a meeting by phone in one and in person in the other, or one article id with two texts. The merged graph keeps the version whose canonical JSON sorts first; the issue carries the other whole.',
    fix: 'Decide which graph is right and correct the other, or give the two records different ids (and drop the identifier or link that joins them) when they are not the same thing.',
    example: { note: 'No single input shows it: it takes two graphs, such as two copies of one graph whose meeting:1 has channel "in-person" in one and "phone" in the other, merged with mergeGraphs or news-codecs merge.' },
  },
} as const satisfies Readonly<Record<IssueCode, Rule>>

/**
 * Every issue code, in the catalogue's order.
 *
 * @example
 * import { ISSUE_CODES } from 'news-codecs'
 *
 * ISSUE_CODES[0] //=> 'missing'
 *
 * @category model
 * @since 0.2.0
 */
export const ISSUE_CODES: ReadonlyArray<IssueCode> = /* @__PURE__ */ Object.keys(RULES) as Array<IssueCode>

/**
 * Whether a string is an issue code of the catalogue.
 *
 * @example
 * import { isIssueCode } from 'news-codecs'
 *
 * isIssueCode('quote_mismatch') //=> true
 * isIssueCode('toString') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const isIssueCode = (code: string): code is IssueCode => Object.prototype.hasOwnProperty.call(RULES, code)

// -------------------------------------------------------------------------------------
// applying settings
// -------------------------------------------------------------------------------------

/**
 * Issues sorted by the settings: those whose rule is off are dropped, the others go to `errors` or
 * `warnings` by their severity (the rule's own, or the one set). Warnings carry `severity: 'warning'`.
 *
 * @example
 * import { applyRules } from 'news-codecs'
 * import type { Issue } from 'news-codecs'
 *
 * const issue: Issue = { path: ['meetings', 0, 'place'], code: 'dangling_reference', expected: 'place', received: '"place:x"', message: 'unknown place "place:x"' }
 * applyRules({ dangling_reference: 'warn' })([issue]).warnings.length //=> 1
 * applyRules({ dangling_reference: 'off' })([issue]).errors.length //=> 0
 *
 * @category validation
 * @since 0.2.0
 */
export const applyRules =
  (settings: RuleSettings = {}) =>
  (issues: ReadonlyArray<Issue>): { readonly errors: ReadonlyArray<Issue>; readonly warnings: ReadonlyArray<Issue> } => {
    const errors: Issue[] = []
    const warnings: Issue[] = []
    for (const issue of issues) {
      const setting = Object.prototype.hasOwnProperty.call(settings, issue.code) ? settings[issue.code] : undefined
      const severity: Severity | 'off' =
        setting === 'off' ? 'off' : setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : (RULES[issue.code]?.severity ?? 'error')
      if (severity === 'error') errors.push(issue)
      else if (severity === 'warning') warnings.push({ ...issue, severity: 'warning' })
    }
    return { errors, warnings }
  }
