/**
 * Hostile input: prototype keys, deep nesting, huge strings and arrays, non-finite and negative-zero
 * numbers, lone surrogates, binary and invalid UTF-8 into the command line. Each gets a bounded result,
 * a rejection or an acceptance by design, and never a throw.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Issue, StandardSchemaV1 } from 'news-codecs'
import { Actor, Agreement, Edtf, Evidence, Graph, Identifier, Offset, Paragraph, decodeWith, formatIssues, standardSchema, validateGraph } from 'news-codecs'
import { DECODERS } from './support/arbitraries.js'
import { issuePathProblem } from './support/probe.js'
import { sampleGraphJson } from './support/sample.js'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** Decodes with every decoder and `validateGraph`; none may throw, and every issue must point into the input. */
const everyDecoder = (input: unknown): Array<readonly [string, ReadonlyArray<Issue> | 'valid']> =>
  [...Object.entries(DECODERS).map(([name, codec]) => [name, decodeWith(codec)] as const), ['validateGraph', validateGraph] as const].map(
    ([name, decode]) => {
      let result: ReturnType<typeof validateGraph>
      expect(() => (result = decode(input) as never), name).not.toThrow()
      if (result!._tag === 'Right') return [name, 'valid'] as const
      for (const issue of result!.left) {
        expect(issue.code, `${name}: ${issue.message}`).not.toBe('unprocessable')
        expect(issuePathProblem(input, issue), name).toBeUndefined()
        expect(issue.message.length, name).toBeLessThan(500)
      }
      return [name, result!.left] as const
    },
  )

const codesAt = (issues: ReadonlyArray<Issue>): Array<[string, string]> => issues.map((i) => [JSON.stringify(i.path), i.code])

describe('prototype keys', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort()
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Json).polluted).toBeUndefined()
    expect(({} as Json).kind).toBeUndefined()
  })

  it('are reported as unexpected keys at every depth, and pollute nothing', () => {
    const g = sampleGraphJson()
    const text = JSON.stringify(g)
      .replace('{"articles":', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"articles":')
      .replace('"kind":"person",', '"kind":"person","__proto__":{"kind":"state"},"prototype":1,')
      .replace('"start":0,', '"start":0,"__proto__":{"polluted":1},')
    const input = JSON.parse(text)
    const result = validateGraph(input)
    expect(JSON.stringify(input)).toBe(text) // the input is left as it was
    expect(result._tag).toBe('Left')
    if (result._tag === 'Right') return
    expect(codesAt(result.left)).toEqual([
      ['["actors",0,"posts",0,"evidence",0,"__proto__"]', 'unexpected_key'],
      ['["actors",0,"__proto__"]', 'unexpected_key'],
      ['["actors",0,"prototype"]', 'unexpected_key'],
      ['["__proto__"]', 'unexpected_key'],
      ['["constructor"]', 'unexpected_key'],
    ])
    expect(formatIssues(result.left)).toContain('\n__proto__: unexpected key "__proto__" (Graph does not define it)')
    everyDecoder(input)
  })

  it('as a tag are unknown tags, not inherited members', () => {
    for (const kind of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const result = decodeWith(Actor)(JSON.parse(`{"kind":${JSON.stringify(kind)},"id":"x","name":"X"}`))
      expect(result._tag === 'Left' && codesAt(result.left)).toEqual([['["kind"]', 'invalid_tag']])
    }
    // An own "__proto__" tag key, and an inherited "kind": neither counts as a tag.
    expect(decodeWith(Actor)(JSON.parse('{"__proto__":{"kind":"state"},"id":"x","name":"X"}'))._tag).toBe('Left')
    expect(Actor.is(Object.create({ kind: 'state', id: 'state:PT', name: 'Portugal', countryCode: 'PT' }))).toBe(false)
  })

  it('in identifier schemes are plain, unchecked schemes when decoding', () => {
    for (const scheme of ['__proto__', 'constructor', 'toString']) {
      expect(decodeWith(Identifier)(JSON.parse(`{"scheme":"${scheme}","value":"x"}`))._tag).toBe('Right')
    }
  })

  // Identifier.is looks schemes up by own keys only, so inherited names neither throw nor disagree with
  // decoding, alone or inside a model (where the compiled guard calls Identifier.is).
  it('Identifier.is agrees with decoding on inherited scheme names', () => {
    for (const scheme of Object.getOwnPropertyNames(Object.prototype)) {
      const identifier = JSON.parse(`{"scheme":${JSON.stringify(scheme)},"value":"x"}`)
      expect(Identifier.is(identifier), scheme).toBe(true)
      expect(Identifier.decode(identifier)._tag, scheme).toBe('Right')
      const person = { kind: 'person', id: 'person:x', name: 'X', identifiers: [identifier] }
      expect([Actor.is(person), decodeWith(Actor)(person)._tag, Actor.decode(person)._tag], scheme).toEqual([true, 'Right', 'Right'])
    }
  })
})

describe('hostile objects: throwing getters, traps and thrown values', () => {
  /** A thrown value that defeats every way of describing it: no prototype, a throwing toString, a throwing getPrototypeOf. */
  const undescribable = (): unknown[] => {
    const badMessage = new Error('hidden')
    Object.defineProperty(badMessage, 'message', { get: () => { throw badMessage } })
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    return [
      Object.create(null),
      { toString: () => { throw new Error('toString') }, valueOf: () => { throw new Error('valueOf') } },
      new Proxy({}, { getPrototypeOf: () => { throw new Error('getPrototypeOf') } }),
      new Proxy(new Error('x'), { get: () => { throw new Error('get') }, getPrototypeOf: () => { throw new Error('getPrototypeOf') } }),
      badMessage,
      revoked.proxy,
      Symbol('thrown'),
      undefined,
    ]
  }
  /**
   * Inputs that throw the given value when a decoder reads them, with the model whose validation (then whose
   * `~standard.validate`) surely meets the throw; `undefined` where it need not (an array Proxy is rejected as
   * an array without a read, and io-ts asks a Proxy for its own keys, not for its values).
   */
  const throwing = (thrown: unknown): Array<readonly [unknown, 'Graph' | 'Actor' | undefined, 'Graph' | 'Actor' | undefined]> => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    return [
      [{ get articles() { throw thrown } }, 'Graph', 'Graph'],
      [{ kind: 'person', id: 'person:x', get name() { throw thrown } }, 'Actor', 'Actor'],
      [new Proxy({}, { ownKeys: () => { throw thrown }, get: () => { throw thrown }, has: () => { throw thrown }, getOwnPropertyDescriptor: () => { throw thrown } }), 'Graph', 'Graph'],
      // No own keys to read: decoded as an empty record (every key missing), so it need not meet the throw.
      [new Proxy({}, { getPrototypeOf: () => { throw thrown }, get: () => { throw thrown } }), undefined, undefined],
      [new Proxy([], { get: () => { throw thrown } }), undefined, undefined],
      [revoked.proxy, 'Graph', 'Graph'],
    ]
  }
  const expectUnprocessable = (name: string, result: { _tag: string; left?: ReadonlyArray<Issue> }): void => {
    expect(result._tag, name).toBe('Left')
    for (const issue of result.left ?? []) {
      expect(typeof issue.message, name).toBe('string')
      expect(issue.message.length, name).toBeLessThan(500)
      expect(typeof issue.received, name).toBe('string')
    }
    expect(result.left?.some((i) => i.code === 'unprocessable' && i.path.length === 0), name).toBe(true)
  }

  it('validateGraph, decodeWith and ~standard.validate return an unprocessable issue instead of throwing', () => {
    const decoders = [
      ['validateGraph', validateGraph],
      ...Object.entries(DECODERS).map(([name, codec]) => [name, decodeWith(codec)] as const),
    ] as const
    for (const thrown of undescribable()) {
      for (const [input, reader, standardReader] of throwing(thrown)) {
        expect(() => validateGraph(input)).not.toThrow()
        if (reader === 'Actor') expectUnprocessable('Actor', decodeWith(Actor)(input) as never)
        if (reader === 'Graph') expectUnprocessable('validateGraph', validateGraph(input) as never)
        for (const [name, decode] of decoders) {
          let result: unknown
          expect(() => (result = decode(input)), name).not.toThrow()
          expect((result as { _tag: string })._tag, name).toBe('Left')
        }
        for (const [name, codec] of Object.entries(DECODERS)) {
          const standard = (codec as Partial<StandardSchemaV1>)['~standard'] ?? standardSchema(codec)['~standard']
          let result: unknown
          expect(() => (result = standard.validate(input)), name).not.toThrow()
          const issues = (result as StandardSchemaV1.FailureResult).issues
          expect(issues?.length, name).toBeGreaterThan(0)
          for (const issue of issues) expect(typeof issue.message, name).toBe('string')
        }
        if (standardReader !== undefined) {
          const standard = (standardReader === 'Actor' ? Actor : Graph)['~standard'].validate(input) as StandardSchemaV1.FailureResult
          expect(standard.issues.map((i) => (i as Issue).code)).toContain('unprocessable')
        }
      }
    }
  })

  it('the issue says what stopped the validator, escaped and short, when the thrown value can say it', () => {
    const result = validateGraph({ get articles() { throw new Error(`boom \u001b[2J${'x'.repeat(10_000)}`) } })
    expect(result._tag === 'Left' && result.left.map((i) => [i.code, i.path])).toEqual([['unprocessable', []]])
    if (result._tag === 'Right') return
    expect(result.left[0]!.message).toMatch(/^the input could not be examined: boom \\u001b\[2Jx+…$/)
    expect(result.left[0]!.message.length).toBeLessThan(300)
    const silent = validateGraph({ get articles() { throw Object.create(null) } })
    expect(silent._tag === 'Left' && silent.left[0]!.message).toBe('the input could not be examined: a value that cannot be described was thrown')
  })
})

describe('deep nesting (10^5 levels)', () => {
  const depth = 100_000
  const arrays = JSON.parse('['.repeat(depth) + ']'.repeat(depth))
  const objects = JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))

  it('at the root, is rejected by every decoder without a throw', () => {
    for (const input of [arrays, objects]) {
      for (const [name, outcome] of everyDecoder(input)) expect(outcome, name).not.toBe('valid')
    }
  })

  it('inside a model, is rejected where it sits', () => {
    const g = sampleGraphJson()
    g.actors[0].otherNames = arrays
    g.meetings[0].evidence[0] = objects
    g.articles[0].deep = objects
    const result = validateGraph(g)
    expect(result._tag === 'Left' && codesAt(result.left)).toEqual([
      ['["articles",0,"deep"]', 'unexpected_key'],
      ['["actors",0,"otherNames",0]', 'invalid_type'],
      ['["meetings",0,"evidence",0,"article"]', 'missing'],
      ['["meetings",0,"evidence",0,"start"]', 'missing'],
      ['["meetings",0,"evidence",0,"end"]', 'missing'],
      ['["meetings",0,"evidence",0,"quote"]', 'missing'],
      ['["meetings",0,"evidence",0,"a"]', 'unexpected_key'],
    ])
    everyDecoder(g)
  })
})

describe('huge input', () => {
  it('a 100 MB string is judged in bounded memory, as a value, a key and an article', () => {
    const huge = 'a'.repeat(100 * 1024 * 1024)
    // Issues show the start of a value; the whole of it is never quoted (copied) to do so.
    const stringify = vi.spyOn(JSON, 'stringify')
    const results = everyDecoder(huge)
    expect(Math.max(0, ...stringify.mock.calls.map(([v]) => (typeof v === 'string' ? v.length : 0)))).toBeLessThanOrEqual(40)
    stringify.mockRestore()
    // Long, trimmed, non-empty: a NonEmptyString and a NonEmptyText by design; nothing else.
    expect(results.filter(([, r]) => r === 'valid').map(([n]) => n)).toEqual(['NonEmptyString', 'NonEmptyText'])
    for (const [, r] of results) if (r !== 'valid') for (const i of r) expect(i.received.length).toBeLessThan(100)

    const g = sampleGraphJson()
    g.articles[0].text = huge
    g.articles[0][huge] = 1
    g.meetings[0].time.value = `${huge}/..`
    const result = validateGraph(g)
    expect(result._tag === 'Left' && result.left.map((i) => [i.path.length, i.code])).toEqual(
      expect.arrayContaining([[3, 'unexpected_key'], [4, 'invalid_value']]),
    )
    expect(result._tag === 'Left' && Math.max(...result.left.map((i) => i.message.length))).toBeLessThan(500)
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3)
  }, 60_000)

  it('an EDTF value of ten million slashes is one short issue', () => {
    const slashes = 'a/'.repeat(5_000_000)
    const result = decodeWith(Edtf)(slashes)
    expect(result._tag === 'Left' && result.left.map((i) => [i.code, i.message])).toEqual([
      ['invalid_value', `"${slashes.slice(0, 39)}… has more than one "/"`],
    ])
  })

  it('arrays of 10^6 elements: every bad element reported, good ones accepted', () => {
    const g = sampleGraphJson()
    g.actors[0].otherNames = Array.from({ length: 1_000_000 }, (_, i) => `name ${i}`)
    expect(validateGraph(g)._tag).toBe('Right')
    g.places = Array.from({ length: 1_000_000 }, () => null)
    const result = validateGraph(g)
    // One issue per bad place, then, in the same run, the meeting's place that no longer exists.
    expect(result._tag === 'Left' && result.left.length).toBe(1_000_001)
    expect(result._tag === 'Left' && result.left[999_999]!.path).toEqual(['places', 999_999])
    expect(result._tag === 'Left' && [result.left[1_000_000]!.path, result.left[1_000_000]!.code]).toEqual([['meetings', 0, 'place'], 'dangling_reference'])
  }, 60_000)
})

describe('numbers', () => {
  it('1e309 (Infinity once parsed) and -1e309 are not offsets or paragraph numbers', () => {
    const evidence = JSON.parse('{"article":"a:1","start":1e309,"end":-1e309,"quote":"x"}')
    expect(evidence.start).toBe(Infinity)
    const result = decodeWith(Evidence)(evidence)
    expect(result._tag === 'Left' && codesAt(result.left)).toEqual([['["start"]', 'invalid_value'], ['["end"]', 'invalid_value']])
    expect(decodeWith(Paragraph)(JSON.parse('{"id":"p:1","number":1e309}'))._tag).toBe('Left')
    expect(decodeWith(Offset)(2 ** 53)._tag).toBe('Left')
  })

  it('-0 is the offset 0, by design, and a span from -0 matches', () => {
    const g = sampleGraphJson()
    const e = g.actors[0].posts[0].evidence[0]
    expect(e.start).toBe(0)
    const input = JSON.parse(JSON.stringify(g).replace('"start":0,', '"start":-0,'))
    expect(Object.is(input.actors[0].posts[0].evidence[0].start, -0)).toBe(true)
    expect(validateGraph(input)._tag).toBe('Right')
  })

  it('NaN, and input that makes NaN in date arithmetic, give issues, not a throw', () => {
    expect(decodeWith(Offset)(Number.NaN)._tag).toBe('Left')
    expect(decodeWith(Paragraph)({ id: 'p:1', number: Number.NaN })._tag).toBe('Left')
    // A renewal term too long for Date: the term cannot reach the expiry, and says so.
    const evidence = [{ article: 'article:sample', start: 0, end: 7, quote: 'Foreign' }]
    const g = sampleGraphJson()
    g.agreements = [{ id: 'agreement:x', name: 'X', parties: [{ actor: 'state:PT', role: 'party' }], evidence, lifecycle: [
      { type: 'signed', time: { value: '2022-07' }, evidence },
      { type: 'renewed', time: { value: '2022-11' }, term: { value: 'P99999999999999999999Y', bound: 'exactly' }, evidence },
      { type: 'expires', time: { value: '2023-03' }, evidence },
    ] }]
    expect(decodeWith(Agreement)(g.agreements[0])._tag).toBe('Right')
    const result = validateGraph(g)
    expect(result._tag === 'Left' && codesAt(result.left)).toEqual([['["agreements",0,"lifecycle",1,"term","value"]', 'renewal_term_mismatch']])
  })

  it('bigint, symbol and function values are rejected, not thrown on', () => {
    for (const odd of [10n, Symbol('x'), () => 1, new Date(0), new Map(), Object.create(null)]) {
      const accepted = (results: ReturnType<typeof everyDecoder>) => results.filter(([, result]) => result === 'valid').map(([name]) => name)
      expect(accepted(everyDecoder(odd)), String(typeof odd)).toEqual([])
      expect(accepted(everyDecoder({ kind: odd, id: odd, scheme: odd })), String(typeof odd)).toEqual([])
    }
  })
})

describe('lone surrogates', () => {
  it('count as one code point each, in texts and in spans', () => {
    const g = sampleGraphJson()
    const a = g.articles[0]
    a.text = `\uD800 and \uDFFF, 😀 then \uD83D.`
    const input = JSON.parse(JSON.stringify(g).replace(/"start":\d+,"end":\d+,"quote":"[^"]*"/g, '"start":0,"end":1,"quote":"\\ud800"'))
    for (const statement of input.statements) if (statement.content.kind === 'quote') statement.content.text = '\uD800'
    expect(input.articles[0].text.charCodeAt(0)).toBe(0xd800)
    expect(validateGraph(input)._tag).toBe('Right')
    // Half of an astral pair is not the character: the span 11–12 is the whole emoji.
    const half = JSON.parse(JSON.stringify(input).replace('"start":0,"end":1,"quote":"\\ud800"', '"start":11,"end":12,"quote":"\\ud83d"'))
    const result = validateGraph(half)
    expect(result._tag === 'Left' && codesAt(result.left)).toEqual([['["actors",0,"posts",0,"evidence",0,"quote"]', 'quote_mismatch']])
    // A lone surrogate is a text of one code point (a name, too), and nothing else.
    expect(everyDecoder('\uDC00').filter(([, result]) => result === 'valid').map(([name]) => name)).toEqual(['NonEmptyString', 'NonEmptyText'])
  })
})

describe('binary and invalid UTF-8 into the command line', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  let dir: string
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'news-codecs-hostile-'))))

  it.each([
    ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
    ['invalid UTF-8 inside JSON', Buffer.concat([Buffer.from('{"articles":["'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"]}')])],
    ['a NUL byte', Buffer.from('{"articles":\u0000[]}')],
    ['empty', Buffer.alloc(0)],
  ])('%s: a short error and exit code, no stack trace', (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.bin`)
    writeFileSync(file, bytes)
    const result = spawnSync(process.execPath, [cli, 'summary', file], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status === 1 || result.status === 2).toBe(true)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stderr.length).toBeLessThan(2000)
  })
})
