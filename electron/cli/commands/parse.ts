// `counterchat parse --catalog FILE.csv`: JSON lines {"id","text"} on stdin, one understood order per line on
// stdout, in order. A malformed input line gets {"id", "error"} on its own line and processing continues.
//
// A big input (a file piped in, not a person typing) is shared with a second thread when the machine has a
// second core: both load the catalog at the same time, then take batches of lines; the answers are written in
// input order, so the output is byte for byte what one thread writes. `--threads 1` keeps it to one.
import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { StringDecoder } from 'node:string_decoder'
import { Worker } from 'node:worker_threads'
import type { Writable } from 'node:stream'
import type { CatalogIndex } from '../../../shared/understanding'
import { answerLines, loadCatalog } from '../parse/answers'
import type { Batch, ThreadMessage } from '../parse/thread'
import { UsageError, parseFlags, type Command } from '../io'

/** Lines per batch: big enough that handing one over costs little, small enough to keep both threads busy. */
const BATCH = 200
/** A first piece of input this big means a file or a program is writing, not a person: worth a second thread. */
const BIG_INPUT = 16 * 1024

export const run: Command = async (argv, io) => {
  const { flags } = parseFlags(argv, { catalog: 'string', threads: 'string', help: 'boolean' })
  if (flags.help) {
    io.stdout.write('usage: counterchat parse --catalog FILE.csv [--threads 1|2] < messages.jsonl\n')
    return 0
  }
  const file = flags.catalog
  if (typeof file !== 'string' || file === '') throw new UsageError('--catalog FILE.csv is required')
  const asked = flags.threads === undefined ? null : Number(flags.threads)
  if (asked !== null && asked !== 1 && asked !== 2) throw new UsageError('--threads must be 1 or 2')
  const threads = asked ?? (availableParallelism() > 1 ? 2 : 1)

  const input = (io.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
  // Read while the catalog loads: the size of the first piece decides whether a second thread pays for itself.
  const first = input.next()
  let helper: Helper | null = null
  const startHelper = () => {
    helper ??= Helper.start(file, (why) => {
      if (asked === 2) io.stderr.write(`counterchat parse: going on with one thread (${why})\n`)
    })
  }
  if (threads > 1) {
    if (asked === 2) startHelper()
    else
      void first.then(
        (r) => {
          if (!r.done && r.value.length >= BIG_INPUT) startHelper()
        },
        () => {},
      )
  }

  let catalog
  try {
    catalog = await loadCatalog(file)
  } catch (err) {
    ;(helper as Helper | null)?.stop()
    throw err
  }
  if (catalog.errors.length > 0) {
    const e = catalog.errors[0]!
    io.stderr.write(
      `counterchat parse: ${catalog.errors.length} catalog row(s) skipped (first: line ${e.line}: ${e.message})\n`,
    )
  }
  if (!catalog.index) {
    ;(helper as Helper | null)?.stop()
    io.stderr.write('counterchat parse: the catalog has no products\n')
    return 1
  }
  const work = new Work(catalog.index, io.stdout, () => helper)
  try {
    const decoder = new StringDecoder('utf8')
    let rest = ''
    for (let r = await first; !r.done; r = await input.next()) {
      const text = typeof r.value === 'string' ? r.value : decoder.write(r.value)
      // a long line in many chunks is only split once its end has come
      if (!LINE_END.test(text)) {
        rest += text
        continue
      }
      const lines = (rest + text).split(LINE_END)
      rest = lines.pop()!
      await work.add(lines)
    }
    rest += decoder.end()
    if (rest !== '') await work.add([rest])
    await work.finish()
  } finally {
    ;(helper as Helper | null)?.stop()
  }
  return 0
}

/** Line ends as readline reads them: "\r\n", "\n" or a lone "\r" (an empty line between is skipped anyway). */
const LINE_END = /\r\n|\n|\r/

/** Batches of lines answered by this thread or the helper, written in input order. */
class Work {
  private seq = 0
  private written = 0
  private readonly pending: Batch[] = []
  private readonly done = new Map<number, string>()
  private drained: Promise<void> | null = null
  private wake: (() => void) | null = null

  constructor(
    private readonly index: CatalogIndex,
    private readonly stdout: Writable,
    private readonly helper: () => Helper | null,
  ) {}

  /** Answers (or hands over) the lines; returns once this thread has nothing left it could do now. */
  async add(lines: string[]): Promise<void> {
    for (let i = 0; i < lines.length; i += BATCH)
      this.pending.push({ seq: this.seq++, lines: lines.slice(i, i + BATCH) })
    await this.run()
  }

  async finish(): Promise<void> {
    await this.run()
    while (this.written < this.seq) {
      // only the helper's batches are left: wait for its answers (or for it to fail and give them back)
      await new Promise<void>((r) => (this.wake = r))
      await this.run()
    }
    if (this.drained) await this.drained
  }

  private async run(): Promise<void> {
    while (this.pending.length > 0) {
      const h = this.helper()
      while (h && this.pending.length > 0 && h.canTake()) h.take(this.pending.shift()!, this)
      const b = this.pending.shift()
      if (!b) break
      this.put(b.seq, answerLines(b.lines, this.index))
      if (this.drained) await this.drained
      // let the helper's answers (and its "ready") in between batches
      if (h || this.pending.length > 0) await new Promise<void>((r) => setImmediate(r))
    }
  }

  /** An answered batch; everything answered up to the first gap is written. */
  put(seq: number, out: string): void {
    this.done.set(seq, out)
    let text = ''
    while (this.done.has(this.written)) {
      text += this.done.get(this.written)!
      this.done.delete(this.written++)
    }
    if (text !== '' && !this.stdout.write(text) && !this.drained)
      this.drained = new Promise<void>((r) =>
        this.stdout.once('drain', () => {
          this.drained = null
          r()
        }),
      )
    this.poke()
  }

  /** Batches the helper could not answer come back to this thread. */
  giveBack(batches: Batch[]): void {
    this.pending.unshift(...batches)
    this.pending.sort((a, b) => a.seq - b.seq)
    this.poke()
  }

  private poke(): void {
    const w = this.wake
    this.wake = null
    w?.()
  }
}

/** The second thread: two batches in hand at most, so it never idles while this thread is busy. */
class Helper {
  private ready = false
  private dead = false
  private readonly held = new Map<number, Batch>()
  private work: Work | null = null

  private constructor(
    private readonly worker: Worker,
    private readonly onGiveUp: (why: string) => void,
  ) {
    worker.on('message', (m: ThreadMessage) => {
      if ('ready' in m) this.ready = true
      else if ('failed' in m) this.fail(m.failed)
      else {
        this.held.delete(m.seq)
        this.work?.put(m.seq, m.out)
      }
    })
    worker.on('error', (err) => this.fail(err.message))
    worker.on('exit', (code) => {
      if (!this.dead) this.fail(`it stopped with code ${code}`)
    })
  }

  static start(catalog: string, onGiveUp: (why: string) => void): Helper | null {
    // Built JavaScript only (out/cli/parse-thread.js): a run from the TypeScript sources stays on one thread.
    const here = dirname(fileURLToPath(import.meta.url))
    const file = [join(here, 'parse-thread.js'), join(here, '..', 'parse-thread.js')].find((f) =>
      existsSync(f),
    )
    if (!file) {
      onGiveUp('the built second thread is missing; run npm run build')
      return null
    }
    try {
      return new Helper(new Worker(file, { workerData: { catalog } }), onGiveUp)
    } catch (err) {
      onGiveUp(err instanceof Error ? err.message : String(err))
      return null
    }
  }

  canTake(): boolean {
    return this.ready && !this.dead && this.held.size < 2
  }

  take(b: Batch, work: Work): void {
    this.work = work
    this.held.set(b.seq, b)
    this.worker.postMessage(b)
  }

  stop(): void {
    if (this.dead) return
    this.dead = true
    void this.worker.terminate()
  }

  private fail(why: string): void {
    if (this.dead) return
    this.dead = true
    void this.worker.terminate()
    this.onGiveUp(why)
    this.work?.giveBack([...this.held.values()])
    this.held.clear()
  }
}
