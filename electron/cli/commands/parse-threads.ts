// `counterchat parse` over a big file uses every core: understanding a message takes a hundred times longer than
// reading and writing its JSON line, and each message is understood on its own (the text and the catalog only),
// so chunks of lines go to worker threads and their answers are written back in input order.
//
// This thread answers the first chunks itself while the workers start (each loads the catalog index from the
// bytes it is handed, a fraction of a second), so a short input never waits for a thread and a long one loses
// nothing to their start. A worker that fails hands its chunk back to this thread; the output is the same
// byte for byte with any number of threads (tests/integration/parse-cli-threads.test.ts).
import { availableParallelism } from 'node:os'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { CatalogIndex } from '../../../shared/understanding/catalog-index'
import { decodeIndex } from '../catalog-cache'
import { SaidBefore, answerLine } from './parse-answer'

/** Lines sent to a worker at once: large enough that messaging costs nothing, small enough to share evenly. */
const CHUNK = 200
/** Worker threads start only once this many lines have come: below it, starting them costs more than it saves. */
const START_AFTER = 1000
/** Lines read ahead of the writing, at most: stdin is not read further until answers catch up. */
const AHEAD = 50 * CHUNK
/** Threads used when not told: one per core, at most this many (the index is held once per thread). */
const MAX_DEFAULT = 4

/** How many worker threads by default: the computer's cores (1 core: none, this thread does it all). */
export function defaultThreads(): number {
  const n = Math.min(availableParallelism(), MAX_DEFAULT)
  return n > 1 ? n : 0
}

/** Worker threads can run only from the built CLI: a worker cannot load the TypeScript sources by itself. */
export function threadsPossible(moduleUrl: string = import.meta.url): boolean {
  return moduleUrl.startsWith('file:') && moduleUrl.endsWith('.js')
}

interface Job {
  seq: number
  lines: string[]
}

interface WorkerData {
  counterchatParse: true
  index: SharedArrayBuffer
}

type FromWorker = { ready: true } | { seq: number; out: string } | { failed: string }

/**
 * Answers chunks of lines in order. `add` queues lines; `ahead` resolves once there is room to read more;
 * `finish` resolves when every line is answered and written, and stops the workers.
 */
export class ParsePipeline {
  private readonly queue: Job[] = []
  private readonly answered = new Map<number, string>()
  private readonly ready: Worker[] = []
  private readonly busy = new Map<Worker, Job>()
  private readonly starting = new Set<Worker>()
  private readonly said = new SaidBefore()
  private nextSeq = 0
  private nextWrite = 0
  private pending = 0
  private seen = 0
  private started = false
  private wake: (() => void) | null = null
  /** Lines answered by this thread and by the workers (COUNTERCHAT_PARSE_STATS=1 prints them at the end). */
  readonly counts = { here: 0, workers: 0, threads: 0 }

  constructor(
    private readonly index: CatalogIndex,
    private readonly out: NodeJS.WritableStream,
    private readonly threads: number,
    /** The index's bytes (decodeIndex), for the workers, asked for once they start; null: this thread does it all. */
    private readonly bytes: () => Uint8Array | null,
    private readonly warn: (text: string) => void,
  ) {}

  add(lines: string[]): void {
    const kept = lines.filter((l) => l.trim() !== '')
    for (let i = 0; i < kept.length; i += CHUNK) {
      const job = { seq: this.nextSeq++, lines: kept.slice(i, i + CHUNK) }
      this.queue.push(job)
      this.pending += job.lines.length
    }
    this.seen += kept.length
    if (!this.started && this.seen >= START_AFTER) this.startWorkers()
    this.dispatch()
  }

  /** Resolves when fewer than AHEAD lines wait, after answering here what no worker is up to take. */
  async ahead(): Promise<void> {
    for (;;) {
      if (this.ready.length === 0 && this.busy.size === 0 && this.queue.length > 0) {
        this.answerHere(this.queue.shift()!)
        // let a worker's "ready" and the reading of stdin in between chunks
        await new Promise<void>((resolve) => setImmediate(resolve))
        continue
      }
      if (this.pending < AHEAD && !this.outFull()) return
      await this.sleep()
    }
  }

  async finish(): Promise<void> {
    try {
      while (this.nextWrite < this.nextSeq) {
        await this.ahead()
        if (this.nextWrite < this.nextSeq) await this.sleep()
      }
      if (this.outFull()) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()))
    } finally {
      for (const w of [...this.ready, ...this.busy.keys(), ...this.starting]) void w.terminate()
    }
  }

  private outFull(): boolean {
    return (this.out as { writableNeedDrain?: boolean }).writableNeedDrain === true
  }

  private drainWatched = false

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve
      // stdout draining is the other thing that lets the reading go on
      if (this.outFull() && !this.drainWatched) {
        this.drainWatched = true
        this.out.once('drain', () => {
          this.drainWatched = false
          this.poke()
        })
      }
    })
  }

  private poke(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }

  private answerHere(job: Job): void {
    this.counts.here += job.lines.length
    let out = ''
    for (const raw of job.lines) out += answerLine(raw, this.index, this.said) + '\n'
    this.done(job, out)
  }

  private done(job: Job, out: string): void {
    this.answered.set(job.seq, out)
    this.pending -= job.lines.length
    let text = ''
    for (
      let next = this.answered.get(this.nextWrite);
      next !== undefined;
      next = this.answered.get(this.nextWrite)
    ) {
      this.answered.delete(this.nextWrite++)
      text += next
    }
    if (text !== '') this.out.write(text)
    this.poke()
  }

  private dispatch(): void {
    while (this.ready.length > 0 && this.queue.length > 0) {
      const w = this.ready.pop()!
      const job = this.queue.shift()!
      this.busy.set(w, job)
      w.postMessage(job)
    }
  }

  private startWorkers(): void {
    this.started = true
    if (this.threads < 1 || !threadsPossible()) return
    const bytes = this.bytes()
    if (!bytes) return
    const shared = new SharedArrayBuffer(bytes.byteLength)
    new Uint8Array(shared).set(bytes)
    const data: WorkerData = { counterchatParse: true, index: shared }
    for (let i = 0; i < this.threads; i++) {
      let w: Worker
      try {
        w = new Worker(new URL(import.meta.url), { workerData: data })
      } catch (err) {
        this.warn(`counterchat parse: no worker thread (${String(err)}); going on in one thread\n`)
        return
      }
      this.starting.add(w)
      w.on('message', (m: FromWorker) => this.fromWorker(w, m))
      w.on('error', (err) => this.lost(w, String(err)))
      w.on('exit', (code) => this.lost(w, `exit code ${code}`))
    }
  }

  private fromWorker(w: Worker, m: FromWorker): void {
    if ('ready' in m) {
      this.starting.delete(w)
      this.ready.push(w)
      this.counts.threads++
    } else if ('failed' in m) {
      this.lost(w, m.failed)
      void w.terminate()
      return
    } else {
      const job = this.busy.get(w)
      this.busy.delete(w)
      this.ready.push(w)
      if (job && job.seq === m.seq) {
        this.counts.workers += job.lines.length
        this.done(job, m.out)
      }
    }
    this.dispatch()
    this.poke()
  }

  /** A worker that died or could not load the index: its chunk goes back to the front of the queue. */
  private lost(w: Worker, why: string): void {
    const job = this.busy.get(w)
    const known = this.starting.delete(w) || this.busy.delete(w) || this.ready.includes(w)
    const at = this.ready.indexOf(w)
    if (at >= 0) this.ready.splice(at, 1)
    if (job) this.queue.unshift(job)
    if (known && this.nextWrite < this.nextSeq)
      this.warn(`counterchat parse: a worker thread stopped (${why}); going on without it\n`)
    this.dispatch()
    this.poke()
  }
}

/** The worker's side: load the index once, then answer each chunk it is sent. */
function serve(data: WorkerData): void {
  const port = parentPort!
  const read = decodeIndex(new Uint8Array(data.index))
  if (!read) {
    port.postMessage({ failed: 'the catalog index could not be read' } satisfies FromWorker)
    return
  }
  const said = new SaidBefore()
  port.on('message', (job: Job) => {
    let out = ''
    for (const raw of job.lines) out += answerLine(raw, read.index, said) + '\n'
    port.postMessage({ seq: job.seq, out } satisfies FromWorker)
  })
  port.postMessage({ ready: true } satisfies FromWorker)
}

if (!isMainThread && (workerData as Partial<WorkerData> | null)?.counterchatParse === true)
  serve(workerData as WorkerData)
