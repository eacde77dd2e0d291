// Contract tests: the Stripe client against a local server that answers like Stripe's documented Checkout
// Sessions API (tests/payment-doubles/stripe-double.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StripeClient, formEncode } from '../../electron/engine/payments/stripe'
import type { PaymentOrder } from '../../electron/engine/payments/types'
import { startStripeDouble, parseForm, type StripeDouble } from '../payment-doubles/stripe-double'
import { FakeClock } from '../fixtures/clock'

let double: StripeDouble
let clock: FakeClock
const waits: number[] = []
const retry = {
  sleep: async (ms: number) => void waits.push(ms),
  random: () => 0.5,
  timeoutMs: 150,
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

  it('400: an amount below the minimum is not retried, and Stripe’s message is passed on', async () => {
    const err = await client()
      .createLink({ ...order, total: 20 })
      .catch((e) => e)
    expect(err.kind).toBe('invalid')
    expect(err.status).toBe(400)
    expect(err.message).toMatch(
      /^Stripe refused the payment link: The Checkout Session's total amount due must add up to at least 50/,
    )
    expect(double.requests).toHaveLength(1)
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

  it('timeout: retried with the same Idempotency-Key, so only one session exists', async () => {
    double.failNext(1, { hang: true })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.sessions.size).toBe(1)
    double.failNext(3, { hang: true })
    const err = await client()
      .getStatus(link.id)
      .catch((e) => e)
    expect(err.kind).toBe('timeout')
  })

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
  it('a key first used with other parameters (an orphan session) leads to a fresh key, not a failure', async () => {
    await client({ now: () => clock.now() - 10 * 60_000 }).createLink(order) // answer lost: never stored or sent
    const link = await client().createLink(order)
    expect(double.sessions.size).toBe(2)
    expect(link.id).toMatch(/^cs_test_/)
    const keys = double.requests.map((r) => r.headers['idempotency-key'])
    expect(keys[0]).toBe('counterchat-order-A-77-1')
    expect(keys[1]).toBe('counterchat-order-A-77-1')
    expect(keys[2]).toMatch(/^counterchat-order-A-77-1-\d+$/)
  })

  it('a request that failed validation does not burn its key', async () => {
    await client()
      .createLink({ ...order, total: 10 })
      .catch(() => {})
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(double.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'counterchat-order-A-77-1',
      'counterchat-order-A-77-1',
    ])
  })
})
