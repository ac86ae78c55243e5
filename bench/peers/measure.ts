/**
 * The peers table: the same records of the peer models, in the same run, through news-codecs
 * (`decodeWith`), plain io-ts (`decode`), ajv on the shipped JSON Schema and each peer library. CPU time
 * (`process.cpuUsage`) of one pass over every record, in interleaved rounds (each round starts at another
 * contender), median over rounds: a slow spell of the shared machine lands on all contenders alike.
 */
import os from 'node:os'
import type * as t from 'io-ts'
import { ajvValidators } from './ajv.js'
import { disagreements, type Disagreement } from './agreement.js'
import { PEERS, peerChecks, type Check } from './peers.js'
import { invalidRecords, PEER_MODELS, validRecords, type PeerModel } from './records.js'

type Library = { readonly decodeWith: (codec: t.Mixed) => (u: unknown) => { readonly _tag: string } } & Record<PeerModel, t.Mixed>

export const CONTENDERS = ['newsCodecs', 'ioTs', 'ajv', ...PEERS] as const
export type Contender = (typeof CONTENDERS)[number]

export interface PeerRow {
  readonly records: number
  /** CPU nanoseconds per record, median over rounds; absent for a contender left out (it disagreed with ajv). */
  readonly nsPerRecord: Partial<Record<Contender, number>>
  /** Each contender's time over news-codecs' on the same records. */
  readonly vsNewsCodecs: Partial<Record<Contender, number>>
}

export interface PeersReport {
  readonly measured: string
  readonly facts: number
  readonly rounds: number
  readonly loadAverageAtStart: ReadonlyArray<number>
  readonly loadAverageAtEnd: ReadonlyArray<number>
  /** Per model, valid and invalid records. */
  readonly models: Record<PeerModel, Record<'valid' | 'invalid', PeerRow>>
  /** Over all models: total time over all their records. */
  readonly overall: Record<'valid' | 'invalid', PeerRow>
  /** Contenders left out of a model's timings, and on what. */
  readonly excluded: ReadonlyArray<{ readonly peer: string; readonly model: PeerModel; readonly disagreements: number; readonly first: Omit<Disagreement, 'record'> & { readonly record: string } }>
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000
const round1 = (x: number): number => Math.round(x * 10) / 10
const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
const cpuNs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) * 1000
}

let sink = 0

/** Median CPU ns of one pass of each check over the records, over interleaved rounds. */
const time = (checks: ReadonlyArray<readonly [Contender, Check]>, records: ReadonlyArray<unknown>, rounds: number): Map<Contender, number> => {
  const samples = new Map<Contender, number[]>(checks.map(([c]) => [c, []]))
  for (const [, check] of checks) for (const r of records) if (check(r)) sink++ // warm up every contender
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < checks.length; k++) {
      const [who, check] = checks[(k + round) % checks.length]!
      const t0 = cpuNs()
      for (let i = 0; i < records.length; i++) if (check(records[i])) sink++
      samples.get(who)!.push(cpuNs() - t0)
    }
  }
  return new Map([...samples].map(([who, xs]) => [who, median(xs)]))
}

const rowOf = (totals: ReadonlyMap<Contender, number>, records: number): PeerRow => {
  const base = totals.get('newsCodecs')!
  const nsPerRecord: Partial<Record<Contender, number>> = {}
  const vsNewsCodecs: Partial<Record<Contender, number>> = {}
  for (const [who, ns] of totals) {
    nsPerRecord[who] = round1(ns / records)
    vsNewsCodecs[who] = round3(ns / base)
  }
  return { records, nsPerRecord, vsNewsCodecs }
}

/**
 * Checks every peer against ajv, then times every contender that agrees on `batch` records per model
 * (valid ones from a generated graph of `facts` facts, cycled; invalid ones made from them).
 */
export const measurePeers = (nc: Library, options: { readonly facts: number; readonly batch: number; readonly rounds: number }): PeersReport => {
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100)
  const valid = validRecords(options.facts)
  const found = disagreements(valid)
  const excluded = PEER_MODELS.flatMap((model) =>
    PEERS.flatMap((peer) => {
      const mine = found.filter((d) => d.peer === peer && d.model === model)
      return mine.length === 0 ? [] : [{ peer, model, disagreements: mine.length, first: { ...mine[0]!, record: JSON.stringify(mine[0]!.record) } }]
    }),
  )
  const models = {} as Record<PeerModel, Record<'valid' | 'invalid', PeerRow>>
  const pooled = { valid: new Map<Contender, number>(), invalid: new Map<Contender, number>() }
  const pooledCount = { valid: 0, invalid: 0 }
  for (const model of PEER_MODELS) {
    const decode = nc.decodeWith(nc[model])
    const codec = nc[model]
    const ajv = ajvValidators[model]
    const checks: Array<readonly [Contender, Check]> = [
      ['newsCodecs', (u) => decode(u)._tag === 'Right'],
      ['ioTs', (u) => codec.decode(u)._tag === 'Right'],
      ['ajv', ajv],
      ...PEERS.filter((peer) => !excluded.some((e) => e.peer === peer && e.model === model)).map((peer) => [peer, peerChecks[peer][model]] as const),
    ]
    const cycled = Array.from({ length: options.batch }, (_, i) => valid[model][i % valid[model].length]!)
    const inputs = { valid: cycled, invalid: invalidRecords(cycled, model) }
    const row = {} as Record<'valid' | 'invalid', PeerRow>
    for (const validity of ['valid', 'invalid'] as const) {
      const totals = time(checks, inputs[validity], options.rounds)
      row[validity] = rowOf(totals, inputs[validity].length)
      pooledCount[validity] += inputs[validity].length
      for (const [who, ns] of totals) pooled[validity].set(who, (pooled[validity].get(who) ?? 0) + ns)
    }
    models[model] = row
  }
  // Overall: only contenders timed on every model, so each total covers the same records.
  const overall = {} as Record<'valid' | 'invalid', PeerRow>
  for (const validity of ['valid', 'invalid'] as const) {
    const complete = new Map([...pooled[validity]].filter(([who]) => PEER_MODELS.every((m) => models[m][validity].nsPerRecord[who] !== undefined)))
    overall[validity] = rowOf(complete, pooledCount[validity])
  }
  if (sink < 0) console.log(sink)
  return {
    measured: `CPU time (process.cpuUsage) of one pass over ${options.batch.toLocaleString('en-US')} records per model (valid: the generated graph's records cycled; invalid: each with one mutation: a required key dropped, a wrong type, a bad enum value, an extra key, a bad id), median over ${options.rounds} interleaved rounds; news-codecs decodeWith, io-ts decode, ajv (strict, Ajv2020) on the shipped schema files, zod safeParse, valibot safeParse, ArkType's call, Effect Schema decodeUnknownEither (errors: all, onExcessProperty: error). A peer is timed on a model only if it agrees with ajv on every checked record.`,
    facts: options.facts,
    rounds: options.rounds,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
    models,
    overall,
    excluded,
  }
}
