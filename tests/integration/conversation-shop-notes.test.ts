// What a customer asks of the shop beside the goods, through the real conversation: what to give if goods are not
// there is a note on the placed order, said back to the customer, and never goods added.
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

describe('a fallback beside the goods is a note on the order', () => {
  it.each([
    ['2 Gläser Erdbeermarmelade falls keine Erdbeer dann Kirsch', { 'MARM-ERDBEER': 2 }, 'Kirsch'],
    ['2 Brezeln, falls aus dann 2 Laugenstangen', { BREZEL: 2 }, 'Laugenstangen'],
    ['4 Semmeln, sonst Brezeln', { BROETCHEN: 4 }, 'Brezeln'],
  ])('%s', async (text, lines, word) => {
    shop = await open()
    expect(await shop.say(PHONE, text)).toMatch(/notiert/)
    await shop.say(PHONE, 'passt')
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order).toBeDefined()
    const placed = shop.engine.orders.get(order!.number)
    expect(Object.fromEntries(placed.lines.map((l) => [l.sku, l.qty]))).toEqual(lines)
    expect(placed.note).toContain(word)
  })
})

describe('a question only the shop can answer goes to a person, and the customer is told so in German', () => {
  it.each(['Geht das bis morgen früh?', 'Sind die Brötchen von heute?', 'ist der Käse aus Rohmilch?'])(
    '%s',
    async (question) => {
      shop = await open()
      await shop.say(PHONE, '4 Brezeln und 1 Butter')
      const reply = await shop.say(PHONE, question)
      expect(reply).toMatch(/jemand aus dem Laden/)
      expect(reply).not.toMatch(/nicht verstanden/)
      // the cart is shown again, and the chat waits for a person
      expect(reply).toMatch(/Brezel/)
      expect(shop.engine.chats.get(PHONE)).toMatchObject({ attention: 'Asked a question' })
    },
  )
})

describe('a question beside an order: the order is taken and the question goes to a person', () => {
  it.each([
    ['2 Brezeln, sind die von heute?', { BREZEL: 2 }],
    ['4 Semmeln und 1 Butter. Geht das bis morgen früh?', { BROETCHEN: 4, BUTTER: 1 }],
  ])('%s', async (text, lines) => {
    shop = await open()
    const reply = await shop.say(PHONE, text)
    expect(reply).toMatch(/jemand aus dem Laden/)
    expect(shop.engine.chats.get(PHONE)).toMatchObject({ attention: 'Asked a question' })
    await shop.say(PHONE, 'passt')
    const order = shop.engine.orders.latestFor(PHONE)
    const placed = shop.engine.orders.get(order!.number)
    expect(Object.fromEntries(placed.lines.map((l) => [l.sku, l.qty]))).toEqual(lines)
  })
})

describe('a question of how to pay beside an order is answered, and the order taken', () => {
  it.each([
    ['2 Brezeln, kann ich mit Karte zahlen?', { BREZEL: 2 }],
    ['4 Semmeln und 1 Butter. Kann ich bar zahlen?', { BROETCHEN: 4, BUTTER: 1 }],
  ])('%s', async (text, lines) => {
    shop = await open()
    const reply = await shop.say(PHONE, text)
    expect(reply).toMatch(/bezahlen|jemand aus dem Laden/)
    await shop.say(PHONE, 'passt')
    const order = shop.engine.orders.latestFor(PHONE)
    const placed = shop.engine.orders.get(order!.number)
    expect(Object.fromEntries(placed.lines.map((l) => [l.sku, l.qty]))).toEqual(lines)
  })
})

describe('a yes said with its no places nothing and asks what to change', () => {
  it.each(['nee, passt nicht', 'passt nicht', 'nein passt so nicht'])('%s', async (text) => {
    shop = await open()
    await shop.say(PHONE, '4 Semmeln und 2 Brezeln')
    expect(await shop.say(PHONE, text)).toMatch(/Was soll ich ändern/)
    expect(shop.engine.orders.latestFor(PHONE)).toBeUndefined()
  })
})

describe('when the customer will come for the order is a note on it', () => {
  it.each([
    [['2 Brezeln und 1 Butter', 'hol ich um 17 Uhr ab'], 'um 17 Uhr'],
    [['4 Semmeln, hol ich morgen früh ab', 'passt'], 'morgen früh'],
    [['1 Bauernbrot groß', 'ja', 'ich hols Samstag gegen 10 ab'], 'Samstag gegen 10'],
    [['2 Brezeln', 'passt', 'abholen morgen um 9'], 'morgen um 9'],
  ])('%j', async (turns, when) => {
    shop = await open()
    for (const turn of turns) await shop.say(PHONE, turn)
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order).toBeDefined()
    expect(shop.engine.orders.get(order!.number).note).toContain(`When: ${when}`)
  })
})
