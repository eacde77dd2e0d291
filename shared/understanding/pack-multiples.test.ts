// A count of a weight or volume the shop has no pack of ("Sugar 2 x 10kg" with only a 1 kg pack): that much in
// all, as a weight said alone is, never that many of the shop's smaller pack.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SUGAR', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }, ['Zucker', 'cheeni']),
  P('SALT', 'Salt 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('OIL', 'Olive Oil 1 l', 'pack', { value: 1, unit: 'l' }),
  P('FLOUR', 'Flour 10 kg', 'pack', { value: 10, unit: 'kg' }),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('so many of a size the shop has no pack of', () => {
  it.each([
    ['Sugar 2 x 10kg', [['SUGAR', 20, 'kg']]],
    ['Salt 3 x 2kg', [['SALT', 6, 'kg']]],
    ['Olive oil 2 x 5L', [['OIL', 10, 'l']]],
    ['Sugar 1 x 10kg', [['SUGAR', 10, 'kg']]],
    ['Zucker 2 x 5 kg', [['SUGAR', 10, 'kg']]],
    ['cheeni 2x5kg', [['SUGAR', 10, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
