// A bare count (no unit) of goods the shop sells in more than one form: pieces of a pack sold in several pack sizes,
// and loose goods also sold in one small pack. What a shop assistant hands over, not a question of tray or kilo.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const kirana = buildCatalogIndex([
  P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande', 'anda']),
  P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['ande', 'anda', 'tray']),
  P('BUN-4', 'Burger Buns 4 pc', 'pack', { value: 4, unit: 'pc' }, ['buns']),
  P('BUN-12', 'Burger Buns 12 pc', 'pack', { value: 12, unit: 'pc' }, ['buns']),
  P('PANEER', 'Paneer (loose)', 'kg', null, ['paneer']),
  P('PANEER-200', 'Amul Malai Paneer 200 g', 'pack', { value: 200, unit: 'g' }),
  P('DAHI', 'Dahi', 'kg', null, ['curd', 'dahi']),
  P('DAHI-400', 'Mother Dairy Dahi 400 g', 'pack', { value: 400, unit: 'g' }),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('TOMATO-CH', 'Cherry Tomato 250 g', 'pack', { value: 250, unit: 'g' }),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('ONION-SACK', 'Onion Sack 25 kg', 'pack', { value: 25, unit: 'kg' }),
  P('MELON', 'Watermelon', 'kg', null, ['tarbooz']),
  P('PAPAYA', 'Papaya', 'kg', null, ['papita']),
  P('PINE', 'Pineapple', 'kg', null, ['ananas']),
])

const line = (text: string) =>
  understand(text, kirana).lines.map(
    (l) => `${l.qty} ${l.unit} ${l.sku ?? l.candidates.join('|')}${l.container ? ` ask:${l.container}` : ''}`,
  )

describe('a few pieces of goods sold in packs of several sizes', () => {
  // (beside each, a count that whole packs make, or a pack named, which stays those packs)
  it.each([
    ['3 anda', '3 pack EGG-6 ask:pieces-of-pack', '12 ande', '2 pack EGG-6'],
    ['mujhe 2 ande chahiye', '2 pack EGG-6 ask:pieces-of-pack', '30 anda', '1 pack EGG-30'],
    ['ande 4', '4 pack EGG-6 ask:pieces-of-pack', '1 tray ande', '1 pack EGG-30'],
    ['3 buns', '3 pack BUN-4 ask:pieces-of-pack', '8 buns', '2 pack BUN-4'],
  ])('%s: pieces of the smallest pack, asked in packs, never "pack or tray?"', (text, want, whole, packs) => {
    expect(line(text)).toEqual([want])
    expect(line(whole)).toEqual([packs])
  })
})

describe('a bare count of loose goods the shop also sells in one small pack', () => {
  // (beside each, a weight said, a pack of other goods or a bulk pack, which keeps the loose goods)
  it.each([
    ['1 paneer', '1 pack PANEER-200', 'paneer 250 gm', '250 g PANEER'],
    ['paneer 2', '2 pack PANEER-200', '1 kg paneer', '1 kg PANEER'],
    ['2 paneer bhej do', '2 pack PANEER-200', 'tamatar 2', '2 kg TOMATO'],
    ['dahi 1', '1 pack DAHI-400', 'Tomato 3', '3 kg TOMATO'],
    ['1 curd', '1 pack DAHI-400', 'onion 2', '2 kg ONION'],
  ])('%s is that many of the pack', (text, want, other, loose) => {
    expect(line(text)).toEqual([want])
    expect(line(other)).toEqual([loose])
  })
})

describe('a bare count of produce bought whole, each piece heavier than a kilo', () => {
  it.each([
    ['Watermelon 2', '2 pc MELON ask:piece'],
    ['papaya x1', '1 pc PAPAYA ask:piece'],
    ['tarbooz 2', '2 pc MELON ask:piece'],
    ['Pineapple 3', '3 pc PINE ask:piece'],
  ])('%s is so many pieces (how many kilos is asked), never that many kilos', (text, want) => {
    expect(line(text)).toEqual([want])
    // (a weight said is that weight; other produce counted bare is kilos, as the trade writes it)
    expect(line('watermelon 5 kg')).toEqual(['5 kg MELON'])
    expect(line('Tomato 10')).toEqual(['10 kg TOMATO'])
  })
})
