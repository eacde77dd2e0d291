// A restaurant kitchen's talk beside its produce order: the meal service the goods are for, and a delivery left
// at the wrong place (a complaint, not an order).
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('POT', 'Potato', 'kg', null, ['aloo']),
  P('TOM', 'Tomato', 'kg', null),
  P('MINT', 'Mint Bunch', 'pc', null, ['mint']),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('the meal service the goods are for is no part of them', () => {
  it.each([
    ['Need 20kg potatoes urgently for lunch service', [['POT', 20, 'kg']]],
    ['15kg potatoes for dinner service', [['POT', 15, 'kg']]],
    ['mint 6 bunch for the brunch buffet', [['MINT', 6, 'pc']]],
    ['pls send 10 kg tomato for lunch service', [['TOM', 10, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a delivery left at the wrong place is a complaint', () => {
  it.each([
    'Morning, the driver left the order at the wrong gate yesterday',
    'you dropped our order at the wrong branch',
    'delivery boy left the order at wrong address',
  ])('%s', (text) => {
    expect(understand(text, index).intent).not.toBe('order')
  })
})

describe('"Sat" said as the day is no Hindi seven', () => {
  it.each([
    ['Order from Chef Sam for Sat: 20kg potato', [['POT', 20, 'kg']]],
    ['potato 20kg for Sat', [['POT', 20, 'kg']]],
    ['Delivery Sat pls: tomato 5kg', [['TOM', 5, 'kg']]],
    // (said as a count it still is one)
    ['for Sat: sat kilo aloo', [['POT', 7, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('"do" after a word of asking is the English verb, not the Hindi two', () => {
  it.each([
    ['can u do tomato 5kg', [['TOM', 5, 'kg']]],
    ['can you do potato 10kg', [['POT', 10, 'kg']]],
    ['will you do mint 6 bunch', [['MINT', 6, 'pc']]],
    // (before a unit it still counts: "pls do kilo aloo")
    [
      'pls do tomato 3kg\npls do kilo aloo',
      [
        ['TOM', 3, 'kg'],
        ['POT', 2, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
