// Goods, then where or to whom to send them in a few words with no house number ("2 maggi send to park", "send 2
// bread to my friend"): the goods are ordered, and the place is never read as goods nor swallows them.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const shop = buildCatalogIndex([
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni']),
])
const read = (text: string) => {
  const r = understand(text, shop)
  return { goods: r.lines.map((l) => [l.sku, l.qty]), unmatched: r.unmatched, address: r.address }
}

describe('a place said after the goods', () => {
  it.each([
    ['2 maggi send to park', [['MAGGI', 2]], 'park'],
    ['send 2 maggi to park', [['MAGGI', 2]], 'park'],
    ['send 2 bread to park street', [['BREAD', 2]], 'park street'],
    ['send 1 kg sugar to sai society', [['SUGAR', 1]], 'sai society'],
  ])(
    '"%s" orders the goods, and a place named with an address word is the address',
    (text, goods, address) => {
      expect(read(text)).toEqual({ goods, unmatched: [], address })
    },
  )

  it.each([
    ['send 2 bread to my friend', [['BREAD', 2]]],
    ['2 maggi send to office', [['MAGGI', 2]]],
    ['bring 1 kg sugar to the office', [['SUGAR', 1]]],
    ['can you send 2 bread to my sister', [['BREAD', 2]]],
    ['2 kg sugar send to my brother', [['SUGAR', 2]]],
  ])(
    '"%s" orders the goods; a person or a place with no address word is left for the shop to ask',
    (text, goods) => {
      expect(read(text)).toEqual({ goods, unmatched: [], address: undefined })
    },
  )

  it.each([
    ['send to my office 2 maggi', [['MAGGI', 2]]],
    ['send to my home 2 maggi', [['MAGGI', 2]]],
    ['send to my sister 1 kg sugar', [['SUGAR', 1]]],
    ['send to the temple 2 kg onion', [['ONION', 2]]],
  ])(
    '"%s" (whose place first, then the goods) orders the goods and reads no place as goods',
    (text, goods) => {
      expect(read(text)).toEqual({ goods, unmatched: [], address: undefined })
    },
  )
})
