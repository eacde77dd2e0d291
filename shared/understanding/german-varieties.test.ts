// A variety said alone right after goods of its kind ("1 Glas Kirschmarmelade und 1 Glas Erdbeer") is that kind's
// variety, not other goods the word also names (the punnet of strawberries); a count of a kind split into
// varieties after it ("zwei Gläser Marmelade, einmal Kirsch und einmal Erdbeer") is those varieties only.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('MARM-ERDBEER', 'Marmelade Erdbeer 250 g', 'pc', { value: 250, unit: 'g' }, ['Erdbeermarmelade']),
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
  P('MARM-APRIKOSE', 'Marmelade Aprikose 250 g', 'pc', { value: 250, unit: 'g' }, ['Aprikosenmarmelade']),
  P('JOG-NATUR', 'Joghurt Natur 500 g', 'pc', { value: 500, unit: 'g' }),
  P('JOG-ERDBEER', 'Joghurt Erdbeer 500 g', 'pc', { value: 500, unit: 'g' }),
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('KIRSCHEN', 'Kirschen', 'kg', null, ['Kirschen', 'Kirsche']),
  P('BROETCHEN', 'Brötchen', 'pc'),
  P('KAESE', 'Bergkäse', 'kg'),
])
const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty])

describe('a variety said alone after goods of its kind', () => {
  it.each([
    [
      '1 Glas Kirschmarmelade und 1 Glas Erdbeer',
      [
        ['MARM-KIRSCH', 1],
        ['MARM-ERDBEER', 1],
      ],
    ],
    [
      '1 Joghurt Natur und 2 Erdbeer',
      [
        ['JOG-NATUR', 1],
        ['JOG-ERDBEER', 2],
      ],
    ],
    [
      'zwei gläser marmelade, einmal kirsch und einmal erdbeer',
      [
        ['MARM-KIRSCH', 1],
        ['MARM-ERDBEER', 1],
      ],
    ],
    [
      '3 Marmeladen: 1x Aprikose, 2x Erdbeer',
      [
        ['MARM-APRIKOSE', 1],
        ['MARM-ERDBEER', 2],
      ],
    ],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})
