// Goods come upon in a bad state, said with a verb of finding or receiving and no copula: a complaint, not an
// order of that many ("found 5 rotten avocados" orders no avocados).
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('AVO', 'Avocado', 'pc', null),
  P('TOM', 'Tomato', 'kg', null),
  P('ONI', 'Onion', 'kg', null),
  P('EGG', 'Eggs', 'pc', null, ['ande', 'Eier']),
  P('MANGO', 'Mango', 'pc', null),
  P('APPLE', 'Apple', 'kg', null, ['Äpfel']),
  P('LETTUCE', 'Lettuce Head', 'pc', null, ['lettuce']),
  P('BANANA', 'Banana', 'dozen', null),
  P('MINT', 'Mint Bunch', 'pc', null, ['mint']),
])

const read = (text: string) => {
  const u = understand(text, index)
  return { intent: u.intent, lines: u.lines.map((l) => [l.sku, l.qty, l.unit]) }
}

describe('a complaint about goods found or received bad', () => {
  it.each([
    "found 5 rotten avocados in yesterday's box",
    'got 6 bruised mangoes yesterday',
    'Received 4 damaged tomatoes today',
    'found 3 broken eggs in the tray, pls check',
    'mile 3 toote ande',
    '3 faule Äpfel bekommen',
  ])('%s', (text) => {
    expect(read(text).lines).toEqual([])
    expect(read(text).intent).not.toBe('order')
  })

  it('leaves the goods ordered beside it', () => {
    expect(read('Tomato 5kg\nOnion 2kg\nfound 5 rotten avocados, pls replace them').lines).toEqual([
      ['TOM', 5, 'kg'],
      ['ONI', 2, 'kg'],
    ])
  })
})

describe('goods said to be too much of something, or of no use', () => {
  it.each([
    "Avocados too hard, can't use them",
    'tomatoes too soft today',
    'bananas way too ripe',
    'lettuce too small, pls replace',
    'the mint cannot use, all black',
  ])('%s', (text) => {
    expect(read(text).lines).toEqual([])
    expect(read(text).intent).not.toBe('order')
  })
})
