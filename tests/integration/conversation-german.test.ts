// German customers from greeting to placed order, through the real conversation: each dialogue must end with
// exactly the order the customer meant (items, quantities, pickup or delivery), and every reply is German.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { GERMAN_DIALOGUES } from '../fixtures/german-dialogues'

const HOFLADEN = readFileSync(new URL('../fixtures/hofladen-catalog.csv', import.meta.url))
const PHONE = '+491700000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

describe('German dialogues end with the order the customer meant', () => {
  it.each(GERMAN_DIALOGUES.map((d) => [d.name, d] as const))('%s', async (_name, d) => {
    shop = await openShop({
      catalog: HOFLADEN,
      settings: { 'shop.currency': 'EUR', 'shop.language': 'de', 'orders.fulfilment': 'ask' },
    })
    const transcript: string[] = []
    for (const turn of d.turns) transcript.push(`> ${turn}`, await shop.say(PHONE, turn))
    if (process.env.DIALOGUE_LOG) console.log(transcript.join('\n'))
    const order = shop.engine.orders.latestFor(PHONE)
    expect(order, transcript.join('\n')).toBeDefined()
    const placed = shop.engine.orders.get(order!.number)
    const lines = Object.fromEntries(placed.lines.map((l) => [l.sku, l.qty]))
    expect(lines, transcript.join('\n')).toEqual(d.order)
    expect(placed.fulfilment).toBe(d.fulfilment)
    expect(shop.engine.orders.counts().new, 'exactly one order').toBe(1)
    for (const r of shop.replies(PHONE))
      expect(r).not.toMatch(/did not get that|Sorry|Leider haben wir nicht|nicht verstanden/)
    expect(shop.engine.chats.get(PHONE).language).toBe('de')
  })
})
