// At the butcher's: a count of pieces of goods sold by weight, with what they should weigh in all, is that weight;
// the pieces are a remark for whoever cuts it.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('KOTELETT', 'Schweinekotelett', 'kg', null, ['Kotelett', 'Koteletts']),
  P('HAEHNCHEN', 'Hähnchenbrust', 'kg'),
  P('SCHNITZEL', 'Schweineschnitzel', 'kg', null, ['Schnitzel']),
  P('STEAK', 'Rumpsteak', 'kg', null, ['Steak', 'Steaks']),
  P('SEMMEL', 'Semmel', 'pc', null, ['Semmeln']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('pieces with their weight in all are the weight, the pieces a remark', () => {
  it.each([
    ['4 koteletts bitte so ca 1 kg', 'KOTELETT', 1, 'kg', '4 koteletts'],
    ['hallo bitte 2 hähnchenbrust zusammen so 600 g', 'HAEHNCHEN', 600, 'g', '2 hähnchenbrust'],
    ['3 schnitzel insgesamt ungefähr 500 gramm', 'SCHNITZEL', 500, 'g', '3 schnitzel'],
    ['2 steaks about 800 g please', 'STEAK', 800, 'g', '2 steaks'],
    // the weight in all after a comma
    ['2 Hähnchenbrust, zusammen ca. 500 g', 'HAEHNCHEN', 500, 'g', '2 Hähnchenbrust'],
    ['4 koteletts, insgesamt so 1 kg', 'KOTELETT', 1, 'kg', '4 koteletts'],
    ['3 steaks, about 900 g', 'STEAK', 900, 'g', '3 steaks'],
  ])('%s', (text, sku, qty, unit, remark) => {
    expect(lines(text)).toEqual([[sku, qty, unit]])
    expect(u(text).lines[0]!.remark).toBe(remark)
    expect(u(text).unmatched).toEqual([])
  })

  it('the goods beside them stay', () => {
    expect(lines('4 koteletts so ca 1 kg und 6 semmeln')).toEqual([
      ['KOTELETT', 1, 'kg'],
      ['SEMMEL', 6, 'pc'],
    ])
  })
})

describe('each piece weighed, or goods sold by the piece, are not that', () => {
  it.each([
    ['4 schnitzel à 200 g', [['SCHNITZEL', 800, 'g']]],
    ['2 hähnchenbrust je 300 g', [['HAEHNCHEN', 600, 'g']]],
    // each piece's weight said about: still each one's
    ['2x kotelett ca 300g pro stück', [['KOTELETT', 600, 'g']]],
    // each one's weight after a comma
    ['3 schnitzel, je 200 g', [['SCHNITZEL', 600, 'g']]],
    ['2 koteletts, 250 g pro stück', [['KOTELETT', 500, 'g']]],
    ['3 steaks, 300 g each', [['STEAK', 900, 'g']]],
    ['3 schnitzel 200 g je stück', [['SCHNITZEL', 600, 'g']]],
    ['2 steaks 400 g pro stueck', [['STEAK', 800, 'g']]],
    ['3 schnitzel à ca 200g', [['SCHNITZEL', 600, 'g']]],
    ['2 koteletts je ca. 250 g', [['KOTELETT', 500, 'g']]],
    ['4 hähnchenbrust a circa 200 gramm', [['HAEHNCHEN', 800, 'g']]],
    ['4 semmeln so ca 1 kg', [['SEMMEL', 4, 'pc']]],
    // a weight at the end of one line and "about" on the next: the weight of the line above, not a count
    [
      'schnitzel 3 kg\nkoteletts ca 2 kg',
      [
        ['SCHNITZEL', 3, 'kg'],
        ['KOTELETT', 2, 'kg'],
      ],
    ],
    [
      'steaks 2 kg\nschnitzel approx 1 kg',
      [
        ['STEAK', 2, 'kg'],
        ['SCHNITZEL', 1, 'kg'],
      ],
    ],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})
