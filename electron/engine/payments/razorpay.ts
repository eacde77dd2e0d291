// Razorpay Payment Links (https://razorpay.com/docs/api/payments/payment-links/):
//   POST /v1/payment_links            create (JSON body, amount in paise, reference_id unique per link)
//   GET  /v1/payment_links/:id        fetch (status: created | partially_paid | paid | expired | cancelled)
//   GET  /v1/payment_links?reference_id=...   find by reference (used to recover a create whose answer was lost)
//   POST /v1/payment_links/:id/cancel cancel (only while created)
// Auth is HTTP Basic key_id:key_secret. Errors: {"error":{"code","description","field",...}}.
// Razorpay has no idempotency header; the unique reference_id plays that part.
import { PaymentError } from './errors'
import { requestWithRetry, type DescribeError, type HttpResponse, type RetryOptions } from './http'
import type {
  CreatedGatewayLink,
  GatewayClient,
  GatewayStatus,
  PaymentLinkStatus,
  PaymentOrder,
} from './types'

export const RAZORPAY_BASE_URL = 'https://api.razorpay.com'

export interface RazorpayConfig {
  keyId: string
  keySecret: string
  /** Injectable so tests point at the local double. */
  baseUrl?: string
  /** Let the customer pay in parts (the order shows partially paid). Default false. */
  acceptPartial?: boolean
  /** Link lifetime; Razorpay needs at least 15 minutes. Default 24 h. */
  expiryMinutes?: number
  /** Shown on the payment page: "<shopName> order 1042". */
  shopName?: string
  /** The engine's clock (shared/clock.ts): expiry is computed from it, never from the computer's. */
  now: () => number
  retry?: RetryOptions
}

const MIN_EXPIRY_MS = 16 * 60_000

interface RazorpayLinkJson {
  id?: unknown
  short_url?: unknown
  status?: unknown
  amount_paid?: unknown
  expire_by?: unknown
  reference_id?: unknown
  amount?: unknown
}

const describeRazorpayError: DescribeError = (_status, json) => {
  const err = (json as { error?: { description?: unknown; field?: unknown } } | null)?.error
  if (!err || typeof err.description !== 'string') return null
  return typeof err.field === 'string' && err.field !== '' && !err.description.includes(err.field)
    ? `${err.field}: ${err.description}`
    : err.description
}

export function mapRazorpayStatus(raw: string): PaymentLinkStatus {
  switch (raw) {
    case 'created':
    case 'partially_paid':
    case 'paid':
    case 'expired':
    case 'cancelled':
      return raw
    default:
      // A status we do not know yet: keep it open so polling continues; the raw word is kept for the log.
      return 'created'
  }
}

/** reference_id: the order number; a later link for the same order (after expiry) gets "-2", "-3", ... */
export function razorpayReference(orderNumber: string, attempt = 1): string {
  return attempt > 1 ? `${orderNumber}-${attempt}` : orderNumber
}

export class RazorpayClient implements GatewayClient {
  readonly provider = 'razorpay' as const
  private readonly baseUrl: string
  private readonly auth: string
  private readonly now: () => number

  constructor(private readonly config: RazorpayConfig) {
    if (!config.keyId || !config.keySecret) {
      throw new PaymentError({
        kind: 'auth',
        provider: 'razorpay',
        message: 'Razorpay keys are not set. Add the key id and secret in Settings → Payments.',
      })
    }
    this.baseUrl = (config.baseUrl ?? RAZORPAY_BASE_URL).replace(/\/+$/, '')
    this.auth = `Basic ${Buffer.from(`${config.keyId}:${config.keySecret}`).toString('base64')}`
    this.now = config.now
  }

  async createLink(
    order: PaymentOrder,
    opts: { attempt?: number; expiresAt?: number } = {},
  ): Promise<CreatedGatewayLink> {
    const reference = razorpayReference(order.number, opts.attempt)
    const now = this.now()
    const wanted = opts.expiresAt ?? now + (this.config.expiryMinutes ?? 24 * 60) * 60_000
    const expireBy = Math.ceil(Math.max(wanted, now + MIN_EXPIRY_MS) / 1000)
    const customer: Record<string, string> = { contact: order.customer }
    if (order.customerName) customer.name = order.customerName
    const body = {
      amount: order.total,
      currency: order.currency,
      accept_partial: this.config.acceptPartial ?? false,
      reference_id: reference,
      description: `${this.config.shopName ? `${this.config.shopName} ` : ''}order ${order.number}`.slice(
        0,
        2048,
      ),
      customer,
      // The customer gets the link on WhatsApp from us; no SMS or e-mail from Razorpay.
      notify: { sms: false, email: false },
      reminder_enable: false,
      expire_by: expireBy,
      notes: { order: order.number, source: 'counterchat' },
    }
    try {
      const res = await this.call('POST', '/v1/payment_links', body)
      return this.toCreated(res.json, reference)
    } catch (err) {
      // A retried create whose first answer was lost meets its own reference_id: fetch that link instead.
      if (!(err instanceof PaymentError && err.kind === 'invalid' && /reference/i.test(err.detail ?? '')))
        throw err
      const existing = await this.findByReference(reference)
      if (!existing) throw err
      if (existing.amount === order.total && existing.link.status === 'created') return existing.link
      // A link under this reference exists for another amount (made by an earlier call whose answer was lost,
      // before the order changed), or is no longer payable. It was never sent; use a distinct reference.
      const fresh = `${reference}-${now.toString(36)}`.slice(0, 40)
      const res = await this.call('POST', '/v1/payment_links', { ...body, reference_id: fresh })
      return this.toCreated(res.json, fresh)
    }
  }

  async getStatus(linkId: string): Promise<GatewayStatus> {
    const res = await this.call('GET', `/v1/payment_links/${encodeURIComponent(linkId)}`)
    return this.toStatus(res.json)
  }

  /** Cancels a link still in `created`. If it was paid (or expired) meanwhile, reports that instead of failing. */
  async cancel(linkId: string): Promise<GatewayStatus> {
    try {
      const res = await this.call('POST', `/v1/payment_links/${encodeURIComponent(linkId)}/cancel`)
      return this.toStatus(res.json)
    } catch (err) {
      if (err instanceof PaymentError && err.kind === 'invalid') return this.getStatus(linkId)
      throw err
    }
  }

  private async findByReference(
    reference: string,
  ): Promise<{ link: CreatedGatewayLink; amount: number } | null> {
    const res = await this.call('GET', `/v1/payment_links?reference_id=${encodeURIComponent(reference)}`)
    const list = (res.json as { payment_links?: unknown } | null)?.payment_links
    if (!Array.isArray(list)) return null
    const match = (list as RazorpayLinkJson[]).find((l) => l.reference_id === reference)
    if (!match) return null
    return {
      link: this.toCreated(match, reference),
      amount: typeof match.amount === 'number' ? match.amount : -1,
    }
  }

  private call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpResponse> {
    const headers: Record<string, string> = { Authorization: this.auth, Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    return requestWithRetry(
      'razorpay',
      {
        method,
        url: this.baseUrl + path,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      describeRazorpayError,
      { now: this.now, ...this.config.retry },
    )
  }

  private toCreated(json: unknown, reference: string): CreatedGatewayLink {
    const link = (json ?? {}) as RazorpayLinkJson
    if (typeof link.id !== 'string' || typeof link.short_url !== 'string') throw this.badAnswer()
    return {
      id: link.id,
      url: link.short_url,
      status: mapRazorpayStatus(typeof link.status === 'string' ? link.status : 'created'),
      expiresAt: typeof link.expire_by === 'number' && link.expire_by > 0 ? link.expire_by * 1000 : null,
      reference: typeof link.reference_id === 'string' ? link.reference_id : reference,
    }
  }

  private toStatus(json: unknown): GatewayStatus {
    const link = (json ?? {}) as RazorpayLinkJson
    if (typeof link.status !== 'string') throw this.badAnswer()
    return {
      status: mapRazorpayStatus(link.status),
      amountPaid: typeof link.amount_paid === 'number' ? link.amount_paid : 0,
      raw: link.status,
    }
  }

  private badAnswer(): PaymentError {
    return new PaymentError({
      kind: 'server',
      provider: 'razorpay',
      message: 'Razorpay sent an answer we could not read. The link will be tried again shortly.',
    })
  }
}
