// Hinglish and Devanagari customers of a sabzi and dairy shop, through the real conversation (issue #11, hg13):
// a correction of other goods while "which one?" is open, and when the goods are wanted said in Devanagari.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const SABZI = readFileSync(new URL('../fixtures/sabzi-dairy-catalog.csv', import.meta.url))
const PHONE = '+919900000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = (language: string) =>
  openShop({
    catalog: SABZI,
    settings: { 'shop.currency': 'INR', 'shop.language': language, 'orders.fulfilment': 'pickup' },
  })
const placed = (phone = PHONE) => {
  const order = shop.engine.orders.latestFor(phone)
  expect(order).toBeDefined()
  return shop.engine.orders.get(order!.number)
}
const linesOf = (phone = PHONE) => placed(phone).lines.map((l) => [l.sku, l.qty])
async function play(turns: string[], phone = PHONE): Promise<string[]> {
  const replies: string[] = []
  for (const turn of turns) replies.push(await shop.say(phone, turn))
  return replies
}

describe('a no that corrects other goods while "which one?" is open keeps the question', () => {
  it.each([
    [
      'hi',
      ['doodh 2 packet aur dahi 1', 'nahi doodh 4 kar do', '2', 'haan'],
      [
        ['MILK-TAAZA', 4],
        ['DAHI-400', 1],
      ],
    ],
    [
      'hi',
      ['dahi 1 aur doodh 2 packet', 'nahi doodh teen packet kar dijiye', '1', 'haan'],
      [
        ['MILK-TAAZA', 3],
        ['DAHI-1KG', 1],
      ],
    ],
    [
      'hi',
      ['aloo 2 kilo aur dahi 1', 'nahi nahi aloo 3 kilo kar do', '2', 'haan'],
      [
        ['ALOO', 3],
        ['DAHI-400', 1],
      ],
    ],
  ])('%s %j', async (language, turns, want) => {
    shop = await open(language)
    await play(turns)
    expect(linesOf()).toEqual(want)
    // a no alone still skips the goods asked about
    await play(['doodh 2 packet aur dahi 1', 'nahi', 'haan'], '+919900000002')
    expect(linesOf('+919900000002')).toEqual([['MILK-TAAZA', 2]])
  })
})

describe('when the goods are wanted, said in Devanagari, goes on the order', () => {
  it.each([
    [['कल सुबह तीन पैकेट दूध चाहिए', 'हाँ'], 'कल सुबह'],
    [['दो किलो आलू शाम को भेज देना', 'हाँ'], 'शाम'],
    [['एक किलो टमाटर', 'कल सुबह सात बजे तक', 'हाँ'], 'कल सुबह सात बजे'],
  ])('%j', async (turns, when) => {
    shop = await open('hi-Deva')
    const replies = await play(turns)
    expect(replies.at(-1)).toContain(`कब: ${when}`)
    expect(placed().note).toContain(when)
  })
})
