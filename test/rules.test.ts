import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyRules, ISSUE_CODES, isIssueCode, RULES, validateGraph, validateGraphReport } from 'news-codecs'
import { issuesOfExample } from '../scripts/rules-doc.js'
import { sampleGraphJson } from './support/sample.js'

describe('the rule catalogue', () => {
  it.each(ISSUE_CODES)('%s: its example fails with its code', (code) => {
    const { example } = RULES[code]
    if ('note' in example) {
      expect(['unprocessable', 'merge_conflict']).toContain(code)
      return
    }
    expect(issuesOfExample(example.model, example.input).map((issue) => issue.code)).toContain(code)
  })

  it('docs/rules.md has a section for every code', () => {
    const page = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
    for (const code of ISSUE_CODES) expect(page, code).toContain(`## \`${code}\``)
  })

  it('names its codes, and no others', () => {
    expect(isIssueCode('dangling_reference')).toBe(true)
    expect(isIssueCode('constructor')).toBe(false)
  })
})

describe('rule settings', () => {
  // A graph with one quote that differs from the article and one dangling reference.
  const broken = (): unknown => {
    const graph = sampleGraphJson()
    graph.meetings[0].evidence[0].quote = 'not the article'
    graph.meetings[0].place = 'place:nowhere'
    return graph
  }

  it('off drops a rule, warn makes it a warning, error keeps it', () => {
    const both = validateGraph(broken())
    expect(both._tag === 'Left' && both.left.map((i) => i.code)).toEqual(['quote_mismatch', 'dangling_reference'])
    const one = validateGraph(broken(), { rules: { quote_mismatch: 'off' } })
    expect(one._tag === 'Left' && one.left.map((i) => i.code)).toEqual(['dangling_reference'])
    const none = validateGraph(broken(), { rules: { quote_mismatch: 'off', dangling_reference: 'warn' } })
    expect(none._tag).toBe('Right')
    const kept = validateGraph(broken(), { rules: { quote_mismatch: 'error' } })
    expect(kept._tag === 'Left' && kept.left.length).toBe(2)
  })

  it('validateGraphReport returns the warnings beside the result, marked as such', () => {
    const { result, warnings } = validateGraphReport(broken(), { rules: { quote_mismatch: 'warn', dangling_reference: 'warn' } })
    expect(result._tag).toBe('Right')
    expect(warnings.map((i) => [i.code, i.severity])).toEqual([['quote_mismatch', 'warning'], ['dangling_reference', 'warning']])
    // Without settings, nothing is a warning.
    expect(validateGraphReport(broken()).warnings).toEqual([])
  })

  it('applyRules leaves issues of codes it is not told about at their own severity', () => {
    const issue = { path: [], code: 'missing' as const, expected: 'x', received: 'missing', message: 'm' }
    expect(applyRules({ quote_mismatch: 'off' })([issue])).toEqual({ errors: [issue], warnings: [] })
  })
})
