// A count of something sold only by weight: a German or English customer who writes "zwei Birnen" or "3 onions"
// means pieces, the shop prices by the kilo, so the bot asks how much that is instead of adding 2 kg; the
// quantity said next orders it. Hinglish and Hindi keep the trade's reading (a bare number of loose produce is
// kilos), and so does an English singular ("2 onion").
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const HOFLADEN = readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url))
const PHONE = '+491700000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('German: pieces of fruit sold by the kilo are asked about', () => {
  it.each([
    ['zwei Birnen bitte', 'BIRNE', 'für 2 Birnen', '1 kg', 1],
    ['Ich hätte gern 3 Äpfel', 'APFEL', 'für 3 Äpfel', 'ein Kilo', 1],
    ['2 Stück Spargel', 'SPARGEL', 'wie viel kg', '500 g', 0.5],
    ['Hallo, 4 Kartoffeln', 'KARTOFFELN', 'nach Gewicht', '2 kg', 2],
  ])('%s', async (text, sku, asks, answer, kg) => {
    shop = await openShop({ catalog: HOFLADEN, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    const r = await shop.say(PHONE, text)
    expect(r).toContain(asks)
    expect(r).toContain('nach Gewicht')
    expect(cart()[sku]).toBeUndefined()
    await shop.say(PHONE, answer)
    expect(cart()[sku]).toBe(kg)
  })

  it('the other items of the message are added meanwhile', async () => {
    shop = await openShop({ catalog: HOFLADEN, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    await shop.say(PHONE, '2 Brötchen und zwei Birnen')
    expect(cart()).toEqual({ BROETCHEN: 2 })
  })

  it('a weight said with the fruit is ordered at once', async () => {
    shop = await openShop({ catalog: HOFLADEN, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    await shop.say(PHONE, '1 kg Birnen und 2 kg Äpfel')
    expect(cart()).toEqual({ BIRNE: 1, APFEL: 2 })
  })
})

describe('English plural counts ask, singulars and Hinglish stay kilos', () => {
  const ASHA = '+919800000001'
  const cartOf = () => Object.fromEntries(shop.engine.chats.get(ASHA).cart.map((l) => [l.sku, l.qty]))
  it.each([
    ['3 onions please', 'ONION'],
    ['can you send 5 tomatoes', 'TOMATO'],
  ])('%s is asked', async (text, sku) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(r).toContain('is sold by weight')
    expect(cartOf()[sku]).toBeUndefined()
    await shop.say(ASHA, '1 kg')
    expect(cartOf()[sku]).toBe(1)
  })

  it.each([
    ['2 onion', 'ONION', 2],
    ['pyaz 2', 'ONION', 2],
    ['tamatar 3 bhej do', 'TOMATO', 3],
  ])('%s is kilos', async (text, sku, kg) => {
    shop = await openShop()
    const r = await shop.say(ASHA, text)
    expect(r).not.toContain('sold by weight')
    expect(cartOf()[sku]).toBe(kg)
  })
})
