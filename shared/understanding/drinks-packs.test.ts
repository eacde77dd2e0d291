// A corner shop's drinks by the bottle, the six-pack and the crate: any German word for a crate ("Kasten",
// "Kiste", "Kästen") finds the shop's crate whichever word its name uses, and the English "Sixpack", "six-pack",
// "4-pack" is a pack of so many, as "6er" is. Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('PILS', 'Berliner Pilsner Flasche 0,5 l', 'pc', { value: 0.5, unit: 'l' }, ['Pils', 'Bier']),
  P('PILS-6', 'Berliner Pilsner 6 x 0,5 l', 'pack', { value: 6, unit: 'pc' }, ['Pils', 'Bier']),
  P('PILS-KASTEN', 'Berliner Pilsner Kasten 20 x 0,5 l', 'pack', { value: 20, unit: 'pc' }, ['Pils', 'Bier']),
  P('MATE', 'Club-Mate Flasche 0,5 l', 'pc', { value: 0.5, unit: 'l' }, ['Mate']),
  P('MATE-KISTE', 'Club-Mate Kiste 20 Flaschen', 'pack', { value: 20, unit: 'pc' }, ['Mate']),
  P('WASSER', 'Mineralwasser 1,5 l', 'pc', { value: 1.5, unit: 'l' }, ['Wasser']),
  P('WASSER-6', 'Mineralwasser 6er Pack', 'pack', { value: 6, unit: 'pc' }, ['Wasser']),
  P('CHIPS', 'Chips Paprika Tüte 175 g', 'pc', { value: 175, unit: 'g' }, ['Chips']),
  P('EIS', 'Eiswürfel Beutel 2 kg', 'pc', { value: 2, unit: 'kg' }, ['Eiswürfel', 'Eis']),
  P('ZIGARETTEN', 'Marlboro Red Schachtel', 'pc', null, ['Marlboro', 'Kippen']),
  P('COLA', 'Coca-Cola Dose 0,33 l', 'pc', { value: 0.33, unit: 'l' }, ['Cola', 'Coke']),
])
const ops = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty])

describe('a crate said with another word for it than the shop uses', () => {
  it.each([
    ['ne Kiste Pils', 'PILS-KASTEN', 1],
    ['2 Kisten Bier', 'PILS-KASTEN', 2],
    ['ein Kasten Mate', 'MATE-KISTE', 1],
    ['2 Kästen Mate', 'MATE-KISTE', 2],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})

describe('"Sixpack", "six-pack", "6-pack" is a pack of six', () => {
  it.each([
    ['ein Sixpack Pils', 'PILS-6', 1],
    ['2 sixpacks bier', 'PILS-6', 2],
    ['a six-pack of Pils', 'PILS-6', 1],
    ['1 6-pack Wasser', 'WASSER-6', 1],
    ['sixpack wasser und 2 chips', 'WASSER-6', 1],
  ])('%s', (text, sku, n) => expect(ops(text)[0]).toEqual([sku, n]))
})

describe('a container said of a product that is itself one such container is so many of it', () => {
  it.each([
    ['2 Tüten Chips', 'CHIPS', 2],
    ['1 Tüte Eis', 'EIS', 1],
    ['2 Beutel Eiswürfel', 'EIS', 2],
    ['ne Schachtel Kippen', 'ZIGARETTEN', 1],
    ['eine Schachtel Marlboro', 'ZIGARETTEN', 1],
  ])('%s', (text, sku, n) => {
    const [line] = understand(text, index).lines
    expect([line?.sku, line?.qty, line?.container]).toEqual([sku, n, undefined])
  })
})

describe('how cold a drink should be says nothing of which drink', () => {
  it.each([
    ['2 kalte Pils', 'PILS', 2],
    ['ein kaltes Pils', 'PILS', 1],
    ['2 eiskalte Cola', 'COLA', 2],
    ['3 gekühlte Cola', 'COLA', 3],
    ['eine kühle Cola', 'COLA', 1],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})

describe('a bare count of a drink sold singly and by the crate is so many bottles, the crate counted in its size', () => {
  it.each([
    ['2 Mate', 'MATE', 2],
    ['2 Club-Mate', 'MATE', 2],
    ['ne Mate bitte', 'MATE', 1],
    ['drei club mate', 'MATE', 3],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})

describe('a container counted in a pack\'s name is what the pack holds, not the pack ("Kiste 20 Flaschen")', () => {
  it.each([
    ['2 Flaschen Mate', 'MATE', 2],
    ['zwei Flaschen Club Mate', 'MATE', 2],
    ['3 flaschen mate', 'MATE', 3],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})

describe('part of a crate is that many bottles when the shop sells them singly', () => {
  it.each([
    ['nen halben Kasten Pils', 'PILS', 10],
    ['ne halbe Kiste Mate', 'MATE', 10],
    ['half a crate of Pils', 'PILS', 10],
    ['1/2 Kasten Bier', 'PILS', 10],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})

describe('crates and a half are the whole crates and the half as single bottles', () => {
  it.each([
    ['anderthalb Kästen Pils', 'PILS-KASTEN', 1, 'PILS'],
    ['1,5 Kisten Mate bitte', 'MATE-KISTE', 1, 'MATE'],
    ['zweieinhalb Kästen Bier', 'PILS-KASTEN', 2, 'PILS'],
    ['eineinhalb Kisten Club-Mate', 'MATE-KISTE', 1, 'MATE'],
  ])('%s', (text, crate, n, bottle) =>
    expect(ops(text)).toEqual([
      [crate, n],
      [bottle, 10],
    ]),
  )
})

describe('an amount with no goods, said in a container, is for the cart line sold in that container', () => {
  const set = (text: string, cartSkus: string[]) =>
    understand(text, index, { cartSkus }).lines.map((l) => [l.sku, l.op, l.qty])
  it.each([
    ['ach mach 3 Kästen', 'PILS-KASTEN', 'set', 3],
    ['lieber 2 kisten', 'PILS-KASTEN', 'set', 2],
    ['doch 4 Kästen bitte', 'PILS-KASTEN', 'set', 4],
    ['noch 1 Kasten', 'PILS-KASTEN', 'add', 1],
  ])('%s, after a crate and a bag of ice', (text, sku, op, n) =>
    expect(set(text, ['PILS-KASTEN', 'EIS'])).toEqual([[sku, op, n]]),
  )

  it.each([
    ['mach 2 Tüten', 'CHIPS', 2],
    ['lieber 2 Dosen', 'COLA', 2],
  ])('%s, with other goods added after it', (text, sku, n) =>
    expect(set(text, ['COLA', 'CHIPS', 'ZIGARETTEN'])).toEqual([[sku, 'set', n]]),
  )
})
