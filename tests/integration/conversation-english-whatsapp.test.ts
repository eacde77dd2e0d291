// Indian English customers of a kirana on WhatsApp, through the real conversation: a time said alone, "send" for
// the yes, the bill asked for in two words.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919900000001'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = () =>
  openShop({
    catalog: KIRANA,
    settings: { 'shop.currency': 'INR', 'shop.language': 'en', 'orders.fulfilment': 'pickup' },
  })
const placed = () => {
  const order = shop.engine.orders.latestFor(PHONE)
  expect(order).toBeDefined()
  return shop.engine.orders.get(order!.number)
}

describe('a time said alone is a note on the order', () => {
  it.each([
    [['toor dal 1kg', 'rice 5kg', 'tmrw morning', 'ok'], 'tmrw morning'],
    [['Hi, need tmrw by 7am', 'milk 1L x2', 'ok'], 'tmrw by 7am'],
    [['2 bread', 'before 8 pls', 'yes'], 'before 8'],
    [['Eggs 2x30', 'latest by 8am', 'send'], 'latest by 8am'],
    [['2 bread', 'Good morning, need it by 7 am', 'yes'], 'by 7 am'],
    [['1 maggi', 'yes', 'tomorrow evening pls'], 'tomorrow evening'],
  ])('%j', async (turns, when) => {
    shop = await open()
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies.join('\n')).toContain(`Noted for the shop: "${when}"`)
    expect(replies.join('\n')).not.toMatch(/did not get that/)
    expect(placed().note).toContain(`When: ${when}`)
  })
  it('is no time in a question or beside goods', async () => {
    shop = await open()
    expect(await shop.say(PHONE, 'good morning')).not.toMatch(/Noted/)
    expect(await shop.say(PHONE, '2 bread tmrw morning')).not.toMatch(/Noted for the shop/)
  })
})

describe('a time said with the goods is a note on the order, said back when it is placed', () => {
  it.each([
    [['order for tomorrow morning: 2 bread', 'yes'], 'tomorrow morning'],
    [['2 kg aloo kal subah tak', 'haan'], 'kal subah'],
    [['pls send 1 maggi and 2 bread by 7 pm', 'ok'], 'by 7 pm'],
    [['need for sunday evening - 1 kg sugar', 'yes'], 'sunday evening'],
  ])('%j', async (turns, when) => {
    shop = await open()
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies.at(-1)).toMatch(new RegExp(`(?:When|Kab): ${when}`))
    expect(placed().note).toContain(`When: ${when}`)
  })

  it('a greeting of the day, or numbers of the goods, are no time', async () => {
    shop = await open()
    await shop.say(PHONE, 'good morning, 2 bread and 1 maggi 70g')
    expect(await shop.say(PHONE, 'yes')).not.toMatch(/When:/)
    expect(placed().note ?? '').not.toMatch(/When:/)
  })

  it('a time to come said after the order is noted on it and said back', async () => {
    shop = await open()
    await shop.say(PHONE, '2 bread')
    await shop.say(PHONE, 'yes')
    expect(await shop.say(PHONE, 'will pick up at 7')).toMatch(/Noted for the shop: "at 7"/)
    expect(placed().note).toContain('When: at 7')
  })

  it.each([
    ['pickup at 6', 'at 6'],
    ['delivery tomorrow morning', 'tomorrow morning'],
    ['shaam ko pickup karunga', 'shaam'],
    ['hole es morgen früh ab', 'morgen früh'],
  ])('said with the answer to pickup or delivery: "%s"', async (answer, when) => {
    shop = await openShop({
      catalog: KIRANA,
      settings: { 'shop.currency': 'INR', 'shop.language': 'en', 'orders.fulfilment': 'ask' },
    })
    await shop.say(PHONE, '2 maggi')
    expect(await shop.say(PHONE, 'yes')).toMatch(/Pickup or delivery/)
    const reply = await shop.say(PHONE, answer)
    if (/deliver/.test(answer)) await shop.say(PHONE, 'flat 4, MG Road')
    expect(placed().note).toContain(`When: ${when}`)
    if (!/deliver/.test(answer)) expect(reply).toMatch(/(?:When|Kab|Wann): /)
  })
})

describe('prices asked in a row, then an amount of each', () => {
  it.each([
    ['how much is moong dal', 'and toor?', '1 kg of each please'],
    ['moong dal price?', 'what about toor dal?', 'ok 1 kg each'],
    ['moong dal kitne ka hai', 'aur toor?', 'dono 1 kg'],
  ])('%s / %s / %s', async (first, second, each) => {
    shop = await open()
    expect(await shop.say(PHONE, first)).toMatch(/Moong Dal/)
    const next = await shop.say(PHONE, second)
    expect(next).toMatch(/Toor Dal/)
    expect(next).not.toMatch(/cart/i)
    await shop.say(PHONE, each)
    await shop.say(PHONE, 'yes')
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([
      ['MOONG', 1],
      ['TOOR', 1],
    ])
  })
})

describe('"send" alone is the yes', () => {
  it.each(['send', 'ok send', 'pls send asap', 'send now'])('%s', async (yes) => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    expect(await shop.say(PHONE, yes)).toMatch(/placed/)
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([['MAGGI', 2]])
  })
})

describe('the bill asked for in a word or two', () => {
  it.each(['bill pls', 'total?', 'final bill'])('%s shows the cart total', async (ask) => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    const reply = await shop.say(PHONE, ask)
    expect(reply).toMatch(/₹28/)
    expect(reply).not.toMatch(/did not get that/)
  })
})

describe('the same amount said again is how much it is', () => {
  it.each([
    [['eggs 12', 'eggs 12'], [['EGG-6', 2]]],
    [
      ['2 maggi', '1 bread', '2 maggi'],
      [
        ['MAGGI', 2],
        ['BREAD', 1],
      ],
    ],
    [
      ['sugar 2kg\ntoor dal 1 kg', 'sugar 2 kg\ntoor dal 1kg\nsalt 1'],
      [
        ['SUGAR', 2],
        ['TOOR', 1],
        ['SALT', 1],
      ],
    ],
  ])('%j', async (turns, lines) => {
    shop = await open()
    for (const turn of turns) await shop.say(PHONE, turn)
    await shop.say(PHONE, 'yes')
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual(lines)
  })
  it('adds when more is said, or another amount', async () => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    await shop.say(PHONE, '2 more maggi')
    await shop.say(PHONE, 'yes')
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([['MAGGI', 4]])
  })
})

describe('goods added to an order just sent go on that order', () => {
  it.each([
    [
      ['atta 10kg 1', 'yes', 'also add 2 maggi pls'],
      [
        ['ATTA-10', 1],
        ['MAGGI', 2],
      ],
      508,
    ],
    [
      ['2 maggi', 'yes', 'forgot bread, 1 pls'],
      [
        ['MAGGI', 2],
        ['BREAD', 1],
      ],
      68,
    ],
    [['2 maggi', 'ok', 'and 1 more maggi'], [['MAGGI', 3]], 42],
    [
      ['2 maggi', 'yes', 'pls add 1 tata salt to my order'],
      [
        ['MAGGI', 2],
        ['SALT', 1],
      ],
      56,
    ],
  ])('%j', async (turns, lines, total) => {
    shop = await open()
    let reply = ''
    for (const turn of turns) reply = await shop.say(PHONE, turn)
    expect(reply).toMatch(/Added to your order \*#1001\*/)
    expect(reply).toContain(`Total: ₹${total}*`)
    expect(placed().number).toBe(1001)
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual(lines)
    expect(placed().total).toBe(total * 100)
  })
  it('starts a new cart once the shop has accepted the order, or with no word of adding', async () => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    await shop.say(PHONE, 'yes')
    shop.engine.orders.transition(1001, 'accepted')
    expect(await shop.say(PHONE, 'also 1 bread')).toMatch(/Your cart/)
    expect(shop.engine.orders.get(1001).lines).toHaveLength(1)
    await shop.say(PHONE, 'yes')
    expect(await shop.say(PHONE, '1 lays')).toMatch(/Your cart/)
  })
})

describe('an English list with the goods of Indian shops', () => {
  it('is answered in English, "pls send" before it asking for the goods', async () => {
    shop = await open()
    expect(await shop.say(PHONE, 'Hi')).toMatch(/Hello/)
    expect(await shop.say(PHONE, 'Pls send')).toMatch(/What would you like/)
    expect(await shop.say(PHONE, 'Atta 5 kg')).toMatch(/Your cart/)
    expect(await shop.say(PHONE, 'atta 10kg 1 pkt')).toMatch(/Your cart/)
  })
})

describe('a substitute said with the goods wanted', () => {
  it('orders the goods, notes the substitute on the order', async () => {
    shop = await open()
    const reply = await shop.say(PHONE, 'if no amul gold milk send taaza 500ml x 4')
    expect(reply).toMatch(/Noted for the shop/)
    expect(reply).toMatch(/Amul Gold Milk 500 ml — 4 ×/)
    await shop.say(PHONE, 'yes')
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([['GOLD-500', 4]])
    expect(placed().note).toContain('if no amul gold milk')
  })
  it('with the goods in the cart already, notes it and shows the cart', async () => {
    shop = await open()
    await shop.say(PHONE, 'ghee 1')
    const reply = await shop.say(PHONE, 'if no ghee then 1 kg butter')
    expect(reply).toMatch(/Noted for the shop/)
    await shop.say(PHONE, 'yes')
    expect(placed().lines.map((l) => [l.sku, l.qty])).toEqual([['GHEE', 1]])
    expect(placed().note).toContain('if no ghee')
  })
})

describe('the bill or the order asked after while "which one?" is open', () => {
  it.each(['bill pls', 'any update', 'total?'])('%s asks the question again', async (ask) => {
    shop = await open()
    expect(await shop.say(PHONE, 'milk 2')).toMatch(/Which "milk"/)
    const reply = await shop.say(PHONE, ask)
    expect(reply).toMatch(/Which "milk"/)
    expect(reply).not.toMatch(/no orders/)
  })
  it('with goods in the cart, shows them and asks again', async () => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    await shop.say(PHONE, 'milk 2')
    const reply = await shop.say(PHONE, 'what is in my cart')
    expect(reply).toMatch(/Maggi/)
    expect(reply).toMatch(/Which "milk"/)
  })
})
