// "what do you have in dairy?": the shop's pages of that category only, and "more" pages on inside it.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919800000043'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('a category asked about', () => {
  it.each(['what do you have in dairy?', 'dairy products?', 'kya kya hai dairy mein'])(
    '"%s" lists the dairy, and nothing of the other shelves',
    async (text) => {
      shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
      const r = await shop.say(PHONE, text)
      expect(r).toContain('Amul Masti Dahi 400 g')
      expect(r).toContain('Eggs Tray 30 pc')
      expect(r).not.toContain('Parle-G')
      expect(r).not.toContain('Aashirvaad Atta')
      // and an order from it next is taken as usual
      expect(await shop.say(PHONE, '1 paneer')).toContain('Amul Paneer 200 g — 1 ×')
    },
  )

  it('"more" after a category pages within it; "menu" shows every shelf again', async () => {
    shop = await openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
    await shop.say(PHONE, 'show me snacks')
    const more = await shop.say(PHONE, 'more')
    expect(more).toContain('Parle-G Biscuit')
    expect(more).not.toContain('Amul Butter')
    const all = await shop.say(PHONE, 'menu')
    expect(all).toContain('Amul Butter')
  })
})
