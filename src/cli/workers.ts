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

/**
 * The default number of workers: one per core. Measured with bench/cli-ndjson.bench.ts on a 2-core machine
 * at a load average near 1 (300,000 Actor lines, generated and from the fixtures, median of 3 interleaved
 * rounds): two workers checked 1.25 to 1.5 times as many lines a second as one, whose main thread, reading
 * and writing, left the second core mostly idle; two cost about 25 MiB more memory.
 */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism())

interface Task {
  readonly request: WorkerRequest
  /** The batch as the main thread holds it: what to check here if the worker is lost. */
  readonly batch: Batch
  readonly resolve: (result: BatchResult) => void
  readonly reject: (error: Error) => void
}

// Small heaps keep memory flat over long inputs: without limits each worker's heap grows with the input's
// length long after its live data stopped growing. A batch that needs more (a line of tens of megabytes)
// makes its worker run out of memory; that batch is then checked in the main thread instead.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 }

/** A pool of up to `size` workers, each checking one batch at a time, started as batches arrive. */
export const workerPool = (size: number, settings: BatchSettings): Checker => {
  const queue: Task[] = []
  const idle: Worker[] = []
  const busy = new Map<Worker, Task>()
  const all = new Set<Worker>()
  let nextId = 0
  let closing = false

  // Workers start when there is work for them: a short input starts one, whatever `size` is.
  const dispatch = (): void => {
    while (queue.length > 0 && (idle.length > 0 || all.size < size)) {
      if (idle.length === 0) spawnWorker()
      const worker = idle.pop()!
      const task = queue.shift()!
      busy.set(worker, task)
      worker.postMessage(task.request, [task.request.bytes.buffer as ArrayBuffer])
    }
  }
  const spawnWorker = (): void => {
    const worker = new Worker(WORKER_FILE, { workerData: settings, resourceLimits: WORKER_LIMITS })
    let lost = false
    all.add(worker)
    worker.on('message', (reply: WorkerReply) => {
      const task = busy.get(worker)
      busy.delete(worker)
      idle.push(worker)
      dispatch()
      if (task === undefined) return
      if ('error' in reply) task.reject(new Error(`a worker failed: ${reply.error}`))
      else task.resolve(reply.result)
    })
    const onLost = (): void => {
      if (closing || lost) return
      lost = true
      all.delete(worker)
      const task = busy.get(worker)
      busy.delete(worker)
      if (task !== undefined) {
        try {
          task.resolve(checkBatch(task.batch, settings))
        } catch (error) {
          task.reject(error instanceof Error ? error : new Error(String(error)))
        }
      }
      dispatch()
    }
    worker.on('error', onLost)
    worker.on('exit', (code) => {
      if (code !== 0) onLost()
    })
    idle.push(worker)
  }

  return {
    capacity: size * 2,
    check(batch) {
      // A fresh copy: its buffer is then transferred to the worker rather than copied again.
      const request = { id: nextId++, bytes: new Uint8Array(batch.bytes), firstLine: batch.firstLine }
      const result = new Promise<BatchResult>((resolve, reject) => queue.push({ request, batch, resolve, reject }))
      dispatch()
      return result
    },
    async close() {
      closing = true
      await Promise.all([...all].map((w) => w.terminate()))
    },
  }
}
