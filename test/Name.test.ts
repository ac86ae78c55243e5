// Names in several languages: a 0.1 record decodes as it did, and `names` carries language tags,
// transliterations and dates of use on actors, places and agreements.
import { describe, expect, it } from 'vitest'
import { actorsNamed, Actor, Agreement, decodeWith, indexGraph, Name, Place, validateGraph } from 'news-codecs'
import type { IssueCode } from 'news-codecs'
import type * as t from 'io-ts'
import { sampleGraphJson } from './support/sample.js'

const issuesOf = (codec: t.Mixed, value: unknown): Array<[string, IssueCode]> => {
  const result = decodeWith(codec)(value)
  return result._tag === 'Left' ? result.left.map((i) => [i.path.join('.'), i.code]) : []
}

const lavrov = { kind: 'person', id: 'person:sergei-lavrov', name: 'Sergei Lavrov', otherNames: ['Lavrov'] }

describe('Name', () => {
  it('accepts a text alone, or with a BCP 47 tag, a transliteration and dates of use', () => {
    expect(issuesOf(Name, { text: 'Сергей Лавров' })).toEqual([])
    expect(issuesOf(Name, { text: 'Сергей Лавров', lang: 'ru', transliteration: 'Sergei Lavrov' })).toEqual([])
    expect(issuesOf(Name, { text: '北京', lang: 'zh-Hans', transliteration: 'Běijīng' })).toEqual([])
    expect(issuesOf(Name, { text: 'Bombay', lang: 'en', to: '1995' })).toEqual([])
  })

  it('rejects a language that is not a tag, an empty or padded text, bad dates and unknown keys, by path', () => {
    expect(issuesOf(Name, { text: 'Сергей Лавров', lang: 'Russian' })).toEqual([['lang', 'invalid_value']])
    expect(issuesOf(Name, { text: ' Лавров', lang: 'ru' })).toEqual([['text', 'invalid_value']])
    expect(issuesOf(Name, { lang: 'ru' })).toEqual([['text', 'missing']])
    expect(issuesOf(Name, { text: 'Kiev', to: '2019-13' })).toEqual([['to', 'invalid_value']])
    expect(issuesOf(Name, { text: 'Kiev', language: 'en' })).toEqual([['language', 'unexpected_key']])
    expect(issuesOf(Name, 'Sergei Lavrov')).toEqual([['', 'invalid_type']])
  })
})

describe('names on actors, places and agreements', () => {
  it('a 0.1 actor, place and agreement decode unchanged; otherNames stay strings', () => {
    const sample = sampleGraphJson()
    const result = validateGraph(sample)
    expect(result._tag).toBe('Right')
    expect(issuesOf(Actor, lavrov)).toEqual([])
    expect(issuesOf(Actor, { ...lavrov, otherNames: [{ text: 'Лавров' }] })).toEqual([['otherNames.0', 'invalid_type']])
  })

  it('every kind of actor, places and agreements carry names', () => {
    const names = [{ text: 'Сергей Лавров', lang: 'ru', transliteration: 'Sergei Lavrov' }]
    for (const actor of [
      { ...lavrov, names },
      { kind: 'state', id: 'state:RU', name: 'Russia', countryCode: 'RU', names: [{ text: 'Россия', lang: 'ru', transliteration: 'Rossiya' }] },
      { kind: 'organization', id: 'org:mid', name: 'Russian Ministry of Foreign Affairs', names: [{ text: 'МИД России', lang: 'ru' }] },
      { kind: 'group', id: 'group:x', name: 'Western delegations', names: [{ text: 'délégations occidentales', lang: 'fr' }] },
      { kind: 'anonymous', id: 'anonymous:x', name: 'a US official', names: [{ text: 'un responsable américain', lang: 'fr' }] },
    ]) expect(issuesOf(Actor, actor), actor.kind).toEqual([])
    expect(issuesOf(Actor, { ...lavrov, names: [{ text: 'Сергей Лавров', lang: 'RU' }] })).toEqual([['names.0.lang', 'invalid_value']])
    expect(issuesOf(Place, { id: 'place:kyiv', name: 'Kyiv', kind: 'city', names: [{ text: 'Київ', lang: 'uk' }, { text: 'Kiev', lang: 'en', to: '2019' }] })).toEqual([])
    expect(issuesOf(Place, { id: 'place:kyiv', name: 'Kyiv', kind: 'city', names: ['Київ'] })).toEqual([['names.0', 'invalid_type']])
    const evidence = [{ article: 'article:x', start: 0, end: 1, quote: 'x' }]
    const agreement = { id: 'agreement:x', name: 'New START', parties: [{ actor: 'state:US', role: 'party' }], lifecycle: [], evidence }
    expect(issuesOf(Agreement, { ...agreement, names: [{ text: 'СНВ-III', lang: 'ru' }] })).toEqual([])
    expect(issuesOf(Agreement, { ...agreement, names: [{ text: 'СНВ-III', lang: 'ru', transliteration: '' }] })).toEqual([['names.0.transliteration', 'invalid_value']])
  })

  it('actorsNamed finds an actor by a name in another script or by its transliteration', () => {
    const g = sampleGraphJson()
    g.actors[0].names = [{ text: 'Ана Силва', lang: 'ru', transliteration: 'Ana Silva (rus.)' }]
    const result = validateGraph(g)
    if (result._tag === 'Left') throw new Error(result.left.map((i) => i.message).join('\n'))
    const index = indexGraph(result.right)
    expect(actorsNamed('ана силва')(index).map((a) => a.id)).toEqual(['person:ana-silva'])
    expect(actorsNamed('Ana Silva (rus.)')(index).map((a) => a.id)).toEqual(['person:ana-silva'])
  })
})
