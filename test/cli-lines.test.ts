/**
 * Cutting NDJSON into batches (src/cli/ndjson.ts): every byte is looked at once and copied at most once
 * into a batch, whatever the length of a line; a line at or over the batch size is a batch of its own; a
 * line over the maximum is dropped as it arrives and reported by its number and size.
 */
import { Buffer } from 'node:buffer'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Batch } from '../src/cli/ndjson.js'
import { LineBatcher } from '../src/cli/ndjson.js'

const NL = 0x0a

/** Bytes looked at by indexOf / lastIndexOf on buffers, and bytes copied by Buffer.concat, while `f` runs. */
const measure = (f: () => void): { scanned: number; copied: number } => {
  let scanned = 0
  let copied = 0
  const proto = Buffer.prototype as unknown as Record<'indexOf' | 'lastIndexOf', (this: Buffer, value: number, offset?: number) => number>
  const { indexOf, lastIndexOf } = proto
  const { concat } = Buffer
  proto.indexOf = function (value, offset) {
    const from = typeof offset === 'number' ? offset : 0
    const at = indexOf.call(this, value, from)
    scanned += (at === -1 ? this.length : at + 1) - from
    return at
  }
  proto.lastIndexOf = function (value, offset) {
    const from = typeof offset === 'number' ? offset : this.length - 1
    const at = lastIndexOf.call(this, value, from)
    scanned += from - at
    return at
  }
  Buffer.concat = (list, total) => {
    const result = concat(list, total)
    copied += result.length
    return result
  }
  try {
    f()
  } finally {
    Object.assign(proto, { indexOf, lastIndexOf })
    Buffer.concat = concat
  }
  return { scanned, copied }
}

const chunksOf = (bytes: Buffer, size: number): Buffer[] => {
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
  return chunks
}

const cut = (batcher: LineBatcher, chunks: ReadonlyArray<Buffer>): Batch[] => {
  const batches: Batch[] = []
  for (const chunk of chunks) batches.push(...batcher.push(chunk))
  batches.push(...batcher.end())
  return batches
}

describe('LineBatcher', () => {
  it('is linear in a long line: each byte scanned and copied a bounded number of times', () => {
    // An 8 MiB line between short ones, in 64 KiB chunks (what a pipe delivers).
    const input = Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.alloc(8 << 20, 0x61), Buffer.from('\n{"b":2}\n')])
    const chunks = chunksOf(input, 64 * 1024)
    let batches: Batch[] = []
    const { scanned, copied } = measure(() => void (batches = cut(new LineBatcher(256 * 1024, 64 << 20), chunks)))
    expect(Buffer.concat(batches.map((b) => b.bytes)).equals(input)).toBe(true)
    expect(scanned).toBeLessThanOrEqual(2 * input.length)
    expect(copied).toBeLessThanOrEqual(2 * input.length)
  })

  it('puts a long line in a batch of its own, numbered', () => {
    const long = Buffer.alloc(300_000, 0x61)
    const input = Buffer.concat([Buffer.from('1\n2\n'), long, Buffer.from('\n4\n5')])
    const batches = cut(new LineBatcher(100_000, 1 << 20), chunksOf(input, 64 * 1024))
    expect(batches.map((b) => [b.firstLine, b.bytes.length])).toEqual([
      [1, 4],
      [3, long.length + 1],
      [4, 3],
    ])
  })

  it('drops a line over the maximum as it arrives, keeping its number and size', () => {
    const input = Buffer.concat([Buffer.from('1\n'), Buffer.alloc(1_000_000, 0x61), Buffer.from('\r\n3\n'), Buffer.alloc(2_000, 0x62)])
    const batches = cut(new LineBatcher(100_000, 500), chunksOf(input, 64 * 1024))
    expect(batches.map((b) => [b.firstLine, b.bytes.length, b.oversize])).toEqual([
      [1, 2, undefined],
      [2, 0, 1_000_001],
      [3, 2, undefined],
      [4, 0, 2_000],
    ])
  })

  it('loses nothing and counts every line, however the input is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(NL), fc.constant(0x0d), fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 30 }),
        (bytes, sizes, batchBytes, maxLine) => {
          const input = Buffer.from(bytes)
          const chunks: Buffer[] = []
          for (let at = 0, k = 0; at < input.length; at += sizes[k++ % sizes.length]!) chunks.push(input.subarray(at, at + sizes[k % sizes.length]!))
          const batches = cut(new LineBatcher(batchBytes, maxLine), chunks)
          // The lines, as the input has them; the last needs no newline, and an empty last one is no line.
          const all = input.toString('latin1').split('\n')
          if (all.at(-1) === '') all.pop()
          const expected = all.map((line) => (line.length > maxLine ? { oversize: line.length } : { text: line }))
          const got: Array<{ oversize: number } | { text: string }> = []
          let next = 1
          for (const batch of batches) {
            expect(batch.firstLine).toBe(next)
            if (batch.oversize !== undefined) {
              got.push({ oversize: batch.oversize })
              next++
              continue
            }
            const text = Buffer.from(batch.bytes).toString('latin1')
            const parts = text.split('\n')
            if (parts.at(-1) === '') parts.pop()
            for (const part of parts) got.push({ text: part })
            next += parts.length
          }
          expect(got).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})
