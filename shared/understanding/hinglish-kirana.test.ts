// Hinglish and Devanagari kirana customers as they write on WhatsApp: run-on lists, joined verbs, spellings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni']),
  P('DAHI', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi', 'curd']),
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('LAYS', 'Lays Classic Salted 52 g', 'pack', { value: 52, unit: 'g' }, ['lays', 'chips']),
  P('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('goods with an amount in a unit, then a count and other goods, are two items', () => {
  it.each([
    [
      'aloo 2 kg 3 dahi',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
    [
      'pyaz 1 kg 2 maggi',
      [
        ['ONION', 1, 'kg'],
        ['MAGGI', 2, 'pack'],
      ],
    ],
    [
      'tamatar 1 kilo 2 lays',
      [
        ['TOMATO', 1, 'kg'],
        ['LAYS', 2, 'pack'],
      ],
    ],
    [
      'cheeni 2kg 1 bread',
      [
        ['SUGAR', 2, 'kg'],
        ['BREAD', 1, 'pack'],
      ],
    ],
    [
      'atta 1 packet 2 bread',
      [
        ['ATTA', 1, 'pack'],
        ['BREAD', 2, 'pack'],
      ],
    ],
    [
      'aloo 2 kg 3 packet dahi',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
    [
      'आलू दो किलो तीन दही',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it('a multiplied count stays the same goods', () => {
    expect(lines('aloo 2 kg x 3')).toEqual([['ALOO', 6, 'kg']])
  })
})

describe('"ho gaya?" asks whether the order is done; "ho gaya" said is a yes', () => {
  it.each([
    'ho gaya?',
    'ho gaya kya',
    'ho gya??',
    'order ho gaya?',
    'mera order ho gaya kya?',
    'sab ho gaya kya bhaiya',
    'order pack hua kya',
    'bhaiya hogaya?',
    'हो गया?',
    'हो गया क्या',
  ])('%s', (text) => {
    expect(u(text).intent).toBe('status')
  })

  it.each(['ho gaya', 'haan ho gaya', 'ok ho gaya'])('%s stays a yes', (text) => {
    expect(u(text).intent).toBe('confirm')
  })

  it.each(['payment ho gaya?', 'dahi khatam ho gaya?'])('%s is not about the order', (text) => {
    expect(u(text).intent).not.toBe('status')
  })
})

describe('a wala beside a count of packs names the multipack, not that many packets', () => {
  const packs = buildCatalogIndex([
    P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
    P('MAGGI4', 'Maggi Noodles 4 pack', 'pack', { value: 4, unit: 'pc' }, ['maggi']),
    P('SOAP', 'Lux Soap 100 g', 'pc', { value: 100, unit: 'g' }, ['sabun']),
    P('SOAP4', 'Lux Soap 4 x 100 g', 'pack', { value: 4, unit: 'pc' }, ['sabun']),
  ])
  it.each([
    ['maggi wala 4 pack chahiye', 'MAGGI4', 1],
    ['maggi 4 pack wala', 'MAGGI4', 1],
    ['2 maggi 4 pack wala', 'MAGGI4', 2],
    ['4 packet wali maggi 2', 'MAGGI4', 2],
    ['lux wala 4 pack bhej do', 'SOAP4', 1],
    ['मैगी वाला 4 पैक', 'MAGGI4', 1],
  ])('%s', (text, sku, qty) => {
    const r = understand(text, packs)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })

  it('a count of packets with no wala is how many', () => {
    expect(understand('4 pack maggi', packs).lines.map((l) => [l.sku, l.qty])).toEqual([['MAGGI', 4]])
    expect(understand('maggi wala 2 packet', packs).lines.map((l) => [l.sku, l.qty])).toEqual([['MAGGI', 2]])
  })
})

describe('a helper verb glued to its verb, polite forms and chahiye as they are typed', () => {
  it.each([
    ['2 kg aloo bhejdijiye', [['ALOO', 2, 'kg']]],
    ['2 kilo cheeni dedijiye', [['SUGAR', 2, 'kg']]],
    ['1 bread bhejdena', [['BREAD', 1, 'pack']]],
    ['दो किलो आलू भेजदीजिए', [['ALOO', 2, 'kg']]],
    ['1 dahi bhi kijiye', [['DAHI', 1, 'pack']]],
    ['1 dahi aur keejie', [['DAHI', 1, 'pack']]],
    ['एक दही और कीजिए', [['DAHI', 1, 'pack']]],
    ['1 kg aloo chahye', [['ALOO', 1, 'kg']]],
    ['1 kg aloo chaiye', [['ALOO', 1, 'kg']]],
    ['mujhe 2 kg cheeni chahiyee', [['SUGAR', 2, 'kg']]],
    ['1 maggi chaahie', [['MAGGI', 1, 'pack']]],
    ['1 kg pyaz chyie', [['ONION', 1, 'kg']]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it.each(['order confirm kijiye', 'confirm kardijiye', 'ऑर्डर कन्फर्म कीजिए', 'confirm kar dijie'])(
    '%s is a yes',
    (text) => {
      expect(u(text).intent).toBe('confirm')
    },
  )

  it.each([
    ['maggi hatado', 'MAGGI'],
    ['aloo hatadijiye', 'ALOO'],
    ['प्याज हटादो', 'ONION'],
    ['dahi nikaldo', 'DAHI'],
  ])('%s takes the goods out of the cart', (text, sku) => {
    const r = understand(text, index, { cartSkus: ['ALOO', 'ONION', 'MAGGI', 'DAHI'] })
    expect(r.lines.map((l) => [l.sku, l.op])).toEqual([[sku, 'remove']])
  })
})

describe('goods with "bhi" and then a verb of taking out are taken out too, never added', () => {
  it.each([
    ['pyaz bhi hata do', 'ONION'],
    ['pyaz bhi hatao', 'ONION'],
    ['aur tamatar bhi nikal do', 'TOMATO'],
    ['tamatar bhi nahi chahiye', 'TOMATO'],
    ['dahi bhi mat bhejna', 'DAHI'],
    ['टमाटर भी हटा दो', 'TOMATO'],
  ])('%s', (text, sku) => {
    const r = understand(text, index, { cartSkus: ['ALOO', 'ONION', 'TOMATO', 'DAHI'] })
    expect(r.lines.map((l) => [l.sku, l.op])).toEqual([[sku, 'remove']])
  })

  it('"bhi" before an amount or a verb of sending still adds', () => {
    const cart = { cartSkus: ['ALOO', 'ONION'] }
    expect(understand('aloo bhi 2 kg', index, cart).lines.map((l) => [l.sku, l.qty, l.op])).toEqual([
      ['ALOO', 2, 'add'],
    ])
    expect(understand('pyaz bhi bhej do', index, cart).lines.map((l) => [l.sku, l.op])).toEqual([
      ['ONION', 'add'],
    ])
  })
})

describe('two Devanagari words written as one are read apart when that names goods', () => {
  const joined = buildCatalogIndex([
    P('TEA', 'Tata Tea Premium 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
    P('CHILLI', 'Green Chilli', 'kg', null, ['hari mirch']),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['double roti']),
    P('CABBAGE', 'Cabbage', 'kg', null, ['patta gobhi']),
    P('BANANA', 'Banana', 'dozen', null, ['kela']),
  ])
  it.each([
    ['चायपत्ती एक पैकेट दीजिए', 'TEA', 1],
    ['चायपत्ती', 'TEA', 1],
    ['हरीमिर्च 100 ग्राम', 'CHILLI', 100],
    ['डबलरोटी 2', 'BREAD', 2],
    ['पत्तागोभी 1 किलो', 'CABBAGE', 1],
  ])('%s', (text, sku, qty) => {
    const r = understand(text, joined)
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
  })

  it('a word that is no two words stays unmatched, not goods that sound like half of it', () => {
    // "ब्रो" + "कली" would sound like kela
    expect(understand('ब्रोकली एक', joined).lines).toEqual([])
    expect(understand('ब्रोकली एक', joined).unmatched).toEqual(['ब्रोकली'])
  })

  it('a short reply written as one word is that reply', () => {
    expect(understand('ठीकहै', joined).intent).toBe('confirm')
  })
})

describe('a Devanagari word whose halves are two goods is no two goods', () => {
  it('"शकरकंद" (sweet potato) is not sugar and onion', () => {
    const two = buildCatalogIndex([
      P('SUGAR', 'Sugar', 'kg', null, ['shakkar']),
      P('ONION', 'Onion', 'kg', null, ['kanda']),
    ])
    expect(understand('शकरकंद एक किलो', two).lines).toEqual([])
  })
})

describe('a number before wala that is the price of the goods named says which goods, never how many', () => {
  const priced = buildCatalogIndex([
    { ...P('LAYS', 'Lays Classic Salted 52 g', 'pack', { value: 52, unit: 'g' }, ['lays']), price: 2000 },
    { ...P('PARLEG', 'Parle-G Biscuit', 'pack', null, ['parle g']), price: 1000 },
    { ...P('ATTA5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']), price: 24500 },
    { ...P('ATTA10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }, ['atta']), price: 48000 },
  ])
  it.each([
    ['20 wale lays 2', 'LAYS', 2],
    ['20 wala lays', 'LAYS', 1],
    ['lays 20 wala 3', 'LAYS', 3],
    ['10 wala parle g 5', 'PARLEG', 5],
    ['atta 10 wala', 'ATTA10', 1],
  ])('%s', (text, sku, qty) => {
    expect(understand(text, priced).lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
  })
})

describe('"gm" is good morning alone and grams after a number', () => {
  it.each([
    ['gm bhaiya 2 kg aloo', [['ALOO', 2, 'kg']]],
    ['gm ji 2 aloo', [['ALOO', 2, 'kg']]],
    ['GM bhaiya 1 kilo cheeni', [['SUGAR', 1, 'kg']]],
  ])('%s: the greeting is no goods and no unit', (text, want) => {
    expect(lines(text)).toEqual(want)
  })

  it.each(['200 gm wala 2', '250 gm', '500 gm de do'])('%s: grams, never a greeting', (text) => {
    expect(u(text).intent).not.toBe('greeting')
  })
})

describe('a word one vowel short of a catalog word is that word, before one with a letter too many', () => {
  const veg = buildCatalogIndex([
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    P('PEAS', 'Green Peas', 'kg', null, ['matar']),
  ])
  const said = (text: string) => understand(text, veg).lines.map((l) => [l.sku, l.qty, l.unit])
  it.each([
    ['tmatar 1 kg', [['TOMATO', 1, 'kg']]],
    ['2 kilo tmatar', [['TOMATO', 2, 'kg']]],
    [
      'tmatar aadha kilo aur matar 1 kilo',
      [
        ['TOMATO', 0.5, 'kg'],
        ['PEAS', 1, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want)
  })
})

describe('after one product’s price, a size with wala and a count orders the pack of the same goods in that size', () => {
  const dairy = buildCatalogIndex([
    P('PANEER', 'Paneer (loose)', 'kg', null, ['paneer']),
    P('PANEER-200', 'Amul Malai Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
    P('DAHI-400', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi']),
    P('DAHI-1KG', 'Amul Masti Dahi 1 kg', 'pack', { value: 1, unit: 'kg' }, ['dahi']),
  ])
  it.each([
    ['200 gm wala 2', 'PANEER', 'PANEER-200', 2],
    ['2 de do 200 gram wala', 'PANEER', 'PANEER-200', 2],
    ['1 kg wala 3', 'DAHI-400', 'DAHI-1KG', 3],
    ['1 kilo wali 1 bhej do', 'DAHI-400', 'DAHI-1KG', 1],
  ])('%s after the price of %s', (text, askedSku, sku, qty) => {
    const got = understand(text, dairy, { askedSku })
    expect(got.lines.map((l) => [l.op, l.sku, l.qty, l.unit])).toEqual([['add', sku, qty, 'pack']])
  })
})
