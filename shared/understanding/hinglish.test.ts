// Hinglish as kirana customers write it: price questions in their many shapes, egg trays and crates.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
  P('BANANA', 'Banana', 'dozen', null, ['kela']),
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande']),
  P('PANEER', 'Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
])
const u = (text: string) => understand(text, index)

describe('Hinglish price questions get the price', () => {
  it.each([
    ['aloo kitne ka kilo hai?', 'ALOO'],
    ['aloo ka kya rate hai', 'ALOO'],
    ['tamatar kaise diye', 'TOMATO'],
    ['tamatar kaise de rahe ho bhaiya', 'TOMATO'],
    ['pyaz ka bhav kya hai', 'ONION'],
    ['aloo kitne rupaye kilo', 'ALOO'],
    ['kela kitne ka darjan', 'BANANA'],
    ['doodh kitne ka', 'MILK'],
    ['2 kg aloo kitne ka hoga', 'ALOO'],
  ])('%s', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
    expect(r.unmatched).toEqual([])
  })

  it('a price question about nothing in particular is still a price question', () => {
    expect(u('kya rate hai').intent).toBe('price')
    expect(u('aaj ka bhav batao').intent).not.toBe('order')
  })

  it('"kaise ho" is a greeting-ish chat, not a price question', () => {
    expect(u('kaise ho bhaiya').intent).not.toBe('price')
  })
})

describe('egg trays', () => {
  it('a tray of eggs sold by the piece is 30 eggs', () => {
    for (const text of ['1 tray ande', 'ande ki ek tray', 'anda 1 tray', 'eggs 2 trays'])
      expect(
        u(text).lines.map((l) => [l.sku, l.qty, l.unit]),
        text,
      ).toEqual([['EGG', text.includes('2') ? 60 : 30, 'pc']])
  })

  it('a tray or peti product in the catalog is taken as it is', () => {
    const shop = buildCatalogIndex([
      P('EGG', 'Eggs', 'pc', null, ['anda', 'ande']),
      P('EGG-TRAY', 'Eggs Tray (30 pcs)', 'pack', { value: 30, unit: 'pc' }),
      P('EGG-PETI', 'Eggs Peti (210 pcs)', 'pack', { value: 210, unit: 'pc' }),
      P('ALOO', 'Aloo', 'kg', null, ['aloo']),
    ])
    const lines = (t: string) => understand(t, shop).lines.map((l) => [l.sku, l.qty, l.unit])
    expect(lines('2 tray ande')).toEqual([['EGG-TRAY', 2, 'pack']])
    expect(lines('1 peti anda')).toEqual([['EGG-PETI', 1, 'pack']])
    expect(lines('ande 1 peti')).toEqual([['EGG-PETI', 1, 'pack']])
    expect(lines('12 ande')).toEqual([['EGG', 12, 'pc']])
  })
})

describe('how often the customer wants it is no item and does not split the line', () => {
  it.each([
    ['doodh 2 packet roz subah', 'MILK', 2],
    ['roz 2 packet doodh bhejna', 'MILK', 2],
    ['har roz 1 doodh', 'MILK', 1],
    ['rozana 3 packet doodh dena', 'MILK', 3],
    ['2 milk daily', 'MILK', 2],
    ['2 doodh every morning', 'MILK', 2],
    ['weekly 12 ande', 'EGG', 12],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  it('keeps every item of a daily list', () => {
    const r = u('daily 1 kg aloo and 2 doodh')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ALOO', 1],
      ['MILK', 2],
    ])
  })
})

describe('items listed without "aur" share the quantity said for them', () => {
  it.each([
    ['aloo pyaz 1 kg', ['ALOO', 'ONION'], 1, 'kg'],
    ['aloo pyaz tamatar 2 kilo', ['ALOO', 'ONION', 'TOMATO'], 2, 'kg'],
    ['2 kg aloo pyaz', ['ALOO', 'ONION'], 2, 'kg'],
    ['aloo pyaz 1 kg each', ['ALOO', 'ONION'], 1, 'kg'],
    ['aloo pyaz dono 1 kilo', ['ALOO', 'ONION'], 1, 'kg'],
    ['paneer doodh 2 packet', ['PANEER', 'MILK'], 2, 'pack'],
  ])('%s', (text, skus, qty, unit) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(skus.map((s) => [s, qty, unit]))
    expect(r.unmatched).toEqual([])
  })
})

describe('a number said twice means that much of each', () => {
  it.each([
    ['aloo pyaz 2 2 kilo', ['ALOO', 'ONION'], 2],
    ['aloo aur pyaz 2 2 kilo', ['ALOO', 'ONION'], 2],
    ['do do kilo aloo tamatar', ['ALOO', 'TOMATO'], 2],
    ['tamatar 3 3 kg', ['TOMATO'], 3],
  ])('%s', (text, skus, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual(skus.map((s) => [s, qty, 'kg']))
  })

  it('still reads a count of packs when the size is written onto its number', () => {
    const r = u('2 500ml doodh')
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['MILK', 2, 'pack']])
  })
})

describe('asking for it to be dropped off or kept aside', () => {
  it.each([
    ['2 packet doodh de jana', 'MILK', 2],
    ['kal subah 6 baje tak 2 packet doodh de jaana', 'MILK', 2],
    ['aloo 2 kg ghar pahuncha dena', 'ALOO', 2],
    ['12 ande rakh dena shaam ko', 'EGG', 12],
    ['sham ko 6 baje tak 2 packet doodh', 'MILK', 2],
    ['dopahar tak 1 paneer de dena', 'PANEER', 1],
    ['raat ko 8 baje 6 ande bhej dena', 'EGG', 6],
    ['1 paneer rakhiye', 'PANEER', 1],
    // "ke liye" after a day or a time of day says for when, before the goods or after them
    ['kal ke liye doodh 2 packet', 'MILK', 2],
    ['doodh 2 packet kal ke liye', 'MILK', 2],
    ['subah ke liye 6 ande', 'EGG', 6],
    ['paneer 1 sunday ke liye', 'PANEER', 1],
  ])('%s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('"2 aur …": a quantity alone before aur/and is how many more of what follows', () => {
  it.each([
    ['2 aur ande', 'EGG', 2],
    ['teen aur paneer', 'PANEER', 3],
    ['do packet aur doodh', 'MILK', 2],
    ['1 kg aloo and 2 and paneer', 'PANEER', 2],
  ])('%s', (text, sku, qty) => {
    const line = u(text).lines.find((l) => l.sku === sku)
    expect(line?.qty).toBe(qty)
  })

  it('still gives a quantity after an item to that item', () => {
    expect(u('tamatar 2, aur paneer').lines.map((l) => [l.sku, l.qty])).toEqual([
      ['TOMATO', 2],
      ['PANEER', 1],
    ])
  })
})

describe("the vegetable vendor's Hindi names find an English catalog", () => {
  const veg = buildCatalogIndex([
    P('BRINJAL', 'Brinjal', 'kg'),
    P('PEAS', 'Peas', 'kg'),
    P('MINT', 'Mint', 'pc'),
    P('RADISH', 'Radish', 'kg'),
    P('PUMPKIN', 'Pumpkin', 'kg'),
    P('PAPAYA', 'Papaya', 'kg'),
    P('BOTTLE', 'Water Bottle 1 l', 'pc', { value: 1, unit: 'l' }),
  ])
  it.each([
    ['1 kg baingan', 'BRINJAL'],
    ['matar 500 gm', 'PEAS'],
    ['pudina 2 gaddi', 'MINT'],
    ['mooli 1 kg', 'RADISH'],
    ['kaddu aadha kilo', 'PUMPKIN'],
    ['papita 1 kg', 'PAPAYA'],
  ])('%s', (text, sku) => {
    expect(understand(text, veg).lines.map((l) => l.sku)).toEqual([sku])
  })
})

describe('taking goods out of the cart, Hindi style, in either script', () => {
  const cart = { cartSkus: ['ALOO', 'TOMATO', 'MILK', 'EGG'] }
  const ops = (text: string) => understand(text, index, cart).lines.map((l) => [l.sku, l.op])

  it.each([
    ['tamatar rehne do', 'TOMATO'],
    ['aloo rahne dijiye', 'ALOO'],
    ['टमाटर रहने दो', 'TOMATO'],
    ['doodh mat bhejna', 'MILK'],
    ['ande mat dena bhaiya', 'EGG'],
    ['दूध मत भेजना', 'MILK'],
    ['अंडे नहीं चाहिए', 'EGG'],
    ['आलू नहीं चाहिये', 'ALOO'],
  ])('%s removes %s', (text, sku) => {
    expect(ops(text)).toEqual([[sku, 'remove']])
  })

  it.each(['rehne do', 'mat bhejna', 'रहने दो'])('%s alone is a no', (text) => {
    expect(understand(text, index, cart).intent).toBe('cancel')
  })

  it.each([
    ['ande 6 nahi 12 kar do', 'EGG', 12, 'pc'],
    ['अंडे 6 नहीं 12 कर दो', 'EGG', 12, 'pc'],
    ['tamatar 2 kilo nahin 3 kilo', 'TOMATO', 3, 'kg'],
    ['आलू 1 किलो नहीं 2 किलो', 'ALOO', 2, 'kg'],
  ])('%s: a no between two amounts takes the first back', (text, sku, qty, unit) => {
    expect(understand(text, index, cart).lines.map((l) => [l.sku, l.qty, l.unit, l.op])).toEqual([
      [sku, qty, unit, 'set'],
    ])
  })

  it('a correction said twice still orders the second amount', () => {
    expect(understand('2 kg pyaz nahi nahi 3 kg pyaz', index).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['ONION', 3],
    ])
  })
})

describe('a clock time before the goods, pav the bread, and everyday spellings', () => {
  const shop = buildCatalogIndex([
    P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo']),
    P('PAV', 'Ladi Pav 6 pcs', 'pack', null, ['pav']),
    P('PEAS', 'Green Peas', 'kg', null, ['matar']),
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  ])
  const got = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    ['kal subah 6 baje tak doodh 2 packet', [['MILK', 2, 'pack']]],
    ['shaam 7 baje tak aloo 2 kilo', [['ALOO', 2, 'kg']]],
    ['कल सुबह 6 बजे तक दूध 2 पैकेट', [['MILK', 2, 'pack']]],
    ['5 bajey tak 1 kilo tamatar', [['TOMATO', 1, 'kg']]],
  ])('%s', (text, want) => {
    expect(got(text)).toEqual(want)
  })

  it.each([
    ['2 pav', 2],
    ['pav 2 packet', 2],
    ['1 packet pav', 1],
    ['पाव 3 पैकेट', 3],
    ['1 packet of pav please', 1],
    ['3 pav chahiye', 3],
    ['bhaiya 2 pav bhej do', 2],
  ])('%s is the bread roll', (text, qty) => {
    expect(got(text)).toEqual([['PAV', qty, 'pack']])
  })

  it.each([
    ['paav tamatar', 'TOMATO', 0.25],
    ['aloo ek paav', 'ALOO', 0.25],
    ['do paav matar', 'PEAS', 0.5],
    ['paav bhar matar', 'PEAS', 0.25],
    ['tamatar ek pav', 'TOMATO', 0.25],
  ])('%s: a paav with goods is still a quarter kilo', (text, sku, qty) => {
    expect(got(text)).toEqual([[sku, qty, 'kg']])
  })

  it('a paav measures the goods beside it, not goods elsewhere in the message', () => {
    expect(got('1 kilo aloo aur 2 pav')).toEqual([
      ['ALOO', 1, 'kg'],
      ['PAV', 2, 'pack'],
    ])
    expect(got('2 pav aur paav kilo matar')).toEqual([
      ['PAV', 2, 'pack'],
      ['PEAS', 0.25, 'kg'],
    ])
  })

  it('mutter is matar, and a yes inside an order line is no item', () => {
    expect(got('mutter aadha kilo')).toEqual([['PEAS', 0.5, 'kg']])
    expect(got('1 kg tamatar aur haan 2 packet doodh bhi')).toEqual([
      ['TOMATO', 1, 'kg'],
      ['MILK', 2, 'pack'],
    ])
    expect(understand('1 kg tamatar aur haan 2 packet doodh bhi', shop).unmatched).toEqual([])
    expect(understand('haan', shop).intent).toBe('confirm')
  })
})

describe('from when on, and the total asked before its noun', () => {
  const cart = { cartSkus: ['MILK', 'EGG'] }
  it.each([
    ['kal se doodh band kar do', 'MILK'],
    ['kal se doodh mat bhejna', 'MILK'],
    ['कल से दूध बंद कर दो', 'MILK'],
    ['parso se ande mat dena', 'EGG'],
    ['Sunday ko doodh mat dena', 'MILK'],
    ['सोमवार को अंडे मत भेजना', 'EGG'],
  ])('%s stops the goods', (text, sku) => {
    expect(understand(text, index, cart).lines.map((l) => [l.sku, l.op])).toEqual([[sku, 'remove']])
  })

  it.each([
    ['kal se 3 packet doodh dena', 3],
    ['aaj se 2 packet doodh', 2],
    ['रोज़ाना एक पैकेट दूध', 1],
  ])('%s orders from that day on', (text, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([['MILK', qty]])
    expect(r.unmatched).toEqual([])
  })

  it.each(['kitne ka bill bana', 'kitna total hua', 'कितने का बिल बना', 'टोटल कितना हुआ'])(
    '%s asks the total',
    (text) => {
      expect(u(text).intent).toBe('status')
    },
  )

  it.each(['kal milte hain', 'kal aana', 'kal se'])('%s orders nothing', (text) => {
    expect(u(text)).toMatchObject({ lines: [], unmatched: [] })
  })
})

describe('how the goods should be, said before them, and more vendor phrases', () => {
  it.each([
    ['एक किलो अच्छे टमाटर', 'TOMATO'],
    ['pake hue kele 1 darjan', 'BANANA'],
    ['taaze bade aloo 2 kilo', 'ALOO'],
    ['badhiya paneer ek packet', 'PANEER'],
  ])('%s', (text, sku) => {
    const r = u(text)
    expect(r.lines.map((l) => l.sku)).toEqual([sku])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    ['tamatar 1 kg taaze wale', 'TOMATO', 1],
    ['aloo 2 kg ekdum taaze', 'ALOO', 2],
    ['ekdum taaze tamatar 1 kg', 'TOMATO', 1],
    ['bilkul fresh pyaz 3 kilo', 'ONION', 3],
    ['1 kg tamatar taaze', 'TOMATO', 1],
    ['bahut badhiya aloo 2 kilo', 'ALOO', 2],
  ])('%s: how fresh or good, with how much so, is no goods (not Amul Taaza)', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, qty, 'kg']])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    ['ande mil jayenge?', 'EGG'],
    ['paneer milega?', 'PANEER'],
    ['kya tamatar mil jayegi?', 'TOMATO'],
    ['doodh mil jaega', 'MILK'],
    ['अंडे मिल जाएंगे?', 'EGG'],
  ])('%s asks whether there is some: no order of one', (text, sku) => {
    const r = u(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
    expect(r.lines).toEqual([])
  })

  it.each([
    ['1 kg aloo mil jayegi?', 'ALOO', 1],
    ['2 kilo tamatar mil jaayegi kya', 'TOMATO', 2],
  ])('%s, with an amount, orders it', (text, sku, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['aloo kis bhav de rahe ho', 'टमाटर किस भाव है'])('%s asks the price', (text) => {
    expect(u(text).intent).toBe('price')
  })

  it.each([
    'order mil gaya',
    'saman mil gaya dhanyavad',
    'ऑर्डर मिल गया धन्यवाद',
    // the goods left unsaid, or spelt as the Devanagari reads
    'mil gaya, shukriya',
    'sab kuch mil gaya bhaiya',
    'सामान मिल गया, शुक्रिया',
  ])('%s is a thank-you', (text) => {
    expect(u(text).intent).toBe('thanks')
  })

  it('dabbe and dibbe are boxes, and "aur badha do" adds', () => {
    expect(u('doodh ke do dabbe').lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['MILK', 2, 'pack']])
    expect(u('दूध दो डिब्बे').lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['MILK', 2, 'pack']])
    const r = understand('ande 6 aur badha do', index, { cartSkus: ['EGG'] })
    expect(r.lines.map((l) => [l.sku, l.qty, l.op])).toEqual([['EGG', 6, 'add']])
    expect(r.unmatched).toEqual([])
  })
})

describe('a question whether it came is no thank-you', () => {
  it.each(['doodh aa gaya kya', 'दूध आ गया क्या', 'saman mil gaya kya?'])('%s', (text) => {
    expect(u(text).intent).not.toBe('thanks')
  })
})

describe('"X hai?": goods asked after with a questioning hai', () => {
  const shop = buildCatalogIndex([
    ...[
      P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
      P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }, ['atta']),
      P('PANEER', 'Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
      P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo']),
    ],
  ])
  const ask = (text: string) => understand(text, shop)
  it.each([
    ['paneer hai?', 'PANEER'],
    ['bhaiya fresh paneer h?', 'PANEER'],
    ['aloo hain ?', 'ALOO'],
  ])('asks whether there is some: %s', (text, sku) => {
    const r = ask(text)
    expect(r.intent).toBe('price')
    expect(r.priceQuery?.sku).toBe(sku)
  })

  it.each([
    ['kya 5 kg wala atta hai?', 'ATTA-5'],
    ['10 kilo atta hai?', 'ATTA-10'],
    ['is the 10 kg atta available', 'ATTA-10'],
  ])('the pack size said picks the pack asked about: %s', (text, sku) => {
    expect(ask(text).priceQuery?.sku).toBe(sku)
  })

  it('asking for an amount orders it; without the mark it is no question', () => {
    expect(ask('2 kg aloo hai?').lines.map((l) => [l.sku, l.qty])).toEqual([['ALOO', 2]])
    expect(ask('2 kg aloo hai').lines).toEqual([])
  })

  it.each(['order ready hai?', 'payment ho gaya hai?', 'ye kya hai?'])(
    'a question naming no goods asks after no goods: %s',
    (text) => {
      const r = ask(text)
      expect(r.priceQuery).toBeUndefined()
      expect(r.unmatched).toEqual([])
    },
  )
})

describe('Hindi containers', () => {
  it.each([
    ['doodh ki 2 thaili', 2],
    ['3 thaili doodh', 3],
    ['do pudiya doodh', 2],
  ])('a pouch or twist of paper is a pack: %s', (text, qty) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['MILK', qty, 'pack']])
  })
})

describe('a cart line made a bit less or more, with no number', () => {
  const cart = { cartSkus: ['ALOO', 'ONION', 'MILK'] }
  const change = (text: string, ctx: object = cart) =>
    understand(text, index, ctx).lines.map((l) => [l.sku, l.vague ?? null])

  it.each([
    ['aloo thoda kam kar do', 'ALOO'],
    ['aloo kam kar dena', 'ALOO'],
    ['thoda kam aloo bhejna', 'ALOO'],
    ['a bit less aloo please', 'ALOO'],
    ['आलू थोड़ा कम कर दो', 'ALOO'],
    ['etwas weniger pyaz', 'ONION'],
  ])('%s is less, by how much unsaid', (text, sku) => {
    expect(change(text)).toEqual([[sku, 'less']])
    expect(understand(text, index, cart).unmatched).toEqual([])
  })

  it.each([
    ['thoda zyada pyaz daal do', 'ONION'],
    ['pyaz thoda aur', 'ONION'],
    ['a bit more onion', 'ONION'],
    ['प्याज़ थोड़ा ज़्यादा', 'ONION'],
    ['doodh jyada kar do', 'MILK'],
  ])('%s is more, by how much unsaid', (text, sku) => {
    expect(change(text)).toEqual([[sku, 'more']])
  })

  it('two lines changed at once each keep their own way', () => {
    expect(change('aloo thoda kam aur pyaz zyada')).toEqual([
      ['ALOO', 'less'],
      ['ONION', 'more'],
    ])
  })

  it('a number said changes the line by that much; with no cart it is an order', () => {
    const ops = (text: string) => understand(text, index, cart).lines.map((l) => [l.sku, l.qty, l.unit, l.op])
    expect(ops('doodh ek kam karna')).toEqual([['MILK', 1, 'pack', 'remove']])
    expect(ops('aloo aadha kilo kam kar do')).toEqual([['ALOO', 0.5, 'kg', 'remove']])
    expect(ops('aloo 1 kilo kam')).toEqual([['ALOO', 1, 'kg', 'remove']])
    expect(ops('aloo 1 kilo zyada')).toEqual([['ALOO', 1, 'kg', 'add']])
    expect(ops('reduce aloo to 1 kg')).toEqual([['ALOO', 1, 'kg', 'set']])
    // keeping an amount, or only that much, is what the line comes to
    expect(ops('aloo 1 kilo hi rakhna')).toEqual([['ALOO', 1, 'kg', 'set']])
    expect(ops('aloo kam karke 1 kilo kar do')).toEqual([['ALOO', 1, 'kg', 'set']])
    expect(ops('pyaz 3 kilo rakho')).toEqual([['ONION', 3, 'kg', 'set']])
    expect(change('tamatar thoda kam')).toEqual([['TOMATO', null]])
    expect(change('thoda zyada pyaz daal do', {})).toEqual([['ONION', null]])
  })

  it('after the shop asked how much, an amount alone sets the line', () => {
    const asked = { cartSkus: ['ALOO'], askedSku: 'ALOO', askedTotal: true }
    const ops = (text: string, ctx: object) =>
      understand(text, index, ctx).lines.map((l) => [l.sku, l.qty, l.unit, l.op])
    expect(ops('1.5 kilo', asked)).toEqual([['ALOO', 1.5, 'kg', 'set']])
    expect(ops('डेढ़ किलो', asked)).toEqual([['ALOO', 1.5, 'kg', 'set']])
    // after a price was given, the amount still orders that much
    expect(ops('2 kilo', { cartSkus: [], askedSku: 'ALOO' })).toEqual([['ALOO', 2, 'kg', 'add']])
  })
})

describe('paying later is no goods', () => {
  it.each(['paise kal dunga', 'udhaar likh lo', "I'll pay tomorrow", 'पैसे कल दूंगा', 'खाते में लिख दो'])(
    '"%s" alone is the wish, nothing the shop lacks',
    (text) => {
      expect(u(text)).toMatchObject({ intent: 'other', lines: [], unmatched: [], payLater: true })
    },
  )

  it.each([
    '2 kilo aloo, paise kal dunga',
    '2 kilo aloo udhaar likh lo',
    'paise kal dunga, 2 kilo aloo',
    '2 kilo aloo khate mein likh do',
  ])('"%s" orders the goods and carries the wish', (text) => {
    expect(u(text)).toMatchObject({ intent: 'order', unmatched: [], payLater: true })
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual([['ALOO', 2]])
  })

  it('a yes beside it stays a yes; a question about the khata is no wish', () => {
    expect(u('haan, paise kal dunga')).toMatchObject({ intent: 'confirm', payLater: true })
    expect(u('mera hisaab kitna hai').payLater).toBeUndefined()
    expect(u('2 kilo aloo').payLater).toBeUndefined()
  })
})

describe('"good morning" in Hindi greets', () => {
  it.each(['suprabhat bhaiya', 'शुभ प्रभात', 'सुप्रभात जी'])('%s alone is a greeting', (text) => {
    expect(u(text)).toMatchObject({ intent: 'greeting', lines: [], unmatched: [] })
  })

  it.each(['suprabhat, 2 packet doodh', 'शुभ प्रभात भैया 2 दूध', 'सुप्रभात, आज 2 दूध भेज देना'])(
    'before the goods it is no item: %s',
    (text) => {
      expect(u(text)).toMatchObject({ intent: 'order', lines: [{ sku: 'MILK', qty: 2 }], unmatched: [] })
    },
  )
})

describe('Hindi produce names the catalog has only in English', () => {
  const gourds = buildCatalogIndex([
    P('KARELA', 'Bitter Gourd', 'kg', null),
    P('LAUKI', 'Bottle Gourd', 'kg', null),
    P('TURAI', 'Ridge Gourd', 'kg', null),
    P('SWEET-POT', 'Sweet Potato', 'kg', null),
    P('POTATO', 'Potato', 'kg', null),
    P('JACKFRUIT', 'Jackfruit', 'kg', null),
    P('GUAVA', 'Guava', 'kg', null),
  ])
  const read = (text: string, index = gourds) =>
    understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    ['1 kilo karela', 'KARELA', 1, 'kg'],
    ['karele aadha kilo', 'KARELA', 0.5, 'kg'],
    ['2 kg lauki', 'LAUKI', 2, 'kg'],
    ['ghiya 1 kilo', 'LAUKI', 1, 'kg'],
    ['turai 500 gram', 'TURAI', 500, 'g'],
    ['एक किलो करेला', 'KARELA', 1, 'kg'],
    ['shakarkandi 2 kilo', 'SWEET-POT', 2, 'kg'],
    ['amrood 1 kg', 'GUAVA', 1, 'kg'],
    ['kathal 2 kilo', 'JACKFRUIT', 2, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    expect(read(text)).toEqual([[sku, qty, unit]])
  })

  it('are the whole English name or nothing: no other gourd, no plain potato', () => {
    const noBitter = buildCatalogIndex([
      P('LAUKI', 'Bottle Gourd', 'kg', null),
      P('POTATO', 'Potato', 'kg', null),
    ])
    expect(understand('1 kilo karela', noBitter).lines).toEqual([])
    expect(understand('1 kilo karela', noBitter).unmatched).toEqual(['karela'])
    expect(understand('shakarkandi 2 kilo', noBitter).lines).toEqual([])
  })
})

describe('a size said with wala names the pack of that size', () => {
  const dairy = buildCatalogIndex([
    P('PANEER', 'Paneer (loose)', 'kg', null, ['paneer']),
    P('PANEER-200', 'Amul Malai Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  ])
  const read = (text: string, cartSkus: string[] = []) =>
    understand(text, dairy, { cartSkus }).lines.map((l) => [l.sku, l.qty, l.unit, l.op])

  it.each([
    ['paneer 200 gm wala', 1],
    ['पनीर 200 ग्राम वाला', 1],
    ['paneer 200 gram wali 2', 2],
    ['2 paneer 200 g wale', 2],
  ])('of goods also sold loose: %s', (text, qty) => {
    expect(read(text)).toEqual([['PANEER-200', qty, 'pack', 'add']])
  })

  it('no such pack: that much of the loose goods', () => {
    expect(read('paneer 250 gm wala')).toEqual([['PANEER', 250, 'g', 'add']])
  })

  it.each(['makhan 500 wala kar do', '500 wala makhan kar do'])(
    'with the other size in the cart, swaps it: %s',
    (text) => {
      expect(read(text, ['BUTTER-100'])).toEqual([
        ['BUTTER-500', 1, 'pack', 'set'],
        ['BUTTER-100', 1, 'pack', 'remove'],
      ])
    },
  )
})

describe('a bare number of a hundred or more of goods sold by weight', () => {
  const shop = buildCatalogIndex([
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    P('MOONG', 'Moong Dal', 'kg', null, ['moong']),
    P('OIL', 'Loose Mustard Oil', 'l', null, ['sarson tel']),
    P('TEA', 'Tata Tea Premium 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
    P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
    P('EGG', 'Eggs', 'pc', null, ['ande']),
  ])
  const read = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    ['tamatar 500', 'TOMATO', 500, 'g'],
    ['250 moong', 'MOONG', 250, 'g'],
    ['moong dal 750', 'MOONG', 750, 'g'],
    ['sarson tel 500', 'OIL', 500, 'ml'],
    ['250 chai patti', 'TEA', 1, 'pack'],
    ['chai patti 500', 'TEA', 2, 'pack'],
  ])('is grams (or whole packs of them), never hundreds of kilos or packs: %s', (text, sku, qty, unit) => {
    expect(read(text)).toEqual([[sku, qty, unit]])
  })

  it('a small count, a count of pieces, and a number no pack makes stay counts', () => {
    expect(read('tamatar 2')).toEqual([['TOMATO', 2, 'kg']])
    expect(read('120 ande')).toEqual([['EGG', 120, 'pc']])
    expect(read('100 maggi')).toEqual([['MAGGI', 100, 'pack']])
  })
})

describe('how the goods are to be packed, said after them', () => {
  it.each([
    ['6 ande alag se', 'EGG', 6],
    ['2 kg pyaz alag packet mein', 'ONION', 2],
    ['2 kg onion separately', 'ONION', 2],
    ['1 kg tamatar seperate bag', 'TOMATO', 1],
    ['2 kg Zwiebeln getrennt', 'ONION', 2],
  ])('is a note, not part of the name: %s', (text, sku, qty) => {
    const r = u(text)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })
})

describe('an amount with a Hinglish verb of putting in and no item adds to the line last added', () => {
  // "daal" is also lentils: before "do" / "dena" it is the verb
  const shop = buildCatalogIndex([
    P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo']),
    P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    P('TOOR', 'Toor Dal 1 kg', 'pack', { value: 1, unit: 'kg' }, ['arhar dal', 'daal']),
  ])
  it.each([
    ['aadha kilo aur daal do', 'ALOO', 0.5, 'kg'],
    ['1 kilo aur daal dena', 'ALOO', 1, 'kg'],
    ['ek kilo aur dal dijiye', 'ALOO', 1, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    const r = understand(text, shop, { cartSkus: ['MILK', 'ALOO'] })
    expect(r.lines.map((l) => [l.sku, l.qty, l.unit, l.op])).toEqual([[sku, qty, unit, 'add']])
  })
  it('the lentils asked for are still the lentils', () => {
    const r = understand('1 packet daal bhi daal do', shop, { cartSkus: ['ALOO'] })
    expect(r.lines.map((l) => l.sku)).toEqual(['TOOR'])
  })
})

describe('goods of several sizes, then counts by size words, are those sizes', () => {
  const shop = buildCatalogIndex([
    P('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    P('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['doodh']),
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  ])
  const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty])
  it.each([
    [
      '3 packet doodh, 2 chhote 1 bada',
      [
        ['MILK-500', 2],
        ['MILK-1L', 1],
      ],
    ],
    [
      'amul butter 2, ek bada ek chhota',
      [
        ['BUTTER-500', 1],
        ['BUTTER-100', 1],
      ],
    ],
    [
      '2 makhan - 1 bada 1 chhota',
      [
        ['BUTTER-500', 1],
        ['BUTTER-100', 1],
      ],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want)
    expect(understand(text, shop).unmatched).toEqual([])
  })
  it('counts that do not add up leave the goods to be asked about', () => {
    expect(said('2 doodh, 1 bada')).toEqual([
      [null, 2],
      ['MILK-1L', 1],
    ])
  })
})

describe('with a cart, "hi" after a number word and the polite "kar dena" set the line', () => {
  it.each([
    ['aloo ek hi karna', 'ALOO', 1],
    ['doodh ek hi', 'MILK', 1],
    ['aloo teen kilo hi', 'ALOO', 3],
    ['आलू एक किलो ही', 'ALOO', 1],
    ['aloo 3 kilo kar dena', 'ALOO', 3],
    ['doodh 2 kar dijiye', 'MILK', 2],
  ])('%s', (text, sku, qty) => {
    const r = understand(text, index, { cartSkus: ['ALOO', 'MILK'] })
    expect(r.lines.map((l) => [l.sku, l.op, l.qty])).toEqual([[sku, 'set', qty]])
  })
  it('a word of adding still adds', () => {
    const r = understand('1 kilo aloo aur add kar dena', index, { cartSkus: ['ALOO'] })
    expect(r.lines.map((l) => l.op)).toEqual(['add'])
  })
})

describe('uncounted goods said with wala, with another variety or size in the cart, take its place', () => {
  const shop = buildCatalogIndex([
    {
      ...P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['tel']),
      category: 'Oil',
    },
    {
      ...P('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
      category: 'Oil',
    },
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  ])
  const said = (text: string, cartSkus: string[]) =>
    understand(text, shop, { cartSkus }).lines.map((l) => [l.sku, l.op, l.qtyOf])
  it.each([
    ['tel sarson wala', ['OIL-SUN'], 'OIL-MUS', 'OIL-SUN'],
    ['sarson tel wala dena', ['OIL-SUN'], 'OIL-MUS', 'OIL-SUN'],
    ['makhan bada wala', ['BUTTER-100'], 'BUTTER-500', 'BUTTER-100'],
  ])('%s', (text, cart, to, from) => {
    expect(said(text, cart)).toEqual([
      [to, 'set', from],
      [from, 'remove', undefined],
    ])
  })
  it.each(['sarson wala tel bhi', 'aur ek sarson wala tel'])(
    'a word of adding adds it beside: %s',
    (text) => {
      expect(said(text, ['OIL-SUN'])).toEqual([['OIL-MUS', 'add', undefined]])
    },
  )
})

describe('a yes with a count and "bhej do": that many of the last line, never goods named "theek"', () => {
  const idx = buildCatalogIndex([
    P('ONION', 'Onion', 'kg', null, ['pyaz']),
    P('MILK', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['doodh']),
  ])
  it.each([
    ['theek hai 2 bhej do', 'set 2 pack MILK'],
    ['acha 3 bhej do', 'set 3 pack MILK'],
    ['thik hai 4 bhej do', 'set 4 pack MILK'],
  ])('%s', (text, want) => {
    const u = understand(text, idx, { cartSkus: ['ONION', 'MILK'] })
    expect(u.lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)).toEqual([want])
    expect(u.unmatched).toEqual([])
  })
  it('with nothing in the cart it is no goods the shop lacks', () => {
    expect(understand('theek hai 1 bhej do', idx).unmatched).toEqual([])
    expect(understand('thik hai 2 bhej do', idx).unmatched).toEqual([])
  })
})

describe("a Hindi name typed without the h said barely after a vowel, and one letter off: the dictionary's goods", () => {
  const idx = buildCatalogIndex([
    P('GARLIC', 'Garlic', 'kg', null, ['lehsun', 'lahsun']),
    P('GINGER', 'Ginger', 'kg', null, ['adrak']),
  ])
  it.each(['250 gm lasan', 'lasan 100 gram', 'aadha kilo lasan bhi', 'lesan 1 pav'])('%s', (text) => {
    const u = understand(text, idx)
    expect(u.lines.map((l) => l.sku)).toEqual(['GARLIC'])
    expect(u.unmatched).toEqual([])
  })
})
