// The acceptance flow of issue #6 on the real engine, wired by createEngine itself (engine.payments): a
// simulated customer confirms, receives the payment message and the UPI QR as a picture, the Razorpay double
// reports paid on the second poll, the order turns paid in the queue (live `orders.changed`) and the customer
// gets a receipt. Also: cancelling cancels the link, "Mark paid", the one reminder, the API contract's
// payment methods (secrets only as hints) and the counter QR.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { parseUpiLink } from '../../electron/engine/payments/providers/upi'
import { createDispatcher } from '../../electron/engine/api'
import { createEngine } from '../../electron/engine'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles'

const ASHA = '+919800000001'
let shop: TestShop
let rzp: RazorpayDouble | undefined

afterEach(async () => {
  await shop?.close()
  await rzp?.close()
  rzp = undefined
})

function decodeQr(png: Uint8Array): string {
  const img = PNG.sync.read(Buffer.from(png))
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height)
  if (!code) throw new Error('no QR code in the picture')
  return code.data
}

/** Lets the background payment request that follows a confirmation finish, then sends what it queued. */
async function settle(s: TestShop): Promise<void> {
  await s.engine.payments.idle()
  await s.settle()
}

async function razorpayShop(opts: { secret?: string } = {}): Promise<RazorpayDouble> {
  const double = await startRazorpayDouble({ clock: shop.clock })
  const set = (k: string, v: string) => shop.engine.payments.setSetting(k, v)
  set('payments.providers', 'upi,razorpay,cash')
  set('payments.upi.vpa', 'sharma@okaxis')
  set('payments.razorpay.key_id', double.keyId)
  set('payments.razorpay.key_secret', opts.secret ?? double.keySecret)
  set('payments.razorpay.base_url', double.url)
  return double
}

describe('payments wired by createEngine', () => {
  it('catches up the payment message of an order confirmed just before a crash', async () => {
    shop = await openShop({ onDisk: true, settings: { 'shop.name': 'Sharma Kirana' } })
    shop.engine.payments.setSetting('payments.providers', 'upi,cash')
    shop.engine.payments.setSetting('payments.upi.vpa', 'sharma@okaxis')
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(ASHA, 'yes')).toContain('#1001')
    await settle(shop)
    // As if the app died after the order's transaction and before the payment request was stored.
    const db = shop.engine.db
    db.prepare("DELETE FROM outbox WHERE origin = 'payment'").run()
    db.prepare('DELETE FROM payment_requests').run()
    db.prepare("UPDATE orders SET payment = 'unpaid'").run()
    await shop.restart()
    await settle(shop)
    // (a restarted engine has a fresh simulator: what it sent is what this start sent)
    const upi = shop.received(ASHA).filter((t) => t.includes('upi://pay?'))
    expect(upi).toHaveLength(1)
    expect(upi[0]).toContain('1001')
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')
    // Once only: another restart finds the request and sends nothing more.
    await shop.restart()
    await settle(shop)
    expect(shop.received(ASHA)).toEqual([])
  })

  it('confirm → payment message + QR picture → paid on the second poll → paid in the queue, live → receipt', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    rzp = await razorpayShop()

    await shop.say(ASHA, '2 kg onion, 1 bread')
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed. Total *₹105*')
    await settle(shop)

    // The text, then the QR as a picture with a caption, both stored in the outbox before they were sent.
    const sent = shop.engine.simulator.sent.filter((m) => m.to === ASHA)
    const picture = sent.at(-1)!
    const paymentMessage = sent.at(-2)!.text
    expect(paymentMessage).toContain('Your order 1001 comes to *₹105*.')
    expect(paymentMessage).toContain('(or scan the QR code below)')
    const upiLine = paymentMessage.split('\n').find((l) => l.startsWith('upi://'))!
    expect(parseUpiLink(upiLine)).toMatchObject({ pa: 'sharma@okaxis', am: '105.00', cu: 'INR', tr: '1001' })
    expect(picture.text).toBe('UPI · order 1001')
    expect(picture.imagePng).toBeInstanceOf(Uint8Array)
    expect(decodeQr(picture.imagePng!)).toBe(upiLine)
    const rows = shop.engine.db
      .prepare(
        "SELECT text, image_png IS NOT NULL AS img, status FROM outbox WHERE origin = 'payment' ORDER BY id",
      )
      .all()
    expect(rows).toEqual([
      { text: paymentMessage, img: 0, status: 'sent' },
      { text: 'UPI · order 1001', img: 1, status: 'sent' },
    ])

    const rzpLine = paymentMessage.split('\n').find((l) => l.startsWith('https://rzp.io/'))!
    const link = [...rzp.links.values()][0]!
    expect(rzpLine).toBe(link.short_url)
    expect(link).toMatchObject({ amount: 10500, reference_id: '1001', customer: { contact: ASHA } })
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')
    expect(shop.engine.payments.unpaid()).toMatchObject([{ number: 1001, due: 10500, status: 'unpaid' }])

    rzp.payOnPoll(link.id, 2)
    const liveBefore = shop.events.length
    await shop.engine.payments.tick()
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')
    await shop.engine.payments.tick()
    await shop.settle()

    expect(shop.engine.orders.get(1001).payment).toBe('paid')
    const live = shop.events.slice(liveBefore)
    expect(live.filter((e) => e.event === 'orders.changed').map((e) => e.payload)).toContainEqual({
      number: 1001,
      status: 'new',
      payment: 'paid',
      reason: 'payment',
    })
    expect(live.some((e) => e.event === 'payments.changed')).toBe(true)
    expect(shop.received(ASHA).at(-1)).toBe(
      'Payment received: *₹105* for order 1001. ✅\n\nThank you! – Sharma Kirana',
    )
    expect(shop.engine.payments.unpaid()).toEqual([])
  })

  it('the provider failing never blocks the order: UPI and cash still go out, the shopkeeper sees the problem', async () => {
    shop = await openShop()
    rzp = await razorpayShop({ secret: 'not-the-secret-at-all' })
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const texts = shop.received(ASHA)
    const msg = texts.at(-2)!
    expect(msg).toContain('upi://pay?')
    expect(msg).toContain('Or pay cash on delivery / at the counter.')
    expect(msg).not.toContain('rzp.io')
    expect(shop.engine.orders.get(1001)).toMatchObject({ status: 'new', payment: 'link_sent' })
    const problems = shop.events.filter((e) => e.event === 'payments.problem').map((e) => e.payload)
    expect(problems).toContainEqual(
      expect.objectContaining({ number: 1001, provider: 'razorpay', kind: 'auth' }),
    )
  })

  it('a cash-only shop (nothing set up) sends no payment message on its own; "Request payment" still can', async () => {
    shop = await openShop()
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const before = shop.received(ASHA).length
    expect(shop.engine.orders.get(1001).payment).toBe('unpaid')
    const dispatch = createDispatcher(shop.engine)
    const r = await dispatch('payments.request', { number: 1001 })
    expect(r).toMatchObject({ ok: true, value: { ok: true, payment: 'link_sent' } })
    await shop.settle()
    expect(shop.received(ASHA).slice(before)).toEqual([
      'Your order 1001 comes to *₹45*.\n\nPlease pay cash on delivery / at the counter.\n\nThank you! – My Shop',
    ])
  })

  it('the queue row says what was sent (only "pay cash", then the UPI link) and how the order was paid', async () => {
    shop = await openShop()
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const dispatch = createDispatcher(shop.engine)
    const row = async (n: number) => {
      const r = await dispatch('orders.list', { limit: 10 })
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as { items: { number: number; payment: string; paymentVia: string[] }[] }).items.find(
        (o) => o.number === n,
      )!
    }
    expect(await row(1001)).toMatchObject({ payment: 'unpaid', paymentVia: [] })
    await dispatch('payments.request', { number: 1001 })
    expect(await row(1001)).toMatchObject({ payment: 'link_sent', paymentVia: ['cash'] })
    expect(shop.engine.orders.get(1001).paymentVia).toEqual(['cash'])
    await dispatch('payments.markPaid', { number: 1001, method: 'upi' })
    expect(await row(1001)).toMatchObject({ payment: 'paid', paymentVia: ['upi'] })

    // With UPI set up, the automatic request after confirming says "upi" (and cash, which is no link).
    shop.engine.payments.setSetting('payments.providers', 'upi,cash')
    shop.engine.payments.setSetting('payments.upi.vpa', 'sharma@okaxis')
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    expect((await row(1002)).payment).toBe('link_sent')
    expect((await row(1002)).paymentVia).toContain('upi')
  })

  it('cancelling the order cancels its open Razorpay link; no reminder follows', async () => {
    shop = await openShop()
    rzp = await razorpayShop()
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const link = [...rzp.links.values()][0]!
    expect(link.status).toBe('created')
    shop.engine.orders.transition(1001, 'cancelled', { reason: 'out of stock' })
    await settle(shop)
    expect(rzp.links.get(link.id)!.status).toBe('cancelled')
    expect(shop.engine.payments.status(1001).request?.status).toBe('cancelled')
    const before = shop.received(ASHA).length
    shop.clock.advance(2 * 60 * 60_000)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.received(ASHA).length).toBe(before)
  })

  it('an edited order is asked for its new total: the old link is cancelled, a new one sent', async () => {
    shop = await openShop()
    rzp = await razorpayShop()
    await shop.say(ASHA, '2 kg onion, 1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const first = [...rzp.links.values()][0]!
    expect(first.amount).toBe(10500)
    const bread = shop.engine.orders.get(1001).lines.find((l) => /bread/i.test(l.name))!
    shop.engine.orders.editLine(1001, bread.position, { kind: 'remove' })
    await settle(shop)
    expect(shop.engine.orders.get(1001).total).toBe(6000)
    expect(rzp.links.get(first.id)!.status).toBe('cancelled')
    const second = [...rzp.links.values()].find((l) => l.id !== first.id)!
    expect(second).toMatchObject({ amount: 6000, reference_id: '1001-2' })
    const texts = shop.received(ASHA)
    expect(texts.at(-2)).toContain('Your order 1001 comes to *₹60*.')
    expect(texts.at(-2)).toContain(second.short_url)
    expect(shop.engine.payments.unpaid()).toMatchObject([{ number: 1001, total: 6000, due: 6000 }])
  })

  it('the desktop passes its keychain (secretEncryptor): secrets are sealed by it, not the key file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-pay-os-'))
    const seen: string[] = []
    const engine = createEngine({
      dataDir: dir,
      startMessaging: false,
      secretEncryptor: {
        isEncryptionAvailable: () => true,
        encryptString: (plain) => {
          seen.push(plain)
          return Buffer.from([...plain].reverse().join(''))
        },
        decryptString: (sealed) => [...Buffer.from(sealed).toString()].reverse().join(''),
      },
    })
    try {
      engine.payments.setSetting('payments.stripe.secret_key', 'sk_test_keychainSealed1234')
      expect(seen).toEqual(['sk_test_keychainSealed1234'])
      const row = engine.db.prepare('SELECT sealed FROM payment_secrets').get() as { sealed: string }
      expect(row.sealed.startsWith('os1:')).toBe(true)
      expect(engine.payments.settings().stripe.secretKey).toBe('sk_test_keychainSealed1234')
      expect(existsSync(join(dir, 'secret.key'))).toBe(false)
    } finally {
      await engine.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('paid on the old link just before an edit: one receipt, no new link, the shopkeeper is told', async () => {
    shop = await openShop()
    rzp = await razorpayShop()
    await shop.say(ASHA, '2 kg onion, 1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const first = [...rzp.links.values()][0]!
    rzp.pay(first.id)
    const bread = shop.engine.orders.get(1001).lines.find((l) => /bread/i.test(l.name))!
    shop.engine.orders.editLine(1001, bread.position, { kind: 'remove' })
    await settle(shop)
    expect(shop.engine.orders.get(1001).payment).toBe('paid')
    expect(rzp.links.size).toBe(1)
    const receipts = shop.received(ASHA).filter((t) => t.startsWith('Payment received'))
    expect(receipts).toEqual(['Payment received: *₹105* for order 1001. ✅\n\nThank you! – My Shop'])
    const problems = shop.events.filter((e) => e.event === 'payments.problem').map((e) => e.payload)
    expect(problems).toContainEqual(
      expect.objectContaining({ number: 1001, message: expect.stringContaining('already paid ₹105') }),
    )
  })

  it('a part payment: the customer is told what is still due, the order stays link_sent; the rest settles it', async () => {
    shop = await openShop()
    rzp = await razorpayShop()
    shop.engine.payments.setSetting('payments.providers', 'razorpay')
    shop.engine.payments.setSetting('payments.razorpay.accept_partial', 'true')
    await shop.say(ASHA, '2 kg onion, 1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    const link = [...rzp.links.values()][0]!
    rzp.pay(link.id, 5000)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toContain('We received *₹50* for order 1001.\nStill to pay: *₹55*.')
    expect(shop.engine.orders.get(1001).payment).toBe('link_sent')
    expect(shop.engine.payments.unpaid()).toMatchObject([
      { number: 1001, status: 'partially_paid', due: 5500 },
    ])
    rzp.pay(link.id, 5500)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.engine.orders.get(1001).payment).toBe('paid')
    expect(shop.received(ASHA).at(-1)).toContain('Payment received: *₹105* for order 1001.')
  })

  it('one reminder after payments.reminder_after_minutes, never a second', async () => {
    shop = await openShop()
    shop.engine.payments.setSetting('payments.providers', 'upi,cash')
    shop.engine.payments.setSetting('payments.upi.vpa', 'sharma@okaxis')
    shop.engine.payments.setSetting('payments.reminder_after_minutes', '30')
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)
    shop.clock.advance(20 * 60_000)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toBe('UPI · order 1001')
    shop.clock.advance(11 * 60_000)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toContain('A friendly reminder: order 1001 (*₹45*) is not paid yet.')
    const count = shop.received(ASHA).length
    shop.clock.advance(60 * 60_000)
    await shop.engine.payments.tick()
    await shop.settle()
    expect(shop.received(ASHA).length).toBe(count)
  })

  it('the API: mark paid by UPI sends the receipt; settings never reveal a secret; the counter QR decodes', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    const dispatch = createDispatcher(shop.engine)
    const set = (key: string, value: unknown) => dispatch('payments.settings.set', { key, value })
    expect(await set('payments.providers', ['upi', 'razorpay', 'cash'])).toMatchObject({ ok: true })
    expect(await set('payments.upi.vpa', 'sharma@okaxis')).toMatchObject({ ok: true })
    const secret = 'rzp_test_S3cr3tValue9876wxyz'
    const sealed = await set('payments.razorpay.key_secret', secret)
    expect(sealed).toEqual({
      ok: true,
      value: { key: 'payments.razorpay.key_secret', value: 'rzp_test_…wxyz' },
    })
    expect(await set('payments.upi.vpa', 'not a vpa')).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    expect(await set('payments.nope', 'x')).toMatchObject({ ok: false, error: { code: 'invalid_args' } })
    expect(await set('shop.name', 'x')).toMatchObject({ ok: false, error: { code: 'invalid_args' } })

    const view = await dispatch('payments.settings.get', {})
    expect(JSON.stringify(view)).not.toContain(secret)
    expect(view).toMatchObject({
      ok: true,
      value: {
        values: { 'payments.upi.vpa': 'sharma@okaxis', 'payments.providers': ['upi', 'razorpay', 'cash'] },
        secrets: {
          'payments.razorpay.key_secret': { set: true, hint: 'rzp_test_…wxyz' },
          'payments.stripe.secret_key': { set: false, hint: null },
        },
        problems: [{ provider: 'razorpay', message: expect.stringContaining('key id') }],
      },
    })
    expect(JSON.stringify(await dispatch('settings.get', {}))).not.toContain(secret)
    expect(
      shop.engine.db
        .prepare('SELECT sealed FROM payment_secrets')
        .all()
        .map((r) => JSON.stringify(r))
        .join(),
    ).not.toContain(secret)

    // Only UPI and cash for the rest (no Razorpay key id is set).
    await set('payments.providers', 'upi,cash')
    await shop.say(ASHA, '2 kg onion, 1 bread')
    await shop.say(ASHA, 'yes')
    await settle(shop)

    const qr = await dispatch('payments.qr', { number: 1001 })
    if (!qr.ok) throw new Error(qr.error.message)
    const value = qr.value as { dataUrl: string; link: string; amount: number }
    const png = Buffer.from(value.dataUrl.replace('data:image/png;base64,', ''), 'base64')
    const decoded = decodeQr(png)
    expect(decoded).toBe(value.link)
    expect(parseUpiLink(decoded)).toEqual({
      pa: 'sharma@okaxis',
      pn: 'Sharma Kirana',
      am: '105.00',
      cu: 'INR',
      tr: '1001',
      tn: 'Order 1001',
    })
    // The same link the customer got in the message.
    expect(shop.received(ASHA).join('\n')).toContain(value.link)
    expect(await dispatch('payments.status', { number: 1001 })).toMatchObject({
      ok: true,
      value: { request: { number: 1001, status: 'unpaid', due: 10500 }, qrAvailable: true },
    })

    const paid = await dispatch('payments.markPaid', { number: 1001, method: 'upi' })
    expect(paid).toMatchObject({ ok: true, value: { number: 1001, payment: 'paid' } })
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toBe(
      'Payment received: *₹105* for order 1001. ✅\n\nThank you! – Sharma Kirana',
    )
    expect(await dispatch('payments.unpaid', {})).toEqual({ ok: true, value: { items: [] } })
    // Idempotent: a second click sends nothing more.
    const count = shop.received(ASHA).length
    expect(await dispatch('payments.markPaid', { number: 1001, method: 'cash' })).toMatchObject({ ok: true })
    await shop.settle()
    expect(shop.received(ASHA).length).toBe(count)
    expect(await dispatch('payments.request', { number: 1001 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await dispatch('payments.markPaid', { number: 1001, method: 'card' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
  })
})
