// Notes to the shop written between the lines of a list (a kitchen's or a household's): someone who should or will
// do something, someone's word passed on, care asked for. They are talk, never goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['tomatoes', 'tamatar']),
  P('ONI', 'Onion', 'kg', null, ['onions', 'pyaz']),
  P('GAR', 'Garlic', 'kg', null, ['lehsun']),
  P('CARROT', 'Carrot', 'kg', null, ['carrots']),
])

const read = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`), unmatched: u.unmatched }
}

describe('a note between the lines of a list is no item', () => {
  it.each([
    'Driver should come by 8',
    'the van should reach latest by 7am',
    'the boy will come at 6 am',
    'Chef says no garlic today',
    'manager said call before coming',
    'Please make sure they are fresh',
    'ensure proper packing',
    'boss ne bola hai jaldi',
  ])('%s', (note) => {
    expect(read(`Tomato 5 kg\n${note}\nOnion 2 kg`)).toEqual({
      lines: ['5 kg TOM', '2 kg ONI'],
      unmatched: [],
    })
    // (with an amount of goods in it, such a sentence still orders)
    expect(read('driver should bring 2 kg onion').lines).toEqual(['2 kg ONI'])
    expect(read('pls make sure to send 3 kg carrots').lines).toEqual(['3 kg CARROT'])
  })
})

describe('a numbered place heading goods says where they go; its number counts nothing', () => {
  it.each([
    ['Kitchen 2: tomato 3 kg', ['3 kg TOM']],
    ['Outlet 3 - onion 5 kg', ['5 kg ONI']],
    ['Branch #2: carrots 10 kg', ['10 kg CARROT']],
    ['Store 4 order: tomato 2 kg', ['2 kg TOM']],
    [
      'Kitchen 2:\ntomato 3 kg\nonion 2 kg\nKitchen 3:\ncarrots 1 kg',
      ['3 kg TOM', '2 kg ONI', '1 kg CARROT'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual({ lines: want, unmatched: [] })
  })
})

describe('a variety said after the amount is a note on the goods, never goods one letter from it', () => {
  const herbs = buildCatalogIndex([
    P('PARSLEY', 'Parsley Bunch', 'pc', null, ['parsley']),
    P('CURRY', 'Curry Leaves Bunch', 'pc', null, ['curry leaves']),
    P('FLAT', 'Flat Beans', 'kg', null, ['flat beans']),
    P('BABY', 'Baby Corn Packet', 'pc', null, ['baby corn']),
    P('SPINACH', 'Spinach Bunch', 'pc', null, ['spinach']),
    P('GRAPES', 'Grapes', 'kg', null, ['grapes']),
    P('BASIL', 'Basil', 'kg', null, ['basil']),
    P('THAI', 'Thai Chilli', 'kg'),
    P('LEMON', 'Lemon', 'kg', null, ['lemons']),
    P('CORN', 'Sweet Corn', 'pc'),
  ])
  it.each([
    ['Parsley 1 bunch curly', '1 pc PARSLEY'],
    ['Spinach 3 bunch baby', '3 pc SPINACH'],
    ['Basil 100 g thai', '100 g BASIL'],
    ['lemons 2 kg sweet', '2 kg LEMON'],
  ])('%s', (text, want) => {
    const u = understand(text, herbs)
    expect({ lines: u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`), unmatched: u.unmatched }).toEqual({
      lines: [want],
      unmatched: [],
    })
  })
})
