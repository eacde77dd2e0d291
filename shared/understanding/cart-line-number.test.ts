// A line of the cart taken out by the number it has in the cart the customer was shown, in the three languages;
// and the other ways of leaving goods out: verbs of dropping, and a "no" after a word of second thoughts.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand, type ConversationContext } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni']),
  P('TOOR', 'Toor Dal', 'kg', null, ['arhar']),
  P('MAGGI', 'Maggi Noodles 70 g', 'pack', { value: 70, unit: 'g' }, ['maggi']),
  P('TEA', 'Tata Tea 250 g', 'pack', { value: 250, unit: 'g' }, ['chai patti']),
  P('COFFEE', 'Nescafe Classic 50 g', 'pack', { value: 50, unit: 'g' }, ['coffee']),
  P('MILK', 'Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['milk', 'doodh', 'Milch']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread', 'Brot']),
])
const cart: ConversationContext = { cartSkus: ['SUGAR', 'TOOR', 'MAGGI'] }
const ops = (text: string, ctx: ConversationContext = cart) =>
  understand(text, index, ctx).lines.map((l) => [l.sku, l.op])

describe('a cart line named by its number is taken out', () => {
  it.each([
    ['remove item 2', 'TOOR'],
    ['pls delete no. 3', 'MAGGI'],
    ['delete the 2nd one', 'TOOR'],
    ['remove the first item from my cart', 'SUGAR'],
    ['#3 remove', 'MAGGI'],
    ['number 2 hatao', 'TOOR'],
    ['doosra wala hata do bhaiya', 'TOOR'],
    ['2nd wala cancel', 'TOOR'],
    ['Nummer 2 bitte streichen', 'TOOR'],
    ['die zweite bitte raus', 'TOOR'],
    ['Position 1 entfernen', 'SUGAR'],
  ])('%s', (text, sku) => {
    const u = understand(text, index, cart)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => [l.sku, l.op, l.counted])).toEqual([[sku, 'remove', undefined]])
  })

  it.each([
    ['a place past the end of the cart', 'remove item 5', cart],
    ['no cart to number', 'remove item 2', {}],
  ])('names nothing with %s', (_why, text, ctx) => {
    expect(ops(text, ctx).filter(([, op]) => op === 'remove')).toEqual([])
  })

  it.each(['remove 2.', 'remove it first', 'remove second'])(
    'a number or ordinal that names no place in the cart takes nothing out: %s',
    (text) => expect(ops(text).filter(([, op]) => op === 'remove')).toEqual([]),
  )

  it('a count with goods is still the goods, not a place', () => {
    expect(understand('remove 2 maggi', index, cart).lines.map((l) => [l.sku, l.op, l.qty])).toEqual([
      ['MAGGI', 'remove', 2],
    ])
  })

  it('the whole order cancelled is still a cancel', () => {
    expect(understand('cancel my order', index, cart).intent).toBe('cancel')
  })
})

describe('verbs of leaving goods out take them out', () => {
  const teaAndCoffee: ConversationContext = { cartSkus: ['TEA', 'COFFEE', 'MILK'] }
  it.each([
    ['drop the coffee', 'COFFEE'],
    ['leave out the tea', 'TEA'],
    ['pls scratch the coffee', 'COFFEE'],
    ['omit the tea', 'TEA'],
    ['strike off coffee', 'COFFEE'],
  ])('%s', (text, sku) => expect(ops(text, teaAndCoffee)).toEqual([[sku, 'remove']]))

  it.each([
    'leave the milk at the door',
    'leave the milk with the watchman',
    'drop 2 bread at my flat',
    'pls drop 2 bread and 1 milk',
    'drop off 5 kg sugar tomorrow',
    'can you drop 2 maggi',
    'leave 2 milk packets',
    'drop a bread',
  ])('goods dropped off, left at a place or counted are delivered, not taken out: %s', (text) =>
    expect(ops(text, teaAndCoffee).filter(([, op]) => op === 'remove')).toEqual([]),
  )
})

describe('a no after a word of second thoughts takes the goods out', () => {
  const teaAndCoffee: ConversationContext = { cartSkus: ['TEA', 'COFFEE'] }
  it.each([
    ['actually no coffee', 'COFFEE'],
    ['sorry, no coffee', 'COFFEE'],
    ['ok no tea then', 'TEA'],
    ['hmm no coffee please', 'COFFEE'],
    ['arre nahi chai patti', 'TEA'],
  ])('%s', (text, sku) => expect(ops(text, teaAndCoffee)).toEqual([[sku, 'remove']]))

  it.each([
    ['actually 2 coffee', [['COFFEE', 'set']]],
    ['sorry no, 2 coffee', [['COFFEE', 'set']]],
  ])('a no before an amount is still a correction: %s', (text, want) =>
    expect(ops(text, teaAndCoffee)).toEqual(want),
  )
})
