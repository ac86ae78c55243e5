import { mkdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { evidenceInFact, indexGraph } from 'news-codecs'
import { canonicalGraph } from 'news-codecs/fixtures'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPage } from '../src/viewer/page.js'
import { findChromium, launchChromium } from './support/browser.js'
import { scratchDir } from './support/cli.js'

// The canonical fixture's page in headless Chromium: what a reader clicks and types, and what the page
// then lights and lists, checked against the graph itself (through the library's own index).
const chromium = findChromium()
if ('missing' in chromium) console.warn(`SKIPPED test/viewer.browser.test.ts: ${chromium.missing}`)

const article = canonicalGraph.articles[0]!
const points = Array.from(article.text)
const index = indexGraph(canonicalGraph)
/** Each fact's spans, from the library's index: [start, end] pairs in reading order. */
const spansOfFact = (id: string): ReadonlyArray<readonly [number, number]> => {
  const fact = index.facts.find((f) => f.record.id === id)!
  return evidenceInFact(fact)(index).map(({ evidence }) => [evidence.start, evidence.end] as const)
}
/** Overlapping or touching ranges joined, as the eye reads lit text. */
const joined = (ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out.at(-1)
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

interface MarkData { readonly start: number; readonly end: number; readonly text: string; readonly spans: ReadonlyArray<string>; readonly on: boolean }

describe.skipIf('missing' in chromium)('the evidence viewer in Chromium', () => {
  let browser: Browser
  let page: Page
  let url: string
  const requests: string[] = []
  const refused: string[] = []

  const marks = (): Promise<MarkData[]> =>
    page.$$eval('mark[data-spans]', (nodes) => nodes.map((node) => ({
      start: Number(node.getAttribute('data-start')),
      end: Number(node.getAttribute('data-end')),
      text: node.textContent ?? '',
      spans: (node.getAttribute('data-spans') ?? '').split(' '),
      on: node.classList.contains('on'),
    })))
  /** The lit text, as runs of adjacent lit pieces: [start, end, text]. */
  const litRuns = async (): Promise<Array<[number, number, string]>> => {
    const runs: Array<[number, number, string]> = []
    for (const mark of (await marks()).filter((m) => m.on)) {
      const last = runs.at(-1)
      if (last !== undefined && last[1] === mark.start) {
        last[1] = mark.end
        last[2] += mark.text
      } else runs.push([mark.start, mark.end, mark.text])
    }
    return runs
  }
  const embedded = async (): Promise<{ view: { spans: Array<{ id: string; start: number; end: number; records: string[] }>; records: Array<{ anchor: string; id?: string; isFact: boolean }> } }> =>
    JSON.parse(await page.$eval('#viewer-data', (node) => node.textContent ?? ''))

  beforeAll(async () => {
    if ('missing' in chromium) return
    const { write } = scratchDir('viewer')
    url = pathToFileURL(write('canonical.html', renderPage(canonicalGraph))).href
    browser = await launchChromium(chromium.path)
    page = await browser.newPage()
    await page.setViewport({ width: 1200, height: 800 })
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      const target = request.url()
      requests.push(target)
      if (target === url || target.startsWith('data:')) void request.continue()
      else {
        refused.push(target)
        void request.abort()
      }
    })
    await page.goto(url, { waitUntil: 'load' })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('selecting a fact lights exactly its evidence quotes', async () => {
    const id = 'meeting:blinken-lavrov-2023-03-02'
    const { view } = await embedded()
    const anchor = view.records.find((r) => r.id === id)!.anchor
    await page.click(`button.fact[data-record="${anchor}"]`)
    const expected = joined(spansOfFact(id)).map(([start, end]) => [start, end, points.slice(start, end).join('')])
    expect(await litRuns()).toEqual(expected)
    // Its spans (its own and those of what it conveyed) are apart from each other: the lit runs are its quotes.
    const fact = index.facts.find((f) => f.record.id === id)!
    const quotes = evidenceInFact(fact)(index).map(({ evidence }) => evidence).sort((a, b) => a.start - b.start).map((e) => e.quote)
    expect(quotes.length).toBeGreaterThan(3)
    expect((await litRuns()).map((run) => run[2])).toEqual(quotes)
    expect(await page.$eval(`button.fact[data-record="${anchor}"]`, (node) => node.getAttribute('aria-pressed'))).toBe('true')
  })

  it('selecting a span lists the facts that cite it', async () => {
    const { view } = await embedded()
    const ids = new Map(view.records.map((r) => [r.anchor, r.id]))
    const all = await marks()
    const width = new Map(view.spans.map((s) => [s.id, s.end - s.start]))
    const narrowest = (mark: MarkData): string => [...mark.spans].sort((a, b) => width.get(a)! - width.get(b)!)[0]!
    // A span more than one fact cites, and a piece of text where it is the narrowest span.
    const target = view.spans.find((s) => s.records.filter((a) => view.records.find((r) => r.anchor === a)!.isFact).length >= 2 &&
      all.some((m) => narrowest(m) === s.id))!
    const markIndex = all.findIndex((m) => narrowest(m) === target.id)
    await page.evaluate(`document.querySelectorAll('mark[data-spans]')[${markIndex}].scrollIntoView({ block: 'center' })`)
    const handles = await page.$$('mark[data-spans]')
    await handles[markIndex]!.click()
    const listed = await page.$$eval('#details button[data-record]', (nodes) => nodes.map((node) => node.getAttribute('data-record') ?? ''))
    const citing = index.facts
      .filter((fact) => evidenceInFact(fact)(index).some(({ evidence }) => evidence.start === target.start && evidence.end === target.end))
      .map((fact) => fact.record.id)
    expect(citing.length).toBeGreaterThanOrEqual(2)
    expect(listed.map((anchor) => ids.get(anchor))).toEqual(citing)
    expect((await litRuns()).map((run) => run.slice(0, 2))).toEqual([[target.start, target.end]])
  })

  it('works by keyboard: Tab to a fact, Enter selects it', async () => {
    await page.reload({ waitUntil: 'load' })
    let onFact = false
    for (let i = 0; i < 40 && !onFact; i++) {
      await page.keyboard.press('Tab')
      onFact = (await page.evaluate('document.activeElement?.matches("button.fact") ?? false')) === true
    }
    expect(onFact).toBe(true)
    const anchor = String(await page.evaluate('document.activeElement.dataset.record'))
    await page.keyboard.press('Enter')
    expect(await page.$eval(`button.fact[data-record="${anchor}"]`, (node) => node.getAttribute('aria-pressed'))).toBe('true')
    expect((await litRuns()).length).toBeGreaterThan(0)
    // The focus ring is drawn: an outline on the focused button.
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid')
    mkdirSync('test-results', { recursive: true })
    await page.evaluate('window.scrollTo(0, 0)')
    await page.screenshot({ path: 'test-results/viewer-canonical.png' })
  })

  it('prints without its interactive parts, highlights kept', async () => {
    await page.emulateMediaType('print')
    // Code run in the page is given as text: this file's types are Node's, not the browser's.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('#details')).display`)).toBe('none')
    expect(await page.evaluate(`getComputedStyle(document.querySelector('mark[data-spans]:not(.mention)')).backgroundColor`)).not.toBe('rgba(0, 0, 0, 0)')
    await page.emulateMediaType('screen')
  })

  it('makes no network request: only its own file is loaded', () => {
    expect(requests).toContain(url)
    expect(refused).toEqual([])
  })
})


describe.skipIf('missing' in chromium)('an invalid graph with hostile names, in Chromium', () => {
  let browser: Browser
  let page: Page
  const dialogs: string[] = []

  beforeAll(async () => {
    if ('missing' in chromium) return
    const graph = structuredClone(canonicalGraph) as unknown as { actors: Array<{ name: string }>; meetings: Array<{ evidence: Array<{ quote: string }> }> }
    graph.actors[0]!.name = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    graph.meetings[0]!.evidence[0]!.quote = 'not what the text says'
    const { write } = scratchDir('viewer-invalid')
    browser = await launchChromium(chromium.path)
    page = await browser.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(pathToFileURL(write('invalid.html', renderPage(graph))).href, { waitUntil: 'load' })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('runs no script from the graph and shows the names as text', async () => {
    expect(dialogs).toEqual([])
    expect(await page.$$eval('#actors strong', (nodes) => nodes.map((node) => node.textContent))).toContain('</script><script>alert(1)</script><img src=x onerror=alert(2)>')
    expect(await page.$$('img')).toHaveLength(0)
  })

  it('links an issue about a quote to its span, and selects it', async () => {
    const link = await page.$('#issues a[href^="#span-"]')
    expect(link).not.toBeNull()
    await link!.click()
    const lit = await page.$$eval('mark.on', (nodes) => nodes.map((node) => node.textContent ?? '').join(''))
    expect(lit).toBe(Array.from(canonicalGraph.articles[0]!.text).slice(0, 90).join(''))
  })
})
