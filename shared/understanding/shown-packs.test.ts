// After the shop listed the packs goods come in ("Eier 10er 3,30 €, Eier 6er 2,10 €"), a count of pieces alone is
// as many of those packs as make it, as "20 Eier" is in an order.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('EIER-6', 'Eier 6er', 'pack', { value: 6, unit: 'pc' }, ['Eier']),
  P('EIER-10', 'Eier 10er', 'pack', { value: 10, unit: 'pc' }, ['Eier']),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
])
const shown = { shownSkus: ['EIER-10', 'EIER-6'] }
const lines = (text: string) => understand(text, index, shown).lines.map((l) => [l.sku, l.qty])

describe('pieces after the packs were shown are those packs', () => {
  it.each([
    ['dann bitte 10 stück', [['EIER-10', 1]]],
    ['ok 12 Stück bitte', [['EIER-6', 2]]],
    ['gut, dann 20 stk', [['EIER-10', 2]]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))

  it('pieces no whole packs make are no pick', () => expect(lines('dann 7 stück')).toEqual([]))
})
