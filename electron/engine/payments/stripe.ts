// Stripe Checkout Sessions (https://docs.stripe.com/api/checkout/sessions), one per order:
//   POST /v1/checkout/sessions             create (form-encoded; client_reference_id = order number)
//   GET  /v1/checkout/sessions/:id         retrieve (status open|complete|expired, payment_status paid|unpaid|no_payment_required)
//   POST /v1/checkout/sessions/:id/expire  expire an open session (our "cancel")
// Auth is "Authorization: Bearer <secret key>". Creates carry an Idempotency-Key per order and attempt, so a retry
// after a lost answer returns the same session instead of a second one. Errors: {"error":{"type","message","param","code"}}.
import { PaymentError } from './errors'
import { requestWithRetry, type DescribeError, type HttpResponse, type RetryOptions } from './http'
import type {
  CreatedGatewayLink,
  GatewayClient,
  GatewayStatus,
  PaymentLinkStatus,
  PaymentOrder,
} from './types'

export const STRIPE_BASE_URL = 'https://api.stripe.com'

export interface StripeConfig {
  secretKey: string
  baseUrl?: string
  /** Where Stripe sends the customer after paying; optional (Stripe shows its own page otherwise). */
  successUrl?: string
  /** Session lifetime, clamped to Stripe's 30 minutes .. 24 hours. Default 24 h. */
  expiryMinutes?: number
  shopName?: string
  /** Pin the API version ("Stripe-Version" header); the account default otherwise. */
  apiVersion?: string
  /** The engine's clock (shared/clock.ts): expiry is computed from it, never from the computer's. */
  now: () => number
  retry?: RetryOptions
}

const MIN_EXPIRY_MS = 31 * 60_000
const MAX_EXPIRY_MS = 24 * 60 * 60_000 - 60_000

interface StripeSessionJson {
  id?: unknown
  url?: unknown
  status?: unknown
  payment_status?: unknown
  amount_total?: unknown
  expires_at?: unknown
  client_reference_id?: unknown
}

type FormValue = string | number | boolean | undefined | null | FormValue[] | { [key: string]: FormValue }

/** Stripe's form encoding: nested objects and arrays as a[b][0][c]=v. */
export function formEncode(value: Record<string, FormValue>): string {
  const pairs: string[] = []
  const walk = (prefix: string, v: FormValue): void => {
    if (v === undefined || v === null) return
    if (Array.isArray(v)) v.forEach((item, i) => walk(`${prefix}[${i}]`, item))
    else if (typeof v === 'object') for (const [k, inner] of Object.entries(v)) walk(`${prefix}[${k}]`, inner)
    else pairs.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(v))}`)
  }
  for (const [k, v] of Object.entries(value)) walk(k, v)
  return pairs.join('&')
}

const describeStripeError: DescribeError = (_status, json) => {
  const err = (json as { error?: { message?: unknown; param?: unknown } } | null)?.error
  if (!err || typeof err.message !== 'string') return null
  return err.message
}

export function mapStripeStatus(status: string, paymentStatus: string): PaymentLinkStatus {
  if (status === 'expired') return 'expired'
  if (status === 'complete') {
    // complete + unpaid: a delayed method (bank debit) is still settling; keep polling.
    return paymentStatus === 'paid' || paymentStatus === 'no_payment_required' ? 'paid' : 'created'
  }
  return 'created'
}

export function stripeIdempotencyKey(orderNumber: string, attempt = 1): string {
  return `counterchat-order-${orderNumber}-${attempt}`
}

export class StripeClient implements GatewayClient {
  readonly provider = 'stripe' as const
  private readonly baseUrl: string
  private readonly now: () => number

  constructor(private readonly config: StripeConfig) {
    if (!config.secretKey) {
      throw new PaymentError({
        kind: 'auth',
        provider: 'stripe',
        message: 'The Stripe secret key is not set. Add it in Settings → Payments.',
      })
    }
    this.baseUrl = (config.baseUrl ?? STRIPE_BASE_URL).replace(/\/+$/, '')
    this.now = config.now
  }

  async createLink(
    order: PaymentOrder,
    opts: { attempt?: number; expiresAt?: number } = {},
  ): Promise<CreatedGatewayLink> {
    const now = this.now()
    const wanted = opts.expiresAt ?? now + (this.config.expiryMinutes ?? 24 * 60) * 60_000
    const expiresAt = Math.floor(Math.min(Math.max(wanted, now + MIN_EXPIRY_MS), now + MAX_EXPIRY_MS) / 1000)
    const name = `${this.config.shopName ? `${this.config.shopName} ` : ''}order ${order.number}`
    const body = formEncode({
      mode: 'payment',
      client_reference_id: order.number,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: order.currency.toLowerCase(),
            unit_amount: order.total,
            product_data: { name },
          },
        },
      ],
      metadata: { order: order.number, customer_phone: order.customer },
      expires_at: expiresAt,
      success_url: this.config.successUrl,
    })
    const key = stripeIdempotencyKey(order.number, opts.attempt)
    let res: HttpResponse
    try {
      res = await this.call('POST', '/v1/checkout/sessions', body, key)
    } catch (err) {
      // The key was used earlier with other parameters (an earlier call for this order whose answer never
      // reached us, with another expiry or total). That session was never sent to anyone and expires on its
      // own; make this one under a fresh key.
      if (err instanceof PaymentError && err.kind === 'invalid' && /idempoten/i.test(err.detail ?? '')) {
        res = await this.call('POST', '/v1/checkout/sessions', body, `${key}-${now}`)
      } else {
        throw err
      }
    }
    const s = (res.json ?? {}) as StripeSessionJson
    if (typeof s.id !== 'string' || typeof s.url !== 'string') throw this.badAnswer()
    return {
      id: s.id,
      url: s.url,
      status: mapStripeStatus(String(s.status ?? 'open'), String(s.payment_status ?? 'unpaid')),
      expiresAt: typeof s.expires_at === 'number' ? s.expires_at * 1000 : null,
      reference: typeof s.client_reference_id === 'string' ? s.client_reference_id : order.number,
    }
  }

  async getStatus(linkId: string): Promise<GatewayStatus> {
    const res = await this.call('GET', `/v1/checkout/sessions/${encodeURIComponent(linkId)}`)
    return this.toStatus(res.json, false)
  }

  /** Expires the session. If it was already paid (or gone), reports what it really is instead of failing. */
  async cancel(linkId: string): Promise<GatewayStatus> {
    try {
      const res = await this.call('POST', `/v1/checkout/sessions/${encodeURIComponent(linkId)}/expire`, '')
      return this.toStatus(res.json, true)
    } catch (err) {
      if (err instanceof PaymentError && err.kind === 'invalid') return this.getStatus(linkId)
      throw err
    }
  }

  private call(
    method: 'GET' | 'POST',
    path: string,
    body?: string,
    idempotencyKey?: string,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.config.secretKey}` }
    if (method === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded'
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
    if (this.config.apiVersion) headers['Stripe-Version'] = this.config.apiVersion
    return requestWithRetry(
      'stripe',
      { method, url: this.baseUrl + path, headers, body },
      describeStripeError,
      { now: this.now, ...this.config.retry },
    )
  }

  private toStatus(json: unknown, cancelledByUs: boolean): GatewayStatus {
    const s = (json ?? {}) as StripeSessionJson
    if (typeof s.status !== 'string') throw this.badAnswer()
    const paymentStatus = typeof s.payment_status === 'string' ? s.payment_status : 'unpaid'
    let status = mapStripeStatus(s.status, paymentStatus)
    if (cancelledByUs && status === 'expired') status = 'cancelled'
    return {
      status,
      amountPaid: status === 'paid' && typeof s.amount_total === 'number' ? s.amount_total : 0,
      raw: `${s.status}/${paymentStatus}`,
    }
  }

  private badAnswer(): PaymentError {
    return new PaymentError({
      kind: 'server',
      provider: 'stripe',
      message: 'Stripe sent an answer we could not read. The link will be tried again shortly.',
    })
  }
}
