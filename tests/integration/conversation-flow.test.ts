// The conversation rules from issue #4, one customer at a time: greeting, catalog pages, prices, a cart built
// over several messages, clarifying questions, unknown and out-of-stock items, and confirming into the queue.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const ASHA = '+919800000001'
let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

describe('conversation', () => {
  it.each(['how much is that?', 'how much will it be'])(
    '"%s" with a cart and no goods named is its total, not "which item?"',
    async (text) => {
      shop = await openShop({})
      await shop.say(ASHA, '2 kg onion')
      const reply = await shop.say(ASHA, text)
      expect(reply).toMatch(/Total/)
      expect(reply).not.toMatch(/Which item/)
    },
  )

  it.each([
    ['ok 1 of the small one', /Amul Butter 100 g — 1 ×/],
    ['2 of the big ones please', /Amul Butter 500 g — 2 ×/],
    ['the 100 g one', /Amul Butter 100 g — 1 ×/],
  ])('after "do you have" lists two products, "%s" orders the one it points at', async (text, line) => {
    shop = await openShop({})
    expect(await shop.say(ASHA, 'do you have amul butter?')).toMatch(/500 g[\s\S]*100 g|100 g[\s\S]*500 g/)
    expect(await shop.say(ASHA, text)).toMatch(line)
  })

  it('greets a new customer with how to order', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    const reply = await shop.say(ASHA, 'hi')
    expect(reply).toContain('*Sharma Kirana*')
    expect(reply).toContain('Just type what you need')
    // The bot answered it: nothing for the shopkeeper to read.
    expect(shop.engine.chats.get(ASHA).unread).toBe(0)
  })

  it('counts as unread only what needs the shopkeeper: not the bot-handled order, but the hand-over and after', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    await shop.say(ASHA, 'hi')
    await shop.say(ASHA, '2 kg onion')
    await shop.say(ASHA, 'what do you have')
    expect(shop.engine.chats.get(ASHA).unread).toBe(0)
    await shop.say(ASHA, 'talk to a person please')
    expect(shop.engine.chats.get(ASHA)).toMatchObject({ needsHuman: true, unread: 1 })
    // Paused: the bot says nothing, every message is the shopkeeper's to read.
    await shop.say(ASHA, 'hello?')
    await shop.say(ASHA, 'are you there')
    expect(shop.engine.chats.get(ASHA).unread).toBe(3)
    shop.engine.chats.markRead(ASHA)
    shop.engine.chats.resumeBot(ASHA)
    await shop.say(ASHA, 'price of onion')
    expect(shop.engine.chats.get(ASHA).unread).toBe(0)
  })

  it('introduces the shop on first contact even when the first message is an order', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    const first = await shop.say(ASHA, '2 kg onion')
    expect(first).toContain('Hello from *Sharma Kirana*')
    expect(first).toContain('Onion — 2 kg')
    expect(await shop.say(ASHA, '1 bread')).not.toContain('Hello from')
  })

  it('answers the price of an item, and lists the options when the name fits several', async () => {
    shop = await openShop()
    expect(await shop.say(ASHA, 'price of onion')).toContain('*Onion*: ₹30/kg')
    const several = await shop.say(ASHA, 'how much is butter')
    expect(several).toContain('Amul Butter 100 g')
    expect(several).toContain('Amul Butter 500 g')
  })

  it('builds one cart over several messages: add, also, remove, make it', async () => {
    shop = await openShop()
    let r = await shop.say(ASHA, '2 kg onion\n1 bread')
    expect(r).toContain('Onion — 2 kg × ₹30/kg = ₹60')
    expect(r).toContain('Britannia Bread 400 g — 1 × ₹45 = ₹45')
    expect(r).toContain('*Total: ₹105*')
    expect(r).toContain('Reply *YES* to confirm')
    r = await shop.say(ASHA, 'also 1 milk')
    expect(r).toContain('Amul Taaza Toned Milk 500 ml — 1 × ₹27 = ₹27')
    expect(r).toContain('*Total: ₹132*')
    r = await shop.say(ASHA, 'remove the bread')
    expect(r).not.toContain('Bread')
    expect(r).toContain('*Total: ₹87*')
    r = await shop.say(ASHA, 'make it 3 milk')
    expect(r).toContain('Amul Taaza Toned Milk 500 ml — 3 × ₹27 = ₹81')
    expect(r).toContain('*Total: ₹141*')
    r = await shop.say(ASHA, '500 g tomato')
    expect(r).toContain('Tomato — 0.5 kg × ₹40/kg = ₹20')
    expect(shop.engine.chats.get(ASHA).cartTotal).toBe(16100)
  })

  it('asks one numbered question for an unclear line; a number or a name answers it', async () => {
    shop = await openShop()
    let r = await shop.say(ASHA, '1 kg onion, 1 butter')
    expect(r).toContain('Which "butter" do you mean?')
    expect(r).toMatch(/1\. Amul Butter 100 g — ₹56\n2\. Amul Butter 500 g — ₹275/)
    expect(shop.engine.chats.get(ASHA).pending).toBe('Which one: butter')
    r = await shop.say(ASHA, '2')
    expect(r).toContain('Amul Butter 500 g — 1 × ₹275 = ₹275')
    expect(shop.engine.chats.get(ASHA).pending).toBeNull()

    const MEERA = '+919800000003'
    expect(await shop.say(MEERA, '1 kg onion, 1 butter')).toContain('Which "butter"')
    r = await shop.say(MEERA, 'no')
    expect(r).toContain('skipped butter')
    expect(r).toContain('Onion — 1 kg')
    expect(r).not.toContain('Amul Butter')

    const RAVI = '+919800000002'
    expect(await shop.say(RAVI, '2 butter')).toContain('Which "butter"')
    r = await shop.say(RAVI, 'the 100 g one')
    expect(r).toContain('Amul Butter 100 g — 2 × ₹56 = ₹112')
  })

  it('lists unknown items back politely and keeps the rest of the order', async () => {
    shop = await openShop()
    const r = await shop.say(ASHA, '2 kg onion\n3 dragonfruit')
    expect(r).toContain('Sorry, we don\'t have: "')
    expect(r.toLowerCase()).toContain('dragonfruit')
    expect(r).toContain('Onion — 2 kg')
  })

  it('offers a substitute from the same category for an out-of-stock item', async () => {
    shop = await openShop()
    let r = await shop.say(ASHA, '2 amul paneer')
    expect(r).toContain('Amul Paneer 200 g is out of stock')
    expect(r).toContain('1. Gowardhan Paneer 200 g — ₹85')
    r = await shop.say(ASHA, 'yes')
    expect(r).toContain('Gowardhan Paneer 200 g — 2 × ₹85 = ₹170')

    r = await shop.say(ASHA, '1 amul paneer')
    expect(r).toContain('out of stock')
    r = await shop.say(ASHA, 'no')
    expect(r).toContain('skipped Amul Paneer 200 g')
    expect(r).toContain('Gowardhan Paneer 200 g — 2 × ₹85')
  })

  it('says plainly when an out-of-stock item has no substitute, and caps a line at the stock left', async () => {
    shop = await openShop()
    let r = await shop.say(ASHA, '1 lays chips')
    expect(r).toContain('Lays Chips 50 g is out of stock right now.')
    r = await shop.say(ASHA, '8 sugar')
    expect(r).toContain('Only 5 pack of Sugar 1 kg left')
    expect(r).toContain('Sugar 1 kg — 5 × ₹48 = ₹240')
  })

  it('checks stock again at confirm and shows the corrected cart instead of placing it', async () => {
    shop = await openShop()
    await shop.say(ASHA, '4 sugar\n2 kg onion')
    shop.engine.catalog.update('SUGAR-1KG', { stock: 1 })
    let r = await shop.say(ASHA, 'yes')
    expect(r).toContain('Only 1 pack of Sugar 1 kg left')
    expect(r).toContain('Sugar 1 kg — 1 × ₹48 = ₹48')
    expect(r).not.toContain('placed')
    shop.engine.catalog.update('SUGAR-1KG', { stock: 0 })
    r = await shop.say(ASHA, 'yes')
    expect(r).toContain('Sugar 1 kg is out of stock')
    r = await shop.say(ASHA, 'yes')
    expect(r).toContain('Order *#1001* placed. Total *₹60*')
  })

  it('shows the catalog in pages that fit a phone, with "reply 2 for more" and out-of-stock marked', async () => {
    shop = await openShop()
    const products = Array.from({ length: 90 }, (_, i) => ({
      sku: `SNACK-${i}`,
      name: `Namkeen Mix Flavour ${i} 200 g`,
      price: 1000 + i,
      unit: 'pack' as const,
      size: null,
      aliases: [],
      category: i < 45 ? 'Namkeen' : 'Sweets',
      stock: null,
    }))
    for (const p of products) shop.engine.catalog.create(p)
    const first = await shop.say(ASHA, 'menu')
    expect(first).toMatch(/page 1 of [2-9]/)
    expect(first).toContain('Reply *2* for more')
    expect(first.length).toBeLessThan(4096)
    expect(first).toContain('*Amul Butter 100 g* ₹56')
    const second = await shop.say(ASHA, '2')
    expect(second).toMatch(/page 2 of/)
    expect(second).not.toEqual(first)
    const more = await shop.say(ASHA, 'more')
    expect(more).toMatch(/page 3 of/)
    const pages = [first, second, more, await shop.say(ASHA, '4'), await shop.say(ASHA, '5')].join('\n')
    expect(pages).toContain('*Amul Paneer 200 g* ₹90 _(out of stock)_')
    expect(pages).toContain('*Namkeen Mix Flavour 44 200 g*')
    expect(pages).toContain('Type what you need')

    shop.engine.settings.set('catalog.outOfStock', 'hide')
    const hidden = await shop.say(ASHA, 'menu')
    expect(hidden).not.toContain('Amul Paneer')
  })

  it('confirms the cart into a new order in the queue, priced as sold', async () => {
    shop = await openShop({ settings: { 'shop.name': 'Sharma Kirana' } })
    await shop.say(ASHA, '2 kg onion, 1 bread')
    const r = await shop.say(ASHA, 'yes')
    expect(r).toContain('Order *#1001* placed. Total *₹105*')
    const created = shop.events.find((e) => e.event === 'orders.created')
    expect(created?.payload).toMatchObject({ number: 1001, customer: ASHA, total: 10500, currency: 'INR' })
    const order = shop.engine.orders.get(1001)
    expect(order).toMatchObject({ status: 'new', payment: 'unpaid', total: 10500, fulfilment: 'pickup' })
    expect(order.lines).toEqual([
      { position: 1, sku: 'ONION', name: 'Onion', qty: 2, unit: 'kg', unitPrice: 3000, amount: 6000 },
      {
        position: 2,
        sku: 'BREAD',
        name: 'Britannia Bread 400 g',
        qty: 1,
        unit: 'pack',
        unitPrice: 4500,
        amount: 4500,
      },
    ])
    expect(shop.engine.chats.get(ASHA).cart).toEqual([])

    // A later price change does not rewrite the order.
    shop.engine.catalog.update('ONION', { price: 9900, name: 'Red Onion' })
    expect(shop.engine.orders.get(1001).lines[0]).toMatchObject({
      name: 'Onion',
      unitPrice: 3000,
      amount: 6000,
    })

    await shop.say(ASHA, '1 kg onion')
    await shop.say(ASHA, 'confirm')
    expect(shop.engine.orders.list({ offset: 0, limit: 10 }).items.map((o) => o.number)).toEqual([1002, 1001])
  })

  it('says the cart is empty when a customer confirms nothing, and thanks politely', async () => {
    shop = await openShop()
    expect(await shop.say(ASHA, 'thank you')).toContain('Thank you')
    expect(await shop.say(ASHA, 'remove onion')).toContain('Your cart is empty')
  })
})
