// An offer in place of goods sold out is an open question: a yes that names goods in general ("yes send the
// items", "haan saaman bhej do") answers it and takes the offer, it does not announce a list still to come.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const CSV = new TextEncoder().encode(
  'sku,name,price,unit,size,aliases,category,stock\n' +
    'BREAD,Britannia Bread 400 g,40,pack,400 g,bread,Bakery,0\n' +
    'PAV,Pav 6 pcs,30,pack,,pav,Bakery,20\n' +
    'PANEER,Amul Paneer 200 g,90,pack,200 g,paneer,Dairy,0\n' +
    'TOFU,Tofu 200 g,85,pack,200 g,tofu,Dairy,10\n',
)
const PHONE = '+919800000011'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('a yes with a word for goods in general takes the offer', () => {
  it.each([
    ['bread', 'yes send the items', 'PAV'],
    ['paneer', 'ok, send the stuff', 'TOFU'],
    ['bread', 'yes please deliver the things', 'PAV'],
    ['paneer', 'ok send all the items pls', 'TOFU'],
  ])('"%s" sold out, then "%s"', async (goods, yes, sku) => {
    shop = await openShop({ catalog: CSV, settings: { 'orders.fulfilment': 'pickup' } })
    const offer = await shop.say(PHONE, `1 ${goods}`)
    expect(offer).toMatch(/Pav 6 pcs|Tofu 200 g/)
    await shop.say(PHONE, yes)
    expect(shop.engine.chats.get(PHONE).cart.map((i) => ({ sku: i.sku, qty: i.qty }))).toEqual([
      { sku, qty: 1 },
    ])
  })
})
