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

describe('a plan to come for the goods, said with them, is kept: the yes places the order for pickup', () => {
  it.each([
    ['2 brezn hol ich um 5 ab', { BREZEL: 2 }],
    ['ich hol 4 semmeln morgen früh ab', { BROETCHEN: 4 }],
    ['eine tüte brötchen, 10 stück, hol ich nachher ab', { BROETCHEN: 10 }],
  ])('%s', async (text, order) => {
    await open()
    await shop.say(PHONE, text)
    await shop.say(PHONE, 'passt')
    const latest = shop.engine.orders.latestFor(PHONE)
    expect(latest).toBeDefined()
    const placed = shop.engine.orders.get(latest!.number)
    expect(Object.fromEntries(placed.lines.map((l) => [l.sku, l.qty]))).toEqual(order)
    expect(placed.fulfilment).toBe('pickup')
  })
})
