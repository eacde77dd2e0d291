// A customer who asks after something sold out ("habt ihr Dinkelbrot?", "पनीर है क्या?") is told what the shop
// has instead; a yes takes one of it, an amount that many, a no leaves the cart as it was.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const CSV = new TextEncoder().encode(
  'sku,name,price,unit,size,aliases,category,stock\n' +
    'DINKEL,Dinkelbrot 750 g,4.90,pc,750 g,Dinkelbrot,Brot,0\n' +
    'BAUERN,Bauernbrot 1000 g,4.20,pc,1000 g,Bauernbrot,Brot,20\n' +
    'PANEER,Amul Paneer 200 g,90,pack,200 g,paneer,Dairy,0\n' +
    'TOFU,Tofu 200 g,85,pack,200 g,tofu,Dairy,10\n' +
    'MAGGI,Maggi Noodles 70 g,14,pack,70 g,maggi,Snacks,50\n',
)
const PHONE = '+491700000002'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('a question about a sold-out product offers the substitute', () => {
  it.each([
    ['habt ihr Dinkelbrot?', 'ja', 'BAUERN'],
    ['Gibt es heute Dinkelbrot?', 'Schade. Dann nehme ich das', 'BAUERN'],
    ['पनीर है क्या?', 'हाँ वही दे दो', 'TOFU'],
    ['paneer milega?', 'haan chalega', 'TOFU'],
    ['do you have paneer?', 'yes please', 'TOFU'],
  ])('"%s", then "%s"', async (question, yes, sku) => {
    shop = await openShop({ catalog: CSV, settings: { 'orders.fulfilment': 'pickup' } })
    const offer = await shop.say(PHONE, question)
    expect(offer).toMatch(/Bauernbrot 1000 g|Tofu 200 g/)
    const cart = await shop.say(PHONE, yes)
    expect(shop.engine.chats.get(PHONE).cart.map((i) => ({ sku: i.sku, qty: i.qty }))).toEqual([
      { sku, qty: 1 },
    ])
    expect(cart).not.toMatch(/did not get|nicht verstanden|समझ नहीं|haven't got|nicht im Sortiment/i)
  })

  it.each([
    ['habt ihr Dinkelbrot?', 'ok, dann 2', 'BAUERN'],
    ['पनीर है क्या?', 'ठीक है 2 दे दो', 'TOFU'],
  ])('"%s", then an amount: "%s"', async (question, amount, sku) => {
    shop = await openShop({ catalog: CSV, settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(PHONE, question)
    await shop.say(PHONE, amount)
    expect(shop.engine.chats.get(PHONE).cart.map((i) => ({ sku: i.sku, qty: i.qty }))).toEqual([
      { sku, qty: 2 },
    ])
  })

  it.each(['nahi rehne do', 'nein danke', 'नहीं'])('a no, "%s", leaves the cart as it was', async (no) => {
    shop = await openShop({ catalog: CSV, settings: { 'orders.fulfilment': 'pickup' } })
    await shop.say(PHONE, '2 maggi')
    await shop.say(PHONE, 'paneer hai?')
    await shop.say(PHONE, no)
    expect(shop.engine.chats.get(PHONE).cart.map((i) => ({ sku: i.sku, qty: i.qty }))).toEqual([
      { sku: 'MAGGI', qty: 2 },
    ])
  })
})
