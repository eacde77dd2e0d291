// Asking whether there is (or will be) some of the goods, as customers ask it: with the span of time they mean
// ("this week", "nächste Woche", "agle hafte"), "will there be …", or just "any …?". The goods are what is asked
// about; the time and the asking are not goods the shop lacks.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { whenBesideGoods } from './fulfilment'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('PANEER', 'Amul Paneer 200 g', 'pack', { value: 200, unit: 'g' }, ['paneer']),
  P('MANGO', 'Mango Alphonso', 'kg', null, ['aam', 'mangoes']),
  P('SPARGEL', 'Spargel weiß', 'kg', null, ['Spargel']),
  P('ERDBEEREN', 'Erdbeeren Schale 500 g', 'pack', { value: 500, unit: 'g' }, ['Erdbeeren']),
  P('MILK-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk']),
  P('MILK-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }, ['milk']),
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni']),
])

const asked = (text: string) => {
  const u = understand(text, index)
  return {
    intent: u.intent,
    sku: u.priceQuery?.sku ?? u.priceQuery?.candidates.join('|'),
    unmatched: u.unmatched,
  }
}

describe('a span of time in a question of whether there is some', () => {
  it.each([
    ['Is paneer available this week?', 'PANEER'],
    ['do you have mangoes next week', 'MANGO'],
    ['habt ihr diese Woche Spargel?', 'SPARGEL'],
    ['gibt es nächste Woche Erdbeeren', 'ERDBEEREN'],
    ['will you have paneer the coming week?', 'PANEER'],
  ])('"%s" asks about the goods alone', (text, sku) => {
    expect(asked(text)).toEqual({ intent: 'price', sku, unmatched: [] })
  })

  it('keeps the goods of an order said with the week', () => {
    const u = understand('next week 2 kg sugar', index)
    expect(u.lines.map((l) => [l.sku, l.qty, l.unit])).toEqual([['SUGAR', 2, 'kg']])
    expect(understand('agle hafte 2 kg cheeni bhej dena', index).lines.map((l) => l.sku)).toEqual(['SUGAR'])
    expect(understand('für nächste Woche 2 kg Spargel reservieren', index).unmatched).toEqual([])
  })
})

describe('"will there be …" asks whether there will be some', () => {
  it.each([
    ['will there be paneer tomorrow', 'PANEER'],
    ['would there be mangoes on sunday?', 'MANGO'],
    ['will there be any milk in the evening', 'MILK-500|MILK-1L'],
  ])('"%s"', (text, sku) => {
    expect(asked(text)).toMatchObject({ intent: 'price', sku })
  })
})

describe('"any …?" asks whether there is some of the goods', () => {
  it.each([
    ['any paneer?', 'PANEER'],
    ['any mangoes today?', 'MANGO'],
    ['any fresh paneer next week?', 'PANEER'],
    ['any milk left?', 'MILK-500|MILK-1L'],
    ['ok any mangoes?', 'MANGO'],
  ])('"%s"', (text, sku) => {
    expect(asked(text)).toEqual({ intent: 'price', sku, unmatched: [] })
  })

  it.each(['any update?', 'any discount?', 'any problem?'])(
    '"%s" names no goods, and is no such question',
    (text) => {
      const u = understand(text, index)
      expect(u.intent).not.toBe('price')
      expect(u.unmatched).toEqual([])
    },
  )
})

describe('the span of time said beside the goods is when they are wanted', () => {
  it.each([
    ['next week 2 kg sugar', '2 kg sugar', 'next week'],
    ['agle hafte 2 kg cheeni', '2 kg cheeni', 'agle hafte'],
    ['für nächste Woche 2 kg Spargel', '2 kg Spargel', 'nächste Woche'],
    ['2 kg sugar every week', '2 kg sugar', 'every week'],
    ['2 Brot fürs Wochenende', '2 Brot', 'Wochenende'],
  ])('"%s"', (text, goods, when) => {
    expect(whenBesideGoods(text, [goods])).toBe(when)
  })
})

describe('right after a price, a question cut short that names other goods asks their price', () => {
  const after = (text: string, askedSku: string) => understand(text, index, { askedSku })
  it.each([
    ['and mangoes?', 'PANEER', 'MANGO'],
    ['aur cheeni?', 'PANEER', 'SUGAR'],
    ['what about paneer?', 'SUGAR', 'PANEER'],
    ['ok and for sugar?', 'MANGO', 'SUGAR'],
    ['und Erdbeeren?', 'SPARGEL', 'ERDBEEREN'],
  ])('"%s" after the price of %s asks the price of %s', (text, before, sku) => {
    const u = after(text, before)
    expect(u.intent).toBe('price')
    expect(u.priceQuery?.sku).toBe(sku)
    expect(u.lines).toEqual([])
  })

  it('orders when a count is said, or when no price was just given', () => {
    expect(after('and 2 mangoes?', 'PANEER').lines.map((l) => [l.sku, l.qty])).toEqual([['MANGO', 2]])
    expect(understand('and mangoes?', index).intent).toBe('order')
  })
})

describe('an amount of each, right after the prices of two goods asked in a row', () => {
  const ctx = { askedBefore: 'PANEER', askedSku: 'SUGAR' }
  it.each(['1 kg each', 'ok 2 of each please', 'dono 1 kg', 'both 2', 'je 1'])('"%s" orders both', (text) => {
    const u = understand(text, index, ctx)
    expect(u.lines.map((l) => l.sku)).toEqual(['PANEER', 'SUGAR'])
  })
  it('without the word of each, or with one product asked about, it is the last one only', () => {
    expect(understand('2 kg', index, ctx).lines.map((l) => l.sku)).toEqual(['SUGAR'])
    expect(understand('1 kg each', index, { askedSku: 'SUGAR' }).lines.map((l) => l.sku)).toEqual(['SUGAR'])
  })
})
