// The order queue through the API the UI uses: live arrival, one-click transitions with customer messages,
// line edits, stock on accept, payment state, paging and counts, today's summary and the CSV export.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { createDispatcher, type Dispatch } from '../../electron/engine/api'
import type { OrderDetail } from '../../shared/contract/orders'

const ASHA = '+919800000001'
let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

async function call<T>(dispatch: Dispatch, method: string, args: unknown): Promise<T> {
  const r = await dispatch(method, args)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value as T
}

describe('order queue', () => {
  it('runs the whole flow: chat, clarify, confirm, edit, accept, pack, ready; the customer hears each step', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    const dispatch = createDispatcher(shop.engine)
    await shop.say(ASHA, 'namaste, 2 kg onion')
    await shop.say(ASHA, 'also 1 butter and 6 eggs')
    await shop.say(ASHA, '1')
    expect(await shop.say(ASHA, 'yes')).toContain('#1001')

    expect(shop.events.filter((e) => e.event === 'orders.created')).toHaveLength(1)
    const queue = await call<{ total: number; items: { number: number; status: string }[] }>(
      dispatch,
      'orders.list',
      {
        statuses: ['new'],
      },
    )
    expect(queue).toMatchObject({ total: 1, items: [{ number: 1001, status: 'new' }] })
    expect(await call(dispatch, 'orders.counts', {})).toMatchObject({ new: 1, accepted: 0 })

    let order = await call<OrderDetail>(dispatch, 'orders.get', { number: 1001 })
    expect(order.lines.map((l) => [l.sku, l.qty, l.amount])).toEqual([
      ['ONION', 2, 6000],
      ['EGG', 6, 4200],
      // added when the question about it was answered
      ['AMUL-BUTTER-100', 1, 5600],
    ])
    expect(order.next).toEqual(['accepted', 'rejected', 'cancelled'])

    order = await call<OrderDetail>(dispatch, 'orders.editLine', {
      number: 1001,
      position: 2,
      change: { kind: 'qty', qty: 12 },
    })
    expect(order.total).toBe(6000 + 5600 + 8400)
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toBe('We changed order #1001:\nEggs: now 12 pc\nNew total: *₹200*')

    order = await call<OrderDetail>(dispatch, 'orders.transition', { number: 1001, to: 'accepted' })
    expect(order.status).toBe('accepted')
    expect(shop.engine.catalog.get('EGG').stock).toBe(88)
    await call<OrderDetail>(dispatch, 'orders.transition', { number: 1001, to: 'packed' })
    order = await call<OrderDetail>(dispatch, 'orders.transition', { number: 1001, to: 'ready' })
    await shop.settle()
    const steps = [
      '👍 Order #1001 accepted. We are packing it.',
      '📦 Order #1001 is packed.',
      '✅ Order #1001 is ready for pickup. Total ₹200.',
    ]
    expect(shop.replies(ASHA).slice(-3)).toEqual(steps)
    // Queued together (nothing went out between the three clicks), they reach the phone as one message, in order.
    expect(shop.received(ASHA).at(-1)).toBe(steps.join('\n\n'))
    expect(order.events.map((e) => [e.kind, e.to])).toEqual([
      ['created', 'new'],
      ['edit', null],
      ['status', 'accepted'],
      ['status', 'packed'],
      ['status', 'ready'],
    ])
    expect(order.events.every((e) => typeof e.at === 'number')).toBe(true)
    expect(order.editable).toBe(false)
    const changed = shop.events
      .filter((e) => e.event === 'orders.changed')
      .map((e) => (e.payload as { reason: string }).reason)
    expect(changed).toEqual(['created', 'edit', 'status', 'status', 'status'])

    const refused = await dispatch('orders.transition', { number: 1001, to: 'new' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const late = await dispatch('orders.editLine', { number: 1001, position: 1, change: { kind: 'remove' } })
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('substitutes and removes lines, gives stock back on accepted orders, and records payment', async () => {
    shop = await openShop()
    const dispatch = createDispatcher(shop.engine)
    await shop.say(ASHA, '10 eggs\n1 kg onion')
    await shop.say(ASHA, 'yes')
    await call(dispatch, 'orders.transition', { number: 1001, to: 'accepted' })
    expect(shop.engine.catalog.get('EGG').stock).toBe(90)
    await call(dispatch, 'orders.editLine', { number: 1001, position: 1, change: { kind: 'qty', qty: 4 } })
    expect(shop.engine.catalog.get('EGG').stock).toBe(96)
    let order = await call<OrderDetail>(dispatch, 'orders.editLine', {
      number: 1001,
      position: 2,
      change: { kind: 'substitute', sku: 'POTATO' },
    })
    expect(order.lines[1]).toMatchObject({
      sku: 'POTATO',
      name: 'Potato',
      qty: 1,
      unit: 'kg',
      unitPrice: 2500,
      amount: 2500,
    })
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toContain('Onion replaced by Potato (1 kg)')
    order = await call<OrderDetail>(dispatch, 'orders.editLine', {
      number: 1001,
      position: 1,
      change: { kind: 'remove' },
    })
    expect(order.lines).toHaveLength(1)
    expect(order.total).toBe(2500)
    expect(shop.engine.catalog.get('EGG').stock).toBe(100)
    expect(
      await dispatch('orders.editLine', { number: 1001, position: 2, change: { kind: 'remove' } }),
    ).toMatchObject({
      ok: false,
    })

    await call<OrderDetail>(dispatch, 'orders.setPayment', { number: 1001, payment: 'link_sent' })
    order = await call<OrderDetail>(dispatch, 'orders.setPayment', {
      number: 1001,
      payment: 'paid',
      detail: 'UPI',
    })
    expect(order.payment).toBe('paid')
    expect(order.events.filter((e) => e.kind === 'payment').map((e) => [e.from, e.to, e.detail])).toEqual([
      ['unpaid', 'link_sent', null],
      ['link_sent', 'paid', 'UPI'],
    ])
    // Paid: the order may shrink (refund the difference) but never silently grow past what was paid.
    expect(
      await dispatch('orders.editLine', { number: 1001, position: 1, change: { kind: 'qty', qty: 3 } }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: /already paid/ } })
    expect((await call<OrderDetail>(dispatch, 'orders.get', { number: 1001 })).total).toBe(2500)
    expect(await dispatch('orders.setPayment', { number: 1001, payment: 'free' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    expect(await dispatch('orders.get', { number: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('rejects with a reason the customer reads, and puts accepted goods back in stock', async () => {
    shop = await openShop()
    await shop.say(ASHA, '10 eggs')
    await shop.say(ASHA, 'yes')
    const dispatch = createDispatcher(shop.engine)
    await call(dispatch, 'orders.transition', { number: 1001, to: 'accepted' })
    expect(shop.engine.catalog.get('EGG').stock).toBe(90)
    const order = await call<OrderDetail>(dispatch, 'orders.transition', {
      number: 1001,
      to: 'rejected',
      reason: 'we deliver only within 3 km',
    })
    expect(order).toMatchObject({ status: 'rejected', reason: 'we deliver only within 3 km', next: [] })
    expect(shop.engine.catalog.get('EGG').stock).toBe(100)
    await shop.settle()
    expect(shop.replies(ASHA).at(-1)).toBe('Sorry, we cannot take order #1001: we deliver only within 3 km')
    // Accepted and rejected before anything went out: both notices in one message, the rejection last.
    expect(shop.received(ASHA).at(-1)).toBe(
      '👍 Order #1001 accepted. We are packing it.\n\nSorry, we cannot take order #1001: we deliver only within 3 km',
    )
  })

  it('pages the queue newest first by status, counts, and numbers orders from 1001 without gaps', async () => {
    shop = await openShop()
    for (let i = 0; i < 7; i++) {
      const phone = `+91980000010${i}`
      await shop.say(phone, `${i + 1} kg onion`)
      await shop.say(phone, 'yes')
    }
    const { engine } = shop
    engine.orders.transition(1002, 'accepted')
    engine.orders.transition(1004, 'cancelled')
    const page1 = engine.orders.list({ statuses: ['new', 'accepted'], offset: 0, limit: 3 })
    expect(page1.total).toBe(6)
    expect(page1.items.map((o) => o.number)).toEqual([1007, 1006, 1005])
    const page2 = engine.orders.list({ statuses: ['new', 'accepted'], offset: 3, limit: 3 })
    expect(page2.items.map((o) => o.number)).toEqual([1003, 1002, 1001])
    expect(engine.orders.counts()).toMatchObject({ new: 5, accepted: 1, cancelled: 1 })
    expect(
      engine.orders.list({ customer: '+919800000103', offset: 0, limit: 5 }).items.map((o) => o.number),
    ).toEqual([1004])
    expect(engine.orders.list({ query: '#1006', offset: 0, limit: 5 }).items.map((o) => o.number)).toEqual([
      1006,
    ])
    expect(engine.orders.list({ query: '98000001', offset: 0, limit: 5 }).total).toBe(7)
    expect(engine.orders.list({ query: '100%', offset: 0, limit: 5 }).total).toBe(0)
  })

  it("summarizes today's orders and exports them as CSV", async () => {
    shop = await openShop({ settings: { 'shop.timezone': 'Asia/Kolkata' } })
    const dispatch = createDispatcher(shop.engine)
    await shop.say(ASHA, '2 kg onion\n1 bread')
    await shop.say(ASHA, 'yes')
    await shop.say('+919800000002', '3 kg onion')
    await shop.say('+919800000002', 'yes')
    await shop.say('+919800000003', '1 bread')
    await shop.say('+919800000003', 'yes')
    shop.engine.orders.transition(1003, 'rejected', { reason: 'closed' })
    const summary = await call<{
      orders: number
      revenue: number
      topItems: { sku: string; qty: number; amount: number }[]
      byStatus: Record<string, number>
    }>(dispatch, 'orders.summary', {})
    expect(summary).toMatchObject({
      orders: 3,
      revenue: 6000 + 4500 + 9000,
      byStatus: { new: 2, rejected: 1 },
    })
    expect(summary.topItems[0]).toMatchObject({ sku: 'ONION', qty: 5, amount: 15000 })
    expect(summary.topItems[1]).toMatchObject({ sku: 'BREAD', qty: 1, amount: 4500 })

    const tomorrow = await call<{ orders: number }>(dispatch, 'orders.summary', {
      from: shop.clock.t + 86_400_000,
    })
    expect(tomorrow.orders).toBe(0)

    const { csv, fileName } = await call<{ csv: string; fileName: string }>(dispatch, 'orders.exportCsv', {})
    expect(fileName).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = csv.trim().split('\n')
    expect(rows[0]).toBe(
      'order,created_at,customer,name,status,payment,fulfilment,sku,item,qty,unit,unit_price,amount,order_total,currency',
    )
    expect(rows).toHaveLength(5)
    expect(rows[1]).toContain('1001,')
    expect(rows[1]).toContain(',ONION,Onion,2,kg,30.00,60.00,105.00,INR')

    const slip = await call<{ text: string }>(dispatch, 'orders.slip', { number: 1001 })
    expect(slip.text).toContain('Order #1001')
    expect(slip.text).toContain('TOTAL')
    expect(slip.text).toContain('₹105')
  })

  it('lists chats with needs-a-person first, then unread, then recent, and serves the simulator panel', async () => {
    shop = await openShop()
    const dispatch = createDispatcher(shop.engine)
    expect(await call(dispatch, 'simulator.send', { from: '+910000000001', text: 'hi' })).toEqual({
      accepted: true,
    })
    await shop.settle()
    const simulated = shop.events.filter((e) => e.event === 'simulator.message')
    expect(simulated).toHaveLength(1)
    expect(simulated[0]!.payload).toMatchObject({ to: '+910000000001' })
    await shop.say(ASHA, 'hi')
    await call(dispatch, 'chats.markRead', { phone: ASHA })
    await shop.say('+910000000002', 'talk to a person please')
    const list = await call<{ items: { phone: string }[] }>(dispatch, 'chats.list', {})
    // Needs a person first; the two the bot answered are both read, so the most recent comes next.
    expect(list.items.map((c) => c.phone)).toEqual(['+910000000002', ASHA, '+910000000001'])
    const detail = await call<{ latestOrder: number | null; cart: unknown[] }>(dispatch, 'chats.get', {
      phone: ASHA,
    })
    expect(detail).toMatchObject({ latestOrder: null, cart: [] })
    expect(shop.events.some((e) => e.event === 'chat.message')).toBe(true)
    expect(shop.events.some((e) => e.event === 'chats.changed')).toBe(true)
  })
})
