import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as library from 'news-codecs'
import { ROLES } from 'news-codecs'
import { codecsUnder, describeCodec } from '../src/internal/CodecTree.js'

// Every codec the package exports, and everything under it.
const exported = Object.entries(library).filter((entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type)
const all = [...new Set(exported.flatMap(([, codec]) => codecsUnder(codec)))]

describe('reference roles', () => {
  it('every reference of the model carries a role from ROLES', () => {
    const refs = all.map(describeCodec).filter((node) => node.tag === 'ref')
    expect(refs.length).toBeGreaterThan(30)
    const roleless = all.flatMap((codec) => {
      const node = describeCodec(codec)
      if (node.tag !== 'struct') return []
      return node.fields.flatMap((field) => {
        const inner = describeCodec(field.codec)
        const target = inner.tag === 'array' ? describeCodec(inner.item) : inner
        return target.tag === 'ref' && (target.role === undefined || !(target.role in ROLES)) ? [`${node.name}.${field.key}`] : []
      })
    })
    expect(roleless).toEqual([])
  })

  it('a reference without a role is found by the same check', () => {
    const Bad = library.struct('Bad', { who: library.ref('actor') })
    const node = describeCodec(Bad)
    expect(node.tag === 'struct' && describeCodec(node.fields[0]!.codec)).toMatchObject({ tag: 'ref', role: undefined })
  })

  it('every role is used by the model, so the vocabulary says only what the model says', () => {
    const used = new Set(all.flatMap((codec) => {
      const node = describeCodec(codec)
      return node.tag === 'ref' && node.role !== undefined ? [node.role] : []
    }))
    // `chair` is offered for models of one's own (see test/extending.test.ts).
    expect(Object.keys(ROLES).filter((role) => !used.has(role as keyof typeof ROLES))).toEqual(['chair'])
  })
})

describe('the codec tree', () => {
  it('describes every exported codec, or says it is not part of the model', () => {
    expect(all.length).toBeGreaterThan(60)
    for (const codec of all) expect(() => describeCodec(codec), codec.name).not.toThrow()
    expect(() => describeCodec(t.union([t.string, t.number]))).toThrow(/is not part of the model's codec tree/)
    expect(() => describeCodec(t.type({ a: t.string }))).toThrow(/InterfaceType/)
  })
})
