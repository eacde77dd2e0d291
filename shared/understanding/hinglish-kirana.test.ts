// Hinglish and Devanagari kirana customers as they write on WhatsApp: run-on lists, joined verbs, spellings.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni']),
  P('DAHI', 'Amul Masti Dahi 400 g', 'pack', { value: 400, unit: 'g' }, ['dahi', 'curd']),
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('LAYS', 'Lays Classic Salted 52 g', 'pack', { value: 52, unit: 'g' }, ['lays', 'chips']),
  P('ATTA', 'Aashirvaad Atta 5 kg', 'pack', { value: 5, unit: 'kg' }, ['atta']),
])
const u = (text: string) => understand(text, index)
const lines = (text: string) => u(text).lines.map((l) => [l.sku, l.qty, l.unit])

describe('goods with an amount in a unit, then a count and other goods, are two items', () => {
  it.each([
    [
      'aloo 2 kg 3 dahi',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
    [
      'pyaz 1 kg 2 maggi',
      [
        ['ONION', 1, 'kg'],
        ['MAGGI', 2, 'pack'],
      ],
    ],
    [
      'tamatar 1 kilo 2 lays',
      [
        ['TOMATO', 1, 'kg'],
        ['LAYS', 2, 'pack'],
      ],
    ],
    [
      'cheeni 2kg 1 bread',
      [
        ['SUGAR', 2, 'kg'],
        ['BREAD', 1, 'pack'],
      ],
    ],
    [
      'atta 1 packet 2 bread',
      [
        ['ATTA', 1, 'pack'],
        ['BREAD', 2, 'pack'],
      ],
    ],
    [
      'aloo 2 kg 3 packet dahi',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
    [
      'आलू दो किलो तीन दही',
      [
        ['ALOO', 2, 'kg'],
        ['DAHI', 3, 'pack'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(lines(text)).toEqual(want)
    expect(u(text).unmatched).toEqual([])
  })

  it('a multiplied count stays the same goods', () => {
    expect(lines('aloo 2 kg x 3')).toEqual([['ALOO', 6, 'kg']])
  })
})
