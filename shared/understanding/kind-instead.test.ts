// An uncounted change to goods whose compound name ends in the kind of a cart product of the same category and
// unit ("das Hack bitte nur vom Rind" with mixed mince in the cart) swaps them, as many as the cart had.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const meat = (sku: string, name: string, aliases: string[], category: string) => ({
  ...P(sku, name, 'kg', null, aliases),
  category,
})
const index = buildCatalogIndex([
  meat('HACK-GEM', 'Hackfleisch gemischt', ['Hackfleisch', 'Hack'], 'Fleisch'),
  meat('HACK-RIND', 'Rinderhack', ['Rinderhackfleisch'], 'Fleisch'),
  meat('SCHINKEN-GK', 'Kochschinken', ['Schinken', 'gekochter Schinken'], 'Wurst'),
  meat('SCHINKEN-RH', 'Schwarzwälder Schinken', ['Rohschinken'], 'Wurst'),
  meat('BRATWURST', 'Bratwurst', ['Bratwürste'], 'Wurst'),
  { ...P('BROETCHEN', 'Brötchen', 'pc'), category: 'Brot' },
])
const lines = (text: string, cartSkus: string[]) =>
  understand(text, index, { cartSkus }).lines.map((l) => [l.sku, l.op, l.qtyOf])

describe('the kind meant takes the cart product’s place', () => {
  it.each([
    ['das hack bitte nur vom rind', ['BROETCHEN', 'HACK-GEM'], 'HACK-RIND', 'HACK-GEM'],
    ['lieber rinderhack', ['HACK-GEM'], 'HACK-RIND', 'HACK-GEM'],
    ['doch lieber Rohschinken', ['SCHINKEN-GK', 'BROETCHEN'], 'SCHINKEN-RH', 'SCHINKEN-GK'],
  ])('%s', (text, cart, to, from) =>
    expect(lines(text, cart)).toEqual([
      [to, 'set', from],
      [from, 'remove', undefined],
    ]),
  )
})
