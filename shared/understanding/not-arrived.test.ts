import { describe, expect, it } from 'vitest'
import { saysNotArrived } from './not-arrived'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

describe('goods or an order said not to have come', () => {
  it.each([
    'milk was not delivered today',
    'my order has not come yet',
    "haven't received my eggs",
    'I didnt get the bread today',
    'the eggs never came',
    'order not received',
    'still waiting for my order',
    'bread nahi aaya aaj',
    'abhi tak nahi mila',
    'doodh aaya hi nahi',
    'saman nahi pahuncha',
    'दूध नहीं आया',
    'die Milch kam heute nicht',
    'Bestellung ist noch nicht angekommen',
    'wir haben nichts bekommen',
  ])('"%s"', (text) => {
    expect(saysNotArrived(text)).toBe(true)
  })

  it.each([
    'where is my order',
    'do not deliver after 8',
    "don't come to the door, leave it at the gate",
    'no delivery today?',
    'I got the eggs, thanks',
    'is the milk fresh',
    '2 kg onion, not needed today',
    'order kab aayega',
    'wann kommt die Bestellung?',
  ])('not "%s"', (text) => {
    expect(saysNotArrived(text)).toBe(false)
  })
})

describe('read by the order reader', () => {
  const index = buildCatalogIndex([
    P('MILK', 'Vollmilch 1 l', 'pc', { value: 1, unit: 'l' }, ['milch', 'milk', 'doodh']),
    P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread', 'brot']),
  ])
  it.each([
    'milk was not delivered today',
    'die Milch kam heute nicht',
    'Milch ist nicht gekommen',
    'bread nahi aaya aaj',
    'the bread never came',
  ])('"%s" asks after an order, and orders nothing', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('status')
    expect(u.lines).toEqual([])
  })

  it('an amount with it is still an order', () => {
    expect(understand('milk nahi aaya, 2 milk bhej do', index).lines.map((l) => [l.sku, l.qty])).toEqual([
      ['MILK', 2],
    ])
  })
})
