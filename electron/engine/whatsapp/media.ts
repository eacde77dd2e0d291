// Keeps the bytes of customers' photos (and other media): WhatsApp keeps them only for a while, the shop's
// chats view wants them later. Each inbound media message is fetched once through `gateway.downloadMedia`
// (capped at 16 MB by the gateway) and stored in `inbox_media`, one at a time so a burst of photos never
// competes with replies for WhatsApp Web's attention. It follows the inbox (every stored inbound message is
// announced as `chat.message` once processed), so media found by the catch-up after a restart counts too;
// media left unfetched while WhatsApp was away is tried when it is ready again (the last 2 days).
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import type { Gateway, InboundMedia } from './gateway'

const LOOK_BACK_MS = 2 * 24 * 60 * 60_000
/** Tries per message before giving up (WhatsApp may no longer have it). */
const MAX_TRIES = 3

export interface StoredMedia {
  mimetype: string
  filename: string | null
  data: Uint8Array
}

export class MediaFetcher {
  private queue: string[] = []
  private queued = new Set<string>()
  private tries = new Map<string, number>()
  private running: Promise<void> | null = null
  private stopped = false
  private readonly offs: (() => void)[] = []

  constructor(
    private readonly d: { db: DB; events: EngineEvents; gateway: Gateway; now: () => number; log: Logger },
  ) {
    if (!d.gateway.downloadMedia) return
    this.offs.push(
      d.events.subscribe((event, payload) => {
        if (event !== 'chat.message') return
        const m = payload as { id: string; direction: string }
        if (m.direction === 'in') this.inbound(Number(m.id.slice(3)))
      }),
      d.gateway.on('state', (s) => {
        if (s.state === 'ready') this.catchUp()
      }),
    )
    if (d.gateway.linkState.state === 'ready') this.catchUp()
  }

  /** The stored bytes of an inbound message, or null. */
  static get(db: DB, providerId: string): StoredMedia | null {
    const row = db
      .prepare('SELECT mimetype, filename, data FROM inbox_media WHERE provider_id = ?')
      .get(providerId) as { mimetype: string; filename: string | null; data: Buffer } | undefined
    return row ? { mimetype: row.mimetype, filename: row.filename, data: new Uint8Array(row.data) } : null
  }

  /** Resolves when nothing is waiting to be fetched (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  stop(): void {
    this.stopped = true
    for (const off of this.offs.splice(0)) off()
    this.queue = []
    this.queued.clear()
  }

  private inbound(rowId: number): void {
    if (this.stopped || !Number.isInteger(rowId)) return
    try {
      const row = this.d.db
        .prepare(
          `SELECT i.provider_id, i.kind, i.channel, m.provider_id AS stored FROM inbox i
           LEFT JOIN inbox_media m ON m.provider_id = i.provider_id WHERE i.id = ?`,
        )
        .get(rowId) as { provider_id: string; kind: string; channel: string; stored: string | null } | undefined
      if (row?.kind === 'media' && row.channel === this.d.gateway.kind && row.stored === null)
        this.enqueue(row.provider_id)
    } catch (err) {
      this.d.log.warn('media lookup failed', { error: String(err) })
    }
  }

  private catchUp(): void {
    let rows: { provider_id: string }[]
    try {
      rows = this.d.db
        .prepare(
          `SELECT i.provider_id FROM inbox i LEFT JOIN inbox_media m ON m.provider_id = i.provider_id
           WHERE i.kind = 'media' AND i.channel = ? AND i.sent_at >= ? AND m.provider_id IS NULL
           ORDER BY i.id`,
        )
        .all(this.d.gateway.kind, this.d.now() - LOOK_BACK_MS) as { provider_id: string }[]
    } catch (err) {
      this.d.log.warn('media catch-up failed', { error: String(err) })
      return
    }
    for (const r of rows) this.enqueue(r.provider_id)
  }

  private enqueue(providerId: string): void {
    if (this.stopped || this.queued.has(providerId)) return
    if ((this.tries.get(providerId) ?? 0) >= MAX_TRIES) return
    this.queued.add(providerId)
    this.queue.push(providerId)
    this.running ??= this.drain().finally(() => {
      this.running = null
    })
  }

  private async drain(): Promise<void> {
    for (let id = this.queue.shift(); id !== undefined && !this.stopped; id = this.queue.shift()) {
      this.queued.delete(id)
      if (this.d.gateway.linkState.state !== 'ready') {
        // Tried again by the catch-up once WhatsApp is ready.
        continue
      }
      this.tries.set(id, (this.tries.get(id) ?? 0) + 1)
      let media: InboundMedia | null
      try {
        media = (await this.d.gateway.downloadMedia?.(id)) ?? null
      } catch (err) {
        this.d.log.warn('media download failed', { error: String(err) })
        continue
      }
      if (!media || this.stopped) {
        if (!media) this.tries.set(id, MAX_TRIES)
        continue
      }
      try {
        this.d.db
          .prepare(
            `INSERT INTO inbox_media (provider_id, mimetype, filename, bytes, data, fetched_at)
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (provider_id) DO NOTHING`,
          )
          .run(id, media.mimetype, media.filename, media.data.byteLength, Buffer.from(media.data), this.d.now())
      } catch (err) {
        this.d.log.warn('media not stored', { error: String(err) })
      }
    }
  }
}
