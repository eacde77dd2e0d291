// Several goods sold by weight asked for by the piece or the slice in one message ("6 Scheiben Bierschinken und 4
// Scheiben Salami", "2 Schnitzel und 3 Koteletts"): the butcher's counter asks one weight at a time, each answer
// orders its goods and the next one is asked, so none of them is lost.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const METZGEREI = readFileSync(new URL('../fixtures/baeckerei-metzgerei-catalog.csv', import.meta.url))
const PHONE = '+491700000002'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const cart = () => Object.fromEntries(shop.engine.chats.get(PHONE).cart.map((l) => [l.sku, l.qty]))

describe('the weights are asked one after the other', () => {
  it.each([
    [
      'moin! 6 scheiben bierschinken und 4 scheiben salami bitte',
      ['für 6 scheiben bierschinken', 'für 4 scheiben salami'],
      ['150 g', '100 g'],
      { BIERSCHINKEN: 0.15, SALAMI: 0.1 },
    ],
    [
      '2 Schnitzel und 3 Koteletts',
      ['für 2 Schnitzel', 'für 3 Koteletts'],
      ['400 g', 'so 600 g'],
      { SCHNITZEL: 0.4, KOTELETT: 0.6 },
    ],
    [
      'hallo, 2 hähnchenbrust, 4 bratwürste und 2 schnitzel',
      ['für 2 hähnchenbrust', 'für 2 schnitzel'],
      ['ein Pfund', '300 g'],
      { HAEHNCHEN: 0.5, BRATWURST: 4, SCHNITZEL: 0.3 },
    ],
  ])('%s', async (text, asks, answers, want) => {
    shop = await openShop({ catalog: METZGEREI, settings: { 'shop.currency': 'EUR', 'shop.language': 'de' } })
    const first = await shop.say(PHONE, text)
    expect(first).toContain(asks[0])
    expect(first).not.toContain(asks[1])
    const second = await shop.say(PHONE, answers[0]!)
    expect(second).toContain(asks[1])
    await shop.say(PHONE, answers[1]!)
    expect(cart()).toEqual(want)
  })
})
