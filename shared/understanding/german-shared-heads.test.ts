// German says one head noun once for several kinds of it: "Erdbeer- und Kirschmarmelade" (the hyphen stands for
// the head), "Erdbeer und Kirsch Marmelade", and a heading over the list, "Marmelade: 1x Erdbeer, 1x Kirsch".
// Each kind is read as that kind of the head, never as other goods the kind alone names (fresh strawberries).
// Also Austrian and Bavarian diminutives in -erl ("Laugenstangerl") and "ganz" ("ein ganzes Brot").
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('MARM-ERDBEER', 'Marmelade Erdbeer 250 g', 'pc', { value: 250, unit: 'g' }, ['Erdbeermarmelade']),
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
  P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel', 'Apfel']),
  P('BIRNE', 'Birnen', 'kg', null, ['Birne']),
  P('LAUGEN', 'Laugenstange', 'pc', null, ['Laugenstangen']),
  P('BROT', 'Bauernbrot 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Brot']),
])
const ops = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty])

describe('one head noun said once for several kinds', () => {
  it.each([
    ['1 Erdbeer- und 1 Kirschmarmelade', 1, 1],
    ['Erdbeer- und Kirschmarmelade je 2', 2, 2],
    ['Erdbeer und Kirsch Marmelade je 1', 1, 1],
    ['2 Erdbeer, 1 Kirsch Marmelade', 2, 1],
    ['Marmelade: 1x Erdbeer, 1x Kirsch', 1, 1],
    ['Marmelade: 3 Erdbeer, 2 Kirsch', 3, 2],
  ])('%s', (text, erdbeer, kirsch) =>
    expect(ops(text)).toEqual([
      ['MARM-ERDBEER', erdbeer],
      ['MARM-KIRSCH', kirsch],
    ]),
  )
})

describe('Austrian and Bavarian diminutives in -erl, and "ganz"', () => {
  it.each([
    ['2 Laugenstangerl', 'LAUGEN', 2],
    ['3 Laugenstangerl bitte', 'LAUGEN', 3],
    ['1 ganzes Brot', 'BROT', 1],
    ['ein ganzes Bauernbrot', 'BROT', 1],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n]]))
})
