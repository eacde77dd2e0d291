// German amounts as they are typed: unit abbreviations with their full stop ("1 Pfd. Spargel", "2 Dtzd.
// Brötchen"), a decimal written without its nought (",5 kg" is half a kilo, never five), and parts of a kilo
// counted ("1 Viertel Käse", "2 Achtel Bergkäse"). Each rule is tried with several wordings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SPARGEL', 'Spargel weiß', 'kg', null, ['Spargel']),
  P('KARTOFFELN', 'Kartoffeln', 'kg'),
  P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel']),
  P('BIRNE', 'Birnen', 'kg'),
  P('KAESE', 'Bergkäse', 'kg', null, ['Käse']),
  P('BROETCHEN', 'Brötchen', 'pc'),
])
const ops = (text: string) => understand(text, index).lines.map((l) => [l.sku, l.qty, l.unit])

describe('a unit abbreviated with a full stop keeps its goods', () => {
  it.each([
    ['1 Pfd. Spargel', [['SPARGEL', 500, 'g']]],
    [
      '2 Pfd. Äpfel und 1 Pfd. Birnen',
      [
        ['APFEL', 1000, 'g'],
        ['BIRNE', 500, 'g'],
      ],
    ],
    ['200 gr. Käse', [['KAESE', 200, 'g']]],
    ['2 Dtzd. Brötchen', [['BROETCHEN', 2, 'dozen']]],
    ['1 Dtzd Brötchen', [['BROETCHEN', 1, 'dozen']]],
  ])('%s', (text, want) => expect(ops(text)).toEqual(want))
})

describe('a decimal without its nought before a weight', () => {
  it.each([
    [',5 kg Käse', 'KAESE', 0.5],
    ['.5 kg Spargel', 'SPARGEL', 0.5],
    ['Käse ,25 kg', 'KAESE', 0.25],
    ['Kartoffeln ,5kg', 'KARTOFFELN', 0.5],
  ])('%s', (text, sku, n) => expect(ops(text)).toEqual([[sku, n, 'kg']]))
})

describe('parts of a kilo, counted', () => {
  it.each([
    ['1 Achtel Käse', 0.125],
    ['ein Achtel Bergkäse', 0.125],
    ['1 Viertel Käse', 0.25],
    ['2 Achtel Bergkäse', 0.25],
    ['3 Viertel Käse', 0.75],
  ])('%s', (text, n) => expect(ops(text)).toEqual([['KAESE', n, 'kg']]))
})

describe('"je", "jeweils", "beide" with only an amount set each cart line of that kind of amount', () => {
  const cart = { cartSkus: ['BROETCHEN', 'APFEL', 'BIRNE'] }
  const set = (text: string) => understand(text, index, cart).lines.map((l) => [l.sku, l.op, l.qty, l.unit])
  it.each([
    ['sorry, meinte je 2 kg', 2],
    ['jeweils 2kg bitte', 2],
    ['je 1,5 kg', 1.5],
    ['beide 2 kg', 2],
  ])('%s', (text, n) =>
    expect(set(text)).toEqual([
      ['APFEL', 'set', n, 'kg'],
      ['BIRNE', 'set', n, 'kg'],
    ]),
  )
})

describe("one weight said once for a list of goods sold by weight is each one's", () => {
  it.each([
    ['Äpfel und Birnen 2 kg', 2, 'kg'],
    ['äpfel, birnen 1 kg bitte', 1, 'kg'],
    ['Äpfel und Birnen, 500 g', 500, 'g'],
    ['2 kg Äpfel und Birnen', 2, 'kg'],
    ['1 Pfund Äpfel und Birnen', 500, 'g'],
  ])('%s', (text, n, unit) =>
    expect(ops(text)).toEqual([
      ['APFEL', n, unit],
      ['BIRNE', n, unit],
    ]),
  )

  it.each([['Spargel und Kartoffeln und Käse 3 kg', 3]])('three of them: %s', (text, n) =>
    expect(ops(text).map(([, q]) => q)).toEqual([n, n, n]),
  )

  it.each([
    ['6 Brötchen, Äpfel und Birnen 2 kg', 2, 'kg'],
    ['6 Brötchen und Äpfel und Birnen 1 kg', 1, 'kg'],
  ])('after other goods with their own amount: %s', (text, n, unit) =>
    expect(ops(text)).toEqual([
      ['BROETCHEN', 6, 'pc'],
      ['APFEL', n, unit],
      ['BIRNE', n, unit],
    ]),
  )
})
