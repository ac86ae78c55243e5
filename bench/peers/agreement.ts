/**
 * Does each peer accept exactly what ajv accepts on the shipped JSON Schema? Run on valid records and on
 * their mutations before anything is timed; a peer that disagrees on any record of a model is reported and
 * left out of that model's timings.
 */
import { ajvValidators } from './ajv.js'
import { PEERS, peerChecks, type Check, type Peer } from './peers.js'
import { invalidRecords, MUTATIONS, PEER_MODELS, type PeerModel } from './records.js'

export interface Disagreement {
  readonly peer: Peer
  readonly model: PeerModel
  /** `valid` or the mutation that made the record. */
  readonly input: string
  readonly ajv: boolean
  readonly peerSays: boolean
  readonly record: unknown
}

/** Every disagreement of every peer with ajv on these records (each model's valid ones and their mutations). */
export const disagreements = (valid: Record<PeerModel, ReadonlyArray<Record<string, unknown>>>, checks: Record<Peer, Record<PeerModel, Check>> = peerChecks): Disagreement[] => {
  const found: Disagreement[] = []
  for (const model of PEER_MODELS) {
    const ajv = ajvValidators[model]
    const cases = [
      ...valid[model].map((record) => ({ input: 'valid', record })),
      ...invalidRecords(valid[model], model).map((record, i) => ({ input: MUTATIONS[i % MUTATIONS.length]!, record })),
    ]
    for (const { input, record } of cases) {
      const reference = ajv(record)
      if (reference !== (input === 'valid')) throw new Error(`ajv ${reference ? 'accepts' : 'rejects'} a ${model} record meant to be ${input}: ${JSON.stringify(record)}`)
      for (const peer of PEERS) {
        const peerSays = checks[peer][model](record)
        if (peerSays !== reference) found.push({ peer, model, input, ajv: reference, peerSays, record })
      }
    }
  }
  return found
}
