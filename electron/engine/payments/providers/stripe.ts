// Stripe Checkout Sessions (https://docs.stripe.com/api/checkout/sessions), one per order and attempt:
//   POST /v1/checkout/sessions             create (form-encoded; client_reference_id = order number)
//   GET  /v1/checkout/sessions/:id         retrieve (status open|complete|expired|null, payment_status paid|unpaid|no_payment_required)
//   GET  /v1/checkout/sessions?created[gte]=..  list (newest first; used to find a create whose answer was lost)
//   POST /v1/checkout/sessions/:id/expire  expire an open session (our "cancel")
// Auth is "Authorization: Bearer <secret key>". Errors: {"error":{"type","message","param","code"}}.
// Requests and answers are typed with the official `stripe` package's types (Stripe.Checkout.*), generated from
// Stripe's OpenAPI spec; we do not run its HTTP client (see docs/payments.md, "Official SDKs").
import type Stripe from 'stripe'
import { MemoryAttemptBook, nextGeneration, openAttempt, sameBody } from './attempts'
import { PaymentError } from '../../errors'
import {
  requestWithRetry,
  type ClassifyError,
  type DescribeError,
  type HttpResponse,
  type RetryOptions,
} from './http'
import type {
  AttemptBook,
  CreateAttempt,
  CreatedGatewayLink,
  GatewayClient,
  GatewayStatus,
  PaymentLinkStatus,
  PaymentOrder,
} from '../types'

export const STRIPE_BASE_URL = 'https://api.stripe.com'

/** What we send to create a session: the SDK's own parameter type, so a misspelt or mistyped field fails tsc. */
export type StripeSessionCreate = Stripe.Checkout.SessionCreateParams
/** The fields of Stripe's Checkout Session we read (the SDK's type; every one is checked at run time too). */
export type StripeSessionAnswer = Partial<
  Pick<
    Stripe.Checkout.Session,
    | 'id'
    | 'url'
    | 'status'
    | 'payment_status'
    | 'amount_total'
    | 'currency'
    | 'expires_at'
    | 'created'
    | 'client_reference_id'
    | 'metadata'
  >
>
export type StripeSessionList = Pick<Stripe.ApiList<StripeSessionAnswer>, 'data' | 'has_more'>
export type StripeSessionListQuery = Stripe.Checkout.SessionListParams

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

// expires_at must be 30 minutes .. 24 hours after creation (Stripe.Checkout.SessionCreateParams.expires_at);
// a minute of margin each side for the time the request takes.
const MIN_EXPIRY_MS = 31 * 60_000
const MAX_EXPIRY_MS = 24 * 60 * 60_000 - 60_000
/** How far back a lookup lists sessions before the attempt began (our clock and Stripe's may differ). */
const LOOKUP_MARGIN_S = 24 * 3600
const LOOKUP_MAX_PAGES = 10
/** metadata key carrying the attempt, so a lookup tells this attempt's session from an earlier one. */
export const ATTEMPT_METADATA_KEY = 'counterchat_attempt'

type FormValue =
  string | number | boolean | undefined | null | readonly FormValue[] | { [key: string]: FormValue }

/** Stripe's form encoding: nested objects and arrays as a[b][0][c]=v. */
export function formEncode(value: object): string {
  const pairs: string[] = []
  const walk = (prefix: string, v: FormValue): void => {
    if (v === undefined || v === null) return
    if (Array.isArray(v)) (v as readonly FormValue[]).forEach((item, i) => walk(`${prefix}[${i}]`, item))
    else if (typeof v === 'object') for (const [k, inner] of Object.entries(v)) walk(`${prefix}[${k}]`, inner)
    else pairs.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(v))}`)
  }
  for (const [k, v] of Object.entries(value)) walk(k, v as FormValue)
  return pairs.join('&')
}

interface StripeErrorBody {
  error?: { type?: unknown; message?: unknown; code?: unknown; param?: unknown }
}

const describeStripeError: DescribeError = (_status, json) => {
  const err = (json as StripeErrorBody | null)?.error
  if (!err || typeof err.message !== 'string') return null
  return err.message
}

/**
 * What the status code alone does not say, as Stripe's own Node library reads it (stripe package,
 * RequestSender._shouldRetry and Error.generateV1Error) and https://docs.stripe.com/error-low-level:
 * - `Stripe-Should-Retry: true|false` overrides everything else ("the API may ask us not to retry, or advise us
 *   to retry, e.g. lock timeouts");
 * - 409: "the request conflicts with another request (perhaps due to using the same idempotent key)": retried;
 * - 400 with code `rate_limit` is a rate limit, like 429.
 */
export const classifyStripeError: ClassifyError = (status, headers, json) => {
  const err = (json as StripeErrorBody | null)?.error
  const code = typeof err?.code === 'string' ? err.code : typeof err?.type === 'string' ? err.type : null
  const verdict: ReturnType<ClassifyError> = { code }
  if (status === 409) {
    verdict.kind = 'server'
    verdict.retry = true
    verdict.uncertain = true
  }
  if (status === 400 && code === 'rate_limit') {
    verdict.kind = 'rate_limited'
    verdict.retry = true
  }
  const should = headers.get('stripe-should-retry')
  if (should === 'true') verdict.retry = true
  if (should === 'false') verdict.retry = false
  return verdict
}

/**
 * Session state → our link status. The explicit answers (docs: https://docs.stripe.com/api/checkout/sessions/object,
 * payment_status "paid: the payment funds are available", "unpaid: not yet available", "no_payment_required: the
 * payment is delayed to a future date, or the session is in setup mode"):
 * - open → created (payable);
 * - complete + paid → paid;
 * - complete + unpaid → failed: the customer finished Checkout but the money is not there (a delayed method still
 *   settling, or it failed). The session can no longer be paid or expired and its url is gone, so it is not
 *   "open": the order stays unpaid, the shopkeeper is told, the next request makes a new session. The link is
 *   still watched, so a delayed payment that does arrive settles the order;
 * - complete + no_payment_required → failed too: no money was taken, and we never claim money that did not come;
 * - expired → expired;
 * - status null (the SDK types allow it) → judged by expires_at: past it, expired; before it, still created.
 */
export function mapStripeStatus(
  status: string | null,
  paymentStatus: string | null,
  expiresAtS: number | null,
  nowMs: number,
): PaymentLinkStatus {
  if (status === 'expired') return 'expired'
  if (status === 'complete') return paymentStatus === 'paid' ? 'paid' : 'failed'
  if (status === 'open') return 'created'
  if (expiresAtS !== null && nowMs >= expiresAtS * 1000) return 'expired'
  return 'created'
}

/** Generation 1 keeps the plain key; a later generation (after an uncertain create found nothing) has its own. */
export function stripeIdempotencyKey(orderNumber: string, attempt = 1, generation = 1): string {
  const base = `counterchat-order-${orderNumber}-${attempt}`
  return generation > 1 ? `${base}-g${generation}` : base
}

export class StripeClient implements GatewayClient {
  readonly provider = 'stripe' as const
  private readonly baseUrl: string
  private readonly now: () => number
  private readonly memory = new MemoryAttemptBook()

  constructor(private readonly config: StripeConfig) {
    if (!config.secretKey) {
      throw new PaymentError({
        kind: 'auth',
        provider: 'stripe',
        message: 'The Stripe secret key is not set. Add it in Settings → Payments.',
        text: { key: 'stripeNoKey' },
      })
    }
    this.baseUrl = (config.baseUrl ?? STRIPE_BASE_URL).replace(/\/+$/, '')
    this.now = config.now
  }

  private expiryFrom = (now: number): number => {
    const wanted = now + (this.config.expiryMinutes ?? 24 * 60) * 60_000
    return Math.min(Math.max(wanted, now + MIN_EXPIRY_MS), now + MAX_EXPIRY_MS)
  }

  /** The create body for one attempt and generation: everything in it is stored or derived from the order. */
  sessionParams(order: PaymentOrder, a: CreateAttempt): StripeSessionCreate {
    const name = `${this.config.shopName ? `${this.config.shopName} ` : ''}order ${order.number}`
    return {
      mode: 'payment',
      client_reference_id: order.number,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: a.currency.toLowerCase(),
            unit_amount: a.amount,
            product_data: { name },
          },
        },
      ],
      metadata: {
        order: order.number,
        customer_phone: order.customer,
        [ATTEMPT_METADATA_KEY]: String(a.attempt),
      },
      expires_at: Math.floor(a.expiresAt / 1000),
      success_url: this.config.successUrl,
    }
  }

  /**
   * Makes (or finds) the session for this order and attempt. Never two live sessions for one attempt: a create
   * whose answer was lost (timeout, dropped connection, 5xx, 409) is looked up by client_reference_id and our
   * attempt metadata before anything is created again, and only when nothing is found does a new idempotency
   * key go out (the old key would replay Stripe's saved 500). Decided on status codes and error codes, never on
   * the wording of a message.
   */
  async createLink(
    order: PaymentOrder,
    opts: { attempt?: number; book?: AttemptBook } = {},
  ): Promise<CreatedGatewayLink> {
    const book = opts.book ?? this.memory
    const attemptNo = Math.max(1, opts.attempt ?? 1)
    let a = openAttempt(book, order, 'stripe', attemptNo, this.now(), this.expiryFrom)
    const save = (next: CreateAttempt): void => {
      a = next
      book.save(next)
    }
    // Two rounds at most per call: a create, and after an uncertain answer a lookup and one more create.
    for (let round = 1; ; round++) {
      if (a.uncertain || !sameBody(a, order)) {
        const found = await this.recover(order, a)
        if (found) {
          save({ ...a, uncertain: false })
          return found
        }
        save(nextGeneration(a, order, this.now(), this.expiryFrom))
      }
      save({ ...a, uncertain: true }) // before the call: a crash mid-call is looked up next time
      try {
        const res = await this.call(
          'POST',
          '/v1/checkout/sessions',
          formEncode(this.sessionParams(order, a)),
          stripeIdempotencyKey(order.number, a.attempt, a.generation),
          { create: true },
        )
        const created = this.toCreated(res.json, order, true)
        save({ ...a, uncertain: false })
        return created
      } catch (err) {
        if (!(err instanceof PaymentError)) throw err
        // The key was first used with other parameters (our stored state was lost): a session may exist.
        const keyClash = err.code === 'idempotency_error'
        if (!err.uncertain && !keyClash) {
          save({ ...a, uncertain: false }) // a clear refusal: nothing was made
          throw err
        }
        if (round >= 2) throw err // stays uncertain: the next request looks it up first
      }
    }
  }

  /**
   * After an uncertain create: the session this attempt made, if any. A usable one (open, asking the current
   * total) is returned; open ones that ask for another amount were never sent to anyone and are expired; a
   * finished one (paid, complete+unpaid, expired) is returned as it is, so the order stores it and its next
   * request moves on to a new attempt. Null when nothing was made.
   */
  private async recover(order: PaymentOrder, a: CreateAttempt): Promise<CreatedGatewayLink | null> {
    const mine = await this.findSessions(order, a)
    const usable = mine.find(
      (s) =>
        s.status === 'open' && s.amount_total === order.total && s.currency === order.currency.toLowerCase(),
    )
    for (const s of mine) {
      if (s !== usable && s.status === 'open' && typeof s.id === 'string') await this.cancel(s.id)
    }
    if (usable) return this.toCreated(usable, order)
    const finished = mine.find((s) => s.status !== 'open')
    return finished ? this.toCreated(finished, order) : null
  }

  /**
   * Sessions of this order and attempt. Stripe's list endpoint has no client_reference_id or metadata filter
   * (Stripe.Checkout.SessionListParams: created, customer, payment_intent, payment_link, status, subscription,
   * ...) and Checkout Sessions are not in the Search API, so we list those created since the attempt began
   * (with a margin for clock difference), newest first, and match client_reference_id and our attempt metadata.
   */
  async findSessions(order: PaymentOrder, a: CreateAttempt): Promise<StripeSessionAnswer[]> {
    const out: StripeSessionAnswer[] = []
    let after: string | undefined
    for (let page = 0; page < LOOKUP_MAX_PAGES; page++) {
      const query: StripeSessionListQuery = {
        created: { gte: Math.floor(a.startedAt / 1000) - LOOKUP_MARGIN_S },
        limit: 100,
        ...(after ? { starting_after: after } : {}),
      }
      const res = await this.call('GET', `/v1/checkout/sessions?${formEncode(query)}`)
      const list = (res.json ?? {}) as Partial<StripeSessionList>
      if (!Array.isArray(list.data)) throw this.badAnswer()
      for (const s of list.data) {
        if (
          s.client_reference_id === order.number &&
          s.metadata?.[ATTEMPT_METADATA_KEY] === String(a.attempt)
        )
          out.push(s)
      }
      const last = list.data.at(-1)
      if (!list.has_more || typeof last?.id !== 'string') break
      after = last.id
    }
    return out
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
    opts: { create?: boolean } = {},
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.config.secretKey}` }
    if (method === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded'
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
    if (this.config.apiVersion) headers['Stripe-Version'] = this.config.apiVersion
    // Stripe saves the first answer for a key once the endpoint started, 500s included, and replays it
    // (https://docs.stripe.com/api/idempotent_requests): retrying a create's 5xx under the same key only
    // replays it, so the create ends there and recovers by lookup instead. Timeouts, dropped connections,
    // 409 and rate limits are retried under the same key as usual.
    const classify: ClassifyError = opts.create
      ? (status, h, json) => {
          const v = classifyStripeError(status, h, json)
          // ...unless Stripe itself says a retry will do something (Stripe-Should-Retry: true).
          return status >= 500 && h.get('stripe-should-retry') !== 'true' ? { ...v, retry: false } : v
        }
      : classifyStripeError
    return requestWithRetry(
      'stripe',
      { method, url: this.baseUrl + path, headers, body },
      describeStripeError,
      { now: this.now, ...this.config.retry },
      classify,
    )
  }

  /** `fromCreate`: an unreadable answer to a create leaves it uncertain (a session may exist). */
  private toCreated(json: unknown, order: PaymentOrder, fromCreate = false): CreatedGatewayLink {
    const s = (json ?? {}) as StripeSessionAnswer
    if (typeof s.id !== 'string') throw this.badAnswer(fromCreate)
    const expiresAt = typeof s.expires_at === 'number' ? s.expires_at : null
    const status = mapStripeStatus(
      typeof s.status === 'string' ? s.status : null,
      typeof s.payment_status === 'string' ? s.payment_status : null,
      expiresAt,
      this.now(),
    )
    // Only an open session has a url (it is null once complete or expired).
    if (status === 'created' && typeof s.url !== 'string') throw this.badAnswer(fromCreate)
    return {
      id: s.id,
      url: typeof s.url === 'string' ? s.url : '',
      status,
      expiresAt: expiresAt !== null ? expiresAt * 1000 : null,
      reference: typeof s.client_reference_id === 'string' ? s.client_reference_id : order.number,
    }
  }

  private toStatus(json: unknown, cancelledByUs: boolean): GatewayStatus {
    const s = (json ?? {}) as StripeSessionAnswer
    if (typeof s.id !== 'string') throw this.badAnswer()
    const raw = typeof s.status === 'string' ? s.status : null
    const paymentStatus = typeof s.payment_status === 'string' ? s.payment_status : null
    let status = mapStripeStatus(
      raw,
      paymentStatus,
      typeof s.expires_at === 'number' ? s.expires_at : null,
      this.now(),
    )
    if (cancelledByUs && status === 'expired') status = 'cancelled'
    return {
      status,
      amountPaid: status === 'paid' && typeof s.amount_total === 'number' ? s.amount_total : 0,
      raw: `${raw ?? 'null'}/${paymentStatus ?? 'null'}`,
    }
  }

  private badAnswer(uncertain = false): PaymentError {
    return new PaymentError({
      kind: 'server',
      provider: 'stripe',
      uncertain,
      message: 'Stripe sent an answer we could not read. The link will be tried again shortly.',
      text: { key: 'unreadableAnswer', params: { provider: 'Stripe' } },
    })
  }
}
