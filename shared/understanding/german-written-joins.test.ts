// Words of written German between and after goods: "sowie" joins goods as "und" does, "bzw." before an amount says
// the amount again (or rather), and "zum …" / "zur …" after counted goods says what they are for.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('DINKEL', 'Dinkelvollkornbrot 750 g', 'pc', null, ['Dinkelbrot']),
  P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', null, ['Bauernbrot']),
  P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel', 'Apfel']),
  P('BIRNE', 'Birnen Conference', 'kg', null, ['Birnen']),
  P('KARTOFFELN', 'Kartoffeln festkochend', 'kg', null, ['Kartoffeln']),
  P('SPARGEL', 'Spargel weiß', 'kg', null, ['Spargel']),
  P('LEBERWURST', 'Leberwurst im Glas 200 g', 'pc', null, ['Leberwurst']),
  P('BROETCHEN', 'Brötchen', 'pc', null, ['Semmel', 'Semmeln']),
  P('MILCH', 'Vollmilch 1 l', 'pc', null, ['Milch']),
])
const lines = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: u.unmatched }
}

describe('sowie joins goods', () => {
  it.each([
    [
      'ich haette gerne ein dinkelbrot sowie zwei kleine bauernbrote',
      [
        ['DINKEL', 1, 'pc'],
        ['BROT-KLEIN', 2, 'pc'],
      ],
    ],
    [
      '2 kg äpfel sowie 1 glas leberwurst',
      [
        ['APFEL', 2, 'kg'],
        ['LEBERWURST', 1, 'pc'],
      ],
    ],
    [
      '6 Semmeln sowie 1 Milch bitte',
      [
        ['BROETCHEN', 6, 'pc'],
        ['MILCH', 1, 'pc'],
      ],
    ],
  ])('%s', (text, want) => expect(lines(text)).toEqual({ lines: want, unmatched: [] }))
})

describe('bzw. before an amount says the amount again', () => {
  it.each([
    ['500 g spargel bzw. 1 pfund', [['SPARGEL', 500, 'g']]],
    ['10 brötchen bzw. 12', [['BROETCHEN', 12, 'pc']]],
    ['3 Milch beziehungsweise 4', [['MILCH', 4, 'pc']]],
  ])('%s', (text, want) => expect(lines(text)).toEqual({ lines: want, unmatched: [] }))
})

describe('zum / zur after counted goods says what they are for', () => {
  it.each([
    ['ich bräuchte bis Freitag 5 kg Äpfel zum Einkochen', [['APFEL', 5, 'kg']]],
    ['3 kg birnen zum einmachen bitte', [['BIRNE', 3, 'kg']]],
    ['1 glas leberwurst zur brotzeit', [['LEBERWURST', 1, 'pc']]],
  ])('%s', (text, want) => expect(lines(text)).toEqual({ lines: want, unmatched: [] }))
})
