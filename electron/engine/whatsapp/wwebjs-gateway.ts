// The real WhatsApp gateway: whatsapp-web.js (WhatsApp Web in a headless Chrome) behind `Gateway`.
// It owns the client's life: building it, mapping its events to LinkState in plain words, filtering
// inbound traffic down to one-to-one customer messages, and rebuilding it with backoff after a disconnect,
// except after a logout, which waits for the shopkeeper.
import { systemClock, type Clock } from '../../../shared/clock'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type WAWebJS from 'whatsapp-web.js'
import type { Logger } from '../log'
import { Backoff, type BackoffPolicy } from '../backoff'
import { BrowserNotFoundError, resolveBrowser, type BrowserDownloader } from './browser'
import { chatOfMessage, classify, type Classified, type WireMessage } from './filter'
import type {
  AckLevel,
  Gateway,
  GatewayEvents,
  GatewayHealth,
  InboundMedia,
  InboundMessage,
  LinkState,
  OutboundBody,
} from './gateway'
import { chatIdToPhone, phoneToChatId, userToPhone } from './phone'
import { treeRss } from './processes'
import { describeDelay, isTerminal, plainReason } from './reasons'
import { classifyStartFailure, sandboxArgs } from './start-failure'

type Client = WAWebJS.Client
type ClientOptions = WAWebJS.ClientOptions

/**
 * Rebuilding the client after a disconnect: quick after a blip, patient when WhatsApp keeps refusing, and never
 * in lock-step with another CounterChat fighting over the same number (±20 % jitter).
 */
export const RECONNECT_BACKOFF: BackoffPolicy = {
  initialMs: 2_000,
  maxMs: 5 * 60_000,
  factor: 2,
  jitter: 0.2,
}

export interface WwebjsGatewayOptions {
  /** The app's data folder. The WhatsApp session and the WhatsApp Web cache live under `<dataDir>/whatsapp`. */
  dataDir: string
  /** Separates several linked shops in one data folder. */
  clientId?: string
  /** Browser path from Settings; resolved at start (see browser.ts). */
  browserPath?: string | null
  browserDownloader?: BrowserDownloader | null
  onBrowserDownload?: (fraction: number) => void
  /** Merged over the defaults last: how tests point the client at the WhatsApp Web double. */
  clientOptions?: Partial<ClientOptions>
  /** Builds the client; tests may wrap it. */
  createClient?: (options: ClientOptions) => Client | Promise<Client>
  backoff?: BackoffPolicy
  /** How long a send may take before it is reported as failed (the outbox retries). */
  sendTimeoutMs?: number
  /** How often a QR on screen is checked for WhatsApp Web having stopped rotating it. */
  qrIdleCheckMs?: number
  /** Longest time in `starting` or `syncing` before the client is rebuilt (nothing in the library bounds it). */
  stuckTimeoutMs?: number
  /**
   * How often a ready page is asked for a sign of life. A renderer that crashed is reported by Puppeteer at once
   * (page `error`); one that froze answers nothing, so each beat has a deadline and `heartbeatMisses` missed
   * beats in a row count as dead: with the defaults a frozen page is noticed within 25 s.
   */
  heartbeatMs?: number
  heartbeatTimeoutMs?: number
  heartbeatMisses?: number
  logger?: Logger
  /** The engine's clock (shared/clock.ts); default the computer's. */
  clock?: Clock
}

export class GatewayNotReadyError extends Error {
  constructor(state: LinkState['state']) {
    super(`WhatsApp is not ready (${state})`)
    this.name = 'GatewayNotReadyError'
  }
}

const CHROME_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-sync', '--no-first-run']
const MAX_ACK = 3

export class WwebjsGateway implements Gateway {
  readonly kind = 'whatsapp-web' as const
  private state: LinkState = { state: 'disconnected', reason: plainReason('STOPPED'), detail: 'STOPPED' }
  private listeners = new Map<keyof GatewayEvents, Set<(...args: unknown[]) => void>>()
  private client: Client | null = null
  /** Bumped whenever a client is abandoned, so late events from it change nothing. */
  private generation = 0
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null
  private readonly backoff: Backoff
  private readonly log: Logger
  private launching: Promise<void> | null = null
  private readonly now: () => number
  private stateSince: number
  private lastRecycle: { at: number; reason: string } | null = null
  private inflight = 0
  private inflightDone: (() => void)[] = []
  /** Clients being torn down after their page died: a new browser must not open the profile before they let go. */
  private readonly closing = new Set<Promise<void>>()
  /** Each client's initialize(), settled either way: a close of a client still starting waits for its browser. */
  private readonly initializing = new WeakMap<Client, Promise<void>>()

  constructor(private readonly options: WwebjsGatewayOptions) {
    this.backoff = new Backoff(options.backoff ?? RECONNECT_BACKOFF)
    this.log = options.logger ?? { info: () => {}, warn: () => {}, error: () => {} }
    this.now = (options.clock ?? systemClock).now
    this.stateSince = this.now()
  }

  health(): GatewayHealth {
    const pid = this.client?.pupBrowser?.process()?.pid ?? null
    return {
      stateSince: this.stateSince,
      browserPid: pid,
      browserRss: pid === null ? null : treeRss(pid),
      lastRecycle: this.lastRecycle,
      sendsInFlight: this.inflight,
    }
  }

  get linkState(): LinkState {
    return this.state
  }

  /** The live whatsapp-web.js client, for diagnostics and tests only. */
  get currentClient(): Client | null {
    return this.client
  }

  get sessionDir(): string {
    return join(this.options.dataDir, 'whatsapp')
  }

  on<E extends keyof GatewayEvents>(event: E, listener: GatewayEvents[E]): () => void {
    let set = this.listeners.get(event)
    if (!set) {
      set = new Set()
      this.listeners.set(event, set)
    }
    const l = listener as (...args: unknown[]) => void
    set.add(l)
    return () => set.delete(l)
  }

  private emit<E extends keyof GatewayEvents>(event: E, ...args: Parameters<GatewayEvents[E]>): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) {
      try {
        l(...args)
      } catch (err) {
        this.log.error('whatsapp listener failed', { event, error: String(err) })
      }
    }
  }

  private setState(state: LinkState): void {
    const previous = this.state.state
    if (previous !== state.state) this.stateSince = this.now()
    this.state = state
    this.watchQr(state)
    this.watchStuck(previous, state)
    this.log.info('whatsapp state', {
      state: state.state,
      ...('detail' in state ? { detail: state.detail } : {}),
    })
    this.emit('state', state)
  }

  /**
   * Starts WhatsApp, or reconnects right away ("Reconnect"), whatever the state: a link that looks up but whose
   * page does not answer is rebuilt too; one whose page answers is left alone (a second click changes nothing).
   * Never throws: every failure becomes a `disconnected` state with the reason in plain words.
   */
  async start(): Promise<void> {
    if (this.launching) return this.launching
    const client = this.client
    if (client && this.state.state !== 'disconnected') {
      if (await this.pageAnswers(client, 3_000)) return
      if (this.launching) return this.launching
      if (client !== this.client) return
      this.log.warn('whatsapp page does not answer; restarting it', { state: this.state.state })
    }
    this.clearReconnect()
    this.backoff.reset()
    await this.launch()
  }

  /**
   * Restarts the browser on purpose (the daily refresh, or too much memory): new sends are held back first
   * (the state leaves `ready`, so the outbox waits), sends already handed to WhatsApp Web are let finish, then
   * Chrome is closed cleanly and started again on the same session. Nothing is lost or sent twice: a reply
   * that had not left waits in the outbox and goes once the link is ready again. False when not ready.
   */
  async recycle(reason: string): Promise<boolean> {
    if (this.state.state !== 'ready' || this.launching) return false
    const client = this.client
    if (!client) return false
    const started = performance.now()
    this.clearReconnect()
    this.setState({
      state: 'disconnected',
      reason: `${plainReason('RECYCLE')} Reconnecting in a few seconds.`,
      detail: `RECYCLE: ${reason}`,
    })
    const drained = await this.sendsSettled(this.options.sendTimeoutMs ?? 60_000)
    // Anything may have happened while the sends finished (a stop, a logout, a crash): then it is not ours.
    const now = this.linkState
    if (client !== this.client || now.state !== 'disconnected' || !now.detail.startsWith('RECYCLE'))
      return false
    this.lastRecycle = { at: this.now(), reason }
    this.log.info('whatsapp recycle', { reason, drained, waitedMs: Math.round(performance.now() - started) })
    this.backoff.reset()
    await this.launch()
    return true
  }

  async stop(): Promise<void> {
    this.clearReconnect()
    this.generation++
    await this.closeClient()
    this.setState({ state: 'disconnected', reason: plainReason('STOPPED'), detail: 'STOPPED' })
  }

  async logout(): Promise<void> {
    this.clearReconnect()
    const client = this.client
    const wasReady = this.state.state === 'ready'
    this.generation++
    this.client = null
    if (client && wasReady) {
      try {
        await client.logout()
      } catch (err) {
        this.log.warn('whatsapp logout failed; removing the session anyway', { error: String(err) })
      }
    }
    if (client) await this.destroyQuietly(client)
    // Whatever state the client was in, the next start must ask for a new scan.
    rmSync(join(this.sessionDir, `session-${this.clientId}`), { recursive: true, force: true, maxRetries: 4 })
    this.setState({ state: 'disconnected', reason: plainReason('LOGOUT_LOCAL'), detail: 'LOGOUT_LOCAL' })
  }

  async send(to: string, body: OutboundBody): Promise<{ providerId: string }> {
    const client = this.client
    if (!client || this.state.state !== 'ready') throw new GatewayNotReadyError(this.state.state)
    const chatId = phoneToChatId(to)
    this.inflight++
    try {
      return await this.sendVia(client, chatId, body)
    } finally {
      this.inflight--
      if (this.inflight === 0) for (const done of this.inflightDone.splice(0)) done()
    }
  }

  private sendsSettled(ms: number): Promise<boolean> {
    if (this.inflight === 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms)
      this.inflightDone.push(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }

  private async sendVia(client: Client, chatId: string, body: OutboundBody): Promise<{ providerId: string }> {
    let sending: Promise<WAWebJS.Message>
    if ('text' in body) {
      // No link preview: a payment link's preview is useless to the customer and costs a page round trip.
      sending = client.sendMessage(chatId, body.text, { linkPreview: false })
    } else {
      const { MessageMedia } = await this.library()
      const media = new MessageMedia('image/png', Buffer.from(body.imagePng).toString('base64'), 'image.png')
      sending = client.sendMessage(chatId, media, { caption: body.caption })
    }
    const msg = await withTimeout(
      sending,
      this.options.sendTimeoutMs ?? 60_000,
      'WhatsApp did not accept the message',
    )
    const providerId = (msg as { id?: { _serialized?: unknown } } | undefined)?.id?._serialized
    if (typeof providerId !== 'string') throw new Error('WhatsApp did not accept the message')
    return { providerId }
  }

  /**
   * Customer messages that WhatsApp holds but the inbox may not have: for every one-to-one chat with
   * unread messages or activity since `sinceTimestamp`, its inbound messages from `sinceTimestamp` on
   * plus its unread tail. With `sinceTimestamp` 0 (never linked before) only unread messages count, so a
   * first link does not answer a shop's whole history.
   */
  async fetchMissed(sinceTimestamp: number): Promise<InboundMessage[]> {
    const client = this.client
    if (!client || this.state.state !== 'ready') throw new GatewayNotReadyError(this.state.state)
    const out = new Map<string, InboundMessage>()
    for (const chat of await client.getChats()) {
      const chatId = chat.id?._serialized
      if (chat.isGroup || typeof chatId !== 'string') continue
      const phoneChat = chatId.endsWith('@lid') ? await this.phoneOfLid(client, chatId) : chatId
      if (!phoneChat || !chatIdToPhone(phoneChat)) continue
      const unread = Math.max(0, Number(chat.unreadCount) || 0)
      const active = sinceTimestamp > 0 && Number(chat.timestamp) * 1000 >= sinceTimestamp
      if (unread === 0 && !active) continue
      const limit = Math.min(500, Math.max(50, unread + 20))
      const messages = (await chat.fetchMessages({ limit })).filter((m) => !m.fromMe)
      const tail = new Set(messages.slice(Math.max(0, messages.length - unread)).map((m) => m.id._serialized))
      for (const m of messages) {
        const since = sinceTimestamp > 0 && Number(m.timestamp) * 1000 >= sinceTimestamp
        if (!since && !tail.has(m.id._serialized)) continue
        const c = classify(m as unknown as WireMessage, phoneChat, this.now)
        if ('accept' in c) out.set(c.accept.providerId, c.accept)
      }
    }
    return [...out.values()].sort((a, b) => a.timestamp - b.timestamp)
  }

  /**
   * Looks for a message the shop already sent to `to` with exactly `text` at or after `sinceTimestamp`:
   * how the outbox settles a send that was in flight when the app died, without sending it twice.
   */
  async findSent(
    to: string,
    text: string,
    sinceTimestamp: number,
    exclude: ReadonlySet<string> = new Set(),
  ): Promise<{ providerId: string } | null> {
    const client = this.client
    if (!client || this.state.state !== 'ready') throw new GatewayNotReadyError(this.state.state)
    const chat = await client.getChatById(phoneToChatId(to)).catch(() => undefined)
    if (!chat) return null
    const mine = await chat.fetchMessages({ limit: 100, fromMe: true })
    const hit = mine
      .filter(
        (m) =>
          m.body === text &&
          Number(m.timestamp) * 1000 >= sinceTimestamp - 1000 &&
          !exclude.has(m.id._serialized),
      )
      .sort((a, b) => Number(a.timestamp) - Number(b.timestamp))[0]
    return hit ? { providerId: hit.id._serialized } : null
  }

  /** Media larger than this is not fetched: a shop PC's database is no photo archive. */
  static readonly MAX_MEDIA_BYTES = 16 * 1024 * 1024

  async downloadMedia(providerId: string): Promise<InboundMedia | null> {
    const client = this.client
    if (!client || this.state.state !== 'ready') throw new GatewayNotReadyError(this.state.state)
    const msg = await client.getMessageById(providerId)
    if (!msg || !msg.hasMedia) return null
    const size = Number((msg as unknown as { _data?: { size?: unknown } })._data?.size)
    if (Number.isFinite(size) && size > WwebjsGateway.MAX_MEDIA_BYTES) return null
    const media = await msg.downloadMedia()
    if (!media || typeof media.data !== 'string') return null
    const data = new Uint8Array(Buffer.from(media.data, 'base64'))
    if (data.byteLength > WwebjsGateway.MAX_MEDIA_BYTES) return null
    return {
      mimetype: typeof media.mimetype === 'string' ? media.mimetype : 'application/octet-stream',
      data,
      filename: typeof media.filename === 'string' ? media.filename : null,
    }
  }

  async requestPairingCode(phone: string): Promise<string> {
    // Asked for right after "Link WhatsApp": wait for the page to reach the point where a QR would show.
    if (this.launching || this.state.state === 'starting') {
      await this.launching
      await this.waitForState(['qr', 'ready', 'disconnected'], 60_000)
    }
    const client = this.client
    if (!client || (this.state.state !== 'qr' && this.state.state !== 'pairing_code'))
      throw new Error('Linking by phone number is possible only while WhatsApp shows a QR code.')
    const digits = phoneToChatId(phone).replace('@c.us', '')
    const code = await client.requestPairingCode(digits)
    // The library's 'code' event has usually shown the code already. The answer itself can come back after
    // the phone entered the code and WhatsApp Web began to sync: a link that moved on must not step back.
    if (client === this.client && (this.state.state === 'qr' || this.state.state === 'pairing_code'))
      this.setState({ state: 'pairing_code', code })
    return code
  }

  // ---------------------------------------------------------------------------------------------

  private waitForState(states: LinkState['state'][], ms: number): Promise<void> {
    if (states.includes(this.state.state)) return Promise.resolve()
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        off()
        resolve()
      }
      const timer = setTimeout(done, ms)
      const off = this.on('state', (s) => {
        if (states.includes(s.state)) done()
      })
    })
  }

  private get clientId(): string {
    return this.options.clientId ?? 'counterchat'
  }

  private async library(): Promise<typeof WAWebJS> {
    // Loaded on first use: puppeteer is heavy, and a shop using the simulator never needs it.
    const mod = (await import('whatsapp-web.js')) as unknown as { default?: typeof WAWebJS } & typeof WAWebJS
    return mod.default ?? mod
  }

  private launch(): Promise<void> {
    const run = this.launchOnce().finally(() => {
      this.launching = null
    })
    this.launching = run
    return run
  }

  private async launchOnce(): Promise<void> {
    const gen = ++this.generation
    await this.closeClient()
    // A browser still closing after its page died holds the profile lock: wait for it (bounded, see killAfter).
    await Promise.all([...this.closing])
    if (gen !== this.generation) return
    this.setState({ state: 'starting' })
    let client: Client
    try {
      const options = await this.buildOptions()
      if (gen !== this.generation) return
      client = await (this.options.createClient ?? (async (o) => new (await this.library()).Client(o)))(
        options,
      )
    } catch (err) {
      if (gen !== this.generation) return
      if (err instanceof BrowserNotFoundError) {
        this.setState({ state: 'disconnected', reason: err.message, detail: 'NO_BROWSER' })
        return
      }
      this.failed(gen, 'LOAD_FAILED', err)
      return
    }
    if (gen !== this.generation) return
    this.client = client
    this.guardReinject(client, gen)
    this.attach(client, gen)
    const init = client.initialize()
    this.initializing.set(
      client,
      init.then(
        () => undefined,
        () => undefined,
      ),
    )
    try {
      await init
    } catch (err) {
      if (gen === this.generation) this.failed(gen, 'LOAD_FAILED', err)
    }
  }

  private async buildOptions(): Promise<ClientOptions> {
    const extra = this.options.clientOptions ?? {}
    const { LocalAuth } = await this.library()
    let executablePath = extra.puppeteer?.executablePath
    if (!executablePath) {
      const found = await resolveBrowser({
        configuredPath: this.options.browserPath ?? null,
        dataDir: this.options.dataDir,
        downloader: this.options.browserDownloader ?? null,
        ...(this.options.onBrowserDownload ? { onProgress: this.options.onBrowserDownload } : {}),
      })
      for (const w of found.warnings) this.log.warn(w)
      executablePath = found.path
    }
    return {
      // The session lives in the app's data folder, never in the working directory (the library's default).
      authStrategy: new LocalAuth({ clientId: this.clientId, dataPath: this.sessionDir }),
      webVersionCache: { type: 'local', path: join(this.sessionDir, 'web-cache') },
      authTimeoutMs: 60_000,
      qrMaxRetries: 0,
      ...extra,
      puppeteer: {
        headless: true,
        // A pipe instead of a port: if the engine dies, Chrome sees the pipe close and exits with it, so
        // no orphan keeps the session profile locked for the next start.
        pipe: true,
        ...extra.puppeteer,
        executablePath,
        args: [...CHROME_ARGS, ...this.rootArgs(), ...(extra.puppeteer?.args ?? [])],
      },
    }
  }

  /** As root, Chrome only starts without its sandbox (the tests start theirs the same way); said in the log. */
  private rootArgs(): string[] {
    const args = sandboxArgs()
    if (args.length) this.log.warn('running as root: starting the browser with --no-sandbox')
    return args
  }

  private attach(client: Client, gen: number): void {
    const live = (): boolean => gen === this.generation
    client.on('qr', (qr: string) => {
      if (live() && this.state.state !== 'pairing_code') this.setState({ state: 'qr', qr })
    })
    client.on('code', (code: string) => {
      if (live()) this.setState({ state: 'pairing_code', code })
    })
    client.on('authenticated', () => {
      // Offline-delivery progress may already have been reported; do not step back to "unknown".
      if (live())
        this.setState({
          state: 'syncing',
          percent: this.state.state === 'syncing' ? this.state.percent : null,
        })
    })
    client.on('loading_screen', (percent: unknown) => {
      const p = Number(percent)
      if (live() && this.state.state !== 'ready')
        this.setState({
          state: 'syncing',
          percent: Number.isFinite(p) ? Math.max(0, Math.min(100, p)) : null,
        })
    })
    client.on('ready', () => {
      if (!live()) return
      this.backoff.reset()
      this.loadFailures = 0
      const wid = client.info?.wid
      this.setState({
        state: 'ready',
        me: { phone: userToPhone(String(wid?.user ?? '')), name: String(client.info?.pushname ?? '') },
      })
      this.watchBrowser(client, gen)
      this.watchPage(client, gen)
    })
    // One at a time: resolving a privacy id takes a page round trip, and a customer's messages must reach
    // the inbox in the order they were written.
    let queue: Promise<void> = Promise.resolve()
    client.on('message', (msg: WAWebJS.Message) => {
      if (!live()) return
      queue = queue
        .then(() => this.inbound(client, msg))
        .then((c) => {
          if (!live()) return
          if ('accept' in c) this.emit('message', c.accept)
          else this.log.info('whatsapp message ignored', { reason: c.drop, type: String(msg?.type) })
        })
        .catch((err: unknown) => this.log.error('whatsapp message dropped', { error: String(err) }))
    })
    client.on('message_ack', (msg: WAWebJS.Message, ack: number) => {
      if (!live() || !msg?.id?.fromMe) return
      const level = Math.max(-1, Math.min(MAX_ACK, Math.trunc(Number(ack)))) as AckLevel
      if (Number.isFinite(level)) this.emit('ack', msg.id._serialized, level)
    })
    client.on('disconnected', (reason: unknown) => {
      if (live()) this.disconnected(gen, client, String(reason))
    })
    client.on('auth_failure', (message: unknown) => {
      if (live()) this.failed(gen, 'UNPAIRED', message)
    })
  }

  private stuckTimer: ReturnType<typeof setTimeout> | null = null
  /** Start attempts in a row that failed to load or got stuck; reset once ready. */
  private loadFailures = 0

  /**
   * whatsapp-web.js bounds neither the page load nor the wait for WhatsApp Web's sync, and a stale cached
   * WhatsApp Web build is a known cause of a "loading" that never ends. A watchdog turns that into a rebuild
   * with backoff, and a second failure in a row also drops the cached build.
   */
  private watchStuck(previous: LinkState['state'], state: LinkState): void {
    const busy = state.state === 'starting' || state.state === 'syncing'
    const wasBusy = previous === 'starting' || previous === 'syncing'
    if (!busy) {
      if (this.stuckTimer) clearTimeout(this.stuckTimer)
      this.stuckTimer = null
      return
    }
    if (wasBusy && this.stuckTimer) return
    const gen = this.generation
    this.stuckTimer = setTimeout(() => {
      this.stuckTimer = null
      const s = this.state.state
      if (gen === this.generation && (s === 'starting' || s === 'syncing')) {
        this.failed(gen, 'STUCK', `still ${s} after ${this.options.stuckTimeoutMs ?? 180_000} ms`)
      }
    }, this.options.stuckTimeoutMs ?? 180_000)
    this.stuckTimer.unref?.()
  }

  private qrTimer: ReturnType<typeof setInterval> | null = null

  /**
   * After a few minutes unscanned, WhatsApp Web stops rotating the QR (UNPAIRED_IDLE) and waits for a click.
   * whatsapp-web.js 1.34.7 means to reload it but its handler calls `window.require` in Node and fails, so
   * the screen would show a dead QR for good. While a QR is shown we check and reload it ourselves.
   */
  private watchQr(state: LinkState): void {
    if (state.state !== 'qr') {
      if (this.qrTimer) clearInterval(this.qrTimer)
      this.qrTimer = null
      return
    }
    if (this.qrTimer) return
    this.qrTimer = setInterval(() => {
      const page = this.client?.pupPage
      if (!page || this.state.state !== 'qr') return
      page
        .evaluate(() => {
          const w = window as unknown as { require: (m: string) => Record<string, Record<string, unknown>> }
          const socket = w.require('WAWebSocketModel')?.Socket
          if (socket?.state !== 'UNPAIRED_IDLE') return false
          ;(w.require('WAWebCmd')?.Cmd?.refreshQR as () => void)()
          return true
        })
        .then((refreshed) => {
          if (refreshed) this.log.info('whatsapp QR reloaded after going idle')
        })
        .catch(() => undefined)
    }, this.options.qrIdleCheckMs ?? 15_000)
    this.qrTimer.unref?.()
  }

  private readonly reinjects = new WeakMap<Client, Promise<void>>()

  /**
   * whatsapp-web.js re-runs its private inject() from an unawaited 'framenavigated' handler (after a logout,
   * or when WhatsApp Web reloads itself). If that fails, or the browser closes meanwhile, the rejection is
   * unhandled, and an unhandled rejection ends a Node 22 process: the whole engine. The first inject (from
   * initialize) keeps its errors; later ones are caught here, recorded, and turned into a reconnect.
   */
  private guardReinject(client: Client, gen: number): void {
    const target = client as unknown as { inject?: () => Promise<void> }
    const inject = target.inject
    if (typeof inject !== 'function') return
    let first = true
    target.inject = () => {
      if (first) {
        first = false
        return inject.call(client)
      }
      const run = inject.call(client).catch((err: unknown) => {
        if (gen === this.generation && this.client === client) this.failed(gen, 'LOAD_FAILED', err)
        else this.log.info('whatsapp re-inject after close', { error: String(err) })
      })
      this.reinjects.set(client, run)
      return run
    }
  }

  /** Classifies one wire message, first resolving a privacy-id (`@lid`) sender to a phone number. */
  private async inbound(client: Client, msg: WAWebJS.Message): Promise<Classified> {
    const wire = msg as unknown as WireMessage
    const chat = wire && typeof wire === 'object' ? chatOfMessage(wire) : ''
    return classify(wire, chat.endsWith('@lid') ? await this.phoneOfLid(client, chat) : null, this.now)
  }

  private readonly lidPhones = new Map<string, string | null>()

  private async phoneOfLid(client: Client, lid: string): Promise<string | null> {
    if (this.lidPhones.has(lid)) return this.lidPhones.get(lid) ?? null
    let pn: string | null
    try {
      const [hit] = await client.getContactLidAndPhone([lid])
      pn = typeof hit?.pn === 'string' && hit.pn.endsWith('@c.us') ? hit.pn : null
    } catch (err) {
      this.log.warn('whatsapp could not resolve a privacy id', { error: String(err) })
      return null
    }
    this.lidPhones.set(lid, pn)
    return pn
  }

  private watchBrowser(client: Client, gen: number): void {
    const browser = client.pupBrowser
    if (!browser) return
    browser.once('disconnected', () => {
      if (gen === this.generation && this.client === client) this.disconnected(gen, client, 'BROWSER_CLOSED')
    })
  }

  private readonly watchedPages = new WeakSet<object>()

  /**
   * The browser's `disconnected` fires only when all of Chrome dies. A page renderer can die alone (killed by
   * the system when memory runs short, or crashed) and leave Chrome up, the state `ready`, and the shop
   * silent: Puppeteer reports a crash as the page's `error` event ("Page crashed!") and a closed tab as
   * `close`, and a frozen page shows only as an evaluate that never answers, hence the heartbeat.
   */
  private watchPage(client: Client, gen: number): void {
    const page = client.pupPage
    if (!page || this.watchedPages.has(page)) return
    this.watchedPages.add(page)
    const current = (): boolean => gen === this.generation && this.client === client
    page.on('error', (err: Error) => {
      if (current()) {
        this.log.warn('whatsapp page crashed', { error: String(err) })
        this.disconnected(gen, client, 'PAGE_CRASHED')
      }
    })
    page.on('close', () => {
      if (current()) this.disconnected(gen, client, 'PAGE_CLOSED')
    })
    const every = this.options.heartbeatMs ?? 5_000
    const deadline = this.options.heartbeatTimeoutMs ?? 7_500
    const allowed = this.options.heartbeatMisses ?? 2
    let misses = 0
    const beat = async (): Promise<void> => {
      if (!current()) return
      const alive = await this.pageAnswers(client, deadline)
      if (!current()) return
      if (alive) misses = 0
      else if (++misses >= allowed) {
        this.log.warn('whatsapp page does not answer', { misses, deadlineMs: deadline })
        this.disconnected(gen, client, 'PAGE_UNRESPONSIVE')
        return
      }
      const t = setTimeout(() => void beat(), every)
      t.unref?.()
    }
    const first = setTimeout(() => void beat(), every)
    first.unref?.()
  }

  /** One heartbeat: does the WhatsApp page still run JavaScript within `ms`? */
  private async pageAnswers(client: Client, ms: number): Promise<boolean> {
    const page = client.pupPage
    if (!page || page.isClosed()) return false
    try {
      // Only the DOM, no WhatsApp module: the heartbeat must not change what the client reads from the page.
      await withTimeout(
        page.evaluate(() => document.readyState),
        ms,
        'no answer',
      )
      return true
    } catch {
      return false
    }
  }

  private disconnected(gen: number, client: Client, code: string): void {
    this.generation++
    this.client = null
    if (code === 'PAGE_CRASHED' || code === 'PAGE_UNRESPONSIVE' || code === 'PAGE_CLOSED') {
      // Chrome itself is still up: close it now, and kill it if a hung page keeps it from closing.
      const closing = this.killAfter(client, 10_000)
      this.closing.add(closing)
      void closing.finally(() => this.closing.delete(closing))
    } else if (code === 'LOGOUT') {
      // After a phone-side logout the library wipes the session and re-injects to show a fresh QR; let that
      // finish before closing, so the shop's next "Link WhatsApp" starts from a clean profile.
      const reinjected = this.reinjects.get(client) ?? Promise.resolve()
      void Promise.race([reinjected, new Promise((r) => setTimeout(r, 15_000))]).then(() =>
        this.destroyQuietly(client),
      )
    } else if (code === 'BROWSER_CLOSED') {
      void this.destroyQuietly(client)
    } else {
      // The library already closes its browser after reporting a disconnect; a second close() racing it
      // can kill Chrome before it has flushed the session to disk. Only step in if it does not finish.
      void this.destroyAfterGrace(client)
    }
    this.log.warn('whatsapp disconnected', { code, generation: gen })
    if (isTerminal(code)) {
      this.setState({ state: 'disconnected', reason: plainReason(code), detail: code })
      return
    }
    this.scheduleReconnect(code, plainReason(code))
  }

  private failed(gen: number, reported: string, err: unknown): void {
    // "Did not load" covers a browser that never started, no internet and WhatsApp saying no: tell them apart.
    const code = reported === 'LOAD_FAILED' ? classifyStartFailure(err) : reported
    const detail = err instanceof Error ? err.message : String(err)
    this.log.warn('whatsapp start failed', { code, detail, generation: gen })
    if (code === 'LOAD_FAILED' || code === 'STUCK' || code === 'WA_REFUSED') {
      this.loadFailures++
      if (this.loadFailures >= 2) {
        // The cached WhatsApp Web build may be the one WhatsApp no longer serves or accepts.
        rmSync(join(this.sessionDir, 'web-cache'), { recursive: true, force: true })
      }
    }
    const client = this.client
    this.generation++
    this.client = null
    if (client) this.closeTracked(client)
    if (isTerminal(code)) {
      this.clearReconnect()
      this.setState({ state: 'disconnected', reason: plainReason(code), detail: `${code}: ${detail}` })
      return
    }
    this.scheduleReconnect(`${code}: ${detail}`, plainReason(code))
  }

  private scheduleReconnect(detail: string, reason: string): void {
    this.clearReconnect()
    const delay = this.backoff.next()
    this.setState({
      state: 'disconnected',
      reason: `${reason} Reconnecting in ${describeDelay(delay)}.`,
      detail,
      retryInSeconds: Math.max(1, Math.round(delay / 1000)),
    })
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null
      void this.launch()
    }, delay)
  }

  private clearReconnect(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
  }

  private async closeClient(): Promise<void> {
    const client = this.client
    this.client = null
    if (!client) return
    this.closeTracked(client)
    await Promise.all([...this.closing])
  }

  private async destroyAfterGrace(client: Client, ms = 10_000): Promise<void> {
    const browser = client.pupBrowser
    // A deadline, not a date: the monotonic clock is immune to the calendar moving under a running app.
    const end = performance.now() + ms
    while (browser?.connected && performance.now() < end) await new Promise((r) => setTimeout(r, 100))
    await this.destroyQuietly(client)
  }

  /** Closes a client; if Chrome has not exited after `ms`, kills it so the profile is free for the next one. */
  private async killAfter(client: Client, ms: number): Promise<void> {
    const proc = client.pupBrowser?.process() ?? null
    let timer: ReturnType<typeof setTimeout> | null = null
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.log.warn('whatsapp browser did not close; killing it', { pid: proc?.pid ?? null })
        proc?.kill('SIGKILL')
        resolve()
      }, ms)
    })
    await Promise.race([this.destroyQuietly(client), killed])
    if (timer) clearTimeout(timer)
    // Give a killed Chrome a moment to release its profile lock.
    if (proc && proc.exitCode === null && proc.signalCode === null)
      await new Promise<void>((r) => {
        const t = setTimeout(r, 3_000)
        proc.once('exit', () => {
          clearTimeout(t)
          r()
        })
      })
  }

  /**
   * Closes a client given up on, and makes the next launch wait for it. One given up on while still starting (the
   * watchdog on a slow computer) has no browser to close yet: the browser it launches a moment later would keep
   * the profile locked, and every later start would fail with "the browser is already running". So the close
   * waits (bounded) for that browser to appear, or for the start to end.
   */
  private closeTracked(client: Client): void {
    const closing = (async () => {
      const started = this.initializing.get(client)
      let settled = started === undefined
      void started?.then(() => (settled = true))
      const end = performance.now() + 60_000
      while (!client.pupBrowser && !settled && performance.now() < end)
        await new Promise((r) => setTimeout(r, 100))
      await this.killAfter(client, 10_000)
    })()
    this.closing.add(closing)
    void closing.finally(() => this.closing.delete(closing))
  }

  private async destroyQuietly(client: Client): Promise<void> {
    try {
      await client.destroy()
    } catch (err) {
      this.log.info('whatsapp client destroy', { error: String(err) })
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms)
    p.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(timer)
        reject(e instanceof Error ? e : new Error(String(e)))
      },
    )
  })
}
