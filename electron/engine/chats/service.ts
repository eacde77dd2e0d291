// The chats view's side of conversations: list, transcript, manual replies, pausing and resuming the bot,
// customer details. (The reply templates are the voice's: voice/editor.ts.)
import type { DB } from '../db/connection'
import { stmt } from '../db/connection'
import type { EngineEvents } from '../events'
import type { SettingsReader, SettingsWriter } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { NotFoundError } from '../errors'
import { getProduct } from '../catalog/repository'
import type { ChatMessage, QuickReply } from '../../../shared/contract/chats'
import type { CHAT_SETTINGS } from './settings'
import type { Currency } from '../../../shared/money'
import type { Outbox } from '../messaging/outbox'
import { outboundMessage } from '../messaging/outbox'
import type { Tx } from '../db/tx'
import * as chats from './repository'
import { pricedAt } from '../../../shared/lines'
import type { Language } from '../../../shared/contract/languages'
import type { OutboxRow } from '../messaging/store'

/** What the chats view's service works with; the orders area sits above chats, so it passes its lookup in. */
export interface ChatServiceDeps {
  db: DB
  tx: Tx
  events: EngineEvents
  settings: SettingsReader<
    typeof SHOP_SETTINGS & typeof CHAT_SETTINGS,
    'shop.currency' | 'chats.quickReplies'
  > &
    SettingsWriter
  outbox: Outbox
  /** The customer's newest order. */
  latestOrderOf: (phone: string) => number | null
  now: () => number
}

export class ChatService {
  constructor(private d: ChatServiceDeps) {}

  list(q: { query?: string | undefined; label?: string | undefined; offset: number; limit: number }) {
    return chats.listChats(this.d.db, q)
  }

  labels() {
    return chats.allLabels(this.d.db)
  }

  addLabel(phone: string, label: string) {
    return this.update(phone, () => chats.addLabel(this.d.db, phone, label, this.d.now()))
  }

  removeLabel(phone: string, label: string) {
    return this.update(phone, () => chats.removeLabel(this.d.db, phone, label))
  }

  quickReplies(): QuickReply[] {
    return this.d.settings.get('chats.quickReplies')
  }

  get(phone: string) {
    const c = this.row(phone)
    const state = chats.stateOf(c)
    const cart = []
    for (const item of state.cart) {
      const p = getProduct(this.d.db, item.sku)
      if (!p) continue
      cart.push(pricedAt(p, item.qty))
    }
    const pending =
      state.pending?.kind === 'choice'
        ? `${state.pending.question.kind === 'substitute' ? 'Substitute for' : 'Which one'}: ${state.pending.question.text}`
        : state.pending?.kind === 'fulfilment'
          ? 'Pickup or delivery?'
          : state.pending?.kind === 'address'
            ? 'Delivery address'
            : null
    return {
      ...chats.toSummary(c, chats.labelsOf(this.d.db, phone)),
      address: c.address,
      notes: c.notes,
      cart,
      cartTotal: cart.reduce((s, l) => s + l.amount, 0),
      pending,
      latestOrder: this.d.latestOrderOf(phone),
    }
  }

  messages(
    phone: string,
    before: number | undefined,
    limit: number,
  ): { items: ChatMessage[]; hasMore: boolean } {
    const until = before ?? Number.MAX_SAFE_INTEGER
    const rows = stmt(
      this.d.db,
      `SELECT * FROM (
         SELECT 'in' AS dir, id, text, received_at AS at, status, 'customer' AS origin, NULL AS ack, kind
           FROM inbox WHERE chat = ? AND received_at < ?
         UNION ALL
         SELECT 'out' AS dir, id, text, created_at AS at, status, origin, ack, NULL AS kind
           FROM outbox WHERE chat = ? AND created_at < ?
       ) ORDER BY at DESC, dir DESC, id DESC LIMIT ?`,
    ).all(phone, until, phone, until, limit + 1) as {
      dir: 'in' | 'out'
      id: number
      text: string
      at: number
      status: string
      origin: ChatMessage['origin']
      ack: number | null
      kind: ChatMessage['kind'] | null
    }[]
    const hasMore = rows.length > limit
    const items = rows
      .slice(0, limit)
      .reverse()
      .map((r) => ({
        id: `${r.dir}:${r.id}`,
        phone,
        direction: r.dir,
        text: r.text,
        at: r.at,
        status: r.status,
        origin: r.origin,
        ack: r.ack,
        ...(r.kind ? { kind: r.kind } : {}),
      }))
    return { items, hasMore }
  }

  reply(phone: string, text: string): ChatMessage {
    this.row(phone)
    let row: OutboxRow | undefined
    this.d.tx.run(() => {
      row = this.d.outbox.enqueue({ chat: phone, text, origin: 'manual' })
      chats.markRead(this.d.db, phone)
    })
    return outboundMessage(row!)
  }

  pauseBot(phone: string) {
    return this.update(phone, (c) => chats.setBot(this.d.db, phone, true, c.needs_human === 1, c.attention))
  }

  resumeBot(phone: string) {
    return this.update(phone, () => chats.setBot(this.d.db, phone, false, false, null))
  }

  markRead(phone: string) {
    return this.update(phone, () => chats.markRead(this.d.db, phone))
  }

  /** The shopkeeper's choice of language for this customer (pinned), or null to decide from their messages. */
  setLanguage(phone: string, language: Language | null) {
    return this.update(phone, () => chats.pinLanguage(this.d.db, phone, language))
  }

  setCustomer(
    phone: string,
    patch: { name?: string | null; address?: string | null; notes?: string | null },
  ) {
    this.update(phone, () => chats.setCustomer(this.d.db, phone, patch))
    return this.get(phone)
  }

  currency(): Currency {
    return this.d.settings.get('shop.currency')
  }

  private update(phone: string, fn: (c: chats.ChatRow) => void) {
    const c = this.row(phone)
    fn(c)
    this.d.events.emit('chats.changed', { phone })
    return chats.toSummary(this.row(phone), chats.labelsOf(this.d.db, phone))
  }

  private row(phone: string): chats.ChatRow {
    const c = chats.getChat(this.d.db, phone)
    if (!c) throw new NotFoundError(`No chat with ${phone}`, { key: 'noChat', params: { phone } })
    return c
  }
}
