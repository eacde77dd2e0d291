import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/connection'
import {
  SqlitePaymentSecrets,
  SqlitePaymentStore,
  type PaymentRequestRecord,
  type PaymentStore,
} from './store'
import { createSecretBox } from './secrets'
import { readPaymentSettings } from './settings'
import type { StoredPaymentLink } from './types'

const request: PaymentRequestRecord = {
  orderNumber: '1042',
  customer: '+919876543210',
  customerName: 'Asha',
  total: 45250,
  currency: 'INR',
  status: 'unpaid',
  amountPaid: 0,
  requestedAt: 1000,
  reminderSentAt: null,
  paidAt: null,
  paidVia: null,
  updatedAt: 1000,
}
const link: StoredPaymentLink = {
  id: 'razorpay:plink_1',
  orderNumber: '1042',
  provider: 'razorpay',
  providerLinkId: 'plink_1',
  url: 'https://rzp.io/i/abc',
  amount: 45250,
  currency: 'INR',
  status: 'created',
  amountPaid: 0,
  createdAt: 1000,
  updatedAt: 1000,
  expiresAt: 99_000,
}

const dbs: DB[] = []
const dirs: string[] = []
afterEach(() => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function sqlite(): SqlitePaymentStore {
  const db = openDatabase(':memory:')
  dbs.push(db)
  return new SqlitePaymentStore(db)
}

describe.each([
  ['sqlite', () => sqlite() as PaymentStore],
])('%s PaymentStore', (_name, make) => {
  it('keeps one gateway attempt per order, provider and attempt: saved before any request row, updated in place', () => {
    const store = make()
    const a = {
      orderNumber: '1042',
      provider: 'stripe' as const,
      attempt: 1,
      generation: 1,
      amount: 45250,
      currency: 'INR' as const,
      expiresAt: 90_000_000,
      startedAt: 1000,
      uncertain: true,
    }
    expect(store.get('1042', 'stripe', 1)).toBeNull()
    store.save(a)
    expect(store.get('1042', 'stripe', 1)).toEqual(a)
    store.save({ ...a, generation: 2, uncertain: false, expiresAt: 91_000_000 })
    expect(store.get('1042', 'stripe', 1)).toEqual({
      ...a,
      generation: 2,
      uncertain: false,
      expiresAt: 91_000_000,
    })
    expect(store.get('1042', 'razorpay', 1)).toBeNull()
    expect(store.get('1042', 'stripe', 2)).toBeNull()
  })

  it('lists failed Stripe links updated since a time (still watched), nothing else', () => {
    const store = make()
    store.upsertRequest(request)
    const stripeLink = { ...link, provider: 'stripe' as const, id: 'stripe:cs_1', providerLinkId: 'cs_1' }
    store.saveLink({ ...stripeLink, status: 'failed', updatedAt: 5000 })
    store.saveLink({
      ...stripeLink,
      id: 'stripe:cs_0',
      providerLinkId: 'cs_0',
      status: 'failed',
      updatedAt: 100,
    })
    store.saveLink({ ...link, status: 'failed', updatedAt: 5000 }) // razorpay: not watched
    expect(store.listWatchedLinks(1000).map((l) => l.id)).toEqual(['stripe:cs_1'])
  })

  it('saves requests and links, lists open links and unpaid orders, marks status', () => {
    const store = make()
    store.upsertRequest(request)
    store.upsertRequest({ ...request, orderNumber: '1041', requestedAt: 500 })
    store.upsertRequest({ ...request, orderNumber: '1040', status: 'paid' })
    store.saveLink(link)
    store.saveLink({
      ...link,
      id: 'upi:1042:1',
      provider: 'upi',
      providerLinkId: null,
      url: 'upi://pay?pa=a@b',
      createdAt: 1001,
    })
    expect(store.getRequest('1042')).toEqual(request)
    expect(store.getRequest('nope')).toBeNull()
    expect(store.listUnpaid().map((r) => r.orderNumber)).toEqual(['1041', '1042'])
    expect(store.listOpenLinks(['razorpay', 'stripe']).map((l) => l.id)).toEqual(['razorpay:plink_1'])
    expect(store.listOpenLinks().map((l) => l.id)).toEqual(['razorpay:plink_1', 'upi:1042:1'])
    store.markLinkStatus('razorpay:plink_1', 'paid', 45250, 2000)
    expect(store.listOpenLinks(['razorpay'])).toEqual([])
    expect(store.linksForOrder('1042')[0]).toEqual({
      ...link,
      status: 'paid',
      amountPaid: 45250,
      updatedAt: 2000,
    })
    store.upsertRequest({ ...request, status: 'paid', amountPaid: 45250, paidAt: 2000, paidVia: 'razorpay' })
    expect(store.listUnpaid().map((r) => r.orderNumber)).toEqual(['1041'])
  })
})

describe('SqlitePaymentSecrets', () => {
  it('stores secrets sealed (the table never holds the plain key) and exposes only masked hints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-paysecrets-'))
    dirs.push(dir)
    const db = openDatabase(join(dir, 'counterchat.db'))
    dbs.push(db)
    const secrets = new SqlitePaymentSecrets(db, createSecretBox({ dataDir: dir }), () => 5)
    const plain = 'rzp_test_VerySecretKey987654'
    expect(secrets.setSecret('payments.razorpay.key_secret', plain)).toEqual({
      key: 'payments.razorpay.key_secret',
      hint: 'rzp_test_…7654',
    })
    const rows = db.prepare('SELECT * FROM payment_secrets').all() as Array<Record<string, unknown>>
    expect(JSON.stringify(rows)).not.toContain('VerySecretKey')
    expect(secrets.getSecret('payments.razorpay.key_secret')).toBe(plain)
    expect(secrets.getSecret('payments.stripe.secret_key')).toBeNull()
    expect(secrets.hints()).toEqual({
      'payments.razorpay.key_secret': 'rzp_test_…7654',
      'payments.stripe.secret_key': null,
    })
    expect(() => secrets.setSecret('shop.name', 'x')).toThrow(/not a secret/)
    const settings = readPaymentSettings(
      (k) => (k === 'payments.razorpay.key_id' ? 'rzp_test_id' : undefined),
      secrets,
    )
    expect(settings.razorpay).toMatchObject({ keyId: 'rzp_test_id', keySecret: plain })
    secrets.setSecret('payments.razorpay.key_secret', '')
    expect(secrets.getSecret('payments.razorpay.key_secret')).toBeNull()
  })
})
