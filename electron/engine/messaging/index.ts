// The pipe: gateway -> inbox (stored, deduplicated) -> handler -> outbox (rows) -> worker -> gateway. It knows
// nothing of conversations or orders: createEngine hands it the handler that answers a message (conversation/
// turn.ts) and the chat ledger the outbox notes sends in. Tests and tools reach the parts through the engine.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import type { SettingsReader } from '../settings/settings'
import type { Gateway } from '../whatsapp/gateway'
import type { Tx } from '../db/tx'
import { Inbox, type InboundHandler } from './inbox'
import { readLimits, type Limits, type LIMIT_SETTINGS } from './limits'
import { Outbox, type ChatLedger } from './outbox'
import { SimulatorGateway } from './simulator'
import * as store from './store'
import { OutboxWorker, realTimers, type Timers } from './worker'

export { SimulatorGateway } from './simulator'
export type { Limits } from './limits'
export type { Timers } from './worker'

const CATCH_UP_SLACK_MS = 15 * 60_000

export interface MessagingOptions {
  db: DB
  tx: Tx
  events: EngineEvents
  log: Logger
  now: () => number
  /** Read for the limits.* settings only. */
  settings: SettingsReader<typeof LIMIT_SETTINGS>
  /** Answers a stored message; called late (at the first message), so the engine may build it after the pipe. */
  handler: () => InboundHandler
  chats: ChatLedger
  /** Runs once the pipe has started and the backlog is being drained (the engine warms the catalog index). */
  onStarted?: () => void
  /** The network. Omitted: the simulator is the only gateway. */
  gateway?: Gateway
  limits?: Partial<Limits>
  /**
   * The channel name of this engine's simulator. The simulator's phones live in one process, so a second
   * process on the same data folder (`counterchat chat` beside the running app) uses its own name and the
   * two never send each other's replies.
   */
  simulatorChannel?: string
  timers?: Timers
  /** The outbox pacing's jitter source, in [0, 1); Math.random by default, fixed in tests. */
  random?: () => number
  /** How the inbox defers its processing loop; setImmediate by default. */
  defer?: (fn: () => void) => void
}

export interface Messaging {
  readonly inbox: Inbox
  readonly outbox: Outbox
  readonly worker: OutboxWorker
  /** Always present: the "Try it as a customer" phone; the main gateway when no other is given. */
  readonly simulator: SimulatorGateway
  readonly gateway: Gateway
  limits(): Limits
  /** Starts the gateways' listeners and the outbox worker; processes anything left pending by a crash. */
  start(): Promise<void>
  stop(): Promise<void>
  /** Started and not yet stopped. */
  running(): boolean
  /**
   * Resolves when every stored inbound message is processed and nothing is left to send. With
   * `waitForDelayed: false` it stops at rows waiting on a retry or rate window (for tests on a fake clock).
   * With `advanceClock`, a row waiting only for its paced turn (seconds at most) is not waited for in real time:
   * the fake clock is moved on to that turn, so a test on a fake clock sees every reply that pacing alone holds.
   */
  whenIdle(opts?: { waitForDelayed?: boolean; advanceClock?: (ms: number) => void }): Promise<void>
}

export function createMessaging(o: MessagingOptions): Messaging {
  const { db, tx, events, log, now, settings } = o
  const timers = o.timers ?? realTimers
  const defer = o.defer ?? ((fn: () => void) => void setImmediate(fn))
  // Read on every message and every outbox decision: rebuilt only when a setting may have changed.
  let cachedLimits: { version: number; limits: Limits } | null = null
  const limits = () => {
    const version = settings.version()
    if (cachedLimits?.version !== version)
      cachedLimits = { version, limits: Object.freeze(readLimits(settings, o.limits)) }
    return cachedLimits.limits
  }
  const simulator = o.gateway instanceof SimulatorGateway ? o.gateway : new SimulatorGateway(now)
  const gateway = o.gateway ?? simulator
  const simulatorChannel = o.simulatorChannel ?? 'simulator'
  const channelOf = (g: Gateway) => (g === simulator ? simulatorChannel : g.kind)
  /** The channels this engine sends on; rows on any other channel belong to another process and are left alone. */
  const channels = [...new Set([simulatorChannel, channelOf(gateway)])]
  const gatewayFor = (channel: string): Gateway | null =>
    channel === simulatorChannel ? simulator : channel === channelOf(gateway) ? gateway : null
  const worker = new OutboxWorker({
    db,
    events,
    log,
    now,
    timers,
    limits,
    gatewayFor,
    chats: o.chats,
    random: o.random ?? Math.random,
  })
  const outbox = new Outbox(db, tx, events, now, o.chats, (row) => worker.wake(row))
  const inbox = new Inbox({
    db,
    tx,
    events,
    log,
    now,
    handler: {
      handle: (row) => o.handler().handle(row),
      failed: (row, message) => o.handler().failed(row, message),
    },
    defer,
    defaultChannel: channelOf(gateway),
  })

  const unsubscribers: (() => void)[] = []
  let started = false
  let stopped = false

  const listen = (g: Gateway) => {
    unsubscribers.push(g.on('message', (m) => void inbox.receive(m, channelOf(g))))
    unsubscribers.push(g.on('ack', (id, ack) => worker.ack(id, ack)))
    unsubscribers.push(
      g.on('state', (s) => {
        if (s.state === 'ready') {
          void catchUp(g)
          worker.wake()
        }
      }),
    )
  }

  /** Messages that arrived while we were not running: the inbox drops the ones it already has. */
  const catchUp = async (g: Gateway) => {
    if (g.linkState.state !== 'ready') return
    try {
      // A little before the newest stored message: messages can arrive out of order, and whatever we already
      // have is dropped by providerId anyway.
      const latest = store.latestInboundTimestamp(db, channelOf(g))
      const since = latest === null ? now() - 24 * 60 * 60_000 : latest - CATCH_UP_SLACK_MS
      for (const m of await g.fetchMissed(since)) inbox.receive(m, channelOf(g))
    } catch (err) {
      log.warn('fetchMissed failed', {
        gateway: g.kind,
        message: err instanceof Error ? err.message : String(err),
      })
    }
  }

  unsubscribers.push(
    simulator.onSent((m) =>
      events.emit('simulator.message', {
        to: m.to,
        text: m.text,
        at: m.at,
        ...(m.imagePng
          ? { image: `data:image/png;base64,${Buffer.from(m.imagePng).toString('base64')}` }
          : {}),
      }),
    ),
  )

  return {
    inbox,
    outbox,
    worker,
    simulator,
    gateway,
    limits,
    async start() {
      if (started) return
      started = true
      listen(simulator)
      if (gateway !== simulator) listen(gateway)
      worker.start()
      defer(() => {
        if (stopped) return
        void inbox.drain()
        o.onStarted?.()
      })
      await catchUp(gateway)
    },
    running: () => started && !stopped,
    async stop() {
      stopped = true
      for (const u of unsubscribers.splice(0)) u()
      await inbox.stop()
      await worker.stop()
    },
    async whenIdle(opts = {}) {
      const waitForDelayed = opts.waitForDelayed ?? true
      for (let round = 0; ; round++) {
        await inbox.drain()
        await worker.tick()
        if (inbox.pending()) continue
        const open = store.openOutboundCount(db, channels)
        if (open === 0) return
        const due = worker.nextDueAt()
        if (due !== null && due <= now()) continue
        if (opts.advanceClock && due !== null) {
          const unpaced = worker.nextDueAt({ paced: false })
          if (unpaced !== null && unpaced <= now()) {
            opts.advanceClock(due - now())
            continue
          }
        }
        if (!waitForDelayed) return
        const wait = due === null ? 50 : Math.min(1_000, Math.max(5, due - now()))
        await new Promise<void>((r) => timers.set(r, wait))
        if (round > 1_000_000) throw new Error('outbox never became idle')
      }
    },
  }
}
