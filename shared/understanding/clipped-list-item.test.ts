// A kitchen list's clipped names: one spelled like a word of talk ("Let - 6 heads") and one with the pet ending
// ("Mushies") are the goods they begin.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('LETTUCE', 'Lettuce Iceberg Head', 'pc', null),
  P('TOM-BOX', 'Tomato Box 5 kg', 'pack', { value: 5, unit: 'kg' }),
  P('MUSHROOM', 'Button Mushroom Punnet 200 g', 'pack', { value: 200, unit: 'g' }),
  P('STRAWBERRY', 'Strawberry Punnet 250 g', 'pack', { value: 250, unit: 'g' }),
  P('BLUEBERRY', 'Blueberry Punnet 125 g', 'pack', { value: 125, unit: 'g' }),
])

// (a clipped name is named or offered: either way the goods are understood)
const read = (text: string) =>
  understand(text, index).lines.map((l) => [l.sku ?? l.candidates[0], l.qty, l.unit])

describe('a filler-spelled clipped name heading a list line', () => {
  it.each([
    ['Let - 6 heads', [['LETTUCE', 6, 'pc']]],
    ['Lets: 4', [['LETTUCE', 4, 'pc']]],
    ['LET: 10 heads', [['LETTUCE', 10, 'pc']]],
    [
      'Tom - 1 box\nLet - 12',
      [
        ['TOM-BOX', 1, 'pack'],
        ['LETTUCE', 12, 'pc'],
      ],
    ],
    ['lets – 2 heads', [['LETTUCE', 2, 'pc']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a clipped name with the pet ending -ie(s)', () => {
  it.each([
    ['Mushies 3 punnets', [['MUSHROOM', 3, 'pack']]],
    ['strawbies 2', [['STRAWBERRY', 2, 'pack']]],
    ['Blueies x 4', [['BLUEBERRY', 4, 'pack']]],
    ['1 mushie punnet', [['MUSHROOM', 1, 'pack']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})
