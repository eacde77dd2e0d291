// At the butcher's "halb halb" is minced beef and pork mixed: a kind of the goods, never half of the amount.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('HACK-GEM', 'Hackfleisch gemischt', 'kg', null, ['Hackfleisch', 'Gehacktes']),
  P('HACK-RIND', 'Rinderhackfleisch', 'kg', null, ['Rinderhack']),
  P('HACK-SCHWEIN', 'Schweinehackfleisch', 'kg', null, ['Schweinehack']),
])
const lines = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('half and half is mixed mince, the amount stays', () => {
  it.each([
    ['hallo ich bräuchte 1 kilo hackfleisch halb halb', [['HACK-GEM', 1, 'kg']]],
    ['500 g gehacktes halb und halb', [['HACK-GEM', 500, 'g']]],
    ['ein pfund hackfleisch halb-halb bitte', [['HACK-GEM', 500, 'g']]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))

  it('a half said once is still half', () =>
    expect(lines('ein halbes kilo rinderhack')).toEqual([['HACK-RIND', 0.5, 'kg']]))
})
