// After an order is placed, a count of goods sold by weight ("can i add 2 tomatoes to my order?") is asked in kilos;
// a "yes" instead of an amount asks once more (it used to be thanked, and the tomatoes were lost), and the amount
// said then is ordered.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const PHONE = '+919800000072'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('a yes to "how many kg?" with no cart open', () => {
  it.each(['can i add 2 tomatoes to my order?', 'pls add 3 tomatoes also', '2 tomatoes'])(
    '"%s", then "yes": asked again, and the amount said next is ordered',
    async (text) => {
      shop = await openShop()
      await shop.say(PHONE, '1 kg onion')
      await shop.say(PHONE, 'yes')
      expect(cart()).toEqual({})
      expect(await shop.say(PHONE, text)).toMatch(/kg/)
      const again = await shop.say(PHONE, 'yes')
      expect(again).toContain('How much *Tomato*')
      await shop.say(PHONE, '1 kg')
      expect(cart()).toEqual({ TOMATO: 1 })
    },
  )
})
