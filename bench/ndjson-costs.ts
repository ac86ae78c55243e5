/**
 * Where the command line's NDJSON time goes, in one process: for the same Actor lines as the command-line
 * bench (generated records and the story fixtures' actors, repeated), the CPU time per line of
 * - decoding 1 MiB batches of bytes to text (UTF-8, as a JSON.parse loop must, and Latin-1, as the raw
 *   cheapest decoding there is);
 * - `JSON.parse` of each line's text (the baseline's work, without its line reader);
 * - `JSON.parse` and then `decodeWith(Actor)` (what the command line does with each line);
 * - a scan of each line's bytes for JSON syntax alone (strings, numbers, nesting; no keys, no checks): the
 *   least that any judge of a line's bytes does.
 * Interleaved rounds (BENCH_ROUNDS, 5 by default), the median of each; CPU time from process.cpuUsage, so
 * that a loaded machine weighs less. Prints a table; writes nothing.
 *
 * Run: npx tsx bench/ndjson-costs.ts            (BENCH_LINES=300000 to choose the number of lines)
 */
import { loadavg } from 'node:os'
import { Actor, decodeWith } from '../src/index.js'
import { generatedActor, storyActorTexts } from './actor-lines.js'

const lines = Number(process.env['BENCH_LINES'] ?? 300_000)
const rounds = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 5))
const BATCH = 1 << 20


const files = {
  generated: Array.from({ length: lines }, (_, i) => JSON.stringify(generatedActor(i))).join('\n'),
  story: Array.from({ length: lines }, (_, i) => storyActorTexts[i % storyActorTexts.length]).join('\n'),
}

/** The file cut into batches of whole lines, about 1 MiB each, as the command line reads it. */
const batchesOf = (text: string): Buffer[] => {
  const bytes = Buffer.from(`${text}\n`)
  const batches: Buffer[] = []
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.lastIndexOf(0x0a, Math.min(bytes.length, start + BATCH) - 1)
    if (end < start) end = bytes.length - 1
    batches.push(bytes.subarray(start, end + 1))
    start = end + 1
  }
  return batches
}

const cpu = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The end of the JSON string whose opening quote is at `i`, or -1. */
const stringEnd = (b: Buffer, i: number, e: number): number => {
  for (i++; i < e; i++) {
    const c = b[i]!
    if (c === 0x22) return i + 1
    if (c === 0x5c) i++
    else if (c < 0x20) return -1
  }
  return -1
}
const space = (b: Buffer, i: number, e: number): number => {
  while (i < e && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0d)) i++
  return i
}
/** The end of the JSON value at `i` as far as its syntax goes (literals and numbers are only skipped), or -1. */
const valueEnd = (b: Buffer, i: number, e: number): number => {
  const c = b[i]
  if (c === 0x22) return stringEnd(b, i, e)
  if (c === 0x7b || c === 0x5b) {
    const close = c === 0x7b ? 0x7d : 0x5d
    i = space(b, i + 1, e)
    if (b[i] === close) return i + 1
    for (;;) {
      if (c === 0x7b) {
        i = b[i] === 0x22 ? stringEnd(b, i, e) : -1
        if (i < 0 || b[(i = space(b, i, e))] !== 0x3a) return -1
        i = space(b, i + 1, e)
      }
      i = valueEnd(b, i, e)
      if (i < 0) return -1
      i = space(b, i, e)
      if (b[i] === close) return i + 1
      if (b[i] !== 0x2c) return -1
      i = space(b, i + 1, e)
    }
  }
  while (i < e && b[i] !== 0x2c && b[i] !== 0x7d && b[i] !== 0x5d && b[i] !== 0x20) i++
  return i
}
const decode = decodeWith(Actor)

const rows: Array<Record<string, unknown>> = []
for (const [kind, text] of Object.entries(files)) {
  const batches = batchesOf(text)
  const texts = batches.map((b) => b.toString('utf8'))
  /** Calls `f` on each line's text. */
  const eachText = (f: (line: string) => void): void => {
    for (const t of texts) {
      for (let s = 0; s < t.length; ) {
        let e = t.indexOf('\n', s)
        if (e < 0) e = t.length
        f(t.slice(s, e))
        s = e + 1
      }
    }
  }
  let valid = 0
  const work: Record<string, () => void> = {
    'decode UTF-8': () => batches.forEach((b) => b.toString('utf8')),
    'decode Latin-1': () => batches.forEach((b) => b.toString('latin1')),
    'JSON.parse': () => eachText((line) => JSON.parse(line)),
    'JSON.parse + decodeWith': () => eachText((line) => decode(JSON.parse(line))),
    'syntax scan of the bytes': () => {
      valid = 0
      for (const b of batches) {
        for (let s = 0; s < b.length; ) {
          let e = b.indexOf(0x0a, s)
          if (e < 0) e = b.length
          if (valueEnd(b, s, e) === e) valid++
          s = e + 1
        }
      }
    },
  }
  const times: Record<string, number[]> = {}
  const loads: number[] = []
  for (let round = 0; round < rounds; round++) {
    loads.push(Math.round(loadavg()[0]! * 100) / 100)
    for (const [name, run] of Object.entries(work)) {
      const started = cpu()
      run()
      ;(times[name] ??= []).push(cpu() - started)
    }
  }
  const parse = median(times['JSON.parse']!)
  for (const name of Object.keys(work)) {
    const ms = median(times[name]!)
    rows.push({ records: kind, work: name, nsPerLine: Math.round((ms * 1e6) / lines), vsJsonParse: Math.round((ms / parse) * 100) / 100, loadAverage1m: loads.join(' ') })
  }
  if (valid !== lines) throw new Error(`the syntax scan took ${valid} of ${lines} ${kind} lines for JSON`)
}
console.table(rows)
