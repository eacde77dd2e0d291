// Hinglish pack and container words (peti, tray, dabba, packet, bori, gaddi, darjan): the catalog's pack product
// when it has one, whatever word names the pack; a fixed count only where a convention fixes it; else asked.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const withPacks = buildCatalogIndex([
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande']),
  P('EGG-TRAY', 'Egg Tray 30', 'pack'),
  P('EGG-CRATE', 'Egg Crate 210', 'pack'),
  P('MINT', 'Mint', 'kg', null, ['pudina']),
  P('MINT-BUNCH', 'Mint Bunch', 'pc'),
  P('RICE', 'Sona Masoori Rice', 'kg', null, ['chawal']),
  P('RICE-SACK', 'Sona Masoori Rice Sack 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('BANANA', 'Banana', 'dozen', null, ['kela', 'kele']),
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
])
const loose = buildCatalogIndex([
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande']),
  P('MINT', 'Mint', 'kg', null, ['pudina']),
  P('RICE', 'Sona Masoori Rice', 'kg', null, ['chawal']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
])
const line = (text: string, index = withPacks) => {
  const l = understand(text, index).lines[0]
  return l && `${l.qty} ${l.unit} ${l.sku}${l.container ? ` ask:${l.container}` : ''}`
}

describe('the pack product is taken, whichever word names the pack', () => {
  it.each([
    ['1 tray ande', '1 pack EGG-TRAY'],
    ['ek tray anda', '1 pack EGG-TRAY'],
    ['ande 2 tray', '2 pack EGG-TRAY'],
    ['ek peti ande', '1 pack EGG-CRATE'],
    ['2 peti anda', '2 pack EGG-CRATE'],
    ['ande ki ek peti', '1 pack EGG-CRATE'],
    ['1 crate eggs', '1 pack EGG-CRATE'],
    ['ek bori chawal', '1 pack RICE-SACK'],
    ['chawal 2 bori', '2 pack RICE-SACK'],
    ['4 gaddi pudina', '4 pc MINT-BUNCH'],
    ['pudina 2 gaddi', '2 pc MINT-BUNCH'],
    ['2 packet maggi', '2 pack MAGGI'],
  ])('%s', (text, want) => {
    expect(line(text)).toBe(want)
  })

  it('darjan is a dozen of what is sold by the dozen or the piece', () => {
    expect(line('2 darjan kele')).toBe('2 dozen BANANA')
    expect(line('ek darjan kela')).toBe('1 dozen BANANA')
    expect(line('1 darjan ande')).toBe('1 dozen EGG')
  })
})

describe('with no pack product, only a convention gives a count; otherwise the customer is asked', () => {
  it('a tray of eggs is the standard 30-cell tray', () => {
    expect(line('1 tray ande', loose)).toBe('30 pc EGG')
    expect(line('ande 2 tray', loose)).toBe('60 pc EGG')
  })

  it.each([
    ['ek peti ande', '1 pack EGG ask:crate'],
    ['2 peti anda', '2 pack EGG ask:crate'],
    ['1 peti tamatar', '1 pack TOMATO ask:crate'],
    ['1 crate tomato', '1 pack TOMATO ask:crate'],
    ['ek bori chawal', '1 pack RICE ask:sack'],
    ['2 box tamatar', '2 pack TOMATO ask:box'],
    ['4 gaddi pudina', '4 pack MINT ask:bunch'],
  ])('%s', (text, want) => {
    expect(line(text, loose)).toBe(want)
  })

  it('a pack word with a packed product is that many packs', () => {
    expect(line('ek dabba doodh', loose)).toBe('1 pack MILK')
    expect(line('2 packet doodh', loose)).toBe('2 pack MILK')
  })
})

describe('a pack word that is a product of its own (the shop calls its egg tray "tray")', () => {
  const named = buildCatalogIndex([
    P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande', 'anda']),
    P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['ande', 'anda', 'tray']),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  ])
  const all = (text: string) => understand(text, named)

  it.each([
    ['ek tray', '1 pack EGG-30'],
    ['2 trays', '2 pack EGG-30'],
    ['एक ट्रे', '1 pack EGG-30'],
    ['theek hai 2 tray', '2 pack EGG-30'],
    ['ok, ek tray bhej dena', '1 pack EGG-30'],
    ['ande 2 tray', '2 pack EGG-30'],
  ])('%s is that many of it', (text, want) => {
    expect(line(text, named)).toBe(want)
    expect(all(text).unmatched).toEqual([])
  })

  it('beside other goods, each line is its own', () => {
    const r = all('ठीक है एक ट्रे और एक ब्रेड')
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['EGG-30', 1],
      ['BREAD', 1],
    ])
    expect(r.unmatched).toEqual([])
  })

  it.each(['अंडे की ट्रे कितने की है?', 'egg tray kitne ka hai', 'price of a tray of eggs', 'tray kitne ki hai'])(
    '%s asks the price of the tray, not of both egg packs',
    (text) => {
      expect(all(text)).toMatchObject({ intent: 'price', priceQuery: { sku: 'EGG-30' } })
    },
  )

  it('a pack word no product is named by stays the unit ("2 box" orders nothing; "ande kitne ke" asks which)', () => {
    expect(all('2 box').lines).toEqual([])
    expect(all('ande kitne ke hain').priceQuery).toMatchObject({ sku: null, candidates: ['EGG-6', 'EGG-30'] })
    expect(line('tamatar 2 box', named)).not.toBe('2 pack EGG-30')
  })
})

describe("item, unit, count: a unit word between the goods and their count is the count's", () => {
  const shop = buildCatalogIndex([
    P('GHEE', 'Amul Ghee 1 l', 'pack', { value: 1, unit: 'l' }, ['ghee']),
    P('OIL', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sunflower oil']),
    P('ALOO', 'Potato', 'kg', null, ['aloo']),
    P('BOTTLE', 'Water Bottle 1 l', 'pc', { value: 1, unit: 'l' }),
    P('TOMATO-BOX', 'Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
    P('MILCH', 'Vollmilch 1 l', 'pack', { value: 1, unit: 'l' }, ['milch']),
  ])
  it.each([
    ['ghee dabba 1', '1 pack GHEE'],
    ['ghee ka dabba 2', '2 pack GHEE'],
    ['sunflower oil bottle 2', '2 pack OIL'],
    ['sunflower oil ki bottle 3', '3 pack OIL'],
    ['sunflower oil litre 2', '2 l OIL'],
    ['aloo kilo 3', '3 kg ALOO'],
    ['Aloo Kg. 4', '4 kg ALOO'],
    ['Milch Flasche 2', '2 pack MILCH'],
    ['Vollmilch Liter 3', '3 l MILCH'],
  ])('%s', (text, want) => expect(line(text, shop)).toBe(want))

  it('leaves a name that ends in such a word to the catalog', () => {
    expect(line('water bottle 2', shop)).toBe('2 pc BOTTLE')
    expect(line('tomato box 1', shop)).toBe('1 pack TOMATO-BOX')
    // the count before the goods is read as before
    expect(line('2 bottle sunflower oil', shop)).toBe('2 pack OIL')
  })
})

describe("count, item, unit: a unit word after the goods, with the count before them, is the count's", () => {
  const shop = buildCatalogIndex([
    P('KELA', 'Banana', 'dozen', null, ['kela', 'kele']),
    P('ALOO', 'Potato', 'kg', null, ['aloo']),
    P('APFEL', 'Äpfel Elstar', 'kg', null, ['äpfel', 'apfel']),
    P('OIL', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sunflower oil']),
    P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande']),
    P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['ande']),
    P('RADI', 'Radieschen Bund', 'pc', null),
  ])
  it.each([
    ['1 kela darjan', '1 dozen KELA'],
    ['2 kele dozen', '2 dozen KELA'],
    ['2 aloo kilo', '2 kg ALOO'],
    ['3 potato kg', '3 kg ALOO'],
    ['2 Äpfel Kilo', '2 kg APFEL'],
    ['4 aloo kg.', '4 kg ALOO'],
    ['1 eggs dozen', '2 pack EGG-6'],
  ])('%s', (text, want) => expect(line(text, shop)).toBe(want))

  it('leaves a word that a name has to the catalog', () => {
    expect(line('1 egg tray', shop)).toBe('1 pack EGG-30')
    expect(line('3 Radieschen Bund', shop)).toBe('3 pc RADI')
  })
})

describe('uncounted goods "of" a container word are one of it', () => {
  const shop = buildCatalogIndex([
    P('GHEE', 'Amul Ghee 1 l', 'pack', { value: 1, unit: 'l' }, ['ghee']),
    P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    P('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
    P('ALOO', 'Potato', 'kg', null, ['aloo']),
    P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['ande']),
  ])
  it.each([
    ['ghee ka dabba', '1 pack GHEE'],
    ['doodh ki thaili', '1 pack MILK'],
    ['atta ki bori', '1 pack ATTA'],
    ['ghee ka dabba aur 2 kilo aloo', '1 pack GHEE'],
  ])('%s', (text, want) => expect(line(text, shop)).toBe(want))

  it('a weight is no container, and a name with the word keeps it', () => {
    expect(understand('aloo ka kilo', shop).lines.map((l) => l.unit)).not.toContain('pack')
    expect(line('ande ki tray', shop)).toBe('1 pack EGG-30')
  })
})

describe('a sack of goods packed in several sizes is the biggest pack', () => {
  const shop = buildCatalogIndex([
    P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta', 'aata']),
    P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }, ['atta', 'aata']),
    P('SUGAR-1', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }, ['cheeni']),
    P('SUGAR-500', 'Sugar 500 g', 'pack', { value: 500, unit: 'g' }, ['cheeni']),
  ])
  it.each([
    ['atta ki bori', '1 pack ATTA-10'],
    ['2 bori aata', '2 pack ATTA-10'],
    ['ek katta atta bhej do', '1 pack ATTA-10'],
    ['cheeni 1 sack', '1 pack SUGAR-1'],
    ['1 Sack Zucker cheeni', '1 pack SUGAR-1'],
  ])('%s', (text, want) => expect(line(text, shop)).toBe(want))

  it('a bag or a box is no such word: which one is asked', () => {
    expect(understand('1 bag atta', shop).lines[0]?.candidates).toHaveLength(2)
  })
})

describe('a count of packs taken back in Hindi number words, then the count meant', () => {
  it.each([
    ['ande ek tray nahi do tray kar do', '2 pack EGG-TRAY'],
    ['ek peti nahi do peti ande', '2 pack EGG-CRATE'],
    ['chawal ek bori nahi do bori', '2 pack RICE-SACK'],
  ])('%s', (text, want) => expect(line(text)).toBe(want))
})

describe('a price asked of an amount said in number words: the goods are asked about, not the number', () => {
  const asked = (text: string, index = loose) => understand(text, index).priceQuery?.sku ?? null
  it.each([
    ['ek peti tamatar kitne ki hai', 'TOMATO'],
    ['ek peti tamatar ka rate kya hai', 'TOMATO'],
    ['teen kilo chawal kitne ka padega', 'RICE'],
    ['एक पेटी टमाटर कितने की है', 'TOMATO'],
  ])('%s', (text, want) => {
    expect(asked(text)).toBe(want)
    expect(understand(text, loose).unmatched).toEqual([])
  })
  it('a tray of eggs', () => expect(asked('ek tray ande kitne ka hai', withPacks)).toBe('EGG-TRAY'))
})
