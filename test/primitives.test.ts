import { describe, expect, it } from 'vitest'
import type * as t from 'io-ts'
import {
  CountryCode,
  decodeWith,
  Id,
  Identifier,
  IsoDate,
  IsoDuration,
  LanguageTag,
  NonEmptyString,
  NonEmptyText,
  Offset,
  Url,
  WikidataId,
} from 'news-codecs'

const accepts = (codec: t.Type<any, any, unknown>, values: unknown[]): void => {
  for (const value of values) expect(decodeWith(codec)(value), `${codec.name} should accept ${JSON.stringify(value)}`).toEqual({ _tag: 'Right', right: value })
}
const rejects = (codec: t.Type<any, any, unknown>, values: unknown[], code: string): void => {
  for (const value of values) {
    const result = decodeWith(codec)(value)
    expect(result._tag, `${codec.name} should reject ${JSON.stringify(value)}`).toBe('Left')
    if (result._tag === 'Left') {
      expect(result.left).toHaveLength(1)
      expect(result.left[0]!.code).toBe(code)
      expect(result.left[0]!.path).toEqual([])
      expect(codec.is(value)).toBe(false)
    }
  }
}

describe('IsoDate', () => {
  it('accepts real calendar dates, leap days included', () => accepts(IsoDate, ['2023-03-02', '2024-02-29', '2000-02-29', '0001-01-01']))
  it('rejects "1", impossible days and loose forms', () =>
    rejects(IsoDate, ['1', '2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-2-3', '2023-03-02T00:00', ' 2023-03-02'], 'invalid_value'))
  it('rejects non-strings as invalid_type', () => rejects(IsoDate, [20230302, null, new Date()], 'invalid_type'))
})

describe('NonEmptyString', () => {
  it('accepts trimmed text', () => accepts(NonEmptyString, ['Lavrov', 'a b', 'Qin Gang 秦刚']))
  it('rejects empty and padded text', () => rejects(NonEmptyString, ['', ' ', ' x', 'x\n'], 'invalid_value'))
})

describe('NonEmptyText', () => {
  it('keeps white space exactly', () => accepts(NonEmptyText, [' x ', '\n']))
  it('rejects the empty string', () => rejects(NonEmptyText, [''], 'invalid_value'))
})

describe('Id', () => {
  it('accepts ids with kind prefixes', () => accepts(Id, ['person:antony-blinken', 'state:US', 'doc:x#p3', 'a']))
  it('rejects spaces, leading punctuation and overlong ids', () => rejects(Id, ['a b', ':x', '', 'x'.repeat(201)], 'invalid_value'))
})

describe('CountryCode', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes', () => accepts(CountryCode, ['US', 'RU', 'IN', 'CN', 'UA', 'TR', 'SE', 'DK', 'DE']))
  it('rejects unassigned, lower-case and alpha-3 codes', () => rejects(CountryCode, ['XX', 'us', 'USA', 'UK', 'EU'], 'invalid_value'))
})

describe('WikidataId', () => {
  it('accepts item ids', () => accepts(WikidataId, ['Q30', 'Q159', 'Q7747']))
  it('rejects other forms', () => rejects(WikidataId, ['Q0', 'Q030', 'q30', 'P31', '30'], 'invalid_value'))
})

describe('Identifier', () => {
  it('accepts checked and free schemes', () =>
    accepts(Identifier, [{ scheme: 'wikidata', value: 'Q30' }, { scheme: 'iso3166-1', value: 'US' }, { scheme: 'gdelt', value: 'USA' }]))
  it('checks the value of a known scheme, with a path to it', () => {
    const result = decodeWith(Identifier)({ scheme: 'wikidata', value: 'United States' })
    expect(result._tag === 'Left' && result.left.map((i) => [i.path, i.code])).toEqual([[['value'], 'invalid_value']])
  })
  it('does not treat inherited names as schemes', () => accepts(Identifier, [{ scheme: 'constructor', value: 'x' }]))
})

describe('LanguageTag, Url, IsoDuration, Offset', () => {
  it('accept good values', () => {
    accepts(LanguageTag, ['en', 'fr', 'pt-BR', 'zh-Hant-TW'])
    accepts(Url, ['https://example.org/a?b=c', 'http://x.test'])
    accepts(IsoDuration, ['PT10M', 'P4M', 'P1Y2M3DT4H5M6.5S', 'P2W'])
    accepts(Offset, [0, 12])
  })
  it('reject bad ones', () => {
    rejects(LanguageTag, ['English', 'EN', 'en_US'], 'invalid_value')
    rejects(Url, ['example.org', 'javascript:alert(1)', 'ftp://x.test'], 'invalid_value')
    rejects(IsoDuration, ['P', 'PT', '10M', 'P1.5M', 'PT10'], 'invalid_value')
    rejects(Offset, [-1, 1.5, Number.NaN, Infinity], 'invalid_value')
    rejects(Offset, ['3'], 'invalid_type')
  })
})
