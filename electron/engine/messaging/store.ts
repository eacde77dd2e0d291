// Queries for the inbox and outbox tables: plain functions, db first, bound parameters only.
import { stmt, type DB } from '../db/connection'
import type { InboundKind } from '../whatsapp/gateway'

export interface InboxRow {
  id: number
  provider_id: string
  channel: string
  chat: string
  name: string | null
  kind: InboundKind
  text: string
  sent_at: number
  received_at: number
  status: 'pending' | 'processed' | 'throttled' | 'failed'
}

export interface OutboxRow {
  id: number
  channel: string
  chat: string
  text: string
  origin: 'bot' | 'manual' | 'status' | 'payment'
  in_reply_to: number | null
  order_number: number | null
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'uncertain' | 'cancelled'
  attempts: number
  next_attempt_at: number
  created_at: number
  sending_at: number | null
  sent_at: number | null
  provider_id: string | null
  ack: number | null
  error: string | null
  /** A picture to send (the UPI QR code); `text` is then its caption. */
  image_png: Uint8Array | null
  /** Folded into that row's message (migration 0016): sent as part of it, never on its own. */
  merged_into: number | null
}

/** Stores one inbound message unless its providerId is already there; returns the new row id or null. */
export function insertInbound(db: DB, m: Omit<InboxRow, 'id' | 'status'>): number | null {
  const r = stmt(
    db,
    `INSERT INTO inbox (provider_id, channel, chat, name, kind, text, sent_at, received_at)
     VALUES (@provider_id, @channel, @chat, @name, @kind, @text, @sent_at, @received_at)
     ON CONFLICT (provider_id) DO NOTHING`,
  ).run(m)
  return r.changes > 0 ? Number(r.lastInsertRowid) : null
}

export function pendingInbound(db: DB, limit: number): InboxRow[] {
  return stmt(db, "SELECT * FROM inbox WHERE status = 'pending' ORDER BY id LIMIT ?").all(limit) as InboxRow[]
}

export function hasPendingInbound(db: DB): boolean {
  return stmt(db, "SELECT 1 FROM inbox WHERE status = 'pending' LIMIT 1").get() !== undefined
}

export function inboundStatus(db: DB, id: number): InboxRow['status'] | undefined {
  return (
    stmt(db, 'SELECT status FROM inbox WHERE id = ?').get(id) as { status: InboxRow['status'] } | undefined
  )?.status
}

export function markInbound(
  db: DB,
  id: number,
  status: InboxRow['status'],
  now: number,
  error: string | null = null,
): void {
  stmt(db, 'UPDATE inbox SET status = ?, processed_at = ?, error = ? WHERE id = ?').run(
    status,
    now,
    error,
    id,
  )
}

/** Messages from one chat received in (since, this one]: the flood counter. */
export function recentInboundCount(db: DB, chat: string, since: number, uptoId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM inbox WHERE chat = ? AND received_at > ? AND id <= ?').get(
      chat,
      since,
      uptoId,
    ) as {
      n: number
    }
  ).n
}

export function latestInboundTimestamp(db: DB, channel: string): number | null {
  const r = stmt(db, 'SELECT max(sent_at) AS t FROM inbox WHERE channel = ?').get(channel) as {
    t: number | null
  }
  return r.t
}

export interface NewOutbound {
  channel: string
  chat: string
  text: string
  origin: OutboxRow['origin']
  inReplyTo?: number | null
  orderNumber?: number | null
  /** Send a PNG picture with `text` as its caption (migration 0021). */
  imagePng?: Uint8Array | null
}

export function insertOutbound(db: DB, m: NewOutbound, now: number): OutboxRow {
  const r = stmt(
    db,
    `INSERT INTO outbox (channel, chat, text, origin, in_reply_to, order_number, status, next_attempt_at, created_at, image_png)
     VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
  ).run(
    m.channel,
    m.chat,
    m.text,
    m.origin,
    m.inReplyTo ?? null,
    m.orderNumber ?? null,
    now,
    now,
    m.imagePng ? Buffer.from(m.imagePng) : null,
  )
  return getOutbound(db, Number(r.lastInsertRowid))!
}

export function getOutbound(db: DB, id: number): OutboxRow | undefined {
  return stmt(db, 'SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined
}

/**
 * The oldest open message of every chat: messages to one customer go out in order, one at a time.
 * It hops from chat to chat along the open-rows index (two seeks per chat) instead of reading every open
 * row, so thousands of replies waiting behind a rate limit do not make each look at the queue slower.
 */
export function headsOfOpenChats(db: DB): OutboxRow[] {
  return stmt(
    db,
    `WITH RECURSIVE c(chat) AS (
       SELECT min(chat) FROM outbox WHERE status IN ('queued', 'sending')
       UNION ALL
       SELECT (SELECT min(chat) FROM outbox WHERE status IN ('queued', 'sending') AND chat > c.chat)
       FROM c WHERE c.chat IS NOT NULL
     )
     SELECT o.* FROM c JOIN outbox o
       ON o.id = (SELECT min(id) FROM outbox WHERE status IN ('queued', 'sending') AND chat = c.chat)
     WHERE c.chat IS NOT NULL
     ORDER BY o.next_attempt_at, o.id`,
  ).all() as OutboxRow[]
}

/** Heads of their chats left in `sending` (normally none, or the few in flight): what reconcile looks at. */
export function sendingHeads(db: DB): OutboxRow[] {
  return stmt(
    db,
    `SELECT o.* FROM outbox o INDEXED BY outbox_sending
     WHERE o.status = 'sending'
       AND o.id = (SELECT min(id) FROM outbox WHERE status IN ('queued', 'sending') AND chat = o.chat)
     ORDER BY o.next_attempt_at, o.id`,
  ).all() as OutboxRow[]
}

/** Messages still to send on the given channels (rows for a channel this engine has no gateway for wait). */
export function openOutboundCount(db: DB, channels: string[]): number {
  const marks = channels.map(() => '?').join(', ')
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM outbox WHERE status IN ('queued', 'sending') AND channel IN (${marks})`,
    ).get(...channels) as { n: number }
  ).n
}

/** Messages that went out since then: a row folded into another is part of that one's send, not a send. */
export function sentSince(db: DB, since: number): { chat: string; sent_at: number }[] {
  return stmt(
    db,
    'SELECT chat, sent_at FROM outbox WHERE sent_at > ? AND merged_into IS NULL ORDER BY sent_at',
  ).all(since) as {
    chat: string
    sent_at: number
  }[]
}

export function markSending(db: DB, id: number, now: number): boolean {
  return (
    stmt(
      db,
      "UPDATE outbox SET status = 'sending', sending_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'queued'",
    ).run(now, id).changes > 0
  )
}

/**
 * Rows of a chat waiting behind `head` (oldest first): the ones the worker may fold into head's message.
 * Only the chat's queued rows, read along the open-rows index.
 */
export function queuedAfter(db: DB, head: OutboxRow, limit: number): OutboxRow[] {
  return stmt(
    db,
    `SELECT * FROM outbox WHERE status IN ('queued', 'sending') AND chat = ? AND id > ? ORDER BY id LIMIT ?`,
  ).all(head.chat, head.id, limit) as OutboxRow[]
}

/**
 * Marks `head` sending and folds `merged` into it, in one transaction: either the message that goes out is
 * recorded as carrying all of them or nothing changed. Returns the ids folded in (a row that stopped being
 * queued meanwhile, taken by another process, is left out), or null when head itself was no longer queued.
 */
export function claimForSending(db: DB, head: number, merged: number[], now: number): number[] | null {
  return db
    .transaction(() => {
      if (!markSending(db, head, now)) return null
      const folded: number[] = []
      const fold = stmt(
        db,
        `UPDATE outbox SET status = 'sending', sending_at = ?, merged_into = ?
       WHERE id = ? AND status = 'queued' AND merged_into IS NULL`,
      )
      for (const id of merged) {
        if (fold.run(now, head, id).changes === 0) break // order matters: nothing after a gap is folded in
        folded.push(id)
      }
      return folded
    })
    .immediate()
}

/** The rows folded into `id`, oldest first. */
export function mergedInto(db: DB, id: number): OutboxRow[] {
  return stmt(db, 'SELECT * FROM outbox WHERE merged_into = ? ORDER BY id').all(id) as OutboxRow[]
}

/** What the customer receives for `row`: its text, then the text of every row folded into it. */
export function messageText(db: DB, row: OutboxRow): string {
  return [row, ...mergedInto(db, row.id)].map((r) => r.text).join(MERGE_SEPARATOR)
}

/** Folded replies read as paragraphs of one message. */
export const MERGE_SEPARATOR = '\n\n'

export function markSent(db: DB, id: number, providerId: string, now: number): void {
  // Folded rows went out in the same message: they share its time and network id (so its ticks reach them).
  stmt(
    db,
    "UPDATE outbox SET status = 'sent', sent_at = ?, provider_id = ?, error = NULL WHERE id = ? OR merged_into = ?",
  ).run(now, providerId, id, id)
}

export function markRetry(db: DB, id: number, at: number, error: string): void {
  db.transaction(() => {
    stmt(db, "UPDATE outbox SET status = 'queued', next_attempt_at = ?, error = ? WHERE id = ?").run(
      at,
      error,
      id,
    )
    // Unfolded: the next attempt folds again whatever is waiting then, in order.
    stmt(db, "UPDATE outbox SET status = 'queued', merged_into = NULL WHERE merged_into = ?").run(id)
  })()
}

export function markOutbound(db: DB, id: number, status: OutboxRow['status'], error: string | null): void {
  stmt(db, 'UPDATE outbox SET status = ?, error = ? WHERE id = ? OR merged_into = ?').run(
    status,
    error,
    id,
    id,
  )
}

/** A delivery tick: for the message and every row folded into it, which are returned. */
export function recordAck(db: DB, providerId: string, ack: number): OutboxRow[] {
  stmt(db, 'UPDATE outbox SET ack = max(coalesce(ack, -1), ?) WHERE provider_id = ?').run(ack, providerId)
  return stmt(db, 'SELECT * FROM outbox WHERE provider_id = ? ORDER BY id').all(providerId) as OutboxRow[]
}

/** Network ids the outbox already recorded for a chat, most recent first (for crash reconcile). */
export function sentProviderIds(db: DB, chat: string): Set<string> {
  // findSent looks at the chat's last 100 messages from the shop: the last 500 we recorded cover them.
  const rows = stmt(
    db,
    'SELECT provider_id FROM outbox WHERE chat = ? AND provider_id IS NOT NULL ORDER BY id DESC LIMIT 500',
  ).all(chat) as { provider_id: string }[]
  return new Set(rows.map((r) => r.provider_id))
}
