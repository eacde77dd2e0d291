// Indian English customers of a kirana and restaurant kitchens ordering from a produce supplier, as they write
// on WhatsApp: trade shorthand for packs ("Eggs 2x30"), status and bill asked for in two words, a time said alone.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

// a kirana: eggs in packs of 6 and trays of 30, lemons and coriander by the piece
const kirana = buildCatalogIndex([
  P('EGG-6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['anda']),
  P('EGG-30', 'Eggs Tray 30 pc', 'pack', { value: 30, unit: 'pc' }, ['anda']),
  P('LEMON', 'Lemon', 'pc', null, ['nimbu']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
])
// a supplier selling eggs by the piece
const supplier = buildCatalogIndex([
  P('EGG', 'Eggs', 'pc', null, ['anda']),
  P('ONION', 'Onion', 'kg', null),
  P('BUN', 'Burger Bun 4 pc', 'pack', { value: 4, unit: 'pc' }),
])
const lines = (text: string, index = kirana) =>
  understand(text, index).lines.map((l) => [l.sku ?? l.candidates.join('|'), l.qty, l.unit])

describe('two numbers joined by an x: how many packs of how many pieces', () => {
  it('is that many of the pack holding that many', () => {
    expect(lines('Eggs 2x30')).toEqual([['EGG-30', 2, 'pack']])
    expect(lines('eggs 3 x 30')).toEqual([['EGG-30', 3, 'pack']])
    expect(lines('eggs 30x2')).toEqual([['EGG-30', 2, 'pack']])
    expect(lines('Eggs 30 x2 pls')).toEqual([['EGG-30', 2, 'pack']])
    expect(lines('anda 6x4')).toEqual([['EGG-6', 4, 'pack']])
  })
  it('is the pieces in all when no pack holds that many', () => {
    expect(lines('Eggs 2x30', supplier)).toEqual([['EGG', 60, 'pc']])
    expect(lines('eggs 12 x 2', supplier)).toEqual([['EGG', 24, 'pc']])
    expect(lines('Eggs 12x2')).toEqual([['EGG-6', 4, 'pack']])
    expect(lines('lemon 2x20')).toEqual([['LEMON', 40, 'pc']])
    expect(lines('burger buns 2x8', supplier)).toEqual([['BUN', 4, 'pack']])
  })
  it('leaves a weight written bare as before', () => {
    expect(lines('milk 2x500')).toEqual([['MILK', 2, 'pack']])
    expect(lines('bread x2')).toEqual([['BREAD', 2, 'pack']])
  })
})

describe('the order and its bill asked for in a word or two, with no question', () => {
  const intent = (text: string) => understand(text, kirana).intent
  it('asks for news of the order', () => {
    for (const t of [
      'any update',
      'Any updates on my order?',
      'any update bhaiya',
      'update pls',
      'order update?',
      'what is the update on my order',
    ])
      expect(intent(t), t).toBe('status')
  })
  it('asks whether the order went through', () => {
    for (const t of ['order placed?', 'Order confirmed?', 'my order accepted?', 'is my order confirmed?'])
      expect(intent(t), t).toBe('status')
  })
  it("asks for the order's number", () => {
    for (const t of [
      'what is my order number',
      'order no?',
      'my order id pls',
      'mera order ka number kya hai',
      'wie ist meine Bestellnummer?',
    ])
      expect(intent(t), t).toBe('status')
  })
  it('asks for the bill by its name', () => {
    for (const t of ['bill pls', 'Bill?', 'total please', 'final bill pls', 'bhaiya bill amount', 'my bill'])
      expect(intent(t), t).toBe('status')
  })
  it('is no status question inside a change or an order', () => {
    expect(intent('update milk to 3')).not.toBe('status')
    expect(lines('2 bread, bill pls')).toEqual([['BREAD', 2, 'pack']])
    expect(lines('2 bread, order no 5')).toEqual([['BREAD', 2, 'pack']])
  })
})

describe('a kitchen announcing its order, and a greeting said short', () => {
  const read = (text: string) => {
    const u = understand(text, supplier)
    return { intent: u.intent, lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched }
  }
  it('names whom the order is for, no goods the shop lacks', () => {
    for (const t of [
      'Order for Hotel Sai Palace',
      "Today's order for Cafe Mocha",
      'order for Shree Krishna Hotel',
    ])
      expect(read(t), t).toEqual({ intent: 'order', lines: [], unmatched: [] })
  })
  it('still names goods after "order for"', () => {
    expect(read('order for onion 10kg').lines).toEqual([['ONION', 10]])
  })
  it('"Gm." before the order is good morning', () => {
    expect(read('Gm. order for tmrw').unmatched).toEqual([])
    expect(read('GM, onion 10kg')).toEqual({ intent: 'order', lines: [['ONION', 10]], unmatched: [] })
  })
})

describe('the goods wanted and what to give instead, said as a condition alone', () => {
  const dairy = buildCatalogIndex([
    P('MD-MILK', 'Mother Dairy Full Cream Milk 1 L', 'pack', { value: 1, unit: 'l' }),
    P('TAAZA', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
    P('CORIANDER', 'Coriander Bunch', 'pc', null, ['dhaniya']),
    P('MINT', 'Mint Bunch', 'pc', null, ['pudina']),
    P('TOMATO', 'Tomato', 'kg'),
    P('ONION', 'Onion', 'kg'),
  ])
  const read = (text: string, cartSkus: string[] = []) => {
    const u = understand(text, dairy, { cartSkus })
    return { lines: u.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: u.unmatched, fallback: u.fallback }
  }
  it.each([
    ['if no mother dairy milk send amul taaza 10 pkt', ['MD-MILK', 10, 'pack']],
    ['if no coriander then mint 5 bunch', ['CORIANDER', 5, 'pc']],
    ['If there is no tomato, give onion 5 kg', ['TOMATO', 5, 'kg']],
    ['if no tomato send 3 kg onion', ['TOMATO', 3, 'kg']],
  ])('%s orders the goods named first, the rest a note', (text, line) => {
    expect(read(text)).toEqual({ lines: [line], unmatched: [], fallback: text })
  })
  it('orders the others when the shop has none of the first, and says it lacks them', () => {
    expect(read('if no broccoli send onion 2kg')).toEqual({
      lines: [['ONION', 2, 'kg']],
      unmatched: ['broccoli'],
      fallback: undefined,
    })
    expect(read('If no kale, then 3 coriander bunch').lines).toEqual([['CORIANDER', 3, 'pc']])
  })
  it('is only the note when the goods are in the cart', () => {
    expect(read('if no coriander then mint', ['CORIANDER'])).toEqual({
      lines: [],
      unmatched: [],
      fallback: 'if no coriander then mint',
    })
  })
})

describe('how long it will still take, asked in a word or two', () => {
  const intent = (text: string) => understand(text, kirana).intent
  it('is a status question', () => {
    for (const t of [
      'how much longer',
      'how much more time',
      'eta?',
      'ETA pls',
      "what's the eta",
      'its been 1 hr',
      "it's been 40 mins",
      'by when will u deliver',
      'when will you send it?',
      'delivery kab tak',
      'dispatched?',
      'wat abt my order',
    ])
      expect(intent(t), t).toBe('status')
  })
  it('is no status question when it asks a price or about the list', () => {
    expect(intent('how much for 2 bread')).toBe('price')
    expect(intent('when will you send the list')).not.toBe('status')
  })
})
