import { describe, expect, it } from 'vitest'
import type * as t from 'io-ts'
import {
  CountryCode,
  decodeWith,
  Paragraph,
  ParagraphNumber,
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
  it('accepts trimmed text', () => accepts(NonEmptyString, ['Lavrov', 'a b', 'Qin Gang 秦刚', 'ا\u200fب', 'e\u0301', '😀 🇵🇹', 'a\u00a0b']))
  it('rejects empty and padded text', () => rejects(NonEmptyString, ['', ' ', ' x', 'x\n'], 'invalid_value'))
  it('rejects control characters and bidi overrides: names, titles and labels hold none', () =>
    rejects(NonEmptyString, [
      'Lavrov\u001b[2J', 'a\u0000b', 'a\tb', 'a\nb', 'a\rb', 'a\u007fb', 'a\u0085b', 'a\u009bb', 'a\u2028b', 'a\u2029b',
      'abc\u202efed', 'a\u202ab', 'a\u202db', '\u2066x\u2069', 'a\u2067b', 'a\u2068b',
    ], 'invalid_value'))
  it('says which character, escaped', () => {
    const result = decodeWith(NonEmptyString)('Lavrov\u001b[2J')
    expect(result._tag === 'Left' && result.left[0]!.message).toBe('"Lavrov\\u001b[2J" holds the control character U+001B')
    const bidi = decodeWith(NonEmptyString)('abc\u202efed')
    expect(bidi._tag === 'Left' && bidi.left[0]!.message).toBe('"abc\\u202efed" holds the bidi control character U+202E')
  })
})

describe('NonEmptyText', () => {
  it('keeps white space exactly', () => accepts(NonEmptyText, [' x ', '\n']))
  it('keeps control and bidi characters exactly: article text and quotes are the source as given', () =>
    accepts(NonEmptyText, ['a\u001b[2Jb', '\u0000', 'abc\u202efed', '\u2066x\u2069', '\t\r\n\u0085']))
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
  it('rejects control and bidi characters in schemes and values', () => {
    for (const value of [{ scheme: 'gdelt\u001b', value: 'x' }, { scheme: 'gdelt', value: 'U\u202eSA' }]) {
      expect(decodeWith(Identifier)(value)._tag).toBe('Left')
      expect(Identifier.is(value)).toBe(false)
    }
  })
})

describe('Url', () => {
  it('accepts URLs written as the WHATWG parser writes them, modulo the documented normalisation', () =>
    accepts(Url, [
      'https://example.org/', 'http://example.org', 'HTTPS://EXAMPLE.ORG/Path', 'https://example.org?q=1', 'https://example.org#top',
      'https://example.org/a/b?c=d&e=f#g', "https://example.org/?q='x'", 'https://example.org/caf%C3%A9', 'https://example.org/café',
      'https://user:pass@example.org:8443/x', 'http://[2001:db8::1]/', 'http://192.0.2.1/', 'https://xn--bcher-kva.de/',
      'https://example.org/a%2Fb', 'https://example.org/{x}|^`',
    ]))
  it('rejects strings the parser has to repair: white space, controls, backslashes, missing or extra slashes', () =>
    rejects(Url, [
      ' https://example.org', 'https://example.org ', '\u0000https://example.org/', 'https://example.org/\u0000', 'ht\ntps://exa\tmple.org',
      'https://exa\tmple.org/', 'https:\\\\example.org', 'https://example.org\\a', 'https:example.org', 'https:/example.org',
      'https:///example.org', 'https://example.org/a b', 'https://example.org/\u200b\u00a0', 'https://example.org/\u0085',
    ], 'invalid_value'))
  it('rejects strings the parser serializes differently: dot segments, default ports, other host forms', () =>
    rejects(Url, [
      'https://example.org/a/../b', 'https://example.org/./a', 'https://example.org/%2e%2e/a', 'https://example.org:443/', 'http://example.org:80/',
      'https://example.org:/', 'http://0x7f.1/', 'http://127.1/', 'https://ex%41mple.org/', 'https://bücher.de/', 'https://example。org/',
      'http://[2001:db8:0:0::1]/', 'https://example.org/\ud800',
    ], 'invalid_value'))
  it('still rejects what is not an absolute http(s) URL', () =>
    rejects(Url, ['example.org', 'javascript:alert(1)', 'ftp://x.test', 'http://', 'https://x:99999/', 'mailto:a@b.c'], 'invalid_value'))
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

describe('ParagraphNumber', () => {
  it('is a whole number from 1: 0, negatives, fractions and Infinity are not paragraph numbers', () => {
    expect([1, 2, 150, Number.MAX_SAFE_INTEGER].map((n) => ParagraphNumber.is(n))).toEqual([true, true, true, true])
    for (const bad of [0, -1, 1.5, Infinity, Number.MAX_SAFE_INTEGER + 1]) {
      const result = decodeWith(ParagraphNumber)(bad)
      expect(result._tag === 'Left' && result.left.map((i) => i.code), String(bad)).toEqual(['invalid_value'])
    }
    const paragraph = decodeWith(Paragraph)({ id: 'document:x#p0', number: 0 })
    expect(paragraph._tag === 'Left' && paragraph.left.map((i) => [i.path, i.code])).toEqual([[['number'], 'invalid_value']])
  })
})
