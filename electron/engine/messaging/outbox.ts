// The outbox's front door for the rest of the engine: every reply, manual message and order update becomes a
// row here inside the caller's transaction, and the worker sends it after commit.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { ChatMessage } from '../../../shared/contract/chats'
import { insertOutbound, type NewOutbound, type OutboxRow } from './store'
import type { Tx } from '../db/tx'

export function outboundMessage(r: OutboxRow): ChatMessage {
  return {
    id: `out:${r.id}`,
    phone: r.chat,
    direction: 'out',
    text: r.text,
    at: r.sent_at ?? r.created_at,
    status: r.status,
    origin: r.origin,
    ack: r.ack,
  }
}

/**
 * What the pipe needs to know of chats, handed in by the engine (chats/ sits above messaging): the channel a
 * customer last wrote on, and a note on the chat that a message went out or could not.
 */
export interface ChatLedger {
  channelOf(chat: string): string | null
  touchOutbound(chat: string, text: string, at: number): void
  flag(chat: string, why: string): void
}

export class Outbox {
  constructor(
    private db: DB,
    private tx: Tx,
    private events: EngineEvents,
    private now: () => number,
    private chats: ChatLedger,
    private wake: (row: { chat: string; channel: string }) => void,
  ) {}

  enqueue(m: Omit<NewOutbound, 'channel'> & { channel?: string }): OutboxRow {
    const channel = m.channel ?? this.chats.channelOf(m.chat) ?? 'simulator'
    const row = insertOutbound(this.db, { ...m, channel }, this.now())
    this.chats.touchOutbound(m.chat, m.text, row.created_at)
    this.tx.after(() => {
      this.events.emit('chat.message', outboundMessage(row))
      this.events.emit('chats.changed', { phone: row.chat })
      this.wake(row)
    })
    return row
  }
}
