// The payment flow end to end at the payment layer: a confirmed order gets its payment message (UPI link + QR,
// Razorpay/Stripe link, cash), the provider double reports paid on the second poll, the order turns paid in the
// store, and the receipt text is produced. Uses the real SQLite store and the local API doubles.
import jsQR from 'jsqr'
import type { Clock } from '../../shared/clock'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase, type DB } from '../../electron/engine/db/connection'
import { PaymentDesk, startPoller, type PaymentEvent } from '../../electron/engine/payments/desk'
import { paymentSettings, type PaymentSettings } from '../../electron/engine/payments/settings'
import { SqlitePaymentStore } from '../../electron/engine/payments/store'
import { parseUpiLink } from '../../electron/engine/payments/providers/upi'
import type { PaymentOrder } from '../../electron/engine/payments/types'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles/razorpay-double'
import { startStripeDouble, type StripeDouble } from '../payment-doubles/stripe-double'

let rzp: RazorpayDouble
let stripe: StripeDouble
let db: DB
let clock: number
let events: PaymentEvent[]
let overrides: Partial<PaymentSettings>

const order: PaymentOrder = {
  number: '1042',
  total: 45250,
  currency: 'INR',
  customer: '+919876543210',
  customerName: 'Asha Rao',
}

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 24, 10, 0, 0)
  // The doubles judge expiry on the same clock the desk reads, so the fixed date never meets the real one.
  const shared: Clock = { now: () => clock }
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
  const base = paymentSettings({ shopName: 'Sharma Stores', providers: ['upi', 'razorpay', 'cash'] })
  return {
    ...base,
    upi: { vpa: 'sharma@okhdfcbank', payeeName: 'Sharma Stores' },
    razorpay: { ...base.razorpay, keyId: rzp.keyId, keySecret: rzp.keySecret, baseUrl: rzp.url },
    stripe: { ...base.stripe, secretKey: stripe.secretKey, baseUrl: stripe.url },
    reminderAfterMinutes: 60,
    ...overrides,
  }
}

function desk(): PaymentDesk {
  const now = () => clock
  return new PaymentDesk({
    store: new SqlitePaymentStore(db),
    settings,
    now,
    retry: { sleep: async () => {}, timeoutMs: 150, maxAttempts: 3 },
    onEvent: (e) => events.push(e),
  })
}

function qrText(png: Uint8Array): string {
  const img = PNG.sync.read(Buffer.from(png))
  return jsQR(
    new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length),
    img.width,
    img.height,
  )!.data
}

describe('payment flow', () => {
  it('confirm → payment message → provider reports paid on the second poll → order paid → receipt', async () => {
    const d = desk()
    const res = await d.requestPayment(order)
    expect(res.ok).toBe(true)
    expect(res.failures).toEqual([])
    const [upi, razorpay] = res.links
    expect(upi!.provider).toBe('upi')
    expect(razorpay!.provider).toBe('razorpay')
    expect(res.message).toBe(
      [
        'Hi Asha, your order 1042 comes to *₹452.50*.',
        '',
        'Pay with any UPI app (or scan the QR code below):',
        // the ID as plain text, for an app that cannot open the upi:// link
        'UPI ID: sharma@okhdfcbank',
        upi!.url,
        '',
        'Pay online (UPI, card, netbanking):',
        razorpay!.url,
        '',
        'Or pay cash on delivery / at the counter.',
        '',
        'Reference: 1042',
        '',
        'Thank you! – Sharma Stores',
      ].join('\n'),
    )
    expect(parseUpiLink(qrText(res.images[0]!.data))).toEqual({
      pa: 'sharma@okhdfcbank',
      pn: 'Sharma Stores',
      am: '452.50',
      cu: 'INR',
      tr: '1042',
      tn: 'Order 1042',
    })
    expect(d.unpaid().map((u) => [u.orderNumber, u.dueText])).toEqual([['1042', '₹452.50']])

    rzp.payOnPoll(razorpay!.providerLinkId!, 2)
    expect(await d.pollOnce()).toEqual([])
    const second = await d.pollOnce()
    expect(second.map((e) => e.type)).toEqual([
      'payment.linkStatus',
      'payment.linkStatus',
      'payment.orderPaid',
    ])
    const paid = second.at(-1)!
    expect(paid).toEqual({
      type: 'payment.orderPaid',
      orderNumber: '1042',
      customer: '+919876543210',
      via: 'razorpay',
      amountPaid: 45250,
      receipt: 'Payment received: *₹452.50* for order 1042. ✅\n\nThank you! – Sharma Stores',
    })
    expect(events).toEqual(second) // the same events went to the live listener
    const status = d.status('1042')
    expect(status.request).toMatchObject({
      status: 'paid',
      paidVia: 'razorpay',
      amountPaid: 45250,
      paidAt: clock,
    })
    expect(status.links.map((l) => [l.provider, l.status])).toEqual([
      ['upi', 'cancelled'],
      ['razorpay', 'paid'],
    ])
    expect(d.unpaid()).toEqual([])
    expect(await d.pollOnce()).toEqual([]) // nothing open any more: no calls
    const again = await d.requestPayment(order)
    expect(again.message).toMatch(/^Payment received/)
    expect(rzp.links.size).toBe(1)
  })

  it('a failed link creation never blocks the order: the message offers what worked', async () => {
    // Three 500s on the create, then three on the lookup of its reference that follows an uncertain answer.
    rzp.failNext(6, { status: 500 })
    const res = await desk().requestPayment(order)
    expect(res.ok).toBe(true)
    expect(res.failures).toEqual([
      {
        provider: 'razorpay',
        kind: 'server',
        message: 'Razorpay is having trouble right now. The link will be tried again shortly.',
        retryable: true,
        text: { key: 'kind_server', params: { provider: 'Razorpay' } },
      },
    ])
    expect(res.links.map((l) => l.provider)).toEqual(['upi'])
    expect(res.message).not.toContain('rzp.io')
    expect(res.message).toContain('upi://pay?')

    overrides = { providers: ['razorpay'], razorpay: { ...settings().razorpay, keySecret: 'wrong' } }
    const bad = await desk().requestPayment({ ...order, number: '1043' })
    expect(bad.ok).toBe(false)
    expect(bad.failures[0]).toMatchObject({ provider: 'razorpay', kind: 'auth', retryable: false })
    expect(bad.message).toContain('We will send you the payment details shortly.')
  })

  it('asking again reuses the open link; a changed total cancels it and makes a new one', async () => {
    overrides = { providers: ['razorpay'] }
    const d = desk()
    const first = await d.requestPayment(order)
    const again = await d.requestPayment(order)
    expect(again.reused).toBe(true)
    expect(again.links).toEqual([])
    expect(again.message).toContain(first.links[0]!.url!)
    expect(rzp.links.size).toBe(1)

    const changed = await d.requestPayment({ ...order, total: 50000 })
    expect(rzp.links.get(first.links[0]!.providerLinkId!)!.status).toBe('cancelled')
    expect(changed.links).toHaveLength(1)
    expect(rzp.links.get(changed.links[0]!.providerLinkId!)).toMatchObject({
      amount: 50000,
      reference_id: '1042-2',
    })
    expect(changed.message).toContain('*₹500*')
  })

  it('partial payment: the customer is told what is left; the rest completes the order', async () => {
    overrides = { providers: ['razorpay'], razorpay: { ...settings().razorpay, acceptPartial: true } }
    const d = desk()
    const res = await d.requestPayment(order)
    const id = res.links[0]!.providerLinkId!
    rzp.pay(id, 20000)
    const evs = await d.pollOnce()
    const partial = evs.find((e) => e.type === 'payment.orderPartiallyPaid')
    expect(partial).toMatchObject({ amountPaid: 20000, total: 45250 })
    expect(partial && 'message' in partial ? partial.message : '').toContain('Still to pay: *₹252.50*')
    expect(d.unpaid()[0]).toMatchObject({ status: 'partially_paid', due: 25250 })
    rzp.pay(id)
    expect((await d.pollOnce()).map((e) => e.type)).toContain('payment.orderPaid')
  })

  it('Stripe: paid on the second poll; cancelling an order expires its open session', async () => {
    overrides = { providers: ['stripe', 'cash'] }
    const d = desk()
    const a = await d.requestPayment({ ...order, currency: 'INR' })
    stripe.payOnPoll(a.links[0]!.providerLinkId!, 2)
    await d.pollOnce()
    expect((await d.pollOnce()).find((e) => e.type === 'payment.orderPaid')).toMatchObject({
      via: 'stripe',
      amountPaid: 45250,
    })

    const b = await d.requestPayment({ ...order, number: '1050' })
    const cancelled = await d.cancelOrder('1050')
    expect(cancelled.map((e) => e.type === 'payment.linkStatus' && e.to)).toEqual(['cancelled'])
    expect(stripe.sessions.get(b.links[0]!.providerLinkId!)!.status).toBe('expired')
    expect(d.status('1050').request!.status).toBe('cancelled')
  })

  it('cancelling an order whose link was just paid keeps the payment', async () => {
    overrides = { providers: ['razorpay'] }
    const d = desk()
    const res = await d.requestPayment(order)
    rzp.pay(res.links[0]!.providerLinkId!)
    const evs = await d.cancelOrder('1042')
    expect(evs.map((e) => e.type)).toEqual(['payment.linkStatus', 'payment.orderPaid'])
    expect(d.status('1042').request!.status).toBe('paid')
  })

  it('UPI and cash are marked paid by hand with one click', async () => {
    overrides = { providers: ['upi', 'cash'] }
    const d = desk()
    await d.requestPayment(order)
    expect(await d.pollOnce()).toEqual([]) // a UPI link is never polled
    const ev = await d.markPaid('1042', 'upi')
    expect(ev).toMatchObject({ type: 'payment.orderPaid', via: 'upi', amountPaid: 45250 })
    expect(d.status('1042').links[0]).toMatchObject({ provider: 'upi', status: 'paid' })
    expect(await d.markPaid('1042', 'upi')).toBeNull() // idempotent
    await d.requestPayment({ ...order, number: '1043' })
    const cash = await d.markPaid('1043', 'cash')
    expect(cash && 'receipt' in cash ? cash.receipt : '').toBe(
      'Payment received in cash: *₹452.50* for order 1043. ✅\n\nThank you! – Sharma Stores',
    )
  })

  it('an order paid at the counter before any payment message can still be marked paid', async () => {
    const d = desk()
    expect(await d.markPaid('2001', 'cash')).toBeNull() // unknown order, no details: nothing to do
    const ev = await d.markPaid('2001', 'cash', { ...order, number: '2001' })
    expect(ev).toMatchObject({
      type: 'payment.orderPaid',
      orderNumber: '2001',
      via: 'cash',
      amountPaid: 45250,
    })
    expect(d.status('2001').request).toMatchObject({ status: 'paid', paidVia: 'cash' })
  })

  it('money received on a link that is replaced (the total changed) still counts', async () => {
    overrides = { providers: ['razorpay'], razorpay: { ...settings().razorpay, acceptPartial: true } }
    const d = desk()
    const first = await d.requestPayment(order)
    rzp.pay(first.links[0]!.providerLinkId!, 45250) // paid in full, but we have not polled yet
    const evs: PaymentEvent[] = []
    events = evs
    const res = await d.requestPayment({ ...order, total: 50000 })
    expect(evs.map((e) => e.type)).toEqual([
      'payment.linkStatus',
      'payment.orderPartiallyPaid',
      'payment.problem',
    ])
    expect(d.status('1042').request).toMatchObject({
      status: 'partially_paid',
      amountPaid: 45250,
      total: 50000,
    })
    expect(res.links).toEqual([]) // no second link for the full amount
    expect(res.message).toContain('Still to pay: *₹47.50*')
    expect(res.failures[0]!.message).toBe(
      'Order 1042 was already paid ₹452.50 on the earlier link before its total changed to ₹500. Settle any difference with the customer by hand.',
    )
  })

  it('one reminder after the configured time, only while unpaid', async () => {
    overrides = { providers: ['upi', 'cash'] }
    const d = desk()
    await d.requestPayment(order)
    await d.requestPayment({ ...order, number: '1043' })
    await d.markPaid('1043', 'cash')
    clock += 59 * 60_000
    expect(d.dueReminders()).toEqual([])
    clock += 60_000
    const due = d.dueReminders()
    expect(due.map((r) => r.orderNumber)).toEqual(['1042'])
    expect(due[0]!.customer).toBe('+919876543210')
    expect(due[0]!.message).toContain('Hi Asha, a friendly reminder: order 1042 (*₹452.50*) is not paid yet.')
    expect(due[0]!.message).toContain('upi://pay?pa=sharma@okhdfcbank')
    d.markReminderSent('1042')
    clock += 24 * 3600_000
    expect(d.dueReminders()).toEqual([])
    overrides = { providers: ['upi', 'cash'], reminderAfterMinutes: 0 }
    await d.requestPayment({ ...order, number: '1044' })
    clock += 24 * 3600_000
    expect(d.dueReminders()).toEqual([])
  })

  it('polling stops asking a provider that refuses the key, and reports it once', async () => {
    overrides = { providers: ['razorpay'] }
    const d = desk()
    await d.requestPayment(order)
    await d.requestPayment({ ...order, number: '1043' })
    const before = rzp.requests.length
    overrides = { providers: ['razorpay'], razorpay: { ...settings().razorpay, keySecret: 'rotated' } }
    const evs = await d.pollOnce()
    expect(evs).toHaveLength(1)
    expect(evs[0]).toMatchObject({ type: 'payment.problem', orderNumber: '1042', failure: { kind: 'auth' } })
    expect(rzp.requests.length - before).toBe(1)
  })

  it('the poller runs rounds on its timer without overlapping', async () => {
    overrides = { providers: ['razorpay'] }
    const d = desk()
    const res = await d.requestPayment(order)
    rzp.payOnPoll(res.links[0]!.providerLinkId!, 1)
    const timers: Array<() => void> = []
    const poller = startPoller(() => d.pollOnce(), {
      intervalMs: () => 20_000,
      setTimer: (fn) => timers.push(fn),
    })
    expect(timers).toHaveLength(1)
    timers.shift()!()
    await vi.waitFor(() => expect(timers).toHaveLength(1)) // the next round is scheduled after this one finished
    expect(events.some((e) => e.type === 'payment.orderPaid')).toBe(true)
    poller.stop()
  })
})
