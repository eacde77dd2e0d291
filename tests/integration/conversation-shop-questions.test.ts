// Questions about the shop itself (opening hours, delivery, what delivery costs, the smallest order) are answered
// from the shop's settings, in the customer's language; the cart waiting for a yes is shown again.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const ASHA = '+919800000001'
const NOT_UNDERSTOOD = /did not get that|samajh nahi aaya|nicht verstanden|don't have|nahi hai:/i
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('questions about the shop', () => {
  it.each(['what time do you close?', 'are you open on sunday?', 'till what time can I order'])(
    '"%s" gets the opening hours and the closed day',
    async (text) => {
      shop = await openShop({
        settings: { 'shop.hours': { open: '08:30', close: '21:00', closedDays: [0] } },
      })
      const r = await shop.say(ASHA, text)
      expect(r).toContain('08:30–21:00')
      expect(r).toContain('Closed on Sunday')
      expect(r).not.toMatch(NOT_UNDERSTOOD)
    },
  )

  it('says orders are taken any time when the shop has set no hours, in German to a German question', async () => {
    shop = await openShop()
    const r = await shop.say(ASHA, 'Wann habt ihr geöffnet?')
    expect(r).toMatch(/jederzeit/)
  })

  it.each([
    ['pickup', /do not deliver/],
    ['delivery', /Yes, we deliver/],
    ['ask', /Yes, we deliver, or you can pick up/],
  ])('"do you deliver?" follows orders.fulfilment = %s', async (how, answer) => {
    shop = await openShop({ settings: { 'orders.fulfilment': how } })
    expect(await shop.say(ASHA, 'do you deliver to sector 15?')).toMatch(answer)
  })

  it('"aap home delivery karte ho?" is about delivery, not about paying by card ("Karte")', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    const r = await shop.say(ASHA, 'aap home delivery karte ho?')
    expect(r).toMatch(/we deliver|delivery karte hain/)
    expect(r).not.toMatch(/card/i)
  })

  it("the minimum order is said in the shop's money, or that there is none", async () => {
    shop = await openShop({ settings: { 'orders.minimumOrder': 20000 } })
    expect(await shop.say(ASHA, 'minimum order kitna hai')).toMatch(/Minimum order ₹\s?200/)
    await shop.close()
    shop = await openShop()
    expect(await shop.say(ASHA, 'is there a minimum order?')).toMatch(/no minimum order/)
  })

  it('what delivery costs is left to a person: the chat is flagged, the bot keeps answering', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    const r = await shop.say(ASHA, 'delivery charge kitna hai')
    expect(r).toMatch(/dukaan se koi/i)
    expect(r).not.toMatch(NOT_UNDERSTOOD)
    const chat = shop.engine.chats.get(ASHA)
    expect(chat.needsHuman).toBe(true)
    expect(chat.botPaused).toBe(false)
    expect(await shop.say(ASHA, '2 kg onion')).toMatch(/Onion/)
  })

  it.each(['2 kg onion, what time do you close?', 'till what time are you open? 2 kg onion'])(
    '"%s": the order is taken and the question beside it answered',
    async (text) => {
      shop = await openShop({ settings: { 'shop.hours': { open: '08:30', close: '21:00', closedDays: [] } } })
      const r = await shop.say(ASHA, text)
      expect(r).toMatch(/Onion — 2 kg/)
      expect(r).toContain('08:30–21:00')
      expect(r).not.toMatch(NOT_UNDERSTOOD)
    },
  )

  it('keeps the cart waiting for a yes in view', async () => {
    shop = await openShop({ settings: { 'orders.minimumOrder': 10000 } })
    await shop.say(ASHA, '2 kg onion')
    const r = await shop.say(ASHA, 'minimum order kitna hai?')
    expect(r).toMatch(/₹\s?100/)
    expect(r).toMatch(/Onion/)
  })
})

describe('paying on delivery is a question of paying', () => {
  it.each(['can I pay cash on delivery?', 'Zahle ich bar bei Lieferung?'])('%s', async (text) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'ask' } })
    await shop.say(ASHA, '2 kg onion')
    const r = await shop.say(ASHA, text)
    expect(r).toMatch(/pay|bezahlen/i)
    expect(r).not.toMatch(/we deliver|wir liefern|pickup or delivery/i)
    expect(r).not.toMatch(NOT_UNDERSTOOD)
  })
})

describe('a price asked of goods out of stock', () => {
  it.each(['is amul paneer available?', 'amul paneer kitne ka hai'])(
    '%s names what the shop has instead, and an amount next orders that',
    async (text) => {
      shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
      const r = await shop.say(ASHA, text)
      expect(r).toMatch(/Amul Paneer 200 g/)
      expect(r).toMatch(/Gowardhan Paneer 200 g/)
      await shop.say(ASHA, 'ok 2')
      await shop.say(ASHA, 'yes')
      expect(
        shop.engine.orders.get(1001).lines.map((l: { sku: string; qty: number }) => [l.sku, l.qty]),
      ).toEqual([['PANEER-GOWARDHAN', 2]])
    },
  )
})

describe('a complaint beside an order', () => {
  it.each([
    '2 kg onion pls, and the tomatoes from yesterday were rotten',
    '1 bread, last time the bread was stale',
    '2 kg Zwiebeln bitte, die Tomaten gestern waren schlecht',
  ])('%s: the order is taken and a person is asked to look at the complaint', async (text) => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    const r = await shop.say(ASHA, text)
    expect(r).toMatch(/Onion|Bread|Zwiebel/)
    expect(r).toMatch(/Someone from the shop|jemand aus dem Laden/i)
    const chat = shop.engine.chats.get(ASHA)
    expect(chat.needsHuman).toBe(true)
    expect(chat.botPaused).toBe(false)
  })
  it('an order with a note on how the goods should be is no complaint', async () => {
    shop = await openShop({ settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(ASHA, '2 kg tomato, not too ripe please')
    expect(shop.engine.chats.get(ASHA).needsHuman).toBe(false)
  })
})

describe('which of some goods the shop has', () => {
  it.each(['which paneer do you have?', 'what brands of paneer do you sell', 'kaunsa paneer hai aapke paas'])(
    '"%s" lists each of them with its price, and a pick next orders it',
    async (text) => {
      shop = await openShop()
      const r = await shop.say(ASHA, text)
      expect(r).toContain('Amul Paneer 200 g')
      expect(r).toContain('Gowardhan Paneer 200 g')
      expect(r).not.toMatch(NOT_UNDERSTOOD)
      expect(await shop.say(ASHA, '2 of the gowardhan one')).toContain('Gowardhan Paneer 200 g — 2 ×')
    },
  )
})
