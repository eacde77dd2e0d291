import { describe, expect, it } from 'vitest'
import { readLines } from './read'
import { readQuantitiesIn } from './quantity'
import { sanitize } from './text'

/** One line read from the text: [item, qty, unit, size]. */
function one(text: string) {
  const lines = readLines(sanitize(text).text)
  expect(lines).toHaveLength(1)
  const l = lines[0]!
  return {
    item: l.item,
    qty: l.quantity.qty,
    unit: l.quantity.unit,
    size: l.quantity.size,
    variant: l.quantity.sizeIsVariant,
  }
}

describe('quantities', () => {
  it.each([
    ['2x bread', 2, null, 'bread'],
    ['bread x2', 2, null, 'bread'],
    ['bread × 3', 3, null, 'bread'],
    ['× 3 bread', 3, null, 'bread'],
    ['qty 3 bread', 3, null, 'bread'],
    ['bread qty: 3', 3, null, 'bread'],
    ['10 nos eggs', 10, 'pc', 'eggs'],
    ['eggs 10nos', 10, 'pc', 'eggs'],
    ['Eggs - 12', 12, null, 'Eggs'],
    ['sugar: 2kg', 2, 'kg', 'sugar'],
    ['2 kg aloo', 2, 'kg', 'aloo'],
    ['aloo 2 kg', 2, 'kg', 'aloo'],
    ['1,5 kg Kartoffeln', 1.5, 'kg', 'Kartoffeln'],
    ['1.5 kg potatoes', 1.5, 'kg', 'potatoes'],
    ['1/2 kg onion', 0.5, 'kg', 'onion'],
    ['½ kg onion', 0.5, 'kg', 'onion'],
    ['1½ kg onion', 1.5, 'kg', 'onion'],
    ['1 1/2 kg onion', 1.5, 'kg', 'onion'],
    ['500 gm paneer', 500, 'g', 'paneer'],
    ['500 grams paneer', 500, 'g', 'paneer'],
    ['2 kgs rice', 2, 'kg', 'rice'],
    ['1 kilo rice', 1, 'kg', 'rice'],
    ['200 ml cream', 200, 'ml', 'cream'],
    ['1 ltr milk', 1, 'l', 'milk'],
    ['2 litre milk', 2, 'l', 'milk'],
    ['2 Liter Milch', 2, 'l', 'Milch'],
    ['3 pcs soap', 3, 'pc', 'soap'],
    ['3 piece soap', 3, 'pc', 'soap'],
    ['4 Stück Brötchen', 4, 'pc', 'Brötchen'],
    ['2 pkt maggi', 2, 'pack', 'maggi'],
    ['2 packet maggi', 2, 'pack', 'maggi'],
    ['2 Packung Nudeln', 2, 'pack', 'Nudeln'],
    ['2 bottles coke', 2, 'pack', 'coke'],
    ['2 Flaschen Wasser', 2, 'pack', 'Wasser'],
    ['1 box sweets', 1, 'pack', 'sweets'],
    ['2 bunch dhania', 2, 'pc', 'dhania'],
    ['1 dozen eggs', 1, 'dozen', 'eggs'],
    ['2 dz eggs', 2, 'dozen', 'eggs'],
    ['dozen eggs', 1, 'dozen', 'eggs'],
    ['2 maggi packet', 2, 'pack', 'maggi'],
    // units as typed in a hurry: a letter left out, or one vowel for another
    ['1 dozn eggs', 1, 'dozen', 'eggs'],
    ['half dozn banana', 0.5, 'dozen', 'banana'],
    ['2 dozon kele', 2, 'dozen', 'kele'],
    ['1 bottel oil', 1, 'pack', 'oil'],
    ['2 pices soap', 2, 'pc', 'soap'],
    ['2 leter milk', 2, 'l', 'milk'],
  ])('%s', (text, qty, unit, item) => {
    const l = one(text)
    expect(l.qty).toBe(qty)
    expect(l.unit).toBe(unit)
    expect(l.item).toBe(item)
  })

  it.each([
    ['one bread', 1],
    ['two breads', 2],
    ['twelve eggs', 12],
    ['twenty eggs', 20],
    ['a dozen eggs', 1],
    ['half kg sugar', 0.5],
    ['half a kilo sugar', 0.5],
    ['one and a half kg sugar', 1.5],
    ['ek packet doodh', 1],
    ['do packet doodh', 2],
    ['teen anda', 3],
    ['char anda', 4],
    ['paanch anda', 5],
    ['aadha kilo tamatar', 0.5],
    ['aadhaa kilo tamatar', 0.5],
    ['dedh kilo pyaz', 1.5],
    ['dhai kilo aloo', 2.5],
    ['sawa kilo aloo', 1.25],
    ['sawa do kilo aloo', 2.25],
    ['saadhe teen kilo aloo', 3.5],
    ['ein Brot', 1],
    ['eine Packung Milch', 1],
    ['zwei Brote', 2],
    ['drei Eier', 3],
    ['halbes Kilo Tomaten', 0.5],
    ['dhai sau gram paneer', 250],
    ['do sau gram makhan', 200],
    ['two hundred grams butter', 200],
    ['twenty five eggs', 25],
    ['aadha darjan kele', 0.5],
    ['paune do kilo aloo', 1.75],
  ])('number words: %s', (text, qty) => {
    expect(one(text).qty).toBe(qty)
  })

  it('paav is a quarter kilo', () => {
    expect(one('paav tamatar')).toMatchObject({ qty: 0.25, unit: 'kg', item: 'tamatar' })
    expect(one('do paav tamatar')).toMatchObject({ qty: 0.5, unit: 'kg' })
    expect(one('1 pao mirchi')).toMatchObject({ qty: 0.25, unit: 'kg' })
    expect(one('paav kilo adrak')).toMatchObject({ qty: 0.25, unit: 'kg', item: 'adrak' })
    expect(one('do paav kilo tamatar')).toMatchObject({ qty: 0.5, unit: 'kg', item: 'tamatar' })
  })

  it('"do" is only a number before an item or a unit', () => {
    expect(readLines('bhej do').every((l) => l.quantity.qty === null)).toBe(true)
    expect(readLines('do you have bread').every((l) => l.quantity.qty === null)).toBe(true)
  })

  it('tells the order quantity from the pack size', () => {
    expect(one('1 amul butter 500g')).toMatchObject({
      qty: 1,
      unit: null,
      size: { value: 500, unit: 'g' },
      variant: true,
    })
    expect(one('2 x 500g amul butter')).toMatchObject({
      qty: 2,
      size: { value: 500, unit: 'g' },
      variant: true,
    })
    expect(one('amul butter 500g')).toMatchObject({
      qty: 500,
      unit: 'g',
      size: { value: 500, unit: 'g' },
      variant: false,
    })
    expect(one('1 litre bottle coke')).toMatchObject({ qty: 1, unit: 'pack', size: { value: 1, unit: 'l' } })
  })

  it('ranges do not crash and read their lower end', () => {
    expect(one('2-3 kg onion')).toMatchObject({ qty: 2, unit: 'kg' })
    expect(one('2 to 3 kg onion')).toMatchObject({ qty: 2, unit: 'kg' })
  })

  it('reads recipe measures and containers', () => {
    expect(readQuantitiesIn('2 28-ounce cans crushed tomatoes')[0]).toMatchObject({ value: 2 })
    expect(readQuantitiesIn('2 28-ounce cans crushed tomatoes')[0]!.unit?.measure).toBe('can')
    expect(readQuantitiesIn('1 1/4 cups flour')[0]).toMatchObject({ value: 1.25 })
    expect(readQuantitiesIn('1 1/4 cups flour')[0]!.unit?.measure).toBe('cup')
    expect(readQuantitiesIn('2 1/4-ounce packages gelatin')[0]).toMatchObject({ value: 2 })
    expect(readQuantitiesIn('3 tbsp butter')[0]!.unit?.measure).toBe('tablespoon')
    expect(readQuantitiesIn('1 large onion')[0]!.descriptor).toBe('large')
  })
})

describe('a whole number of kilos or litres and the grams or millilitres after it are one amount', () => {
  it.each([
    ['aloo 1 kg 500 g', 1.5, 'kg', 'aloo'],
    ['1 kg 250 gram sugar', 1.25, 'kg', 'sugar'],
    ['ek kilo dhai sau gram cheeni', 1.25, 'kg', 'cheeni'],
    ['2 l 500 ml milk', 2.5, 'l', 'milk'],
    ['Kartoffeln 2 kg 500 g', 2.5, 'kg', 'Kartoffeln'],
  ])('%s', (text, qty, unit, item) => {
    expect(one(text)).toMatchObject({ qty, unit, item })
  })
  it('goods between them keep two amounts', () => {
    expect(readLines('1 kg aloo and 500 g pyaz').map((l) => l.quantity.qty)).toEqual([1, 500])
  })
})

describe('splitting a message into lines', () => {
  const items = (text: string) => readLines(sanitize(text).text).map((l) => l.item)
  it.each([
    ['milk, bread, eggs', ['milk', 'bread', 'eggs']],
    ['milk\nbread\neggs', ['milk', 'bread', 'eggs']],
    ['milk and bread', ['milk', 'bread']],
    ['doodh aur bread', ['doodh', 'bread']],
    ['Milch und Brot', ['Milch', 'Brot']],
    ['milk + bread', ['milk', 'bread']],
    ['milk & bread', ['milk', 'bread']],
    ['- milk\n- bread', ['milk', 'bread']],
    ['• milk\n• bread', ['milk', 'bread']],
    ['* milk\n* bread', ['milk', 'bread']],
    ['2 kg sugar 1 kg rice 3 eggs', ['sugar', 'rice', 'eggs']],
    ['sugar 2kg rice 1kg', ['sugar', 'rice']],
    ['a burger with cheese and onions and a coke', ['burger', 'coke']],
  ])('%s', (text, want) => {
    expect(items(text)).toEqual(want)
  })

  it('a list number is not a quantity', () => {
    const lines = readLines('1. milk\n2. bread\n3) eggs x 12')
    expect(lines.map((l) => l.item)).toEqual(['milk', 'bread', 'eggs'])
    expect(lines.map((l) => l.quantity.qty)).toEqual([null, null, 12])
    expect(readLines('1. 2 kg sugar')[0]!.quantity.qty).toBe(2)
  })

  it('keeps a decimal comma inside a number', () => {
    expect(readLines('1,5 kg Zucker, 2 Brot').map((l) => l.quantity.qty)).toEqual([1.5, 2])
  })

  it('drops money, addresses and times', () => {
    expect(items('56rs')).toEqual([])
    expect(items('₹ 120')).toEqual([])
    expect(items('deliver to flat 203')).toEqual([])
    expect(items('2 kg sugar, total 56rs, deliver to flat 203')).toEqual(['sugar'])
    expect(items('tomorrow 2 kg sugar')).toEqual(['sugar'])
    expect(items('2 kg sugar by 5pm')).toEqual(['sugar'])
    expect(items('Deliver to: B-204, Sunshine Apts, near temple')).toEqual([])
    expect(items('Name: Ravi Kumar')).toEqual([])
  })

  it('a word of when before a count and its pack size leaves the count with the goods', () => {
    expect(one('tomorrow 2 milk 1 l')).toMatchObject({ item: 'milk', qty: 2, size: { value: 1, unit: 'l' } })
    expect(one('for tomorrow morning: 2 butter 500g')).toMatchObject({
      item: 'butter',
      qty: 2,
      size: { value: 500, unit: 'g' },
    })
    expect(one('kal subah 3 doodh 500 ml')).toMatchObject({
      item: 'doodh',
      qty: 3,
      size: { value: 500, unit: 'ml' },
    })
    // goods after the word of when still end with their own amounts
    expect(readLines('tonight sugar 2kg rice 1kg').map((l) => [l.item, l.quantity.qty])).toEqual([
      ['sugar', 2],
      ['rice', 1],
    ])
  })

  it('reads the list after a colon that closes delivery talk with no place in it', () => {
    expect(items('pls deliver: onion 2kg, potato 3kg')).toEqual(['onion', 'potato'])
    expect(items('deliver: tomato 1kg')).toEqual(['tomato'])
    expect(items('Liefern: Brot 2 Stück')).toEqual(['Brot'])
    // a place word before the colon: an address follows
    expect(items('deliver to: flat 12, 2 kg onion')).toEqual(['onion'])
    expect(items('liefern an: Hauptstraße 5')).toEqual([])
  })

  it.each([
    'Please deliver the following to the Westlands branch by 7am: tomatoes 10kg, onions 5kg',
    'deliver to the Juhu kitchen: tomatoes 10kg, onions 5kg',
    'pls deliver at our Bandra outlet tomorrow: tomatoes 10kg, onions 5kg',
  ])('reads the list after a colon that follows the place named: %s', (text) => {
    expect(items(text)).toEqual(['tomatoes', 'onions'])
  })
})

describe('a numbered list written on one line', () => {
  it.each([
    ['Please send: 1. onion 2kg 2. potato 3kg 3. tomato 1kg', ['onion', 'potato', 'tomato'], [2, 3, 1]],
    ['1) aloo 2 kg 2) pyaz 1 kg', ['aloo', 'pyaz'], [2, 1]],
    ['1. sugar 1 kg 2. tea 3. maggi 2', ['sugar', 'tea', 'maggi'], [1, null, 2]],
  ])('%s', (text, items, qtys) => {
    const ls = readLines(text)
    expect(ls.map((l) => l.item)).toEqual(items)
    expect(ls.map((l) => l.quantity.qty)).toEqual(qtys)
  })
})
