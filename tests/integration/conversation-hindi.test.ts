// Hindi customers in Devanagari, against a kirana whose catalog is in Latin letters: the turns that answer the
// shop's own questions.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919800000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = () =>
  openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR', 'orders.fulfilment': 'ask' } })

describe('"pickup or delivery?" answered with a plan to take it', () => {
  it.each(['मैं ले लूंगा', 'ले लेंगे', 'मैं आके ले लूंगा', 'मैं आ रहा हूँ लेने', 'main le lungi'])('"%s"', async (answer) => {
    shop = await open()
    await shop.say(PHONE, '2 मैगी')
    expect(await shop.say(PHONE, 'हाँ')).toMatch(/1 या 2/)
    await shop.say(PHONE, answer)
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order && shop.engine.orders.get(order.number).fulfilment).toBe('pickup')
  })
})

describe('"pickup or delivery?" answered with delivery and the address at once', () => {
  it.each([
    ['घर भेज दो, फ्लैट 12, ग्रीन पार्क, दिल्ली', 'फ्लैट 12, ग्रीन पार्क, दिल्ली'],
    ['deliver to B-204 Sunrise Apts, MG Road', 'B-204 Sunrise Apts, MG Road'],
    ['Bitte liefern an Gartenstraße 4, 72070 Tübingen', 'Gartenstraße 4, 72070 Tübingen'],
  ])('"%s"', async (answer, address) => {
    shop = await open()
    await shop.say(PHONE, '2 मैगी')
    await shop.say(PHONE, 'हाँ')
    await shop.say(PHONE, answer)
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order && shop.engine.orders.get(order.number)).toMatchObject({ fulfilment: 'delivery', address })
  })
})

describe('an address labelled in Devanagari before the shop asks', () => {
  it.each(['पता: मकान 21, आदर्श नगर, जयपुर', 'मेरा पता है मकान 21, आदर्श नगर, जयपुर'])('"%s"', async (text) => {
    shop = await open()
    await shop.say(PHONE, '2 मैगी')
    await shop.say(PHONE, text)
    await shop.say(PHONE, 'हाँ')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order && shop.engine.orders.get(order.number)).toMatchObject({
      fulfilment: 'delivery',
      address: 'मकान 21, आदर्श नगर, जयपुर',
    })
  })
})

describe('a cart line made a bit less or more with no number', () => {
  it.each([
    ['aloo thoda kam kar do', '1.5 kilo', 1.5],
    ['आलू थोड़ा कम कर दो', 'डेढ़ किलो', 1.5],
    ['thoda zyada aloo daal do', '3 kg', 3],
  ])('"%s" asks how much, and "%s" sets it', async (change, amount, kg) => {
    shop = await open()
    await shop.say(PHONE, '2 kilo aloo aur 1 kilo pyaz')
    const asked = await shop.say(PHONE, change)
    // the line is not set to 1 silently: the reply asks, and the cart still has 2 kg
    expect(asked).toMatch(/2 kg/)
    expect(asked).toMatch(/Kitna kar dein|कितना कर दें/)
    await shop.say(PHONE, amount)
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    const lines = shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])
    expect(lines).toEqual([
      ['ALOO', kg],
      ['PYAZ', 1],
    ])
  })

  it.each([
    [
      'aloo double kar do',
      [
        ['ALOO', 4],
        ['VIM', 3],
      ],
    ],
    [
      'make the potatoes double',
      [
        ['ALOO', 4],
        ['VIM', 3],
      ],
    ],
    [
      'vim bar dugna karo',
      [
        ['ALOO', 2],
        ['VIM', 6],
      ],
    ],
    [
      'twice the vim bar please',
      [
        ['ALOO', 2],
        ['VIM', 6],
      ],
    ],
    [
      'halve the aloo',
      [
        ['ALOO', 1],
        ['VIM', 3],
      ],
    ],
    [
      'double the potatoes please',
      [
        ['ALOO', 4],
        ['VIM', 3],
      ],
    ],
    [
      'can you double the vim bar?',
      [
        ['ALOO', 2],
        ['VIM', 6],
      ],
    ],
    [
      'aloo ko double kar dena',
      [
        ['ALOO', 4],
        ['VIM', 3],
      ],
    ],
  ])('a multiplying word sets the line to so many times its amount: "%s"', async (change, want) => {
    shop = await open()
    await shop.say(PHONE, '2 kilo aloo aur 3 vim bar')
    await shop.say(PHONE, change)
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])).toEqual(want)
  })

  it('"chai patti 250 wala hi do" keeps one 250 g pack, never 250 packs', async () => {
    shop = await open()
    await shop.say(PHONE, '1 kilo cheeni aur 500 gram chai patti')
    const reply = await shop.say(PHONE, 'chai patti 250 wala hi do')
    expect(reply).not.toMatch(/250 ×/)
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['SUGAR', 1],
      ['TEA', 1],
    ])
  })

  it.each(['no coke then', 'remove the coke', 'coke mat dena'])(
    '"%s" for goods the shop does not sell says nothing is missing and keeps the cart',
    async (text) => {
      shop = await open()
      await shop.say(PHONE, '2 maggi aur 1 coke')
      const reply = await shop.say(PHONE, text)
      expect(reply).not.toMatch(/coke/i)
      expect(reply).toMatch(/Maggi/)
    },
  )

  it.each(['coke cancel karo', 'cancel the coke', 'coke nahi chahiye'])(
    '"%s" for goods the shop does not sell keeps the rest of the cart',
    async (text) => {
      shop = await open()
      await shop.say(PHONE, '2 maggi aur 1 coke')
      await shop.say(PHONE, text)
      await shop.say(PHONE, 'haan')
      await shop.say(PHONE, '1')
      const order = shop.engine.orders.latestFor(PHONE)
      expect(order && shop.engine.orders.get(order.number).lines.map((l) => [l.sku, l.qty])).toEqual([
        ['MAGGI', 2],
      ])
    },
  )

  it('"cancel everything" still empties the cart', async () => {
    shop = await open()
    await shop.say(PHONE, '2 maggi aur 1 coke')
    await shop.say(PHONE, 'cancel everything')
    await shop.say(PHONE, 'haan')
    expect(shop.engine.orders.latestFor(PHONE)).toBeUndefined()
  })

  it('"double roti" is the bread, added, not the cart doubled', async () => {
    shop = await open()
    await shop.say(PHONE, '2 bread aur 1 kilo aloo')
    await shop.say(PHONE, 'double roti bhi')
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['BREAD', 3],
      ['ALOO', 1],
    ])
  })

  it('a number said changes the line by that much at once', async () => {
    shop = await open()
    await shop.say(PHONE, '2 kilo aloo aur 3 vim bar')
    await shop.say(PHONE, 'aloo aadha kilo kam kar do')
    await shop.say(PHONE, 'vim ek kam karna')
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ALOO', 1.5],
      ['VIM', 2],
    ])
  })
})

describe('paying later is for the shopkeeper to agree to', () => {
  it.each(['paise kal dunga', 'udhaar likh lo', 'खाते में लिख दो'])(
    '"%s" before the yes: noted, the chat flagged, the order carries it',
    async (wish) => {
      shop = await open()
      await shop.say(PHONE, '2 kilo aloo')
      const r = await shop.say(PHONE, wish)
      expect(r).toMatch(/baad mein|बाद में/)
      expect(r).not.toMatch(/nahi hai|नहीं है|hisaab|हिसाब/)
      expect(shop.engine.chats.get(PHONE).needsHuman).toBe(true)
      await shop.say(PHONE, 'haan')
      await shop.say(PHONE, '1')
      const order = shop.engine.orders.latestFor(PHONE)
      expect(shop.engine.orders.get(order!.number).note).toMatch(/pay later/)
    },
  )

  it('after the order is placed, the wish goes on that order', async () => {
    shop = await open()
    await shop.say(PHONE, '2 kilo aloo')
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    await shop.say(PHONE, "I'll pay tomorrow")
    const order = shop.engine.orders.latestFor(PHONE)
    expect(shop.engine.orders.get(order!.number).note).toMatch(/pay later/)
  })
})

describe('goods added with no amount, then given one', () => {
  it.each([
    ['dhaniya 2 gaddi', 2],
    ['2 dhaniya bhejna', 2],
    ['coriander 3 bunch', 3],
    ['aur 2 dhaniya', 3],
    ['2 more coriander', 3],
  ])('"%s" after "…, dhaniya"', async (text, n) => {
    shop = await open()
    await shop.say(PHONE, '2 kilo aloo, dhaniya')
    await shop.say(PHONE, text)
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, '1')
    const order = shop.engine.orders.latestFor(PHONE)
    const lines = shop.engine.orders.get(order!.number).lines.map((l) => [l.sku, l.qty])
    expect(lines).toEqual([
      ['ALOO', 2],
      ['DHANIYA', n],
    ])
  })
})
