/**
 * The evidence viewer's page: one self-contained HTML file (inline stylesheet and script, the graph
 * embedded as JSON, nothing fetched), written from a {@link View}. Every text from the graph goes through
 * `escapeHtml` or `scriptJson`.
 *
 * @module
 */
import { element, escapeHtml, scriptJson } from './html.js'
import { PAGE_SCRIPT } from './script.js'
import { STYLESHEET } from './style.js'
import { scaleOf } from './timeline.js'
import type { TimelineRow } from './timeline.js'
import type { ArticleView, Piece, RecordView, View } from './View.js'
import { viewOf } from './View.js'

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const markOf = (piece: Piece, starts: ReadonlyArray<string>, factSpans: ReadonlySet<string>): string => {
  // An empty target before the piece for each span starting here, so `#span-3` scrolls to its first word.
  const targets = starts.map((id) => element('span', { id, class: 'span-start' })).join('')
  if (piece.spans.length === 0) return targets + escapeHtml(piece.text)
  // Text that only names an actor or a place is marked more lightly than the evidence of facts.
  const facts = piece.spans.filter((id) => factSpans.has(id)).length
  return targets + element('mark', {
    class: facts === 0 ? 'mention' : facts > 1 ? 'overlap' : undefined,
    'data-spans': piece.spans.join(' '),
    'data-start': piece.start,
    'data-end': piece.end,
    tabindex: 0,
    role: 'button',
  }, escapeHtml(piece.text))
}

const articleSection = (article: ArticleView, view: View): string => {
  const startsAt = new Map<number, string[]>()
  for (const span of view.spans.filter((s) => s.article === article.id)) startsAt.set(span.start, [...(startsAt.get(span.start) ?? []), span.id])
  const factSpans = new Set(view.records.filter((r) => r.isFact).flatMap((r) => r.spans))
  const text = article.pieces.map((piece) => markOf(piece, startsAt.get(piece.start) ?? [], factSpans)).join('')
  return element('section', { id: article.anchor, class: 'article', 'aria-labelledby': `${article.anchor}-title` },
    element('h2', { id: `${article.anchor}-title` }, escapeHtml(article.title)) +
    element('p', { class: 'meta' }, `${escapeHtml(article.id)} · ${plural(view.spans.filter((s) => s.article === article.id).length, 'span')} of evidence`) +
    element('div', { class: 'article-text', id: article.anchor === view.articles[0]?.anchor ? 'text' : undefined }, text))
}

const factCard = (record: RecordView): string =>
  element('li', { class: 'card', id: record.anchor },
    element('button', { type: 'button', class: 'fact', 'data-record': record.anchor, 'aria-pressed': 'false' }, escapeHtml(record.label)) +
    (record.corrected === undefined ? '' : element('span', { class: 'tag' }, record.corrected)) +
    element('div', { class: 'meta' }, `${escapeHtml(record.collection)} · <code>${escapeHtml(record.id ?? '(no id)')}</code> · ${plural(record.spans.length, 'span')}`))

const qualifierText = (row: TimelineRow): string =>
  [
    row.approximate ? '~ approximate' : undefined,
    row.uncertain ? '? uncertain' : undefined,
    row.start === undefined ? 'open start' : undefined,
    row.end === undefined ? 'open end' : undefined,
  ].filter((part) => part !== undefined).join(', ')

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

const timelineSection = (rows: ReadonlyArray<TimelineRow>): string => {
  const scale = scaleOf(rows)
  if (scale === undefined) return ''
  const years = element('div', { class: 'years', 'aria-hidden': 'true' }, scale.ticks.map(({ label, at }) => element('span', { style: `left:${at.toFixed(2)}%` }, label)).join(''))
  const items = rows.map((row) => {
    const { left, width } = scale.place(row)
    const qualifiers = qualifierText(row)
    // The covered span in words, for readers who do not see the bar: the last day is the one before `end`.
    const covers = `${row.start === undefined ? '…' : isoDay(row.start)} – ${row.end === undefined ? '…' : isoDay(row.end - 1)}`
    const classes = ['bar', row.approximate ? 'approximate' : '', row.uncertain ? 'uncertain' : '', row.start === undefined ? 'open-start' : '', row.end === undefined ? 'open-end' : '']
    return element('li', {},
      element('div', {},
        element('button', { type: 'button', class: 'fact-link', 'data-record': row.anchor }, escapeHtml(row.label)) +
        element('div', { class: 'meta' },
          `<code>${escapeHtml(row.value)}</code>${row.written === undefined ? '' : ` “${escapeHtml(row.written)}”`} · ${row.precision} · ${covers}${qualifiers === '' ? '' : ` · ${qualifiers}`}`)) +
      element('div', { class: 'track' }, element('span', {
        class: classes.filter((name) => name !== '').join(' '),
        style: `left:${left.toFixed(3)}%;width:${width.toFixed(3)}%`,
        'data-start': row.start,
        'data-end': row.end,
        title: `${row.value}${qualifiers === '' ? '' : ` (${qualifiers})`}`,
      })))
  }).join('')
  return element('section', { id: 'timeline', 'aria-labelledby': 'timeline-title' },
    element('h2', { id: 'timeline-title' }, 'Timeline') +
    element('p', { class: 'hint' }, 'Each bar covers the span its time stands for: a month its month, a year its year. Open ends fade out; ~ marks an approximate time and ? an uncertain one.') +
    element('div', { class: 'timeline-scale' }, '<div></div>' + years) +
    element('ol', { class: 'timeline' }, items))
}

const actorsSection = (view: View): string =>
  view.actors.length === 0 ? '' : element('section', { id: 'actors', 'aria-labelledby': 'actors-title' },
    element('h2', { id: 'actors-title' }, 'Actors') +
    element('ul', { class: 'cards' }, view.actors.map((actor) =>
      element('li', { class: 'card', id: actor.anchor },
        `<strong>${escapeHtml(actor.name)}</strong> <span class="meta">${escapeHtml(actor.kind)}</span>` +
        (actor.posts.length === 0 ? '' : element('ul', {}, actor.posts.map((post) => element('li', {}, escapeHtml(post))).join(''))))).join('')))

const positionsSection = (view: View): string =>
  view.positions.length === 0 ? '' : element('section', { id: 'positions', 'aria-labelledby': 'positions-title' },
    element('h2', { id: 'positions-title' }, 'Positions, by what they are about') +
    view.positions.map((group) =>
      element('h3', {}, escapeHtml(group.target)) +
      element('dl', { class: 'stances' }, group.stances.map(({ stance, holders }) =>
        element('dt', {}, escapeHtml(stance)) +
        element('dd', {}, holders.map((holder) => element('button', { type: 'button', class: 'fact-link', 'data-record': holder.anchor }, escapeHtml(holder.label))).join(' '))).join(''))).join(''))

const issuesSection = (view: View): string =>
  view.issues.length === 0 ? '' : element('section', { id: 'issues', class: 'issues', 'aria-labelledby': 'issues-title' },
    element('h2', { id: 'issues-title' }, `This graph is not valid: ${plural(view.issues.length, 'issue')}`) +
    element('p', {}, 'The page shows what could be read. Each issue links to the text or the record it is about.') +
    element('ol', {}, view.issues.map((issue) =>
      element('li', {}, `${issue.href === undefined ? `<code>${escapeHtml(issue.path)}</code>` : element('a', { href: issue.href }, `<code>${escapeHtml(issue.path)}</code>`)}: ${escapeHtml(issue.message)}`)).join('')))

const otherRecordsSection = (view: View): string => {
  const others = view.records.filter((r) => !r.isFact && r.collection !== 'actors' && r.collection !== 'articles')
  return others.length === 0 ? '' : element('section', { id: 'records', 'aria-labelledby': 'records-title' },
    element('h2', { id: 'records-title' }, 'Other records') +
    element('ul', { class: 'cards' }, others.map((r) =>
      element('li', { class: 'card', id: r.anchor }, `${escapeHtml(r.label)} <span class="meta">${escapeHtml(r.collection)} · <code>${escapeHtml(r.id ?? '(no id)')}</code></span>`)).join('')))
}

/** The page of a view: a whole HTML document. */
export const pageOf = (view: View, graph: unknown): string => {
  const facts = view.records.filter((r) => r.isFact)
  const embedded = {
    graph,
    view: {
      spans: view.spans,
      records: view.records.map(({ anchor, id, label, isFact, spans }) => ({ anchor, id, label, isFact, spans })),
      timeline: view.timeline,
    },
  }
  const status = view.valid ? 'a valid graph' : `not a valid graph (${plural(view.issues.length, 'issue')})`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
<a class="skip-link" href="#text">Skip to the article text</a>
<header>
<h1>${escapeHtml(view.title)}</h1>
<p class="meta">${status}: ${plural(facts.length, 'fact')}, ${plural(view.spans.length, 'span')} of evidence, ${plural(view.actors.length, 'actor')}</p>
</header>
${issuesSection(view)}
<div class="layout">
<aside class="side" aria-labelledby="facts-title">
<h2 id="facts-title">Facts</h2>
<p class="hint">Select a fact to light its evidence in the text; select lit text to list the facts it supports.</p>
<section id="details" class="details" aria-live="polite"><p class="meta">Nothing selected.</p></section>
${element('ul', { class: 'cards', id: 'facts' }, facts.map(factCard).join(''))}
</aside>
<main>
${view.articles.map((article) => articleSection(article, view)).join('\n')}
</main>
</div>
${timelineSection(view.timeline)}
${actorsSection(view)}
${positionsSection(view)}
${otherRecordsSection(view)}
<script type="application/json" id="viewer-data">${scriptJson(embedded)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`
}

/** The evidence viewer's page of an input (any JSON value; a graph that does not validate shows what it can, with its issues). */
export const renderPage = (graph: unknown): string => pageOf(viewOf(graph), graph)
