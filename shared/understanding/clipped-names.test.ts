// Names a kitchen types fast: cut to three letters ("Tom", "Pot"), or long ones two letters off ("cauliflour").
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'
import type { Product } from '../domain'

const P = (...a: Parameters<typeof testProduct>): Product => ({
  ...testProduct(...a),
  category: 'Vegetables',
})
const dairy = (...a: Parameters<typeof testProduct>): Product => ({ ...testProduct(...a), category: 'Dairy' })

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null),
  P('POT', 'Potato', 'kg', null),
  P('CAB', 'Cabbage', 'kg', null),
  P('CAULI', 'Cauliflower', 'pc', null),
  P('ZUC', 'Zucchini', 'kg', null),
  P('BRO', 'Broccoli', 'kg', null),
  P('CAP', 'Capsicum', 'kg', null),
  P('POM', 'Pomegranate', 'kg', null),
  P('ASP', 'Asparagus Bunch', 'pc', null),
  P('MANGO', 'Mango', 'pc', null),
  dairy('EGG', 'Eggs', 'pc', null),
  P('EGGPLANT', 'Eggplant', 'kg', null),
  P('STRAWBERRY', 'Strawberry Punnet 250 g', 'pack', { value: 250, unit: 'g' }),
  P('BLUEBERRY', 'Blueberry Punnet 125 g', 'pack', { value: 125, unit: 'g' }),
  dairy('PANEER', 'Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
  dairy('MILK', 'Milk 1 l', 'pack', { value: 1, unit: 'l' }),
  dairy('CREAM', 'Cooking Cream 250 ml', 'pack', { value: 250, unit: 'ml' }),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe("a name cut to three letters, said alone as the item in a supplier's list", () => {
  it.each([
    [
      'Tom 10kg\nZucchini 2kg',
      [
        ['TOM', 10, 'kg'],
        ['ZUC', 2, 'kg'],
      ],
    ],
    [
      'Pot 20kg, cab 2kg',
      [
        ['POT', 20, 'kg'],
        ['CAB', 2, 'kg'],
      ],
    ],
    [
      'broccoli 1kg, cab 2kg',
      [
        ['BRO', 1, 'kg'],
        ['CAB', 2, 'kg'],
      ],
    ],
    [
      'Tom 5kg\nPot 10kg',
      [
        ['TOM', 5, 'kg'],
        ['POT', 10, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })

  it('is no cut of a longer name when the dictionary knows it as goods', () => {
    // "egg" is the eggs, never the eggplant it begins
    expect(read('egg 6\nTom 2kg')).toEqual([
      ['EGG', 6, 'pc'],
      ['TOM', 2, 'kg'],
    ])
  })
})

describe('three letters are no cut name outside a list, nor of goods other than fresh produce', () => {
  it.each([
    ['Pan 2', []],
    ['Man 2', []],
    ['Tom 10kg', []],
    ['pan 3\ncab 2kg', [['CAB', 2, 'kg']]],
    ['Pan 2, tomato 1kg', [['TOM', 1, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a long name with two letters wrong', () => {
  it.each([
    ['cauliflour 6', [['CAULI', 6, 'pc']]],
    ['pomgranete 2kg', [['POM', 2, 'kg']]],
    ['brocclie 2kg', [['BRO', 2, 'kg']]],
    ['asparagras 4 bunch', [['ASP', 4, 'pc']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe("a punnet in the trade's short forms", () => {
  it.each([
    ['Strawberry 4 pun', [['STRAWBERRY', 4, 'pack']]],
    ['Blueberries 6 pun', [['BLUEBERRY', 6, 'pack']]],
    ['blueberry 5 puns', [['BLUEBERRY', 5, 'pack']]],
    ['Strawberries x 3 pnt', [['STRAWBERRY', 3, 'pack']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('"pnt" of goods no punnet holds is a pint, no amount the shop reads', () => {
  it.each([
    ['2 pnt milk', []],
    ['milk 4 pnts', []],
    ['cream 3 pnt\nTomato 2kg', [['TOM', 2, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
