/**
 * Rules on articles and on the spans anchored in them, for texts that change: a digest must be the hash of
 * the text it sits beside, versions linked by `supersedes` form chains that end and count up, and the
 * context a span carries (its prefix and suffix) must be the text around it.
 * {@link checkGraph} runs them; docs/rules.md lists their codes with an example each.
 *
 * @module
 */
import type * as t from 'io-ts'
import { digestOf } from './Article.js'
import type { Article } from './Article.js'
import { Evidence } from './Evidence.js'
import type { Graph } from './Graph.js'
import { Graph as GraphCodec } from './Graph.js'
import type { Issue } from './Issue.js'
import { describeValue } from './Issue.js'
import type { CodecNode, Path } from './internal/CodecTree.js'
import { walkWanted } from './internal/CodecTree.js'
import { graphIssue } from './internal/graphIssue.js'

const issue = graphIssue

/** A digest recomputed from the text; the text may have changed anywhere, inside a span or not. */
const checkDigests = (articles: ReadonlyArray<Article>, issues: Issue[]): void => {
  articles.forEach((article, i) => {
    if (article.digest === undefined) return
    const computed = digestOf(article.text).value
    if (computed !== article.digest.value) {
      issues.push(issue(['articles', i, 'digest', 'value'], 'digest_mismatch', computed, article.digest.value,
        `the digest of "${article.id}" is not the SHA-256 of its text: the text gives ${computed}`))
    }
  })
}

/**
 * The `supersedes` links between versions. Each article supersedes at most one, so following the links
 * from any article either ends or enters a loop; each loop is reported once, where the walk closes it.
 */
const checkVersionChains = (articles: ReadonlyArray<Article>, issues: Issue[]): void => {
  const at = new Map(articles.map((article, i) => [article.id as string, i]))
  const state = new Map<string, 'open' | 'done'>()
  articles.forEach((first) => {
    const onPath: string[] = []
    let id: string | undefined = first.id
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'open')
      onPath.push(id)
      const article: Article = articles[at.get(id)!]!
      const next: string | undefined = article.supersedes
      // A dangling `supersedes` is reported as a reference.
      id = next !== undefined && at.has(next) ? next : undefined
      if (id !== undefined && state.get(id) === 'open') {
        const loop = [...onPath.slice(onPath.indexOf(id)), id]
        issues.push(issue(['articles', at.get(article.id)!, 'supersedes'], 'version_cycle', 'a chain of versions that ends', id,
          loop.length === 2 ? `"${article.id}" supersedes itself` : `"${article.id}" supersedes "${id}", which leads back to it (${loop.join(' → ')})`))
      }
    }
    for (const done of onPath) state.set(done, 'done')
  })

  const successors = new Map<string, number>()
  articles.forEach((article, i) => {
    const earlier = article.supersedes === undefined ? undefined : at.get(article.supersedes)
    if (earlier === undefined || article.supersedes === article.id) return
    const before = articles[earlier]!
    if (article.version !== undefined && before.version !== undefined && article.version <= before.version) {
      issues.push(issue(['articles', i, 'version'], 'version_order', `a version number greater than ${before.version}`, article.version,
        `"${article.id}" is version ${article.version}, yet supersedes "${before.id}", version ${before.version}`))
    }
    const other = successors.get(before.id)
    if (other === undefined) successors.set(before.id, i)
    else {
      issues.push(issue(['articles', i, 'supersedes'], 'version_fork', 'a version no other article supersedes', before.id,
        `"${article.id}" and "${articles[other]!.id}" both supersede "${before.id}"`))
    }
  })
}

/** A text with the UTF-16 index of each code point, so that a span's surroundings are one `slice` each. */
interface IndexedText {
  readonly text: string
  /** `units[i]` is where code point `i` starts; `units[length]` is the text's length. */
  readonly units: ReadonlyArray<number>
}

const indexText = (text: string): IndexedText => {
  const units: number[] = []
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) units.push(i)
  units.push(text.length)
  return { text, units }
}

const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

const isEvidenceNode = (node: CodecNode): boolean => node.codec === Evidence

/** The prefix and suffix of a span whose quote matches, against the article text around it. */
const checkContext = (evidence: Evidence, path: Path, textOf: (id: string) => IndexedText | undefined, issues: Issue[]): void => {
  if (evidence.prefix === undefined && evidence.suffix === undefined) return
  const article = textOf(evidence.article)
  if (article === undefined) return // a dangling article is reported as a reference
  const { start, end } = evidence
  const length = article.units.length - 1
  // A span out of range, or whose quote differs, is reported as such; its context is not judged as well.
  if (end > length || start > end || article.text.slice(article.units[start], article.units[end]) !== evidence.quote) return
  if (evidence.prefix !== undefined) {
    const from = Math.max(0, start - codePoints(evidence.prefix))
    const found = article.text.slice(article.units[from], article.units[start])
    if (found !== evidence.prefix) {
      issues.push(issue([...path, 'prefix'], 'context_mismatch', describeValue(found), evidence.prefix,
        `prefix ${describeValue(evidence.prefix)} differs from the text right before the span at ${start}: ${describeValue(found)}`))
    }
  }
  if (evidence.suffix !== undefined) {
    const to = Math.min(length, end + codePoints(evidence.suffix))
    const found = article.text.slice(article.units[end], article.units[to])
    if (found !== evidence.suffix) {
      issues.push(issue([...path, 'suffix'], 'context_mismatch', describeValue(found), evidence.suffix,
        `suffix ${describeValue(evidence.suffix)} differs from the text right after the span at ${end}: ${describeValue(found)}`))
    }
  }
}

/**
 * Runs the rules of this module on a decoded graph (walked with `codec`, the library's Graph unless one's
 * own) and returns their issues: `digest_mismatch`, `version_cycle`, `version_order`, `version_fork` (a
 * warning) and `context_mismatch`.
 *
 * @example
 * import { checkArticleRules, Graph, make } from 'news-codecs'
 *
 * const graph = make(Graph)({ actors: [], places: [], events: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   articles: [{ id: 'article:1', text: 'Blinken met Lavrov.', version: 2 },
 *     { id: 'article:2', text: 'Blinken met Lavrov on Friday.', version: 1, supersedes: 'article:1' }] })
 * checkArticleRules(graph).map((issue) => issue.code) //=> ['version_order']
 *
 * @category validation
 * @since 0.3.0
 */
export const checkArticleRules = (graph: Graph, codec: t.Mixed = GraphCodec): ReadonlyArray<Issue> => {
  const issues: Issue[] = []
  checkDigests(graph.articles, issues)
  checkVersionChains(graph.articles, issues)

  const texts = new Map(graph.articles.map((article) => [article.id as string, article.text as string]))
  const indexed = new Map<string, IndexedText>()
  const textOf = (id: string): IndexedText | undefined => {
    let found = indexed.get(id)
    if (found === undefined) {
      const text = texts.get(id)
      if (text === undefined) return undefined
      indexed.set(id, (found = indexText(text)))
    }
    return found
  }
  walkWanted(codec, graph, isEvidenceNode, (node, value, path) => {
    if (node.codec === Evidence) checkContext(value as Evidence, path, textOf, issues)
  })
  return issues
}
