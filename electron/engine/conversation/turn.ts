// One inbound message's turn, on the conversation side of the pipe: the inbox stores the message and opens the
// transaction, this keeps the chat's record (first contact, last message), holds back a flooding chat, and lets
// the conversation answer. Every reply is an outbox row in the same transaction as the message's "processed".
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { answeredByBot, ensureChat, flag, touchInbound, type ChatRow } from '../chats/repository'
import type { InboundHandler } from '../messaging/inbox'
import type { Limits } from '../messaging/limits'
import type { Outbox } from '../messaging/outbox'
import * as store from '../messaging/store'
import type { Conversation } from './conversation'
import type { Voice } from '../voice/voice'

export interface TurnDeps {
  db: DB
  settings: SettingsReader<typeof SHOP_SETTINGS, 'shop.language'>
  conversation: Conversation
  /** The flood note is a customer text like any other. */
  voice: Voice
  outbox: Outbox
  limits: () => Limits
}

export function inboundTurns(d: TurnDeps): InboundHandler {
  const reply = (chat: ChatRow, row: store.InboxRow, text: string) =>
    // Back the way it came: the customer wrote on this channel, even if the chat began on another.
    d.outbox.enqueue({ chat: chat.phone, channel: row.channel, text, origin: 'bot', inReplyTo: row.id })
  return {
    handle(row) {
      const language = d.settings.get('shop.language')
      const { chat, created } = ensureChat(d.db, row.chat, row.channel, language, row.received_at)
      touchInbound(d.db, row.chat, row.channel, row.name, row.text, row.received_at)
      const limits = d.limits()
      const recent = store.recentInboundCount(d.db, row.chat, row.received_at - 60_000, row.id)
      if (recent > limits.inboundPerChatPerMinute) {
        // One "please slow down" when the limit is first passed; the rest of the flood is kept, unanswered.
        if (recent === limits.inboundPerChatPerMinute + 1 && chat.bot_paused === 0)
          reply(chat, row, d.voice.in(chat.language).t('slowDown'))
        return 'throttled'
      }
      const turn = d.conversation.handle(chat, row, created)
      for (const text of turn.replies) reply(chat, row, text)
      // Answered by the bot and nothing for a person: not unread (only what needs the shopkeeper counts).
      if (turn.replies.length > 0) answeredByBot(d.db, row.chat)
      return 'processed'
    },
    failed(row) {
      ensureChat(d.db, row.chat, row.channel, 'en', row.received_at)
      flag(d.db, row.chat, 'A message could not be handled automatically')
    },
  }
}
