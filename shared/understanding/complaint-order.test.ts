// A complaint and an order in one message: the order is read, the complaint is not goods, and a quantity that
// names no item asks for more of what the complaint was about.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('MINT', 'Mint', 'kg', null, ['pudina', 'Minze']),
  P('MINT-BUNCH', 'Mint Bunch', 'pc'),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar', 'Tomaten']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh', 'Milch']),
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande', 'Eier']),
  P('BREAD', 'Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['Brot']),
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
])
const read = (text: string) => {
  const r = understand(text, index)
  return {
    intent: r.intent,
    lines: r.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`),
    unmatched: r.unmatched,
  }
}

describe('the order clause takes its item from the complaint when it names none', () => {
  it.each([
    ['the mint was black, send fresh 4 bunch', '4 pc MINT-BUNCH'],
    ['the mint was black. send fresh 4 bunch', '4 pc MINT-BUNCH'],
    ['mint was black yesterday, please send 4 bunch again', '4 pc MINT-BUNCH'],
    ['the tomatoes were rotten, send 2 kg more', '2 kg TOMATO'],
    ['tomatoes were rotten! send 2 kg fresh ones', '2 kg TOMATO'],
    ['the milk was sour, replace with 2 packets', '2 pack MILK'],
    ['the bread was stale, send 2 fresh', '2 pack BREAD'],
    ['eggs were broken, send 6 more', '6 pc EGG'],
    ['doodh kharab tha, 2 packet aur bhej do', '2 pack MILK'],
    ['pudina kala ho gaya tha, 2 kilo fresh bhej do', '2 kg MINT'],
    ['pudina kala ho gaya tha, 4 gaddi fresh bhej do', '4 pc MINT-BUNCH'],
    ['die Milch war sauer, bitte 2 neue schicken', '2 pack MILK'],
  ])('%s', (text, line) => {
    expect(read(text)).toEqual({ intent: 'order', lines: [line], unmatched: [] })
  })
})

describe('the complaint itself is never goods', () => {
  it.each([
    ['the rice was stale, send 2 kg onion', '2 kg ONION'],
    ['the mint was black, send 3 kg tomato', '3 kg TOMATO'],
    ['aloo kharab tha, 2 kilo pyaz bhej do', '2 kg ONION'],
  ])('%s', (text, line) => {
    expect(read(text)).toEqual({ intent: 'order', lines: [line], unmatched: [] })
  })

  it('a complaint with no order stays a complaint for a person', () => {
    for (const text of ['the mint was black', 'the milk was sour, please send fresh', '3 eggs were broken']) {
      const r = understand(text, index)
      expect(r.intent).toBe('other')
      expect(r.complaint).toBe(true)
      expect(r.lines).toEqual([])
    }
  })
})

describe('goods sent wrong, the bill, and an order not yet there', () => {
  const shop = buildCatalogIndex([
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
    P('BUTTER', 'Butter 250 g', 'pc', { value: 250, unit: 'g' }),
  ])
  it.each([
    'you sent wrong bread',
    'wrong item delivered',
    'galat saman bheja bhaiya',
    'Sie haben die falsche Butter geliefert',
  ])('%s is a complaint, not an order', (text) => {
    const r = understand(text, shop)
    expect(r.complaint).toBe(true)
    expect(r.lines).toEqual([])
  })
  it.each([
    'can I get an invoice',
    'receipt please',
    'Rechnung bitte',
    'delivery boy not reached yet',
    'order abhi tak nahi pahuncha',
  ])('%s asks after the order', (text) => {
    const r = understand(text, shop)
    expect(r.intent).toBe('status')
    expect(r.unmatched).toEqual([])
  })
  it('"wrong" beside an order is not a complaint about it', () => {
    expect(understand('2 bread, last time you sent the wrong one', shop).lines.map((l) => l.sku)).toEqual([
      'BREAD',
    ])
  })
})
