/**
 * The page's one script, plain DOM: selecting a fact lights its spans in the text and lists its quotes;
 * selecting a span lists the facts it supports. It reads the spans and records from the page's embedded
 * JSON and writes text only through `textContent`, so nothing from the graph is ever parsed as HTML.
 *
 * @module
 */

/** The script, inlined in the page's `<script>`. */
export const PAGE_SCRIPT = `
(() => {
  'use strict'
  const data = JSON.parse(document.getElementById('viewer-data').textContent)
  const spans = new Map(data.view.spans.map((span) => [span.id, span]))
  const records = new Map(data.view.records.map((record) => [record.anchor, record]))
  const marks = Array.from(document.querySelectorAll('mark[data-spans]'))
  const details = document.getElementById('details')
  const spansOf = (mark) => mark.dataset.spans.split(' ')

  const make = (tag, text, className) => {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    if (className !== undefined) node.className = className
    return node
  }

  const clear = () => {
    for (const mark of document.querySelectorAll('mark.on')) mark.classList.remove('on')
    for (const button of document.querySelectorAll('[aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false')
  }

  // Lights every piece of text inside the spans given; returns the pieces lit, in reading order.
  const light = (ids) => {
    const wanted = new Set(ids)
    const lit = marks.filter((mark) => spansOf(mark).some((id) => wanted.has(id)))
    for (const mark of lit) mark.classList.add('on')
    return lit
  }

  const show = (heading, items) => {
    const list = make('ul')
    for (const item of items) {
      const li = make('li')
      li.append(item)
      list.append(li)
    }
    details.replaceChildren(make('h3', heading), list)
  }

  const factButton = (anchor) => {
    const button = make('button', records.get(anchor).label, 'fact-link')
    button.type = 'button'
    button.dataset.record = anchor
    return button
  }

  const selectFact = (anchor) => {
    const record = records.get(anchor)
    if (record === undefined) return
    clear()
    for (const button of document.querySelectorAll('button.fact[data-record="' + anchor + '"]')) button.setAttribute('aria-pressed', 'true')
    const lit = light(record.spans)
    if (lit.length > 0) lit[0].scrollIntoView({ block: 'center' })
    const quotes = record.spans.map((id) => spans.get(id)).map((span) => make('blockquote', '“' + span.quote + '” (' + span.start + '–' + span.end + ')'))
    show(record.label + ': ' + record.spans.length + ' span(s) of evidence', quotes)
  }

  const selectSpan = (id) => {
    const span = spans.get(id)
    if (span === undefined) return
    clear()
    light([id])
    const facts = span.records.filter((anchor) => records.get(anchor).isFact)
    const others = span.records.filter((anchor) => !records.get(anchor).isFact)
    const items = facts.map(factButton)
    if (others.length > 0) items.push(make('span', 'Also names: ' + others.map((anchor) => records.get(anchor).label).join(', '), 'meta'))
    show('“' + span.quote + '” supports ' + facts.length + ' fact(s)', items)
  }

  // A piece of text may be in several spans: selecting it selects the narrowest, the most specific evidence there.
  const narrowest = (mark) =>
    spansOf(mark).map((id) => spans.get(id)).sort((a, b) => a.end - a.start - (b.end - b.start))[0].id

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-record], mark[data-spans], a[href^="#span-"]') : null
    if (target === null) return
    if (target.matches('[data-record]')) selectFact(target.dataset.record)
    else if (target.matches('mark')) selectSpan(narrowest(target))
    else selectSpan(target.getAttribute('href').slice(1))
  })
  document.addEventListener('keydown', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-spans]') : null
    if (mark === null || (event.key !== 'Enter' && event.key !== ' ')) return
    event.preventDefault()
    selectSpan(narrowest(mark))
  })
})()
`
