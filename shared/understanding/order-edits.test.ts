// Changes to goods already chosen, in the words customers use once the order is sent: the goods taken out "from
// the order" (Hindi puts "se" after it), and English "take X off".
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('COLGATE', 'Colgate Strong Teeth 200 g', 'pack', { value: 200, unit: 'g' }, ['colgate']),
])
const cart = { cartSkus: ['ALOO', 'MAGGI', 'BREAD', 'COLGATE'] }
const read = (text: string) => {
  const u = understand(text, index, cart)
  return { lines: u.lines.map((l) => [l.sku, l.op]), unmatched: u.unmatched, notSold: u.notSold ?? [] }
}

describe('goods taken out "from the order", said with the Hindi postposition', () => {
  it.each([
    ['bread hata do order se', 'BREAD'],
    ['order se bread hatao', 'BREAD'],
    ['order me se colgate nikal dena', 'COLGATE'],
    ['list mein se maggi hata dijiye', 'MAGGI'],
    ['cart se aloo nikalo', 'ALOO'],
    ['colgate order se hata do please', 'COLGATE'],
  ])('"%s" takes out %s', (text, sku) => {
    expect(read(text)).toEqual({ lines: [[sku, 'remove']], unmatched: [], notSold: [] })
  })

  it('is no part of goods ordered with it', () => {
    expect(read('2 maggi aur 1 bread, order se colgate hatao').lines).toEqual([
      ['MAGGI', 'add'],
      ['BREAD', 'add'],
      ['COLGATE', 'remove'],
    ])
  })
})

describe('"take X off", the goods between the verb and its particle', () => {
  it.each([
    ['take the bread off my order', 'BREAD'],
    ['please take the colgate off', 'COLGATE'],
    ['take 2 maggi out of it', 'MAGGI'],
    ['can you take the aloo off the list', 'ALOO'],
  ])('"%s" takes out %s', (text, sku) => {
    expect(read(text).lines).toEqual([[sku, 'remove']])
  })
})
