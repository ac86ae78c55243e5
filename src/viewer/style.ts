/**
 * The page's stylesheet: readable colours (each text colour on its background at a WCAG AA contrast of at
 * least 4.5:1, checked by the tests from {@link TEXT_COLOURS}), a visible focus ring, and a print layout
 * without the interactive parts that keeps the highlights.
 *
 * @module
 */

/** The colours of the page, by use. */
export const COLOURS = {
  ink: '#1b1b1b',
  paper: '#ffffff',
  muted: '#545454',
  accent: '#1a4a96',
  card: '#f4f5f7',
  cited: '#fff0a3',
  overlap: '#ffd45c',
  selected: '#1a4a96',
  selectedInk: '#ffffff',
  issue: '#fdecec',
  issueInk: '#8a1717',
  focus: '#1b1b1b',
} as const

/** Every pair of text colour and background colour the page uses: [what, text, background]. */
export const TEXT_COLOURS: ReadonlyArray<readonly [string, string, string]> = [
  ['body text', COLOURS.ink, COLOURS.paper],
  ['secondary text', COLOURS.muted, COLOURS.paper],
  ['secondary text on a card', COLOURS.muted, COLOURS.card],
  ['links and headings', COLOURS.accent, COLOURS.paper],
  ['fact buttons', COLOURS.ink, COLOURS.card],
  ['cited text', COLOURS.ink, COLOURS.cited],
  ['text cited more than once', COLOURS.ink, COLOURS.overlap],
  ['selected text', COLOURS.selectedInk, COLOURS.selected],
  ['issues', COLOURS.issueInk, COLOURS.issue],
  ['timeline labels on the bar track', COLOURS.ink, COLOURS.card],
]

const c = COLOURS

/** The stylesheet, inlined in the page's `<style>`. */
export const STYLESHEET = `
:root { color: ${c.ink}; background: ${c.paper}; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.2rem; color: ${c.accent}; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: ${c.accent}; }
code { font-size: .85em; }
.meta, .hint { color: ${c.muted}; font-size: .85rem; }
.skip-link { position: absolute; left: -100vw; }
.skip-link:focus { position: static; }
:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; box-shadow: 0 0 0 2px ${c.paper}; }
.layout { display: grid; grid-template-columns: minmax(16rem, 1fr) 2fr; gap: 2rem; align-items: start; }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-right: .25rem; }
ul.cards { list-style: none; padding: 0; margin: 0; }
.card { background: ${c.card}; border-radius: 4px; padding: .4rem .6rem; margin: .35rem 0; }
button.fact, button.fact-link { font: inherit; text-align: left; color: ${c.ink}; background: ${c.card}; border: 1px solid ${c.muted}; border-radius: 4px; padding: .2rem .45rem; cursor: pointer; }
button.fact[aria-pressed="true"] { background: ${c.selected}; color: ${c.selectedInk}; }
.tag { font-size: .8rem; border: 1px solid ${c.muted}; border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; }
.details { border-left: 4px solid ${c.accent}; padding: .2rem .8rem; margin-top: 1rem; }
.details blockquote { margin: .3rem 0; }
.article-text { white-space: pre-wrap; font-size: 1.05rem; line-height: 1.75; }
mark { color: ${c.ink}; background: ${c.cited}; border-bottom: 2px solid ${c.muted}; cursor: pointer; padding: 0; }
mark.overlap { background: ${c.overlap}; }
mark.mention { background: none; border-bottom: 2px dotted ${c.muted}; }
mark.on { color: ${c.selectedInk}; background: ${c.selected}; }
.issues { background: ${c.issue}; color: ${c.issueInk}; padding: .5rem 1rem; border-radius: 4px; }
.issues a, .issues h2 { color: ${c.issueInk}; }
.timeline { list-style: none; padding: 0; }
.timeline-scale, .timeline li { display: grid; grid-template-columns: minmax(14rem, 2fr) 3fr; gap: .75rem; align-items: center; margin: .3rem 0; }
.track { position: relative; height: 1.1rem; background: ${c.card}; border-radius: 3px; }
.bar { position: absolute; top: .15rem; bottom: .15rem; background: ${c.accent}; border-radius: 2px; min-width: 3px; }
.bar.approximate { background: repeating-linear-gradient(90deg, ${c.accent} 0 6px, transparent 6px 9px); }
.bar.uncertain { outline: 2px dashed ${c.accent}; outline-offset: 1px; }
.bar.open-start { background: linear-gradient(to right, transparent, ${c.accent} 70%); }
.bar.open-end { background: linear-gradient(to left, transparent, ${c.accent} 70%); }
.bar.open-start.open-end { background: linear-gradient(to right, transparent, ${c.accent} 30%, ${c.accent} 70%, transparent); }
.years { position: relative; height: 1.2rem; font-size: .75rem; color: ${c.muted}; }
.years span { position: absolute; transform: translateX(-50%); }
.stances dt { font-weight: 600; }
.stances dd { margin: 0 0 .4rem 1rem; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } .side { position: static; max-height: none; } }
@media print {
  :root { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  .skip-link, .hint, .details { display: none; }
  .layout { display: block; }
  .side { position: static; max-height: none; overflow: visible; }
  button.fact, button.fact-link { border: none; background: none; padding: 0; color: ${c.ink}; }
  button.fact[aria-pressed="true"] { background: none; color: ${c.ink}; }
  mark, mark.on { color: ${c.ink}; background: ${c.cited}; border-bottom: 2px solid ${c.ink}; }
  mark.overlap { background: ${c.overlap}; }
  mark.mention { background: none; border-bottom: 2px dotted ${c.ink}; }
  mark, .bar, .track { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, .card, .timeline li { break-inside: avoid; }
}
`
