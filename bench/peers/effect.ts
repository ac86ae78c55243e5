/**
 * The peer models in Effect Schema, written to match the shipped JSON Schema. Extra keys are rejected by
 * the parse options the peer is run with (`onExcessProperty: 'error'`, see bench/peers/peers.ts).
 */
import { Schema as S } from 'effect'
import { codeInScheme, identifierValueFits, lists, maxLength, participantsFit, patterns, sameAsFits, supported } from './facts.js'

const Id = S.String.pipe(S.maxLength(maxLength.id), S.pattern(patterns.id))
const NonEmptyString = S.String.pipe(S.pattern(patterns.nonEmptyString))
const NonEmptyText = S.String.pipe(S.minLength(1))
const Edtf = S.String.pipe(S.pattern(patterns.edtf))
const Url = S.String.pipe(S.pattern(patterns.url))
const FieldName = S.String.pipe(S.maxLength(maxLength.fieldName), S.pattern(patterns.fieldName))
const Offset = S.Int.pipe(S.between(0, Number.MAX_SAFE_INTEGER))
const nonEmpty = <A, I>(item: S.Schema<A, I>) => S.Array(item).pipe(S.minItems(1))
const opt = S.optional

const Code = S.Struct({ scheme: S.String.pipe(S.pattern(patterns.scheme)), code: S.String.pipe(S.pattern(patterns.code)) }).pipe(S.filter((x) => codeInScheme(x)))
const vocabulary = (closed: readonly [string, ...string[]]) => S.Union(S.Literal(...closed), Code)

const Identifier = S.Struct({ scheme: NonEmptyString, value: NonEmptyString }).pipe(S.filter((x) => identifierValueFits(x)))
const OutsideSource = S.Struct({ url: opt(Url), identifier: opt(Identifier), publisher: opt(NonEmptyString), retrieved: opt(Edtf), quote: opt(NonEmptyText), covers: opt(nonEmpty(FieldName)) }).pipe(
  S.filter((s) => s.url !== undefined || s.identifier !== undefined),
)
const Inference = S.Struct({ from: nonEmpty(Id), rule: S.String.pipe(S.maxLength(maxLength.inferenceRule), S.pattern(patterns.inferenceRule)), note: opt(NonEmptyString), covers: opt(nonEmpty(FieldName)) })
const SameAs = S.Struct({ graph: opt(Id), id: opt(Id), url: opt(Url), identifier: opt(Identifier) }).pipe(S.filter((x) => sameAsFits(x)))
const Annotator = S.Struct({ kind: S.Literal(...lists.annotatorKind), name: NonEmptyString, version: opt(NonEmptyString), url: opt(Url), identifier: opt(Identifier) })
const Annotation = S.Struct({ by: opt(nonEmpty(Annotator)), at: opt(Edtf), method: opt(S.Literal(...lists.annotationMethod)), confidence: opt(S.Number.pipe(S.between(0, 1))), note: opt(NonEmptyString) })

export const Evidence = S.Struct({ article: Id, start: Offset, end: Offset, quote: NonEmptyText, prefix: opt(NonEmptyText), suffix: opt(NonEmptyText) })
const support = { evidence: opt(nonEmpty(Evidence)), sources: opt(nonEmpty(OutsideSource)), inferences: opt(nonEmpty(Inference)) }

const TimeAnchor = S.Struct({ value: Edtf, basis: NonEmptyString, record: opt(Id) })
const Time = S.Struct({ value: Edtf, text: opt(NonEmptyString), resolvedAgainst: opt(TimeAnchor) })

const Name = S.Struct({ text: NonEmptyString, lang: opt(S.String.pipe(S.pattern(patterns.languageTag))), transliteration: opt(NonEmptyString), from: opt(Edtf), to: opt(Edtf) })
const Post = S.Struct({ office: NonEmptyString, of: opt(Id), from: opt(Edtf), to: opt(Edtf), otherNames: opt(S.Array(NonEmptyString)), ...support })
export const Person = S.Struct({
  kind: S.Literal('person'),
  id: Id,
  name: NonEmptyString,
  otherNames: opt(S.Array(NonEmptyString)),
  names: opt(S.Array(Name)),
  identifiers: opt(S.Array(Identifier)),
  mentions: opt(S.Array(Evidence)),
  sectors: opt(S.Array(vocabulary(lists.sector))),
  sameAs: opt(nonEmpty(SameAs)),
  annotation: opt(Annotation),
  posts: opt(S.Array(Post)),
  nationality: opt(Id),
  born: opt(Edtf),
  died: opt(Edtf),
})

const Duration = S.Struct({ value: S.String.pipe(S.pattern(patterns.isoDuration)), bound: S.Literal(...lists.durationBound), text: opt(NonEmptyString) })
const Conveyance = S.Struct({ by: Id, content: NonEmptyString, ...support, to: opt(Id) }).pipe(S.filter((x) => supported(x)))
const Participation = S.Struct({ actor: Id, role: vocabulary(lists.participantRole), ...support })
const ScheduleChange = S.Struct({ status: S.Literal(...lists.scheduleStatus), ...support, by: opt(S.Array(Id)), announced: opt(Time), newTime: opt(Time), reason: opt(NonEmptyString) }).pipe(S.filter((x) => supported(x)))
export const Meeting = S.Struct({
  id: Id,
  participants: nonEmpty(Id),
  channel: vocabulary(lists.channel),
  ...support,
  sameAs: opt(nonEmpty(SameAs)),
  annotation: opt(Annotation),
  format: opt(S.Literal(...lists.meetingFormat)),
  sidelinesOf: opt(Id),
  place: opt(Id),
  time: opt(Time),
  duration: opt(Duration),
  topics: opt(S.Array(NonEmptyString)),
  excludedTopics: opt(S.Array(NonEmptyString)),
  conveyed: opt(S.Array(Conveyance)),
  outcome: opt(NonEmptyString),
  occurrences: opt(S.Literal(...lists.occurrences)),
  realis: opt(S.Literal(...lists.realis)),
  roles: opt(S.Array(Participation)),
  contradicts: opt(S.Array(Id)),
  schedule: opt(S.Array(ScheduleChange)),
}).pipe(S.filter((x) => supported(x)), S.filter((x) => participantsFit(x)))

const QuotedText = S.Struct({ text: NonEmptyText, evidence: Evidence })
const StatementContent = S.Union(
  S.Struct({ kind: S.Literal('quote'), text: NonEmptyText, evidence: Evidence }),
  S.Struct({ kind: S.Literal('paraphrase'), text: NonEmptyString, fragments: opt(nonEmpty(QuotedText)) }),
)
const AttributionStep = S.Struct({ source: Id, relation: S.Literal(...lists.attributionRelation), medium: opt(vocabulary(lists.medium)), text: opt(NonEmptyString) })
export const Statement = S.Struct({
  id: Id,
  speakers: nonEmpty(Id),
  content: StatementContent,
  speechAct: vocabulary(lists.speechAct),
  ...support,
  sameAs: opt(nonEmpty(SameAs)),
  annotation: opt(Annotation),
  medium: opt(vocabulary(lists.medium)),
  addressees: opt(S.Array(Id)),
  audience: opt(S.Array(Id)),
  time: opt(Time),
  occasion: opt(Id),
  about: opt(S.Array(Id)),
  attribution: opt(S.Array(AttributionStep)),
  contradicts: opt(S.Array(Id)),
  repliesTo: opt(S.Array(Id)),
}).pipe(S.filter((x) => supported(x)))
