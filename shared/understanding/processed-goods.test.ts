// Fruit asked for where the shop sells only something made of it is goods the shop lacks, not the jam or juice.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
  P('SAFT', 'Apfelsaft Flasche 1 l', 'pc', { value: 1, unit: 'l' }, ['Apfelsaft', 'Saft']),
  P('JAM', 'Strawberry Jam 500 g', 'pc', { value: 500, unit: 'g' }),
  P('BIRNE', 'Birnen Conference', 'kg', null, ['Birne']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty])

describe('the fruit itself, said as fruit, is not the product made of it', () => {
  it.each([
    ['ein halbes Kilo Kirschen', 'Kirschen'],
    ['2 kg kirschen bitte', 'kirschen'],
    ['1 kg Äpfel', 'Äpfel'],
    ['2 kg strawberries', 'strawberries'],
  ])('%s', (text, lacking) => {
    expect(u(text).lines).toEqual([])
    expect(u(text).unmatched.join(' ')).toContain(lacking)
  })
})

describe('the product itself, by its kind or its flavour word, is still found', () => {
  it.each([
    ['1 Kirschmarmelade', [['MARM-KIRSCH', 1]]],
    ['1 Glas Kirsch', [['MARM-KIRSCH', 1]]],
    ['2 Apfelsaft', [['SAFT', 2]]],
    ['1 strawberry jam', [['JAM', 1]]],
    ['1 kg Birnen', [['BIRNE', 1]]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})
