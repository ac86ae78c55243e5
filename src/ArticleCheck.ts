/**
 * Checks on an article's own metadata that its shape cannot express: a version modified before the item
 * was first created. {@link checkGraph} runs them.
 *
 * @module
 */
import type { Graph } from './Graph.js'
import type { Issue } from './Issue.js'
import { graphIssue } from './internal/graphIssue.js'
import { coverageOf } from './Time.js'

/**
 * The issues of a graph's articles: `interval_order` for a `modified` time wholly before its `created`
 * time. Times are compared by the spans they cover, so a modification on the day of a creation stamped
 * to the second is not reported ("2024-05-06" may be later that day).
 *
 * @example
 * import { checkArticles, Graph, make } from 'news-codecs'
 *
 * const graph = make(Graph)({ articles: [{ id: 'article:1', text: 'Text.',
 *   created: '2024-05-06T10:15:30Z', modified: '2024-05-05' }], actors: [], places: [], events: [], meetings: [],
 *   agreements: [], documents: [], statements: [], positions: [], relations: [] })
 * checkArticles(graph).map((issue) => [issue.path, issue.code])
 * //=> [[['articles', 0, 'modified'], 'interval_order']]
 *
 * @category validation
 * @since 0.2.0
 */
export const checkArticles = (graph: Graph): ReadonlyArray<Issue> => {
  const issues: Issue[] = []
  graph.articles.forEach((article, i) => {
    const { created, modified } = article
    if (created === undefined || modified === undefined) return
    if (coverageOf(modified).end <= coverageOf(created).start) {
      issues.push(graphIssue(['articles', i, 'modified'], 'interval_order', `a time from ${created}`, modified,
        `"${article.id}" was modified on ${modified}, before it was first created on ${created}`))
    }
  })
  return issues
}
