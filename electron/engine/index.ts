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
import { combineSettings } from './settings/settings'
import { SHOP_SETTINGS } from './settings/shop'
import { CONVERSATION_SETTINGS } from './conversation/settings'
import { VOICE_SETTINGS } from './voice/settings'
import { CHAT_SETTINGS } from './chats/settings'
import { LIMIT_SETTINGS } from './messaging/limits'
import { PAYMENT_SETTINGS, readPaymentSettings } from './payments/settings'
import { KHATA_SETTINGS } from './khata/settings'
import { RECEIPT_SETTINGS } from './receipts/settings'
import { WHATSAPP_SETTINGS } from './whatsapp/settings'
import { createFileLogger, silentLogger, type Logger } from './log'
import type { Gateway } from './whatsapp/gateway'
import { createMessaging, type Limits, type Messaging, type SimulatorGateway, type Timers } from './messaging'
import { realTimers } from './messaging/worker'
import type { Inbox } from './messaging/inbox'
import type { OutboxWorker } from './messaging/worker'
import { Tx } from './db/tx'
import { Checkpointer } from './db/checkpointer'
import * as chatRecords from './chats/repository'
import { ChatService } from './chats/service'
import { OrderService } from './orders/service'
import { Conversation } from './conversation/conversation'
import { engineIndexCache, type IndexCacheAt } from './catalog/index-cache'
import { inboundTurns } from './conversation/turn'
import { orderNotices } from './conversation/order-notices'
import { Voice } from './voice/voice'
import { TemplateEditor } from './voice/editor'
import { latestOrderOf } from './orders/repository'
import './conversation/settings'
import { productsNamedLike } from '../../shared/understanding'
import { createPaymentsService, type PaymentsService } from './payments/service'
import type { ExternalEncryptor } from './payments/secrets'
import type { RetryOptions } from './payments/providers/http'
import { KhataService } from './khata/service'
import { CounterService } from './counter/service'
import { ReceiptService } from './receipts/service'

import { systemClock, type Clock } from '../../shared/clock'

export { systemClock, type Clock }

/**
 * Every setting the engine knows: the shop's own and each area's declaration, combined here, where the areas are
 * wired (an area takes a SettingsReader of the declarations it uses, so no arrow runs back up). A key declared by
 * two areas stops the engine at load.
 */
export const ENGINE_SETTINGS = combineSettings(
  SHOP_SETTINGS,
  CONVERSATION_SETTINGS,
  VOICE_SETTINGS,
  CHAT_SETTINGS,
  LIMIT_SETTINGS,
  PAYMENT_SETTINGS,
  KHATA_SETTINGS,
  RECEIPT_SETTINGS,
  WHATSAPP_SETTINGS,
)

export type EngineSettingDefs = typeof ENGINE_SETTINGS

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
  /** The outbox pacing's jitter source, in [0, 1) (default Math.random); tests pass a fixed one. */
  random?: () => number
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
  /**
   * Where the catalog index is kept between starts (catalog/index-cache.ts). Default: `<dataDir>/cache` for a
   * writable data folder, run from a build; null: built at every start.
   */
  indexCache?: IndexCacheAt | null
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
  /** Answers customers: the state machine over understanding, carts and templates. */
  readonly conversation: Conversation
  /** Every text a customer reads, in the chat's language and the shop's money. */
  readonly voice: Voice
  /** The reply templates as Settings edits them. */
  readonly templates: TemplateEditor
  readonly simulator: SimulatorGateway
  readonly gateway: Gateway
  readonly messaging: Messaging
  /** Payment requests, mark paid, the unpaid list, payment settings and the counter QR. */
  readonly payments: PaymentsService
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
  /** Background WAL checkpoints while messaging runs on a database on disk (null otherwise). */
  readonly checkpointer: Checkpointer | null
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
  const tx = new Tx(db)
  // The pipe first (it owns the outbox every area writes replies into); what answers a message is built after
  // it and handed over late, so the arrows run one way: areas -> messaging, never back.
  let handler: ReturnType<typeof inboundTurns> | null = null
  const messaging = createMessaging({
    db,
    tx,
    events,
    log,
    now,
    settings,
    handler: () => {
      if (!handler) throw new Error('a message arrived before the engine was built')
      return handler
    },
    chats: {
      channelOf: (chat) => chatRecords.getChat(db, chat)?.channel ?? null,
      touchOutbound: (chat, text, at) => chatRecords.touchOutbound(db, chat, text, at),
      flag: (chat, why) => chatRecords.flag(db, chat, why),
    },
    onStarted: () => warmIndex(),
    ...(opts.gateway ? { gateway: opts.gateway } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.random ? { random: opts.random } : {}),
    ...(opts.simulatorChannel ? { simulatorChannel: opts.simulatorChannel } : {}),
  })
  const { outbox, limits } = messaging
  const voice = new Voice({ db, settings })
  // Orders announce inside their transaction; the notice is worded by the voice and queued in the same one.
  const orders = new OrderService(
    db,
    tx,
    events,
    now,
    catalog,
    settings,
    orderNotices({ voice, send: (m) => outbox.enqueue(m) }),
  )
  const conversation = new Conversation({
    db,
    events,
    catalog,
    settings,
    orders,
    voice,
    limits,
    now,
    indexCache:
      opts.indexCache !== undefined
        ? opts.indexCache
        : opts.dataDir && !readOnly
          ? engineIndexCache(opts.dataDir)
          : null,
    payMethods: () => {
      const s = readPaymentSettings((k) => settings.get(k), { getSecret: () => null })
      return { providers: s.providers, customLabel: s.custom.label }
    },
  })
  handler = inboundTurns({ db, settings, conversation, voice, outbox, limits })
  const chats = new ChatService({
    db,
    tx,
    events,
    settings,
    outbox,
    latestOrderOf: (phone) => latestOrderOf(db, phone)?.number ?? null,
    now,
  })
  const templates = new TemplateEditor(settings, events)
  // Catalog search reads a misspelt word as the order reader does ("onoin" finds Onion).
  catalog.useTypoLookup((word) => productsNamedLike(conversation.index(), word))
  /**
   * Builds the catalog index a slice at a time between other work (Conversation.warmIndex): at start, before
   * the first customer waits on it (~0.5 s for 27,000 products), and after a change to the catalog's shape
   * (an import, a new product) rather than by the next customer or search that needs it.
   */
  const warmIndex = () => {
    if (!messaging.running()) return
    conversation
      .warmIndex(() => new Promise<boolean>((r) => setImmediate(() => r(messaging.running()))))
      .catch((err: unknown) =>
        log.error('catalog index failed', { message: err instanceof Error ? err.message : String(err) }),
      )
  }
  events.subscribe((event, payload) => {
    if (event !== 'catalog.changed' || !messaging.running()) return
    if ((payload as { reason?: string }).reason === 'stock') return
    setImmediate(warmIndex)
  })
  log.info('engine started', { dataDir: opts.dataDir ?? null })

  const closers: (() => Promise<void> | void)[] = []
  if (opts.startMessaging !== false) void messaging.start()
  closers.push(() => messaging.stop())
  // While the engine answers messages, the log is copied into the database file by a worker thread rather
  // than inside a message's commit (db/checkpointer.ts). Short commands keep SQLite's own checkpoints.
  const checkpointer = opts.startMessaging !== false && !readOnly ? Checkpointer.start(db, log) : null
  if (checkpointer) closers.push(() => checkpointer.stop())
  const payments = createPaymentsService({
    db,
    dataDir: opts.dataDir ?? null,
    now,
    settings,
    events,
    orders,
    outbox,
    tx,
    voice,
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
    const s = payments.settings()
    return { vpa: s.upi.vpa, payeeName: s.upi.payeeName || s.shopName }
  }
  const khata = new KhataService({
    db,
    tx: tx,
    events,
    now,
    settings,
    outbox,
    orders,
    voice,
    upi,
  })
  const counter = new CounterService({
    db,
    tx: tx,
    events,
    now,
    settings,
    catalog,
    khata,
    index: () => conversation.index(),
    upi,
  })
  const receipts = new ReceiptService({ db, settings, orders, khata, now, upi, log })
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
    orders,
    chats,
    conversation,
    voice,
    templates,
    simulator: messaging.simulator,
    gateway: messaging.gateway,
    messaging,
    payments,
    backups,
    readOnly,
    khata,
    counter,
    receipts,
    checkpointer,
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
