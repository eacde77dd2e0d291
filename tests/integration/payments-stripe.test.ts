// Contract tests: the Stripe client against a local server that answers like Stripe's documented Checkout
// Sessions API (tests/payment-doubles/stripe-double.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StripeClient, formEncode } from '../../electron/engine/payments/providers/stripe'
import type { PaymentOrder } from '../../electron/engine/payments/types'
import { startStripeDouble, parseForm, type StripeDouble } from '../payment-doubles/stripe-double'
import { FakeClock } from '../fixtures/clock'

let double: StripeDouble
let clock: FakeClock
const waits: number[] = []
const retry = {
  sleep: async (ms: number) => void waits.push(ms),
  random: () => 0.5,
  // long enough for a busy computer's answer from the double; a hung request costs this much per attempt
  timeoutMs: 1000,
  maxAttempts: 3,
}
const order: PaymentOrder = { number: 'A-77', total: 1250, currency: 'EUR', customer: '+4915112345678' }

function client(overrides: Partial<ConstructorParameters<typeof StripeClient>[0]> = {}) {
  return new StripeClient({
    secretKey: double.secretKey,
    baseUrl: double.url,
    shopName: 'Café Klein',
    retry,
    now: clock.now,
    ...overrides,
  })
}

beforeEach(async () => {
  waits.length = 0
  clock = new FakeClock()
  double = await startStripeDouble({ clock })
})
afterEach(async () => {
  await double.close()
})

describe('Stripe Checkout Session contract', () => {
  it('success: form-encoded session with client_reference_id, price_data in minor units, Bearer auth, Idempotency-Key', async () => {
    const link = await client({ successUrl: 'https://shop.example/thanks' }).createLink(order)
    expect(link.id).toMatch(/^cs_test_/)
    expect(link.url).toBe(`https://checkout.stripe.com/c/pay/${link.id}`)
    expect(link.status).toBe('created')
    expect(link.reference).toBe('A-77')
    const req = double.requests[0]!
    expect(req.path).toBe('/v1/checkout/sessions')
    expect(req.headers.authorization).toBe(`Bearer ${double.secretKey}`)
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(req.headers['idempotency-key']).toBe('counterchat-order-A-77-1')
    expect(parseForm(req.body)).toMatchObject({
      mode: 'payment',
      client_reference_id: 'A-77',
      line_items: {
        '0': {
          quantity: '1',
          price_data: {
            currency: 'eur',
            unit_amount: '1250',
            product_data: { name: 'Café Klein order A-77' },
          },
        },
      },
      metadata: { order: 'A-77' },
      success_url: 'https://shop.example/thanks',
    })
    const expiresAt = Number(parseForm(req.body).expires_at)
    expect(expiresAt).toBeGreaterThan(Math.floor(clock.now() / 1000) + 30 * 60)
    expect(expiresAt).toBeLessThanOrEqual(Math.floor(clock.now() / 1000) + 24 * 3600)
  })

  it('the same order twice is one session (idempotent replay), a later attempt is a new one', async () => {
    const c = client()
    const a = await c.createLink(order)
    const b = await c.createLink(order)
    expect(b.id).toBe(a.id)
    expect(double.sessions.size).toBe(1)
    const c2 = await c.createLink(order, { attempt: 2 })
    expect(c2.id).not.toBe(a.id)
  })

  it('a session paid on the second poll: open, then complete/paid with amount_total', async () => {
    const c = client()
    const link = await c.createLink(order)
    double.payOnPoll(link.id, 2)
    expect(await c.getStatus(link.id)).toEqual({ status: 'created', amountPaid: 0, raw: 'open/unpaid' })
    expect(await c.getStatus(link.id)).toEqual({ status: 'paid', amountPaid: 1250, raw: 'complete/paid' })
  })

  it('expired sessions report expired; cancel expires an open session; cancel on a paid one reports paid', async () => {
    const c = client()
    const a = await c.createLink(order)
    double.expire(a.id)
    expect((await c.getStatus(a.id)).status).toBe('expired')
    const b = await c.createLink({ ...order, number: 'A-78' })
    expect((await c.cancel(b.id)).status).toBe('cancelled')
    expect(double.requests.at(-1)!.path).toBe(`/v1/checkout/sessions/${b.id}/expire`)
    const d = await c.createLink({ ...order, number: 'A-79' })
    double.pay(d.id)
    expect(await c.cancel(d.id)).toEqual({ status: 'paid', amountPaid: 1250, raw: 'complete/paid' })
  })

  it('400: a refused create is not retried, and Stripe’s message is passed on', async () => {
    const err = await client()
      .createLink({ ...order, currency: 'EU' as PaymentOrder['currency'] })
      .catch((e) => e)
    expect(err.kind).toBe('invalid')
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/^Stripe refused the payment link: Invalid currency: eu\./)
    expect(double.requests).toHaveLength(1)
  })

  it('the double sets no invented minimum: 1 minor unit in any currency makes a session', async () => {
    expect((await client().createLink({ ...order, total: 1 })).status).toBe('created')
    expect((await client().createLink({ ...order, number: 'A-80', total: 1, currency: 'INR' })).status).toBe(
      'created',
    )
  })

  it('mode is optional (Stripe.Checkout.SessionCreateParams): the double accepts a create without it', async () => {
    const res = await fetch(`${double.url}/v1/checkout/sessions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${double.secretKey}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'line_items[0][quantity]=1&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=300&line_items[0][price_data][product_data][name]=x',
    })
    expect(res.status).toBe(200)
  })

  it('401: a wrong key is not retried, and the key never appears in the error', async () => {
    const wrong = 'sk_test_WrongKey9999999999'
    const err = await client({ secretKey: wrong })
      .createLink(order)
      .catch((e) => e)
    expect(err.kind).toBe('auth')
    expect(err.message).toBe('Stripe did not accept the API key. Check the key in Settings → Payments.')
    expect(err.detail).toMatch(/^Invalid API Key provided: sk_test_…/)
    expect(JSON.stringify({ ...err, m: err.message, d: err.detail })).not.toContain(wrong)
    expect(double.requests).toHaveLength(1)
  })

  it('429: retried after Retry-After, with the same Idempotency-Key', async () => {
    double.failNext(1, { status: 429, retryAfter: '1' })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(waits).toEqual([1000])
    expect(double.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'counterchat-order-A-77-1',
      'counterchat-order-A-77-1',
    ])
  })

  it('500: retried; persistent 5xx ends as a server error', async () => {
    double.failNext(1, { status: 500 })
    expect((await client().createLink(order)).status).toBe('created')
    double.failNext(3, { status: 500 })
    const err = await client()
      .getStatus('cs_test_x')
      .catch((e) => e)
    expect(err.kind).toBe('server')
  })

  it(
    'timeout: retried with the same Idempotency-Key, so only one session exists',
    { timeout: 30_000 },
    async () => {
      double.failNext(1, { hang: true })
      const link = await client().createLink(order)
      expect(link.status).toBe('created')
      expect(double.sessions.size).toBe(1)
      double.failNext(3, { hang: true })
      const err = await client()
        .getStatus(link.id)
        .catch((e) => e)
      expect(err.kind).toBe('timeout')
    },
  )

  it('404 on an unknown session is invalid, not retried', async () => {
    const err = await client()
      .getStatus('cs_test_nope')
      .catch((e) => e)
    expect(err.kind).toBe('invalid')
    expect(double.requests).toHaveLength(1)
  })

  it('formEncode nests like Stripe expects', () => {
    expect(formEncode({ a: 1, b: [{ c: { d: 'x y' } }], e: undefined, f: true })).toBe(
      'a=1&b%5B0%5D%5Bc%5D%5Bd%5D=x%20y&f=true',
    )
  })
})

describe('Stripe idempotency conflicts', () => {
  it('a key first used with other parameters (state lost) finds the orphan session by lookup: still one session', async () => {
    const orphan = await client({ now: () => clock.now() - 10 * 60_000 }).createLink(order) // answer lost
    const link = await client().createLink(order)
    expect(link.id).toBe(orphan.id)
    expect(double.sessions.size).toBe(1)
    expect(double.requests.map((r) => `${r.method} ${r.path} ${r.headers['idempotency-key'] ?? ''}`)).toEqual(
      [
        'POST /v1/checkout/sessions counterchat-order-A-77-1',
        'POST /v1/checkout/sessions counterchat-order-A-77-1',
        'GET /v1/checkout/sessions ',
      ],
    )
  })

  it('the lookup pages through the session list (newest first) to find an older orphan', async () => {
    // answer lost; made ten minutes earlier, so today's body differs and the key clashes: lookup
    const orphan = await client({ now: () => clock.now() - 10 * 60_000 }).createLink(order)
    const other = client()
    for (let i = 0; i < 120; i++) await other.createLink({ ...order, number: `B-${i}` })
    double.requests.length = 0
    const link = await client().createLink(order)
    expect(link.id).toBe(orphan.id)
    const lists = double.requests.filter((r) => r.method === 'GET')
    expect(lists).toHaveLength(2)
    expect(lists[1]!.query.get('starting_after')).toMatch(/^cs_test_/)
  })

  it('an orphan session for another amount is expired (never sent) and the attempt goes out under a new key', async () => {
    const orphan = await client().createLink({ ...order, total: 999 })
    const link = await client().createLink(order)
    expect(link.id).not.toBe(orphan.id)
    expect(double.sessions.get(orphan.id)!.status).toBe('expired')
    expect(double.sessions.get(link.id)!.amount_total).toBe(1250)
    expect(double.requests.at(-1)!.headers['idempotency-key']).toBe('counterchat-order-A-77-1-g2')
  })

  it('a request that failed validation does not burn its key', async () => {
    await client()
      .createLink({ ...order, currency: 'EU' as PaymentOrder['currency'] })
      .catch(() => {})
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'counterchat-order-A-77-1',
      'counterchat-order-A-77-1',
    ])
  })

  it(
    'the same key always carries the same body: expires_at is computed once per attempt, even as time passes',
    { timeout: 30_000 },
    async () => {
      const c = client()
      double.failNext(1, { reset: true, afterRoute: true }) // made, answer lost
      double.failNext(5, { hang: true }) // the two retries of the create, then the three tries of the lookup
      const err = await c.createLink(order).catch((e) => e) // gives up: stays uncertain
      expect(err.kind).toBe('timeout')
      clock.advance(5 * 60_000)
      const link = await c.createLink(order) // looks up first, finds the session made by the first create
      const creates = double.requests.filter((r) => r.method === 'POST')
      expect(new Set(creates.map((r) => r.body)).size).toBe(1)
      expect(new Set(creates.map((r) => r.headers['idempotency-key'])).size).toBe(1)
      expect(double.sessions.size).toBe(1)
      expect(link.id).toBe([...double.sessions.keys()][0])
    },
  )
})

describe('Stripe retry rules (Stripe-Should-Retry, 409, rate_limit, 500 replay)', () => {
  it('409 (the same key still in flight) is retried under the same key', async () => {
    double.failNext(1, { status: 409 })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'counterchat-order-A-77-1',
      'counterchat-order-A-77-1',
    ])
    expect(double.sessions.size).toBe(1)
  })

  it('Stripe-Should-Retry: true retries even a 400', async () => {
    double.failNext(1, { status: 400, headers: { 'Stripe-Should-Retry': 'true' } })
    expect((await client().getStatus((await client().createLink(order)).id)).status).toBe('created')
    expect(double.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('Stripe-Should-Retry: false stops at once, even on a 503', async () => {
    const link = await client().createLink(order)
    double.failNext(1, { status: 503, headers: { 'Stripe-Should-Retry': 'false' } })
    const err = await client()
      .getStatus(link.id)
      .catch((e) => e)
    expect(err.kind).toBe('server')
    expect(double.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
  })

  it('a 400 whose code is rate_limit is a rate limit: retried, and worded as one', async () => {
    const json = {
      error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests.' },
    }
    double.failNext(1, { status: 400, json })
    expect((await client().createLink(order)).status).toBe('created')
    double.failNext(3, { status: 400, json })
    const err = await client()
      .getStatus('cs_test_x')
      .catch((e) => e)
    expect(err.kind).toBe('rate_limited')
    expect(err.message).toBe('Stripe is asking us to slow down. The link will be tried again shortly.')
  })

  it('a 500 saved for the key is not replayed: the session is looked up (found), no second one is made', async () => {
    double.failAfterCreate(1) // the session is made, Stripe answers 500 and saves it for the key
    const link = await client().createLink(order)
    expect(double.sessions.size).toBe(1)
    expect(link.id).toBe([...double.sessions.keys()][0])
    expect(double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/checkout/sessions',
      'GET /v1/checkout/sessions',
    ])
  })

  it('a 500 on create that Stripe marks Stripe-Should-Retry: true is retried under the same key', async () => {
    double.failNext(1, { status: 500, headers: { 'Stripe-Should-Retry': 'true' } })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.requests.map((r) => `${r.method} ${r.headers['idempotency-key'] ?? ''}`)).toEqual([
      'POST counterchat-order-A-77-1',
      'POST counterchat-order-A-77-1',
    ])
  })

  it('a 500 before anything was made: nothing is found, so the create goes out under a new key', async () => {
    double.failNext(1, { status: 500 })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.sessions.size).toBe(1)
    expect(double.requests.map((r) => r.headers['idempotency-key'] ?? 'lookup')).toEqual([
      'counterchat-order-A-77-1',
      'lookup',
      'counterchat-order-A-77-1-g2',
    ])
  })
})

describe('Stripe session states', () => {
  it('complete + unpaid is failed (payment failed or pending), and a delayed payment that settles reads paid', async () => {
    const c = client()
    const link = await c.createLink(order)
    double.completeUnpaid(link.id)
    expect(await c.getStatus(link.id)).toEqual({ status: 'failed', amountPaid: 0, raw: 'complete/unpaid' })
    double.settleDelayed(link.id)
    expect(await c.getStatus(link.id)).toEqual({ status: 'paid', amountPaid: 1250, raw: 'complete/paid' })
  })

  it('complete + no_payment_required is not taken as money received', async () => {
    const c = client()
    const link = await c.createLink(order)
    double.completeNoPaymentRequired(link.id)
    expect(await c.getStatus(link.id)).toEqual({
      status: 'failed',
      amountPaid: 0,
      raw: 'complete/no_payment_required',
    })
  })

  it('a null status is read, not "could not read": open until expires_at, expired after', async () => {
    const c = client({ expiryMinutes: 60 })
    const link = await c.createLink(order)
    double.nullStatus(link.id)
    expect(await c.getStatus(link.id)).toEqual({ status: 'created', amountPaid: 0, raw: 'null/unpaid' })
    clock.advance(61 * 60_000)
    expect(await c.getStatus(link.id)).toEqual({ status: 'expired', amountPaid: 0, raw: 'null/unpaid' })
  })
})
