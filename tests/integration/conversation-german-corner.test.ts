// German farm-shop customers as they write on WhatsApp: short, lower case, a question between the goods, talk
// glued to an order. Each reply is read as the customer reads it.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const HOFLADEN = readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url))
const PHONE = '+491700000009'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = async () =>
  (shop = await openShop({
    catalog: HOFLADEN,
    settings: { 'shop.currency': 'EUR', 'shop.language': 'de', 'orders.fulfilment': 'ask' },
  }))
const cartOf = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('goods counted beside a question about other goods: the order is taken and the question answered', () => {
  it.each([
    ['2 brötchen, habt ihr auch dinkelbrot?', { BROETCHEN: 2 }, /Dinkelvollkornbrot 750 g\*: 4,90 €/],
    ['4 brezn. was kostet der spargel?', { BREZEL: 4 }, /Spargel weiß\*: 12,90 €\/kg/],
  ])('%s', async (text, cart, answer) => {
    await open()
    const reply = await shop.say(PHONE, text)
    expect(cartOf()).toEqual(cart)
    expect(reply).toMatch(answer)
  })
})
