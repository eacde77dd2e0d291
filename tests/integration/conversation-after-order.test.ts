// After an order is placed the customer goes on talking: thanks, ok, pickup or delivery, when will it come, what
// does it come to. Each gets a sensible answer, never "Sorry, I did not get that".
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const ASHA = '+919800000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

const NOT_UNDERSTOOD = /did not get that|samajh nahi aaya|nicht verstanden/i

async function placed(first = '2 kg onion', yes = 'yes'): Promise<void> {
  shop = await openShop()
  await shop.say(ASHA, first)
  expect(await shop.say(ASHA, yes)).toMatch(/#1001/)
}

describe('after an order is placed', () => {
  it.each(['thanks', 'ok', 'ok thanks', 'cool', 'great', 'badhiya', 'theek hai', 'dhanyavaad', 'danke'])(
    '"%s" is thanked',
    async (text) => {
      await placed()
      const r = await shop.say(ASHA, text)
      expect(r).toMatch(/Thank you|Dhanyavaad|Danke/)
      expect(r).not.toMatch(NOT_UNDERSTOOD)
    },
  )

  it.each(['pickup', 'delivery', 'main khud le jaunga', 'ghar bhej do'])('"%s" is answered', async (text) => {
    await placed()
    expect(await shop.say(ASHA, text)).not.toMatch(NOT_UNDERSTOOD)
  })

  it.each([
    'paid',
    'done, paid via gpay',
    'maine paise bhej diye',
    'gpay kar diya bhaiya',
    'I have made the payment',
    'Rs 60 transferred',
    'hab per PayPal bezahlt',
    'पैसे भेज दिए',
  ])('"%s" is thanked and told the shop will check the payment of that order', async (text) => {
    await placed()
    const r = await shop.say(ASHA, text)
    expect(r).toContain('#1001')
    expect(r).toMatch(/₹\s?60/)
    expect(r).not.toMatch(NOT_UNDERSTOOD)
    expect(r).not.toMatch(/don't have|nicht im Sortiment|nahi hai/i)
    expect(shop.engine.orders.get(1001).payment).toBe('unpaid')
  })

  it('"paid" for an order the shop already has the money for says it is paid', async () => {
    await placed()
    shop.engine.orders.setPayment(1001, 'paid')
    const r = await shop.say(ASHA, 'payment done')
    expect(r).toMatch(/#1001/)
    expect(r).toMatch(/is paid/)
  })

  it.each(['will pay by gpay', 'payment failed', 'paise nahi gaye'])(
    '"%s" is not taken for a payment made',
    async (text) => {
      await placed()
      expect(await shop.say(ASHA, text)).not.toMatch(/check the payment|is paid/)
    },
  )

  it.each(['kab tak aayega', 'order kab tak aa jayega', 'kab milega', 'when will it come', 'wann kommt es'])(
    '"%s" gets the order and its state',
    async (text) => {
      await placed()
      const r = await shop.say(ASHA, text)
      expect(r).toContain('#1001')
      expect(r).not.toMatch(NOT_UNDERSTOOD)
    },
  )

  it.each([
    'kitna hua',
    'total kitna hua',
    'bill kitna bana',
    'kitne ka hua',
    'kitne hue?',
    'bhaiya kitne hue',
    'कितने हुए?',
    'how much is the total',
    "what's the total",
    'was macht das zusammen',
  ])('"%s" gets the total', async (text) => {
    await placed()
    const r = await shop.say(ASHA, text)
    expect(r).toContain('#1001')
    expect(r).toMatch(/₹\s?60/)
  })

  it('"kitna hua" with a cart open shows that cart and its total', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion')
    const r = await shop.say(ASHA, 'kitna hua')
    expect(r).toMatch(/Total: ₹\s?60/)
    expect(r).not.toMatch(NOT_UNDERSTOOD)
  })

  it('a price question about an item is still a price question', async () => {
    shop = await openShop()
    expect(await shop.say(ASHA, 'aloo kitne rupaye kilo')).toMatch(/Potato|Aloo/)
  })
})
