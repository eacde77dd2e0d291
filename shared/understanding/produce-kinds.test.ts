// A kitchen's produce order names a kind of the goods the shop sells under its plain name ("curly parsley",
// "flat beans", "sweet onions"), with a word the catalog knows only from other goods or a typo away from one.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'
import type { Product, Quantity, Unit } from '../domain'

const P = (
  sku: string,
  name: string,
  unit: Unit,
  category: string,
  size: Quantity | null = null,
): Product => ({
  ...testProduct(sku, name, unit, size),
  category,
})

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', 'Vegetables'),
  P('ONI', 'Onion', 'kg', 'Vegetables'),
  P('POT', 'Potato', 'kg', 'Vegetables'),
  P('POT-SWEET', 'Sweet Potato', 'kg', 'Vegetables'),
  P('BEANS', 'French Beans', 'kg', 'Vegetables'),
  P('CARROT', 'Carrot', 'kg', 'Vegetables'),
  P('PARSLEY', 'Parsley Bunch', 'pc', 'Herbs'),
  P('PARSLEY-FLAT', 'Flat Leaf Parsley Bunch', 'pc', 'Herbs'),
  P('CURRY', 'Curry Leaves Bunch', 'pc', 'Herbs'),
  P('LETTUCE-ROM', 'Lettuce Romaine Head', 'pc', 'Vegetables'),
  P('KALE', 'Kale', 'kg', 'Vegetables'),
  P('BUTTERNUT', 'Butternut Squash', 'kg', 'Vegetables'),
  P('ORANGE-SQUASH', 'Orange Squash 750 ml', 'pack', 'Beverages', { value: 750, unit: 'ml' }),
  P('OIL', 'Sunflower Oil 15 l', 'pack', 'Dry Goods', { value: 15, unit: 'l' }),
])

const read = (text: string) =>
  understand(text, index).lines.map((l) => [l.sku ?? l.candidates.join('/'), l.qty, l.unit])

describe('a kind said before produce with a word the catalog knows from other goods', () => {
  it.each([
    // "flat" names only Flat Leaf Parsley here, and is an address word besides
    ['2 kg flat beans', [['BEANS', 2, 'kg']]],
    // "sweet" names only Sweet Potato
    ['sweet onions 5kg', [['ONI', 5, 'kg']]],
    // "curly" is one letter from "curry" (Curry Leaves)
    ['curly parsley 3 bunches', [['PARSLEY/PARSLEY-FLAT', 3, 'pc']]],
    // "roma" is a clipped "romaine"
    ['roma tomatoes 4kg', [['TOM', 4, 'kg']]],
    [
      'Carrot 2kg\n3 kg flat beans\nOnion 1kg',
      [
        ['CARROT', 2, 'kg'],
        ['BEANS', 3, 'kg'],
        ['ONI', 1, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a squash filed with the vegetables is the gourd, not a drink made of what its name says', () => {
  it.each([
    ['Butternuts 10kg', [['BUTTERNUT', 10, 'kg']]],
    ['3 kg butternuts', [['BUTTERNUT', 3, 'kg']]],
    [
      'Tomato 2kg\nbutternuts x 4kg',
      [
        ['TOM', 2, 'kg'],
        ['BUTTERNUT', 4, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
