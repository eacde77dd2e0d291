// The outbox worker: sends queued rows through the gateway of their channel, one at a time per chat (so a
// customer reads replies in order), fairly across chats (one flooding chat never starves the others), within
// per-chat and global rate limits, retrying failures with exponential backoff.
//
// Pacing (pacing.ts): sends are spread evenly over the minute, shop-wide and per chat, with the per-minute
// windows kept as the hard limit on top. When replies to one chat have piled up, the queued texts behind the
// one going out are folded into it and go as one message (store.claimForSending), fewer sends for the same words.
//
// Crash safety: a row is marked `sending` (committed) before the gateway call and `sent` with the network's id
// after it. A row found in `sending` that this process is not sending (a crash or a timeout in between) is
// reconciled: with gateway.findSent we ask the network whether it went out and record it or requeue it;
// without it we cannot know, so we do not resend (a duplicate order update is worse than a missing one) and
// mark it `uncertain` for the shopkeeper.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import type { Gateway } from '../whatsapp/gateway'
import type { Limits } from './limits'
import { outboundMessage, type ChatLedger } from './outbox'
import * as store from './store'
import { backoffDelay } from '../backoff'
import { Pacer } from './pacing'

export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export const realTimers: Timers = {
  set: (fn, ms) => {
    const h = setTimeout(fn, ms)
    h.unref?.()
    return h
  },
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}

/** Longest the worker sleeps with nothing due, so a gateway that became ready is noticed. */
const IDLE_POLL_MS = 5_000
/** Sends in flight at once: whatsapp-web.js drives one browser page, which does not like a crowd. */
const MAX_IN_FLIGHT = 8
/** How long stop() waits for sends in flight. */
const STOP_WAIT_MS = 5_000
/** findSent looks this far before the `sending` mark, for clocks that disagree a little. */
const FIND_SENT_SLACK_MS = 60_000
/** At most this many rows are folded into one message, and only while it stays this short (readable on a phone). */
const MAX_MERGED_ROWS = 20
const MAX_MERGED_CHARS = 4_096

export interface WorkerDeps {
  db: DB
  events: EngineEvents
  log: Logger
  now: () => number
  timers: Timers
  limits: () => Limits
  gatewayFor: (channel: string) => Gateway | null
  chats: Pick<ChatLedger, 'flag'>
  /** The pacing jitter's source, in [0, 1): Math.random, or a fixed sequence in tests. */
  random: () => number
}

export class OutboxWorker {
  private running = false
  private timer: unknown = null
  /** When the pending timer fires (clock time), so a wake that cannot send before then leaves it alone. */
  private timerAt = Infinity
  private ticking: Promise<void> | null = null
  private again = false
  private inflight = new Set<number>()
  private sends = new Set<Promise<void>>()
  /**
   * Send times in the last minute, for the rate limits (seeded from the database on start): everyone's in
   * send order (entries before `recentStart` have left the window), and each chat's own.
   */
  private recent: { chat: string; at: number }[] = []
  private recentStart = 0
  private recentByChat = new Map<string, number[]>()
  /** Even spacing of sends: everyone's, and each chat's (kept only while a chat's bucket is not full). */
  private pacer: Pacer
  private chatPacers = new Map<string, Pacer>()
  private startedAt = 0

  constructor(private d: WorkerDeps) {
    this.pacer = new Pacer(d.random)
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.startedAt = this.d.now()
    const since = this.d.now() - 60_000
    this.recent = []
    this.recentStart = 0
    this.recentByChat.clear()
    // The last minute's sends also refill the pacers as they were, so a restart is no licence to burst.
    this.pacer = new Pacer(this.d.random)
    this.chatPacers.clear()
    const limits = this.d.limits()
    for (const r of store.sentSince(this.d.db, since)) this.recordSend(r.chat, r.sent_at, limits)
    this.wake()
  }

  async stop(): Promise<void> {
    this.running = false
    if (this.timer !== null) this.d.timers.clear(this.timer)
    this.timer = null
    this.timerAt = Infinity
    await this.ticking
    // A send stuck in the network must not hold shutdown forever; its row stays `sending` and is
    // reconciled on the next start.
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      Promise.allSettled([...this.sends]),
      new Promise<void>((r) => {
        timer = setTimeout(r, STOP_WAIT_MS)
        timer.unref?.()
      }),
    ])
    clearTimeout(timer)
  }

  get isRunning(): boolean {
    return this.running
  }

  /**
   * New rows were queued: look at once rather than at the next timer. Given the new row, a wake that cannot
   * send it yet costs nothing: a network that is not linked wakes the worker itself when it is, and a row
   * behind a rate window only moves the timer to when that window opens (the worker walks the queue then,
   * not on every enqueue while thousands of replies wait their turn).
   */
  wake(row?: { chat: string; channel: string }): void {
    if (!this.running) return
    if (row) {
      const gateway = this.d.gatewayFor(row.channel)
      if (!gateway || gateway.linkState.state !== 'ready') return
      const now = this.d.now()
      const free = this.rateFreeAt(row.chat, now, this.d.limits())
      if (free > now) {
        const at = Math.min(free, now + IDLE_POLL_MS)
        if (this.timerAt > at) this.schedule(at - now)
        return
      }
    }
    this.schedule(0)
  }

  /** Sends everything due now; resolves when those sends have finished (tests drive this directly). */
  async tick(): Promise<void> {
    await this.pass()
    await Promise.allSettled([...this.sends])
  }

  /**
   * Starts what is due now and sets the timer for the next, without waiting for the sends: paced sends are an
   * interval apart (500 ms at 120 a minute), and a network slower than that must not slow the pace. A send
   * that finishes wakes the worker, as its chat's next reply may be due.
   */
  private async pass(): Promise<void> {
    if (this.ticking) {
      this.again = true
      return this.ticking
    }
    const run = async () => {
      do {
        this.again = false
        await this.reconcile()
        this.startDue()
      } while (this.again && this.running)
    }
    const p: Promise<void> = run().finally(() => {
      if (this.ticking === p) this.ticking = null
    })
    this.ticking = p
    await p
    if (this.running) this.schedule(this.nextDelay())
  }

  /**
   * When the next row becomes sendable (retry time, a rate window opening, its paced turn), or null when none
   * is open. With `paced: false` the pacing is left out: a row due by that answer waits only for its turn.
   */
  nextDueAt(opts: { paced?: boolean } = {}): number | null {
    const heads = store.headsOfOpenChats(this.d.db).filter((r) => r.status === 'queued')
    if (heads.length === 0) return null
    const now = this.d.now()
    const limits = this.d.limits()
    const paced = opts.paced ?? true
    let next = Infinity
    for (const r of heads)
      next = Math.min(next, Math.max(r.next_attempt_at, this.rateFreeAt(r.chat, now, limits, paced)))
    return next
  }

  private nextDelay(): number {
    const due = this.nextDueAt()
    if (due === null) return IDLE_POLL_MS
    return Math.min(IDLE_POLL_MS, Math.max(0, due - this.d.now()))
  }

  private schedule(ms: number): void {
    if (!this.running) return
    if (this.timer !== null) this.d.timers.clear(this.timer)
    this.timerAt = this.d.now() + ms
    this.timer = this.d.timers.set(() => {
      this.timer = null
      this.timerAt = Infinity
      void this.pass()
    }, ms)
  }

  private startDue(): void {
    const now = this.d.now()
    const limits = this.d.limits()
    // Everyone's window full: nothing can go out, so the queue is not even read.
    if (this.inflight.size >= MAX_IN_FLIGHT || this.globalFreeAt(now, limits) > now) return
    for (const row of store.headsOfOpenChats(this.d.db)) {
      // a send just started here moves everyone's paced turn on: the rest wait for their own timer
      if (this.inflight.size >= MAX_IN_FLIGHT || this.globalFreeAt(now, limits) > now) break
      if (row.status !== 'queued' || this.inflight.has(row.id) || row.next_attempt_at > now) continue
      if (this.rateFreeAt(row.chat, now, limits) > now) continue
      const gateway = this.d.gatewayFor(row.channel)
      if (!gateway || gateway.linkState.state !== 'ready') continue
      const folded = store.claimForSending(this.d.db, row.id, this.foldable(row), now)
      if (folded === null) continue
      if (folded.length > 0) this.changed(row.id)
      this.recordSend(row.chat, now, limits)
      this.inflight.add(row.id)
      const p = this.send(gateway, row, folded).finally(() => {
        this.inflight.delete(row.id)
        this.sends.delete(p)
        this.wake()
      })
      this.sends.add(p)
    }
  }

  /**
   * The rows waiting behind `head` that may go in its message: plain texts (a picture, or a payment message
   * with its link, stays a message of its own), in order, stopping at the first that may not.
   */
  private foldable(head: store.OutboxRow): number[] {
    if (!mergeable(head)) return []
    const ids: number[] = []
    let chars = head.text.length
    for (const r of store.queuedAfter(this.d.db, head, MAX_MERGED_ROWS)) {
      if (r.status !== 'queued' || !mergeable(r)) break
      chars += store.MERGE_SEPARATOR.length + r.text.length
      if (chars > MAX_MERGED_CHARS) break
      ids.push(r.id)
    }
    return ids
  }

  private recordSend(chat: string, at: number, limits: Limits): void {
    this.recent.push({ chat, at })
    const mine = this.recentByChat.get(chat)
    if (mine) mine.push(at)
    else this.recentByChat.set(chat, [at])
    this.pacer.record(at, limits.outboundPerMinute)
    let pacer = this.chatPacers.get(chat)
    if (!pacer) this.chatPacers.set(chat, (pacer = new Pacer(this.d.random)))
    pacer.record(at, limits.outboundPerChatPerMinute)
  }

  /** Forgets sends that left the one-minute window. */
  private prune(now: number): void {
    const windowStart = now - 60_000
    const recent = this.recent
    while (this.recentStart < recent.length && recent[this.recentStart]!.at <= windowStart) {
      const { chat } = recent[this.recentStart++]!
      const mine = this.recentByChat.get(chat)
      if (mine) {
        while (mine.length > 0 && mine[0]! <= windowStart) mine.shift()
        if (mine.length === 0) {
          this.recentByChat.delete(chat)
          if (this.chatPacers.get(chat)?.idle(now)) this.chatPacers.delete(chat)
        }
      }
    }
    if (this.recentStart > 1024 && this.recentStart * 2 > recent.length) {
      this.recent = recent.slice(this.recentStart)
      this.recentStart = 0
    }
  }

  /** The earliest time one more message to anyone fits the shop-wide limit (and, paced, its turn). */
  private globalFreeAt(now: number, limits: Limits, paced = true): number {
    this.prune(now)
    let free = paced ? Math.max(now, this.pacer.freeAt(limits.outboundPerMinute)) : now
    const inWindow = this.recent.length - this.recentStart
    if (inWindow >= limits.outboundPerMinute)
      free = Math.max(free, this.recent[this.recent.length - limits.outboundPerMinute]!.at + 60_000)
    return free
  }

  /** The earliest time one more message to `chat` fits both rate limits (and, paced, both pacers). */
  private rateFreeAt(chat: string, now: number, limits: Limits, paced = true): number {
    let free = this.globalFreeAt(now, limits, paced)
    const mine = this.recentByChat.get(chat)
    if (mine && mine.length >= limits.outboundPerChatPerMinute) {
      free = Math.max(free, mine[mine.length - limits.outboundPerChatPerMinute]! + 60_000)
    }
    const pacer = paced ? this.chatPacers.get(chat) : undefined
    if (pacer) free = Math.max(free, pacer.freeAt(limits.outboundPerChatPerMinute))
    return free
  }

  private async send(gateway: Gateway, row: store.OutboxRow, folded: number[]): Promise<void> {
    const limits = this.d.limits()
    let timer: unknown = null
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = this.d.timers.set(() => reject(new SendTimeout()), limits.sendTimeoutMs)
      })
      const text = folded.length > 0 ? store.messageText(this.d.db, row) : row.text
      const body = row.image_png ? { imagePng: row.image_png, caption: row.text } : { text }
      const { providerId } = await Promise.race([gateway.send(row.chat, body), timeout])
      store.markSent(this.d.db, row.id, providerId, this.d.now())
      this.changed(row.id)
    } catch (err) {
      if (err instanceof SendTimeout) {
        // Maybe sent: leave it in `sending` for reconcile() rather than risk a duplicate.
        this.d.log.warn('outbox send timed out', { id: row.id })
        return
      }
      const message = err instanceof Error ? err.message : String(err)
      const attempts = row.attempts + 1
      if (attempts >= limits.sendAttempts) {
        store.markOutbound(this.d.db, row.id, 'failed', message.slice(0, 500))
        this.d.chats.flag(row.chat, 'A reply could not be delivered')
        this.d.log.error('outbox message failed', { id: row.id, attempts, message })
      } else {
        const delay = backoffDelay({ initialMs: limits.retryBaseMs, maxMs: limits.retryMaxMs }, attempts)
        store.markRetry(this.d.db, row.id, this.d.now() + delay, message.slice(0, 500))
      }
      this.changed(row.id, folded)
    } finally {
      if (timer !== null) this.d.timers.clear(timer)
    }
  }

  /** Rows left in `sending` by a crash (or a timed-out send) are settled before anything else is sent. */
  private async reconcile(): Promise<void> {
    const now = this.d.now()
    const timeout = this.d.limits().sendTimeoutMs
    // Only rows left by an earlier run (a crash), or so old that whoever was sending them gave up: a row another
    // live process (the CLI beside the app) has in flight right now is not ours to settle.
    const stuck = store.sendingHeads(this.d.db).filter(
      (r) =>
        !this.inflight.has(r.id) &&
        // a send this process gave up on may still be finishing inside WhatsApp Web: give it twice the
        // timeout before asking whether it went out, or the answer "not yet" would send it twice
        ((r.sending_at ?? 0) <= this.startedAt || now - (r.sending_at ?? 0) >= 2 * timeout),
    )
    for (const row of stuck) {
      let folded: number[] = []
      const gateway = this.d.gatewayFor(row.channel) as Reconcilable | null
      if (!gateway) continue
      if (gateway.findSent) {
        if (gateway.linkState.state !== 'ready') continue
        try {
          const since = (row.sending_at ?? row.created_at) - FIND_SENT_SLACK_MS
          // the same text may rightly have gone out before (two "didn't understand" replies): those are
          // already recorded and must not be taken for this one
          const known = store.sentProviderIds(this.d.db, row.chat)
          const found = await gateway.findSent(row.chat, store.messageText(this.d.db, row), since, known)
          folded = store.mergedInto(this.d.db, row.id).map((r) => r.id)
          if (found) store.markSent(this.d.db, row.id, found.providerId, row.sending_at ?? this.d.now())
          else store.markRetry(this.d.db, row.id, this.d.now(), 'not found after restart; sending again')
        } catch (err) {
          this.d.log.warn('findSent failed', {
            id: row.id,
            message: err instanceof Error ? err.message : String(err),
          })
          continue
        }
      } else {
        store.markOutbound(
          this.d.db,
          row.id,
          'uncertain',
          'interrupted while sending; not resent to avoid a duplicate',
        )
        this.d.chats.flag(row.chat, 'A reply may not have been delivered (interrupted while sending)')
      }
      this.changed(row.id, folded)
    }
  }

  /**
   * Announces a row's new state, and that of the rows folded into it (they move with it); `unfolded` are rows
   * that were folded in until a retry let them go.
   */
  private changed(id: number, unfolded: number[] = []): void {
    const row = store.getOutbound(this.d.db, id)
    if (!row) return
    const rows = [row, ...store.mergedInto(this.d.db, id)]
    for (const u of unfolded)
      if (!rows.some((r) => r.id === u)) {
        const r = store.getOutbound(this.d.db, u)
        if (r) rows.push(r)
      }
    for (const r of rows) this.d.events.emit('chat.message', outboundMessage(r))
    if (row.status === 'failed' || row.status === 'uncertain')
      this.d.events.emit('chats.changed', { phone: row.chat })
  }

  /** A delivery tick from the network. */
  ack(providerId: string, ack: number): void {
    for (const row of store.recordAck(this.d.db, providerId, ack))
      this.d.events.emit('chat.message', outboundMessage(row))
  }
}

class SendTimeout extends Error {}

/** Plain text that may share a message with its neighbours: not a picture, not a payment request. */
function mergeable(r: store.OutboxRow): boolean {
  return r.image_png === null && r.origin !== 'payment'
}

/** Gateway.findSent is optional; declared here too so the worker does not depend on every gateway having it. */
type Reconcilable = Gateway & {
  findSent?(
    to: string,
    text: string,
    sinceTimestamp: number,
    exclude?: ReadonlySet<string>,
  ): Promise<{ providerId: string } | null>
}
