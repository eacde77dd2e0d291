// The payments area as the engine sees it: createEngine builds one PaymentsService and the API, the CLI and the
// counter call it (request, mark paid, the unpaid list, settings, the counter QR, start/stop). It owns the glue the
// desk leaves to its host: a confirmed order gets the payment message through the outbox (text, then the UPI QR
// as a picture, stored before anything is sent), payment events move the order's payment state (so the queue
// updates live through orders.changed) and send the receipt, a cancelled order cancels its open links, open
// gateway links are polled and the one reminder goes out when due. Secrets are sealed here (secrets.ts) and
// read back only as masked hints.
import type { Speaker } from '../voice/voice'
import { randomBytes } from 'node:crypto'
import type { DB } from '../db/connection'
import type { Tx } from '../db/tx'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import { settingKeys, type SettingsReader, type SettingsWriter } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { ConflictError, SettingError } from '../errors'
import type { Outbox } from '../messaging/outbox'
import { chatIdToPhone } from '../whatsapp/phone'
import type { ParsedArgs, Result } from '../../../shared/contract'
import type { OrderDetail } from '../../../shared/contract/orders'
import {
  PAYMENT_SECRET_KEYS,
  type PaymentLinkView,
  type PaymentRequestView,
  type PaymentSecretKey,
} from '../../../shared/contract/payments'
import { CURRENCIES, type Currency } from '../../../shared/money'
import { PaymentDesk, startPoller, type PaymentEvent, type RequestPaymentResult } from './desk'
import type { ProviderFailure } from './providers'
import type { RetryOptions } from './providers/http'
import { buildUpiLink, upiQrPng } from './providers/upi'
import { createSecretBox, FileKeySecretBox, type ExternalEncryptor, type SecretBox } from './secrets'
import {
  isSecretSettingKey,
  PAYMENT_SETTINGS,
  providerProblemOf,
  readPaymentSettings,
  type PaymentSettingKey,
  type PaymentSettings,
  type SecretReader,
} from './settings'
import { SqlitePaymentSecrets, SqlitePaymentStore, type PaymentRequestRecord } from './store'
import {
  isOpenStatus,
  POLLED_PROVIDERS,
  type PaymentOrder,
  type ProviderId,
  type StoredPaymentLink,
} from './types'

/** What payments needs of the orders area: read an order, move its payment state. */
export interface PaymentOrders {
  get(number: number): OrderDetail
  setPayment(number: number, payment: OrderDetail['payment'], detail?: string): unknown
}

/** The engine's timers (fake in tests), for the polling loop. */
export interface PaymentTimers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface PaymentsDeps {
  db: DB
  dataDir: string | null
  now: () => number
  settings: SettingsReader<typeof SHOP_SETTINGS & typeof PAYMENT_SETTINGS, PaymentSettingKey | 'shop.name'> &
    SettingsWriter
  events: EngineEvents
  orders: PaymentOrders
  outbox: Outbox
  tx: Tx
  log: Logger
  timers: PaymentTimers
  /** Electron's safeStorage on the desktop; the headless host seals with <dataDir>/secret.key. */
  secretEncryptor?: ExternalEncryptor | null
  retry?: RetryOptions
  /** Every customer text in the chat's language (the payment request, receipt, reminder). */
  voice?: { for(chat: string): Speaker }
}

export interface PaymentsService {
  /** Requests, polling and reminders over the store (for tools and tests). */
  readonly desk: PaymentDesk
  /** Current settings with secrets opened: for the engine only, never for the renderer. */
  settings(): PaymentSettings
  /** What the renderer may see about secrets: set or not, masked. */
  secretHints(): Record<PaymentSecretKey, string | null>
  /** Links the CLI prints: `counterchat paylink --order N [--provider upi]`. */
  paylinkText(
    order: PaymentOrder,
    provider?: ProviderId,
  ): Promise<{ ok: boolean; text: string; errors: string[] }>
  /** "Request payment" (and the automatic request after confirmation): queues the message, marks link_sent. */
  request(number: number, provider?: ProviderId): Promise<Result<'payments.request'>>
  /** The shopkeeper's one click; sends the receipt. Idempotent. */
  markPaid(number: number, method: ParsedArgs<'payments.markPaid'>['method']): Promise<OrderDetail>
  unpaid(): PaymentRequestView[]
  status(number: number): Result<'payments.status'>
  /** What the Settings screen shows: plain values, secrets only as set/not set with a masked hint. */
  settingsView(): Result<'payments.settings.get'>
  /** One payments.* setting from the CLI or the Settings screen; a secret is sealed and answered by its hint. */
  setSetting(key: string, value: unknown): { key: string; value: unknown }
  /** The UPI QR for the counter window. */
  qr(number: number): Promise<Result<'payments.qr'>>
  /** One polling round plus due reminders (the poller calls this; tests call it directly). */
  tick(): Promise<void>
  /** Resolves when the background work started by events (automatic requests, cancellations) is done. */
  idle(): Promise<void>
  /** Starts polling every payments.poll_interval_seconds on the engine's timers. */
  start(): void
  stop(): Promise<void>
}

/** Longest close() waits for a payment call in flight (a gateway retrying with backoff). */
const STOP_WAIT_MS = 5_000

export function createPaymentsService(d: PaymentsDeps): PaymentsService {
  const { orders, outbox, tx, events, log } = d

  const warn = (msg: string, fields?: Record<string, unknown>) => log.warn(msg, fields)

  /** The chat to write to: the order's own customer key (a payment request keeps E.164, which may differ). */
  const chatOf = (orderNumber: string, fallback: string): string => {
    try {
      return orders.get(Number(orderNumber)).customer
    } catch {
      return fallback
    }
  }

  const problem = (orderNumber: string | null, f: ProviderFailure) => {
    const n = orderNumber === null ? null : Number(orderNumber)
    events.emit('payments.problem', {
      number: n !== null && Number.isInteger(n) ? n : null,
      provider: f.provider,
      kind: f.kind,
      message: f.message,
      ...(f.text ? { text: f.text } : {}),
    })
  }

  /** Orders that got a receipt or part-payment message while a request for them was running. */
  const settledDuring = new Set<string>()

  const onEvent = (e: PaymentEvent) => {
    if (e.type === 'payment.orderPaid' || e.type === 'payment.orderPartiallyPaid')
      settledDuring.add(e.orderNumber)
    try {
      tx.run(() => {
        const update = orderPaymentUpdate(e)
        if (update) orders.setPayment(update.number, update.payment, update.detail)
        if (e.type === 'payment.orderPaid' || e.type === 'payment.orderPartiallyPaid') {
          outbox.enqueue({
            chat: chatOf(e.orderNumber, e.customer),
            text: e.type === 'payment.orderPaid' ? e.receipt : e.message,
            origin: 'payment',
            orderNumber: Number(e.orderNumber),
          })
        }
      })
    } catch (err) {
      // The payment is recorded by the desk already; a missing order row must not lose it.
      warn('payment event could not be applied to the order', {
        type: e.type,
        order: e.orderNumber,
        reason: (err as Error).message,
      })
    }
    if (e.type === 'payment.problem') problem(e.orderNumber, e.failure)
    const n = e.orderNumber === null ? NaN : Number(e.orderNumber)
    if (Number.isInteger(n)) events.emit('payments.changed', { number: n })
  }

  // An in-memory engine (tests) gets a throwaway key: secrets live only as long as the process.
  const box: SecretBox = d.dataDir
    ? createSecretBox({ dataDir: d.dataDir, external: d.secretEncryptor ?? null })
    : new FileKeySecretBox(randomBytes(32))
  const secrets = new SqlitePaymentSecrets(d.db, box, d.now)
  // A secret that cannot be opened (key file replaced, keychain reset) reads as "not set": the provider is then
  // reported as not configured instead of an exception reaching the order flow.
  const safeSecrets: SecretReader = {
    getSecret: (key) => {
      try {
        return secrets.getSecret(key)
      } catch (err) {
        warn('payment secret could not be opened', { setting: key, reason: (err as Error).message })
        return null
      }
    },
  }
  const settings = (): PaymentSettings => readPaymentSettings((k) => d.settings.get(k), safeSecrets)
  const desk = new PaymentDesk({
    store: new SqlitePaymentStore(d.db),
    settings,
    now: d.now,
    onEvent,
    ...(d.retry ? { retry: d.retry } : {}),
    // The order's chat decides the language: the same chat its messages go to.
    ...(d.voice ? { voice: { forOrder: (n: string) => d.voice!.for(chatOf(n, '')) } } : {}),
  })

  // One payment operation per order at a time: an automatic request and a click on "Request payment" racing
  // each other would otherwise both create a gateway link.
  const locks = new Map<number, Promise<unknown>>()
  const serial = <T>(number: number, fn: () => Promise<T>): Promise<T> => {
    const prev = locks.get(number) ?? Promise.resolve()
    const next = prev.then(fn, fn)
    const settled = next.catch(() => undefined)
    locks.set(number, settled)
    void settled.then(() => {
      if (locks.get(number) === settled) locks.delete(number)
    })
    return next
  }

  // The polling loop (start()/stop()); declared here because a settings change restarts it.
  let poller: { stop(): void } | null = null
  let ticking: Promise<void> | null = null

  const background = new Set<Promise<unknown>>()
  let closed = false
  const inBackground = (what: string, fn: () => Promise<unknown>) => {
    if (closed) return
    const p = fn()
      .catch((err: unknown) => warn(`payments: ${what} failed`, { reason: (err as Error).message }))
      .finally(() => background.delete(p))
    background.add(p)
  }

  const send = (number: number, chat: string, r: RequestPaymentResult) => {
    tx.run(() => {
      outbox.enqueue({ chat, text: r.message, origin: 'payment', orderNumber: number })
      for (const img of r.images) {
        outbox.enqueue({
          chat,
          text: img.caption,
          origin: 'payment',
          orderNumber: number,
          imagePng: img.data,
        })
      }
      const current = orders.get(number).payment
      if (r.ok && current === 'unpaid') {
        const how = [...new Set(r.allLinks.filter((l) => isOpenStatus(l.status)).map((l) => l.provider))]
        orders.setPayment(number, 'link_sent', how.length > 0 ? `sent: ${how.join(', ')}` : 'sent: cash')
      }
    })
  }

  const request = (number: number, provider?: ProviderId): Promise<Result<'payments.request'>> =>
    serial(number, async () => {
      const order = orders.get(number)
      if (order.status === 'cancelled' || order.status === 'rejected') {
        throw new ConflictError(`Order #${number} is ${order.status}; there is nothing to pay`)
      }
      if (order.payment === 'paid' || order.payment === 'refunded') {
        throw new ConflictError(`Order #${number} is already ${order.payment}`)
      }
      settledDuring.delete(String(number))
      const r = await desk.requestPayment(paymentOrderFrom(order), provider ? { provider } : {})
      // Paid on an old link before the total changed: the desk settled the order, and its event already queued
      // the receipt (or what is still due); r.message is that same text, so it is not sent twice.
      const alreadyTold = settledDuring.delete(String(number))
      if (r.message && !alreadyTold) send(number, order.customer, r)
      for (const f of r.failures) problem(String(number), f)
      events.emit('payments.changed', { number })
      return {
        ok: r.ok,
        message: r.message,
        reused: r.reused,
        links: r.allLinks.map(linkView),
        failures: r.failures.map((f) => ({ provider: f.provider, kind: f.kind, message: f.message })),
        payment: orders.get(number).payment,
      }
    })

  /**
   * Sent without a click only when the shop has a way to pay worth a message: a cash-only shop (the default,
   * nothing set up yet) would otherwise send every customer a second message saying "pay cash".
   */
  const autoRequest = async (number: number) => {
    const s = settings()
    if (!s.autoRequest || !s.providers.some((p) => p !== 'cash')) return
    await request(number)
  }

  /** Open, unpaid orders of the last day that never got a payment request. */
  const ordersAwaitingRequest = (): number[] =>
    (
      d.db
        .prepare(
          `SELECT o.number FROM orders o
           WHERE o.payment = 'unpaid' AND o.status IN ('new', 'accepted', 'packed', 'ready', 'out_for_delivery')
             AND o.created_at >= ?
             AND NOT EXISTS (SELECT 1 FROM payment_requests r WHERE r.order_number = CAST(o.number AS TEXT))
           ORDER BY o.number`,
        )
        .all(d.now() - 24 * 60 * 60 * 1000) as { number: number }[]
    ).map((r) => r.number)

  const unsubscribe = events.subscribe((event, payload) => {
    if (event === 'settings.changed') {
      // A new polling interval applies now, not after the old (possibly long) wait.
      // (A round in flight reads the new interval when it ends.)
      if ((payload as { key: string }).key === 'payments.poll_interval_seconds' && poller && !ticking) {
        poller.stop()
        startPolling()
      }
    } else if (event === 'orders.created') {
      const { number } = payload as { number: number }
      inBackground(`payment request for #${number}`, () => autoRequest(number))
    } else if (event === 'orders.changed') {
      const p = payload as { number: number; status: string; reason: string }
      if (p.reason === 'status' && (p.status === 'cancelled' || p.status === 'rejected')) {
        inBackground(`cancelling the links of #${p.number}`, () =>
          serial(p.number, async () => {
            await desk.cancelOrder(String(p.number))
            events.emit('payments.changed', { number: p.number })
          }),
        )
      } else if (p.reason === 'edit') {
        // The customer was asked for the old total: send the new amount (the desk replaces the stale links).
        const req = desk.status(String(p.number)).request
        if (req && req.status === 'unpaid') {
          inBackground(`new payment request for edited #${p.number}`, async () => {
            const order = orders.get(p.number)
            if (order.total !== req.total && order.payment === 'link_sent') await request(p.number)
          })
        }
      }
    }
  })

  const sendReminders = () => {
    for (const r of desk.dueReminders()) {
      const number = Number(r.orderNumber)
      try {
        tx.run(() => {
          outbox.enqueue({
            chat: chatOf(r.orderNumber, r.customer),
            text: r.message,
            origin: 'payment',
            orderNumber: Number.isInteger(number) ? number : null,
          })
          desk.markReminderSent(r.orderNumber)
        })
      } catch (err) {
        warn('payment reminder could not be queued', { order: r.orderNumber, reason: (err as Error).message })
      }
    }
  }

  const tick = async () => {
    try {
      await desk.pollOnce()
    } catch (err) {
      warn('payment polling failed', { reason: (err as Error).message })
    }
    sendReminders()
  }

  const startPolling = () => {
    poller = startPoller(
      () =>
        (ticking = tick().finally(() => {
          ticking = null
        })),
      {
        intervalMs: () => settings().pollIntervalSeconds * 1000,
        setTimer: (fn, ms) => d.timers.set(fn, ms),
        clearTimer: (handle) => d.timers.clear(handle),
      },
    )
  }

  const settingsView = () => {
    const values: Record<string, unknown> = {}
    for (const key of settingKeys(PAYMENT_SETTINGS)) values[key] = d.settings.get(key)
    const hints: Record<string, { set: boolean; hint: string | null }> = {}
    for (const [key, hint] of Object.entries(secrets.hints())) hints[key] = { set: hint !== null, hint }
    const s = settings()
    const problems = s.providers.flatMap((provider) => {
      const p = providerProblemOf(provider, s)
      return p ? [{ provider, ...p }] : []
    })
    return { values, secrets: hints, problems }
  }

  const upiLinkFor = (order: OrderDetail): string => {
    const s = settings()
    if (order.currency !== 'INR')
      throw new ConflictError(`UPI takes rupees only; the shop's currency is ${order.currency}`)
    if (!s.upi.vpa) throw new ConflictError('UPI is not set up: add the shop’s UPI ID in Settings → Payments')
    // The link already sent to the customer, when it still asks for this total: both QR codes then match.
    const sent = desk
      .status(String(order.number))
      .links.find((l) => l.provider === 'upi' && isOpenStatus(l.status) && l.amount === order.total && l.url)
    if (sent?.url) return sent.url
    return buildUpiLink({
      vpa: s.upi.vpa,
      payeeName: s.upi.payeeName || s.shopName,
      amountMinor: order.total,
      currency: order.currency,
      orderRef: String(order.number),
      note: `Order ${order.number}`,
    })
  }

  const paylinkText = async (
    order: PaymentOrder,
    provider?: ProviderId,
  ): Promise<{ ok: boolean; text: string; errors: string[] }> => {
    const current = settings()
    const chosen = provider ? [provider] : current.providers
    const gateways = chosen.filter((p) => POLLED_PROVIDERS.includes(p))
    // UPI, custom and cash links are computed, not created: printing them changes nothing. A gateway link has
    // to be created to have a URL; it is stored like a sent one, so it is reused and polled.
    const local = await desk.providers.makeLinks(
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
  }

  return {
    desk,
    settings,
    secretHints: () => secrets.hints(),
    paylinkText,
    request,
    markPaid: (number, method) =>
      serial(number, async () => {
        const order = orders.get(number)
        if (order.payment === 'paid') return order
        // Emits payment.orderPaid, which sets the order paid and queues the receipt (onEvent above).
        const event = await desk.markPaid(String(number), method, paymentOrderFrom(order))
        if (!event) orders.setPayment(number, 'paid', `paid via ${method}`)
        return orders.get(number)
      }),
    unpaid: () => desk.unpaid().map(requestView),
    status(number) {
      const order = orders.get(number)
      const st = desk.status(String(number))
      const s = settings()
      return {
        request: st.request ? requestView(st.request) : null,
        links: st.links.map(linkView),
        qrAvailable: order.currency === 'INR' && s.upi.vpa !== '',
      }
    },
    settingsView,
    setSetting(key, value) {
      if (!key.startsWith('payments.') || !(key in PAYMENT_SETTINGS || isSecretSettingKey(key))) {
        throw new SettingError(
          `unknown payment setting "${key}"; known: ${[...Object.keys(PAYMENT_SETTINGS), ...PAYMENT_SECRET_KEYS].sort().join(', ')}`,
        )
      }
      if (isSecretSettingKey(key) && typeof value !== 'string') {
        throw new SettingError(`invalid value for ${key}: a secret is text`)
      }
      const out = isSecretSettingKey(key)
        ? { key, value: secrets.setSecret(key, value as string).hint }
        : { key, value: d.settings.set(key, value) }
      events.emit('settings.changed', { key })
      return out
    },
    async qr(number) {
      const order = orders.get(number)
      const link = upiLinkFor(order)
      const png = await upiQrPng(link, { width: 1024 })
      const s = settings()
      return {
        number,
        dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
        link,
        amount: order.total,
        currency: order.currency,
        payeeName: s.upi.payeeName || s.shopName,
        payment: order.payment,
      }
    },
    tick,
    async idle() {
      while (background.size > 0) await Promise.allSettled([...background])
    },
    start() {
      if (poller === null && !closed) startPolling()
      // The automatic request rides on the in-memory orders.created event: an order confirmed just before a
      // crash (or a quit mid-call) would never get its payment message. Catch those up once at start.
      for (const number of ordersAwaitingRequest()) {
        inBackground(`catching up the payment request for #${number}`, () => autoRequest(number))
      }
    },
    async stop() {
      closed = true
      unsubscribe()
      poller?.stop()
      poller = null
      let t: ReturnType<typeof setTimeout> | undefined
      await Promise.race([
        Promise.allSettled([...background, ...(ticking ? [ticking] : [])]),
        new Promise<void>((r) => {
          t = setTimeout(r, STOP_WAIT_MS)
          t.unref?.()
        }),
      ])
      clearTimeout(t)
    },
  }
}

function linkView(l: StoredPaymentLink): PaymentLinkView {
  return {
    id: l.id,
    provider: l.provider,
    url: l.url,
    amount: l.amount,
    currency: l.currency,
    status: l.status,
    amountPaid: l.amountPaid,
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
  }
}

function requestView(r: PaymentRequestRecord & { due?: number }): PaymentRequestView {
  return {
    number: Number(r.orderNumber),
    customer: r.customer,
    customerName: r.customerName,
    total: r.total,
    currency: r.currency,
    status: r.status,
    amountPaid: r.amountPaid,
    due: r.due ?? Math.max(0, r.total - r.amountPaid),
    requestedAt: r.requestedAt,
    reminderSentAt: r.reminderSentAt,
    paidAt: r.paidAt,
    paidVia: r.paidVia,
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
