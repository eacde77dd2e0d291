// Counts in brackets that share out the amount just said by kind ("onions 2 bags (1 red 1 white)") are a note on
// that line, not more goods.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ONION-BAG', 'Onion Bag 10 kg', 'pack', { value: 10, unit: 'kg' }),
  P('ONION-WHITE', 'Onion White', 'kg', null),
  P('AVO-BOX', 'Avocado Box 4 kg', 'pack', { value: 4, unit: 'kg' }),
  P('AVO', 'Avocado', 'pc', null),
  P('TOM', 'Tomato', 'kg', null),
  P('CHILLI', 'Green Chilli', 'kg', null),
])

const read = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('counts in brackets sharing out the amount by kind', () => {
  it.each([
    ['onions 2 bags (1 red 1 white)', [['ONION-BAG', 2, 'pack']]],
    ['avocados 6 (4 ripe + 2 green)', [['AVO', 6, 'pc']]],
    ['Tomato 10kg (5 red 5 green)', [['TOM', 10, 'kg']]],
    ['onion 3 bags (2 red, 1 white)', [['ONION-BAG', 3, 'pack']]],
    ['tomatoes 4kg (2 red & 2 green)', [['TOM', 4, 'kg']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
