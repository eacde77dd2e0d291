// Restaurant orders typed the way kitchens type them: a picture bullet before each named line, goods listed with a
// slash, and a question whether the order sent reached the shop (no order itself).
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null),
  P('SPINACH', 'Spinach', 'kg', null),
  P('LETTUCE', 'Lettuce Iceberg Head', 'pc', null),
  P('LIME', 'Lime', 'kg', null),
  P('LEMON', 'Lemon', 'kg', null),
  P('JALAPENO', 'Jalapeno', 'kg', null),
  P('CHILLI', 'Green Chilli', 'kg', null),
  P('SWEET', 'Sweet Potato', 'kg', null),
  P('POT', 'Potato', 'kg', null),
  P('SPINAT', 'Blattspinat', 'kg', null),
  P('DILL', 'Dill Bunch', 'pc', null),
  P('CHIVES', 'Chives Bunch', 'pc', null),
  P('MINZE', 'Minze Bund', 'pc', null),
  P('MINT', 'Mint Bunch', 'pc', null),
  P('CORIANDER', 'Coriander Bunch', 'pc', null),
  P('CAPS-RED', 'Capsicum Red', 'kg', null),
  P('CAPS-YELLOW', 'Capsicum Yellow', 'kg', null),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('an item emoji before the goods named in words is a bullet', () => {
  it.each([
    ['🥬 spinach 1kg', [['SPINACH', 1, 'kg']]],
    ['🍋 limes 2kg', [['LIME', 2, 'kg']]],
    ['🌶️ jalapenos 1 kg', [['JALAPENO', 1, 'kg']]],
    ['🍊 lemons 3 kg', [['LEMON', 3, 'kg']]],
    ['🥬 Blattspinat 2 kg', [['SPINAT', 2, 'kg']]],
    [
      '🥬 spinach 1kg\n🍅 tomato 4kg',
      [
        ['SPINACH', 1, 'kg'],
        ['TOM', 4, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('whether the order sent reached the shop is a status question', () => {
  it.each([
    'did you get my order?',
    'have u received our order',
    'Hi, did you receive today’s order?',
    'have you guys seen our order yet?',
    'Hast du meine Bestellung bekommen?',
  ])('%s', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('status')
    expect(u.lines).toEqual([])
  })
})

describe('a slash glued between goods lists them', () => {
  it.each([
    [
      'mint/coriander 5 bunches each',
      [
        ['MINT', 5, 'pc'],
        ['CORIANDER', 5, 'pc'],
      ],
    ],
    [
      'dill/chives 3 bunches each',
      [
        ['DILL', 3, 'pc'],
        ['CHIVES', 3, 'pc'],
      ],
    ],
    [
      'Dill/Minze je 2 Bund',
      [
        ['DILL', 2, 'pc'],
        ['MINZE', 2, 'pc'],
      ],
    ],
    [
      'red/yellow capsicum 1kg each',
      [
        ['CAPS-RED', 1, 'kg'],
        ['CAPS-YELLOW', 1, 'kg'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
