import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeWith, Meeting } from 'news-codecs'
import { everyOf, isObject, nonEmptyEveryOf } from '../src/generated/guards/shared.js'

// The guard modules share the record test and the loop over an array of records, so that a bundle of
// several models holds one copy of each, not one per model module.
const dir = fileURLToPath(new URL('../src/generated/guards/', import.meta.url))
const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'shared.ts')

const meeting = {
  id: 'meeting:1',
  participants: ['person:a', 'person:b'],
  channel: 'phone',
  evidence: [{ article: 'article:1', start: 0, end: 3, quote: 'met' }],
}

describe('the helpers the guard modules share', () => {
  it('no guard module writes its own loop over an array of records, nor its own record test', () => {
    for (const file of modules) {
      const source = readFileSync(`${dir}${file}`, 'utf8')
      expect(source, file).not.toMatch(/^function is(NonEmpty)?ArrayOf(Evidence|OutsideSource|Inference|SameAs)\(/m)
      expect(source, file).not.toContain(`typeof u !== 'object'`)
    }
    expect(readFileSync(`${dir}Meeting.ts`, 'utf8')).toContain('nonEmptyEveryOf(v, isEvidence)')
  })

  it('test records and arrays as the decoders do', () => {
    const isPositive = (u: unknown): boolean => typeof u === 'number' && u > 0
    expect([isObject({}), isObject([]), isObject(null), isObject('x')]).toEqual([true, false, false, false])
    expect([everyOf([], isPositive), everyOf([1, 2], isPositive), everyOf([1, -2], isPositive), everyOf({ length: 0 }, isPositive)]).toEqual([true, true, false, false])
    expect([nonEmptyEveryOf([], isPositive), nonEmptyEveryOf([1], isPositive)]).toEqual([false, true])
    // A hole reads as undefined, which no item guard accepts: the decoder reports it.
    expect(everyOf([1, , 2], isPositive)).toBe(false)
  })

  it('a meeting whose evidence holds a hole is rejected by its guard and reported by the decoder', () => {
    const sparse = { ...meeting, evidence: [meeting.evidence[0], , meeting.evidence[0]] }
    expect(decodeWith(Meeting)(meeting)._tag).toBe('Right')
    const result = decodeWith(Meeting)(sparse)
    expect(result._tag === 'Left' && result.left.map((issue) => [issue.path, issue.code])).toEqual([[['evidence', 1], 'missing']])
  })
})
