// An Indian address right after an order line names its tower, wing or block by one letter ("Tower B", "Wing A"):
// such a word is the address, never a kind of the goods before it.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'
import type { Product } from '../domain'

const P = (...a: Parameters<typeof testProduct>): Product => ({ ...testProduct(...a), category: 'Staples' })

const index = buildCatalogIndex([
  P('ATTA-5', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta', 'aata']),
  P('ATTA-10', 'Aashirvaad Atta 10 kg', 'pack', { value: 10, unit: 'kg' }, ['atta', 'aata']),
  P('RICE', 'Basmati Rice', 'kg', null, ['chawal']),
  { ...P('BEANS', 'French Beans', 'kg'), category: 'Vegetables' },
])

const read = (text: string) => {
  const u = understand(text, index)
  return [u.intent, u.lines.map((l) => [l.sku, l.qty, l.unit])]
}

describe('an address after the amount', () => {
  it.each([
    ['Atta 10 kg Tower B flat 1203', 'ATTA-10', 1, 'pack'],
    ['atta 10 kg tower B', 'ATTA-10', 1, 'pack'],
    ['aata 5 kg Wing A, 3rd floor', 'ATTA-5', 1, 'pack'],
    ['chawal 5 kg block C', 'RICE', 5, 'kg'],
    ['basmati rice 2 kg lane B pe de dena', 'RICE', 2, 'kg'],
    ['rice 3 kg house C-12', 'RICE', 3, 'kg'],
  ])('%s', (text, sku, qty, unit) => {
    expect(read(text)).toEqual(['order', [[sku, qty, unit]]])
  })
})
