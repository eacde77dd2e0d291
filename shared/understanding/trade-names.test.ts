// A produce supplier's goods by the names of the trade's other countries, where a name is two words or more:
// the catalog says "Spring Onion Bunch", the kitchen writes "scallions" or "green onion".
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg'),
  P('SPRING-ONI', 'Spring Onion Bunch', 'pc'),
  P('ONI', 'Onion Red', 'kg'),
  P('CAPS-GREEN', 'Capsicum Green', 'kg'),
  P('CAPS-RED', 'Capsicum Red', 'kg'),
  P('OKRA', 'Okra', 'kg'),
  P('CORN', 'Sweet Corn', 'pc'),
  P('MUSK', 'Muskmelon', 'kg'),
  P('ZUC', 'Zucchini Green', 'kg'),
  P('CHICK', 'Chickpeas 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('BEANS', 'French Beans', 'kg'),
  P('PAPAYA', 'Papaya', 'kg'),
  P('BRINJAL', 'Brinjal', 'kg'),
  P('POT-SWEET', 'Sweet Potato', 'kg'),
])

const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('another name of the same produce, in two words or one', () => {
  it.each([
    ['Scallions 5 bunch', 'SPRING-ONI', 5, 'pc'],
    ['Green onion 6 bunches', 'SPRING-ONI', 6, 'pc'],
    ['salad onions x 4', 'SPRING-ONI', 4, 'pc'],
    ['Bell pepper red 2kg', 'CAPS-RED', 2, 'kg'],
    ['red bell peppers 1kg', 'CAPS-RED', 1, 'kg'],
    ['Sweet pepper green - 3 kg', 'CAPS-GREEN', 3, 'kg'],
    ['Lady finger 3kg', 'OKRA', 3, 'kg'],
    ['ladies fingers 2 kgs', 'OKRA', 2, 'kg'],
    ['Corn on the cob 12', 'CORN', 12, 'pc'],
    ['mielies x 10', 'CORN', 10, 'pc'],
    ['Rock melon 4kg', 'MUSK', 4, 'kg'],
    ['baby marrow 2kg', 'ZUC', 2, 'kg'],
    ['garbanzo beans 3 kg', 'CHICK', 3, 'kg'],
    ['Sweet melon 5kg', 'MUSK', 5, 'kg'],
    ['Pawpaw 3kg', 'PAPAYA', 3, 'kg'],
    ['paw paws - 6 kg', 'PAPAYA', 6, 'kg'],
    ['Egg plant 2kg', 'BRINJAL', 2, 'kg'],
    // a count of produce bought whole, said by its other name, is pieces as by the shop's own name
    ['Paw paw 2', 'PAPAYA', 2, 'pc'],
    ['sweet melons x 3', 'MUSK', 3, 'pc'],
  ])('%s', (text, sku, qty, unit) => {
    expect(lines(text)).toEqual([[sku, qty, unit]])
  })

  it('a root of its own is no typo of another word: a swede is not a sweet potato', () => {
    for (const text of ['Swede 2kg', 'swedes 3 kg', 'Rutabaga 1kg'])
      expect(understand(text, index).lines).toEqual([])
    expect(lines('Sweet potato 2kg')).toEqual([['POT-SWEET', 2, 'kg']])
  })

  it('reads a name among the other lines of a list', () => {
    expect(lines('Tomato 5kg\nScallions 10 bunches\nBell pepper green 2kg')).toEqual([
      ['TOM', 5, 'kg'],
      ['SPRING-ONI', 10, 'pc'],
      ['CAPS-GREEN', 2, 'kg'],
    ])
  })

  it('keeps the name the catalog has, and leaves the bell of a door as talk', () => {
    const own = buildCatalogIndex([P('BELL-R', 'Bell Pepper Red', 'kg'), P('CAPS-R', 'Capsicum Red', 'kg')])
    expect(understand('bell pepper red 1kg', own).lines.map((l) => l.sku)).toEqual(['BELL-R'])
    expect(understand('please ring the bell', index).lines).toEqual([])
    expect(understand('green 2kg', index).lines.map((l) => l.sku)).not.toContain('SPRING-ONI')
  })
})

describe('a kind or grade of fresh produce the catalog does not name', () => {
  const shop = buildCatalogIndex([
    { ...P('TOM', 'Tomato', 'kg'), category: 'Vegetables' },
    { ...P('POT', 'Potato', 'kg'), category: 'Vegetables' },
    { ...P('BEANS', 'French Beans', 'kg'), category: 'Vegetables' },
    { ...P('MILK', 'Milk 1 l', 'pack', { value: 1, unit: 'l' }), category: 'Dairy' },
    { ...P('OIL', 'Sunflower Oil 1 l', 'pack', { value: 1, unit: 'l' }), category: 'Dry Goods' },
  ])
  const read = (text: string) => understand(text, shop).lines.map((l) => [l.sku, l.qty, l.unit])
  it.each([
    ['Irish potatoes 10kg', 'POT', 10, 'kg'],
    ['plum tomatoes - 5 kg', 'TOM', 5, 'kg'],
    ['Long beans 2kg', 'BEANS', 2, 'kg'],
    ['local tomatoes x 4kg', 'TOM', 4, 'kg'],
  ])('is the shop’s produce of that name: %s', (text, sku, qty, unit) => {
    expect(read(text)).toEqual([[sku, qty, unit]])
  })
  it.each([
    'tomato puree 1kg',
    'dried tomatoes 1kg',
    'cherry tomatoes 2kg',
    'goat milk 2 l',
    'coconut oil 1 l',
  ])('but other goods made of it, another fruit, or goods that are no produce stay unknown: %s', (text) => {
    const u = understand(text, shop)
    expect(u.lines.filter((l) => l.sku !== null)).toEqual([])
  })
})

describe('a kind of herb said before or after its name, and its pack', () => {
  const herbs = buildCatalogIndex([
    P('PARS', 'Parsley Bunch', 'pc'),
    P('PARS-FLAT', 'Flat Leaf Parsley Bunch', 'pc'),
    P('TOM', 'Tomato', 'kg'),
  ])
  const said = (text: string) => understand(text, herbs).lines.map((l) => [l.sku, l.qty, l.unit])

  it.each([
    'Parsley flat leaf 5 bunch',
    'parsley flat 5 bunches',
    '5 bunch flat leaf parsley',
    '5 bunches of flat leaf parsley pls',
    'Italian parsley 5 bunches',
    'continental parsley x 5',
  ])('the flat-leaf kind, with the pack said, is that kind: %s', (text) => {
    expect(said(text)).toEqual([['PARS-FLAT', 5, 'pc']])
  })

  it('the plain name with its pack stays the plain one', () => {
    expect(said('parsley 3 bunch')).toEqual([['PARS', 3, 'pc']])
  })
})
