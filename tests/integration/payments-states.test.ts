// Every state the providers' specs allow, driven through the doubles and read at the desk, where the shopkeeper
// sees it (issue #18): Stripe complete+unpaid, no_payment_required, a null status; Razorpay partially_paid,
// expired and cancelled. Real SQLite store (the attempts table of migration 0022 included).
import type { Clock } from '../../shared/clock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../../electron/engine/db/connection'
import { PaymentDesk, type PaymentEvent } from '../../electron/engine/payments/desk'
import { paymentSettings, type PaymentSettings } from '../../electron/engine/payments/settings'
import { SqlitePaymentStore } from '../../electron/engine/payments/store'
import type { PaymentOrder } from '../../electron/engine/payments/types'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles/razorpay-double'
import { startStripeDouble, type StripeDouble } from '../payment-doubles/stripe-double'
import { FakeClock } from '../fixtures/clock'

let rzp: RazorpayDouble
let stripe: StripeDouble
let db: DB
let clock: FakeClock
let events: PaymentEvent[]
let overrides: Partial<PaymentSettings>

const order: PaymentOrder = { number: '1042', total: 45250, currency: 'INR', customer: '+919876543210' }

beforeEach(async () => {
  clock = new FakeClock()
  const shared: Clock = clock
  rzp = await startRazorpayDouble({ clock: shared })
  stripe = await startStripeDouble({ clock: shared })
  db = openDatabase(':memory:')
  events = []
  overrides = {}
})
afterEach(async () => {
  db.close()
  await rzp.close()
  await stripe.close()
})

function settings(): PaymentSettings {
  const base = paymentSettings({ shopName: 'Sharma Stores', providers: ['stripe'] })
  return {
    ...base,
    razorpay: { ...base.razorpay, keyId: rzp.keyId, keySecret: rzp.keySecret, baseUrl: rzp.url },
    stripe: { ...base.stripe, secretKey: stripe.secretKey, baseUrl: stripe.url, expiryMinutes: 60 },
    ...overrides,
  }
}

function desk(): PaymentDesk {
  return new PaymentDesk({
    store: new SqlitePaymentStore(db),
    settings,
    now: clock.now,
    retry: { sleep: async () => {}, timeoutMs: 150, maxAttempts: 3 },
    onEvent: (e) => events.push(e),
  })
}

const problems = () => events.filter((e) => e.type === 'payment.problem')

describe('Stripe states at the desk', () => {
  it('complete + unpaid: the order stays unpaid, the shopkeeper is told why, the next request makes a NEW session', async () => {
    const d = desk()
    const first = await d.requestPayment(order)
    const id = first.links[0]!.providerLinkId!
    stripe.completeUnpaid(id)
    await d.pollOnce()
    expect(d.status('1042').request!.status).toBe('unpaid')
    expect(d.status('1042').links[0]!.status).toBe('failed')
    expect(problems()).toHaveLength(1)
    expect(problems()[0]).toMatchObject({
      orderNumber: '1042',
      failure: { provider: 'stripe', message: expect.stringMatching(/payment failed or is still pending/) },
    })
    // polling again does not repeat the problem
    await d.pollOnce()
    expect(problems()).toHaveLength(1)
    const again = await d.requestPayment(order)
    expect(again.reused).toBe(false)
    expect(again.links).toHaveLength(1)
    expect(again.links[0]!.providerLinkId).not.toBe(id)
    expect(again.message).toContain(again.links[0]!.url!)
    expect(again.message).not.toContain(id)
    expect(stripe.sessions.size).toBe(2)
    expect(stripe.requests.at(-1)!.headers['idempotency-key']).toBe('counterchat-order-1042-2')
  })

  it('complete + unpaid that settles later (a delayed bank payment) still makes the order paid', async () => {
    const d = desk()
    const first = await d.requestPayment(order)
    const id = first.links[0]!.providerLinkId!
    stripe.completeUnpaid(id)
    await d.pollOnce()
    stripe.settleDelayed(id)
    clock.advance(3 * 24 * 60 * 60_000)
    const out = await d.pollOnce()
    expect(out.some((e) => e.type === 'payment.orderPaid')).toBe(true)
    expect(d.status('1042').request!.status).toBe('paid')
  })

  it('a delayed payment that settles after the order was paid another way is shown to the shopkeeper', async () => {
    const d = desk()
    const first = await d.requestPayment(order)
    const id = first.links[0]!.providerLinkId!
    stripe.completeUnpaid(id)
    await d.pollOnce()
    await d.markPaid('1042', 'cash')
    stripe.settleDelayed(id)
    events = []
    await d.pollOnce()
    expect(problems()).toHaveLength(1)
    expect(problems()[0]).toMatchObject({
      orderNumber: '1042',
      failure: { message: expect.stringMatching(/^Order 1042 was already paid, but ₹452\.50 more arrived/) },
    })
    expect(events.some((e) => e.type === 'payment.orderPaid')).toBe(false)
  })

  it('complete + no_payment_required: not counted as money; the shopkeeper gets its own explanation', async () => {
    const d = desk()
    const first = await d.requestPayment(order)
    stripe.completeNoPaymentRequired(first.links[0]!.providerLinkId!)
    await d.pollOnce()
    expect(d.status('1042').request!.status).toBe('unpaid')
    expect(problems()[0]).toMatchObject({
      failure: { message: expect.stringMatching(/no payment was required/) },
    })
  })

  it('a null status gives an explicit answer on every poll: no "could not read" problem, expired after expires_at', async () => {
    const d = desk()
    const first = await d.requestPayment(order)
    stripe.nullStatus(first.links[0]!.providerLinkId!)
    await d.pollOnce()
    await d.pollOnce()
    expect(problems()).toEqual([])
    expect(d.status('1042').links[0]!.status).toBe('created')
    clock.advance(61 * 60_000)
    await d.pollOnce()
    expect(problems()).toEqual([])
    expect(d.status('1042').links[0]!.status).toBe('expired')
  })
})

describe('Razorpay states at the desk (as the Payment Links docs describe them)', () => {
  it('partially_paid: the order shows partly paid, the link stays open and is reused, the rest settles it', async () => {
    overrides = {
      providers: ['razorpay'],
      razorpay: { ...settings().razorpay, acceptPartial: true },
    }
    const d = desk()
    const first = await d.requestPayment(order)
    const id = first.links[0]!.providerLinkId!
    rzp.pay(id, 20000)
    const out = await d.pollOnce()
    expect(out.find((e) => e.type === 'payment.orderPartiallyPaid')).toMatchObject({ amountPaid: 20000 })
    expect(d.status('1042').request).toMatchObject({ status: 'partially_paid', amountPaid: 20000 })
    const again = await d.requestPayment(order)
    expect(again.reused).toBe(true)
    expect(rzp.links.size).toBe(1)
    rzp.pay(id)
    await d.pollOnce()
    expect(d.status('1042').request!.status).toBe('paid')
  })

  it('expired: the link ends, the order stays unpaid, the next request makes a link under a new reference', async () => {
    overrides = { providers: ['razorpay'] }
    const d = desk()
    const first = await d.requestPayment(order)
    rzp.expire(first.links[0]!.providerLinkId!)
    await d.pollOnce()
    expect(d.status('1042').links[0]!.status).toBe('expired')
    expect(d.status('1042').request!.status).toBe('unpaid')
    const again = await d.requestPayment(order)
    expect(again.links).toHaveLength(1)
    expect(rzp.links.get(again.links[0]!.providerLinkId!)!.reference_id).toBe('1042-2')
  })

  it('cancelled: cancelling the order cancels a created link; a partly paid link cannot be cancelled and stays as it is', async () => {
    overrides = { providers: ['razorpay'], razorpay: { ...settings().razorpay, acceptPartial: true } }
    const d = desk()
    const a = await d.requestPayment(order)
    await d.cancelOrder('1042')
    expect(rzp.links.get(a.links[0]!.providerLinkId!)!.status).toBe('cancelled')
    expect(d.status('1042').request!.status).toBe('cancelled')

    const b = await d.requestPayment({ ...order, number: '1043' })
    const id = b.links[0]!.providerLinkId!
    rzp.pay(id, 10000)
    await d.cancelOrder('1043')
    // "You cannot cancel Payment Links in the partially_paid or paid state": the client reports what it is.
    expect(rzp.links.get(id)!.status).toBe('partially_paid')
    expect(d.status('1043').links[0]!.status).toBe('partially_paid')
  })
})
