// Names the catalog writes one way and a kitchen another: one word typed as two ("blue berries"), and goods
// called by what they are for or by another country's name ("cooking oil", "granadilla").
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  { ...P('BLUEBERRY', 'Blueberry Punnet 125 g', 'pack', { value: 125, unit: 'g' }), category: 'Fruit' },
  { ...P('STRAWBERRY', 'Strawberry Punnet 250 g', 'pack', { value: 250, unit: 'g' }), category: 'Fruit' },
  { ...P('BLACKBERRY', 'Blackberry Punnet', 'pack', null), category: 'Fruit' },
  P('OIL-SUN', 'Sunflower Oil 15 l', 'pack', { value: 15, unit: 'l' }),
  P('OIL-OLIVE', 'Olive Oil 1 l', 'pack', { value: 1, unit: 'l' }),
  { ...P('PASSION', 'Passion Fruit', 'pc', null), category: 'Fruit' },
  { ...P('KIWI', 'Kiwi', 'pc', null), category: 'Fruit' },
  { ...P('MINT', 'Mint Bunch', 'pc', null), category: 'Herbs' },
  { ...P('WATERMELON', 'Watermelon', 'kg', null), category: 'Fruit' },
  { ...P('MUSKMELON', 'Muskmelon', 'kg', null), category: 'Fruit' },
  { ...P('WATERCRESS', 'Watercress Punnet', 'pack', null), category: 'Herbs' },
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a name the catalog writes as one word, typed as two, in the plural', () => {
  it.each([
    ['blue berries 4 punnets', [['BLUEBERRY', 4, 'pack']]],
    ['straw berries 2 punnets', [['STRAWBERRY', 2, 'pack']]],
    ['black berries x 3', [['BLACKBERRY', 3, 'pack']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('goods called by their use or by the name of another country', () => {
  it.each([
    ['Cooking oil 2', [['OIL-SUN', 2, 'pack']]],
    ['frying oil 1 drum', [['OIL-SUN', 1, 'pack']]],
    ['vegetable oil x3', [['OIL-SUN', 3, 'pack']]],
    ['Granadilla 12', [['PASSION', 12, 'pc']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('the word that ends a few names of fresh produce asks among them', () => {
  const asked = (text: string) =>
    understand(text, index).lines.map((l) => [l.sku ?? [...l.candidates].sort().join('/'), l.qty, l.unit])
  it.each([
    ['Melons 3kg', [['MUSKMELON/WATERMELON', 3, 'kg']]],
    ['berries 4 punnets', [['BLACKBERRY/BLUEBERRY/STRAWBERRY', 4, 'pack']]],
    ['cress 2 punnets', [['WATERCRESS', 2, 'pack']]],
  ])('%s', (text, want) => {
    expect(asked(text)).toEqual(want)
  })
})

describe("the word of the goods' category said after them", () => {
  const said = (text: string) => {
    const u = understand(text, index)
    return [u.lines.map((l) => [l.sku, l.qty, l.unit]), u.unmatched]
  }
  it.each([
    ['Kiwi fruit 10', [[['KIWI', 10, 'pc']], []]],
    ['kiwi fruits 6', [[['KIWI', 6, 'pc']], []]],
    ['mint herb 4 bunch', [[['MINT', 4, 'pc']], []]],
    // a word the catalog has never seen before "fruit" names no kind of the Passion Fruit
    ['dragon fruit 2', [[], ['dragon fruit']]],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want)
  })
})
