// WAL checkpoints off the message path. SQLite copies the write-ahead log back into the database file (a
// checkpoint) inside whichever commit takes the log past 1,000 pages, and syncs both files: with ~13 pages
// written per message that was every ~75th message, and it took that message 8-15 ms longer (the engine's p99
// under load). While the engine runs, a worker thread with its own connection checkpoints instead, a few times
// a second (PASSIVE: it never blocks the engine's writes, which go on appending to the log meanwhile), and the
// engine's connection keeps SQLite's own checkpoint only as a backstop at a longer log (a flood the worker
// cannot keep up with; a worker that died). Durability is unchanged: every commit is in the log before it is
// acted on, exactly as before; only where the copying happens moved.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { DB } from './connection'
import type { Logger } from '../log'

/** SQLite's own threshold, restored when the worker stops. */
export const DEFAULT_AUTOCHECKPOINT = 1_000
/** The engine connection's threshold while the worker runs: only reached when the worker falls behind. */
export const BACKSTOP_AUTOCHECKPOINT = 8_192
const EVERY_MS = 200
const STOP_WAIT_MS = 2_000

/** What the worker's last checkpoint found: pages in the log, and how many of them are in the database file. */
export interface CheckpointResult {
  log: number
  checkpointed: number
}

// Plain CommonJS run as the worker's script (eval), so the bundles need no second entry point.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('synchronous = NORMAL')
let last = ''
const run = () => {
  try {
    const r = db.pragma('wal_checkpoint(PASSIVE)')[0]
    const key = r.log + '/' + r.checkpointed
    if (key !== last) {
      last = key
      parentPort.postMessage({ log: r.log, checkpointed: r.checkpointed })
    }
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err) })
  }
}
const timer = setInterval(run, workerData.everyMs)
parentPort.on('message', (m) => {
  if (m === 'now') run()
  else if (m === 'close') {
    clearInterval(timer)
    db.close()
    parentPort.close()
  }
})
`

export class Checkpointer {
  private last: CheckpointResult | null = null
  private stopped = false
  private exited: Promise<void>

  private constructor(
    private db: DB,
    private worker: Worker,
    private log: Logger,
  ) {
    this.exited = new Promise<void>((r) => worker.once('exit', () => r()))
    worker.on('message', (m: CheckpointResult | { error: string }) => {
      if ('error' in m) this.log.warn('background checkpoint failed', { message: m.error.slice(0, 300) })
      else this.last = m
    })
    worker.on('error', (err) => this.fallBack(err))
    worker.once('exit', () => {
      if (!this.stopped) this.fallBack(new Error('checkpoint worker exited'))
    })
  }

  /**
   * Starts checkpointing `db` (a WAL database on disk) in the background; null for an in-memory database or
   * when no worker can be started (SQLite's own checkpoints then go on as before).
   */
  static start(db: DB, log: Logger, everyMs = EVERY_MS): Checkpointer | null {
    if (db.memory || db.readonly || !db.name) return null
    try {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: {
          module: createRequire(import.meta.url).resolve('better-sqlite3'),
          path: db.name,
          everyMs,
        },
      })
      worker.unref()
      db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT}`)
      return new Checkpointer(db, worker, log)
    } catch (err) {
      log.warn('no background checkpoints', { message: err instanceof Error ? err.message : String(err) })
      return null
    }
  }

  /** The worker's last checkpoint (null before the first that found anything). */
  lastResult(): CheckpointResult | null {
    return this.last
  }

  /** Asks for a checkpoint now rather than at the next tick (tests). */
  poke(): void {
    if (!this.stopped) this.worker.postMessage('now')
  }

  /** Hands checkpoints back to the engine's connection and closes the worker's. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.restoreDefault()
    // held (ref) until it has closed its connection: the engine's close() then is the last, which checkpoints
    // the whole log and removes it
    this.worker.ref()
    this.worker.postMessage('close')
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([this.exited, new Promise<void>((r) => (timer = setTimeout(r, STOP_WAIT_MS)))])
    clearTimeout(timer)
    await this.worker.terminate()
  }

  private fallBack(err: unknown): void {
    if (this.stopped) return
    this.stopped = true
    this.log.warn('checkpoint worker stopped; checkpoints back in the engine', {
      message: err instanceof Error ? err.message : String(err),
    })
    this.restoreDefault()
  }

  private restoreDefault(): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`)
  }
}
