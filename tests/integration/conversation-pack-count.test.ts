// A count of pieces of something sold only in packs of several ("3 Eier", "10 eggs" with 6-egg packs): that many
// packs would be several times what was meant, and no whole number of packs makes the count, so the bot says how
// the product comes and asks how many packs; a number alone next orders them. A count packs do make ("12 Eier")
// is ordered at once.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

// the farm shop's catalog without its 10-egg pack: eggs come only in sixes
const SIXES = Buffer.from(
  readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('EIER-10,'))
    .join('\n'),
)
const PHONE = '+491700000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('pieces of a product sold in packs of several', () => {
  it.each([
    ['10 Eier bitte', 'im 6er-Pack', '2', 2],
    ['Ich hätte gern 3 Eier', 'im 6er-Pack', '1', 1],
    ['3 Stück Eier und 2 Brötchen', 'für 3', '1', 1],
  ])('%s', async (text, asks, answer, packs) => {
    shop = await openShop({ catalog: SIXES, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    const r = await shop.say(PHONE, text)
    expect(r).toContain(asks)
    expect(cart()['EIER-6']).toBeUndefined()
    await shop.say(PHONE, answer)
    expect(cart()['EIER-6']).toBe(packs)
  })

  it('takes the packs it suggested on a plain yes, and the next yes places the order with them', async () => {
    shop = await openShop({ catalog: SIXES, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    await shop.say(PHONE, '10 Eier und 2 Brötchen')
    expect(cart()).toEqual({ BROETCHEN: 2 })
    await shop.say(PHONE, 'ja')
    expect(cart()).toEqual({ BROETCHEN: 2, 'EIER-6': 2 })
    const placed = await shop.say(PHONE, 'ja')
    expect(placed).toContain('#')
    expect(cart()).toEqual({})
  })

  it('asks in English too, suggesting enough packs', async () => {
    shop = await openShop({ catalog: SIXES, settings: { 'shop.currency': 'EUR' } })
    const r = await shop.say('+447700000001', '8 eggs please')
    expect(r).toContain('comes in packs of 6')
    expect(r).toContain('"2"')
  })

  it('orders at once a count that whole packs make, and packs asked for as packs', async () => {
    shop = await openShop({ catalog: SIXES, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    await shop.say(PHONE, '12 Eier')
    expect(cart()['EIER-6']).toBe(2)
    await shop.say(PHONE, 'noch 1 Packung Eier')
    expect(cart()['EIER-6']).toBe(3)
  })
})
