/**
 * news-codecs: typed, validated news-domain models as io-ts codecs.
 *
 * @module
 */

// Building blocks: the combinators the models are made of, and the issues they report.
export * from './Struct.js'
export * from './TaggedUnion.js'
export * from './ArrayOf.js'
export * from './NonEmptyArray.js'
export * from './Reference.js'
export * from './Refined.js'
export * from './Issue.js'
export * from './StandardSchema.js'

// Primitives: ids, identifiers, texts, names, times.
export * from './Id.js'
export * from './Identifier.js'
export * from './Text.js'
export * from './Time.js'
export * from './Name.js'
export * from './Realis.js'
export * from './Vocabulary.js'
export * from './CodeLists.js'
export * from './CodeSets.js'

// Models.
export * from './Article.js'
export * from './Evidence.js'
export * from './Support.js'
export * from './Annotation.js'
export * from './Identity.js'
export * from './Actor.js'
export * from './Place.js'
export * from './Event.js'
export * from './Meeting.js'
export * from './Agreement.js'
export * from './Statement.js'
export * from './Position.js'
export * from './Document.js'
export * from './Relation.js'
export * from './Quantity.js'
export * from './Vote.js'
export * from './Graph.js'
export * from './Byline.js'
export * from './Image.js'
export * from './Subject.js'
export * from './LegalForce.js'
export * from './Participation.js'
export * from './Schedule.js'
export * from './Correction.js'

// Validation: decoding with every issue, and the checks that need the whole graph.
export * from './Validation.js'
export * from './Rules.js'
export * from './GraphCheck.js'
export * from './GraphRules.js'
export * from './ArticleRules.js'

// Queries: time, the graph index, the reader's questions, summaries.
export * from './TimeQuery.js'
export * from './GraphIndex.js'
export * from './Query.js'
export * from './VoteQuery.js'
export * from './Summary.js'
export * from './Answers.js'
export * from './PeriodQuery.js'
export * from './SourceQuery.js'
export * from './Reanchor.js'
export * from './SupportQuery.js'
export * from './Merge.js'
export * from './Cite.js'
export * from './Sentences.js'

// Interop: JSON Schema and JSON-LD. The converters from ninjs and PLOVER are in news-codecs/converters.
export * from './JsonSchema.js'
export * from './JsonLd.js'
