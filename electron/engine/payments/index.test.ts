import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/connection'
import { Settings } from '../settings'
import { createPayments, parseUpiLink } from './index'

const dbs: DB[] = []
const dirs: string[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function setup(dataDir: string | null = null) {
  const db = openDatabase(dataDir ? join(dataDir, 'counterchat.db') : ':memory:')
  dbs.push(db)
  const settings = new Settings(db, () => 1)
  const warnings: string[] = []
  const payments = createPayments({
    db,
    dataDir,
    now: () => 1_000_000,
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
