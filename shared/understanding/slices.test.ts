// Sliced goods sold by weight asked for by the slice: the weight is the scale's to say, the slices a note for
// whoever cuts, and the question about the weight quotes the slices as said.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { quotedSlices } from './slices'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BIERSCHINKEN', 'Bierschinken', 'kg'),
  P('SALAMI', 'Salami', 'kg'),
  P('LEBERKAESE', 'Leberkäse', 'kg', null, ['Leberkäs']),
  P('HAM', 'Cooked Ham', 'kg', null, ['ham']),
  P('TOAST', 'Buttertoast 500 g', 'pc', null, ['Toast']),
])
const u = (text: string) => understand(text, index)

describe('slices of goods sold by weight are noted for the shop and quoted back', () => {
  it.each([
    ['6 scheiben bierschinken bitte', 'BIERSCHINKEN', 6, '6 scheiben', '6 scheiben bierschinken'],
    [
      'hätte gern vier dünne Scheiben Leberkäse',
      'LEBERKAESE',
      4,
      'vier dünne Scheiben',
      'vier dünne Scheiben Leberkäse',
    ],
    ['moin, 10 Scheibchen Salami', 'SALAMI', 10, '10 Scheibchen', '10 Scheibchen Salami'],
    ['8 slices of ham please', 'HAM', 8, '8 slices', '8 slices ham'],
  ])('%s', (text, sku, qty, remark, quoted) => {
    const l = u(text).lines
    expect(l.map((x) => [x.sku, x.qty, x.container])).toEqual([[sku, qty, 'piece']])
    expect(l[0]!.remark).toBe(remark)
    expect(quotedSlices(l[0]!)).toBe(quoted)
  })
})

describe('slices alone after a price or stock answer of goods sold by weight are slices, never kilos', () => {
  it.each([
    ['dann bitte 4 scheiben', 'LEBERKAESE', 4],
    ['ok, 6 Scheibchen bitte', 'BIERSCHINKEN', 6],
    ['2 slices please', 'HAM', 2],
  ])('%s', (text, sku, qty) => {
    const l = understand(text, index, { askedSku: sku }).lines
    expect(l.map((x) => [x.sku, x.qty, x.container])).toEqual([[sku, qty, 'piece']])
  })
})
