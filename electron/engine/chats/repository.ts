// Queries for the chats table: one row per customer, holding the conversation state so it survives restarts.
import { stmt, type DB } from '../db/connection'
import type { ChatSummary } from '../../../shared/contract/chats'
import type { Language } from '../../../shared/contract/languages'
import type { ConversationState } from './state'
import { emptyState, parseState } from './state'

export interface ChatRow {
  phone: string
  channel: string
  name: string | null
  language: Language
  /** JSON: the running evidence per language (voice/language.ts). */
  language_scores: string
  /** 1: the shopkeeper set the language; the customer's messages no longer change it. */
  language_pinned: number
  state: string
  bot_paused: number
  needs_human: number
  attention: string | null
  unread: number
  address: string | null
  notes: string | null
  last_message_at: number
  last_text: string
  created_at: number
}

export function getChat(db: DB, phone: string): ChatRow | undefined {
  return stmt(db, 'SELECT * FROM chats WHERE phone = ?').get(phone) as ChatRow | undefined
}

export function ensureChat(
  db: DB,
  phone: string,
  channel: string,
  language: Language,
  now: number,
): { chat: ChatRow; created: boolean } {
  const existing = getChat(db, phone)
  if (existing) return { chat: existing, created: false }
  stmt(
    db,
    `INSERT INTO chats (phone, channel, language, state, last_message_at, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(phone, channel, language, JSON.stringify(emptyState()), now, now)
  return { chat: getChat(db, phone)!, created: true }
}

export function stateOf(chat: ChatRow): ConversationState {
  return parseState(chat.state)
}

export function saveState(db: DB, phone: string, state: ConversationState): void {
  stmt(db, 'UPDATE chats SET state = ? WHERE phone = ?').run(JSON.stringify(state), phone)
}

/** A message in: unread, preview, the customer's name, and the channel replies and order updates go back on. */
export function touchInbound(
  db: DB,
  phone: string,
  channel: string,
  name: string | null,
  text: string,
  at: number,
): void {
  stmt(
    db,
    // The WhatsApp profile name only fills an empty name: a name the shopkeeper typed in is never overwritten.
    `UPDATE chats SET unread = unread + 1, last_message_at = max(last_message_at, ?), last_text = ?,
       name = coalesce(name, ?), channel = ? WHERE phone = ?`,
  ).run(at, text.slice(0, 200), name, channel, phone)
}

/**
 * The message just counted by `touchInbound` was answered by the bot: it stops counting as unread, unless the
 * chat is paused or needs a person (then the shopkeeper must read it).
 */
export function answeredByBot(db: DB, phone: string): void {
  stmt(
    db,
    'UPDATE chats SET unread = max(0, unread - 1) WHERE phone = ? AND bot_paused = 0 AND needs_human = 0',
  ).run(phone)
}

export function touchOutbound(db: DB, phone: string, text: string, at: number): void {
  stmt(db, 'UPDATE chats SET last_message_at = max(last_message_at, ?), last_text = ? WHERE phone = ?').run(
    at,
    text.slice(0, 200),
    phone,
  )
}

/** The language decided from the customer's messages, with the evidence it was decided on. */
export function setLanguage(db: DB, phone: string, language: Language, scores?: object): void {
  if (scores === undefined) stmt(db, 'UPDATE chats SET language = ? WHERE phone = ?').run(language, phone)
  else
    stmt(db, 'UPDATE chats SET language = ?, language_scores = ? WHERE phone = ?').run(
      language,
      JSON.stringify(scores),
      phone,
    )
}

/** The shopkeeper's choice: a language that stays (pinned), or null to let the customer's messages decide again. */
export function pinLanguage(db: DB, phone: string, language: Language | null): void {
  if (language === null) stmt(db, 'UPDATE chats SET language_pinned = 0 WHERE phone = ?').run(phone)
  else
    stmt(db, 'UPDATE chats SET language = ?, language_pinned = 1 WHERE phone = ?').run(language, phone)
}

export function setBot(
  db: DB,
  phone: string,
  paused: boolean,
  needsHuman: boolean,
  attention: string | null,
): void {
  stmt(db, 'UPDATE chats SET bot_paused = ?, needs_human = ?, attention = ? WHERE phone = ?').run(
    paused ? 1 : 0,
    needsHuman ? 1 : 0,
    attention,
    phone,
  )
}

/** Raises "needs a person" without pausing the bot (an undeliverable reply, a failed message). */
export function flag(db: DB, phone: string, attention: string): void {
  stmt(db, 'UPDATE chats SET needs_human = 1, attention = ? WHERE phone = ?').run(attention, phone)
}

export function markRead(db: DB, phone: string): void {
  stmt(db, 'UPDATE chats SET unread = 0 WHERE phone = ?').run(phone)
}

export function setCustomer(
  db: DB,
  phone: string,
  patch: { name?: string | null; address?: string | null; notes?: string | null },
): void {
  const chat = getChat(db, phone)
  if (!chat) return
  stmt(db, 'UPDATE chats SET name = ?, address = ?, notes = ? WHERE phone = ?').run(
    patch.name !== undefined ? patch.name : chat.name,
    patch.address !== undefined ? patch.address : chat.address,
    patch.notes !== undefined ? patch.notes : chat.notes,
    phone,
  )
}

export function labelsOf(db: DB, phone: string): string[] {
  return stmt(db, 'SELECT label FROM chat_labels WHERE phone = ? ORDER BY label').pluck().all(phone) as string[]
}

/** Adds a label; one already there in another case is kept as it was written first. */
export function addLabel(db: DB, phone: string, label: string, now: number): void {
  stmt(db, 'INSERT OR IGNORE INTO chat_labels (phone, label, created_at) VALUES (?, ?, ?)').run(phone, label, now)
}

export function removeLabel(db: DB, phone: string, label: string): void {
  stmt(db, 'DELETE FROM chat_labels WHERE phone = ? AND label = ?').run(phone, label)
}

export function allLabels(db: DB): { name: string; count: number }[] {
  return stmt(
    db,
    'SELECT min(label) AS name, count(*) AS count FROM chat_labels GROUP BY label ORDER BY count DESC, name',
  ).all() as { name: string; count: number }[]
}

export function toSummary(c: ChatRow, labels: string[] = []): ChatSummary {
  return {
    phone: c.phone,
    name: c.name,
    channel: c.channel,
    language: c.language,
    languagePinned: c.language_pinned === 1,
    botPaused: c.bot_paused === 1,
    needsHuman: c.needs_human === 1,
    attention: c.attention,
    unread: c.unread,
    labels,
    lastMessageAt: c.last_message_at,
    lastText: c.last_text,
  }
}

export function listChats(
  db: DB,
  q: { query?: string | undefined; label?: string | undefined; offset: number; limit: number },
): { total: number; items: ChatSummary[] } {
  const params: string[] = []
  const where: string[] = []
  if (q.query && q.query.trim()) {
    where.push("(phone LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')")
    const like = `%${q.query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    params.push(like, like)
  }
  if (q.label && q.label.trim()) {
    where.push('phone IN (SELECT phone FROM chat_labels WHERE label = ?)')
    params.push(q.label.trim())
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (stmt(db, `SELECT count(*) AS n FROM chats ${w}`).get(...params) as { n: number }).n
  const rows = stmt(
    db,
    `SELECT * FROM chats ${w} ORDER BY needs_human DESC, (unread > 0) DESC, last_message_at DESC LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as ChatRow[]
  // The page's labels in one read.
  const labels = new Map<string, string[]>()
  if (rows.length > 0) {
    const found = db
      .prepare(
        `SELECT phone, label FROM chat_labels WHERE phone IN (${rows.map(() => '?').join(',')}) ORDER BY label`,
      )
      .all(...rows.map((r) => r.phone)) as { phone: string; label: string }[]
    for (const f of found) labels.set(f.phone, [...(labels.get(f.phone) ?? []), f.label])
  }
  return { total, items: rows.map((r) => toSummary(r, labels.get(r.phone) ?? [])) }
}
