// "do you have brown bread?" when the shop's only bread is white: the answer says there is no brown bread, then
// offers the bread there is (an amount said next orders it), never the white loaf's price as if it were brown.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const PHONE = '+919800000071'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('a kind of goods the shop does not have, asked about', () => {
  it.each(['do you have brown bread?', 'is white bread available', 'got any brown bread?'])(
    '%s: not there, and the bread there is instead',
    async (text) => {
      shop = await openShop()
      const reply = await shop.say(PHONE, text)
      expect(reply).toMatch(/don't have: ".*bread"/)
      expect(reply).toContain('Instead we have *Britannia Bread 400 g*')
      await shop.say(PHONE, 'ok 2')
      const cart = shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty])
      expect(cart).toEqual([['BREAD', 2]])
    },
  )

  it('the goods asked by their own name still get their price', async () => {
    shop = await openShop()
    const reply = await shop.say(PHONE, 'do you have bread?')
    expect(reply).not.toContain("don't have")
    expect(reply).toContain('Britannia Bread 400 g')
  })
})
