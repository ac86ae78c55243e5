/** The peer models in zod 4, written to match the shipped JSON Schema (strict objects: no other keys). */
import { z } from 'zod'
import { codeInScheme, identifierValueFits, lists, maxLength, participantsFit, patterns, sameAsFits, supported } from './facts.js'

const Id = z.string().max(maxLength.id).regex(patterns.id)
const NonEmptyString = z.string().regex(patterns.nonEmptyString)
const NonEmptyText = z.string().min(1)
const Edtf = z.string().regex(patterns.edtf)
const Url = z.string().regex(patterns.url)
const FieldName = z.string().max(maxLength.fieldName).regex(patterns.fieldName)
const Offset = z.number().int().min(0)

const Code = z.strictObject({ scheme: z.string().regex(patterns.scheme), code: z.string().regex(patterns.code) }).refine(codeInScheme)
const vocabulary = (closed: readonly [string, ...string[]]) => z.union([z.enum(closed), Code])

const Identifier = z.strictObject({ scheme: NonEmptyString, value: NonEmptyString }).refine(identifierValueFits)
const OutsideSource = z
  .strictObject({ url: Url.optional(), identifier: Identifier.optional(), publisher: NonEmptyString.optional(), retrieved: Edtf.optional(), quote: NonEmptyText.optional(), covers: z.array(FieldName).min(1).optional() })
  .refine((s) => s.url !== undefined || s.identifier !== undefined)
const Inference = z.strictObject({ from: z.array(Id).min(1), rule: z.string().max(maxLength.inferenceRule).regex(patterns.inferenceRule), note: NonEmptyString.optional(), covers: z.array(FieldName).min(1).optional() })
const SameAs = z.strictObject({ graph: Id.optional(), id: Id.optional(), url: Url.optional(), identifier: Identifier.optional() }).refine(sameAsFits)
const Annotator = z.strictObject({ kind: z.enum(lists.annotatorKind), name: NonEmptyString, version: NonEmptyString.optional(), url: Url.optional(), identifier: Identifier.optional() })
const Annotation = z.strictObject({ by: z.array(Annotator).min(1).optional(), at: Edtf.optional(), method: z.enum(lists.annotationMethod).optional(), confidence: z.number().min(0).max(1).optional(), note: NonEmptyString.optional() })

export const Evidence = z.strictObject({ article: Id, start: Offset, end: Offset, quote: NonEmptyText, prefix: NonEmptyText.optional(), suffix: NonEmptyText.optional() })
const support = { evidence: z.array(Evidence).min(1).optional(), sources: z.array(OutsideSource).min(1).optional(), inferences: z.array(Inference).min(1).optional() }

const TimeAnchor = z.strictObject({ value: Edtf, basis: NonEmptyString, record: Id.optional() })
const Time = z.strictObject({ value: Edtf, text: NonEmptyString.optional(), resolvedAgainst: TimeAnchor.optional() })

const Name = z.strictObject({ text: NonEmptyString, lang: z.string().regex(patterns.languageTag).optional(), transliteration: NonEmptyString.optional(), from: Edtf.optional(), to: Edtf.optional() })
const Post = z.strictObject({ office: NonEmptyString, of: Id.optional(), from: Edtf.optional(), to: Edtf.optional(), otherNames: z.array(NonEmptyString).optional(), ...support })
export const Person = z.strictObject({
  kind: z.literal('person'),
  id: Id,
  name: NonEmptyString,
  otherNames: z.array(NonEmptyString).optional(),
  names: z.array(Name).optional(),
  identifiers: z.array(Identifier).optional(),
  mentions: z.array(Evidence).optional(),
  sectors: z.array(vocabulary(lists.sector)).optional(),
  sameAs: z.array(SameAs).min(1).optional(),
  annotation: Annotation.optional(),
  posts: z.array(Post).optional(),
  nationality: Id.optional(),
  born: Edtf.optional(),
  died: Edtf.optional(),
})

const Duration = z.strictObject({ value: z.string().regex(patterns.isoDuration), bound: z.enum(lists.durationBound), text: NonEmptyString.optional() })
const Conveyance = z.strictObject({ by: Id, content: NonEmptyString, ...support, to: Id.optional() }).refine(supported)
const Participation = z.strictObject({ actor: Id, role: vocabulary(lists.participantRole), ...support })
const ScheduleChange = z
  .strictObject({ status: z.enum(lists.scheduleStatus), ...support, by: z.array(Id).optional(), announced: Time.optional(), newTime: Time.optional(), reason: NonEmptyString.optional() })
  .refine(supported)
export const Meeting = z
  .strictObject({
    id: Id,
    participants: z.array(Id).min(1),
    channel: vocabulary(lists.channel),
    ...support,
    sameAs: z.array(SameAs).min(1).optional(),
    annotation: Annotation.optional(),
    format: z.enum(lists.meetingFormat).optional(),
    sidelinesOf: Id.optional(),
    place: Id.optional(),
    time: Time.optional(),
    duration: Duration.optional(),
    topics: z.array(NonEmptyString).optional(),
    excludedTopics: z.array(NonEmptyString).optional(),
    conveyed: z.array(Conveyance).optional(),
    outcome: NonEmptyString.optional(),
    occurrences: z.enum(lists.occurrences).optional(),
    realis: z.enum(lists.realis).optional(),
    roles: z.array(Participation).optional(),
    contradicts: z.array(Id).optional(),
    schedule: z.array(ScheduleChange).optional(),
  })
  .refine(supported)
  .refine(participantsFit)

const QuotedText = z.strictObject({ text: NonEmptyText, evidence: Evidence })
const StatementContent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quote'), text: NonEmptyText, evidence: Evidence }),
  z.strictObject({ kind: z.literal('paraphrase'), text: NonEmptyString, fragments: z.array(QuotedText).min(1).optional() }),
])
const AttributionStep = z.strictObject({ source: Id, relation: z.enum(lists.attributionRelation), medium: vocabulary(lists.medium).optional(), text: NonEmptyString.optional() })
export const Statement = z
  .strictObject({
    id: Id,
    speakers: z.array(Id).min(1),
    content: StatementContent,
    speechAct: vocabulary(lists.speechAct),
    ...support,
    sameAs: z.array(SameAs).min(1).optional(),
    annotation: Annotation.optional(),
    medium: vocabulary(lists.medium).optional(),
    addressees: z.array(Id).optional(),
    audience: z.array(Id).optional(),
    time: Time.optional(),
    occasion: Id.optional(),
    about: z.array(Id).optional(),
    attribution: z.array(AttributionStep).optional(),
    contradicts: z.array(Id).optional(),
    repliesTo: z.array(Id).optional(),
  })
  .refine(supported)
