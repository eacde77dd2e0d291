// How all the goods should be cut, said on its own after the order: a note for the shop, never goods it lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SALAMI', 'Salami', 'kg'),
  P('SCHINKEN', 'Kochschinken', 'kg', null, ['Schinken']),
  P('HAM', 'Cooked Ham', 'kg', null, ['ham']),
])
const cart = { cartSkus: ['SALAMI', 'SCHINKEN'] }

describe('a way of cutting said of all the goods is a note', () => {
  it.each([
    'alles am stück bitte',
    'beides bitte in dünnen Scheiben',
    'bitte alles geschnitten',
    'all sliced please',
  ])('%s', (text) => {
    const u = understand(text, index, cart)
    expect([u.lines, u.unmatched, u.fallback]).toEqual([[], [], text])
  })
})
