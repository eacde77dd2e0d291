// "chawal basmati wala" with loose rice in the cart: the kind said (chawal, a word of the cart product) and a word
// that says which of that kind pick another product of the same kind, though sold otherwise (a 1 kg pack for
// loose rice): it takes the cart line's place, with as much as the cart had.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919800000042'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('the kind said again with which of it swaps the cart line', () => {
  it.each([
    ['chawal basmati wala chahiye', { 'EGG-30': 1, 'BASMATI-1': 2 }],
    ['basmati wala chawal do', { 'EGG-30': 1, 'BASMATI-1': 2 }],
    ['rice basmati wala', { 'EGG-30': 1, 'BASMATI-1': 2 }],
  ])('%s', async (text, want) => {
    shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
    await shop.say(PHONE, '1 tray anda aur 2 kilo chawal')
    expect(cart()).toEqual({ 'EGG-30': 1, 'RICE-SONA': 2 })
    await shop.say(PHONE, text)
    expect(cart()).toEqual(want)
  })

  it('with a word of adding, the other kind comes beside it', async () => {
    shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
    await shop.say(PHONE, '2 kilo chawal')
    await shop.say(PHONE, 'basmati wala chawal bhi')
    expect(cart()).toEqual({ 'RICE-SONA': 2, 'BASMATI-1': 1 })
  })
})

describe('the cart product named again alone says which it is', () => {
  it.each(['sona masoori', 'the rice please', 'chawal'])('"%s" after 5 kg rice keeps 5 kg', async (text) => {
    shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
    await shop.say(PHONE, 'i want 5kg rice and 1 kg sugar')
    expect(cart()).toEqual({ 'RICE-SONA': 5, SUGAR: 1 })
    const r = await shop.say(PHONE, text)
    expect(cart()).toEqual({ 'RICE-SONA': 5, SUGAR: 1 })
    expect(r).toContain('Sona Masoori Rice — 5 kg')
  })

  it('"also rice" adds to it', async () => {
    shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
    await shop.say(PHONE, 'i want 5kg rice')
    await shop.say(PHONE, 'also 1 kg rice')
    expect(cart()).toEqual({ 'RICE-SONA': 6 })
  })
})
