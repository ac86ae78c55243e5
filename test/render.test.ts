import { readFileSync } from 'node:fs'
import { canonicalGraph } from 'news-codecs/fixtures'
import { describeAct, describeFact } from 'news-codecs'
import { describe, expect, it } from 'vitest'
import { escapeHtml, scriptJson } from '../src/viewer/html.js'
import { renderPage } from '../src/viewer/page.js'
import { TEXT_COLOURS } from '../src/viewer/style.js'
import { scaleOf, timelineRows } from '../src/viewer/timeline.js'
import { piecesOf, viewOf } from '../src/viewer/View.js'
import { expectOneLine, runCli, scratchDir } from './support/cli.js'

// The viewer's page as HTML: one file that needs nothing else, in which the graph's text is only ever text.
const copy = <A>(value: A): A => structuredClone(value) as A
const dataOf = (html: string): unknown => JSON.parse(/<script type="application\/json" id="viewer-data">([\s\S]*?)<\/script>/.exec(html)![1]!)

describe('the page is self-contained', () => {
  const html = renderPage(canonicalGraph)

  it('loads nothing: no src or href to another place, no stylesheet link, one inline style and script', () => {
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i)
    expect(html).not.toMatch(/\bsrc\s*=/i)
    expect([...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]!).filter((href) => !href.startsWith('#'))).toEqual([])
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/@import|url\(/i)
    expect(html.match(/<style>/g)).toHaveLength(1)
    expect(html.match(/<script\b/g)).toHaveLength(2)
  })

  it('embeds the graph as JSON that parses back to it', () => {
    expect((dataOf(html) as { graph: unknown }).graph).toEqual(JSON.parse(JSON.stringify(canonicalGraph)))
  })

  it('shows the text once, whole, in its pieces', () => {
    const text = canonicalGraph.articles[0]!.text
    const shown = /<div class="article-text" id="text">([\s\S]*?)<\/div>/.exec(html)![1]!
      .replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!)
    expect(shown).toBe(text)
  })

  it('has a print stylesheet that hides the interactive parts and keeps the highlights', () => {
    const print = /@media print \{([\s\S]*)\}\s*$/.exec(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!.trim())![1]!
    expect(print).toMatch(/\.details[^{]*\{ display: none; \}/)
    expect(print).toMatch(/print-color-adjust: exact/)
    expect(print).toMatch(/mark, mark\.on \{[^}]*background/)
  })
})

describe('untrusted text stays text', () => {
  const hostile = copy(canonicalGraph) as unknown as { actors: Array<{ name: string }>; events: Array<{ name: string }>; articles: Array<{ headline?: string }> }
  hostile.actors[0]!.name = '</script><script>alert(1)</script>'
  hostile.events[0]!.name = '<img src=x onerror=alert(2)> & "quoted" \u2028 line'
  hostile.articles[0]!.headline = '<script>alert(3)</script>'
  const html = renderPage(hostile)

  it('escapes names in the markup and in the embedded JSON', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(2)
    expect(html.match(/<\/script/gi)).toHaveLength(2)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    const block = /id="viewer-data">([\s\S]*?)<\/script>/.exec(html)![1]!
    expect(block).not.toMatch(/[<\u2028\u2029]/)
    expect((dataOf(html) as { graph: unknown }).graph).toEqual(hostile)
  })

  it('escapeHtml and scriptJson leave nothing that could end an element', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    const json = scriptJson({ s: '</script><!-- \u2028\u2029 &' })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({ s: '</script><!-- \u2028\u2029 &' })
  })
})

describe('overlapping spans', () => {
  it('cut the text at every boundary; each piece knows the spans covering it', () => {
    // Code points: the emoji counts once, as evidence offsets do.
    const pieces = piecesOf('ab😀cdef', [{ id: 'a', start: 0, end: 4 }, { id: 'b', start: 2, end: 6 }, { id: 'c', start: 3, end: 4 }])
    expect(pieces.map((p) => [p.text, p.spans])).toEqual([
      ['ab', ['a']], ['😀', ['a', 'b']], ['c', ['a', 'b', 'c']], ['de', ['b']], ['f', []],
    ])
  })

  it('a span past the end of the text is not drawn', () => {
    expect(piecesOf('abc', [{ id: 'a', start: 1, end: 9 }]).map((p) => p.spans)).toEqual([[]])
  })
})

describe('the timeline', () => {
  const rowsOf = (value: string) => timelineRows({}, [{ collection: 'events', index: 0, anchor: 'record-events-0', record: { id: 'event:x', name: 'X', time: { value } } }])

  it('gives a month its month, a year its year, from the library’s reading of EDTF', () => {
    const [month] = rowsOf('2022-07')
    expect([month!.start, month!.end]).toEqual([Date.UTC(2022, 6, 1), Date.UTC(2022, 7, 1)])
    expect(month!.precision).toBe('month')
    const [year] = rowsOf('2022')
    expect([year!.start, year!.end]).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)])
  })

  it('marks qualifiers and open ends, and draws an open end to the edge of the scale', () => {
    const [open] = rowsOf('2022-11~/..')
    expect(open).toMatchObject({ approximate: true, end: undefined })
    const html = renderPage({ ...copy(canonicalGraph), events: [{ ...canonicalGraph.events[0]!, time: { value: '2022-11~/..' } }] })
    expect(html).toContain('~ approximate, open end')
    expect(html).toMatch(/class="bar approximate open-end"/)
    const scale = scaleOf(open === undefined ? [] : [open])!
    const place = scale.place(open!)
    expect(place.left + place.width).toBeCloseTo(100)
  })

  it('marks years on a long scale and months on a short one', () => {
    const years = scaleOf([...rowsOf('2019'), ...rowsOf('2023-03')])!.ticks.map((t) => t.label)
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023'])
    const months = scaleOf([...rowsOf('2022-02-24'), ...rowsOf('2022-05-01')])!.ticks.map((t) => t.label)
    expect(months).toEqual(['2022-03', '2022-04', '2022-05'])
  })

  it('lists the canonical graph’s dated facts oldest first, a lifecycle act by its type', () => {
    const rows = viewOf(canonicalGraph).timeline
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.map((r) => r.start ?? -Infinity)).toEqual([...rows.map((r) => r.start ?? -Infinity)].sort((a, b) => a - b))
    // An agreement's act is labelled by its own sentence.
    const grain = canonicalGraph.agreements[0]!
    expect(rows.map((r) => r.label)).toContain(describeAct(canonicalGraph)(grain, grain.lifecycle[0]!))
    expect(rows.map((r) => r.label)).toContain(describeFact(canonicalGraph)(canonicalGraph.meetings[0]!.id))
  })
})

describe('an invalid graph', () => {
  const broken = copy(canonicalGraph) as unknown as { meetings: Array<{ evidence: Array<{ quote: string }> }>; actors: Array<Record<string, unknown>> }
  broken.meetings[0]!.evidence[0]!.quote = 'US Secretary of State Antony Blinken met at length'
  delete broken.actors[2]!['name']
  const view = viewOf(broken)
  const html = renderPage(broken)

  it('still shows its text, facts and actors', () => {
    expect(view.valid).toBe(false)
    expect(view.records.filter((r) => r.isFact).length).toBe(viewOf(canonicalGraph).records.filter((r) => r.isFact).length)
    expect(html).toContain('Antony Blinken')
  })

  it('lists its issues, each linked to its span in the text or to its record', () => {
    const quote = view.issues.find((issue) => issue.path === 'meetings[0].evidence[0].quote')!
    const span = view.spans.find((s) => s.start === 0 && s.end === 90)!
    expect(quote.href).toBe(`#${span.id}`)
    expect(html).toContain(`id="${span.id}"`)
    const name = view.issues.find((issue) => issue.path === 'actors[2].name')!
    expect(name.href).toBe('#record-actors-2')
    expect(html).toContain('id="record-actors-2"')
    expect(html).toMatch(/This graph is not valid: \d+ issues/)
    for (const issue of view.issues) expect(html).toContain(escapeHtml(issue.message))
  })

  it('renders from anything JSON, even what is not a graph', () => {
    expect(viewOf([1, 2]).issues.length).toBeGreaterThan(0)
    expect(renderPage('text')).toMatch(/^<!doctype html>/)
  })
})

describe('colours', () => {
  // WCAG 2.x relative luminance and contrast ratio.
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi! + 0.05) / (lo! + 0.05)
  }

  it.each(TEXT_COLOURS)('%s: %s on %s is at least 4.5:1 (WCAG AA)', (_what, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
  })

  it('the contrast check fails a pale pair', () => {
    expect(contrast('#999999', '#ffffff')).toBeLessThan(4.5)
  })
})

describe('news-codecs render', () => {
  const { write, dir } = scratchDir('render')
  const graph = write('story.graph.json', JSON.stringify(canonicalGraph))
  const invalid = write('broken.graph.json', JSON.stringify({ ...canonicalGraph, meetings: 'none' }))

  it('writes the page to stdout, exit 0 for a valid graph', () => {
    const run = runCli(['render', graph])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<!doctype html>/)
    expect(run.stderr).toBe('')
  })

  it('writes the page to --out, and reads stdin for -', () => {
    const out = `${dir}/story.html`
    const run = runCli(['render', '-', '--out', out], JSON.stringify(canonicalGraph))
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(renderPage(canonicalGraph))
  })

  it('renders an invalid graph all the same, exit 1, the count of issues on stderr', () => {
    const out = `${dir}/broken.html`
    const run = runCli(['render', invalid, '--out', out])
    expect(run.status).toBe(1)
    expectOneLine(run.stderr)
    expect(run.stderr).toMatch(/broken\.graph\.json: \d+ issue\(s\), listed in the page/)
    expect(readFileSync(out, 'utf8')).toContain('This graph is not valid')
  })

  it('exit 2 for input that is not JSON, a missing file, or a usage mistake, in one line', () => {
    for (const args of [['render', write('bad.json', '{ nope')], ['render', `${dir}/missing.json`], ['render'], ['render', graph, graph], ['render', graph, '--format', 'json']]) {
      const run = runCli(args)
      expect(run.status, args.join(' ')).toBe(2)
      expectOneLine(run.stderr)
    }
  })

  it('has its own --help, and the main help names it', () => {
    const help = runCli(['render', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('news-codecs render FILE [--out story.html]')
    expect(runCli(['--help']).stdout).toMatch(/^ {2}render FILE /m)
  })
})
