// The peer schemas of the benchmark (bench/peers/) must accept exactly what ajv accepts on the shipped JSON
// Schema, on valid generated records and on their mutations; otherwise the peers table would time a peer
// doing less (or other) work than the rest.
import { describe, expect, it } from 'vitest'
import { decodeWith, Evidence, Meeting, Person, Statement } from 'news-codecs'
import type * as t from 'io-ts'
import { disagreements } from '../bench/peers/agreement.js'
import { ajvValidators } from '../bench/peers/ajv.js'
import { peerChecks } from '../bench/peers/peers.js'
import { invalidRecords, MUTATIONS, PEER_MODELS, validRecords } from '../bench/peers/records.js'

const sample = validRecords(400, 3)

describe('peer schemas', { timeout: 120_000 }, () => {
  it('has records of every peer model', () => {
    for (const model of PEER_MODELS) expect(sample[model].length, model).toBeGreaterThan(5)
  })

  it('agree with ajv on the shipped JSON Schema, valid and mutated records', () => {
    const found = disagreements(sample).map((d) => `${d.peer} ${d.model} ${d.input}: ajv ${d.ajv}, peer ${d.peerSays}: ${JSON.stringify(d.record)}`)
    expect(found).toEqual([])
  })

  it('catch a peer that lets an extra key through', () => {
    const loose = { ...peerChecks, zod: { ...peerChecks.zod, Evidence: (u: unknown) => typeof u === 'object' && u !== null && 'article' in u && 'start' in u && 'end' in u && 'quote' in u } }
    const found = disagreements(sample, loose)
    expect(found.some((d) => d.peer === 'zod' && d.model === 'Evidence' && d.input === 'extra key')).toBe(true)
  })

  it('are timed on records news-codecs judges as ajv does', () => {
    const codecs: Record<string, t.Mixed> = { Person, Meeting, Statement, Evidence }
    for (const model of PEER_MODELS) {
      const decode = decodeWith(codecs[model]!)
      const invalid = invalidRecords(sample[model], model)
      for (const record of sample[model]) expect(decode(record)._tag, model).toBe('Right')
      invalid.forEach((record, i) => expect([model, MUTATIONS[i % MUTATIONS.length], decode(record)._tag]).toEqual([model, MUTATIONS[i % MUTATIONS.length], ajvValidators[model](record) ? 'Right' : 'Left']))
    }
  })
})
