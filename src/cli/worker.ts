/**
 * The worker thread of the command line: checks NDJSON batches sent by the main thread.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { BatchSettings } from './ndjson.js'
import { checkBatch } from './ndjson.js'
import type { WorkerReply, WorkerRequest } from './workers.js'

const settings = workerData as BatchSettings
const port = parentPort!
port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    reply = { id: request.id, result: checkBatch({ bytes: request.bytes, firstLine: request.firstLine }, settings) }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
  }
  // Valid lines come back in buffers of their own (or the whole batch): handed over, not copied.
  const own = 'result' in reply ? reply.result.valid.filter((piece): piece is Uint8Array => piece instanceof Uint8Array && piece.byteLength === piece.buffer.byteLength) : []
  port.postMessage(reply, [...new Set(own.map((piece) => piece.buffer as ArrayBuffer))])
})
