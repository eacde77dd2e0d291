// Wires the one-way flow: gateway -> inbox -> conversation -> orders -> outbox -> gateway. createEngine calls
// createMessaging once; tests and tools reach the parts through the engine (engine.inbox, engine.worker, ...).
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import type { CatalogService } from '../catalog/service'
import type { Settings } from '../settings'
import type { Gateway } from '../whatsapp/gateway'
import { ChatService } from '../chats/service'
import { Conversation } from '../conversation/conversation'
import { productsNamedLike } from '../../../shared/understanding'
import '../conversation/settings'
import { OrderService } from '../orders/service'
import { Inbox } from './inbox'
import { readLimits, type Limits } from './limits'
import { Outbox } from './outbox'
import { SimulatorGateway } from './simulator'
import * as store from './store'
import { Tx } from '../db/tx'
import { OutboxWorker, realTimers, type Timers } from './worker'

export { SimulatorGateway } from './simulator'
export type { Limits } from './limits'
export type { Timers } from './worker'

const CATCH_UP_SLACK_MS = 15 * 60_000

export interface MessagingOptions {
  db: DB
  events: EngineEvents
  log: Logger
  now: () => number
  settings: Settings
  catalog: CatalogService
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
  /** How the inbox defers its processing loop; setImmediate by default. */
  defer?: (fn: () => void) => void
}

export interface Messaging {
  readonly tx: Tx
  readonly inbox: Inbox
  readonly outbox: Outbox
  readonly worker: OutboxWorker
  readonly conversation: Conversation
  readonly orders: OrderService
  readonly chats: ChatService
  /** Always present: the "Try it as a customer" phone; the main gateway when no other is given. */
  readonly simulator: SimulatorGateway
  readonly gateway: Gateway
  limits(): Limits
  /** Starts the gateways' listeners and the outbox worker; processes anything left pending by a crash. */
  start(): Promise<void>
  stop(): Promise<void>
  /**
   * Resolves when every stored inbound message is processed and nothing is left to send. With
   * `waitForDelayed: false` it stops at rows waiting on a retry or rate window (for tests on a fake clock).
   */
  whenIdle(opts?: { waitForDelayed?: boolean }): Promise<void>
}

export function createMessaging(o: MessagingOptions): Messaging {
  const { db, events, log, now, settings, catalog } = o
  const timers = o.timers ?? realTimers
  const defer = o.defer ?? ((fn: () => void) => void setImmediate(fn))
  // Read on every message and every outbox decision: rebuilt only when a setting may have changed.
  let cachedLimits: { version: number; limits: Limits } | null = null
  const limits = () => {
    const version = settings.version()
    if (cachedLimits?.version !== version)
      cachedLimits = { version, limits: Object.freeze(readLimits((k) => settings.get(k), o.limits)) }
    return cachedLimits.limits
  }
  const tx = new Tx(db)
  const simulator = o.gateway instanceof SimulatorGateway ? o.gateway : new SimulatorGateway(now)
  const gateway = o.gateway ?? simulator
  const simulatorChannel = o.simulatorChannel ?? 'simulator'
  const channelOf = (g: Gateway) => (g === simulator ? simulatorChannel : g.kind)
  /** The channels this engine sends on; rows on any other channel belong to another process and are left alone. */
  const channels = [...new Set([simulatorChannel, channelOf(gateway)])]
  const gatewayFor = (channel: string): Gateway | null =>
    channel === simulatorChannel ? simulator : channel === channelOf(gateway) ? gateway : null
  const worker = new OutboxWorker({ db, events, log, now, timers, limits, gatewayFor })
  const outbox = new Outbox(db, tx, events, now, (row) => worker.wake(row))
  const orders = new OrderService(db, tx, events, now, catalog, settings, outbox)
  const conversation = new Conversation({ db, events, catalog, settings, orders, limits, now })
  // Catalog search reads a misspelt word as the order reader does ("onoin" finds Onion).
  catalog.useTypoLookup((word) => productsNamedLike(conversation.index(), word))
  // After a change to the catalog's shape (an import, a new product), the index is rebuilt in the background
  // rather than by the next customer or search that needs it.
  events.subscribe((event, payload) => {
    if (!started || stopped || event !== 'catalog.changed') return
    if ((payload as { reason?: string }).reason === 'stock') return
    defer(warmIndex)
  })
  /** Builds the catalog index a slice at a time between other work (see Conversation.warmIndex). */
  const warmIndex = () => {
    if (stopped) return
    conversation
      .warmIndex(() => new Promise<boolean>((r) => defer(() => r(!stopped))))
      .catch((err: unknown) =>
        log.error('catalog index failed', { message: err instanceof Error ? err.message : String(err) }),
      )
  }
  const inbox = new Inbox({
    db,
    tx,
    events,
    log,
    now,
    settings,
    conversation,
    outbox,
    limits,
    defer,
    defaultChannel: channelOf(gateway),
  })
  const chats = new ChatService(db, tx, events, settings, outbox, now)

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
    tx,
    inbox,
    outbox,
    worker,
    conversation,
    orders,
    chats,
    simulator,
    gateway,
    limits,
    async start() {
      if (started) return
      started = true
      listen(simulator)
      if (gateway !== simulator) listen(gateway)
      worker.start()
      // Build the catalog index before the first customer waits on it (~0.5 s for 27,000 products), a slice at
      // a time so the first screen is not held up; a message arriving first finishes it (conversation.index()).
      defer(() => {
        if (stopped) return
        void inbox.drain()
        warmIndex()
      })
      await catchUp(gateway)
    },
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
        if (!waitForDelayed) return
        const wait = due === null ? 50 : Math.min(1_000, Math.max(5, due - now()))
        await new Promise<void>((r) => timers.set(r, wait))
        if (round > 1_000_000) throw new Error('outbox never became idle')
      }
    },
  }
}
