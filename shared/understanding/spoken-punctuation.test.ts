// Voice typing on WhatsApp writes the marks it was told as words: "komma", "punkt", "fragezeichen". They separate
// the goods (or make a decimal) as the marks would, and are never goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('APFEL', 'Äpfel Elstar', 'kg', null, ['Äpfel']),
  P('SAFT', 'Apfelsaft Flasche 1 l', 'pc', { value: 1, unit: 'l' }, ['Apfelsaft']),
  P('SEMMEL', 'Semmel', 'pc', null, ['Semmeln']),
  P('CROISSANT', 'Croissant', 'pc', null, ['Croissants']),
  P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
  P('MILCH', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['Milch']),
  P('HACK', 'Hackfleisch gemischt', 'kg', null, ['Hackfleisch']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty])

describe('a spoken comma or full stop between goods separates them', () => {
  it.each([
    [
      'guten morgen komma ich hätte gerne 2 kilo äpfel punkt und eine flasche apfelsaft punkt',
      [
        ['APFEL', 2],
        ['SAFT', 1],
      ],
    ],
    [
      'hallo ich möchte 5 semmeln komma 2 croissants',
      [
        ['SEMMEL', 5],
        ['CROISSANT', 2],
      ],
    ],
    [
      'butter 2 komma 1 milch fragezeichen',
      [
        ['BUTTER', 2],
        ['MILCH', 1],
      ],
    ],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })
})

describe('a spoken comma between two numbers before a weight is a decimal', () => {
  it.each([
    ['1 komma 5 kilo hackfleisch bitte', 1.5],
    ['eins komma fünf kg hackfleisch', 1.5],
    ['hackfleisch zwei komma fünf kilo punkt danke', 2.5],
  ])('%s', (text, kg) => {
    expect(lines(text)).toEqual([['HACK', kg]])
    expect(u(text).unmatched).toEqual([])
  })
})

describe('"um punkt 8" is a time, not a mark', () => {
  it('hol ich um punkt 8 ab', () => {
    expect(u('hol ich um punkt 8 ab').unmatched).toEqual([])
    expect(lines('3 semmeln, hol ich um punkt 8 ab')).toEqual([['SEMMEL', 3]])
  })
})
