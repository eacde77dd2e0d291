// The payments area inside the running engine: createEngine builds this once. It owns the glue the domain
// (PaymentDesk) leaves to its host: a confirmed order gets the payment message through the outbox (text, then
// the UPI QR as a picture, stored before anything is sent), payment events move the order's payment state
// (so the queue updates live through orders.changed) and send the receipt, a cancelled order cancels its open
// links, open gateway links are polled and the one reminder goes out when due.
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { Logger } from '../log'
import { settingKeys, type SettingsReader, type SettingsWriter } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { SettingError } from '../errors'
import { ConflictError } from '../errors'
import type { OrderService } from '../orders/service'
import type { Outbox } from '../messaging/outbox'
import type { Tx } from '../db/tx'
import type { Timers } from '../messaging/worker'
import type { OrderDetail } from '../../../shared/contract/orders'
import type { PaymentLinkView, PaymentRequestView } from '../../../shared/contract/payments'
import type { RetryOptions } from './http'
import type { PaymentEvent, RequestPaymentResult } from './controller'
import type { ProviderFailure } from './service'
import type { PaymentRequestRecord } from './store'
import { createPayments, orderPaymentUpdate, paymentOrderFrom, type Payments } from './index'
import { isSecretSettingKey, PAYMENT_SETTINGS, providerProblem, type PaymentSettingKey } from './settings'
import type { ExternalEncryptor } from './secrets'
import { buildUpiLink, upiQrPng } from './upi'
import { isOpenStatus, type ProviderId, type StoredPaymentLink } from './types'

export interface EnginePaymentsDeps {
  db: DB
  dataDir: string | null
  now: () => number
  settings: SettingsReader<typeof SHOP_SETTINGS & typeof PAYMENT_SETTINGS, PaymentSettingKey | 'shop.name'> &
    SettingsWriter
  events: EngineEvents
  orders: OrderService
  outbox: Outbox
  tx: Tx
  log: Logger
  /** The engine's timers (fake in tests), used for the polling loop. */
  timers: Timers
  /** Electron's safeStorage on the desktop; the headless host seals with <dataDir>/secret.key. */
  secretEncryptor?: ExternalEncryptor | null
  retry?: RetryOptions
}

export interface RequestOutcome {
  ok: boolean
  message: string
  reused: boolean
  links: PaymentLinkView[]
  failures: Array<{ provider: ProviderId; kind: string; message: string }>
  payment: OrderDetail['payment']
}

export interface EnginePayments {
  /** The payment domain (desk, secrets, typed settings) for tools and tests. */
  readonly domain: Payments
  /** "Request payment" (and the automatic request after confirmation): queues the message, marks link_sent. */
  request(number: number, provider?: ProviderId): Promise<RequestOutcome>
  /** The shopkeeper's one click; sends the receipt. Idempotent. */
  markPaid(number: number, method: 'upi' | 'cash' | 'custom'): Promise<OrderDetail>
  unpaid(): PaymentRequestView[]
  status(number: number): {
    request: PaymentRequestView | null
    links: PaymentLinkView[]
    qrAvailable: boolean
  }
  settingsView(): {
    values: Record<string, unknown>
    secrets: Record<string, { set: boolean; hint: string | null }>
    problems: Array<{ provider: ProviderId; message: string }>
  }
  /** One payments.* setting from the CLI or the Settings screen; a secret is sealed and answered by its hint. */
  setSetting(key: string, value: unknown): { key: string; value: unknown }
  /** The UPI QR for the counter window. */
  qr(number: number): Promise<{
    number: number
    dataUrl: string
    link: string
    amount: number
    currency: OrderDetail['currency']
    payeeName: string
    payment: OrderDetail['payment']
  }>
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

export function createEnginePayments(d: EnginePaymentsDeps): EnginePayments {
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

  const payments = createPayments({
    db: d.db,
    dataDir: d.dataDir,
    now: d.now,
    getSetting: (k) => d.settings.get(k),
    external: d.secretEncryptor ?? null,
    onEvent,
    warn,
    ...(d.retry ? { retry: d.retry } : {}),
  })
  const { desk } = payments

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

  // The polling loop's timer (start()/stop()); declared here because a settings change reschedules it.
  let timer: unknown = null
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

  const request = (number: number, provider?: ProviderId): Promise<RequestOutcome> =>
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
    const s = payments.settings()
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
      if ((payload as { key: string }).key === 'payments.poll_interval_seconds' && timer !== null) {
        d.timers.clear(timer)
        timer = null
        schedule()
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

  const schedule = () => {
    if (closed) return
    const seconds = payments.settings().pollIntervalSeconds
    timer = d.timers.set(() => {
      timer = null
      ticking = tick().finally(() => {
        ticking = null
        schedule()
      })
    }, seconds * 1000)
  }

  const settingsView = () => {
    const values: Record<string, unknown> = {}
    for (const key of settingKeys(PAYMENT_SETTINGS)) values[key] = d.settings.get(key)
    const secrets: Record<string, { set: boolean; hint: string | null }> = {}
    for (const [key, hint] of Object.entries(payments.secretHints()))
      secrets[key] = { set: hint !== null, hint }
    const s = payments.settings()
    const problems = s.providers
      .map((provider) => ({ provider, message: providerProblem(provider, s) }))
      .filter((p): p is { provider: ProviderId; message: string } => p.message !== null)
    return { values, secrets, problems }
  }

  const upiLinkFor = (order: OrderDetail): string => {
    const s = payments.settings()
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

  return {
    domain: payments,
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
      const s = payments.settings()
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
          `unknown payment setting "${key}"; known: ${[...Object.keys(PAYMENT_SETTINGS), 'payments.razorpay.key_secret', 'payments.stripe.secret_key'].sort().join(', ')}`,
        )
      }
      if (isSecretSettingKey(key) && typeof value !== 'string') {
        throw new SettingError(`invalid value for ${key}: a secret is text`)
      }
      const out = payments.setSetting(key, value as string, (k, v) => d.settings.set(k, v))
      events.emit('settings.changed', { key })
      return out
    },
    async qr(number) {
      const order = orders.get(number)
      const link = upiLinkFor(order)
      const png = await upiQrPng(link, { width: 1024 })
      const s = payments.settings()
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
      if (timer === null && !closed) schedule()
      // The automatic request rides on the in-memory orders.created event: an order confirmed just before a
      // crash (or a quit mid-call) would never get its payment message. Catch those up once at start.
      for (const number of ordersAwaitingRequest()) {
        inBackground(`catching up the payment request for #${number}`, () => autoRequest(number))
      }
    },
    async stop() {
      closed = true
      unsubscribe()
      if (timer !== null) d.timers.clear(timer)
      timer = null
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
