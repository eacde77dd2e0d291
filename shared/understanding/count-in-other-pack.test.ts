// A count of pieces said of a pack in the cart that another pack of the same goods holds ("Eier bitte 10 statt 6"
// with the 6er in the cart): that pack, in place of the cart's when the count is set, beside it when added.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
  P('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
  P('EGGS-6', 'Eggs 6 pack', 'pack', { value: 6, unit: 'pc' }, ['eggs']),
  P('EGGS-12', 'Eggs 12 pack', 'pack', { value: 12, unit: 'pc' }, ['eggs']),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
])
const lines = (text: string, cartSkus: string[]) =>
  understand(text, index, { cartSkus }).lines.map((l) => [l.sku, l.qty, l.op])

describe('a count another pack holds takes the cart pack’s place', () => {
  it.each([
    [
      'die eier bitte doch nur 6',
      ['BUTTER', 'EIER-10'],
      [
        ['EIER-6', 1, 'set'],
        ['EIER-10', 1, 'remove'],
      ],
    ],
    [
      'Eier bitte 10 statt 6',
      ['EIER-6'],
      [
        ['EIER-10', 1, 'set'],
        ['EIER-6', 1, 'remove'],
      ],
    ],
    [
      'mach 10 eier draus',
      ['EIER-6', 'BUTTER'],
      [
        ['EIER-10', 1, 'set'],
        ['EIER-6', 1, 'remove'],
      ],
    ],
    [
      'sorry, just 6 eggs',
      ['EGGS-12'],
      [
        ['EGGS-6', 1, 'set'],
        ['EGGS-12', 1, 'remove'],
      ],
    ],
  ])('%s', (text, cart, want) => expect(lines(text, cart)).toEqual(want))
})
