// What a customer asks about the shop's range, and what a size or a goods name says, as a shop assistant hears it.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('OIL-SUN', 'Fortune Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['tel']),
  P('OIL-MUS', 'Fortune Mustard Oil 1 l', 'pack', { value: 1, unit: 'l' }, ['sarson tel']),
  P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh', 'Milch']),
  P('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['doodh', 'Milch']),
  P('GOLD-500', 'Amul Gold Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh', 'Milch']),
  P('RICE', 'Sona Masoori Rice', 'kg', null, ['chawal']),
  P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['anda', 'ande', 'Eier']),
  P('PANEER', 'Amul Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
  P('DAHI', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi']),
  P('POTATO', 'Aloo (Potato)', 'kg', null, ['aloo']),
])

describe('asking which of the goods the shop has: the answer lists all of them', () => {
  it.each([
    ['which oils do you have?', ['OIL-SUN', 'OIL-MUS']],
    ['what kind of oil do you have', ['OIL-SUN', 'OIL-MUS']],
    ['kaunsa tel hai aapke paas', ['OIL-SUN', 'OIL-MUS']],
    ['which atta do you have', ['ATTA-5', 'ATTA-10']],
    ['what brands of atta do you sell', ['ATTA-5', 'ATTA-10']],
    ['what milk do you have?', ['MILK-500', 'MILK-1L', 'GOLD-500']],
    ['welche Milch habt ihr?', ['MILK-500', 'MILK-1L', 'GOLD-500']],
  ])('%s', (text, range) => {
    const u = understand(text, index, {})
    expect(u.intent).toBe('price')
    expect(u.unmatched).toEqual([])
    expect(u.priceQuery?.sku).toBeNull()
    expect([...(u.priceQuery?.candidates ?? [])].sort()).toEqual([...range].sort())
  })

  it('a question whether there is some, or at what price, stays about the one product', () => {
    expect(understand('do you have mustard oil', index, {}).priceQuery?.sku).toBe('OIL-MUS')
    expect(understand('what is the price of mustard oil', index, {}).priceQuery?.sku).toBe('OIL-MUS')
  })
})

describe('asked by what the shop does or who has it: a question whether there is some', () => {
  it.each([
    ['do you sell rice', 'RICE'],
    ['do u keep eggs?', 'EGG-6'],
    ['do you stock paneer', 'PANEER'],
    ['verkauft ihr Eier?', 'EGG-6'],
    ['paneer aapke paas hai?', 'PANEER'],
  ])('%s', (text, sku) => {
    const u = understand(text, index, {})
    expect(u.intent).toBe('price')
    expect(u.lines).toEqual([])
    expect(u.priceQuery?.sku).toBe(sku)
  })
})

describe('a size said with goods of several kinds: "which one?" offers that size only', () => {
  it.each([
    ['2 amul milk 500ml', ['MILK-500', 'GOLD-500']],
    ['amul milk 500 ml x 2', ['MILK-500', 'GOLD-500']],
    ['1 amul milk 500 ml please', ['MILK-500', 'GOLD-500']],
  ])('%s', (text, offered) => {
    const [line] = understand(text, index, {}).lines
    expect(line?.sku).toBeNull()
    expect([...(line?.candidates ?? [])].sort()).toEqual([...offered].sort())
  })
})

describe('Hindi names of goods beside English words say nothing of the language', () => {
  it.each([
    'morning! 2 amul milk 500ml, 1 paneer, 1 dahi',
    '1 dahi and 2 kg aloo',
    'aloo 2 kg, 1 paneer please',
  ])('%s is not read as Hinglish', (text) => {
    expect(understand(text, index, {}).language).not.toBe('hi')
  })

  it.each(['2 kilo aloo bhej do', 'aloo 2 kg aur 1 dahi chahiye', 'bhaiya 1 dahi dena', '1 peti tamatar'])(
    '%s, with Hinglish words around them or alone, is',
    (text) => {
      expect(understand(text, index, {}).language).toBe('hi')
    },
  )

  // the vendor's other goods and Hindi's own pack words count the same way
  it.each([
    'dhaniya 2 gaddi mirchi 100 gm nimbu 6',
    '5 kela 1 kg seb',
    'adrak 100 gm palak 1 gaddi',
    '2 darjan kele',
  ])('%s, alone, is Hinglish', (text) => expect(understand(text, index, {}).language).toBe('hi'))
  it.each(['2 kela and 1 bread please', 'morning, 1 kg atta and some nimbu'])('%s is not', (text) =>
    expect(understand(text, index, {}).language).not.toBe('hi'),
  )
})
