// Names a kitchen types fast: cut to three letters ("Tom", "Pot"), or long ones two letters off ("cauliflour").
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

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
  P('EGG', 'Eggs', 'pc', null),
  P('EGGPLANT', 'Eggplant', 'kg', null),
  P('STRAWBERRY', 'Strawberry Punnet 250 g', 'pack', { value: 250, unit: 'g' }),
  P('BLUEBERRY', 'Blueberry Punnet 125 g', 'pack', { value: 125, unit: 'g' }),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a name cut to three letters, said alone as the item', () => {
  it.each([
    ['Tom 10kg', [['TOM', 10, 'kg']]],
    ['Pot 20kg', [['POT', 20, 'kg']]],
    ['cab 2kg', [['CAB', 2, 'kg']]],
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
