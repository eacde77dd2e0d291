// A restaurant kitchen's talk beside its produce order: the meal service the goods are for, and a delivery left
// at the wrong place (a complaint, not an order).
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('POT', 'Potato', 'kg', null),
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
