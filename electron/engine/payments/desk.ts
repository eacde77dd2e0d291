// PaymentDesk: the providers plus the store. It turns "this order was confirmed" into links saved and a message
// to send (request), polling into order-level events (paid, partially paid, link expired) with the receipt text
// ready (poll), and keeps the one reminder (remind) and the unpaid list.
// It sends nothing itself: the engine-facing service (service.ts) puts `message`/`images`/`receipt` in the outbox
// and forwards events to the UI.
import { formatMoney } from '../../../shared/money'
import { Providers, type LinkChange, type ProviderFailure } from './providers'
import { providerLabel, type RetryOptions } from './providers/http'
import { upiQrPng } from './providers/upi'
import type { PaymentSettings } from './settings'
import type { PaymentRequestRecord, PaymentStore } from './store'
import {
  renderPartialPayment,
  renderPaymentMessage,
  renderPaymentPending,
  renderReceipt,
  renderReminder,
  type MessageOrder,
  type PaymentVoice,
} from './messages'
import {
  isOpenStatus,
  POLLED_PROVIDERS,
  type PaymentLinkStatus,
  type PaymentOrder,
  type ProviderId,
  type StoredPaymentLink,
} from './types'

export interface PaymentImage {
  provider: 'upi'
  mime: 'image/png'
  data: Uint8Array
  caption: string
}

export type PaymentEvent =
  | {
      type: 'payment.linkStatus'
      orderNumber: string
      linkId: string
      provider: ProviderId
      from: PaymentLinkStatus
      to: PaymentLinkStatus
      amountPaid: number
    }
  | {
      type: 'payment.orderPaid'
      orderNumber: string
      customer: string
      via: ProviderId
      amountPaid: number
      /** Send this to the customer. */
      receipt: string
    }
  | {
      type: 'payment.orderPartiallyPaid'
      orderNumber: string
      customer: string
      amountPaid: number
      total: number
      /** Send this to the customer. */
      message: string
    }
  | {
      /** A provider call failed while polling or cancelling: show it to the shopkeeper (not the customer). */
      type: 'payment.problem'
      orderNumber: string | null
      failure: ProviderFailure
    }

export interface PaymentDeskOptions {
  store: PaymentStore
  /** Read on every use, so a settings change applies without a restart. */
  settings: () => PaymentSettings
  now: () => number
  /** Timeouts and backoff for every provider call (tests pass a no-op sleep). */
  retry?: RetryOptions
  /** Told about every event as it happens (the engine emits them to the UI and queues customer messages). */
  onEvent?: (event: PaymentEvent) => void
  /** The customer's language, the shop's wording and locale (the engine's voice); English without it. */
  voice?: PaymentVoice
}

export interface RequestPaymentResult {
  /** At least one way to pay went into the message (a link, or cash). */
  ok: boolean
  /** New links stored against the order. */
  links: StoredPaymentLink[]
  failures: ProviderFailure[]
  /** The WhatsApp text for the customer. */
  message: string
  /** The UPI QR code, to send as a picture after the text. */
  images: PaymentImage[]
  /** The order's links after this request (old ones still open + new ones). */
  allLinks: StoredPaymentLink[]
  /** True when the open links from an earlier request were reused (same amount): nothing new was created. */
  reused: boolean
}

export class PaymentDesk {
  readonly providers: Providers
  private readonly store: PaymentStore
  private readonly now: () => number
  private polling: Promise<PaymentEvent[]> | null = null

  constructor(private readonly opts: PaymentDeskOptions) {
    this.store = opts.store
    this.now = opts.now
    this.providers = new Providers({ now: this.now, ...(opts.retry ? { retry: opts.retry } : {}) })
  }

  private emit(events: PaymentEvent[], event: PaymentEvent): void {
    events.push(event)
    try {
      this.opts.onEvent?.(event)
    } catch {
      // A listener's failure must not undo payment state already saved.
    }
  }

  /**
   * After confirmation or "Request payment": makes the links (reusing the order's open ones when the amount is
   * unchanged, so asking twice never makes a second gateway link) and returns the message to send.
   * Never throws for provider trouble; `ok` is false only when no way to pay could be offered.
   */
  async requestPayment(
    order: PaymentOrder,
    opts: { provider?: ProviderId } = {},
  ): Promise<RequestPaymentResult> {
    try {
      return await this.doRequestPayment(order, opts)
    } catch (err) {
      // Storage or settings trouble: still never an exception into the order flow.
      let shopName = 'the shop'
      try {
        shopName = this.opts.settings().shopName
      } catch {
        // keep the neutral name
      }
      const failure: ProviderFailure = {
        provider: opts.provider ?? 'cash',
        kind: 'server',
        message: `The payment link could not be prepared: ${err instanceof Error ? err.message : String(err)}`,
        retryable: true,
        text: { key: 'notPrepared' },
      }
      return {
        ok: false,
        links: [],
        failures: [failure],
        message: renderPaymentPending(order, { shopName, voice: this.opts.voice }),
        images: [],
        allLinks: [],
        reused: false,
      }
    }
  }

  private async doRequestPayment(
    order: PaymentOrder,
    opts: { provider?: ProviderId },
  ): Promise<RequestPaymentResult> {
    const settings = this.opts.settings()
    const now = this.now()
    const existing = this.store.getRequest(order.number)
    if (existing?.status === 'paid') {
      return {
        ok: true,
        links: [],
        failures: [],
        message: renderReceipt(order, {
          shopName: settings.shopName,
          voice: this.opts.voice,
          amountPaid: existing.amountPaid,
          via: existing.paidVia,
        }),
        images: [],
        allLinks: this.store.linksForOrder(order.number),
        reused: true,
      }
    }
    const previous = this.store.linksForOrder(order.number)
    const wanted = opts.provider ? [opts.provider] : settings.providers
    const open = previous.filter((l) => isOpenStatus(l.status) && wanted.includes(l.provider))
    const stale = open.filter((l) => l.amount !== order.total || l.currency !== order.currency)
    const events: PaymentEvent[] = []
    if (stale.length > 0) {
      // The total changed since the last request: the old links ask for the wrong amount.
      const cancelled = await this.providers.cancelLinks(stale, settings)
      this.applyChanges(cancelled.changes, settings, events)
      if (cancelled.changes.some((c) => c.link.amountPaid > 0)) {
        return this.paidOnReplacedLink(order, existing, settings, events)
      }
    }
    const keep = open.filter((l) => !stale.includes(l))
    const toCreate = wanted.filter((p) => p !== 'cash' && !keep.some((l) => l.provider === p))
    const attempt = (p: ProviderId) => previous.filter((l) => l.provider === p).length + 1
    const made = await this.providers.makeLinks(order, settings, toCreate, attempt, this.store)

    const sameRequest =
      existing !== null &&
      existing.status !== 'cancelled' &&
      stale.length === 0 &&
      existing.total === order.total
    this.store.upsertRequest({
      orderNumber: order.number,
      customer: order.customer,
      customerName: order.customerName ?? null,
      total: order.total,
      currency: order.currency,
      status: sameRequest && existing.status === 'partially_paid' ? 'partially_paid' : 'unpaid',
      amountPaid: sameRequest ? existing.amountPaid : 0,
      requestedAt: sameRequest ? existing.requestedAt : now,
      reminderSentAt: sameRequest ? existing.reminderSentAt : null,
      paidAt: null,
      paidVia: null,
      updatedAt: now,
    })
    for (const link of made.links) this.store.saveLink(link)
    // A lookup may have found an earlier create of this order already paid: settle it like a poll would.
    if (made.links.some((l) => l.status === 'paid')) await this.settle(order.number, settings, events)
    const fresh = made.links.filter((l) => isOpenStatus(l.status))
    const offered = [...keep, ...fresh].sort(
      (a, b) => wanted.indexOf(a.provider) - wanted.indexOf(b.provider),
    )
    const composed = await this.compose(order, offered, settings, { cash: wanted.includes('cash') })
    return {
      ...composed,
      links: fresh,
      failures: made.failures,
      allLinks: this.store.linksForOrder(order.number),
      reused: keep.length > 0,
    }
  }

  /** The customer's message for these links (in the order given) and the UPI QR picture. */
  private async compose(
    order: PaymentOrder,
    links: readonly StoredPaymentLink[],
    settings: PaymentSettings,
    opts: { cash: boolean },
  ): Promise<{ ok: boolean; message: string; images: PaymentImage[] }> {
    const images: PaymentImage[] = []
    const upi = links.find((l) => l.provider === 'upi')
    if (upi?.url) {
      try {
        images.push({
          provider: 'upi',
          mime: 'image/png',
          data: await upiQrPng(upi.url),
          caption: `UPI · order ${order.number}`,
        })
      } catch {
        // The text link still works without the picture.
      }
    }
    const ok = links.some((l) => l.url) || opts.cash
    const messageOrder = { ...order, customerName: order.customerName ?? null }
    const message = ok
      ? renderPaymentMessage(messageOrder, [...links], {
          shopName: settings.shopName,
          cash: opts.cash,
          customLabel: settings.custom.label,
          qrSent: images.length > 0,
          voice: this.opts.voice,
        })
      : renderPaymentPending(messageOrder, { shopName: settings.shopName, voice: this.opts.voice })
    return { ok, message, images }
  }

  /**
   * The customer paid on the old link before the total changed. No new link is made: the order is settled
   * against the new total (paid, or partially paid with what is left) and the shopkeeper is told.
   */
  private async paidOnReplacedLink(
    order: PaymentOrder,
    existing: PaymentRequestRecord | null,
    settings: PaymentSettings,
    events: PaymentEvent[],
  ): Promise<RequestPaymentResult> {
    const now = this.now()
    this.store.upsertRequest({
      orderNumber: order.number,
      customer: order.customer,
      customerName: order.customerName ?? null,
      total: order.total,
      currency: order.currency,
      status: 'unpaid',
      amountPaid: 0,
      requestedAt: existing?.requestedAt ?? now,
      reminderSentAt: existing?.reminderSentAt ?? null,
      paidAt: null,
      paidVia: null,
      updatedAt: now,
    })
    await this.settle(order.number, settings, events)
    const received = this.store.getRequest(order.number)?.amountPaid ?? 0
    const failure: ProviderFailure = {
      provider: 'cash',
      kind: 'invalid',
      message: `Order ${order.number} was already paid ${formatMoney(received, order.currency)} on the earlier link before its total changed to ${formatMoney(order.total, order.currency)}. Settle any difference with the customer by hand.`,
      retryable: false,
      text: {
        key: 'paidBeforeChange',
        params: {
          number: order.number,
          received: formatMoney(received, order.currency),
          total: formatMoney(order.total, order.currency),
        },
      },
    }
    this.emit(events, { type: 'payment.problem', orderNumber: order.number, failure })
    const settled = events.find(
      (e) => e.type === 'payment.orderPaid' || e.type === 'payment.orderPartiallyPaid',
    )
    const message =
      settled?.type === 'payment.orderPaid'
        ? settled.receipt
        : settled?.type === 'payment.orderPartiallyPaid'
          ? settled.message
          : ''
    return {
      ok: true,
      links: [],
      failures: [failure],
      message,
      images: [],
      allLinks: this.store.linksForOrder(order.number),
      reused: false,
    }
  }

  /** One polling round: asks the gateways, saves changes, settles orders. Concurrent calls share one round. */
  pollOnce(): Promise<PaymentEvent[]> {
    if (!this.polling) {
      this.polling = this.doPoll().finally(() => {
        this.polling = null
      })
    }
    return this.polling
  }

  private async doPoll(): Promise<PaymentEvent[]> {
    const settings = this.opts.settings()
    const open = [
      ...this.store.listOpenLinks(POLLED_PROVIDERS),
      ...this.store.listWatchedLinks(this.now() - WATCH_FAILED_MS),
    ]
    const events: PaymentEvent[] = []
    if (open.length === 0) return events
    const result = await this.providers.poll(open, settings)
    for (const f of result.failures) {
      const link = open.find((l) => l.id === f.linkId)
      this.emit(events, { type: 'payment.problem', orderNumber: link?.orderNumber ?? null, failure: f })
    }
    await this.applyChangesAndSettle(result.changes, settings, events)
    return events
  }

  private applyChanges(
    changes: LinkChange[],
    _settings: PaymentSettings,
    events: PaymentEvent[],
  ): Set<string> {
    const touched = new Set<string>()
    for (const c of changes) {
      // A failed link that stays failed (its raw state moved) keeps its time, so the watch window still ends.
      if (c.from === c.to && c.to === 'failed') continue
      this.store.markLinkStatus(c.link.id, c.to, c.link.amountPaid, c.link.updatedAt)
      touched.add(c.link.orderNumber)
      this.emit(events, {
        type: 'payment.linkStatus',
        orderNumber: c.link.orderNumber,
        linkId: c.link.id,
        provider: c.link.provider,
        from: c.from,
        to: c.to,
        amountPaid: c.link.amountPaid,
      })
      if (c.to === 'failed' && c.from !== 'failed') {
        this.emit(events, {
          type: 'payment.problem',
          orderNumber: c.link.orderNumber,
          failure: failedLinkProblem(c.link, c.raw),
        })
      }
    }
    return touched
  }

  private async applyChangesAndSettle(
    changes: LinkChange[],
    settings: PaymentSettings,
    events: PaymentEvent[],
  ): Promise<void> {
    // Money that arrives on a link after its order was already settled or cancelled (a delayed Stripe payment
    // on a session that completed unpaid, a Razorpay link that could not be cancelled once partly paid) would
    // otherwise go unseen: the shopkeeper is told, to refund or keep it as agreed with the customer.
    for (const c of changes) {
      const request = this.store.getRequest(c.link.orderNumber)
      const received = c.link.amountPaid - c.amountPaidBefore
      if (!request || received <= 0) continue
      if (request.status !== 'paid' && request.status !== 'cancelled') continue
      this.emit(events, {
        type: 'payment.problem',
        orderNumber: c.link.orderNumber,
        failure: {
          provider: c.link.provider,
          kind: 'invalid',
          message: `Order ${c.link.orderNumber} was already ${request.status === 'paid' ? 'paid' : 'cancelled'}, but ${formatMoney(received, c.link.currency)} more arrived on an earlier ${providerLabel(c.link.provider)} link. Refund it or keep it, as agreed with the customer.`,
          retryable: false,
          text: {
            key: request.status === 'paid' ? 'paidAfterDone' : 'cancelledAfterDone',
            params: {
              number: c.link.orderNumber,
              received: formatMoney(received, c.link.currency),
              provider: providerLabel(c.link.provider),
            },
          },
        },
      })
    }
    const touched = this.applyChanges(changes, settings, events)
    for (const orderNumber of touched) await this.settle(orderNumber, settings, events)
  }

  /** Recomputes an order's payment state from its links; on paid, cancels the other open links and makes the receipt. */
  private async settle(
    orderNumber: string,
    settings: PaymentSettings,
    events: PaymentEvent[],
  ): Promise<void> {
    const request = this.store.getRequest(orderNumber)
    if (!request || request.status === 'paid' || request.status === 'cancelled') return
    const links = this.store.linksForOrder(orderNumber)
    // A paid link settles the order only if it asked for the whole current total (not an older, smaller one).
    const paidLink = links.find((l) => l.status === 'paid' && l.amount >= request.total)
    const received = links.reduce((sum, l) => sum + l.amountPaid, 0)
    const now = this.now()
    if (paidLink || received >= request.total) {
      const via = paidLink?.provider ?? links.find((l) => l.amountPaid > 0)?.provider ?? null
      const amountPaid = Math.max(received, paidLink?.amountPaid ?? 0)
      this.store.upsertRequest({
        ...request,
        status: 'paid',
        amountPaid,
        paidAt: now,
        paidVia: via,
        updatedAt: now,
      })
      const others = links.filter((l) => l !== paidLink && isOpenStatus(l.status))
      if (others.length > 0) {
        const cancelled = await this.providers.cancelLinks(others, settings)
        this.applyChanges(cancelled.changes, settings, events)
        for (const f of cancelled.failures)
          this.emit(events, { type: 'payment.problem', orderNumber, failure: f })
      }
      this.emit(events, {
        type: 'payment.orderPaid',
        orderNumber,
        customer: request.customer,
        via: via ?? 'cash',
        amountPaid,
        receipt: renderReceipt(toMessageOrder(request), {
          shopName: settings.shopName,
          voice: this.opts.voice,
          amountPaid,
          via,
        }),
      })
      return
    }
    if (received > request.amountPaid) {
      this.store.upsertRequest({ ...request, status: 'partially_paid', amountPaid: received, updatedAt: now })
      const stillOpen = links.find((l) => l.status === 'partially_paid') ?? null
      this.emit(events, {
        type: 'payment.orderPartiallyPaid',
        orderNumber,
        customer: request.customer,
        amountPaid: received,
        total: request.total,
        message: renderPartialPayment(toMessageOrder(request), {
          shopName: settings.shopName,
          voice: this.opts.voice,
          amountPaid: received,
          link: stillOpen,
        }),
      })
    }
  }

  /**
   * The shopkeeper's one click: "paid" (UPI seen in the bank app, cash at the counter, a custom link).
   * Cancels the order's open gateway links and returns the receipt to send. Idempotent (null when already
   * paid). Pass `order` so an order that never had a payment message can be marked paid too.
   */
  async markPaid(
    orderNumber: string,
    via: ProviderId = 'cash',
    order?: PaymentOrder,
  ): Promise<PaymentEvent | null> {
    const settings = this.opts.settings()
    const now = this.now()
    let request = this.store.getRequest(orderNumber)
    if (!request && order) {
      // Paid at the counter before any payment message went out.
      request = {
        orderNumber,
        customer: order.customer,
        customerName: order.customerName ?? null,
        total: order.total,
        currency: order.currency,
        status: 'unpaid',
        amountPaid: 0,
        requestedAt: now,
        reminderSentAt: null,
        paidAt: null,
        paidVia: null,
        updatedAt: now,
      }
    }
    if (!request || request.status === 'paid') return null
    const links = this.store.linksForOrder(orderNumber)
    const events: PaymentEvent[] = []
    const open = links.filter((l) => isOpenStatus(l.status))
    const chosen = open.find((l) => l.provider === via && !POLLED_PROVIDERS.includes(l.provider))
    if (chosen) this.store.markLinkStatus(chosen.id, 'paid', chosen.amount, now)
    this.store.upsertRequest({
      ...request,
      status: 'paid',
      amountPaid: request.total,
      paidAt: now,
      paidVia: via,
      updatedAt: now,
    })
    const rest = open.filter((l) => l !== chosen)
    if (rest.length > 0) {
      const cancelled = await this.providers.cancelLinks(rest, settings)
      this.applyChanges(cancelled.changes, settings, events)
      for (const f of cancelled.failures)
        this.emit(events, { type: 'payment.problem', orderNumber, failure: f })
    }
    const event: PaymentEvent = {
      type: 'payment.orderPaid',
      orderNumber,
      customer: request.customer,
      via,
      amountPaid: request.total,
      receipt: renderReceipt(toMessageOrder(request), {
        shopName: settings.shopName,
        voice: this.opts.voice,
        amountPaid: request.total,
        via,
      }),
    }
    this.emit(events, event)
    return event
  }

  /** The order was cancelled: cancel its links at the providers and stop reminders. */
  async cancelOrder(orderNumber: string): Promise<PaymentEvent[]> {
    const settings = this.opts.settings()
    const request = this.store.getRequest(orderNumber)
    const events: PaymentEvent[] = []
    const open = this.store.linksForOrder(orderNumber).filter((l) => isOpenStatus(l.status))
    const result = await this.providers.cancelLinks(open, settings)
    for (const f of result.failures) this.emit(events, { type: 'payment.problem', orderNumber, failure: f })
    this.applyChanges(result.changes, settings, events)
    if (request && request.status !== 'paid') {
      // A link that turned out to be paid while cancelling wins: the money is there, the shop must see it.
      if (result.changes.some((c) => c.to === 'paid')) await this.settle(orderNumber, settings, events)
      else this.store.upsertRequest({ ...request, status: 'cancelled', updatedAt: this.now() })
    }
    return events
  }

  /** Orders whose one reminder is due now, with the text to send. Call markReminderSent after queueing it. */
  dueReminders(): Array<{ orderNumber: string; customer: string; message: string }> {
    const settings = this.opts.settings()
    const now = this.now()
    return this.store
      .listUnpaid()
      .filter((r) => reminderDue(r, now, settings))
      .map((r) => ({
        orderNumber: r.orderNumber,
        customer: r.customer,
        message: renderReminder(toMessageOrder(r), this.store.linksForOrder(r.orderNumber), {
          shopName: settings.shopName,
          voice: this.opts.voice,
          cash: settings.providers.includes('cash'),
          customLabel: settings.custom.label,
        }),
      }))
  }

  markReminderSent(orderNumber: string): void {
    const r = this.store.getRequest(orderNumber)
    if (r) this.store.upsertRequest({ ...r, reminderSentAt: this.now(), updatedAt: this.now() })
  }

  /** The unpaid list for the UI: oldest first, with what is still due. */
  unpaid(): Array<PaymentRequestRecord & { due: number; dueText: string }> {
    return this.store.listUnpaid().map((r) => {
      const due = Math.max(0, r.total - r.amountPaid)
      return { ...r, due, dueText: formatMoney(due, r.currency) }
    })
  }

  status(orderNumber: string): { request: PaymentRequestRecord | null; links: StoredPaymentLink[] } {
    return { request: this.store.getRequest(orderNumber), links: this.store.linksForOrder(orderNumber) }
  }
}

/** How long a Stripe session that completed unpaid is still watched (delayed bank debits settle within days). */
const WATCH_FAILED_MS = 14 * 24 * 60 * 60_000

/** What the shopkeeper is told when a link ends without the money (Stripe complete + unpaid / no payment required). */
export function failedLinkProblem(link: StoredPaymentLink, raw: string): ProviderFailure {
  const number = link.orderNumber
  const none = raw.endsWith('/no_payment_required')
  const message = none
    ? `Order ${number}: Stripe says no payment was required on its checkout, so no money arrived. The order stays unpaid; check it in Stripe, then mark it paid or use Request payment to send a new link.`
    : `Order ${number}: the customer finished Stripe checkout but the payment failed or is still pending (a bank payment can take days). The order stays unpaid; use Request payment to send a new link. If the payment arrives after all, the order becomes paid by itself.`
  return {
    provider: link.provider,
    kind: 'invalid',
    message,
    retryable: false,
    text: { key: none ? 'stripeNoPaymentRequired' : 'stripeUnpaid', params: { number } },
  }
}

function toMessageOrder(r: PaymentRequestRecord): MessageOrder {
  return { number: r.orderNumber, total: r.total, currency: r.currency, customerName: r.customerName }
}

/** The reminder goes once, `reminderAfterMinutes` after the request, only while the order is still unpaid. */
export function reminderDue(
  request: { status: string; requestedAt: number; reminderSentAt: number | null },
  now: number,
  settings: Pick<PaymentSettings, 'reminderAfterMinutes'>,
): boolean {
  if (settings.reminderAfterMinutes <= 0) return false
  if (request.status !== 'unpaid' && request.status !== 'partially_paid') return false
  if (request.reminderSentAt !== null) return false
  return now - request.requestedAt >= settings.reminderAfterMinutes * 60_000
}

/**
 * Runs `round` on a timer without overlapping rounds: the next wait starts when a round has finished, and its
 * length is read then (a changed interval applies from the next round). `setTimer`/`clearTimer` are injectable
 * (the engine's timers, fake in tests).
 */
export function startPoller(
  round: () => Promise<unknown>,
  opts: {
    intervalMs: () => number
    setTimer?: (fn: () => void, ms: number) => unknown
    clearTimer?: (handle: unknown) => void
    onError?: (err: unknown) => void
  },
): { stop(): void } {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  let stopped = false
  let handle: unknown = null
  const loop = () => {
    handle = null
    if (stopped) return
    round()
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        if (!stopped) handle = setTimer(loop, opts.intervalMs())
      })
  }
  handle = setTimer(loop, opts.intervalMs())
  return {
    stop() {
      stopped = true
      if (handle !== null) clearTimer(handle)
      handle = null
    },
  }
}
