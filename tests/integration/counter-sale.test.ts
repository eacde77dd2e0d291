// Counter sales (issue #16): barcode scans and a weighed item into one order with channel 'counter', paid by
// cash with change, UPI or khata; bad quantities refused with nothing written; the day's summary and close.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { CODES, COUNTER_CATALOG, ean } from '../fixtures/counter-catalog'
import { createDispatcher } from '../../electron/engine/api'

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

const orderCount = () => (shop.engine.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n

describe('counter lookup', () => {
  it('finds a product by its scanned barcode, and a UPC-A scan of an EAN-13 stored code', async () => {
    shop = await open()
    const { counter } = shop.engine
    expect(counter.lookup(CODES.bread).product?.sku).toBe('BREAD')
    // A 12-digit UPC-A is the EAN-13 without its leading zero.
    await shop.engine.catalog.update('TOMATO', { barcode: '036000291452' })
    expect(shop.engine.catalog.get('TOMATO').barcode).toBe('0036000291452')
    expect(counter.lookup('036000291452').product?.sku).toBe('TOMATO')
    expect(counter.lookup('0036000291452').product?.sku).toBe('TOMATO')
  })

  it('offers to add an unknown barcode and explains a wrong check digit', async () => {
    shop = await open()
    const unknown = ean('400000000001')
    expect(shop.engine.counter.lookup(unknown)).toMatchObject({ product: null, unknownBarcode: unknown })
    const typo = CODES.bread.slice(0, -1) + String((Number(CODES.bread.at(-1)) + 1) % 10)
    const bad = shop.engine.counter.lookup(typo)
    expect(bad.product).toBeNull()
    expect(bad.unknownBarcode).toBeNull()
    expect(bad.error).toMatch(/check digit/)
  })

  it('searches by name, alias and typo with the order matcher', async () => {
    shop = await open()
    const { counter } = shop.engine
    expect(counter.lookup('pyaz').product?.sku).toBe('ONION')
    expect(counter.lookup('brittania bread').product?.sku).toBe('BREAD')
    expect(counter.lookup('onoin').product?.sku).toBe('ONION')
    expect(counter.lookup('Zucker').product?.sku).toBe('SUGAR-1KG')
    expect(counter.lookup('xylophone').product).toBeNull()
  })

  it('refuses to give one barcode to two products', async () => {
    shop = await open()
    expect(() => shop.engine.catalog.update('TOMATO', { barcode: CODES.bread })).toThrow(/already belongs/)
  })
})

describe('counter sale', () => {
  it('sells 3 scans and a weighed item for cash, computes the change, and completes the order at once', async () => {
    shop = await open()
    const { counter } = shop.engine
    const lines = [CODES.butter, CODES.bread, CODES.butter, CODES.milk].map((c) => ({
      sku: counter.lookup(c).product!.sku,
      qty: 1,
    }))
    lines.push({ sku: 'ONION', qty: 750, unit: 'g' } as never)
    const q = counter.quote(lines)
    // butter twice merges into one line of 2
    expect(q.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['AMUL-BUTTER-100', 2],
      ['BREAD', 1],
      ['MILK-TAAZA', 1],
      ['ONION', 0.75],
    ])
    const total = 2 * 5600 + 4500 + 2700 + 2250
    expect(q.total).toBe(total)
    const sale = counter.sell(lines, { method: 'cash', tendered: 25000 })
    expect(sale).toMatchObject({ total, change: 25000 - total, balance: null })
    const order = shop.engine.orders.get(sale.number)
    expect(order).toMatchObject({ status: 'completed', payment: 'paid', customer: 'counter', total })
    const row = shop.engine.db
      .prepare('SELECT channel, paid_via, tendered FROM orders WHERE number = ?')
      .get(sale.number)
    expect(row).toEqual({ channel: 'counter', paid_via: 'cash', tendered: 25000 })
    // stock went down; the finished list and today's summary include the sale
    expect(shop.engine.catalog.get('AMUL-BUTTER-100').stock).toBe(18)
    expect(shop.engine.catalog.get('ONION').stock).toBe(49.25)
    expect(shop.engine.orders.list({ statuses: ['completed'], offset: 0, limit: 10 }).items[0]?.number).toBe(
      sale.number,
    )
    const dispatch = createDispatcher(shop.engine)
    const summary = (await dispatch('orders.summary', {})) as {
      ok: true
      value: { orders: number; revenue: number }
    }
    expect(summary.value).toMatchObject({ orders: 1, revenue: total })
  })

  it('numbers counter sales in the same sequence as WhatsApp orders, and sends no WhatsApp message', async () => {
    shop = await open()
    await shop.say('+919800000001', '1 bread')
    await shop.say('+919800000001', 'yes')
    const first = shop.engine.orders.list({ offset: 0, limit: 5 }).items[0]!.number
    const outboxBefore = (shop.engine.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n
    const sale = shop.engine.counter.sell([{ sku: 'BREAD', qty: 1 }], { method: 'upi' })
    expect(sale.number).toBe(first + 1)
    expect(shop.engine.orders.get(sale.number)).toMatchObject({ payment: 'paid', status: 'completed' })
    await shop.settle()
    expect((shop.engine.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(
      outboxBefore,
    )
  })

  it('refuses negative, zero and absurd weights and short cash with a clear message, writing nothing', async () => {
    shop = await open()
    const dispatch = createDispatcher(shop.engine)
    const sell = (lines: unknown, payment: unknown = { method: 'cash' }) =>
      dispatch('counter.sell', { lines, payment })
    const negative = await sell([{ sku: 'ONION', qty: -1 }])
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid_args' } })
    expect(JSON.stringify(negative)).toMatch(/more than zero/)
    expect(await sell([{ sku: 'ONION', qty: 0 }])).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    const absurd = await sell([{ sku: 'ONION', qty: 5000 }])
    expect(absurd).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(JSON.stringify(absurd)).toMatch(/not a plausible counter sale/)
    const grams = await sell([{ sku: 'ONION', qty: 250, unit: 'kg' }])
    expect(grams).toMatchObject({ ok: false })
    const half = await sell([{ sku: 'BREAD', qty: 1.5 }])
    expect(JSON.stringify(half)).toMatch(/whole number/)
    const short = await sell([{ sku: 'BREAD', qty: 2 }], { method: 'cash', tendered: 5000 })
    expect(JSON.stringify(short)).toMatch(/less than the total/)
    expect(await sell([])).toMatchObject({ ok: false, error: { code: 'invalid_args' } })
    expect(orderCount()).toBe(0)
    expect(shop.engine.catalog.get('ONION').stock).toBe(50)
  })

  it('shows the counter UPI QR for the amount', async () => {
    shop = await open()
    const qr = await shop.engine.counter.upiQr([{ sku: 'BREAD', qty: 2 }])
    expect(qr.amount).toBe(9000)
    expect(qr.link).toMatch(/^upi:\/\/pay\?pa=sharma@okhdfcbank&.*am=90\.00/)
    expect(qr.dataUrl).toMatch(/^data:image\/png;base64,/)
  })
})
