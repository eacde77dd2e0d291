// "2 amul butter" → "which one?" → "sorry make it 3": the question stays open for three, and the answer orders
// three; "no" alone still leaves the item out.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const PHONE = '+919800000044'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('an amount said while "which one?" is open', () => {
  it.each([
    ['sorry make it 3', 'the small one'],
    ['no, 3', '1'],
    ['nahi 3 chahiye', '100 g wala'],
    ['actually 3', 'the small one'],
    ['3 please', '1'],
  ])('"%s", then "%s": three of the one picked', async (amount, pick) => {
    shop = await openShop()
    expect(await shop.say(PHONE, '2 amul butter')).toContain('Amul Butter 500 g')
    const again = await shop.say(PHONE, amount)
    expect(again).toContain('Amul Butter 100 g')
    expect(again).toContain('Amul Butter 500 g')
    expect(cart()).toEqual({})
    await shop.say(PHONE, pick)
    expect(cart()).toEqual({ 'AMUL-BUTTER-100': 3 })
  })

  it('"no" alone leaves the item out', async () => {
    shop = await openShop()
    await shop.say(PHONE, '1 kg onion and 2 amul butter')
    await shop.say(PHONE, 'no')
    expect(cart()).toEqual({ ONION: 1 })
  })
})

// An amount with a measure and no goods, after goods of other measures: the line that can take it is meant.
describe('an amount whose measure only an earlier line can take', () => {
  const eggsThenSugar = new TextEncoder().encode(
    [
      'sku,name,price,unit,size,aliases,category,stock',
      'EGG-6,Eggs 6 pc,42,pack,6 pc,anda|ande|Eier,Dairy,',
      'SUGAR,Sugar,44,kg,,cheeni|Zucker,Staples,',
      'BREAD,Bread 400 g,40,pack,400 g,pav|Brot,Bakery,',
      'ONION,Onion,30,kg,,pyaz|Zwiebeln,Vegetables,',
    ].join('\n'),
  )
  it.each([
    ['2 dozen eggs, 1 kg sugar', 'sorry make that 1 dozen', { 'EGG-6': 2, SUGAR: 1 }],
    ['2 dozen ande aur 1 kilo cheeni', 'nahi 1 dozen hi', { 'EGG-6': 2, SUGAR: 1 }],
    ['6 eggs and 2 kg sugar', 'actually 12 pieces', { 'EGG-6': 2, SUGAR: 2 }],
    ['1 kg onion, 2 bread', 'actually 3 kg', { ONION: 3, BREAD: 2 }],
    ['2 kg Zwiebeln und 1 Brot', 'ach nee, doch 500 g', { ONION: 0.5, BREAD: 1 }],
  ])('"%s", then "%s"', async (order, change, want) => {
    shop = await openShop({ catalog: eggsThenSugar })
    await shop.say(PHONE, order)
    const r = await shop.say(PHONE, change)
    expect(r).not.toMatch(/please tell me how many|sold per kg/)
    expect(cart()).toEqual(want)
  })

  it('the last line still takes an amount it can: "make it 2" after bread is two loaves', async () => {
    shop = await openShop({ catalog: eggsThenSugar })
    await shop.say(PHONE, '2 kg onion, 1 bread')
    await shop.say(PHONE, 'make it 2')
    expect(cart()).toEqual({ ONION: 2, BREAD: 2 })
  })
})
