// The payments area's front door for the engine: `createPayments(...)` wires the secret box, the SQLite
// store, the settings view and the PaymentDesk together. Everything else in this folder is reachable from here.
import { randomBytes } from 'node:crypto'
import type { DB } from '../db/connection'
import { PaymentDesk, startPaymentPoller, type PaymentEvent } from './controller'
import type { RetryOptions } from './http'
import { createSecretBox, FileKeySecretBox, type ExternalEncryptor, type SecretBox } from './secrets'
import { PaymentService } from './service'
import {
  isSecretSettingKey,
  readPaymentSettings,
  type PaymentSettingKey,
  type PaymentSettings,
  type SecretReader,
  type SecretSettingKey,
} from './settings'
import { SqlitePaymentSecrets, SqlitePaymentStore } from './store'
import {
  isOpenStatus,
  POLLED_PROVIDERS,
  type PaymentOrder,
  type ProviderId,
  type StoredPaymentLink,
} from './types'
import { chatIdToPhone } from '../whatsapp/phone'
import { CURRENCIES, type Currency } from '../../../shared/money'

export * from './types'
export { PaymentError, type PaymentErrorKind } from './errors'
export { PaymentDesk, startPaymentPoller, type PaymentEvent, type RequestPaymentResult } from './controller'
export {
  PaymentService,
  reminderDue,
  type PaymentRequestResult,
  type ProviderFailure,
  type PaymentImage,
} from './service'
export { buildUpiLink, parseUpiLink, upiQrPng, isValidVpa } from './upi'
export { renderCustomLink, validateCustomTemplate } from './custom'
export { createSecretBox, maskSecret, type ExternalEncryptor, type SecretBox } from './secrets'
export {
  PAYMENT_SETTINGS,
  SECRET_SETTING_KEYS,
  isSecretSettingKey,
  readPaymentSettings,
  type PaymentSettings,
} from './settings'
export { SqlitePaymentStore, SqlitePaymentSecrets, type PaymentStore } from './store'

export interface PaymentsOptions {
  db: DB
  /** The data folder (holds secret.key for the headless host); null for an in-memory engine. */
  dataDir: string | null
  now: () => number
  /** The engine's settings reader (`settings.get`). */
  getSetting: (key: PaymentSettingKey | 'shop.name') => unknown
  /** Electron safeStorage, passed in by the desktop main process. */
  external?: ExternalEncryptor | null
  /** Every payment event as it happens: emit to the UI, queue customer texts (receipt/message). */
  onEvent?: (event: PaymentEvent) => void
  /** Problems worth a log line (never contains secrets). */
  warn?: (msg: string, fields?: Record<string, unknown>) => void
  retry?: RetryOptions
}

export interface Payments {
  readonly desk: PaymentDesk
  readonly secrets: SqlitePaymentSecrets
  /** Current settings with secrets opened: for the engine only, never for the renderer. */
  settings(): PaymentSettings
  /**
   * For `config set` and the Settings screen: secret keys are sealed into payment_secrets and answer with a
   * masked hint; other payments.* keys go to the engine's settings through `setPlain`.
   */
  setSetting(
    key: string,
    value: string,
    setPlain: (key: string, value: unknown) => unknown,
  ): { key: string; value: unknown }
  /** What the renderer may see about secrets: set or not, masked. */
  secretHints(): Record<SecretSettingKey, string | null>
  /** Starts polling open gateway links every payments.poll_interval_seconds. */
  startPolling(): { stop(): void }
  /** Links the CLI prints: `counterchat paylink --order N [--provider upi]`. */
  paylinkText(
    order: Parameters<PaymentDesk['requestPayment']>[0],
    provider?: ProviderId,
  ): Promise<{ ok: boolean; text: string; errors: string[] }>
}

export function createPayments(opts: PaymentsOptions): Payments {
  // An in-memory engine (tests) gets a throwaway key: secrets live only as long as the process.
  const box: SecretBox = opts.dataDir
    ? createSecretBox({ dataDir: opts.dataDir, external: opts.external })
    : new FileKeySecretBox(randomBytes(32))
  const secrets = new SqlitePaymentSecrets(opts.db, box, opts.now)
  // A secret that cannot be opened (key file replaced, keychain reset) reads as "not set": the provider is then
  // reported as not configured instead of an exception reaching the order flow.
  const safeSecrets: SecretReader = {
    getSecret: (key) => {
      try {
        return secrets.getSecret(key)
      } catch (err) {
        opts.warn?.('payment secret could not be opened', { setting: key, reason: (err as Error).message })
        return null
      }
    },
  }
  const settings = () => readPaymentSettings(opts.getSetting, safeSecrets)
  const service = new PaymentService({ now: opts.now, retry: opts.retry })
  const desk = new PaymentDesk({
    store: new SqlitePaymentStore(opts.db),
    settings,
    service,
    now: opts.now,
    onEvent: opts.onEvent,
  })

  return {
    desk,
    secrets,
    settings,
    setSetting(key, value, setPlain) {
      if (isSecretSettingKey(key)) return { key, value: secrets.setSecret(key, value).hint }
      return { key, value: setPlain(key, value) }
    },
    secretHints: () => secrets.hints(),
    startPolling() {
      return startPaymentPoller(desk, {
        intervalMs: () => settings().pollIntervalSeconds * 1000,
        onError: (err) => opts.warn?.('payment polling failed', { reason: (err as Error).message }),
      })
    },
    async paylinkText(order, provider) {
      const current = settings()
      const chosen = provider ? [provider] : current.providers
      const gateways = chosen.filter((p) => POLLED_PROVIDERS.includes(p))
      // UPI, custom and cash links are computed, not created: printing them changes nothing. A gateway link has
      // to be created to have a URL; it is stored like a sent one, so it is reused and polled.
      const local = await service.makeLinks(
        order,
        current,
        chosen.filter((p) => !POLLED_PROVIDERS.includes(p)),
      )
      let remote: StoredPaymentLink[] = []
      const errors = local.failures.map((f) => `${f.provider}: ${f.message}`)
      if (gateways.length > 0) {
        const res = await desk.requestPayment(order, provider ? { provider } : {})
        remote = res.allLinks.filter((l) => gateways.includes(l.provider) && isOpenStatus(l.status))
        errors.push(
          ...res.failures
            .filter((f) => gateways.includes(f.provider))
            .map((f) => `${f.provider}: ${f.message}`),
        )
      }
      const urls = [...local.links, ...remote]
        .sort((a, b) => chosen.indexOf(a.provider) - chosen.indexOf(b.provider))
        .map((l) => l.url)
        .filter((u): u is string => !!u)
      const cash = chosen.includes('cash')
      const lines = cash ? [...urls, 'cash on delivery / at the counter (no link)'] : urls
      return { ok: lines.length > 0, text: lines.join('\n'), errors }
    },
  }
}

/**
 * The payment domain's view of an order from the orders area (OrderSummary / OrderDetail): the number as text,
 * the customer as E.164 even when the order holds a WhatsApp chat id ("9198...@c.us").
 */
export function paymentOrderFrom(o: {
  number: number | string
  total: number
  currency: string
  customer: string
  customerName?: string | null
}): PaymentOrder {
  if (!(CURRENCIES as readonly string[]).includes(o.currency))
    throw new Error(`unknown currency ${o.currency}`)
  const phone = o.customer.includes('@') ? (chatIdToPhone(o.customer) ?? o.customer) : o.customer
  const customer = /^\d{6,15}$/.test(phone) ? `+${phone}` : phone
  return {
    number: String(o.number),
    total: o.total,
    currency: o.currency as Currency,
    customer,
    ...(o.customerName ? { customerName: o.customerName } : {}),
  }
}

/**
 * How a payment event maps onto the order's payment state in the queue (`orders.setPayment`):
 * a sent request is 'link_sent', a paid order 'paid'; a partial payment stays 'link_sent' with a detail.
 */
export function orderPaymentUpdate(
  event: PaymentEvent,
): { number: number; payment: 'link_sent' | 'paid'; detail: string } | null {
  const number = Number(event.orderNumber)
  if (!Number.isInteger(number)) return null
  if (event.type === 'payment.orderPaid') return { number, payment: 'paid', detail: `paid via ${event.via}` }
  if (event.type === 'payment.orderPartiallyPaid') {
    return { number, payment: 'link_sent', detail: `partly paid: ${event.amountPaid} of ${event.total}` }
  }
  return null
}
