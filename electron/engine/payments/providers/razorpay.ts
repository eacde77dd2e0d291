// Razorpay Payment Links (https://razorpay.com/docs/api/payments/payment-links/):
//   POST /v1/payment_links            create (JSON body, amount in paise, reference_id unique per link)
//   GET  /v1/payment_links/:id        fetch (status: created | partially_paid | paid | expired | cancelled)
//   GET  /v1/payment_links?reference_id=...   find by reference (fetch-all-standard; used after a lost answer)
//   POST /v1/payment_links/:id/cancel cancel (only while created)
// Auth is HTTP Basic key_id:key_secret. Errors: {"error":{"code","description","field",...}}.
// Razorpay has no idempotency header; the unique reference_id plays that part. Bodies and answers are typed with
// the official `razorpay` package's types (PaymentLinks.*); its HTTP client cannot be pointed at another host
// (the API host is fixed in its constructor), so we do not run it (see docs/payments.md, "Official SDKs").
import type { PaymentLinks } from 'razorpay/dist/types/paymentLink'
import { MemoryAttemptBook, nextGeneration, openAttempt, sameBody } from './attempts'
import { PaymentError } from '../../errors'
import { requestWithRetry, type DescribeError, type HttpResponse, type RetryOptions } from './http'
import type {
  AttemptBook,
  CreateAttempt,
  CreatedGatewayLink,
  GatewayClient,
  GatewayStatus,
  PaymentLinkStatus,
  PaymentOrder,
} from '../types'

/** What we send to create a link: the SDK's own type, so a misspelt or mistyped field fails tsc. */
export type RazorpayLinkCreate = PaymentLinks.RazorpayPaymentLinkCreateRequestBody
/** The fields of the Payment Link entity we read (the SDK's type; checked at run time too). */
export type RazorpayLinkAnswer = Partial<
  Pick<
    PaymentLinks.RazorpayPaymentLink,
    'id' | 'short_url' | 'status' | 'amount_paid' | 'expire_by' | 'reference_id' | 'amount' | 'currency'
  >
>
export const RAZORPAY_BASE_URL = 'https://api.razorpay.com'

export interface RazorpayConfig {
  keyId: string
  keySecret: string
  /** Injectable so tests point at the local double. */
  baseUrl?: string
  /** Let the customer pay in parts (the order shows partially paid). Default false. */
  acceptPartial?: boolean
  /** Link lifetime; Razorpay needs at least 15 minutes and at most six months. Default 24 h. */
  expiryMinutes?: number
  /** Shown on the payment page: "<shopName> order 1042". */
  shopName?: string
  /** The engine's clock (shared/clock.ts): expiry is computed from it, never from the computer's. */
  now: () => number
  retry?: RetryOptions
}

// expire_by: "at least 15 minutes after current time" (create-standard docs) and "cannot exceed more than six
// months from the date of creation" (Payment Link entity docs); a minute/day of margin for the request's time.
const MIN_EXPIRY_MS = 16 * 60_000
const MAX_EXPIRY_MS = 180 * 24 * 60 * 60_000

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

/**
 * reference_id: the order number; a later link for the same order (after expiry) gets "-2", "-3", ...; a later
 * generation of one attempt (its reference is held by a link we cannot use) gets "-r2", "-r3", ... (≤ 40 chars).
 */
export function razorpayReference(orderNumber: string, attempt = 1, generation = 1): string {
  const base = attempt > 1 ? `${orderNumber}-${attempt}` : orderNumber
  if (generation <= 1) return base
  const suffix = `-r${generation}`
  return base.slice(0, 40 - suffix.length) + suffix
}

export class RazorpayClient implements GatewayClient {
  readonly provider = 'razorpay' as const
  private readonly baseUrl: string
  private readonly auth: string
  private readonly now: () => number
  private readonly memory = new MemoryAttemptBook()

  constructor(private readonly config: RazorpayConfig) {
    if (!config.keyId || !config.keySecret) {
      throw new PaymentError({
        kind: 'auth',
        provider: 'razorpay',
        message: 'Razorpay keys are not set. Add the key id and secret in Settings → Payments.',
        text: { key: 'razorpayNoKeyId' },
      })
    }
    this.baseUrl = (config.baseUrl ?? RAZORPAY_BASE_URL).replace(/\/+$/, '')
    this.auth = `Basic ${Buffer.from(`${config.keyId}:${config.keySecret}`).toString('base64')}`
    this.now = config.now
  }

  private expiryFrom = (now: number): number => {
    const wanted = now + (this.config.expiryMinutes ?? 24 * 60) * 60_000
    return Math.min(Math.max(wanted, now + MIN_EXPIRY_MS), now + MAX_EXPIRY_MS)
  }

  /** The create body for one attempt and generation. */
  linkParams(order: PaymentOrder, a: CreateAttempt): RazorpayLinkCreate {
    return {
      amount: a.amount,
      currency: a.currency,
      accept_partial: this.config.acceptPartial ?? false,
      reference_id: razorpayReference(order.number, a.attempt, a.generation),
      description: `${this.config.shopName ? `${this.config.shopName} ` : ''}order ${order.number}`.slice(
        0,
        2048,
      ),
      customer: { contact: order.customer, ...(order.customerName ? { name: order.customerName } : {}) },
      // The customer gets the link on WhatsApp from us; no SMS or e-mail from Razorpay.
      notify: { sms: false, email: false },
      reminder_enable: false,
      expire_by: Math.ceil(a.expiresAt / 1000),
      notes: { order: order.number, source: 'counterchat' },
    }
  }

  /**
   * Makes (or finds) the link for this order and attempt. Never two live links for one attempt, and never
   * stuck: after an uncertain create (timeout, dropped connection, 5xx) or any 400 on create, the link is looked
   * up by its reference_id (never by the wording of an error). A usable link (created, current total) is
   * returned; one that cannot be used (another amount, or no longer payable) moves the attempt to a new
   * reference. When nothing holds the reference, the same reference is created again: Razorpay keeps
   * reference_id unique, so a create that lands late cannot make a second link.
   */
  async createLink(
    order: PaymentOrder,
    opts: { attempt?: number; book?: AttemptBook } = {},
  ): Promise<CreatedGatewayLink> {
    const book = opts.book ?? this.memory
    const attemptNo = Math.max(1, opts.attempt ?? 1)
    let a = openAttempt(book, order, 'razorpay', attemptNo, this.now(), this.expiryFrom)
    const save = (next: CreateAttempt): void => {
      a = next
      book.save(next)
    }
    for (let round = 1; ; round++) {
      if (a.uncertain || !sameBody(a, order)) {
        const found = await this.recover(order, a)
        if (found === 'free') {
          if (!sameBody(a, order)) save(nextGeneration(a, order, this.now(), this.expiryFrom))
        } else if (found === 'taken') {
          save(nextGeneration(a, order, this.now(), this.expiryFrom))
        } else {
          save({ ...a, uncertain: false })
          return found
        }
      }
      save({ ...a, uncertain: true }) // before the call: a crash mid-call is looked up next time
      try {
        const res = await this.call('POST', '/v1/payment_links', this.linkParams(order, a))
        const created = this.toCreated(
          res.json,
          razorpayReference(order.number, a.attempt, a.generation),
          true,
        )
        save({ ...a, uncertain: false })
        return created
      } catch (err) {
        if (!(err instanceof PaymentError)) throw err
        // A 400 may mean the reference is already taken (Razorpay documents that reference_id is unique, not the
        // words it answers with), so it is looked up like an uncertain answer; if nothing holds the reference,
        // the refusal was about something else and goes to the shopkeeper.
        const maybeTaken = err.kind === 'invalid' && err.status === 400
        if (!err.uncertain && !maybeTaken) {
          save({ ...a, uncertain: false })
          throw err
        }
        if (maybeTaken) {
          const found = await this.recover(order, a)
          if (found === 'free') {
            save({ ...a, uncertain: false })
            throw err
          }
          if (found !== 'taken') {
            save({ ...a, uncertain: false })
            return found
          }
          save(nextGeneration(a, order, this.now(), this.expiryFrom))
          if (round >= 2) throw err
          continue
        }
        if (round >= 2) throw err // stays uncertain: the next request looks it up first
      }
    }
  }

  /**
   * The link holding this attempt's reference: returned when usable (created, asking the current total);
   * 'taken' when it cannot be used (cancelled first if still open: it was never sent), 'free' when none.
   */
  private async recover(
    order: PaymentOrder,
    a: CreateAttempt,
  ): Promise<CreatedGatewayLink | 'taken' | 'free'> {
    const reference = razorpayReference(order.number, a.attempt, a.generation)
    const existing = await this.findByReference(reference)
    if (!existing) return 'free'
    if (
      existing.amount === order.total &&
      existing.currency === order.currency &&
      existing.link.status === 'created'
    )
      return existing.link
    if (existing.link.status === 'created') await this.cancel(existing.link.id)
    return 'taken'
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
  ): Promise<{ link: CreatedGatewayLink; amount: number; currency: string | null } | null> {
    const res = await this.call('GET', `/v1/payment_links?reference_id=${encodeURIComponent(reference)}`)
    const list = (res.json as { payment_links?: unknown } | null)?.payment_links
    if (!Array.isArray(list)) throw this.badAnswer()
    const match = (list as RazorpayLinkAnswer[]).find((l) => l.reference_id === reference)
    if (!match) return null
    return {
      link: this.toCreated(match, reference),
      amount: typeof match.amount === 'number' ? match.amount : -1,
      currency: typeof match.currency === 'string' ? match.currency : null,
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

  /** `fromCreate`: an unreadable answer to a create leaves it uncertain (a link may exist). */
  private toCreated(json: unknown, reference: string, fromCreate = false): CreatedGatewayLink {
    const link = (json ?? {}) as RazorpayLinkAnswer
    if (typeof link.id !== 'string' || typeof link.short_url !== 'string') throw this.badAnswer(fromCreate)
    return {
      id: link.id,
      url: link.short_url,
      status: mapRazorpayStatus(typeof link.status === 'string' ? link.status : 'created'),
      expiresAt: typeof link.expire_by === 'number' && link.expire_by > 0 ? link.expire_by * 1000 : null,
      reference: typeof link.reference_id === 'string' ? link.reference_id : reference,
    }
  }

  private toStatus(json: unknown): GatewayStatus {
    const link = (json ?? {}) as RazorpayLinkAnswer
    if (typeof link.status !== 'string') throw this.badAnswer()
    return {
      status: mapRazorpayStatus(link.status),
      amountPaid: typeof link.amount_paid === 'number' ? link.amount_paid : 0,
      raw: link.status,
    }
  }

  private badAnswer(uncertain = false): PaymentError {
    return new PaymentError({
      kind: 'server',
      provider: 'razorpay',
      uncertain,
      message: 'Razorpay sent an answer we could not read. The link will be tried again shortly.',
      text: { key: 'unreadableAnswer', params: { provider: 'Razorpay' } },
    })
  }
}
