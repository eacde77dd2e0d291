// The acceptance flow of issue #6 on the real engine, with the payments wiring done here in the test exactly as
// docs/payments.md tells the engine to do it: a simulated customer confirms, receives the payment message, the
// Razorpay double reports paid on the second poll, the order turns paid in the queue (live `orders.changed`) and
// the customer gets a receipt. When createEngine does this wiring itself, this test can drop its own glue.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import {
  createPayments,
  orderPaymentUpdate,
  paymentOrderFrom,
  parseUpiLink,
  type PaymentEvent,
  type Payments,
} from '../../electron/engine/payments'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles'

const ASHA = '+919800000001'
let shop: TestShop
let rzp: RazorpayDouble

afterEach(async () => {
  await shop?.close()
  await rzp?.close()
})

/** The glue the engine will own: confirmation -> payment message; payment events -> queue state + receipt. */
function wire(s: TestShop): { payments: Payments; confirmed: number[]; handleConfirmed(): Promise<void> } {
  const { engine } = s
  const onEvent = (e: PaymentEvent) => {
    const update = orderPaymentUpdate(e)
    if (update) engine.orders.setPayment(update.number, update.payment, update.detail)
    if (e.type === 'payment.orderPaid' || e.type === 'payment.orderPartiallyPaid') {
      const text = e.type === 'payment.orderPaid' ? e.receipt : e.message
      engine.messaging.outbox.enqueue({
        chat: e.customer,
        text,
        origin: 'payment',
        orderNumber: Number(e.orderNumber),
      })
    }
  }
  const payments = createPayments({
    db: engine.db,
    dataDir: s.dataDir,
    now: () => s.clock.now(),
    getSetting: (k) => engine.settings.get(k),
    onEvent,
    retry: { sleep: async () => {}, timeoutMs: 500 },
  })
  const confirmed: number[] = []
  engine.events.subscribe((event, payload) => {
    if (event === 'orders.created') confirmed.push((payload as { number: number }).number)
  })
  return {
    payments,
    confirmed,
    async handleConfirmed() {
      for (const number of confirmed.splice(0)) {
        if (!payments.settings().autoRequest) continue
        const order = engine.orders.get(number)
        const r = await payments.desk.requestPayment(paymentOrderFrom(order))
        // r.images (the UPI QR as PNG) go out as a picture once the outbox carries media.
        engine.messaging.outbox.enqueue({
          chat: order.customer,
          text: r.message,
          origin: 'payment',
          orderNumber: number,
        })
        if (r.ok) engine.orders.setPayment(number, 'link_sent', r.links.map((l) => l.provider).join(', '))
      }
      await s.settle()
    },
  }
}

describe('payments on the engine', () => {
  it('confirm → payment message → paid on the second poll → paid in the queue, live → receipt', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    rzp = await startRazorpayDouble({ nowSeconds: () => Math.floor(shop.clock.now() / 1000) })
    const w = wire(shop)
    const set = (k: string, v: string) =>
      w.payments.setSetting(k, v, (key, value) => shop.engine.settings.set(key, value))
    set('payments.providers', 'upi,razorpay,cash')
    set('payments.upi.vpa', 'sharma@okaxis')
    set('payments.razorpay.key_id', rzp.keyId)
    set('payments.razorpay.key_secret', rzp.keySecret)
    set('payments.razorpay.base_url', rzp.url)

    await shop.say(ASHA, '2 kg onion, 1 bread')
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed. Total *₹105*')
    await w.handleConfirmed()

    const paymentMessage = shop.received(ASHA).at(-1)!
    expect(paymentMessage).toContain('your order 1001 comes to *₹105*.')
    const upiLine = paymentMessage.split('\n').find((l) => l.startsWith('upi://'))!
    expect(parseUpiLink(upiLine)).toMatchObject({ pa: 'sharma@okaxis', am: '105.00', cu: 'INR', tr: '1001' })
    const rzpLine = paymentMessage.split('\n').find((l) => l.startsWith('https://rzp.io/'))!
    const link = [...rzp.links.values()][0]!
    expect(rzpLine).toBe(link.short_url)
    expect(link).toMatchObject({ amount: 10500, reference_id: '1001', customer: { contact: ASHA } })
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')

    rzp.payOnPoll(link.id, 2)
    const liveBefore = shop.events.length
    await w.payments.desk.pollOnce()
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')
    await w.payments.desk.pollOnce()
    await shop.settle()

    expect(shop.engine.orders.get(1001).payment).toBe('paid')
    const live = shop.events.slice(liveBefore).filter((e) => e.event === 'orders.changed')
    expect(live.map((e) => e.payload)).toContainEqual({
      number: 1001,
      status: 'new',
      payment: 'paid',
      reason: 'payment',
    })
    expect(shop.received(ASHA).at(-1)).toBe(
      'Payment received: *₹105* for order 1001. ✅\n\nThank you! – Sharma Kirana',
    )
    expect(w.payments.desk.unpaid()).toEqual([])
  })

  it('the provider failing never blocks the order: the customer still gets UPI and cash', async () => {
    shop = await openShop()
    rzp = await startRazorpayDouble({ nowSeconds: () => Math.floor(shop.clock.now() / 1000) })
    const w = wire(shop)
    const set = (k: string, v: string) =>
      w.payments.setSetting(k, v, (key, value) => shop.engine.settings.set(key, value))
    set('payments.providers', 'upi,razorpay,cash')
    set('payments.upi.vpa', 'sharma@okaxis')
    set('payments.razorpay.key_id', rzp.keyId)
    set('payments.razorpay.key_secret', 'not-the-secret')
    set('payments.razorpay.base_url', rzp.url)
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await w.handleConfirmed()
    const msg = shop.received(ASHA).at(-1)!
    expect(msg).toContain('upi://pay?')
    expect(msg).toContain('Or pay cash on delivery / at the counter.')
    expect(msg).not.toContain('rzp.io')
    expect(shop.engine.orders.get(1001)).toMatchObject({ status: 'new', payment: 'link_sent' })
  })
})
