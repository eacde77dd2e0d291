// Contract tests: the Razorpay client against a local server that answers like Razorpay's documented
// Payment Links API (tests/payment-doubles/razorpay-double.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RazorpayClient } from '../../electron/engine/payments/providers/razorpay'
import { PaymentError } from '../../electron/engine/errors'
import type { PaymentOrder } from '../../electron/engine/payments/types'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles/razorpay-double'
import { FakeClock } from '../fixtures/clock'

let double: RazorpayDouble
let clock: FakeClock
const waits: number[] = []
const retry = {
  sleep: async (ms: number) => void waits.push(ms),
  random: () => 0.5,
  // long enough for a busy computer's answer from the double; a hung request costs this much per attempt
  timeoutMs: 1000,
  maxAttempts: 3,
}
const order: PaymentOrder = {
  number: '1042',
  total: 45250,
  currency: 'INR',
  customer: '+919876543210',
  customerName: 'Asha Rao',
}

function client(overrides: Partial<ConstructorParameters<typeof RazorpayClient>[0]> = {}) {
  return new RazorpayClient({
    keyId: double.keyId,
    keySecret: double.keySecret,
    baseUrl: double.url,
    shopName: 'Sharma Stores',
    retry,
    now: clock.now,
    ...overrides,
  })
}

beforeEach(async () => {
  waits.length = 0
  clock = new FakeClock()
  double = await startRazorpayDouble({ clock })
})
afterEach(async () => {
  await double.close()
})

describe('Razorpay Payment Links contract', () => {
  it('success: creates a link with amount in paise, the order number as reference_id, contact and expiry', async () => {
    const link = await client().createLink(order)
    expect(link.id).toMatch(/^plink_/)
    expect(link.url).toMatch(/^https:\/\/rzp\.io\/i\//)
    expect(link.status).toBe('created')
    expect(link.reference).toBe('1042')
    expect(double.requests).toHaveLength(1)
    const req = double.requests[0]!
    expect(req.method).toBe('POST')
    expect(req.path).toBe('/v1/payment_links')
    expect(req.headers.authorization).toBe(
      `Basic ${Buffer.from(`${double.keyId}:${double.keySecret}`).toString('base64')}`,
    )
    expect(req.headers['content-type']).toBe('application/json')
    const body = JSON.parse(req.body)
    expect(body).toMatchObject({
      amount: 45250,
      currency: 'INR',
      reference_id: '1042',
      accept_partial: false,
      customer: { contact: '+919876543210', name: 'Asha Rao' },
      notify: { sms: false, email: false },
      description: 'Sharma Stores order 1042',
    })
    expect(body.expire_by).toBeGreaterThanOrEqual(Math.floor(clock.now() / 1000) + 15 * 60)
    expect(link.expiresAt).toBe(body.expire_by * 1000)
  })

  it('a link paid on the second poll: created, then paid with the amount', async () => {
    const c = client()
    const link = await c.createLink(order)
    double.payOnPoll(link.id, 2)
    expect(await c.getStatus(link.id)).toEqual({ status: 'created', amountPaid: 0, raw: 'created' })
    expect(await c.getStatus(link.id)).toEqual({ status: 'paid', amountPaid: 45250, raw: 'paid' })
    expect(double.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
  })

  it('partial payment, expiry and cancellation map to the common statuses', async () => {
    const c = client({ acceptPartial: true })
    const a = await c.createLink(order)
    double.pay(a.id, 20000)
    expect(await c.getStatus(a.id)).toEqual({
      status: 'partially_paid',
      amountPaid: 20000,
      raw: 'partially_paid',
    })
    const b = await c.createLink({ ...order, number: '1043' })
    double.expire(b.id)
    expect((await c.getStatus(b.id)).status).toBe('expired')
    const d = await c.createLink({ ...order, number: '1044' })
    expect((await c.cancel(d.id)).status).toBe('cancelled')
    expect(double.requests.at(-1)!.path).toBe(`/v1/payment_links/${d.id}/cancel`)
  })

  it('cancelling a link that was paid meanwhile reports paid (the money is not lost)', async () => {
    const c = client()
    const link = await c.createLink(order)
    double.pay(link.id)
    expect(await c.cancel(link.id)).toEqual({ status: 'paid', amountPaid: 45250, raw: 'paid' })
  })

  it('400: a bad amount is not retried and is explained in plain words (after one lookup of the reference)', async () => {
    const err = await client()
      .createLink({ ...order, total: 50 })
      .catch((e) => e)
    expect(err).toBeInstanceOf(PaymentError)
    expect(err.kind).toBe('invalid')
    expect(err.status).toBe(400)
    expect(err.message).toBe(
      "Razorpay refused the payment link: The amount must be atleast INR 1.00. Check the amount and the customer's number.",
    )
    // One create, then one lookup (a 400 could mean the reference is taken; nothing holds it, so it was the amount).
    expect(double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/payment_links',
      'GET /v1/payment_links',
    ])
  })

  it('401: a wrong key is not retried, says to check the key, and never repeats the secret', async () => {
    const err = await client({ keySecret: 'wrong_secret_value_123' })
      .createLink(order)
      .catch((e) => e)
    expect(err.kind).toBe('auth')
    expect(err.status).toBe(401)
    expect(err.message).toBe('Razorpay did not accept the API key. Check the key in Settings → Payments.')
    expect(JSON.stringify(err)).not.toContain('wrong_secret_value_123')
    expect(String(err.stack)).not.toContain('wrong_secret_value_123')
    expect(double.requests).toHaveLength(1)
  })

  it('429: waits as told by Retry-After, then succeeds', async () => {
    double.failNext(1, { status: 429, retryAfter: '2' })
    const link = await client().createLink(order)
    expect(link.status).toBe('created')
    expect(waits).toEqual([2000])
    expect(double.requests).toHaveLength(2)
  })

  it('500: retried with backoff; persistent 500 becomes a server error after the last attempt', async () => {
    double.failNext(2, { status: 500 })
    expect((await client().createLink(order)).status).toBe('created')
    expect(double.requests).toHaveLength(3)
    expect(waits).toEqual([375, 750])

    double.failNext(3, { status: 503 })
    const err = await client()
      .getStatus('plink_whatever')
      .catch((e) => e)
    expect(err.kind).toBe('server')
    expect(err.message).toBe('Razorpay is having trouble right now. The link will be tried again shortly.')
  })

  it(
    'timeout: a silent server is abandoned per attempt and the call retried',
    { timeout: 30_000 },
    async () => {
      double.failNext(1, { hang: true })
      const link = await client().createLink(order)
      expect(link.status).toBe('created')
      expect(double.requests).toHaveLength(2)
      expect(double.links.size).toBe(1)

      double.failNext(3, { hang: true })
      const err = await client()
        .getStatus(link.id)
        .catch((e) => e)
      expect(err.kind).toBe('timeout')
    },
  )

  it('network: a dropped connection is retried', async () => {
    double.failNext(1, { reset: true })
    expect((await client().createLink(order)).status).toBe('created')
  })

  it('a retried create that meets its own reference_id returns that link instead of failing', async () => {
    // The first create reached Razorpay but its answer was lost: the link exists, the client does not know it.
    const first = await client().createLink(order)
    const again = await client().createLink(order)
    expect(again.id).toBe(first.id)
    expect(double.links.size).toBe(1)
    expect(double.requests.at(-1)!.query.get('reference_id')).toBe('1042')
  })

  it('a new link for the same order after expiry gets a new reference_id', async () => {
    const c = client()
    const first = await c.createLink(order)
    double.expire(first.id)
    const second = await c.createLink(order, { attempt: 2 })
    expect(second.reference).toBe('1042-2')
    expect(second.id).not.toBe(first.id)
  })
})

describe('Razorpay expire_by limits (create-standard: ≥ 15 minutes ahead; entity: ≤ six months)', () => {
  it('the double refuses expire_by beyond six months or under 15 minutes; the client clamps into the window', async () => {
    const raw = (expireBy: number) =>
      fetch(`${double.url}/v1/payment_links`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${double.keyId}:${double.keySecret}`).toString('base64')}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ amount: 1000, currency: 'INR', customer: {}, expire_by: expireBy }),
      })
    const now = Math.floor(clock.now() / 1000)
    expect((await raw(now + 200 * 24 * 3600)).status).toBe(400)
    expect((await raw(now + 10 * 60)).status).toBe(400)
    expect((await raw(now + 170 * 24 * 3600)).status).toBe(200)

    const long = await client({ expiryMinutes: 60 * 24 * 365 }).createLink(order)
    expect(long.expiresAt).toBe(clock.now() + 180 * 24 * 3600 * 1000)
    const short = await client({ expiryMinutes: 1 }).createLink({ ...order, number: '1043' })
    expect(short.expiresAt).toBe(clock.now() + 16 * 60 * 1000)
  })
})

describe('Razorpay reference conflicts', () => {
  it('an orphan link under the same reference with another amount is cancelled and the attempt moves to a new reference', async () => {
    const c = client()
    const orphan = await client().createLink({ ...order, total: 30000 }) // made earlier, answer lost, never sent
    const link = await c.createLink(order)
    expect(link.reference).toBe('1042-r2')
    expect(double.links.get(link.id)!.amount).toBe(45250)
    expect(double.links.get(orphan.id)!.status).toBe('cancelled')
  })
})
