// Amounts that point at goods said before them on the line or in the message: more of them in another unit after a
// plus, "the same" amount as the goods before, and counts of each size after goods sold in several sizes.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['tomatoes', 'tamatar']),
  P('TOM-BOX', 'Tomato Box 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('ONI', 'Onion', 'kg', null, ['onions', 'pyaz']),
  P('POT', 'Potato', 'kg', null, ['potatoes', 'aloo']),
  P('POT-10', 'Potato Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('CAR', 'Carrot', 'kg', null, ['carrots', 'gajar']),
  P('LEM', 'Lemon', 'pc', null, ['lemons', 'nimbu']),
  P('LEM-BAG', 'Lemon Bag 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('EGG', 'Eggs', 'pc', null, ['egg', 'ande']),
  P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }),
  P('BUT-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['makhan']),
  P('BUT-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['makhan']),
  P('DAHI-400', 'Amul Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi', 'curd']),
  P('DAHI-1K', 'Amul Dahi 1 kg', 'pack', { value: 1, unit: 'kg' }, ['dahi', 'curd']),
  P('CAP', 'Capsicum', 'kg', null, ['shimla mirch']),
  P('GIN', 'Ginger', 'kg', null, ['adrak']),
  P('GAR', 'Garlic', 'kg', null, ['lehsun']),
  P('MILK-AM', 'Amul Taaza Milk 1 L', 'pack', { value: 1, unit: 'l' }, ['milk', 'doodh']),
  P('MILK-MD', 'Mother Dairy Milk 1 L', 'pack', { value: 1, unit: 'l' }, ['milk', 'doodh']),
  P('BUT-MD', 'Mother Dairy Butter 500 g', 'pack', { value: 500, unit: 'g' }),
])

const lines = (text: string) =>
  understand(text, index).lines.map((l) => `${l.qty} ${l.unit} ${l.sku ?? l.candidates.join('|')}`)

describe('a plus before an amount in another unit is more of the same goods', () => {
  it.each([
    ['Tomato 2 boxes + 5 kg', ['2 pack TOM-BOX', '5 kg TOM']],
    ['Eggs 1 tray + 6', ['1 pack EGG-30', '6 pc EGG']],
    ['potato 1 bag + 3kg, onion 2 kg', ['1 pack POT-10', '3 kg POT', '2 kg ONI']],
    ['lemons 1 bag + 10 pcs', ['1 pack LEM-BAG', '10 pc LEM']],
  ])('%s (amounts in one unit are still added up)', (text, want) => {
    // (also while the shop waits for how much of other goods: the amount is the goods' own, no answer)
    const asked = understand(text, index, { askedSku: 'CAP' })
    expect(asked.lines.map((l) => `${l.qty} ${l.unit} ${l.sku ?? l.candidates.join('|')}`)).toEqual(want)
    expect(lines(text)).toEqual(want)
    expect(lines('Onion 5+5 kg')).toEqual(['10 kg ONI'])
    expect(lines('tomato 5kg + 2kg')).toEqual(['7 kg TOM'])
  })
})

describe('goods said to be "the same" take the amount of the goods before them', () => {
  it.each([
    ['Potato 10 kg, onion same', ['10 kg POT', '10 kg ONI']],
    ['Tomato 5 kg\nOnion same\nCarrot same', ['5 kg TOM', '5 kg ONI', '5 kg CAR']],
    ['tomato 2 kg and onion same', ['2 kg TOM', '2 kg ONI']],
    ['Potato 10 kg, onion same as above', ['10 kg POT', '10 kg ONI']],
    ['aloo 2 kg, pyaz bhi same', ['2 kg POT', '2 kg ONI']],
    ['aloo 3 kg, pyaz utna hi', ['3 kg POT', '3 kg ONI']],
    ['gajar 1 kg\ntamatar bhi utna hi', ['1 kg CAR', '1 kg TOM']],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
  })
})

describe('counts of each size after goods sold in several sizes, with no count of the goods first', () => {
  it.each([
    ['butter 1 big 1 small', ['1 pack BUT-500', '1 pack BUT-100']],
    ['makhan 1 bada 1 chhota', ['1 pack BUT-500', '1 pack BUT-100']],
    ['amul butter 1 large 2 small', ['1 pack BUT-500', '2 pack BUT-100']],
    ['dahi 2 chhota 1 bada, tomato 1 kg', ['2 pack DAHI-400', '1 pack DAHI-1K', '1 kg TOM']],
  ])('%s: the other size is the same goods, never goods named like the size word', (text, want) => {
    expect(lines(text)).toEqual(want)
  })
})

describe('"one" after the words that say which, on a measured line, is the one of that brand', () => {
  it.each([
    ['milk 1 litre mother dairy one', ['1 pack MILK-MD']],
    ['butter 500 g mother dairy one', ['1 pack BUT-MD']],
    ['doodh 1 ltr amul one, tomato 1 kg', ['1 pack MILK-AM', '1 kg TOM']],
  ])('%s is one line', (text, want) => {
    expect(lines(text)).toEqual(want)
    // (goods before a last "one" are one of them)
    expect(lines('tomato 1 kg onion one')).toEqual(['1 kg TOM', '1 kg ONI'])
  })
})

describe('two weights side by side between goods: the first goes with the goods before, the second with those after', () => {
  it.each([
    ['tomato 2kg 3kg onion', ['2 kg TOM', '3 kg ONI']],
    ['aloo 1 kilo 2 kilo pyaz', ['1 kg POT', '2 kg ONI']],
    ['adrak 250 gram 500 gram lehsun', ['250 g GIN', '500 g GAR']],
    ['tomato 500g 1kg onion, carrot 2 kg', ['500 g TOM', '1 kg ONI', '2 kg CAR']],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    // (a count of bags and the bags' size stay one line)
    expect(lines('potato 2 bags 10kg')).toEqual(['2 pack POT-10'])
  })
})

describe('a count of packs of a size the shop has no pack of is that much of the loose goods', () => {
  it.each([
    ['tomato 2 box of 5 kg', ['10 kg TOM']],
    ['potato 1 bag 50 kg', ['50 kg POT']],
    ['Potato 3 bags (25 kg), onion 2 kg', ['75 kg POT', '2 kg ONI']],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    // (the shop's own size is its pack)
    expect(lines('tomato 2 box 10kg')).toEqual(['2 pack TOM-BOX'])
  })
})

describe('a kind with a weight of its own after goods said plain is more of those goods, of that kind', () => {
  const shop = buildCatalogIndex([
    P('TOM', 'Tomato', 'kg'),
    P('TOM-BOX', 'Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
    P('POT', 'Potato', 'kg'),
    P('POT-BAG', 'Potato Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
    P('COR-KG', 'Coriander Loose', 'kg'),
    P('ONI-R', 'Onion Red', 'kg'),
    P('ONI-W', 'Onion White', 'kg'),
  ])
  const read = (text: string) =>
    understand(text, shop).lines.map((l) => `${l.qty} ${l.unit} ${l.sku ?? l.candidates.join('|')}`)
  it.each([
    ['Tomato 1 box + 5 kg loose', ['1 pack TOM-BOX', '5 kg TOM']],
    ['tomato 1 box and 5 kg loose', ['1 pack TOM-BOX', '5 kg TOM']],
    ['Potato 2 bags + 3kg loose', ['2 pack POT-BAG', '3 kg POT']],
    ['Onion red 5 kg, 2 kg white', ['5 kg ONI-R', '2 kg ONI-W']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
