// English kirana chats through the real conversation: hurry said alone after the cart is a note, not "did not get
// that"; a crate of goods asked "which one?" still asks how much once the product is picked.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919900000015'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = (catalog: Uint8Array = KIRANA) =>
  openShop({
    catalog,
    settings: { 'shop.currency': 'INR', 'shop.language': 'en', 'orders.fulfilment': 'pickup' },
  })
const placed = () => {
  const order = shop.engine.orders.latestFor(PHONE)
  expect(order).toBeDefined()
  return shop.engine.orders.get(order!.number)
}

describe('hurry said alone after the cart is noted for the shop', () => {
  it.each([
    [['2 bread', 'urgent', 'yes'], 'urgent'],
    [['1 kg sugar', 'make it quick', 'ok'], 'quick'],
    [['2 maggi', 'asap please', 'yes'], 'asap'],
    [['1 kg toor dal', "it's urgent pls", 'yes'], 'urgent'],
  ])('%j', async (turns, when) => {
    shop = await open()
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies.join('\n')).toContain(`Noted for the shop: "${when}"`)
    expect(replies.join('\n')).not.toMatch(/did not get that/)
    expect(placed().note).toContain(`When: ${when}`)
  })
})

describe('a crate asked "which one?" still asks how much after the pick', () => {
  // two kinds of eggs in 6-packs and no tray or crate: which eggs, then how many packs make the crate
  const EGGS = Buffer.from(
    'sku,name,price,unit,size,aliases,category,stock\n' +
      'EGG-F,Farm Eggs 6 pc,42,pack,6 pc,ande,Dairy,\n' +
      'EGG-C,Country Eggs 6 pc,60,pack,6 pc,ande,Dairy,\n' +
      'BREAD,Britannia Bread 400 g,40,pack,400 g,bread,Bakery,\n',
  )
  it.each([
    [['1 crate eggs', '1', '5', 'yes'], 'EGG-F', 5],
    [['need 1 crate of eggs', '2', '10', 'yes'], 'EGG-C', 10],
    [['2 crates of eggs', '1', '12', 'ok'], 'EGG-F', 12],
  ])('%j', async (turns, sku, packs) => {
    shop = await open(EGGS)
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies[1]).toMatch(/how many/)
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([[sku, packs]])
  })
})

describe('an amount the picked product is not sold in asks how many, and a number alone answers it', () => {
  // milks by the pack of no stated size: a litre said is no number of packs
  const MILKS = Buffer.from(
    'sku,name,price,unit,size,aliases,category,stock\n' +
      'MILK-T,Nandini Toned Milk,28,pack,,,Dairy,\n' +
      'MILK-H,Amul Homogenised Milk,35,pack,,,Dairy,\n' +
      'ATTA-P,Pillsbury Atta,379,pack,,,Staples,\n' +
      'ATTA-A,Aashirvaad Atta,406,pack,,,Staples,\n',
  )
  it.each([
    [['1 litre milk', '1', '2', 'yes'], 'MILK-T', 2],
    [['half litre milk pls', '2', '1', 'ok'], 'MILK-H', 1],
    [['5 kg atta', '2', '1', 'yes'], 'ATTA-A', 1],
  ])('%j', async (turns, sku, packs) => {
    shop = await open(MILKS)
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies[1]).toMatch(/how many/)
    expect(replies[2]).not.toMatch(/What would you like|did not get that/)
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([[sku, packs]])
  })
})

describe('"which one?" answered by naming another product of the goods asked about', () => {
  const DAIRY = Buffer.from(
    'sku,name,price,unit,size,aliases,category,stock\n' +
      'DAHI-S,Amul Masti Dahi 400 g,35,pack,400 g,curd|dahi,Dairy,\n' +
      'DAHI-L,Amul Masti Dahi 1 kg,80,pack,1 kg,curd|dahi,Dairy,\n' +
      'DAHI-M,Mother Dairy Dahi 400 g,40,pack,400 g,,Dairy,\n' +
      'PANEER-S,Amul Paneer 200 g,90,pack,200 g,paneer,Dairy,\n' +
      'PANEER-L,Amul Paneer 1 kg,400,pack,1 kg,paneer,Dairy,\n' +
      'PANEER-G,Gowardhan Paneer 200 g,95,pack,200 g,,Dairy,\n',
  )
  it.each([
    [KIRANA, ['2 milk', 'gold', 'yes'], [['GOLD-500', 2]]],
    [DAIRY, ['2 dahi', 'mother dairy', 'yes'], [['DAHI-M', 2]]],
    [DAIRY, ['3 paneer', 'gowardhan', 'ok'], [['PANEER-G', 3]]],
  ])('%#: %j', async (catalog, turns, lines) => {
    shop = await open(catalog)
    for (const turn of turns) await shop.say(PHONE, turn)
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual(lines)
  })
})
