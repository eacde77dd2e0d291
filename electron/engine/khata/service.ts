// The khata: what each customer owes the shop, as an append-only ledger keyed by phone. Sales on credit (from
// the counter or a WhatsApp order), payments received and corrections are rows; the balance is their sum.
// A payment larger than what is owed is still one row: the balance goes negative, an advance the shop holds.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { KHATA_SETTINGS } from './settings'
import type { Outbox } from '../messaging/outbox'
import type { Tx } from '../db/tx'
import type { OrderService } from '../orders/service'
import { ConflictError, NotFoundError } from '../errors'
import type { Currency } from '../../../shared/money'
import type { Language } from '../../../shared/contract/languages'
import type { KhataCustomer, KhataEntry, KhataStatement } from '../../../shared/contract/khata'
import { flag, getChat } from '../chats/repository'
import type { Voice } from '../voice/voice'
import { buildUpiLink } from '../payments/providers/upi'
import { normalizeCustomerPhone } from './phone'
import { khataStatementText } from './statement-text'
import * as repo from './repository'

const DAY_MS = 24 * 60 * 60_000

export interface KhataDeps {
  db: DB
  tx: Tx
  events: EngineEvents
  now: () => number
  settings: SettingsReader<
    typeof SHOP_SETTINGS & typeof KHATA_SETTINGS,
    | 'shop.name'
    | 'shop.language'
    | 'shop.currency'
    | 'shop.timezone'
    | 'khata.reminder_every_days'
  >
  outbox: Outbox
  orders: OrderService
  /** Every text the customer reads. */
  voice: Voice
  /** The shop's UPI ID and payee name (payments settings), for the reminder's pay link. */
  upi: () => { vpa: string; payeeName: string }
}

export interface EntryResult {
  entry: KhataEntry
  balance: number
  advance: number
}

export class KhataService {
  constructor(private d: KhataDeps) {
    // A WhatsApp order from a customer with a credit limit, that would take them past it if put on the khata,
    // is held for the shopkeeper: a note on the order and the chat flagged, before anyone accepts it.
    d.events.subscribe((event, payload) => {
      if (event !== 'orders.created') return
      const p = payload as { number: number; customer: string; total: number }
      try {
        this.holdIfPastLimit(p.number, p.customer, p.total)
      } catch {
        // A phone the ledger cannot key (a test id) has no limit to check.
      }
    })
  }

  private holdIfPastLimit(number: number, phone: string, total: number): void {
    const customer = this.key(phone)
    const c = repo.customerRow(this.d.db, customer)
    if (!c || c.credit_limit === null) return
    const balance = repo.balanceOf(this.d.db, customer)
    if (balance + total <= c.credit_limit) return
    const why =
      `Held: on khata this order would take ${customer} to ${this.money(balance + total)}, past the credit ` +
      `limit of ${this.money(c.credit_limit)} (owed now: ${this.money(balance)}).`
    this.d.tx.run(() => {
      const o = this.d.orders.get(number)
      this.d.orders.setNote(number, o.note ? `${why}\n${o.note}` : why)
      flag(this.d.db, phone, 'Order past the khata credit limit')
    })
    this.d.events.emit('chats.changed', { phone })
  }

  /** The ledger key for a phone as typed at the counter or as WhatsApp gives it. */
  key(phone: string): string {
    return normalizeCustomerPhone(phone, this.currency())
  }

  balance(customer: string): number {
    return repo.balanceOf(this.d.db, this.key(customer))
  }

  balances(): { currency: Currency; items: KhataCustomer[] } {
    const items = repo.balances(this.d.db).map((b) => {
      const c = repo.customerRow(this.d.db, b.customer)
      return this.view(b.customer, c, b.balance, b.entries, b.last_at)
    })
    return { currency: this.currency(), items }
  }

  statement(phone: string): KhataStatement {
    const customer = this.key(phone)
    const rows = repo.entriesOf(this.d.db, customer)
    let running = 0
    const entries = rows.map((r) => {
      running += r.amount
      return toEntry(r, running)
    })
    const c = repo.customerRow(this.d.db, customer)
    return {
      customer: this.view(customer, c, running, rows.length, rows.at(-1)?.at ?? null),
      currency: this.currency(),
      entries,
    }
  }

  /** A sale on credit. Past the customer's credit limit it is refused unless the shopkeeper overrides. */
  sale(
    phone: string,
    amount: number,
    opts: {
      orderNumber?: number | null
      note?: string | null
      override?: boolean
      name?: string | null
    } = {},
  ): EntryResult {
    const customer = this.key(phone)
    return this.d.tx.run(() => {
      if (opts.name) this.ensureName(customer, opts.name)
      const before = repo.balanceOf(this.d.db, customer)
      const limit = repo.customerRow(this.d.db, customer)?.credit_limit ?? null
      if (limit !== null && before + amount > limit && !opts.override)
        throw new ConflictError(
          `This would take ${customer}'s khata to ${this.money(before + amount)}, past the credit limit of ` +
            `${this.money(limit)} (now owed: ${this.money(before)}). Take payment another way, or allow it once.`,
          {
            key: 'overLimit',
            params: {
              customer,
              after: this.money(before + amount),
              limit: this.money(limit),
              before: this.money(before),
            },
          },
        )
      return this.append({
        customer,
        kind: 'sale',
        amount,
        method: null,
        order_number: opts.orderNumber ?? null,
        note: opts.note ?? null,
      })
    })
  }

  /** Puts an existing (e.g. WhatsApp) order on the customer's khata, once. */
  chargeOrder(number: number, override = false): EntryResult {
    return this.d.tx.run(() => {
      const o = this.d.orders.get(number)
      if (repo.saleForOrder(this.d.db, number))
        throw new ConflictError(`Order #${number} is already on the khata`, { key: 'alreadyOnKhata', params: { number } })
      if (o.payment === 'paid') throw new ConflictError(`Order #${number} is already paid`, { key: 'alreadyPaid', params: { number } })
      if (o.status === 'cancelled' || o.status === 'rejected')
        throw new ConflictError(`Order #${number} is ${o.status}; there is nothing to charge`, {
          key: 'nothingToCharge',
          params: { number, from: o.status },
        })
      if (o.total <= 0) throw new ConflictError(`Order #${number} has no amount`, { key: 'noAmount', params: { number } })
      return this.sale(o.customer, o.total, {
        orderNumber: number,
        note: null,
        override,
        name: o.customerName,
      })
    })
  }

  payment(phone: string, amount: number, method: repo.PaidMethod, note?: string | null): EntryResult {
    if (!Number.isSafeInteger(amount) || amount <= 0)
      throw new ConflictError('A payment must be more than zero', { key: 'paymentZero' })
    const customer = this.key(phone)
    return this.d.tx.run(() =>
      this.append({
        customer,
        kind: 'payment',
        amount: -amount,
        method,
        order_number: null,
        note: note ?? null,
      }),
    )
  }

  correction(phone: string, amount: number, note: string): EntryResult {
    if (!Number.isSafeInteger(amount) || amount === 0) throw new ConflictError('A correction cannot be zero', { key: 'correctionZero' })
    const customer = this.key(phone)
    return this.d.tx.run(() =>
      this.append({ customer, kind: 'correction', amount, method: null, order_number: null, note }),
    )
  }

  setCustomer(
    phone: string,
    patch: { name?: string | null; creditLimit?: number | null; reminders?: boolean },
  ): KhataCustomer {
    const customer = this.key(phone)
    const now = this.d.now()
    const cur = repo.customerRow(this.d.db, customer)
    repo.upsertCustomer(this.d.db, {
      customer,
      name: patch.name !== undefined ? patch.name : (cur?.name ?? getChat(this.d.db, customer)?.name ?? null),
      credit_limit: patch.creditLimit !== undefined ? patch.creditLimit : (cur?.credit_limit ?? null),
      reminders: patch.reminders !== undefined ? (patch.reminders ? 1 : 0) : (cur?.reminders ?? 0),
      last_reminder_at: cur?.last_reminder_at ?? null,
      updated_at: now,
    })
    return this.statement(customer).customer
  }

  /**
   * A WhatsApp reminder of the balance with a UPI link. Only for customers who agreed (opt-in), only when
   * something is owed, and at most one every `khata.reminder_every_days` days.
   */
  remind(phone: string): { sent: boolean; text: string; nextAllowedAt: number | null } {
    const customer = this.key(phone)
    return this.d.tx.run(() => {
      const c = repo.customerRow(this.d.db, customer)
      if (!c || c.reminders !== 1)
        throw new ConflictError(
          `${customer} has not agreed to reminders; turn them on for this customer first (opt-in)`,
          { key: 'noReminderOptIn', params: { customer } },
        )
      const balance = repo.balanceOf(this.d.db, customer)
      if (balance <= 0) throw new ConflictError(`${customer} owes nothing; no reminder sent`, { key: 'owesNothing', params: { customer } })
      const now = this.d.now()
      const every = this.d.settings.get('khata.reminder_every_days') * DAY_MS
      if (c.last_reminder_at !== null && now - c.last_reminder_at < every) {
        return { sent: false, text: '', nextAllowedAt: c.last_reminder_at + every }
      }
      const link = this.upiLink(balance)
      const text = this.d.voice
        .render(customer, link ? 'khataReminder' : 'khataReminderNoLink', {
          name: c.name ?? '',
          balance: this.money(balance),
          link: link ?? '',
        })
        .replace(/ {2,}/g, ' ')
        .trim()
      this.d.outbox.enqueue({ chat: customer, text, origin: 'payment' })
      repo.upsertCustomer(this.d.db, { ...c, last_reminder_at: now, updated_at: now })
      return { sent: true, text, nextAllowedAt: now + every }
    })
  }

  /** The customer's own statement as a WhatsApp text, in their language. */
  statementText(phone: string, lang: Language): string {
    return khataStatementText(this.d.db, this.d.settings, phone, this.d.voice.in(lang))
  }

  private append(e: Omit<repo.EntryRow, 'id' | 'at'>): EntryResult {
    const before = repo.balanceOf(this.d.db, e.customer)
    const row = repo.insertEntry(this.d.db, { ...e, at: this.d.now() })
    const balance = before + e.amount
    this.d.tx.after(() => this.d.events.emit('khata.changed', { customer: e.customer, balance }))
    return { entry: toEntry(row, balance), balance, advance: balance < 0 ? -balance : 0 }
  }

  private ensureName(customer: string, name: string): void {
    const c = repo.customerRow(this.d.db, customer)
    if (c?.name) return
    repo.upsertCustomer(this.d.db, {
      customer,
      name,
      credit_limit: c?.credit_limit ?? null,
      reminders: c?.reminders ?? 0,
      last_reminder_at: c?.last_reminder_at ?? null,
      updated_at: this.d.now(),
    })
  }

  private view(
    customer: string,
    c: repo.CustomerRow | undefined,
    balance: number,
    entries: number,
    lastAt: number | null,
  ): KhataCustomer {
    return {
      customer,
      name: c?.name ?? getChat(this.d.db, customer)?.name ?? null,
      balance,
      creditLimit: c?.credit_limit ?? null,
      reminders: c?.reminders === 1,
      lastReminderAt: c?.last_reminder_at ?? null,
      entries,
      lastEntryAt: lastAt,
    }
  }

  private upiLink(amount: number): string | null {
    const upi = this.d.upi()
    if (!upi.vpa || this.currency() !== 'INR') return null
    try {
      return buildUpiLink({
        vpa: upi.vpa,
        payeeName: upi.payeeName || this.d.settings.get('shop.name'),
        amountMinor: amount,
        currency: 'INR',
        orderRef: `KHATA-${this.d.now().toString(36).toUpperCase()}`,
        note: 'Khata',
      })
    } catch {
      return null
    }
  }

  currency(): Currency {
    return this.d.settings.get('shop.currency')
  }

  private money(n: number): string {
    return this.d.voice.money(n, this.currency())
  }
}

export function toEntry(r: repo.EntryRow, balance: number): KhataEntry {
  return {
    id: r.id,
    at: r.at,
    kind: r.kind,
    amount: r.amount,
    method: r.method,
    orderNumber: r.order_number,
    note: r.note,
    balance,
  }
}

export { NotFoundError }
