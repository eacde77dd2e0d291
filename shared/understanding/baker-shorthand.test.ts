// At the bakery the roll is the word left out: "2 Kaiser, 2 Körner und 2 Laugen" are three kinds of roll, said by
// the first part of their compound names alone.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const bakery = buildCatalogIndex([
  P('SEMMEL', 'Semmel', 'pc', null, ['Brötchen', 'Semmeln', 'Schrippen']),
  P('KAISER', 'Kaisersemmel', 'pc', null, ['Kaiserbrötchen']),
  P('KOERNER', 'Körnerbrötchen', 'pc', null, ['Körnersemmel']),
  P('LAUGENBR', 'Laugenbrötchen', 'pc', null, ['Laugenweckle']),
  P('BREZE', 'Brezel', 'pc', null, ['Brezeln', 'Laugenbrezel']),
  P('VOLLKORN', 'Vollkornbrot 500 g', 'pc', null, ['Körnerbrot']),
  P('DINKELWECK', 'Dinkelweckle', 'pc'),
  P('DINKELBROT', 'Dinkelbrot 750 g', 'pc'),
  P('MOHN', 'Mohnschrippe', 'pc'),
  P('MOHNKUCHEN', 'Mohnkuchen Stück', 'pc'),
  P('MOHNZOPF', 'Mohnzopf', 'pc'),
  P('MOHNSTOLLEN', 'Mohnstollen', 'pc'),
])
const lines = (text: string, index = bakery) => understand(text, index).lines.map((l) => [l.sku, l.qty])

describe('the kind of roll said alone is that roll', () => {
  it.each([
    [
      '2 kaiser 2 körner und 2 laugen',
      [
        ['KAISER', 2],
        ['KOERNER', 2],
        ['LAUGENBR', 2],
      ],
    ],
    [
      'moin, je 3 koerner und laugen bitte',
      [
        ['KOERNER', 3],
        ['LAUGENBR', 3],
      ],
    ],
    [
      'drei Dinkel und 2 Brezeln',
      [
        ['DINKELWECK', 3],
        ['BREZE', 2],
      ],
    ],
    ['4 mohn bitte', [['MOHN', 4]]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})

describe('a word of plainness alone is the plain roll', () => {
  it.each([
    [
      '2 körner, 4 normale',
      [
        ['KOERNER', 2],
        ['SEMMEL', 4],
      ],
    ],
    [
      'vier normale und zwei kaiser',
      [
        ['SEMMEL', 4],
        ['KAISER', 2],
      ],
    ],
    ['6 einfache bitte', [['SEMMEL', 6]]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})

describe('the kind of roll in the dative plural', () => {
  it.each([
    ['6 von den körnern', [['KOERNER', 6]]],
    [
      'mit 4 Körnern und 2 Kaiser',
      [
        ['KOERNER', 4],
        ['KAISER', 2],
      ],
    ],
    ['noch 3 von den Koernern', [['KOERNER', 3]]],
  ])('%s', (text, want) => expect(lines(text)).toEqual(want))
})
