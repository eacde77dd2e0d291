// What to give if goods ordered are not there ("falls keine Erdbeer dann Kirsch", "2 Brezeln, sonst
// Laugenstangen", "if not available then curd"): the goods are ordered, the fallback is kept in the customer's
// words for the shop, and is never added as goods nor read as goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BROT-GROSS', 'Bauernbrot groß 1000 g', 'pc', { value: 1000, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BROT-KLEIN', 'Bauernbrot klein 500 g', 'pc', { value: 500, unit: 'g' }, ['Bauernbrot', 'Brot']),
  P('BREZEL', 'Brezel', 'pc', null, ['Brezeln']),
  P('LAUGEN', 'Laugenstange', 'pc', null, ['Laugenstangen']),
  P('MARM-ERDBEER', 'Marmelade Erdbeer 250 g', 'pc', { value: 250, unit: 'g' }, ['Erdbeermarmelade']),
  P('MARM-KIRSCH', 'Marmelade Kirsch 250 g', 'pc', { value: 250, unit: 'g' }, ['Kirschmarmelade']),
  P('SPARGEL', 'Spargel weiß', 'kg'),
  P('KARTOFFELN', 'Kartoffeln', 'kg'),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']),
  P('JOGHURT', 'Joghurt Becher 500 g', 'pc', { value: 500, unit: 'g' }, ['Joghurt']),
  P('CORIANDER', 'Coriander', 'pc', null, ['dhaniya']),
  P('MINT', 'Mint', 'pc', null, ['pudina']),
])
const read = (text: string) => {
  const u = understand(text, index)
  return { lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched, fallback: u.fallback }
}

describe('a fallback said after the goods, with "falls/wenn … dann", "if … then", "agar … to"', () => {
  it.each([
    ['2 Gläser Erdbeermarmelade falls keine Erdbeer dann Kirsch', 'MARM-ERDBEER', 2],
    ['1 kg Spargel, falls kein Spargel da ist dann 2 kg Kartoffeln', 'SPARGEL', 1],
    ['2 brezeln, wenn keine da sind dann laugenstangen', 'BREZEL', 2],
    ['1 brot groß, wenn nicht da dann klein', 'BROT-GROSS', 1],
    ['2 Brezeln, falls aus dann 2 Laugenstangen', 'BREZEL', 2],
    ['erdbeermarmelade 2, falls alle dann kirsch', 'MARM-ERDBEER', 2],
    ['3 milch, if not available then 2 joghurt', 'MILCH', 3],
    ['2 dhaniya, agar nahi hai to pudina', 'CORIANDER', 2],
  ])('%s', (text, sku, qty) => {
    const r = read(text)
    expect(r.lines).toEqual([[sku, qty]])
    expect(r.unmatched).toEqual([])
    expect(r.fallback).toBeTruthy()
    expect(text).toContain(r.fallback)
  })
})

describe('a fallback with "sonst", "otherwise", or "oder …, wenn keine …"', () => {
  it.each([
    ['2 Brezeln, sonst Laugenstangen', 'BREZEL', 2, 'sonst Laugenstangen'],
    ['1 coriander, otherwise mint', 'CORIANDER', 1, 'otherwise mint'],
    [
      '2 x Erdbeermarmelade oder Kirsch wenn keine Erdbeer da ist',
      'MARM-ERDBEER',
      2,
      'oder Kirsch wenn keine Erdbeer da ist',
    ],
  ])('%s', (text, sku, qty, fallback) =>
    expect(read(text)).toEqual({ lines: [[sku, qty]], unmatched: [], fallback }),
  )
})
