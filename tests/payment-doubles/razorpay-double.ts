// A local server that answers like Razorpay's documented Payment Links API
// (https://razorpay.com/docs/api/payments/payment-links/): Basic auth with key_id:key_secret, JSON bodies,
// entity fields as in the "Payment Links Entity" page, errors as {"error":{"code","description","field",
// "source","step","reason","metadata"}}. Test controls: pay(), expire(), payOnPoll(), failNext().
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

export interface RazorpayLink {
  id: string
  amount: number
  amount_paid: number
  accept_partial: boolean
  first_min_partial_amount: number
  currency: string
  reference_id: string
  description: string
  customer: { name?: string; contact?: string; email?: string }
  notify: { sms: boolean; email: boolean }
  reminder_enable: boolean
  notes: Record<string, string>
  expire_by: number
  expired_at: number
  cancelled_at: number
  created_at: number
  updated_at: number
  short_url: string
  status: 'created' | 'partially_paid' | 'paid' | 'expired' | 'cancelled'
  payments: Array<{ amount: number; payment_id: string; status: string; method: string; created_at: number }>
  upi_link: boolean
  user_id: string
}

export interface RazorpayDouble extends DoubleServer {
  keyId: string
  keySecret: string
  links: Map<string, RazorpayLink>
  /** A payment arrives: the full amount by default, or part of it (partially_paid when accept_partial). */
  pay(id: string, amount?: number): void
  expire(id: string): void
  /** The link turns paid as the n-th fetch of it arrives (n = 2: "paid on the second poll"). */
  payOnPoll(id: string, n: number, amount?: number): void
  failNext(count: number, fault: Fault): void
  /** The double's clock in Unix seconds (used for expiry checks). */
  nowSeconds: () => number
}

function error(
  status: number,
  description: string,
  field: string | null = null,
  code = 'BAD_REQUEST_ERROR',
): DoubleReply {
  return {
    status,
    json: { error: { code, description, field, source: 'NA', step: 'NA', reason: 'NA', metadata: {} } },
  }
}

function errorBody(status: number): unknown {
  if (status === 401) return error(401, 'The api key provided is invalid').json
  if (status === 429) return error(429, 'Too many requests. Please try after some time.').json
  if (status >= 500) {
    return error(
      status,
      'The server encountered an error. The incident has been reported to admins.',
      null,
      'SERVER_ERROR',
    ).json
  }
  return error(status, 'The request is invalid').json
}

export async function startRazorpayDouble(
  opts: { clock: Clock; keyId?: string; keySecret?: string },
): Promise<RazorpayDouble> {
  const keyId = opts.keyId ?? 'rzp_test_DoubleKey0001'
  const keySecret = opts.keySecret ?? 'double_secret_0123456789abcdef'
  // The double judges expiry on the clock the test gave the engine (see shared/clock.ts), never the computer's.
  const nowSeconds = (): number => unixSeconds(opts.clock)
  const links = new Map<string, RazorpayLink>()
  const pollScripts = new Map<string, { n: number; amount: number | undefined; seen: number }>()
  const expected = `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`

  const applyPayment = (link: RazorpayLink, amount: number): void => {
    const t = nowSeconds()
    link.payments.push({
      amount,
      payment_id: randomId('pay_', 14),
      status: 'captured',
      method: 'upi',
      created_at: t,
    })
    link.amount_paid = Math.min(link.amount, link.amount_paid + amount)
    link.status = link.amount_paid >= link.amount ? 'paid' : 'partially_paid'
    link.updated_at = t
  }

  const refresh = (link: RazorpayLink): RazorpayLink => {
    if (
      (link.status === 'created' || link.status === 'partially_paid') &&
      link.expire_by > 0 &&
      nowSeconds() >= link.expire_by
    ) {
      link.status = 'expired'
      link.expired_at = nowSeconds()
    }
    return link
  }

  const create = (req: RecordedRequest): DoubleReply => {
    let body: Record<string, unknown>
    try {
      body = JSON.parse(req.body) as Record<string, unknown>
    } catch {
      return error(400, 'The request body is not valid JSON')
    }
    const amount = body.amount
    if (typeof amount !== 'number' || !Number.isInteger(amount))
      return error(400, 'The amount must be an integer.', 'amount')
    if (amount < 100) return error(400, 'The amount must be atleast INR 1.00', 'amount')
    const currency = body.currency ?? 'INR'
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
      return error(400, 'The currency is invalid.', 'currency')
    const reference = body.reference_id
    if (reference !== undefined) {
      if (typeof reference !== 'string' || reference.length > 40) {
        return error(400, 'The reference id may not be greater than 40 characters.', 'reference_id')
      }
      if ([...links.values()].some((l) => l.reference_id === reference)) {
        return error(400, `Payment Link with reference id ${reference} already exists`, 'reference_id')
      }
    }
    const expireBy = body.expire_by
    if (expireBy !== undefined) {
      if (typeof expireBy !== 'number' || expireBy < nowSeconds() + 15 * 60) {
        return error(400, 'expire_by should be at least 15 minutes after current time', 'expire_by')
      }
    }
    const customer = (body.customer ?? {}) as RazorpayLink['customer']
    if (customer.contact !== undefined && !/^\+?\d{8,15}$/.test(customer.contact)) {
      return error(400, 'The contact format is invalid.', 'customer.contact')
    }
    const t = nowSeconds()
    const id = randomId('plink_', 14)
    const link: RazorpayLink = {
      id,
      amount,
      amount_paid: 0,
      accept_partial: body.accept_partial === true,
      first_min_partial_amount:
        typeof body.first_min_partial_amount === 'number' ? body.first_min_partial_amount : 0,
      currency,
      reference_id: typeof reference === 'string' ? reference : '',
      description: typeof body.description === 'string' ? body.description : '',
      customer,
      notify: { sms: false, email: false, ...(body.notify as object | undefined) },
      reminder_enable: body.reminder_enable === true,
      notes: (body.notes ?? {}) as Record<string, string>,
      expire_by: typeof expireBy === 'number' ? expireBy : 0,
      expired_at: 0,
      cancelled_at: 0,
      created_at: t,
      updated_at: t,
      short_url: `https://rzp.io/i/${id.slice(6, 13)}`,
      status: 'created',
      payments: [],
      upi_link: false,
      user_id: '',
    }
    links.set(id, link)
    return { status: 200, json: link }
  }

  const route = (req: RecordedRequest): DoubleReply => {
    if (header(req, 'authorization') !== expected) return error(401, 'The api key provided is invalid')
    const path = req.path.replace(/\/+$/, '')
    if (req.method === 'POST' && path === '/v1/payment_links') return create(req)
    if (req.method === 'GET' && path === '/v1/payment_links') {
      const ref = req.query.get('reference_id')
      const list = [...links.values()].map(refresh).filter((l) => ref === null || l.reference_id === ref)
      return { status: 200, json: { payment_links: list } }
    }
    const m = /^\/v1\/payment_links\/([^/]+)(\/cancel)?$/.exec(path)
    if (m) {
      const link = links.get(decodeURIComponent(m[1] ?? ''))
      if (!link) return error(400, 'The id provided does not exist', 'id')
      refresh(link)
      if (req.method === 'GET' && !m[2]) {
        const script = pollScripts.get(link.id)
        if (script) {
          script.seen++
          if (script.seen === script.n && (link.status === 'created' || link.status === 'partially_paid')) {
            applyPayment(link, script.amount ?? link.amount - link.amount_paid)
          }
        }
        return { status: 200, json: link }
      }
      if (req.method === 'POST' && m[2]) {
        if (link.status !== 'created') {
          return error(400, `Payment Link cannot be cancelled in ${link.status} state`, null)
        }
        link.status = 'cancelled'
        link.cancelled_at = nowSeconds()
        link.updated_at = link.cancelled_at
        return { status: 200, json: link }
      }
    }
    return error(404, 'The requested URL was not found on the server.', null)
  }

  const base = await startDouble(route, errorBody)
  return {
    ...base,
    keyId,
    keySecret,
    links,
    nowSeconds,
    pay(id, amount) {
      const link = links.get(id)
      if (!link) throw new Error(`no link ${id}`)
      applyPayment(link, amount ?? link.amount - link.amount_paid)
    },
    expire(id) {
      const link = links.get(id)
      if (!link) throw new Error(`no link ${id}`)
      link.status = 'expired'
      link.expired_at = nowSeconds()
    },
    payOnPoll(id, n, amount) {
      pollScripts.set(id, { n, amount, seen: 0 })
    },
  }
}
