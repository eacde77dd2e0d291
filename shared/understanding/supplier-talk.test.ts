// Talk around a kitchen's list to its produce supplier: notes to the shop between the lines, places and headings,
// the availability asked about the goods listed, the order's state asked in the statement's word order.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TOM', 'Tomato', 'kg', null, ['tomatoes']),
  P('ONI', 'Onion', 'kg', null, ['onions']),
  P('POT', 'Potato', 'kg', null, ['potatoes']),
  P('CORI', 'Coriander Bunch', 'pc', null, ['coriander']),
  P('CREAM', 'Fresh Cream 1 L', 'pack', { value: 1, unit: 'l' }, ['cream']),
])

const read = (text: string) => {
  const u = understand(text, index)
  return {
    intent: u.intent,
    lines: u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`),
    unmatched: u.unmatched,
  }
}

describe('a note on quality, paperwork or a reply asked for, between list lines, is no goods the shop lacks', () => {
  it.each([
    'GST bill pls',
    'need GST invoice',
    'invoice with GST number please',
    'Send ripe ones only',
    'Send fresh stock only',
    'good quality pls',
    'best quality only',
    'Kindly confirm',
    'pls acknowledge',
  ])('%s', (note) => {
    expect(read(`Tomato 5 kg\n${note}\nOnion 2 kg`)).toEqual({
      intent: 'order',
      lines: ['5 kg TOM', '2 kg ONI'],
      unmatched: [],
    })
  })
  it('goods said in such words are still goods', () => {
    expect(read('Tomato 5 kg\nfresh cream\nOnion 2 kg').lines).toEqual([
      '5 kg TOM',
      '1 pack CREAM',
      '2 kg ONI',
    ])
  })
})

describe('a numbered place on the line, after a comma or a full stop or "for", says where the goods go', () => {
  it.each([
    [
      'Good morning, for kitchen 1: tomato 5kg, onion 5kg. Kitchen 2: potato 10kg',
      ['5 kg TOM', '5 kg ONI', '10 kg POT'],
    ],
    ['tomato 2kg; Outlet 3 - onion 4kg', ['2 kg TOM', '4 kg ONI']],
    ['From branch 2: potatoes 3kg', ['3 kg POT']],
    ['onion 5kg, for the kitchen 2 - tomato 1kg', ['5 kg ONI', '1 kg TOM']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual({ intent: 'order', lines: want, unmatched: [] })
  })
})

describe('a list word, then a dash or a colon and a name nobody sells, heads the list', () => {
  it.each(['Order - Whitefield', 'Order – Bandra West', 'Requirement: Juhu', 'Order list: Andheri'])(
    '%s',
    (heading) => {
      expect(read(`${heading}\ntomato 4kg\nonion 2 kg`)).toEqual({
        intent: 'order',
        lines: ['4 kg TOM', '2 kg ONI'],
        unmatched: [],
      })
    },
  )
  it('goods after such a heading are still goods', () => {
    expect(read('Order: coriander\ntomato 1kg').lines).toEqual(['1 pc CORI', '1 kg TOM'])
  })
})

describe('availability asked of the goods listed, naming no goods of its own, leaves the list an order', () => {
  it.each([
    'confirm availability',
    'please confirm availability',
    'let me know if anything is not available',
    'Let me know the availability',
    'what is not available pls inform',
  ])('%s', (ask) => {
    expect(read(`tomato 5kg\nonion 3kg\n${ask}`)).toEqual({
      intent: 'order',
      lines: ['5 kg TOM', '3 kg ONI'],
      unmatched: [],
    })
  })
  it('goods asked about by name stay a question', () => {
    expect(read('tomato 2kg\nis dragonfruit available?').intent).toBe('price')
  })
})

describe("the order's state asked in the statement's word order, with a question mark, is a status question", () => {
  it.each([
    'Hi, the order is complete? We are waiting',
    'the order is ready?',
    'our delivery is on the way?',
    'my order has been dispatched?',
    'order is packed or not?',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('status')
  })
})

describe('how early the goods should come is talk of when, not goods', () => {
  it.each([
    'Pls send early morning, we open at 8',
    'need it early tomorrow',
    'send early',
    'as early as possible',
  ])('%s', (note) => {
    expect(read(`Tomato 5 kg\n${note}\nOnion 2 kg`)).toEqual({
      intent: 'order',
      lines: ['5 kg TOM', '2 kg ONI'],
      unmatched: [],
    })
  })
})

describe('goods that did not come, said of the delivery, are a complaint and no order', () => {
  it.each([
    "Missing 2 kg onion from today's delivery",
    '2 kg tomato missing from the order',
    'coriander short by 2 bunches',
    'short supplied 3 bunch coriander',
    "potato 5kg less in yesterday's order",
  ])('%s', (text) => {
    const u = understand(text, index)
    expect(u.lines).toEqual([])
    expect(u.complaint).toBe(true)
  })
  it('while an order that asks for fewer, or a note on the goods, still orders', () => {
    expect(read('Tomato 5kg, less ripe ones please').lines).toEqual(['5 kg TOM'])
    expect(read('send the missing items: tomato 2kg').lines).toEqual(['2 kg TOM'])
  })
})

describe('whether there will be goods, asked ahead', () => {
  it.each([
    'Will you have tomatoes next week?',
    'would you have coriander tomorrow?',
    'will u get fresh cream?',
  ])('is asked, not ordered: %s', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('price')
    expect(u.lines).toEqual([])
  })
})

describe('other goods or another amount sent than ordered', () => {
  it.each([
    'Yesterday you sent 4kg instead of 5kg tomato',
    'you delivered onion instead of potato',
    'we got 3 bunches coriander instead of 5',
  ])('are a complaint, no swap in the order: %s', (text) => {
    const u = understand(text, index)
    expect(u.lines).toEqual([])
    expect(u.complaint).toBe(true)
  })
  it('while asking for one thing instead of another still swaps', () => {
    expect(
      understand('send 4kg instead of 5kg tomato', index).lines.map((l) => [l.op, l.qty, l.sku]),
    ).toEqual([['set', 4, 'TOM']])
  })
})
