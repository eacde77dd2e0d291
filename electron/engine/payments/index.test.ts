import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/connection'
import { Settings } from '../settings/settings'
import { SHOP_SETTINGS } from '../settings/shop'
import { PAYMENT_SETTINGS } from './settings'
import { createPayments, orderPaymentUpdate, parseUpiLink, paymentOrderFrom } from './index'
import { startRazorpayDouble } from '../../../tests/payment-doubles'
import { FakeClock } from '../../../tests/fixtures/clock'

const dbs: DB[] = []
const dirs: string[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const clock = new FakeClock()

function setup(dataDir: string | null = null) {
  const db = openDatabase(dataDir ? join(dataDir, 'counterchat.db') : ':memory:')
  dbs.push(db)
  const settings = new Settings(db, () => 1, { ...SHOP_SETTINGS, ...PAYMENT_SETTINGS })
  const warnings: string[] = []
  const payments = createPayments({
    db,
    dataDir,
    now: clock.now,
    getSetting: (k) => settings.get(k),
    warn: (m) => warnings.push(m),
  })
  const set = (k: string, v: string) => payments.setSetting(k, v, (key, value) => settings.set(key, value))
  return { db, settings, payments, set, warnings }
}

const order = { number: '7', total: 9900, currency: 'INR' as const, customer: '+919812345678' }

describe('createPayments', () => {
  it('config set: payments.* keys validate into settings, secret keys are sealed and answer with a masked hint', () => {
    const { settings, payments, set, db } = setup()
    expect(set('payments.providers', 'upi,razorpay')).toEqual({
      key: 'payments.providers',
      value: ['upi', 'razorpay'],
    })
    expect(set('payments.razorpay.key_secret', 'rzp_secret_abcdefghijklmnop')).toEqual({
      key: 'payments.razorpay.key_secret',
      value: '…mnop',
    })
    expect(JSON.stringify(settings.all())).not.toContain('abcdefghijklmnop')
    expect(JSON.stringify(db.prepare('SELECT * FROM payment_secrets').all())).not.toContain(
      'abcdefghijklmnop',
    )
    expect(payments.secretHints()).toEqual({
      'payments.razorpay.key_secret': '…mnop',
      'payments.stripe.secret_key': null,
    })
    expect(payments.settings().razorpay.keySecret).toBe('rzp_secret_abcdefghijklmnop')
  })

  it('paylink prints the UPI link it would send', async () => {
    const { payments, set } = setup()
    set('shop.name', 'Kiran Kirana')
    set('payments.providers', 'upi,cash')
    set('payments.upi.vpa', 'kiran@oksbi')
    const out = await payments.paylinkText(order, 'upi')
    expect(out.ok).toBe(true)
    expect(out.errors).toEqual([])
    expect(parseUpiLink(out.text)).toEqual({
      pa: 'kiran@oksbi',
      pn: 'Kiran Kirana',
      am: '99.00',
      cu: 'INR',
      tr: '7',
      tn: 'Order 7',
    })
    expect(payments.desk.status('7')).toEqual({ request: null, links: [] }) // printing a UPI link changes nothing
    expect((await payments.paylinkText(order)).text.split('\n')).toEqual([
      out.text,
      'cash on delivery / at the counter (no link)',
    ])
  })

  it('paylink --provider razorpay creates (once) and prints the short URL', async () => {
    const rzp = await startRazorpayDouble({ clock })
    try {
      const { payments, set } = setup()
      set('payments.providers', 'upi,razorpay')
      set('payments.upi.vpa', 'kiran@oksbi')
      set('payments.razorpay.key_id', rzp.keyId)
      set('payments.razorpay.key_secret', rzp.keySecret)
      set('payments.razorpay.base_url', rzp.url)
      const out = await payments.paylinkText(order, 'razorpay')
      expect(out).toEqual({ ok: true, text: expect.stringMatching(/^https:\/\/rzp\.io\/i\//), errors: [] })
      expect((await payments.paylinkText(order, 'razorpay')).text).toBe(out.text)
      expect(rzp.links.size).toBe(1)
      expect(payments.desk.status('7').links.map((l) => l.provider)).toEqual(['razorpay'])
    } finally {
      await rzp.close()
    }
  })

  it('adapts orders from the orders area and maps payment events to the queue payment state', () => {
    expect(
      paymentOrderFrom({
        number: 1001,
        total: 5000,
        currency: 'INR',
        customer: '919800000001@c.us',
        customerName: null,
      }),
    ).toEqual({ number: '1001', total: 5000, currency: 'INR', customer: '+919800000001' })
    expect(
      paymentOrderFrom({
        number: 1002,
        total: 1,
        currency: 'EUR',
        customer: '+4915112345678',
        customerName: 'Jo',
      }),
    ).toMatchObject({ customer: '+4915112345678', customerName: 'Jo' })
    expect(
      orderPaymentUpdate({
        type: 'payment.orderPaid',
        orderNumber: '1001',
        customer: '+91',
        via: 'upi',
        amountPaid: 5000,
        receipt: '',
      }),
    ).toEqual({ number: 1001, payment: 'paid', detail: 'paid via upi' })
    expect(
      orderPaymentUpdate({
        type: 'payment.orderPartiallyPaid',
        orderNumber: '1001',
        customer: '+91',
        amountPaid: 2000,
        total: 5000,
        message: '',
      }),
    ).toEqual({ number: 1001, payment: 'link_sent', detail: 'partly paid: 2000 of 5000' })
  })

  it('paylink explains a provider that is not set up', async () => {
    const { payments, set } = setup()
    set('payments.providers', 'razorpay')
    const out = await payments.paylinkText(order, 'razorpay')
    expect(out.ok).toBe(false)
    expect(out.errors).toEqual([
      'razorpay: Razorpay is on but the key id is not set (payments.razorpay.key_id).',
    ])
  })

  it('a secret that can no longer be opened reads as not set (no exception into the order flow)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-payments-'))
    dirs.push(dir)
    const first = setup(dir)
    first.set('payments.providers', 'razorpay')
    first.set('payments.razorpay.key_id', 'rzp_test_id')
    first.set('payments.razorpay.key_secret', 'rzp_secret_abcdefghijklmnop')
    first.db.close()
    dbs.splice(dbs.indexOf(first.db), 1)
    writeFileSync(join(dir, 'secret.key'), Buffer.alloc(32, 7), { mode: 0o600 }) // the key file was replaced
    const again = setup(dir)
    const res = await again.payments.desk.requestPayment(order)
    expect(res.ok).toBe(false)
    expect(res.failures[0]!.message).toMatch(/key secret is not set/)
    expect(again.warnings).toContain('payment secret could not be opened')
  })
})
