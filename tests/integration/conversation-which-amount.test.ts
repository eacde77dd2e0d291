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
