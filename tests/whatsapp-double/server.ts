// The Node half of the WhatsApp Web double: serves the page that whatsapp-web.js loads as
// https://web.whatsapp.com/ and plays "the phone and WhatsApp's servers". It holds what must outlive a page,
// a browser or an engine process: whether the device is linked, every chat's history and unread count, and
// the record of every message the client actually sent (the crash test's ground truth).
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Clock } from '../../shared/clock'

const PAGE_SCRIPT = new URL('./page/double.js', import.meta.url)

/** The whatsapp-web.js version this double was last checked against (see surface.test.ts). */
export const DOUBLE_CHECKED_AGAINST = '1.34.7'
export const DOUBLE_WEB_VERSION = '2.3000.1099999999'

/** Flags test-only Chromium needs here: Chromium 142+ blocks an https page from reaching loopback. */
export const DOUBLE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
]

export interface DoubleClientOptions {
  webVersion: string
  webVersionCache: { type: 'remote'; remotePath: string; strict: boolean }
  authTimeoutMs: number
  puppeteer: { executablePath: string; headless: boolean; pipe: boolean; args: string[] }
}

/** Client options for a double listening on `port` (usable from another process, e.g. a crashing engine). */
export function doubleClientOptions(port: number): DoubleClientOptions {
  return {
    webVersion: DOUBLE_WEB_VERSION,
    // strict: without it a failed fetch silently falls back to the real site and only fails 30 s later.
    webVersionCache: { type: 'remote', remotePath: `http://127.0.0.1:${port}/{version}.html`, strict: true },
    authTimeoutMs: 10_000,
    puppeteer: {
      executablePath: '/usr/bin/chromium',
      headless: true,
      pipe: true,
      args: DOUBLE_CHROMIUM_ARGS,
    },
  }
}

/**
 * Environment for a host process (headless host, desktop app) whose WwebjsGateway should reach this double:
 * read by clientOptionsFromEnv (electron/engine/whatsapp/env.ts). Also set COUNTERCHAT_BROWSER to Chromium.
 */
export function doubleEnv(port: number): Record<string, string> {
  return {
    COUNTERCHAT_WHATSAPP_WEB_URL: `http://127.0.0.1:${port}/{version}.html`,
    COUNTERCHAT_WHATSAPP_WEB_VERSION: DOUBLE_WEB_VERSION,
    COUNTERCHAT_BROWSER_ARGS: DOUBLE_CHROMIUM_ARGS.join(' '),
    COUNTERCHAT_BROWSER: '/usr/bin/chromium',
  }
}

/** One message as the "phone side" keeps it; the page turns it into a WhatsApp Web Msg model. */
export interface WireMessage {
  id: string
  chat: string
  fromMe: boolean
  type: string
  body: string
  t: number
  notifyName?: string
  chatName?: string
  author?: string
  ack?: number
  extra?: Record<string, unknown>
  /** The media's bytes, for a media message the client may download. */
  mediaBase64?: string
  /** For a sender addressed by privacy id (`…@lid`): the phone-number id the phone knows for it. */
  pn?: string
}

export interface SentRecord {
  /** The client's serialized message id: `true_<chat>_<keyId>`. */
  id: string
  keyId: string
  to: string
  body: string
  type: string
  t: number
  /** Media sends only. */
  mimetype?: string
  mediaBase64?: string | null
}

interface ChatHistory {
  id: string
  name: string | null
  unread: number
  msgs: WireMessage[]
}

export interface DoubleEvent {
  ev: string
  [key: string]: unknown
}

export interface ReceiveOptions {
  type?: string
  notifyName?: string
  author?: string
  extra?: Record<string, unknown>
  /** Seconds since the epoch; defaults to now. */
  t?: number
  id?: string
  mediaBase64?: string
  pn?: string
}

function newInboundId(): string {
  // 32 hex chars: whatsapp-web.js calls such ids "android".
  return randomBytes(16).toString('hex').toUpperCase()
}

export class WhatsAppDouble {
  readonly version = DOUBLE_WEB_VERSION
  readonly me = { user: '919812345678', pushname: 'Sharma Kirana', platform: 'android' }
  /** Every message the client handed to WhatsApp, in order, across pages, browsers and processes. */
  readonly sent: SentRecord[] = []
  readonly events: DoubleEvent[] = []
  /** `Module.member` -> the phase in which the client first read it. */
  readonly touched = new Map<string, string>()
  readonly chats = new Map<string, ChatHistory>()
  /** The phone side: is a device linked? A phone-side logout while no page is open is replayed on next boot. */
  phoneLinked = false
  autoAck = false
  sendDelay = 0
  /**
   * When a page comes back, deliver what arrived meanwhile as new messages after the sync (as WhatsApp does
   * with its offline queue) instead of only as unread history.
   */
  liveBacklog = false
  /** Pages that boot from now on never finish syncing (hasSynced stays false). */
  holdSync = false
  private unlinkedWhileAway = false
  private phase = 'boot'
  private server: Server | null = null
  private wss: WebSocketServer | null = null
  private live: WebSocket | null = null
  private rid = 0
  private pending = new Map<
    number,
    { ws: WebSocket; resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private waiters = new Set<() => void>()

  /** `clock` is the one the engine under test reads, so message times and findSent windows agree. */
  constructor(private readonly clock: Clock) {}

  get port(): number {
    return (this.server?.address() as AddressInfo).port
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && req.url?.endsWith('.html')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(this.html())
        return
      }
      res.writeHead(404)
      res.end()
    })
    this.wss = new WebSocketServer({ server: this.server, path: '/control' })
    this.wss.on('connection', (ws) => this.onPage(ws))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate()
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()))
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  /** Client options that point an unmodified whatsapp-web.js Client at this double. */
  clientOptions(): DoubleClientOptions {
    return doubleClientOptions(this.port)
  }

  html(): string {
    const config = {
      version: this.version,
      me: this.me,
      control: `ws://127.0.0.1:${this.port}/control`,
      phase: this.phase,
    }
    const script = readFileSync(PAGE_SCRIPT, 'utf8')
    // Everything inline: only the exact URL https://web.whatsapp.com/ is served from the cache, any other
    // request (a favicon included) would go to the real network.
    return [
      '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">',
      '<title>WhatsApp</title></head><body><div id="app"></div>',
      `<script>window.__DOUBLE_CONFIG__=${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`,
      `<script>${script}</script>`,
      '</body></html>',
    ].join('')
  }

  /** Tags subsequently touched members with `phase` (diagnostics for the golden surface). */
  async mark(phase: string): Promise<void> {
    this.phase = phase
    // Best effort: a page that is going away gets the phase from the next page's welcome anyway.
    if (this.live) await this.command('mark', phase).catch(() => undefined)
  }

  get hasPage(): boolean {
    return this.live !== null
  }

  /** Sends a hook call to the live page and waits for its result. */
  command(op: string, ...args: unknown[]): Promise<unknown> {
    const ws = this.live
    if (!ws || ws.readyState !== ws.OPEN) return Promise.reject(new Error(`double: no live page for ${op}`))
    const rid = ++this.rid
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(rid)
        reject(new Error(`double: page did not answer ${op}`))
      }, 10_000)
      this.pending.set(rid, {
        ws,
        resolve: (v) => {
          clearTimeout(timer)
          resolve(v)
        },
        reject: (e) => {
          clearTimeout(timer)
          reject(e)
        },
      })
      ws.send(JSON.stringify({ op, rid, args }))
    })
  }

  scan(): Promise<unknown> {
    return this.command('scan')
  }
  rotateQR(): Promise<unknown> {
    return this.command('rotateQR')
  }
  /** The QR stops rotating and WhatsApp Web waits for a click on "reload QR code" (UNPAIRED_IDLE). */
  idleQR(): Promise<unknown> {
    return this.command('idleQR')
  }
  ack(id: string, n: number): Promise<unknown> {
    return this.command('ack', id, n)
  }
  setState(state: string): Promise<unknown> {
    return this.command('setState', state)
  }
  /** The sender deletes a message for everyone (`id` as the client serializes it). */
  revoke(id: string): Promise<unknown> {
    for (const chat of this.chats.values())
      for (const m of chat.msgs)
        if (WhatsAppDouble.inboundId(m) === id) {
          m.type = 'revoked'
          m.body = ''
        }
    return this.command('revoke', id)
  }
  react(parentId: string, from: string, text: string): Promise<unknown> {
    return this.command('react', { parentId, from, text })
  }
  /**
   * Makes the page hold a send's result for `ms` after it recorded the message as sent: the crash test's
   * window between "WhatsApp has it" and "the engine knows".
   */
  async setSendDelay(ms: number): Promise<void> {
    this.sendDelay = ms
    // A page that is going away gets the value from the next page's welcome.
    if (this.live) await this.command('setSendDelay', ms).catch(() => undefined)
  }

  async setAutoAck(on: boolean): Promise<void> {
    this.autoAck = on
    if (this.live) await this.command('setAutoAck', on).catch(() => undefined)
  }

  /** The shop's phone logs this device out (Settings > Linked devices > Log out). */
  async logoutFromPhone(): Promise<void> {
    this.phoneLinked = false
    if (this.live) await this.command('logout')
    else this.unlinkedWhileAway = true
  }

  /**
   * A message arrives for the shop from `chat` (a customer `…@c.us`, a group, `status@broadcast`, a channel).
   * With a linked page open it is delivered live; otherwise it waits in the chat as unread, as on WhatsApp.
   */
  async receive(chat: string, body: string, options: ReceiveOptions = {}): Promise<WireMessage> {
    const rec: WireMessage = {
      id: options.id ?? newInboundId(),
      chat,
      fromMe: false,
      type: options.type ?? 'chat',
      body,
      t: options.t ?? Math.floor(this.clock.now() / 1000),
      ...(options.notifyName !== undefined ? { notifyName: options.notifyName } : {}),
      ...(options.author !== undefined ? { author: options.author } : {}),
      ...(options.extra !== undefined ? { extra: options.extra } : {}),
      ...(options.mediaBase64 !== undefined ? { mediaBase64: options.mediaBase64 } : {}),
      ...(options.pn !== undefined ? { pn: options.pn } : {}),
    }
    const history = this.history(chat)
    if (history.name === null && options.notifyName) history.name = options.notifyName
    if (history.name !== null) rec.chatName = history.name
    history.msgs.push(rec)
    if (!options.extra?.isNotification) history.unread++
    // A page that closes meanwhile finds the message in the chat history at its next boot, as unread.
    if (this.live && this.phoneLinked) await this.command('receive', rec).catch(() => undefined)
    return rec
  }

  /** The client's serialized id for an inbound wire message. */
  static inboundId(rec: WireMessage): string {
    return `false_${rec.chat}_${rec.id}${rec.author ? `_${rec.author}` : ''}`
  }

  /** Resolves once `predicate` holds, re-checked on every event from the page. */
  waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (predicate()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return
        this.waiters.delete(check)
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`double: timeout waiting for ${what}`))
      }, timeoutMs)
      this.waiters.add(check)
    })
  }

  private history(chat: string): ChatHistory {
    let h = this.chats.get(chat)
    if (!h) {
      h = { id: chat, name: null, unread: 0, msgs: [] }
      this.chats.set(chat, h)
    }
    return h
  }

  private historyForPage(): ChatHistory[] {
    return [...this.chats.values()].map((c) => ({ ...c, msgs: c.msgs.slice(-200) }))
  }

  private onPage(ws: WebSocket): void {
    ws.on('message', (data) => {
      let msg: DoubleEvent
      try {
        msg = JSON.parse(String(data)) as DoubleEvent
      } catch {
        return
      }
      this.onEvent(ws, msg)
      for (const w of [...this.waiters]) w()
    })
    ws.on('close', () => {
      if (this.live === ws) this.live = null
      for (const [rid, p] of this.pending) {
        if (p.ws !== ws) continue
        this.pending.delete(rid)
        p.reject(new Error('double: the page closed'))
      }
      for (const w of [...this.waiters]) w()
    })
  }

  private onEvent(ws: WebSocket, msg: DoubleEvent): void {
    if (msg.ev !== 'touched') this.events.push(msg)
    switch (msg.ev) {
      case 'hello': {
        this.live = ws
        const paired = msg.paired === true
        const unlinked = paired && this.unlinkedWhileAway
        this.unlinkedWhileAway = false
        if (paired && !unlinked) this.phoneLinked = true
        ws.send(
          JSON.stringify({
            op: 'welcome',
            phase: this.phase,
            autoAck: this.autoAck,
            sendDelay: this.sendDelay,
            liveBacklog: this.liveBacklog,
            holdSync: this.holdSync,
            history: paired ? this.historyForPage() : [],
            unlinked,
          }),
        )
        break
      }
      case 'paired':
        this.phoneLinked = true
        ws.send(JSON.stringify({ op: 'sync', history: this.historyForPage() }))
        break
      case 'logged_out':
        this.phoneLinked = false
        break
      case 'sent': {
        const rec = msg.msg as SentRecord
        this.sent.push(rec)
        this.history(rec.to).msgs.push({
          id: rec.keyId,
          chat: rec.to,
          fromMe: true,
          type: rec.type,
          body: rec.body,
          t: rec.t,
          ack: 1,
        })
        break
      }
      case 'seen': {
        const h = this.chats.get(String(msg.chat))
        if (h) h.unread = 0
        break
      }
      case 'touched':
        for (const [entry, phase] of msg.entries as [string, string][]) {
          if (!this.touched.has(entry)) this.touched.set(entry, phase)
        }
        break
      case 'result': {
        const p = this.pending.get(msg.rid as number)
        if (!p) break
        this.pending.delete(msg.rid as number)
        if (msg.error) p.reject(new Error(String(msg.error)))
        else p.resolve(msg.result)
        break
      }
    }
  }
}
