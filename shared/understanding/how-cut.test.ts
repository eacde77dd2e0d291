// How the butcher should cut or prepare goods sold by weight, said after them ("dünn geschnitten", "dünn klopfen",
// "in dünnen Scheiben"): never goods the shop lacks, and kept as a remark for whoever cuts it.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SALAMI', 'Salami', 'kg'),
  P('SCHNITZEL', 'Schweineschnitzel', 'kg', null, ['Schnitzel']),
  P('SCHINKEN', 'Kochschinken', 'kg'),
  P('GULASCH', 'Rindergulasch', 'kg', null, ['Gulasch']),
  P('LYONER', 'Lyoner', 'kg'),
  P('SEMMEL', 'Semmel', 'pc', null, ['Semmeln']),
])
const u = (text: string) => understand(text, index)

describe('a word of how it is cut, with its adverb, is a remark on the goods', () => {
  it.each([
    ['200g salami dünn geschnitten', 'SALAMI', 200, 'dünn geschnitten'],
    ['1 kg schnitzel bitte dünn klopfen', 'SCHNITZEL', 1, 'dünn klopfen'],
    ['300 g kochschinken in dünnen scheiben', 'SCHINKEN', 300, 'dünnen scheiben'],
    ['500 g gulasch klein geschnitten', 'GULASCH', 500, 'klein geschnitten'],
    ['1 kilo schnitzel, dünn geklopft', 'SCHNITZEL', 1, 'dünn geklopft'],
  ])('%s', (text, sku, qty, remark) => {
    const r = u(text)
    expect(r.unmatched).toEqual([])
    expect(r.lines.map((l) => [l.sku, l.qty])).toEqual([[sku, qty]])
    expect(r.lines[0]!.remark).toBe(remark)
  })

  it('the goods beside it stay', () => {
    const r = u('150 g lyoner fein aufgeschnitten und 4 semmeln')
    expect(r.lines.map((l) => [l.sku, l.qty, l.remark])).toEqual([
      ['LYONER', 150, 'fein aufgeschnitten'],
      ['SEMMEL', 4, undefined],
    ])
  })
})
