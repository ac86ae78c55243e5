/** The peer models in ArkType, written to match the shipped JSON Schema (`"+": "reject"`: no other keys). */
import { type } from 'arktype'
import { codeInScheme, identifierValueFits, lists, maxLength, participantsFit, patterns, sameAsFits, supported } from './facts.js'

const Id = type.string.atMostLength(maxLength.id).matching(patterns.id)
const NonEmptyString = type.string.matching(patterns.nonEmptyString)
const NonEmptyText = type.string.atLeastLength(1)
const Edtf = type.string.matching(patterns.edtf)
const Url = type.string.matching(patterns.url)
const FieldName = type.string.atMostLength(maxLength.fieldName).matching(patterns.fieldName)
const Offset = type('number.integer >= 0').atMost(Number.MAX_SAFE_INTEGER)

const Code = type({ '+': 'reject', scheme: type.string.matching(patterns.scheme), code: type.string.matching(patterns.code) }).narrow(codeInScheme)
const vocabulary = (closed: readonly [string, ...string[]]) => type.enumerated(...closed).or(Code)

const Identifier = type({ '+': 'reject', scheme: NonEmptyString, value: NonEmptyString }).narrow(identifierValueFits)
const OutsideSource = type({ '+': 'reject', 'url?': Url, 'identifier?': Identifier, 'publisher?': NonEmptyString, 'retrieved?': Edtf, 'quote?': NonEmptyText, 'covers?': FieldName.array().atLeastLength(1) })
  .narrow((s) => s.url !== undefined || s.identifier !== undefined)
const Inference = type({ '+': 'reject', from: Id.array().atLeastLength(1), rule: type.string.atMostLength(maxLength.inferenceRule).matching(patterns.inferenceRule), 'note?': NonEmptyString, 'covers?': FieldName.array().atLeastLength(1) })
const SameAs = type({ '+': 'reject', 'graph?': Id, 'id?': Id, 'url?': Url, 'identifier?': Identifier }).narrow(sameAsFits)
const Annotator = type({ '+': 'reject', kind: type.enumerated(...lists.annotatorKind), name: NonEmptyString, 'version?': NonEmptyString, 'url?': Url, 'identifier?': Identifier })
const Annotation = type({ '+': 'reject', 'by?': Annotator.array().atLeastLength(1), 'at?': Edtf, 'method?': type.enumerated(...lists.annotationMethod), 'confidence?': '0 <= number <= 1', 'note?': NonEmptyString })

export const Evidence = type({ '+': 'reject', article: Id, start: Offset, end: Offset, quote: NonEmptyText, 'prefix?': NonEmptyText, 'suffix?': NonEmptyText })
const Evidences = Evidence.array().atLeastLength(1)
const Sources = OutsideSource.array().atLeastLength(1)
const Inferences = Inference.array().atLeastLength(1)

const TimeAnchor = type({ '+': 'reject', value: Edtf, basis: NonEmptyString, 'record?': Id })
const Time = type({ '+': 'reject', value: Edtf, 'text?': NonEmptyString, 'resolvedAgainst?': TimeAnchor })

const Name = type({ '+': 'reject', text: NonEmptyString, 'lang?': type.string.matching(patterns.languageTag), 'transliteration?': NonEmptyString, 'from?': Edtf, 'to?': Edtf })
const Post = type({ '+': 'reject', office: NonEmptyString, 'of?': Id, 'from?': Edtf, 'to?': Edtf, 'otherNames?': NonEmptyString.array(), 'evidence?': Evidences, 'sources?': Sources, 'inferences?': Inferences })
export const Person = type({
  '+': 'reject',
  kind: "'person'",
  id: Id,
  name: NonEmptyString,
  'otherNames?': NonEmptyString.array(),
  'names?': Name.array(),
  'identifiers?': Identifier.array(),
  'mentions?': Evidence.array(),
  'sectors?': vocabulary(lists.sector).array(),
  'sameAs?': SameAs.array().atLeastLength(1),
  'annotation?': Annotation,
  'posts?': Post.array(),
  'nationality?': Id,
  'born?': Edtf,
  'died?': Edtf,
})

const Duration = type({ '+': 'reject', value: type.string.matching(patterns.isoDuration), bound: type.enumerated(...lists.durationBound), 'text?': NonEmptyString })
const Conveyance = type({ '+': 'reject', by: Id, content: NonEmptyString, 'evidence?': Evidences, 'sources?': Sources, 'inferences?': Inferences, 'to?': Id }).narrow(supported)
const Participation = type({ '+': 'reject', actor: Id, role: vocabulary(lists.participantRole), 'evidence?': Evidences, 'sources?': Sources, 'inferences?': Inferences })
const ScheduleChange = type({
  '+': 'reject',
  status: type.enumerated(...lists.scheduleStatus),
  'evidence?': Evidences,
  'sources?': Sources,
  'inferences?': Inferences,
  'by?': Id.array(),
  'announced?': Time,
  'newTime?': Time,
  'reason?': NonEmptyString,
}).narrow(supported)
export const Meeting = type({
  '+': 'reject',
  id: Id,
  participants: Id.array().atLeastLength(1),
  channel: vocabulary(lists.channel),
  'evidence?': Evidences,
  'sources?': Sources,
  'inferences?': Inferences,
  'sameAs?': SameAs.array().atLeastLength(1),
  'annotation?': Annotation,
  'format?': type.enumerated(...lists.meetingFormat),
  'sidelinesOf?': Id,
  'place?': Id,
  'time?': Time,
  'duration?': Duration,
  'topics?': NonEmptyString.array(),
  'excludedTopics?': NonEmptyString.array(),
  'conveyed?': Conveyance.array(),
  'outcome?': NonEmptyString,
  'occurrences?': type.enumerated(...lists.occurrences),
  'realis?': type.enumerated(...lists.realis),
  'roles?': Participation.array(),
  'contradicts?': Id.array(),
  'schedule?': ScheduleChange.array(),
})
  .narrow(supported)
  .narrow(participantsFit)

const QuotedText = type({ '+': 'reject', text: NonEmptyText, evidence: Evidence })
const StatementContent = type({ '+': 'reject', kind: "'quote'", text: NonEmptyText, evidence: Evidence }).or({ '+': 'reject', kind: "'paraphrase'", text: NonEmptyString, 'fragments?': QuotedText.array().atLeastLength(1) })
const AttributionStep = type({ '+': 'reject', source: Id, relation: type.enumerated(...lists.attributionRelation), 'medium?': vocabulary(lists.medium), 'text?': NonEmptyString })
export const Statement = type({
  '+': 'reject',
  id: Id,
  speakers: Id.array().atLeastLength(1),
  content: StatementContent,
  speechAct: vocabulary(lists.speechAct),
  'evidence?': Evidences,
  'sources?': Sources,
  'inferences?': Inferences,
  'sameAs?': SameAs.array().atLeastLength(1),
  'annotation?': Annotation,
  'medium?': vocabulary(lists.medium),
  'addressees?': Id.array(),
  'audience?': Id.array(),
  'time?': Time,
  'occasion?': Id,
  'about?': Id.array(),
  'attribution?': AttributionStep.array(),
  'contradicts?': Id.array(),
  'repliesTo?': Id.array(),
}).narrow(supported)
