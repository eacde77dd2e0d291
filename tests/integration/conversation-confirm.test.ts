// Confirming, cancelling, status, handing over to a person, and opening hours.
import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, openShop, type TestShop } from '../fixtures/conv-harness'
import { createDispatcher } from '../../electron/engine/api'

const ASHA = '+919800000001'
const RAVI = '+919800000002'
let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

describe('confirming', () => {
  it('holds back an order under the minimum order value', async () => {
    shop = await openShop({ settings: { 'orders.minimumOrder': 20000 } })
    await shop.say(ASHA, '1 kg onion')
    expect(await shop.say(ASHA, 'yes')).toContain('Our minimum order is ₹200; your cart is ₹30')
    expect(shop.engine.orders.counts().new).toBe(0)
    await shop.say(ASHA, 'also 1 butter')
    await shop.say(ASHA, '2')
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed')
  })

  it('asks pickup or delivery and the address when the shop needs them, and remembers the address', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(ASHA, 'yes')).toContain('Pickup or delivery?')
    expect(await shop.say(ASHA, '2')).toContain('Please send your delivery address')
    expect(shop.engine.chats.get(ASHA).pending).toBe('Delivery address')
    const status = await shop.say(ASHA, 'where is my order')
    expect(status).toContain('no orders yet')
    expect(status).toContain('Please send your delivery address')
    const meanwhile = await shop.say(ASHA, 'also 1 bread')
    expect(meanwhile).toContain('Britannia Bread 400 g — 1 × ₹45')
    expect(meanwhile).toContain('Please send your delivery address')
    const r = await shop.say(ASHA, 'Flat 4, Shanti Apartments, FC Road')
    expect(r).toContain('Order *#1001* placed')
    expect(r).toContain('Delivery to: Flat 4, Shanti Apartments, FC Road')
    expect(shop.engine.orders.get(1001)).toMatchObject({
      fulfilment: 'delivery',
      address: 'Flat 4, Shanti Apartments, FC Road',
    })
    expect(shop.engine.chats.get(ASHA).address).toBe('Flat 4, Shanti Apartments, FC Road')

    await shop.say(ASHA, '1 kg potato')
    await shop.say(ASHA, 'confirm')
    expect(await shop.say(ASHA, 'pickup')).toContain('Pickup from the shop')
    expect(shop.engine.orders.get(1002).fulfilment).toBe('pickup')
  })

  it('a delivery-only shop uses the address it already has', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'delivery' } })
    await shop.say(ASHA, 'hi')
    shop.engine.chats.setCustomer(ASHA, { address: '12 MG Road', notes: 'ring twice' })
    await shop.say(ASHA, '1 bread')
    expect(await shop.say(ASHA, 'ok confirm')).toContain('Delivery to: 12 MG Road')
    expect(shop.engine.orders.get(1001).customerNotes).toBe('ring twice')
  })
})

describe('cancel and status', () => {
  it('cancels the cart, then a not-yet-packed order, but not a packed one', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(ASHA, 'cancel')).toContain('your cart is cleared')
    expect(shop.engine.chats.get(ASHA).cart).toEqual([])
    expect(await shop.say(ASHA, 'cancel')).toContain('nothing to cancel')

    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'yes')
    shop.engine.orders.transition(1001, 'accepted')
    await shop.settle()
    expect(await shop.say(ASHA, 'cancel')).toContain('Order #1001 is cancelled')
    expect(shop.engine.orders.get(1001).status).toBe('cancelled')
    expect(shop.engine.orders.get(1001).reason).toBe('Cancelled by the customer')

    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    shop.engine.orders.transition(1002, 'accepted')
    shop.engine.orders.transition(1002, 'packed')
    await shop.settle()
    expect(await shop.say(ASHA, 'cancel')).toContain('Order #1002 is already packed')
    expect(shop.engine.orders.get(1002).status).toBe('packed')
  })

  it.each(['actually no, keep it', 'cancel mat karo', 'doch nicht stornieren', 'galti se cancel ho gaya'])(
    '"%s" right after cancelling brings the order back as it was',
    async (back) => {
      shop = await openShop()
      await shop.say(ASHA, '1 kg sugar')
      await shop.say(ASHA, 'yes')
      shop.engine.orders.transition(1001, 'accepted')
      await shop.settle()
      expect(shop.engine.catalog.get('SUGAR-1KG').stock).toBe(4)
      await shop.say(ASHA, 'cancel my order')
      expect(shop.engine.catalog.get('SUGAR-1KG').stock).toBe(5)
      shop.clock.advance(10 * 60_000)
      const r = await shop.say(ASHA, back)
      expect(r).toContain('#1001')
      expect(r).toMatch(/is not cancelled|cancel nahi hua|ist nicht storniert/)
      expect(shop.engine.orders.get(1001).status).toBe('accepted')
      // the goods it had taken off the shelf are taken again
      expect(shop.engine.catalog.get('SUGAR-1KG').stock).toBe(4)
      expect(shop.engine.orders.counts().cancelled ?? 0).toBe(0)
    },
  )

  it('a cancel is not taken back after half an hour, nor one the shop made, nor a cancel wanted again', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'yes')
    await shop.say(ASHA, 'cancel')
    shop.clock.advance(31 * 60_000)
    expect(await shop.say(ASHA, 'no wait, keep it')).not.toContain('not cancelled')
    expect(shop.engine.orders.get(1001).status).toBe('cancelled')

    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'yes')
    shop.engine.orders.transition(1002, 'cancelled', { reason: 'Out of bread' })
    await shop.settle()
    expect(await shop.say(ASHA, 'please keep my order')).not.toContain('not cancelled')
    expect(shop.engine.orders.get(1002).status).toBe('cancelled')

    await shop.say(ASHA, '1 kg tomato')
    await shop.say(ASHA, 'yes')
    await shop.say(ASHA, 'cancel')
    expect(await shop.say(ASHA, 'nahi, cancel hi karo')).not.toContain('not cancelled')
    expect(shop.engine.orders.get(1003).status).toBe('cancelled')
  })

  it.each(['what did I order?', 'mera order dikhao', 'was habe ich bestellt?'])(
    '"%s" after the order is answered with its status and what it holds, line by line',
    async (ask) => {
      shop = await openShop()
      await shop.say(ASHA, '2 kg onion, 1 bread')
      await shop.say(ASHA, 'yes')
      const r = await shop.say(ASHA, ask)
      expect(r).toMatch(/#1001/)
      expect(r).toContain('1. Onion — 2 kg × ₹30/kg = ₹60')
      expect(r).toContain('2. Britannia Bread 400 g — 1 × ₹45 = ₹45')
      // a plain "where is my order" gets the status only
      expect(await shop.say(ASHA, 'where is my order')).not.toContain('1. Onion')
    },
  )

  it("answers status with the latest order's status", async () => {
    shop = await openShop()
    expect(await shop.say(ASHA, 'where is my order')).toContain('no orders yet')
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'yes')
    expect(await shop.say(ASHA, 'order status')).toContain(
      'Order *#1001* (₹60): received, waiting for the shop',
    )
    shop.engine.orders.transition(1001, 'accepted')
    shop.engine.orders.transition(1001, 'packed')
    shop.engine.orders.transition(1001, 'ready')
    await shop.settle()
    expect(await shop.say(ASHA, 'status')).toContain('ready for pickup')
  })
})

describe('handing over to a person', () => {
  it('pauses the bot for that chat and flags it until the shopkeeper resumes it', async () => {
    shop = await openShop()
    await shop.say(RAVI, 'hi')
    expect(await shop.say(ASHA, 'I want to talk to a person')).toContain('someone from the shop will reply')
    expect(await shop.say(ASHA, '2 kg onion')).toBe('')
    const list = shop.engine.chats.list({ offset: 0, limit: 10 })
    expect(list.items[0]).toMatchObject({
      phone: ASHA,
      needsHuman: true,
      botPaused: true,
      attention: 'Asked for a person',
    })
    // Other customers are still served.
    expect(await shop.say(RAVI, '1 bread')).toContain('Britannia Bread')

    const dispatch = createDispatcher(shop.engine)
    const reply = await dispatch('chats.reply', { phone: ASHA, text: 'Hello Asha, how can I help?' })
    expect(reply.ok).toBe(true)
    await shop.settle()
    expect(shop.received(ASHA).at(-1)).toBe('Hello Asha, how can I help?')
    const resumed = await dispatch('chats.resumeBot', { phone: ASHA })
    expect(resumed).toMatchObject({ ok: true, value: { botPaused: false, needsHuman: false } })
    expect(await shop.say(ASHA, '1 kg onion')).toContain('Onion — 1 kg')

    const transcript = await dispatch('chats.messages', { phone: ASHA, limit: 100 })
    if (!transcript.ok) throw new Error('transcript failed')
    const items = (transcript.value as { items: { direction: string; origin: string; text: string }[] }).items
    expect(items.map((m) => m.origin)).toEqual(['customer', 'bot', 'customer', 'manual', 'customer', 'bot'])
  })
})

describe('opening hours', () => {
  const hours = { open: '09:00', close: '21:00', closedDays: [] }

  it('answers with the opening time when closed and still takes the order if the shop allows', async () => {
    // 22:30 in Pune
    shop = await openShop({
      clock: new FakeClock(Date.UTC(2026, 10, 24, 17, 0)),
      settings: { 'shop.hours': hours, 'shop.timezone': 'Asia/Kolkata' },
    })
    const r = await shop.say(ASHA, '2 kg onion')
    expect(r).toContain('We are closed now and open again tomorrow at 09:00')
    expect(r).toContain('You can still order')
    expect(r).toContain('Onion — 2 kg')
    // The away note is not repeated on every message.
    expect(await shop.say(ASHA, 'yes')).not.toContain('closed')
    expect(shop.engine.orders.counts().new).toBe(1)
  })

  it('takes no order when closed if the shop says so', async () => {
    shop = await openShop({
      clock: new FakeClock(Date.UTC(2026, 10, 24, 17, 0)),
      settings: { 'shop.hours': hours, 'shop.timezone': 'Asia/Kolkata', 'shop.ordersWhenClosed': false },
    })
    const r = await shop.say(ASHA, '2 kg onion')
    expect(r).toContain('open again tomorrow at 09:00')
    expect(r).not.toContain('Onion')
    expect(shop.engine.chats.get(ASHA).cart).toEqual([])
    // Next morning at 09:30 the shop is open again.
    shop.clock.advance(11 * 60 * 60_000)
    expect(await shop.say(ASHA, '2 kg onion')).toContain('Onion — 2 kg')
  })

  it('names the next open day when today is a closed day', async () => {
    // Tuesday 24 Nov 2026, 11:30 in Berlin; closed on Tuesdays.
    shop = await openShop({
      clock: new FakeClock(Date.UTC(2026, 10, 24, 10, 30)),
      settings: {
        'shop.hours': { ...hours, closedDays: [2] },
        'shop.timezone': 'Europe/Berlin',
        'shop.language': 'de',
      },
    })
    expect(await shop.say(ASHA, 'Hallo, 2 Brot bitte')).toContain('öffnen wieder morgen um 09:00')
  })
})

describe('greetings beside a waiting cart', () => {
  it.each(['hello ji', 'namaste ji', 'bhaiya?'])('"%s" does not place the order', async (text) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '2 kg onion')
    const r = await shop.say(ASHA, text)
    expect(r).not.toContain('#1001')
    expect(shop.engine.orders.counts().new).toBe(0)
    expect(await shop.say(ASHA, 'haan ji')).toContain('#1001')
    expect(shop.engine.orders.counts().new).toBe(1)
  })
})

describe('an address sent before the shop asks for it', () => {
  it.each([
    ['address: Flat 4, Shanti Apartments, FC Road', 'Flat 4, Shanti Apartments, FC Road'],
    ['my address is B-204 Sunrise Apts, Baner', 'B-204 Sunrise Apts, Baner'],
    ['pata: 12 Gandhi Nagar, gali no 3', '12 Gandhi Nagar, gali no 3'],
    ['Lieferadresse: Gartenweg 7, 10115 Berlin', 'Gartenweg 7, 10115 Berlin'],
    // labelled, with no address word or pin code: the customer said it is the address
    ['mere ghar ka pata hai 45 green park', '45 green park'],
    ['address: Hotel Sunrise', 'Hotel Sunrise'],
    ['hamare ghar ka pata: B-12 sector 5', 'B-12 sector 5'],
  ])('labelled as the address, it asks for delivery there: %s', async (text, address) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, text)
    await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1001)).toMatchObject({ fulfilment: 'delivery', address })
  })

  it.each([
    [
      '2 kg onion, 1 bread deliver to Flat 4, Shanti Apartments, FC Road',
      'Flat 4, Shanti Apartments, FC Road',
    ],
    ['2 kg onion liefern an Gartenweg 7, 10115 Berlin', 'Gartenweg 7, 10115 Berlin'],
  ])('given with the goods, the yes places the order for delivery there: %s', async (text, address) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    const reply = await shop.say(ASHA, text)
    expect(reply).not.toMatch(/don't have|nicht/)
    await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1001)).toMatchObject({ fulfilment: 'delivery', address })
  })

  it('in a shop that only delivers, an address needs no label', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'delivery' } })
    await shop.say(ASHA, '1 bread')
    await shop.say(ASHA, 'Flat 9, Green Park, near the temple')
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed')
    expect(shop.engine.orders.get(1001).address).toBe('Flat 9, Green Park, near the temple')
  })

  it('in a shop that asks, an address with no label and no wish for delivery is not taken for one', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'Flat 9, Green Park')
    expect(await shop.say(ASHA, 'yes')).toContain('Pickup or delivery?')
  })
})

describe('another pack size of a product in the cart', () => {
  it.each([
    'change the butter to the 500 g pack',
    'butter 500g wala kar do',
    'instead of 100g butter give 500g',
  ])('swaps the pack for one of the size said: %s', async (text) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '2 amul butter 100g')
    await shop.say(ASHA, text)
    await shop.say(ASHA, 'yes')
    const lines = shop.engine.orders.get(1001).lines.map((l: { sku: string; qty: number }) => [l.sku, l.qty])
    expect(lines).toEqual([['AMUL-BUTTER-500', 1]])
  })

  it('the same pack size said again is more of the cart pack', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '1 amul butter 100g')
    await shop.say(ASHA, '2 more butter 100 g')
    await shop.say(ASHA, 'yes')
    expect(shop.engine.orders.get(1001).lines.map((l: { sku: string }) => l.sku)).toEqual(['AMUL-BUTTER-100'])
  })
})

describe('"just the X then"', () => {
  it.each(['fine, just the onion then', 'sirf pyaz', 'ok only the onion'])(
    '%s keeps that line, skips the open question and drops the rest',
    async (text) => {
      shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
      // Amul Paneer is out of stock: a substitute is offered
      await shop.say(ASHA, '2 kg onion, 1 bread, 1 amul paneer')
      const r = await shop.say(ASHA, text)
      expect(r).not.toContain('Which')
      await shop.say(ASHA, 'yes')
      const order = shop.engine.orders.get(1001)
      expect(order.lines.map((l: { sku: string; qty: number }) => [l.sku, l.qty])).toEqual([['ONION', 2]])
    },
  )
})

describe('an order announced before its goods', () => {
  it.each([
    ['I would like to place an order', /What would you like/],
    ['bhaiya order likho', /Kya chahiye/],
    ['ich möchte eine Bestellung aufgeben', /Was darf es sein/],
  ])('%s is asked what is wanted, not told the cart is empty', async (text, reply) => {
    shop = await openShop({})
    const r = await shop.say(ASHA, text)
    expect(r).toMatch(reply)
    expect(r).not.toMatch(/empty|khaali|leer|did not get/i)
  })
})

describe('another size of a cart product, described', () => {
  it.each([
    'actually make it the big one',
    'the bigger one please',
    'bada wala kar do',
    'I want the 500g one instead',
  ])('%s swaps the butter for the 500 g pack', async (text) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '1 amul butter 100g, 2 kg onion')
    await shop.say(ASHA, text)
    await shop.say(ASHA, 'yes')
    const lines = shop.engine.orders.get(1001).lines.map((l: { sku: string; qty: number }) => [l.sku, l.qty])
    expect(lines).toEqual(
      expect.arrayContaining([
        ['AMUL-BUTTER-500', 1],
        ['ONION', 2],
      ]),
    )
    expect(lines).toHaveLength(2)
  })
})

describe('a price question with only an amount, after a price was given', () => {
  it.each(['how much for 2?', 'price for 5 kg?'])(
    '%s is that product, not goods called "5 kg"',
    async (text) => {
      shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
      await shop.say(ASHA, 'do you have onions?')
      const r = await shop.say(ASHA, text)
      expect(r).toMatch(/Onion/)
      expect(r).not.toMatch(/don't have|did not get/)
      // the product asked about is still the one a bare amount then orders
      await shop.say(ASHA, 'ok 3 kg')
      await shop.say(ASHA, 'yes')
      expect(
        shop.engine.orders.get(1001).lines.map((l: { sku: string; qty: number }) => [l.sku, l.qty]),
      ).toEqual([['ONION', 3]])
    },
  )
})

describe('"same as last time" with goods on top and no earlier order', () => {
  it.each([
    'same as last week plus 2 kg onion',
    'same as usual, and 2 kg onion',
    'pichli baar wala order repeat karo aur 2 kg onion bhi',
    'das gleiche wie letzte Woche, und noch 2 kg Zwiebeln',
  ])('"%s" still orders the goods said on top', async (text) => {
    shop = await openShop()
    const reply = await shop.say(ASHA, text)
    expect(reply).toMatch(/2 kg/)
    await shop.say(ASHA, 'yes')
    const order = shop.engine.orders.latestFor(ASHA)
    expect(order && shop.engine.orders.get(order.number).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ONION', 2],
    ])
  })
})
