// A kitchen's produce order names a kind of the goods the shop sells under its plain name ("curly parsley",
// "flat beans", "sweet onions"), with a word the catalog knows only from other goods or a typo away from one.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'
import type { Product } from '../domain'
import type { Quantity, Unit } from '../units'

const P = (
  sku: string,
  name: string,
  unit: Unit,
  category: string,
  size: Quantity | null = null,
  price = 100,
): Product => ({
  ...testProduct(sku, name, unit, size),
  category,
  price,
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
  P('SPRING-ONI', 'Spring Onion Bunch', 'pc', 'Vegetables'),
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
    // "spring" names only Spring Onion Bunch
    ['spring carrots 3kg', [['CARROT', 3, 'kg']]],
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

describe("the trade's other name of goods said noun first", () => {
  it.each([
    ['Parsley italian 4 bunch', [['PARSLEY-FLAT', 4, 'pc']]],
    ['Parsley continental 2 bunch', [['PARSLEY-FLAT', 2, 'pc']]],
    ['Onions salad 3 bunch', [['SPRING-ONI', 3, 'pc']]],
    ['Onion green 2 bunch', [['SPRING-ONI', 2, 'pc']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a word that describes goods is no typo of another product word', () => {
  it.each([
    // "curly" is one letter from "curry" (Curry Leaves Bunch)
    ['curly kale 2kg', [['KALE', 2, 'kg']]],
    ['Parsley curly 2 bunch', [['PARSLEY', 2, 'pc']]],
    ['curly parsley 3 bunches', [['PARSLEY', 3, 'pc']]],
    [
      'Kale 1kg\nParsley curly 5 bunches',
      [
        ['KALE', 1, 'kg'],
        ['PARSLEY', 5, 'pc'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe("the usual colour said of goods packed in a bag or box named without one is the shop's pack", () => {
  const shop = buildCatalogIndex([
    P('ONI', 'Onion Red', 'kg', 'Vegetables', null, 30),
    P('ONI-WHITE', 'Onion White', 'kg', 'Vegetables', null, 40),
    P('ONI-BAG', 'Onion Bag 10 kg', 'pack', 'Vegetables', { value: 10, unit: 'kg' }),
    P('CAP-G', 'Capsicum Green', 'kg', 'Vegetables', null, 80),
    P('CAP-R', 'Capsicum Red', 'kg', 'Vegetables', null, 220),
    P('CAP-BOX', 'Capsicum Box 5 kg', 'pack', 'Vegetables', { value: 5, unit: 'kg' }),
  ])
  const said = (text: string) =>
    understand(text, shop).lines.map((l) => [l.sku ?? l.candidates.join('/'), l.qty, l.unit])
  it.each([
    ['onion red 1 bag', [['ONI-BAG', 1, 'pack']]],
    ['2 bags red onions', [['ONI-BAG', 2, 'pack']]],
    ['red onion 1 sack', [['ONI-BAG', 1, 'pack']]],
    ['Capsicum green 1 box', [['CAP-BOX', 1, 'pack']]],
    // (a dearer colour is not what the shop's bag holds)
    [
      'onion red 1 bag\nonion white 1 bag',
      [
        ['ONI-BAG', 1, 'pack'],
        ['ONI-WHITE', 1, 'pack'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want)
  })
})

describe('a word of an address that is the kind of goods, said after them before the count', () => {
  const shop = buildCatalogIndex([
    P('PARSLEY', 'Parsley Bunch', 'pc', 'Herbs'),
    P('PARSLEY-FLAT', 'Flat Leaf Parsley Bunch', 'pc', 'Herbs'),
    P('CHEDDAR-BLOCK', 'Block Cheddar 1 kg', 'pack', 'Dairy', { value: 1, unit: 'kg' }),
    P('CHEDDAR-SLICE', 'Sliced Cheddar 200 g', 'pack', 'Dairy', { value: 200, unit: 'g' }),
    P('KALE', 'Kale', 'kg', 'Vegetables'),
  ])
  const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])
  it.each([
    ['Parsley flat 3', [['PARSLEY-FLAT', 3, 'pc']]],
    ['Cheddar block 2', [['CHEDDAR-BLOCK', 2, 'pack']]],
    [
      'Cheddar block 2\nKale 1kg',
      [
        ['CHEDDAR-BLOCK', 2, 'pack'],
        ['KALE', 1, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want)
  })
})
