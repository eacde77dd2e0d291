// A local server that answers like Stripe's documented Checkout Sessions API
// (https://docs.stripe.com/api/checkout/sessions): Bearer secret key, form-encoded bodies with a[b][0]=v nesting,
// Idempotency-Key replay, the Session object's status/payment_status, and errors as
// {"error":{"type","message","param","code"}} with Stripe's HTTP status codes.
import { unixSeconds, type Clock } from '../../shared/clock'
import {
  header,
  randomId,
  startDouble,
  type DoubleReply,
  type DoubleServer,
  type Fault,
  type RecordedRequest,
} from './base'

export interface StripeSession {
  id: string
  object: 'checkout.session'
  amount_subtotal: number
  amount_total: number
  client_reference_id: string | null
  created: number
  currency: string
  expires_at: number
  livemode: false
  metadata: Record<string, string>
  mode: string
  payment_status: 'paid' | 'unpaid' | 'no_payment_required'
  status: 'open' | 'complete' | 'expired'
  success_url: string | null
  url: string | null
}

export interface StripeDouble extends DoubleServer {
  secretKey: string
  sessions: Map<string, StripeSession>
  pay(id: string): void
  expire(id: string): void
  /** The session completes and is paid as the n-th retrieve of it arrives. */
  payOnPoll(id: string, n: number): void
  failNext(count: number, fault: Fault): void
}

type Form = { [key: string]: string | Form }

/** Parses Stripe's bracketed form keys into nested objects (arrays become objects keyed "0", "1", ...). */
export function parseForm(body: string): Form {
  const out: Form = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== '')
    let node: Form = out
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value
      else {
        const next = node[part]
        if (typeof next === 'object') node = next
        else node = node[part] = {}
      }
    })
  }
  return out
}

function stripeError(
  status: number,
  type: string,
  message: string,
  param?: string,
  code?: string,
): DoubleReply {
  const error: Record<string, string> = { type, message }
  if (param) error.param = param
  if (code) error.code = code
  return { status, json: { error } }
}

function errorBody(status: number): unknown {
  if (status === 401)
    return stripeError(401, 'invalid_request_error', 'Invalid API Key provided: sk_test_****').json
  if (status === 429) {
    return stripeError(
      429,
      'invalid_request_error',
      'Request rate limit exceeded. Try again later.',
      undefined,
      'rate_limit',
    ).json
  }
  if (status >= 500) return stripeError(status, 'api_error', 'An unknown error occurred.').json
  return stripeError(status, 'invalid_request_error', 'Invalid request.').json
}

export async function startStripeDouble(
  opts: { clock: Clock; secretKey?: string },
): Promise<StripeDouble> {
  const secretKey = opts.secretKey ?? 'sk_test_DoubleKey0123456789'
  // The double judges expiry on the clock the test gave the engine (see shared/clock.ts), never the computer's.
  const nowSeconds = (): number => unixSeconds(opts.clock)
  const sessions = new Map<string, StripeSession>()
  const idempotency = new Map<string, { body: string; path: string; reply: DoubleReply }>()
  const pollScripts = new Map<string, { n: number; seen: number }>()

  const refresh = (s: StripeSession): StripeSession => {
    if (s.status === 'open' && nowSeconds() >= s.expires_at) {
      s.status = 'expired'
      s.url = null
    }
    return s
  }
  const complete = (s: StripeSession): void => {
    s.status = 'complete'
    s.payment_status = 'paid'
    s.url = null
  }

  const create = (req: RecordedRequest): DoubleReply => {
    const form = parseForm(req.body)
    const mode = form.mode
    if (typeof mode !== 'string')
      return stripeError(
        400,
        'invalid_request_error',
        'Missing required param: mode.',
        'mode',
        'parameter_missing',
      )
    if (mode !== 'payment')
      return stripeError(
        400,
        'invalid_request_error',
        `Invalid mode: ${mode} is not supported by this double.`,
        'mode',
      )
    const items = form.line_items
    const item = typeof items === 'object' ? items['0'] : undefined
    if (typeof item !== 'object') {
      return stripeError(
        400,
        'invalid_request_error',
        'You must provide at least one line item.',
        'line_items',
        'parameter_missing',
      )
    }
    const price = item.price_data
    if (typeof price !== 'object')
      return stripeError(
        400,
        'invalid_request_error',
        'Missing required param: line_items[0][price_data].',
        'line_items[0][price_data]',
        'parameter_missing',
      )
    const currency = price.currency
    if (typeof currency !== 'string' || !/^[a-z]{3}$/.test(currency)) {
      return stripeError(
        400,
        'invalid_request_error',
        `Invalid currency: ${String(currency)}.`,
        'line_items[0][price_data][currency]',
      )
    }
    const unit = Number(price.unit_amount)
    if (typeof price.unit_amount !== 'string' || !/^\d+$/.test(price.unit_amount)) {
      return stripeError(
        400,
        'invalid_request_error',
        'Invalid integer: unit_amount.',
        'line_items[0][price_data][unit_amount]',
      )
    }
    const quantity = Number(item.quantity ?? '1')
    const total = unit * quantity
    if (total < 50) {
      return stripeError(
        400,
        'invalid_request_error',
        "The Checkout Session's total amount due must add up to at least 50 minor units.",
        'line_items[0][price_data][unit_amount]',
        'amount_too_small',
      )
    }
    const now = nowSeconds()
    let expiresAt = now + 24 * 3600
    if (form.expires_at !== undefined) {
      expiresAt = Number(form.expires_at)
      if (!Number.isInteger(expiresAt) || expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600) {
        return stripeError(
          400,
          'invalid_request_error',
          'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
          'expires_at',
        )
      }
    }
    const id = randomId('cs_test_', 58)
    const session: StripeSession = {
      id,
      object: 'checkout.session',
      amount_subtotal: total,
      amount_total: total,
      client_reference_id: typeof form.client_reference_id === 'string' ? form.client_reference_id : null,
      created: now,
      currency,
      expires_at: expiresAt,
      livemode: false,
      metadata: (typeof form.metadata === 'object' ? form.metadata : {}) as Record<string, string>,
      mode,
      payment_status: 'unpaid',
      status: 'open',
      success_url: typeof form.success_url === 'string' ? form.success_url : null,
      url: `https://checkout.stripe.com/c/pay/${id}`,
    }
    sessions.set(id, session)
    return { status: 200, json: session }
  }

  const route = (req: RecordedRequest): DoubleReply => {
    const auth = header(req, 'authorization')
    if (!auth) {
      return stripeError(
        401,
        'invalid_request_error',
        'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth.',
      )
    }
    if (auth !== `Bearer ${secretKey}`) {
      const given = auth.replace(/^Bearer\s+/, '')
      return stripeError(
        401,
        'invalid_request_error',
        `Invalid API Key provided: ${given.slice(0, 8)}****${given.slice(-4)}`,
      )
    }
    if (req.method === 'POST') {
      const key = header(req, 'idempotency-key')
      if (key) {
        const seen = idempotency.get(key)
        if (seen) {
          if (seen.body !== req.body || seen.path !== req.path) {
            return stripeError(
              400,
              'idempotency_error',
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            )
          }
          return { ...seen.reply, headers: { ...seen.reply.headers, 'Idempotent-Replayed': 'true' } }
        }
        const reply = routePost(req)
        // Stripe saves the first result for a key once the endpoint started executing (success or 500);
        // requests that failed parameter validation are not saved.
        if (reply.status < 400 || reply.status >= 500)
          idempotency.set(key, {
            body: req.body,
            path: req.path,
            reply: { ...reply, json: JSON.parse(JSON.stringify(reply.json)) },
          })
        return reply
      }
      return routePost(req)
    }
    const m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(req.path)
    if (req.method === 'GET' && m) {
      const id = decodeURIComponent(m[1] ?? '')
      const s = sessions.get(id)
      if (!s) return noSuchSession(id)
      refresh(s)
      const script = pollScripts.get(id)
      if (script) {
        script.seen++
        if (script.seen === script.n && s.status === 'open') complete(s)
      }
      return { status: 200, json: s }
    }
    return stripeError(404, 'invalid_request_error', `Unrecognized request URL (${req.method}: ${req.path}).`)
  }

  // Stripe's answer for an unknown session id, as documented for resource_missing.
  const noSuchSession = (id: string): DoubleReply =>
    stripeError(
      404,
      'invalid_request_error',
      `No such checkout.session: '${id}'`,
      'session',
      'resource_missing',
    )

  const routePost = (req: RecordedRequest): DoubleReply => {
    if (req.path === '/v1/checkout/sessions') return create(req)
    const m = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(req.path)
    if (m) {
      const id = decodeURIComponent(m[1] ?? '')
      const s = sessions.get(id)
      if (!s) return noSuchSession(id)
      refresh(s)
      if (s.status !== 'open') {
        return stripeError(
          400,
          'invalid_request_error',
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${s.status}".`,
        )
      }
      s.status = 'expired'
      s.url = null
      return { status: 200, json: s }
    }
    return stripeError(404, 'invalid_request_error', `Unrecognized request URL (POST: ${req.path}).`)
  }

  const base = await startDouble(route, errorBody)
  return {
    ...base,
    secretKey,
    sessions,
    pay(id) {
      const s = sessions.get(id)
      if (!s) throw new Error(`no session ${id}`)
      complete(s)
    },
    expire(id) {
      const s = sessions.get(id)
      if (!s) throw new Error(`no session ${id}`)
      s.status = 'expired'
      s.url = null
    },
    payOnPoll(id, n) {
      pollScripts.set(id, { n, seen: 0 })
    },
  }
}
