// German shop abbreviations written with a dot (Gl. for Glas, Bch. for Becher): the container of the goods after
// it, not a full stop that ends the line.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('LEBERWURST', 'Leberwurst im Glas 200 g', 'pc', null, ['Leberwurst']),
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', null, ['Kirschmarmelade']),
  P('HONIG', 'Honig im Glas 500 g', 'pc', null, ['Honig']),
  P('JOGHURT', 'Joghurt Becher 500 g', 'pc', null, ['Joghurt']),
  P('SAHNE', 'Sahne Becher 200 g', 'pc', null, ['Sahne']),
])
const u = (text: string) => understand(text, index)

describe('Gl. and Bch. are a jar and a tub of the goods after them', () => {
  it.each([
    [
      '1 gl. leberwurst, 1 gl. kirschmarmelade',
      [
        ['LEBERWURST', 1],
        ['MARM-KIRSCH', 1],
      ],
    ],
    [
      '2 Bch. Joghurt und 1 Gl. Honig bitte',
      [
        ['JOGHURT', 2],
        ['HONIG', 1],
      ],
    ],
    ['hallo, 3 bch. sahne', [['SAHNE', 3]]],
  ])('%s', (text, want) => {
    expect(u(text).lines.map((l) => [l.sku, l.qty])).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})
