// The khata (issue #16): append-only entries, running balance, a payment beyond the balance as an advance,
// corrections as new rows, credit limits, opt-in reminders at most every few days, and the customer's own
// statement on WhatsApp in their language, never anyone else's.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { COUNTER_CATALOG } from '../fixtures/counter-catalog'
import { createDispatcher } from '../../electron/engine/api'

const ASHA = '+919800000001'
const RAVI = '+919800000002'
const DAY = 24 * 60 * 60_000
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

const open = () =>
  openShop({
    catalog: COUNTER_CATALOG,
    settings: {
      'shop.name': 'Sharma Kirana',
      'shop.timezone': 'Asia/Kolkata',
      'payments.upi.vpa': 'sharma@okhdfcbank',
    },
  })

describe('khata ledger', () => {
  it('keeps one ledger per phone however the number is typed, with a running balance', async () => {
    shop = await open()
    const { counter, khata } = shop.engine
    const sale = counter.sell([{ sku: 'BREAD', qty: 2 }], {
      method: 'khata',
      customer: '98000 00001',
      name: 'Asha',
    })
    expect(sale.balance).toBe(9000)
    expect(shop.engine.orders.get(sale.number)).toMatchObject({
      customer: ASHA,
      payment: 'unpaid',
      status: 'completed',
    })
    shop.clock.advance(DAY)
    khata.sale(ASHA, 5000, { note: 'old bill' })
    khata.payment('+91 98000-00001', 4000, 'cash')
    const st = khata.statement('9800000001')
    expect(st.customer).toMatchObject({ customer: ASHA, name: 'Asha', balance: 10000 })
    expect(st.entries.map((e) => [e.kind, e.amount, e.balance])).toEqual([
      ['sale', 9000, 9000],
      ['sale', 5000, 14000],
      ['payment', -4000, 10000],
    ])
    expect(st.entries[0]!.orderNumber).toBe(sale.number)
  })

  it('records a payment larger than the balance as an advance, and corrections as new entries', async () => {
    shop = await open()
    const { khata } = shop.engine
    khata.sale(ASHA, 3000)
    const paid = khata.payment(ASHA, 5000, 'upi')
    expect(paid).toMatchObject({ balance: -2000, advance: 2000 })
    const fix = khata.correction(ASHA, 500, 'bread was not counted')
    expect(fix.balance).toBe(-1500)
    const rows = shop.engine.db.prepare('SELECT kind, amount FROM khata_entries ORDER BY id').all()
    expect(rows).toEqual([
      { kind: 'sale', amount: 3000 },
      { kind: 'payment', amount: -5000 },
      { kind: 'correction', amount: 500 },
    ])
    // nothing is edited in place: the database refuses, and a zero entry is refused
    expect(() => shop.engine.db.prepare('UPDATE khata_entries SET amount = 1').run()).toThrow(/append-only/)
    expect(() => shop.engine.db.prepare('DELETE FROM khata_entries').run()).toThrow(/append-only/)
    expect(() => khata.correction(ASHA, 0, 'x')).toThrow(/cannot be zero/)
    const dispatch = createDispatcher(shop.engine)
    expect(await dispatch('khata.payment', { customer: ASHA, amount: -5, method: 'cash' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    expect(await dispatch('khata.statement', { customer: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: expect.stringMatching(/not a phone number/) as unknown },
    })
  })

  it('refuses a khata sale past the credit limit (nothing written) unless the shopkeeper allows it', async () => {
    shop = await open()
    const { counter, khata } = shop.engine
    khata.setCustomer(ASHA, { creditLimit: 10000 })
    counter.sell([{ sku: 'BREAD', qty: 2 }], { method: 'khata', customer: ASHA })
    const orders = () => (shop.engine.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n
    expect(orders()).toBe(1)
    expect(() => counter.sell([{ sku: 'BREAD', qty: 1 }], { method: 'khata', customer: ASHA })).toThrow(
      /past the credit limit/,
    )
    expect(orders()).toBe(1)
    expect(khata.balance(ASHA)).toBe(9000)
    const allowed = counter.sell([{ sku: 'BREAD', qty: 1 }], {
      method: 'khata',
      customer: ASHA,
      override: true,
    })
    expect(allowed.balance).toBe(13500)
  })

  it('puts a WhatsApp order on the khata once', async () => {
    shop = await open()
    await shop.say(ASHA, '2 bread')
    await shop.say(ASHA, 'yes')
    const number = shop.engine.orders.list({ offset: 0, limit: 1 }).items[0]!.number
    expect(shop.engine.khata.chargeOrder(number).balance).toBe(9000)
    expect(() => shop.engine.khata.chargeOrder(number)).toThrow(/already on the khata/)
  })

  it('sends reminders only to customers who opted in, at most one every few days, with a UPI link', async () => {
    shop = await open()
    const { khata } = shop.engine
    khata.sale(ASHA, 12000)
    await shop.say(ASHA, 'hi')
    expect(() => khata.remind(ASHA)).toThrow(/opt-in/)
    khata.setCustomer(ASHA, { reminders: true, name: 'Asha' })
    const first = khata.remind(ASHA)
    expect(first.sent).toBe(true)
    expect(first.text).toContain('₹120')
    expect(first.text).toMatch(/upi:\/\/pay\?pa=sharma@okhdfcbank&.*am=120\.00/)
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toBe(first.text)
    shop.clock.advance(2 * DAY)
    expect(khata.remind(ASHA)).toMatchObject({ sent: false })
    shop.clock.advance(1 * DAY + 1)
    expect(khata.remind(ASHA).sent).toBe(true)
    khata.payment(ASHA, 12000, 'cash')
    shop.clock.advance(5 * DAY)
    expect(() => khata.remind(ASHA)).toThrow(/owes nothing/)
  })
})

describe('khata on WhatsApp', () => {
  it('answers "mera hisaab", "balance" and "wie viel bin ich schuldig?" with the asker’s own statement', async () => {
    shop = await open()
    const { counter } = shop.engine
    counter.sell([{ sku: 'BREAD', qty: 2 }], { method: 'khata', customer: ASHA })
    counter.sell([{ sku: 'SUGAR-1KG', qty: 1 }], { method: 'khata', customer: RAVI })
    shop.engine.khata.payment(RAVI, 1000, 'cash')

    const hi = await shop.say(ASHA, 'mera hisaab')
    expect(hi).toContain('khata')
    expect(hi).toMatch(/Baaki \(dena hai\): ₹90/)
    expect(hi).not.toContain('₹48')
    expect(hi).not.toContain(RAVI)

    const en = await shop.say(RAVI, 'what is my balance?')
    expect(en).toContain('Balance due: ₹38')
    expect(en).toContain('Paid (cash)')
    expect(en).not.toContain('₹90')

    // one German question from a customer who wrote English is answered, in the chat's settled language
    const once = await shop.say(RAVI, 'wie viel bin ich schuldig?')
    expect(once).toContain('Balance due: ₹38')
    const berlin = '+919800000009'
    counter.sell([{ sku: 'BREAD', qty: 1 }], { method: 'khata', customer: berlin })
    const de = await shop.say(berlin, 'wie viel bin ich schuldig?')
    expect(de).toContain('Offener Betrag: ₹45')

    const nobody = await shop.say('+919800000003', 'balance')
    expect(nobody).toMatch(/no khata/)
    expect(nobody).not.toMatch(/₹(90|38)/)
  })

  it('writes a German shop\'s statement in its money and the customer\'s month names', async () => {
    shop = await openShop({
      catalog: COUNTER_CATALOG,
      settings: {
        'shop.currency': 'EUR',
        'shop.country': 'DE',
        'shop.language': 'de',
        'shop.timezone': 'Europe/Berlin',
      },
    })
    const MARIA = '+4915112345678'
    shop.engine.counter.sell([{ sku: 'BREAD', qty: 2 }], { method: 'khata', customer: MARIA })
    shop.engine.khata.payment(MARIA, 171, 'cash')
    const de = await shop.say(MARIA, 'wie viel bin ich schuldig?')
    expect(de).toContain('Offener Betrag: 88,29 €')
    expect(de).toMatch(/24\. Nov\.?\s+.*\+90 €/)
    // Her language is sticky: one English question does not switch it, the shopkeeper's choice in Chats does.
    shop.engine.chats.setLanguage(MARIA, 'en')
    const en = await shop.say(MARIA, 'what is my balance?')
    expect(en).toContain('88,29 €')
    expect(en).toMatch(/24 Nov\s/)
  })

  it('still reads an order that mentions a khata word as an order', async () => {
    shop = await open()
    const reply = await shop.say(ASHA, '2 bread, baaki kal')
    expect(reply).toContain('Britannia Bread')
    expect(reply).not.toMatch(/khata/i)
  })
})

describe('credit limit on WhatsApp orders', () => {
  it('holds an order that would pass the limit for the shopkeeper, and leaves others alone', async () => {
    shop = await open()
    const { khata, orders, chats } = shop.engine
    khata.setCustomer(ASHA, { creditLimit: 10000 })
    khata.sale(ASHA, 8000)
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    const held = orders.list({ offset: 0, limit: 1 }).items[0]!.number
    expect(orders.get(held).note).toMatch(/^Held: .*past the credit limit of ₹100/)
    expect(chats.get(ASHA)).toMatchObject({ needsHuman: true })
    expect(() => khata.chargeOrder(held)).toThrow(/credit limit/)
    expect(khata.chargeOrder(held, true).balance).toBe(12500)

    await shop.say(RAVI, '1 bread')
    await shop.say(RAVI, 'yes')
    const free = orders.list({ offset: 0, limit: 1 }).items[0]!.number
    expect(orders.get(free).note).toBeNull()
  })
})
