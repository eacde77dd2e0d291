// A customer asking what the shop has of one of its categories gets that part of the catalog.
import { describe, expect, it } from 'vitest'
import type { Product } from '../domain'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'

const P = (sku: string, name: string, category: string): Product => ({
  ...testProduct(sku, name, 'pc'),
  category,
})
const index = buildCatalogIndex([
  P('MILK', 'Amul Taaza Milk 500 ml', 'Dairy'),
  P('CURD', 'Amul Masti Dahi 400 g', 'Dairy'),
  P('LAYS', 'Lays Classic Salted 52 g', 'Snacks'),
  P('KURKURE', 'Kurkure Masala Munch', 'Snacks'),
  P('TOMATO', 'Tomato', 'Fruits & Vegetables'),
  P('APPLE', 'Apple Shimla', 'Fruits & Vegetables'),
  P('SOAP', 'Lux Soap 100 g', 'Personal Care'),
  P('DIAPER', 'Pampers Diapers M', 'Baby Care'),
  P('OIL', 'Fortune Sunflower Oil 1 l', 'Foodgrains, Oil & Masala'),
])
const read = (text: string) => {
  const u = understand(text, index, {})
  return `${u.intent} ${u.category ?? '-'}`
}

describe('a category named in a question about what the shop has', () => {
  it.each([
    ['what do you have in dairy?', 'Dairy'],
    ['show me snacks', 'Snacks'],
    ['which snacks do you have', 'Snacks'],
    ['what vegetables do you have?', 'Fruits & Vegetables'],
    ['price of vegetables?', 'Fruits & Vegetables'],
    ['kya kya hai dairy mein', 'Dairy'],
    ['dairy products?', 'Dairy'],
    ['send me your snacks list', 'Snacks'],
    ['personal care items', 'Personal Care'],
    ['menu for fruits please', 'Fruits & Vegetables'],
  ])('%s', (text, category) => {
    expect(read(text)).toBe(`catalog ${category}`)
  })

  it('a word two categories share names neither: the whole catalog', () => {
    expect(read('what do you have in care?')).toBe('catalog -')
    expect(read('menu')).toBe('catalog -')
  })

  it('goods counted, or a product named, stay an order or a question about it', () => {
    expect(understand('2 lays', index, {}).lines.map((l) => l.sku)).toEqual(['LAYS'])
    expect(read('oil?')).not.toMatch(/^catalog/)
    expect(read('do you have lays?')).toBe('price -')
    expect(understand('2 snacks products', index, {}).intent).not.toBe('catalog')
    // other words beside the category's, or an amount, name goods, not the shelf
    expect(read('do you have masala snacks?')).not.toMatch(/^catalog Snacks/)
    expect(read('6 frozen vegetables (available at big markets)')).not.toMatch(/^catalog/)
  })
})

describe('a category said alone, which no goods answer to, asks for that part of the catalog', () => {
  it.each([
    ['dairy', 'Dairy'],
    ['snacks?', 'Snacks'],
    ['Personal care pls', 'Personal Care'],
    ['baby care', 'Baby Care'],
    ['vegetables', 'Fruits & Vegetables'],
  ])('%s', (text, category) => {
    expect(read(text)).toBe(`catalog ${category}`)
  })

  it('goods, a no, or a question about the shop beside it are not asking for the shelf', () => {
    expect(read('oil')).not.toMatch(/^catalog/)
    expect(read('no dairy')).not.toMatch(/^catalog/)
    expect(read('dairy nahi chahiye')).not.toMatch(/^catalog/)
  })
})

describe('the list asked for in other words', () => {
  it.each([
    'can you send me a list of items',
    'pls share the list',
    'list of products?',
    'give me ur full price list',
    'which items do you have',
    'show me what you have',
    'can i see your products',
    'what all items you have',
  ])('%s', (text) => {
    expect(read(text)).toBe('catalog -')
  })

  it('sending the goods themselves is no list', () => {
    expect(read('send me the items by 5')).not.toMatch(/^catalog/)
    expect(read('please send 2 lays')).not.toMatch(/^catalog/)
  })
})
