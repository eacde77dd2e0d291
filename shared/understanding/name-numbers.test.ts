// Numbers inside product names ("5 Star", "7 Up", "24 Mantra"): with another quantity on the line the number
// belongs to the name; alone it is still the count, and names that merely contain a number ("Buy 2 Get 1
// Free", "Cerelac 12 Months") never take a count away from other items.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { nameNumberPairs } from './name-numbers'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('STAR', 'Cadbury 5 Star 40 g', 'pack', { value: 40, unit: 'g' }),
  P('UP', '7 Up 750 ml', 'pack', { value: 750, unit: 'ml' }, ['7up']),
  P('MANTRA-5', '24 Mantra Organic Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('MANTRA-1', '24 Mantra Organic Atta 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('SURF-1', 'Surf Excel Easy Wash 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('SURF-500', 'Surf Excel Easy Wash 500 g', 'pack', { value: 500, unit: 'g' }),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('EGG', 'Eggs', 'pc', null, ['egg']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk']),
  P('BOGO', 'Buy 2 Get 1 Free Soap Pack', 'pack', null),
  P('CERELAC', 'Cerelac 12 Months Plus 300 g', 'pack', { value: 300, unit: 'g' }),
  P('LUX-4', 'Lux Soap 4 pcs', 'pack', { value: 4, unit: 'pc' }),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a number that begins a catalog name', () => {
  it('is read from the catalog: a number and the word after it, never a size or a count of pieces', () => {
    const pairs = nameNumberPairs(index)
    expect(pairs.has('5 star')).toBe(true)
    expect(pairs.has('7 up')).toBe(true)
    expect(pairs.has('24 mantra')).toBe(true)
    // sizes and counts in names ("40 g", "4 pcs") are not name numbers
    expect(pairs.has('40 g')).toBe(false)
    expect(pairs.has('4 pc')).toBe(false)
  })

  it('is part of the name when another quantity counts the line, before or after it', () => {
    expect(lines('5 star 2')).toEqual([['STAR', 2, 'pack']])
    expect(lines('2 5 star')).toEqual([['STAR', 2, 'pack']])
    expect(lines('5 star x 3')).toEqual([['STAR', 3, 'pack']])
    expect(lines('7up 2 bottles')).toEqual([['UP', 2, 'pack']])
    expect(lines('2 7up')).toEqual([['UP', 2, 'pack']])
    expect(lines('7 up 4')).toEqual([['UP', 4, 'pack']])
    expect(lines('2 x 7up')).toEqual([['UP', 2, 'pack']])
  })

  it('is part of the name in the plural too, a short word\'s the stemmer keeps: "2 7-ups" are two 7 Up', () => {
    expect(lines('2 7-ups')).toEqual([['UP', 2, 'pack']])
    expect(lines('2 7 ups please')).toEqual([['UP', 2, 'pack']])
    expect(lines('7-ups 3')).toEqual([['UP', 3, 'pack']])
    expect(lines('two 7ups and 1 bread')).toEqual([
      ['UP', 2, 'pack'],
      ['BREAD', 1, 'pack'],
    ])
  })

  it('leaves a pack size to pick the variant: "24 mantra atta 5kg" is one 5 kg pack', () => {
    expect(lines('24 mantra atta 5kg')).toEqual([['MANTRA-5', 1, 'pack']])
    expect(lines('24 mantra atta 1 kg x 2')).toEqual([['MANTRA-1', 2, 'pack']])
    expect(lines('2 24 mantra atta 5 kg')).toEqual([['MANTRA-5', 2, 'pack']])
  })

  it('starts a new item in a run-on list, whichever side its count is on', () => {
    expect(lines('milk 2 5 star 3')).toEqual([
      ['MILK', 2, 'pack'],
      ['STAR', 3, 'pack'],
    ])
    expect(lines('2 bread 5 star 3')).toEqual([
      ['BREAD', 2, 'pack'],
      ['STAR', 3, 'pack'],
    ])
    expect(lines('2 bread, 7up 3')).toEqual([
      ['BREAD', 2, 'pack'],
      ['UP', 3, 'pack'],
    ])
  })

  it('written into the word, is the name even alone: "7up" is one 7 Up', () => {
    expect(lines('7up')).toEqual([['UP', 1, 'pack']])
    expect(lines('5star')).toEqual([['STAR', 1, 'pack']])
    expect(lines('send 7up')).toEqual([['UP', 1, 'pack']])
    expect(lines('7up, 2 bread')).toEqual([
      ['UP', 1, 'pack'],
      ['BREAD', 2, 'pack'],
    ])
  })

  it('stays the count when nothing else on the line counts it', () => {
    expect(lines('5 star')).toEqual([['STAR', 5, 'pack']])
    expect(lines('3 surf excel 1kg')).toEqual([['SURF-1', 3, 'pack']])
  })

  it('never takes the count from an item whose name has no such number', () => {
    // the catalog has "Buy 2 Get 1 Free" and "Cerelac 12 Months": "2 bread" and "12 eggs" are still counts
    expect(lines('2 bread')).toEqual([['BREAD', 2, 'pack']])
    expect(lines('12 eggs')).toEqual([['EGG', 12, 'pc']])
    expect(lines('2 bread 12 eggs')).toEqual([
      ['BREAD', 2, 'pack'],
      ['EGG', 12, 'pc'],
    ])
    expect(lines('bread 2 eggs 12')).toEqual([
      ['BREAD', 2, 'pack'],
      ['EGG', 12, 'pc'],
    ])
    expect(lines('1 milk 2 bread')).toEqual([
      ['MILK', 1, 'pack'],
      ['BREAD', 2, 'pack'],
    ])
  })
})

describe("an article or a size word before a name's number says it is the name's", () => {
  const drinks = buildCatalogIndex([
    P('UP', '7 Up', 'pc', null, ['7up', 'seven up']),
    P('COLA', 'Coca Cola', 'pc', null, ['coke']),
    P('STAR', 'Cadbury 5 Star 40 g', 'pack', { value: 40, unit: 'g' }),
  ])
  const said = (text: string) => {
    const u = understand(text, drinks)
    return { lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched }
  }
  it.each([
    ['a small 7-up', [['UP', 1]]],
    ['a small 7up', [['UP', 1]]],
    ['a large 7 up please', [['UP', 1]]],
    ['the 7 up', [['UP', 1]]],
    [
      'small 7up and a large coke',
      [
        ['UP', 1],
        ['COLA', 1],
      ],
    ],
    [
      'a 7 up and a coke',
      [
        ['UP', 1],
        ['COLA', 1],
      ],
    ],
    ['2 small 7-up', [['UP', 2]]],
    ['a 5 star', [['STAR', 1]]],
    // with the hyphen, another count still counts it
    ['7-up 2', [['UP', 2]]],
  ])('%s', (text, lines) => expect(said(text)).toEqual({ lines, unmatched: [] }))
})
