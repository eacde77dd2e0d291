// A question about when the order comes, asked beside counted goods whose size is still open ("2 maggi" with two
// packs of Maggi): the goods are ordered and the question kept for the shop, not the message read as a status
// question with its goods dropped.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('MAGGI-4', 'Maggi Noodles 4 pack 280 g', 'pack', { value: 280, unit: 'g' }, ['maggi']),
  P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }, ['butter']),
  P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }, ['butter']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln', 'Brezn']),
  P('BREZEL-XL', 'Brezel groß', 'pc', null, ['Brezeln', 'Brezn']),
])

describe('a when-will-it-come question beside goods whose size is open', () => {
  it.each([
    ['bhaiya 2 maggi bhejna, kitna time lagega?', 'maggi'],
    ['2 maggi bhejo, kab tak aayega?', 'maggi'],
    ['2 maggi. how long will it take?', 'maggi'],
    ['1 butter pls, how long will it take', 'butter'],
    ['2 Brezn, wie lange dauert das?', 'brez'],
    ['2 maggi, eta?', 'maggi'],
    ['1 butter, when will it come', 'butter'],
  ])('"%s" orders the goods and keeps the question', (text, goods) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.question).toBe(true)
    expect(u.lines).toHaveLength(1)
    expect([u.lines[0]!.sku, ...u.lines[0]!.candidates].join(' ').toLowerCase()).toContain(goods.slice(0, 4))
  })

  it.each([
    'where is my order, 2 days late',
    'kab tak aayega? 2 din ho gaye',
    'wie lange dauert das noch? 2 Stunden schon',
  ])('"%s" names no goods and stays a status question', (text) => {
    expect(understand(text, index).intent).toBe('status')
  })
})
