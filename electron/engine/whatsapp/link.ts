// The Link screen's side of the engine: what the `whatsapp.*` API methods do, and the `whatsapp.state` push.
// One WhatsAppLink per engine (whatsappLink(engine)), over the engine's gateway. The engine itself never
// starts WhatsApp: the shopkeeper does ("Link WhatsApp"), or the host at start-up when a session was linked
// before and WhatsApp was not switched off (see whatsapp-host.ts).
import { existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { mkdirPrivate, writeFilePrivate } from '../private-files'
import type { WhatsAppStatus } from '../../../shared/contract/whatsapp'
import type { DB } from '../db/connection'
import type { Logger } from '../log'
import type { EngineEvents } from '../events'
import type { SettingsReader, SettingsWriter } from '../settings/settings'
import type { WHATSAPP_SETTINGS } from './settings'
import type { Clock } from '../../../shared/clock'
import { plainReason } from './reasons'
import { ConflictError, NotFoundError } from '../errors'
import { MediaFetcher } from './media'
import { Recycler } from './recycle'
import {
  BrowserNotFoundError,
  installedBrowsers,
  resolveBrowser,
  type ResolvedBrowser,
} from './browser'
import type { Gateway, LinkState } from './gateway'

/** Logouts after which WhatsApp must not come back by itself at the next start. */
const UNLINKED = new Set(['LOGOUT', 'LOGOUT_LOCAL', 'UNPAIRED', 'UNPAIRED_IDLE'])

/** The LocalAuth profile folder WwebjsGateway uses for the default client id. */
export function sessionFolder(dataDir: string): string {
  return join(dataDir, 'whatsapp', 'session-counterchat')
}

/** The parts of the engine WhatsApp's link works with (structural: whatsapp/ sits below the engine's root). */
export interface LinkedEngine {
  readonly db: DB
  readonly events: EngineEvents
  readonly settings: SettingsReader<typeof WHATSAPP_SETTINGS> & SettingsWriter
  readonly gateway: Gateway
  readonly clock: Clock
  readonly log: Logger
  readonly dataDir: string | null
}

/**
 * Written once the phone has linked this computer (syncing or ready), removed by a logout: the browser creates the profile folder on any
 * start, even one that failed or a QR nobody scanned, so the folder alone does not mean a WhatsApp session.
 */
export function linkedMarker(dataDir: string): string {
  return join(dataDir, 'whatsapp', 'linked')
}

export class WhatsAppLink {
  private browser: ResolvedBrowser | null = null
  private browserProblem: string | null = null
  private download: number | null = null
  private readonly off: () => void
  private readonly media: MediaFetcher | null
  private readonly recycler: Recycler | null

  constructor(private readonly engine: LinkedEngine) {
    this.off = this.gateway.on('state', (s) => this.onState(s))
    // Customers' photos are fetched from WhatsApp once and kept for the chats view.
    this.media = this.available
      ? new MediaFetcher({
          db: engine.db,
          events: engine.events,
          gateway: engine.gateway,
          now: () => engine.clock.now(),
          log: engine.log,
        })
      : null
    // The daily and memory-driven browser restarts (whatsapp-recycle.ts), checked once a minute.
    this.recycler =
      this.available && this.gateway.recycle
        ? new Recycler({
            gateway: engine.gateway,
            settings: engine.settings,
            clock: engine.clock,
            log: engine.log,
          })
        : null
    this.recycler?.start()
  }

  private get gateway(): Gateway {
    return this.engine.gateway
  }

  /** True when the engine runs a real WhatsApp gateway (not only the simulator). */
  get available(): boolean {
    return this.gateway.kind !== 'simulator'
  }

  /**
   * A WhatsApp session is on disk: the profile folder, and a link that became ready (the marker; or, for a shop
   * linked before the marker existed, WhatsApp still switched on, which only a ready link sets).
   */
  get sessionSaved(): boolean {
    const dir = this.engine.dataDir
    if (dir === null || !existsSync(sessionFolder(dir))) return false
    return existsSync(linkedMarker(dir)) || this.enabled
  }

  private markLinked(linked: boolean): void {
    const dir = this.engine.dataDir
    if (dir === null) return
    try {
      const marker = linkedMarker(dir)
      if (!linked) rmSync(marker, { force: true })
      else if (!existsSync(marker)) {
        mkdirPrivate(dirname(marker))
        writeFilePrivate(marker, '')
      }
    } catch (err) {
      this.engine.log.warn('whatsapp link marker not written', { error: String(err) })
    }
  }

  get enabled(): boolean {
    return this.engine.settings.get('whatsapp.enabled') === true
  }

  /** The status as known now (the browser as last looked up). */
  snapshot(): WhatsAppStatus {
    const link: LinkState = this.available
      ? this.gateway.linkState
      : {
          state: 'disconnected',
          reason: plainReason('NO_GATEWAY'),
          detail: 'NO_GATEWAY',
        }
    return {
      available: this.available,
      link,
      sessionSaved: this.sessionSaved,
      enabled: this.enabled,
      browser: this.browser ? { path: this.browser.path, source: this.browser.source } : null,
      browserProblem: this.browserProblem,
      download: this.download,
      installedBrowsers: this.installed,
    }
  }

  private installed: string[] = []

  /**
   * The desktop Settings' choice (whatsapp.setBrowser, owner at the computer only): one of the browsers found
   * where browsers are installed, or null to find one by itself. Anything else is refused.
   */
  async chooseBrowser(path: string | null): Promise<WhatsAppStatus> {
    const found = installedBrowsers()
    if (path !== null && !found.includes(path)) {
      throw new ConflictError(
        `${path.slice(0, 200)} is not one of the browsers installed on this computer (${found.join(', ') || 'none found'}). ` +
          'Another browser can be named with `counterchat config set whatsapp.browserPath PATH`.',
      )
    }
    this.engine.settings.set('whatsapp.browserPath', path)
    this.engine.events.emit('settings.changed', { key: 'whatsapp.browserPath' })
    return this.status()
  }

  /** The status with the browser looked up again (no download: that happens only when linking). */
  async status(): Promise<WhatsAppStatus> {
    await this.findBrowser()
    return this.snapshot()
  }

  /** "Link WhatsApp" / "Reconnect". Returns at once; progress arrives as `whatsapp.state` events. */
  async link(): Promise<WhatsAppStatus> {
    this.requireGateway()
    // The gateway never throws from start(): a failure becomes a `disconnected` state in plain words.
    void this.gateway.start()
    await this.findBrowser()
    return this.snapshot()
  }

  async pairingCode(phone: string): Promise<{ code: string }> {
    this.requireGateway()
    const request = this.gateway.requestPairingCode?.bind(this.gateway)
    if (!request) throw new ConflictError('This WhatsApp connection cannot link by phone number.')
    const s = this.gateway.linkState.state
    // Asked for from a stopped screen: start first; the gateway waits until WhatsApp Web can link.
    if (s === 'disconnected') void this.gateway.start()
    try {
      return { code: await request(phone) }
    } catch (err) {
      // The gateway's reasons are already plain words ("possible only while WhatsApp shows a QR code").
      throw new ConflictError(err instanceof Error ? err.message : String(err))
    }
  }

  async logout(): Promise<WhatsAppStatus> {
    this.requireGateway()
    this.engine.settings.set('whatsapp.enabled', false)
    this.markLinked(false)
    await this.gateway.logout()
    return this.snapshot()
  }

  async stop(): Promise<WhatsAppStatus> {
    this.requireGateway()
    this.engine.settings.set('whatsapp.enabled', false)
    await this.gateway.stop()
    return this.snapshot()
  }

  /** Host start-up: reconnect a shop that was linked before, never show a QR on its own. */
  autoStart(): boolean {
    if (!this.available || !this.enabled || !this.sessionSaved) return false
    void this.gateway.start()
    return true
  }

  /** Progress of a browser download (WwebjsGateway's onBrowserDownload), pushed to the UI. */
  browserDownload(fraction: number): void {
    this.download = fraction >= 1 ? null : Math.max(0, Math.min(1, fraction))
    this.push()
  }

  /** The stored bytes of an inbound media message ("in:12", as in the chats view). */
  mediaOf(messageId: string): { mimetype: string; filename: string | null; dataBase64: string } {
    const row = /^in:(\d+)$/.exec(messageId)
      ? (this.engine.db
          .prepare('SELECT provider_id FROM inbox WHERE id = ?')
          .get(Number(messageId.slice(3))) as { provider_id: string } | undefined)
      : undefined
    const media = row ? MediaFetcher.get(this.engine.db, row.provider_id) : null
    if (!media) throw new NotFoundError('No picture is stored for this message.')
    return {
      mimetype: media.mimetype,
      filename: media.filename,
      dataBase64: Buffer.from(media.data).toString('base64'),
    }
  }

  /** Waits until every pending media download is done (tests). */
  async mediaIdle(): Promise<void> {
    await this.media?.idle()
  }

  dispose(): void {
    this.off()
    this.media?.stop()
    this.recycler?.stop()
  }

  private onState(s: LinkState): void {
    const linked =
      s.state === 'ready' ? true : s.state === 'disconnected' && UNLINKED.has(s.detail) ? false : null
    // Syncing is after the scan (the phone lists this computer): a session exists from then on.
    if (linked !== null || s.state === 'syncing') this.markLinked(linked ?? true)
    if (linked !== null && linked !== this.enabled) {
      try {
        this.engine.settings.set('whatsapp.enabled', linked)
      } catch {
        // The database may already be closed while the host shuts down.
      }
    }
    if (s.state === 'disconnected' && s.detail === 'NO_BROWSER') {
      this.browser = null
      this.browserProblem = s.reason
    }
    if (s.state !== 'starting') this.download = null
    this.push()
  }

  private push(): void {
    try {
      this.engine.events.emit('whatsapp.state', this.snapshot())
    } catch (err) {
      this.engine.log.warn('whatsapp state push failed', { error: String(err) })
    }
  }

  private requireGateway(): void {
    if (!this.available) throw new ConflictError('This copy of CounterChat runs without WhatsApp.')
  }

  private async findBrowser(): Promise<void> {
    if (!this.available || this.gateway.kind !== 'whatsapp-web') return
    this.installed = installedBrowsers()
    try {
      const configured = this.engine.settings.get('whatsapp.browserPath')
      this.browser = await resolveBrowser({
        configuredPath: typeof configured === 'string' && configured ? configured : null,
        dataDir: this.engine.dataDir ?? '.',
      })
      this.browserProblem = null
    } catch (err) {
      this.browser = null
      this.browserProblem =
        err instanceof BrowserNotFoundError
          ? 'No Chrome, Chromium or Microsoft Edge was found. Install Google Chrome or Microsoft Edge, or choose a browser on the Link WhatsApp screen. CounterChat can also download one when the internet is reachable.'
          : err instanceof Error
            ? err.message
            : String(err)
    }
  }
}

const links = new WeakMap<LinkedEngine, WhatsAppLink>()

/** The engine's one WhatsAppLink, made on first use (its `whatsapp.state` push starts then). */
export function whatsappLink(engine: LinkedEngine): WhatsAppLink {
  let link = links.get(engine)
  if (!link) {
    link = new WhatsAppLink(engine)
    links.set(engine, link)
  }
  return link
}
