// Restaurants ordering from a fruit and vegetable supplier, in English: goods sold loose and in packs of several
// sizes, labels before the goods, sums, calls asked for beside the list.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['tomatoes']),
  P('TOM-BOX', 'Tomato Box 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('ONI', 'Onion', 'kg', null, ['onions']),
  P('ONI-SACK', 'Onion Sack 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('POT', 'Potato', 'kg', null, ['potatoes']),
  P('POT-10', 'Potato Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('POT-25', 'Potato Bag 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('CAR', 'Carrot', 'kg', null, ['carrots']),
  P('CAR-5', 'Carrot Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('CAR-10', 'Carrot Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('LEM', 'Lemon', 'kg', null, ['lemons']),
  P('LEM-BAG', 'Lemon Bag 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('LIME', 'Lime', 'kg', null, ['limes']),
  P('LIME-BOX', 'Lime Box 3 kg', 'pack', { value: 3, unit: 'kg' }),
  P('MINT', 'Mint Bunch', 'pc', null, ['mint']),
  P('LET', 'Iceberg Lettuce', 'pc', null, ['lettuce']),
  P('EGG', 'Eggs', 'pc', null, ['egg']),
])

const lines = (text: string) =>
  understand(text, index).lines.map((l) => [l.sku ?? l.candidates.join('|'), l.qty, l.unit])

describe('a pack word said of goods packed in several sizes', () => {
  it.each([
    ['3 bag potato', 'POT-10|POT-25', 3],
    ['Potatoes 1 bag', 'POT-10|POT-25', 1],
    ['Potato-2bags', 'POT-10|POT-25', 2],
    ['potato x 4 bags', 'POT-10|POT-25', 4],
  ])('%s asks which of the packs, that many of it', (text, skus, n) => {
    expect(lines(text)).toEqual([[skus, n, 'pack']])
  })

  it.each([
    ['2 bags potato 25kg', 'POT-25', 2],
    ['Potato 1 bag of 10kg', 'POT-10', 1],
    ['Potatoes 3 bags (25 kg)', 'POT-25', 3],
  ])('%s: the size said picks the pack', (text, sku, n) => {
    expect(lines(text)).toEqual([[sku, n, 'pack']])
  })

  it.each([
    ['Carrots 2 bags', 'CAR-10'],
    ['carrot 1 sack', 'CAR-10'],
    ['2 box carrots', 'CAR-5'],
    ['Carrot 3 crates', 'CAR-5'],
  ])('%s: the pack named with that word, or a word for the same container', (text, sku) => {
    expect(lines(text)[0]?.[0]).toBe(sku)
  })
})

describe('pieces of goods sold loose and in a bulk pack', () => {
  it.each([
    ['Lemon 20 nos', 'LEM', 20],
    ['lemons 12 pcs', 'LEM', 12],
    ['Limes 30 pieces', 'LIME', 30],
    ['15 pcs lime', 'LIME', 15],
  ])('%s is that many pieces of the goods, never that many bags', (text, sku, n) => {
    expect(lines(text)).toEqual([[sku, n, 'pc']])
  })

  it('a pack word still asks for the pack', () => {
    expect(lines('Lemon 2 bags')).toEqual([['LEM-BAG', 2, 'pack']])
    expect(lines('limes 1 box')).toEqual([['LIME-BOX', 1, 'pack']])
  })
})

describe('a label before a colon or a dash, over goods on the same line', () => {
  it.each([
    ['Bandra: tomato 5 kg', 'TOM', 5],
    ['For Juhu: onion 3 kg', 'ONI', 3],
    ['Andheri outlet: carrots 2 kg', 'CAR', 2],
    ['Powai - lemon 4 kg', 'LEM', 4],
    ['Juhu branch – mint 6 bunch', 'MINT', 6],
  ])('%s orders the goods', (text, sku, n) => {
    expect(lines(text)).toEqual([[sku, n, sku === 'MINT' ? 'pc' : 'kg']])
    expect(understand(text, index).unmatched).toEqual([])
  })

  it('two labelled lines keep both lists', () => {
    expect(lines('For Bandra: tomato 5 kg, onion 2 kg\nFor Juhu: tomato 3 kg')).toEqual([
      ['TOM', 5, 'kg'],
      ['ONI', 2, 'kg'],
      ['TOM', 3, 'kg'],
    ])
  })
})

describe('amounts added with a plus', () => {
  it.each([
    ['Onion 5+5 kg', 'ONI', 10, 'kg'],
    ['Tomato 5kg+2kg', 'TOM', 7, 'kg'],
    ['carrots 3 kg + 2 kg', 'CAR', 5, 'kg'],
    ['2+2 kg lemons', 'LEM', 4, 'kg'],
    ['Mint 5+5 bunch', 'MINT', 10, 'pc'],
    ['Eggs 6+6', 'EGG', 12, 'pc'],
  ])('%s is their sum', (text, sku, n, unit) => {
    expect(lines(text)).toEqual([[sku, n, unit]])
  })

  it.each([['2 kg tomato + 3 kg onion'], ['tomato 2kg + 3kg onion'], ['tomato 2kg + onion 3kg']])(
    '%s: a plus between two goods still joins two lines',
    (text) => {
      expect(lines(text)).toEqual([
        ['TOM', 2, 'kg'],
        ['ONI', 3, 'kg'],
      ])
    },
  )
})

describe('a call asked for beside the list', () => {
  it.each([
    'Tomato 5 kg\nPls call me before coming\nCarrot 2 kg',
    'Tomato 5 kg, carrot 2 kg. Call me when you reach',
    'ring me at the gate\ntomato 5 kg\ncarrot 2 kg',
  ])('%s is how to deliver: the goods are ordered', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['TOM', 5],
      ['CAR', 2],
    ])
  })

  it.each(['call me please', 'tomato 5 kg, and I want to talk to the owner', 'can i call you'])(
    '%s still asks for a person',
    (text) => {
      expect(understand(text, index).intent).toBe('human')
    },
  )
})

describe('counts of each size, in English, after goods of several sizes', () => {
  const shop = buildCatalogIndex([
    P('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk']),
    P('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['milk']),
    P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
    P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
    P('ONION', 'Onion', 'kg', null, ['pyaz']),
  ])
  const said = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty])
  it.each([
    ['2 makhan - 1 big 1 small', 'BUTTER-500', 1, 'BUTTER-100', 1],
    ['butter 2 - 1 large 1 small', 'BUTTER-500', 1, 'BUTTER-100', 1],
    ['milk 3 - 2 small 1 big', 'MILK-500', 2, 'MILK-1L', 1],
    ['3 milk: 1 small 2 large', 'MILK-500', 1, 'MILK-1L', 2],
  ])('%s', (text, a, n, b, k) => {
    expect(said(text)).toEqual([
      [a, n],
      [b, k],
    ])
  })
  it('a size word after counted loose goods is still a note on them', () => {
    expect(said('Onion 5kg big')).toEqual([['ONION', 5]])
  })
})

describe('British thanks: ta, cheers', () => {
  it.each(['ta', 'lovely ta', 'cheers mate', 'Cheers'])('%s thanks', (text) => {
    expect(understand(text, index).intent).toBe('thanks')
  })
  it.each([
    ['2 kg tomato ta', 'TOM'],
    ['onion 5kg cheers', 'ONI'],
    ['carrots 2 kg\nta', 'CAR'],
    ['Lemons 3 kg\ncheers, Ravi', 'LEM'],
  ])('%s: the thanks after the goods is no part of them', (text, sku) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => l.sku)).toEqual([sku])
    expect(u.unmatched).toEqual([])
  })
})

describe("the order a line is added to: to tomorrow's order", () => {
  it.each([
    ["add 2 kg tomatoes to tomorrow's order", 'TOM', 2],
    ["Can you add 1 more box of tomatoes to tomorrow's order?", 'TOM-BOX', 1],
    ['pls put 3 kg onions in Monday’s order', 'ONI', 3],
    ["2 kg carrots for Saturday's delivery", 'CAR', 2],
  ])('%s', (text, sku, n) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, n]])
    expect(u.unmatched).toEqual([])
  })
})

describe('an amount after "not" is the one not meant', () => {
  it.each([
    ['Only 3 kg carrots today not 5', 'CAR', 3],
    ['3 kg carrots, not 5', 'CAR', 3],
    ['tomato 5 kg not 10 kg', 'TOM', 5],
    ['lemons 2kg not 3', 'LEM', 2],
  ])('%s', (text, sku, n) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([[sku, n, 'kg']])
    expect(u.unmatched).toEqual([])
  })
})

describe('a name after a greeting', () => {
  it.each([
    ['Hi Ravi\nTomato 5kg', 'TOM'],
    ['Hello Sam, onions 5 kg', 'ONI'],
    ['Good morning Priya\ncarrots 2 kg', 'CAR'],
    ['Hey Anil Kumar\nlemons 3 kg', 'LEM'],
  ])('%s greets someone: only the goods are read', (text, sku) => {
    const u = understand(text, index)
    expect(u.lines.map((l) => l.sku)).toEqual([sku])
    expect(u.unmatched).toEqual([])
  })
  it('goods right after a greeting are still goods', () => {
    expect(lines('Hi, mint\ntomato 2 kg')).toEqual([
      ['MINT', 1, 'pc'],
      ['TOM', 2, 'kg'],
    ])
  })
})

describe('taking goods out of the cart, in English', () => {
  const cart = { cartSkus: ['TOM', 'ONI', 'MINT'] }
  const ops = (text: string) => understand(text, index, cart).lines.map((l) => [l.sku, l.op])
  it.each([
    'onion not needed',
    'Onions not required today',
    'no need of onion',
    'Tomorrow no need of onion',
    "we don't need the onions",
    'dont send onion today',
    'today skip the onion',
  ])('%s', (text) => {
    expect(ops(text)).toEqual([['ONI', 'remove']])
  })
  it.each([
    [
      '2 kg tomato but no onion',
      [
        ['TOM', 'add'],
        ['ONI', 'remove'],
      ],
    ],
    [
      'tomato 5 kg but no onion today',
      [
        ['TOM', 'add'],
        ['ONI', 'remove'],
      ],
    ],
    [
      'carrots 2kg but not the mint',
      [
        ['CAR', 'add'],
        ['MINT', 'remove'],
      ],
    ],
  ])('%s: the goods after "but no" come out of the cart', (text, want) => {
    expect(ops(text)).toEqual(want)
  })
  it('"but no" of goods not in the cart takes nothing out', () => {
    expect(ops('2 kg tomato but no lemons')).toEqual([['TOM', 'add']])
  })
})

describe('an amount changed "from" one "to" another', () => {
  const cart = { cartSkus: ['TOM', 'POT'] }
  it.each([
    ['Change potato from 10kg to 15kg', 'POT', 15],
    ['change the tomato from 10 kg to 8 kg please', 'TOM', 8],
    ['potatoes: from 20 kg to 25 kg', 'POT', 25],
  ])('%s is the new amount', (text, sku, n) => {
    expect(understand(text, index, cart).lines.map((l) => [l.sku, l.qty, l.op])).toEqual([[sku, n, 'set']])
  })
})
