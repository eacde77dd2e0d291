// The inbox: every inbound message is stored (deduplicated by the network's providerId) before anything acts
// on it, then processed in id order, one SQLite transaction per message: the conversation's state change, any
// order rows, the reply rows and "processed" commit together. A crash therefore either redoes a message
// from scratch on the next start or finds it fully done; it never answers twice or loses one.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import type { InboundMessage } from '../whatsapp/gateway'
import { cleanName } from '../../../shared/text'
import type { ChatMessage } from '../../../shared/contract/chats'
import { answeredByBot, ensureChat, flag, touchInbound, type ChatRow } from '../chats/repository'
import type { Conversation } from '../conversation/conversation'
import { renderTemplate, type Language, type TemplateOverrides } from '../conversation/templates'
import type { Settings } from '../settings'
import type { Limits } from './limits'
import type { Outbox } from './outbox'
import * as store from './store'
import type { Tx } from '../db/tx'

/** WhatsApp's own ceiling; anything longer is cut before it is stored. */
export const MAX_STORED_CHARS = 65_536
const KINDS = new Set(['text', 'media', 'location', 'contact', 'other'])

export function inboundMessage(r: store.InboxRow): ChatMessage {
  return {
    id: `in:${r.id}`,
    phone: r.chat,
    direction: 'in',
    text: r.text,
    at: r.received_at,
    status: r.status,
    origin: 'customer',
    ack: null,
    kind: r.kind,
  }
}

export interface InboxDeps {
  db: DB
  tx: Tx
  events: EngineEvents
  log: Logger
  now: () => number
  settings: Settings
  conversation: Conversation
  outbox: Outbox
  limits: () => Limits
  /** The channel of a message received without one: the engine's main gateway (replies go back through it). */
  defaultChannel: string
  /** Defers the processing loop (setImmediate in the engine) so receive() returns at once. */
  defer: (fn: () => void) => void
}

export class Inbox {
  private draining: Promise<void> | null = null
  private again = false
  private stopped = false

  constructor(private d: InboxDeps) {}

  /**
   * Stores one message from a gateway (idempotent: a providerId seen before is ignored) and schedules its
   * processing. Returns whether it was new.
   */
  receive(msg: InboundMessage, channel = this.d.defaultChannel): { accepted: boolean; id: number | null } {
    const clean = sanitize(msg, this.d.now())
    if (!clean) {
      this.d.log.warn('inbound message refused', { providerId: String(msg?.providerId ?? '').slice(0, 100) })
      return { accepted: false, id: null }
    }
    const id = store.insertInbound(this.d.db, { ...clean, channel, received_at: this.d.now() })
    if (id !== null) this.schedule()
    return { accepted: id !== null, id }
  }

  /** Processes everything pending, in arrival order; resolves when the inbox is empty. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true
      return this.draining
    }
    const run = async () => {
      do {
        this.again = false
        for (;;) {
          if (this.stopped) return
          const batch = store.pendingInbound(this.d.db, 50)
          if (batch.length === 0) break
          for (const row of batch) {
            if (this.stopped) return
            this.process(row)
            // Yield between messages so one chat's flood never holds up the UI or other I/O.
            await new Promise<void>((r) => this.d.defer(r))
          }
        }
      } while (this.again)
    }
    const p: Promise<void> = run().finally(() => {
      if (this.draining === p) this.draining = null
    })
    this.draining = p
    return p
  }

  stop(): Promise<void> {
    this.stopped = true
    return this.draining ?? Promise.resolve()
  }

  pending(): boolean {
    return store.hasPendingInbound(this.d.db)
  }

  private schedule(): void {
    if (this.stopped) return
    this.d.defer(() => void this.drain())
  }

  private process(row: store.InboxRow): void {
    const { db, tx } = this.d
    try {
      tx.run(() => {
        if (store.inboundStatus(db, row.id) !== 'pending') return
        const language = this.d.settings.get('shop.language') as Language
        const { chat, created } = ensureChat(db, row.chat, row.channel, language, row.received_at)
        touchInbound(db, row.chat, row.channel, row.name, row.text, row.received_at)
        const limits = this.d.limits()
        const recent = store.recentInboundCount(db, row.chat, row.received_at - 60_000, row.id)
        if (recent > limits.inboundPerChatPerMinute) {
          store.markInbound(db, row.id, 'throttled', this.d.now())
          if (recent === limits.inboundPerChatPerMinute + 1 && chat.bot_paused === 0) {
            this.reply(chat, row, renderTemplate('slowDown', chat.language, {}, this.overrides()))
          }
        } else {
          const turn = this.d.conversation.handle(chat, row, created)
          for (const text of turn.replies) this.reply(chat, row, text)
          // Answered by the bot and nothing for a person: not unread (only what needs the shopkeeper counts).
          if (turn.replies.length > 0) answeredByBot(db, row.chat)
          store.markInbound(db, row.id, 'processed', this.d.now())
        }
        const done = {
          ...row,
          status: (store.inboundStatus(db, row.id) ?? 'processed') as store.InboxRow['status'],
        }
        tx.after(() => {
          this.d.events.emit('chat.message', inboundMessage(done))
          this.d.events.emit('chats.changed', { phone: row.chat })
        })
      })
    } catch (err) {
      // A message that breaks the conversation must not block the ones behind it: keep it, flag the chat.
      const message = err instanceof Error ? err.message : String(err)
      this.d.log.error('inbound message failed', { id: row.id, message })
      try {
        tx.run(() => {
          store.markInbound(db, row.id, 'failed', this.d.now(), message.slice(0, 500))
          ensureChat(db, row.chat, row.channel, 'en', row.received_at)
          flag(db, row.chat, 'A message could not be handled automatically')
        })
        this.d.events.emit('chats.changed', { phone: row.chat })
      } catch (inner) {
        this.d.log.error('could not mark inbound message failed', { id: row.id, message: String(inner) })
      }
    }
  }

  private reply(chat: ChatRow, row: store.InboxRow, text: string): void {
    // Back the way it came: the customer wrote on this channel, even if the chat began on another.
    this.d.outbox.enqueue({ chat: chat.phone, channel: row.channel, text, origin: 'bot', inReplyTo: row.id })
  }

  private overrides(): TemplateOverrides {
    return this.d.settings.get('conversation.templates') as TemplateOverrides
  }
}

/** A gateway's message, checked and bounded; null when it cannot be stored meaningfully. */
function sanitize(
  msg: InboundMessage,
  now: number,
): Omit<store.InboxRow, 'id' | 'status' | 'channel' | 'received_at'> | null {
  if (!msg || typeof msg !== 'object') return null
  const providerId = typeof msg.providerId === 'string' ? msg.providerId.slice(0, 200) : ''
  const from = typeof msg.from === 'string' ? msg.from.trim().slice(0, 40) : ''
  if (!providerId || !from) return null
  const text = typeof msg.text === 'string' ? msg.text.slice(0, MAX_STORED_CHARS) : ''
  return {
    provider_id: providerId,
    chat: from,
    name: typeof msg.name === 'string' ? cleanName(msg.name).slice(0, 100) || null : null,
    kind: KINDS.has(msg.kind) ? msg.kind : 'other',
    text,
    sent_at: Number.isFinite(msg.timestamp) ? msg.timestamp : now,
  }
}
