// Hinglish and Devanagari kirana customers: what a shop assistant understands from the way they write.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const KIRANA = readFileSync(new URL('../fixtures/kirana-catalog.csv', import.meta.url))
const PHONE = '+919800000002'
let shop: TestShop
afterEach(async () => {
  await shop?.close()
})
const open = () => openShop({ catalog: KIRANA, settings: { 'shop.currency': 'INR' } })
const placed = () => {
  const order = shop.engine.orders.latestFor(PHONE)
  return order ? shop.engine.orders.get(order.number) : undefined
}

describe('goods sold by the dozen, counted in pieces, cost exactly their twelfths', () => {
  it.each([
    ['5 kela', 2500, /5 pc/],
    ['7 kele bhej do', 3500, /7 pc/],
    ['पाँच केले', 2500, /5 pc/],
    ['1 darjan kele', 6000, /1 dozen/],
    ['18 kele', 9000, /1\.5 dozen/],
  ])('"%s" costs %i paise', async (text, amount, shown) => {
    shop = await open()
    const cart = await shop.say(PHONE, text)
    expect(cart).toMatch(shown)
    await shop.say(PHONE, 'haan')
    expect(placed()?.total).toBe(amount)
  })
})

describe('"ho gaya?" after the order is placed asks about it, never says yes to anything', () => {
  it.each(['ho gaya?', 'order ho gya kya', 'हो गया?'])('"%s"', async (text) => {
    shop = await open()
    await shop.say(PHONE, '2 kg aloo')
    await shop.say(PHONE, 'haan')
    const reply = await shop.say(PHONE, text)
    expect(reply).toMatch(/#1001/)
    expect(reply).not.toMatch(/Dhanyavaad|धन्यवाद|Thank/)
  })

  it('with the cart not yet confirmed it shows the cart and asks for the yes', async () => {
    shop = await open()
    await shop.say(PHONE, '2 kg aloo')
    const reply = await shop.say(PHONE, 'ho gaya?')
    expect(reply).toMatch(/HAAN/)
    expect(shop.engine.orders.latestFor(PHONE)).toBeFalsy()
  })
})

describe('glued and polite verbs in a whole conversation', () => {
  it.each([
    ['2 kg aloo 1 kg pyaz bhejdijiye', 'pyaz hatadijiye', '1 dahi bhi kijiye', 'order confirm kijiye'],
    ['दो किलो आलू एक किलो प्याज भेजदीजिए', 'प्याज हटादो', 'एक दही और कीजिए', 'ठीक है'],
  ])('"%s", "%s", "%s", "%s"', async (order, remove, more, yes) => {
    shop = await open()
    await shop.say(PHONE, order)
    await shop.say(PHONE, remove)
    await shop.say(PHONE, more)
    await shop.say(PHONE, yes)
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ALOO', 2],
      ['DAHI-400', 1],
    ])
  })
})

describe('a ladi is a strip of pav, one pack, never pieces to ask about', () => {
  it.each([
    ['2 ladi pav', 2],
    ['ek ladi pav bhej do', 1],
    ['pav 3 ladi', 3],
    ['दो लड़ी पाव', 2],
  ])('"%s"', async (text, packs) => {
    shop = await open()
    await shop.say(PHONE, text)
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([['PAV', packs]])
  })
})

describe('a no said twice, then the amount, corrects the line', () => {
  it.each(['nahi nahi 2 hi', 'nahi nahi 2', 'no no, 2', 'नहीं नहीं 2'])(
    '"3 maggi", then "%s"',
    async (text) => {
      shop = await open()
      await shop.say(PHONE, '3 maggi')
      await shop.say(PHONE, text)
      await shop.say(PHONE, 'haan')
      expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([['MAGGI', 2]])
    },
  )
})

describe('a mistake owned up to is no goods the shop lacks', () => {
  it.each([
    'galti se likh diya, 1 kg cheeni',
    'sorry galat likha, 1 kg cheeni',
    'mistake ho gaya, 1 kg cheeni',
    'typo tha. 1 kg cheeni',
  ])('"2 kg cheeni", then "%s"', async (text) => {
    shop = await open()
    await shop.say(PHONE, '2 kg cheeni')
    const reply = await shop.say(PHONE, text)
    expect(reply).not.toMatch(/nahi hai|don't have/)
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([['SUGAR', 1]])
  })
})

describe('English shop words in a Hindi sentence are Hinglish, and the reply stays in it', () => {
  it.each([
    ['order cancel kar do', /cancel ho gaya/],
    ['mera order cancel karna hai', /cancel ho gaya/],
  ])('"%s"', async (text, reply) => {
    shop = await open()
    await shop.say(PHONE, '2 maggi')
    await shop.say(PHONE, 'haan')
    expect(await shop.say(PHONE, text)).toMatch(reply)
  })

  it('"1 chai patti ka packet" is answered in Hinglish', async () => {
    shop = await open()
    expect(await shop.say(PHONE, '1 chai patti ka packet')).toMatch(/Aapki cart/)
  })
})

describe('after a price, a count and the size or price with wala orders that product', () => {
  it.each([
    ['atta 10 kilo wala kitne ka', '1 de do 10 wala', 'ATTA-10', 1],
    ['10 kg atta ka rate kya hai', '2 bhej do 10 wala', 'ATTA-10', 2],
    ['lays kitne ka hai', '3 de do 20 wala', 'LAYS', 3],
  ])('"%s", then "%s"', async (question, order, sku, qty) => {
    shop = await open()
    await shop.say(PHONE, question)
    await shop.say(PHONE, order)
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })
})

describe('a brand with wala after goods says which of those goods', () => {
  const SABZI = readFileSync(new URL('../fixtures/sabzi-dairy-catalog.csv', import.meta.url))
  it.each(['aur amul wala bhi 1', 'amul wala 1 bhi dena', '1 amul wala bhi'])(
    '"paneer 250 gram", then "%s"',
    async (text) => {
      shop = await openShop({ catalog: SABZI, settings: { 'shop.currency': 'INR' } })
      await shop.say(PHONE, 'paneer 250 gram')
      await shop.say(PHONE, text)
      await shop.say(PHONE, 'haan')
      expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([
        ['PANEER', 0.25],
        ['PANEER-200', 1],
      ])
    },
  )
})

describe('what else will do, said in Hindi word order, is a note on the order', () => {
  it.each([
    ['agar toor dal nahi hai to moong dal bhej dena', 'TOOR'],
    ['सरसों का तेल न हो तो सनफ्लावर तेल दे दो', 'OIL-MUS'],
  ])('"%s" orders the first goods', async (text, sku) => {
    shop = await open()
    expect(await shop.say(PHONE, text)).toMatch(/note|नोट/i)
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => l.sku)).toEqual([sku])
    expect(placed()?.note).toBeTruthy()
  })
  it('said while "which one?" is open on those goods, notes it and asks once more', async () => {
    shop = await open()
    await shop.say(PHONE, '2 amul taaza doodh')
    const reply = await shop.say(PHONE, 'agar amul taaza nahi hai to gold bhej do')
    expect(reply).toMatch(/note kar liya/)
    expect(reply.match(/kaunsa/g)).toHaveLength(1)
    await shop.say(PHONE, '2')
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([['MILK-500', 2]])
    expect(placed()?.note).toContain('gold')
  })
})

describe('how loose goods should be is said back and put on the order for the shop', () => {
  it.each([
    [['tamatar 2 kg pakke hue', 'haan'], 'Tomato: pakke hue'],
    [['aloo 3 kilo, bade wale', 'pyaz 1 kg', 'haan'], 'Aloo (Potato): bade wale'],
    [['Onion 5kg, medium size', 'yes'], 'Pyaz (Onion): medium size'],
  ])('%j', async (turns, note) => {
    shop = await open()
    const replies: string[] = []
    for (const turn of turns) replies.push(await shop.say(PHONE, turn))
    expect(replies[0]).toContain(note)
    expect(placed()?.note).toContain(note)
  })
  it('a packed product named with a size word has no such note', async () => {
    shop = await open()
    expect(await shop.say(PHONE, '1 chhota amul butter')).not.toMatch(/note/i)
  })
})

describe('a weight of goods sold in packs that no whole number of packs makes is asked about', () => {
  it.each([
    ['aadha kilo paneer chahiye', /0\.5 kg Amul Paneer 200 g .*Kitne pack/, 'PANEER-200', 3],
    ['1 kg dahi bhej do', /1 kg Amul Masti Dahi 400 g .*Kitne pack/, 'DAHI-400', 3],
    ['250 gram paneer', /250 g is no whole number of packs of Amul Paneer 200 g/, 'PANEER-200', 1],
    ['आधा लीटर घी', /0\.5 l Amul Ghee 1 l/, 'GHEE', 1],
  ])('"%s": asked, and a yes takes the packs suggested', async (text, asked, sku, packs) => {
    shop = await open()
    const reply = await shop.say(PHONE, text)
    expect(reply).toMatch(asked)
    expect(reply).not.toMatch(/Total|कुल/)
    await shop.say(PHONE, 'haan')
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, packs]])
  })
  it('a number next is the packs, and the goods beside it are in the cart', async () => {
    shop = await open()
    await shop.say(PHONE, 'aadha kilo paneer aur 2 kg aloo')
    expect(await shop.say(PHONE, '2')).toMatch(/Amul Paneer 200 g — 2 ×/)
    await shop.say(PHONE, 'haan')
    expect(placed()?.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ALOO', 2],
      ['PANEER-200', 2],
    ])
  })
  it.each(['1 kg chai patti', '1 litre amul taaza', '400 gram dahi'])(
    '"%s" makes whole packs and is not asked',
    async (text) => {
      shop = await open()
      expect(await shop.say(PHONE, text)).toMatch(/Total/)
    },
  )
})

describe('a Hinglish question with no question mark goes to the shop, never "did not understand"', () => {
  it.each(['kitne baje tak mil jayega', 'कितने बजे तक मिल जाएगा'])('"%s"', async (text) => {
    shop = await open()
    await shop.say(PHONE, '2 kg aloo')
    const reply = await shop.say(PHONE, text)
    expect(reply).not.toMatch(/samajh nahi|समझ नहीं/)
    expect(reply).toMatch(/dukaan|दुकान/i)
  })
})
