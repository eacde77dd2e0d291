// Where payment state lives: the PaymentStore interface and its SQLite version on the tables of migrations
// 0020 and 0022. Secrets have their own small store that seals with a SecretBox.
import type { DB } from '../db/connection'
import type { Currency } from '../../../shared/money'
import type { PaymentRequestStatus, PaymentSecretKey } from '../../../shared/contract/payments'
import type { AttemptBook, CreateAttempt, PaymentLinkStatus, ProviderId, StoredPaymentLink } from './types'
import type { SecretBox } from './secrets'
import { isSecretSettingKey, type SecretReader } from './settings'
import { maskSecret } from './secrets'

/** One order that was asked to pay. */
export interface PaymentRequestRecord {
  orderNumber: string
  customer: string
  customerName: string | null
  total: number
  currency: Currency
  status: PaymentRequestStatus
  amountPaid: number
  /** When the first payment message went out: the reminder clock starts here. */
  requestedAt: number
  reminderSentAt: number | null
  paidAt: number | null
  /** Which provider (or 'cash'/'upi' marked by hand) settled it. */
  paidVia: ProviderId | null
  updatedAt: number
}

export interface PaymentStore extends AttemptBook {
  upsertRequest(record: PaymentRequestRecord): void
  getRequest(orderNumber: string): PaymentRequestRecord | null
  /** Unpaid and partially paid orders, oldest request first: the "unpaid orders" list. */
  listUnpaid(): PaymentRequestRecord[]
  saveLink(link: StoredPaymentLink): void
  linksForOrder(orderNumber: string): StoredPaymentLink[]
  /** Links still payable ('created' / 'partially_paid'), optionally only for some providers. */
  listOpenLinks(providers?: readonly ProviderId[]): StoredPaymentLink[]
  markLinkStatus(id: string, status: PaymentLinkStatus, amountPaid: number, at: number): void
  /**
   * Stripe links that ended 'failed' (complete but unpaid) since `since`: still watched, because a delayed
   * payment method may settle after all.
   */
  listWatchedLinks(since: number): StoredPaymentLink[]
}

interface RequestRow {
  order_number: string
  customer: string
  customer_name: string | null
  total: number
  currency: string
  status: string
  amount_paid: number
  requested_at: number
  reminder_sent_at: number | null
  paid_at: number | null
  paid_via: string | null
  updated_at: number
}

interface LinkRow {
  id: string
  order_number: string
  provider: string
  provider_link_id: string | null
  url: string | null
  amount: number
  currency: string
  status: string
  amount_paid: number
  created_at: number
  updated_at: number
  expires_at: number | null
}

const toRequest = (r: RequestRow): PaymentRequestRecord => ({
  orderNumber: r.order_number,
  customer: r.customer,
  customerName: r.customer_name,
  total: r.total,
  currency: r.currency as Currency,
  status: r.status as PaymentRequestStatus,
  amountPaid: r.amount_paid,
  requestedAt: r.requested_at,
  reminderSentAt: r.reminder_sent_at,
  paidAt: r.paid_at,
  paidVia: r.paid_via as ProviderId | null,
  updatedAt: r.updated_at,
})

const toLink = (r: LinkRow): StoredPaymentLink => ({
  id: r.id,
  orderNumber: r.order_number,
  provider: r.provider as ProviderId,
  providerLinkId: r.provider_link_id,
  url: r.url,
  amount: r.amount,
  currency: r.currency as Currency,
  status: r.status as PaymentLinkStatus,
  amountPaid: r.amount_paid,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  expiresAt: r.expires_at,
})

interface AttemptRow {
  order_number: string
  provider: string
  attempt: number
  generation: number
  amount: number
  currency: string
  expires_at: number
  started_at: number
  uncertain: number
}

/** The PaymentStore on the engine's SQLite database (tables from migrations 0020 and 0022). */
export class SqlitePaymentStore implements PaymentStore {
  constructor(private readonly db: DB) {}

  get(orderNumber: string, provider: CreateAttempt['provider'], attempt: number): CreateAttempt | null {
    const r = this.db
      .prepare('SELECT * FROM payment_attempts WHERE order_number = ? AND provider = ? AND attempt = ?')
      .get(orderNumber, provider, attempt) as AttemptRow | undefined
    if (!r) return null
    return {
      orderNumber: r.order_number,
      provider: r.provider as CreateAttempt['provider'],
      attempt: r.attempt,
      generation: r.generation,
      amount: r.amount,
      currency: r.currency as Currency,
      expiresAt: r.expires_at,
      startedAt: r.started_at,
      uncertain: r.uncertain === 1,
    }
  }

  save(a: CreateAttempt): void {
    this.db
      .prepare(
        `INSERT INTO payment_attempts (order_number, provider, attempt, generation, amount, currency, expires_at,
           started_at, uncertain)
         VALUES (@orderNumber, @provider, @attempt, @generation, @amount, @currency, @expiresAt, @startedAt, @uncertain)
         ON CONFLICT (order_number, provider, attempt) DO UPDATE SET generation = excluded.generation,
           amount = excluded.amount, currency = excluded.currency, expires_at = excluded.expires_at,
           uncertain = excluded.uncertain`,
      )
      .run({ ...a, uncertain: a.uncertain ? 1 : 0 })
  }

  listWatchedLinks(since: number): StoredPaymentLink[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM payment_links WHERE status = 'failed' AND provider = 'stripe' AND updated_at >= ? ORDER BY created_at, rowid",
      )
      .all(since) as LinkRow[]
    return rows.map(toLink)
  }

  upsertRequest(r: PaymentRequestRecord): void {
    this.db
      .prepare(
        `INSERT INTO payment_requests (order_number, customer, customer_name, total, currency, status, amount_paid,
           requested_at, reminder_sent_at, paid_at, paid_via, updated_at)
         VALUES (@orderNumber, @customer, @customerName, @total, @currency, @status, @amountPaid,
           @requestedAt, @reminderSentAt, @paidAt, @paidVia, @updatedAt)
         ON CONFLICT (order_number) DO UPDATE SET customer = excluded.customer, customer_name = excluded.customer_name,
           total = excluded.total, currency = excluded.currency, status = excluded.status,
           amount_paid = excluded.amount_paid, requested_at = excluded.requested_at,
           reminder_sent_at = excluded.reminder_sent_at, paid_at = excluded.paid_at, paid_via = excluded.paid_via,
           updated_at = excluded.updated_at`,
      )
      .run(r)
  }

  getRequest(orderNumber: string): PaymentRequestRecord | null {
    const row = this.db.prepare('SELECT * FROM payment_requests WHERE order_number = ?').get(orderNumber) as
      RequestRow | undefined
    return row ? toRequest(row) : null
  }

  listUnpaid(): PaymentRequestRecord[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM payment_requests WHERE status IN ('unpaid', 'partially_paid') ORDER BY requested_at, order_number",
      )
      .all() as RequestRow[]
    return rows.map(toRequest)
  }

  saveLink(l: StoredPaymentLink): void {
    this.db
      .prepare(
        `INSERT INTO payment_links (id, order_number, provider, provider_link_id, url, amount, currency, status,
           amount_paid, created_at, updated_at, expires_at)
         VALUES (@id, @orderNumber, @provider, @providerLinkId, @url, @amount, @currency, @status,
           @amountPaid, @createdAt, @updatedAt, @expiresAt)
         ON CONFLICT (id) DO UPDATE SET url = excluded.url, status = excluded.status,
           amount_paid = excluded.amount_paid, updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
      )
      .run(l)
  }

  linksForOrder(orderNumber: string): StoredPaymentLink[] {
    const rows = this.db
      .prepare('SELECT * FROM payment_links WHERE order_number = ? ORDER BY created_at, rowid')
      .all(orderNumber) as LinkRow[]
    return rows.map(toLink)
  }

  listOpenLinks(providers?: readonly ProviderId[]): StoredPaymentLink[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM payment_links WHERE status IN ('created', 'partially_paid') ORDER BY created_at, rowid",
      )
      .all() as LinkRow[]
    return rows.map(toLink).filter((l) => !providers || providers.includes(l.provider))
  }

  markLinkStatus(id: string, status: PaymentLinkStatus, amountPaid: number, at: number): void {
    this.db
      .prepare('UPDATE payment_links SET status = ?, amount_paid = ?, updated_at = ? WHERE id = ?')
      .run(status, amountPaid, at, id)
  }
}

/**
 * Provider secrets, sealed by a SecretBox before they reach the database. `hint` is a masked form
 * ("rzp_test_…abcd") that the Settings screen may show; the secret itself never leaves the engine.
 */
export class SqlitePaymentSecrets implements SecretReader {
  constructor(
    private readonly db: DB,
    private readonly box: SecretBox,
    private readonly now: () => number,
  ) {}

  setSecret(key: string, plain: string): { key: PaymentSecretKey; hint: string } {
    if (!isSecretSettingKey(key)) throw new Error(`${key} is not a secret setting`)
    const value = plain.trim()
    if (value === '') {
      this.db.prepare('DELETE FROM payment_secrets WHERE key = ?').run(key)
      return { key, hint: '' }
    }
    const hint = maskSecret(value)
    this.db
      .prepare(
        `INSERT INTO payment_secrets (key, sealed, hint, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET sealed = excluded.sealed, hint = excluded.hint, updated_at = excluded.updated_at`,
      )
      .run(key, this.box.encrypt(value), hint, this.now())
    return { key, hint }
  }

  getSecret(key: PaymentSecretKey): string | null {
    const row = this.db.prepare('SELECT sealed FROM payment_secrets WHERE key = ?').get(key) as
      { sealed: string } | undefined
    return row ? this.box.decrypt(row.sealed) : null
  }

  /** What the renderer may see: which secrets are set, masked. */
  hints(): Record<PaymentSecretKey, string | null> {
    const rows = this.db.prepare('SELECT key, hint FROM payment_secrets').all() as {
      key: string
      hint: string
    }[]
    const out = { 'payments.razorpay.key_secret': null, 'payments.stripe.secret_key': null } as Record<
      PaymentSecretKey,
      string | null
    >
    for (const r of rows) if (isSecretSettingKey(r.key)) out[r.key] = r.hint
    return out
  }
}
