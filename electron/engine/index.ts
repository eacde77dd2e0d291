// createEngine builds the whole engine from its parts with no globals: a test builds one on an in-memory
// database with a fake clock, the desktop app on the user data folder, the headless host on --data.
import { closeSync, openSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, openReadOnlyCopy, type DB } from './db/connection'
import { ReadOnlyDataError } from './db/open-check'
import { mkdirPrivate, tightenDataDir } from './private-files'
import { Backups } from './backup/service'
import { EngineEvents } from './events'
import { CatalogService } from './catalog/service'
import { Settings } from './settings/settings'
import { ENGINE_SETTINGS, type EngineSettingDefs } from './settings/all'
import { createFileLogger, silentLogger, type Logger } from './log'
import type { Gateway } from './whatsapp/gateway'
import { createMessaging, type Limits, type Messaging, type SimulatorGateway, type Timers } from './messaging'
import { realTimers } from './messaging/worker'
import type { Inbox } from './messaging/inbox'
import type { OutboxWorker } from './messaging/worker'
import type { OrderService } from './orders/service'
import type { ChatService } from './chats/service'
import { createEnginePayments, type EnginePayments } from './payments/engine'
import type { ExternalEncryptor } from './payments/secrets'
import type { RetryOptions } from './payments/http'
import { KhataService } from './khata/service'
import { CounterService } from './counter/service'
import { ReceiptService } from './receipts/service'

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
  /**
   * 'write' (default): the data folder must be writable, or the engine refuses in plain words. 'read': reading
   * commands (export, orders) also work on a read-only data folder, opening the database read-only.
   */
  access?: 'write' | 'read'
  /** A backup at start and daily while running (default: when messaging starts, i.e. the app and the host). */
  backups?: boolean
}

export interface Engine {
  readonly db: DB
  readonly events: EngineEvents
  readonly catalog: CatalogService
  readonly settings: Settings<EngineSettingDefs>
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
  /** Copies of the database in <data>/backups, and restoring one. */
  readonly backups: Backups
  /** True when the database was opened read-only (a read-only data folder). */
  readonly readOnly: boolean
  /** The customers' credit ledger (docs/counter.md). */
  readonly khata: KhataService
  /** Walk-in sales at the counter. */
  readonly counter: CounterService
  /** ESC/POS receipts and the printer. */
  readonly receipts: ReceiptService
  close(): Promise<void>
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const clock = opts.clock ?? systemClock
  const now = () => clock.now()
  let dbPath = ':memory:'
  let log = opts.logger ?? silentLogger
  let readOnly = false
  if (opts.dataDir) {
    const problem = prepareDataDir(opts.dataDir)
    if (problem) {
      if (opts.access !== 'read') throw new ReadOnlyDataError(opts.dataDir, problem)
      readOnly = true
    }
    dbPath = join(opts.dataDir, 'counterchat.db')
    log = opts.logger ?? (readOnly ? silentLogger : createFileLogger(opts.dataDir, { clock }))
    const tightened = readOnly ? [] : tightenDataDir(opts.dataDir)
    if (tightened.length > 0)
      log.warn('made the data folder private (0700 folders, 0600 files)', { paths: tightened.slice(0, 50) })
  }
  let disposeCopy: (() => void) | null = null
  let db: DB
  if (readOnly) {
    const copy = openReadOnlyCopy(dbPath)
    db = copy.db
    disposeCopy = copy.dispose
  } else db = openDatabase(dbPath)
  const events = new EngineEvents()
  const settings = new Settings(db, now, ENGINE_SETTINGS)
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
  const backups = new Backups({
    db,
    dataDir: opts.dataDir ?? null,
    now,
    timers: opts.timers ?? realTimers,
    log,
    onRestored: () => {
      events.emit('catalog.changed', { skus: [], reason: 'external' })
      events.emit('settings.changed', { key: '*' })
    },
  })
  if (!readOnly && (opts.backups ?? opts.startMessaging !== false)) backups.start()
  closers.push(() => backups.stop())
  const upi = () => {
    const s = payments.domain.settings()
    return { vpa: s.upi.vpa, payeeName: s.upi.payeeName || s.shopName }
  }
  const khata = new KhataService({
    db,
    tx: messaging.tx,
    events,
    now,
    settings,
    outbox: messaging.outbox,
    orders: messaging.orders,
    upi,
  })
  const counter = new CounterService({
    db,
    tx: messaging.tx,
    events,
    now,
    settings,
    catalog,
    khata,
    index: () => messaging.conversation.index(),
    upi,
  })
  const receipts = new ReceiptService({ db, settings, orders: messaging.orders, khata, now, upi, log })
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
    backups,
    readOnly,
    khata,
    counter,
    receipts,
    async close() {
      for (const c of closers.reverse()) await c()
      db.close()
      disposeCopy?.()
    },
  }
}

/**
 * Makes the data folder (0700) and checks it can be written, by writing and removing a small file (a mode
 * check says nothing on a read-only disk or to root). Returns why it cannot be written, or null.
 */
function prepareDataDir(dir: string): string | null {
  try {
    mkdirPrivate(dir)
    const probe = join(dir, `.write-check-${process.pid}`)
    closeSync(openSync(probe, 'w', 0o600))
    rmSync(probe)
    return null
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EROFS') return 'the disk is read-only'
    if (code === 'EACCES' || code === 'EPERM') return 'this user may not write there'
    if (code === 'ENOSPC') return 'the disk is full'
    throw err
  }
}
