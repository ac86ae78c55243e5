/**
 * Checking NDJSON batches in worker threads. Results come back as promises; the caller awaits them in the
 * order it submitted them, so output keeps the input's order whatever worker finishes first.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Batch, BatchResult, BatchSettings } from './ndjson.js'
import { checkBatch } from './ndjson.js'

/** Something that checks batches: in this thread, or in a pool of workers. */
export interface Checker {
  check(batch: Batch): Promise<BatchResult>
  /** How many batches may be in flight before the reader should wait. */
  readonly capacity: number
  close(): Promise<void>
}

/** Checks in the calling thread: for small inputs, where starting workers costs more than it saves. */
export const inProcessChecker = (settings: BatchSettings): Checker => ({
  check: async (batch) => checkBatch(batch, settings),
  capacity: 1,
  close: async () => undefined,
})

/** The messages between the main thread and a worker. */
export interface WorkerRequest {
  readonly id: number
  readonly bytes: Uint8Array
  readonly firstLine: number
}
export type WorkerReply =
  | { readonly id: number; readonly result: BatchResult }
  | { readonly id: number; readonly error: string }

// The worker is its own bundle next to the command line: dist/cli-worker.js.
const WORKER_FILE = fileURLToPath(new URL('./cli-worker.js', import.meta.url))

/** Whether worker threads can be used (the worker bundle is present). */
export const workersAvailable = (): boolean => existsSync(WORKER_FILE)

/** The default number of workers: one per core, at least 1. */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism())

interface Pending {
  readonly resolve: (result: BatchResult) => void
  readonly reject: (error: Error) => void
}

/** A pool of `size` workers, each checking one batch at a time. */
export const workerPool = (size: number, settings: BatchSettings): Checker => {
  const pending = new Map<number, Pending>()
  const queue: WorkerRequest[] = []
  const idle: Worker[] = []
  let nextId = 0
  let failure: Error | undefined

  const fail = (error: Error): void => {
    failure ??= error
    for (const p of pending.values()) p.reject(failure)
    pending.clear()
  }
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const request = queue.shift()!
      worker.postMessage(request, [request.bytes.buffer as ArrayBuffer])
    }
  }
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_FILE, { workerData: settings })
    worker.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id)
      pending.delete(reply.id)
      idle.push(worker)
      dispatch()
      if (p === undefined) return
      if ('error' in reply) p.reject(new Error(`a worker failed: ${reply.error}`))
      else p.resolve(reply.result)
    })
    worker.on('error', (error) => fail(new Error(`a worker failed: ${error.message}`)))
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a worker stopped with code ${code}`))
    })
    idle.push(worker)
    return worker
  })

  return {
    capacity: size * 2,
    check(batch) {
      if (failure !== undefined) return Promise.reject(failure)
      // A fresh copy: its buffer is then transferred to the worker rather than copied again.
      const bytes = new Uint8Array(batch.bytes)
      const id = nextId++
      const result = new Promise<BatchResult>((resolve, reject) => pending.set(id, { resolve, reject }))
      queue.push({ id, bytes, firstLine: batch.firstLine })
      dispatch()
      return result
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
