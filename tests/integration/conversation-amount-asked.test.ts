// Goods ordered in a way the shop cannot weigh out ("2 Birnen" of pears sold by the kilo, "1 Sack Kartoffeln"
// with no sack in the catalog) are asked about: how much? A yes or a plan to pick up instead of the answer never
// places the order silently without them: it is asked once more, saying so, and only a second yes leaves them out.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const HOFLADEN = readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url))
const PHONE = '+491700000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = () =>
  openShop({
    catalog: HOFLADEN,
    settings: { 'shop.currency': 'EUR', 'shop.language': 'de', 'orders.fulfilment': 'pickup' },
  })
const placed = () => {
  const order = shop.engine.orders.latestFor(PHONE)
  if (!order) return null
  return Object.fromEntries(shop.engine.orders.get(order.number).lines.map((l) => [l.sku, l.qty]))
}

describe('a yes while "how much?" is open asks once more, and the amount said then is ordered', () => {
  it.each([
    ['2 Birnen und 1 Butter', 'passt', '1 kg', { BIRNE: 1, BUTTER: 1 }],
    ['1 Butter und 1 Sack Kartoffeln', 'ja', '5 kg', { BUTTER: 1, KARTOFFELN: 5 }],
    ['1 Brot klein, 3 Äpfel', 'ja passt so', '1,5 kg', { 'BROT-KLEIN': 1, APFEL: 1.5 }],
  ])('%s / %s / %s', async (order, yes, amount, lines) => {
    shop = await open()
    await shop.say(PHONE, order)
    expect(await shop.say(PHONE, yes)).toMatch(/noch offen/)
    expect(placed()).toBeNull()
    await shop.say(PHONE, amount)
    await shop.say(PHONE, 'ja')
    expect(placed()).toEqual(lines)
  })
})

describe('a second yes leaves the goods out, and says so', () => {
  it.each(['passt', 'ja'])('%s', async (yes) => {
    shop = await open()
    await shop.say(PHONE, '2 Birnen und 1 Butter')
    await shop.say(PHONE, yes)
    expect(await shop.say(PHONE, yes)).toMatch(/weggelassen: "Birnen/)
    expect(placed()).toEqual({ BUTTER: 1 })
  })
})

describe('a plan to pick up while "how much?" is open keeps the question', () => {
  it.each([
    ['2 Birnen und 1 Butter', 'hol ich um 5 ab', { BIRNE: 1, BUTTER: 1 }],
    ['2 Birnen', 'ich hole es heute Abend ab', { BIRNE: 1 }],
  ])('%s / %s', async (order, pickup, lines) => {
    shop = await open()
    await shop.say(PHONE, order)
    expect(await shop.say(PHONE, pickup)).toMatch(/Wie viel \*Birnen/)
    expect(placed()).toBeNull()
    await shop.say(PHONE, '1 kg')
    await shop.say(PHONE, 'ja')
    expect(placed()).toEqual(lines)
  })
})

describe('"what is the total?" while "how many packs?" is open shows the cart and keeps the question', () => {
  const SABZI = readFileSync(new URL('../fixtures/sabzi-dairy-catalog.csv', import.meta.url))
  it.each([
    ['ande ek darjan aur pav 2', 'kitne ka hua', /kitna chahiye/, '2', { EGG: 12, PAV: 2 }],
    ['एक दर्जन अंडे और दो पाव', 'कितना हुआ', /कितना चाहिए/, 'दो पैकेट', { EGG: 12, PAV: 2 }],
    ['3 eggs and 2 pav', 'what is the total', /How much \*Ladi Pav/, '1', { EGG: 3, PAV: 1 }],
  ])('%s / %s', async (order, total, asked, amount, lines) => {
    shop = await openShop({
      catalog: SABZI,
      settings: { 'shop.currency': 'INR', 'shop.language': 'hi', 'orders.fulfilment': 'pickup' },
    })
    await shop.say(PHONE, order)
    expect(await shop.say(PHONE, total)).toMatch(asked)
    await shop.say(PHONE, amount)
    await shop.say(PHONE, 'haan')
    expect(placed()).toEqual(lines)
  })
})
