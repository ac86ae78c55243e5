/** The peer models in valibot, written to match the shipped JSON Schema (strict objects: no other keys). */
import * as v from 'valibot'
import { codeInScheme, identifierValueFits, lists, maxLength, participantsFit, patterns, sameAsFits, supported } from './facts.js'

const Id = v.pipe(v.string(), v.maxLength(maxLength.id), v.regex(patterns.id))
const NonEmptyString = v.pipe(v.string(), v.regex(patterns.nonEmptyString))
const NonEmptyText = v.pipe(v.string(), v.minLength(1))
const Edtf = v.pipe(v.string(), v.regex(patterns.edtf))
const Url = v.pipe(v.string(), v.regex(patterns.url))
const FieldName = v.pipe(v.string(), v.maxLength(maxLength.fieldName), v.regex(patterns.fieldName))
const Offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
const nonEmpty = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.minLength(1))

const Code = v.pipe(v.strictObject({ scheme: v.pipe(v.string(), v.regex(patterns.scheme)), code: v.pipe(v.string(), v.regex(patterns.code)) }), v.check((x) => codeInScheme(x)))
const vocabulary = (closed: readonly [string, ...string[]]) => v.union([v.picklist(closed), Code])

const Identifier = v.pipe(v.strictObject({ scheme: NonEmptyString, value: NonEmptyString }), v.check((x) => identifierValueFits(x)))
const OutsideSource = v.pipe(
  v.strictObject({ url: v.optional(Url), identifier: v.optional(Identifier), publisher: v.optional(NonEmptyString), retrieved: v.optional(Edtf), quote: v.optional(NonEmptyText), covers: v.optional(nonEmpty(FieldName)) }),
  v.check((s) => s.url !== undefined || s.identifier !== undefined),
)
const Inference = v.strictObject({ from: nonEmpty(Id), rule: v.pipe(v.string(), v.maxLength(maxLength.inferenceRule), v.regex(patterns.inferenceRule)), note: v.optional(NonEmptyString), covers: v.optional(nonEmpty(FieldName)) })
const SameAs = v.pipe(v.strictObject({ graph: v.optional(Id), id: v.optional(Id), url: v.optional(Url), identifier: v.optional(Identifier) }), v.check((x) => sameAsFits(x)))
const Annotator = v.strictObject({ kind: v.picklist(lists.annotatorKind), name: NonEmptyString, version: v.optional(NonEmptyString), url: v.optional(Url), identifier: v.optional(Identifier) })
const Annotation = v.strictObject({ by: v.optional(nonEmpty(Annotator)), at: v.optional(Edtf), method: v.optional(v.picklist(lists.annotationMethod)), confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))), note: v.optional(NonEmptyString) })

export const Evidence = v.strictObject({ article: Id, start: Offset, end: Offset, quote: NonEmptyText, prefix: v.optional(NonEmptyText), suffix: v.optional(NonEmptyText) })
const support = { evidence: v.optional(nonEmpty(Evidence)), sources: v.optional(nonEmpty(OutsideSource)), inferences: v.optional(nonEmpty(Inference)) }

const TimeAnchor = v.strictObject({ value: Edtf, basis: NonEmptyString, record: v.optional(Id) })
const Time = v.strictObject({ value: Edtf, text: v.optional(NonEmptyString), resolvedAgainst: v.optional(TimeAnchor) })

const Name = v.strictObject({ text: NonEmptyString, lang: v.optional(v.pipe(v.string(), v.regex(patterns.languageTag))), transliteration: v.optional(NonEmptyString), from: v.optional(Edtf), to: v.optional(Edtf) })
const Post = v.strictObject({ office: NonEmptyString, of: v.optional(Id), from: v.optional(Edtf), to: v.optional(Edtf), otherNames: v.optional(v.array(NonEmptyString)), ...support })
export const Person = v.strictObject({
  kind: v.literal('person'),
  id: Id,
  name: NonEmptyString,
  otherNames: v.optional(v.array(NonEmptyString)),
  names: v.optional(v.array(Name)),
  identifiers: v.optional(v.array(Identifier)),
  mentions: v.optional(v.array(Evidence)),
  sectors: v.optional(v.array(vocabulary(lists.sector))),
  sameAs: v.optional(nonEmpty(SameAs)),
  annotation: v.optional(Annotation),
  posts: v.optional(v.array(Post)),
  nationality: v.optional(Id),
  born: v.optional(Edtf),
  died: v.optional(Edtf),
})

const Duration = v.strictObject({ value: v.pipe(v.string(), v.regex(patterns.isoDuration)), bound: v.picklist(lists.durationBound), text: v.optional(NonEmptyString) })
const Conveyance = v.pipe(v.strictObject({ by: Id, content: NonEmptyString, ...support, to: v.optional(Id) }), v.check((x) => supported(x)))
const Participation = v.strictObject({ actor: Id, role: vocabulary(lists.participantRole), ...support })
const ScheduleChange = v.pipe(
  v.strictObject({ status: v.picklist(lists.scheduleStatus), ...support, by: v.optional(v.array(Id)), announced: v.optional(Time), newTime: v.optional(Time), reason: v.optional(NonEmptyString) }),
  v.check((x) => supported(x)),
)
export const Meeting = v.pipe(
  v.strictObject({
    id: Id,
    participants: nonEmpty(Id),
    channel: vocabulary(lists.channel),
    ...support,
    sameAs: v.optional(nonEmpty(SameAs)),
    annotation: v.optional(Annotation),
    format: v.optional(v.picklist(lists.meetingFormat)),
    sidelinesOf: v.optional(Id),
    place: v.optional(Id),
    time: v.optional(Time),
    duration: v.optional(Duration),
    topics: v.optional(v.array(NonEmptyString)),
    excludedTopics: v.optional(v.array(NonEmptyString)),
    conveyed: v.optional(v.array(Conveyance)),
    outcome: v.optional(NonEmptyString),
    occurrences: v.optional(v.picklist(lists.occurrences)),
    realis: v.optional(v.picklist(lists.realis)),
    roles: v.optional(v.array(Participation)),
    contradicts: v.optional(v.array(Id)),
    schedule: v.optional(v.array(ScheduleChange)),
  }),
  v.check((x) => supported(x)),
  v.check((x) => participantsFit(x)),
)

const QuotedText = v.strictObject({ text: NonEmptyText, evidence: Evidence })
const StatementContent = v.variant('kind', [
  v.strictObject({ kind: v.literal('quote'), text: NonEmptyText, evidence: Evidence }),
  v.strictObject({ kind: v.literal('paraphrase'), text: NonEmptyString, fragments: v.optional(nonEmpty(QuotedText)) }),
])
const AttributionStep = v.strictObject({ source: Id, relation: v.picklist(lists.attributionRelation), medium: v.optional(vocabulary(lists.medium)), text: v.optional(NonEmptyString) })
export const Statement = v.pipe(
  v.strictObject({
    id: Id,
    speakers: nonEmpty(Id),
    content: StatementContent,
    speechAct: vocabulary(lists.speechAct),
    ...support,
    sameAs: v.optional(nonEmpty(SameAs)),
    annotation: v.optional(Annotation),
    medium: v.optional(vocabulary(lists.medium)),
    addressees: v.optional(v.array(Id)),
    audience: v.optional(v.array(Id)),
    time: v.optional(Time),
    occasion: v.optional(Id),
    about: v.optional(v.array(Id)),
    attribution: v.optional(v.array(AttributionStep)),
    contradicts: v.optional(v.array(Id)),
    repliesTo: v.optional(v.array(Id)),
  }),
  v.check((x) => supported(x)),
)
