// English shop words typed in Devanagari against a catalog spelt in English, with no Hindi aliases: they are
// matched by how they sound (consonants, and vowel places for words of one consonant), in mixed Devanagari and
// Latin lines, with Hindi particles and verbs around them and the quantity before or after.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { loanShape, loanSkeleton } from './loanwords'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ONION', 'Onion', 'kg'),
  P('TOMATO', 'Tomato', 'kg'),
  P('CARROT', 'Carrot', 'kg'),
  P('GARLIC', 'Garlic', 'kg'),
  P('EGGS', 'Eggs', 'pc'),
  P('COFFEE', 'Nescafe Coffee 50 g', 'pack', { value: 50, unit: 'g' }),
  P('RICE', 'Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('OIL', 'Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }),
  P('KETCHUP', 'Tomato Ketchup 500 g', 'pack', { value: 500, unit: 'g' }),
  P('COOKIES', 'Butter Cookies 100 g', 'pack', { value: 100, unit: 'g' }),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
  P('SUGAR', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('LEMON', 'Lemon', 'pc'),
  P('CORIANDER', 'Coriander Bunch', 'pc', null, ['dhaniya']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('sound keys bring English spelling and its Devanagari reading together', () => {
  it.each([
    ['carrot', 'kairat'],
    ['garlic', 'gaarlik'],
    ['rice', 'raais'],
    ['ketchup', 'kechap'],
    ['coffee', 'kofi'],
  ])('%s ~ %s', (en, hi) => expect(loanSkeleton(en)).toBe(loanSkeleton(hi)))
  it.each([
    ['onion', 'oniyan'],
    ['oil', 'oyal'],
  ])('%s ~ %s by vowel places', (en, hi) => expect(loanShape(en)).toBe(loanShape(hi)))
})

describe('a loanword in Devanagari finds the English product', () => {
  it.each([
    ['ओनियन 2 किलो', [['ONION', 2, 'kg']]],
    ['कैरट आधा किलो', [['CARROT', 0.5, 'kg']]],
    ['गार्लिक 250 ग्राम', [['GARLIC', 250, 'g']]],
    ['एग्स 12', [['EGGS', 12, 'pc']]],
    ['एग 6', [['EGGS', 6, 'pc']]],
    ['कॉफ़ी 1', [['COFFEE', 1, 'pack']]],
    ['राइस 1 पैकेट', [['RICE', 1, 'pack']]],
    ['ऑयल 1 लीटर', [['OIL', 1, 'pack']]],
    ['केचप 1', [['KETCHUP', 1, 'pack']]],
    ['कुकीज़ 2 पैकेट', [['COOKIES', 2, 'pack']]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).language).toBe('hi-Deva')
  })
})

describe('particles, verbs, mixed scripts and units in Devanagari', () => {
  it.each([
    [
      'भैया 2 किलो ओनियन और 1 ब्रेड भेज दो',
      [
        ['ONION', 2, 'kg'],
        ['BREAD', 1, 'pack'],
      ],
    ],
    ['जी मिल्क 2 पैकेट भी दे दो', [['MILK', 2, 'pack']]],
    [
      '2 kg onion और 2 ब्रेड चाहिए',
      [
        ['ONION', 2, 'kg'],
        ['BREAD', 2, 'pack'],
      ],
    ],
    ['शुगर 1 केजी', [['SUGAR', 1, 'pack']]],
    ['नींबू 6 पीस', [['LEMON', 6, 'pc']]],
    ['5 नग एग्स', [['EGGS', 5, 'pc']]],
    ['हरा धनिया 1 गड्डी', [['CORIANDER', 1, 'pc']]],
    ['टोमैटो सवा किलो', [['TOMATO', 1.25, 'kg']]],
    ['कैरट पौने दो किलो', [['CARROT', 1.75, 'kg']]],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a word that sounds like no product stays unmatched', () => {
  it.each(['कटहल 1 किलो', 'टोस्टर 1'])('%s', (text) => {
    expect(u(text).lines.filter((l) => l.sku !== null)).toEqual([])
  })
})

describe('brand names in Devanagari, and a brand from the name with goods from an alias', () => {
  const shop = buildCatalogIndex([
    P('SOAP', 'Lux Soap 100 g', 'pc', { value: 100, unit: 'g' }, ['sabun', 'soap']),
    P('RICE', 'India Gate Basmati Rice 1 kg', 'pack', { value: 1, unit: 'kg' }, ['chawal', 'basmati']),
    P('SALT', 'Tata Salt 1 kg', 'pack', { value: 1, unit: 'kg' }, ['namak']),
    P('DETERGENT', 'Surf Excel 1 kg', 'pack', { value: 1, unit: 'kg' }, ['washing powder']),
    P('TEA', 'Taj Mahal Tea 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
  ])
  const read = (text: string) => understand(text, shop).lines.map((l) => [l.sku ?? l.candidates, l.qty])

  it.each([
    ['दो लक्स साबुन', [['SOAP', 2]]],
    ['लक्स साबुन 3', [['SOAP', 3]]],
    ['इंडिया गेट बासमती 1 पैकेट', [['RICE', 1]]],
    ['2 टाटा नमक', [['SALT', 2]]],
    ['सर्फ एक्सेल 2', [['DETERGENT', 2]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['2 lux sabun', 'SOAP'],
    ['tata namak 1', 'SALT'],
    ['1 taj mahal chai patti', 'TEA'],
  ])('%s: the brand from the name, the goods from an alias', (text, sku) => {
    expect(understand(text, shop).lines.map((l) => l.sku)).toEqual([sku])
  })

  it('a brand said alone, with a count in words, names the one product of it the shop has', () => {
    const r = understand('एक लक्स', shop)
    expect(r.intent).toBe('order')
    expect(r.lines.map((l) => [l.sku ?? l.candidates, l.qty])).toEqual([['SOAP', 1]])
  })
})
