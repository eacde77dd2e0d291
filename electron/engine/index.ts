// createEngine builds the whole engine from its parts with no globals: a test builds one on an in-memory
// database with a fake clock, the desktop app on the user data folder, the headless host on --data.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type DB } from './db/connection'
import { EngineEvents } from './events'
import { CatalogService } from './catalog/service'
import { Settings } from './settings'
import { createFileLogger, silentLogger, type Logger } from './log'
import type { Gateway } from './whatsapp/gateway'
import { createMessaging, type Limits, type Messaging, type SimulatorGateway, type Timers } from './messaging'
import { realTimers } from './messaging/worker'
import type { Inbox } from './messaging/inbox'
import type { OutboxWorker } from './messaging/worker'
import type { OrderService } from './orders/service'
import type { ChatService } from './conversation/service'
import { createEnginePayments, type EnginePayments } from './payments/engine'
import type { ExternalEncryptor } from './payments/secrets'
import type { RetryOptions } from './payments/http'

import { systemClock, type Clock } from '../../shared/clock'

export { systemClock, type Clock }

export interface EngineOptions {
  /** Folder for the database, logs and secrets; omit for an in-memory engine (tests). */
  dataDir?: string
  clock?: Clock
  logger?: Logger
  host?: 'desktop' | 'headless'
  /** The chat network (whatsapp-web.js, later the Cloud API); omitted: the simulator only. */
  gateway?: Gateway
  /** Overrides of the limits.* settings (flood control, rate limits, cart caps), for tests and tools. */
  limits?: Partial<Limits>
  /** See MessagingOptions.simulatorChannel: a CLI beside the running app passes its own. */
  simulatorChannel?: string
  /** Timers for the outbox worker; tests pass fake ones with a fake clock. */
  timers?: Timers
  /** Start the outbox worker and the gateway listeners at once (default true). */
  startMessaging?: boolean
  /** Electron's safeStorage (desktop main only): seals payment secrets; without it, <dataDir>/secret.key does. */
  secretEncryptor?: ExternalEncryptor | null
  /** Poll payment gateways and send reminders on a timer (default: when messaging starts). */
  paymentPolling?: boolean
  /** Timeouts and backoff of payment provider calls (tests pass an instant sleep). */
  paymentRetry?: RetryOptions
}

export interface Engine {
  readonly db: DB
  readonly events: EngineEvents
  readonly catalog: CatalogService
  readonly settings: Settings
  readonly clock: Clock
  readonly log: Logger
  readonly dataDir: string | null
  readonly host: 'desktop' | 'headless'
  /** Inbound messages: `engine.inbox.receive(msg)` stores (idempotently, by providerId) and processes one. */
  readonly inbox: Inbox
  /** The outbox worker: start()/stop(), tick() to send what is due now. */
  readonly worker: OutboxWorker
  readonly orders: OrderService
  readonly chats: ChatService
  readonly simulator: SimulatorGateway
  readonly gateway: Gateway
  readonly messaging: Messaging
  /** Payment requests, mark paid, the unpaid list, payment settings and the counter QR. */
  readonly payments: EnginePayments
  close(): Promise<void>
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const clock = opts.clock ?? systemClock
  const now = () => clock.now()
  let dbPath = ':memory:'
  let log = opts.logger ?? silentLogger
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true })
    dbPath = join(opts.dataDir, 'counterchat.db')
    log = opts.logger ?? createFileLogger(opts.dataDir, { clock })
  }
  const db = openDatabase(dbPath)
  const events = new EngineEvents()
  const settings = new Settings(db, now)
  const catalog = new CatalogService(db, events, now)
  const messaging = createMessaging({
    db,
    events,
    log,
    now,
    settings,
    catalog,
    ...(opts.gateway ? { gateway: opts.gateway } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.simulatorChannel ? { simulatorChannel: opts.simulatorChannel } : {}),
  })
  log.info('engine started', { dataDir: opts.dataDir ?? null })

  const closers: (() => Promise<void> | void)[] = []
  if (opts.startMessaging !== false) void messaging.start()
  closers.push(() => messaging.stop())
  const payments = createEnginePayments({
    db,
    dataDir: opts.dataDir ?? null,
    now,
    settings,
    events,
    orders: messaging.orders,
    outbox: messaging.outbox,
    tx: messaging.tx,
    log,
    timers: opts.timers ?? realTimers,
    secretEncryptor: opts.secretEncryptor ?? null,
    ...(opts.paymentRetry ? { retry: opts.paymentRetry } : {}),
  })
  if (opts.paymentPolling ?? opts.startMessaging !== false) payments.start()
  // Closers run last-first: payments stop before the outbox they write to.
  closers.push(() => payments.stop())
  return {
    db,
    events,
    catalog,
    settings,
    clock,
    log,
    dataDir: opts.dataDir ?? null,
    host: opts.host ?? 'headless',
    inbox: messaging.inbox,
    worker: messaging.worker,
    orders: messaging.orders,
    chats: messaging.chats,
    simulator: messaging.simulator,
    gateway: messaging.gateway,
    messaging,
    payments,
    async close() {
      for (const c of closers.reverse()) await c()
      db.close()
    },
  }
}
