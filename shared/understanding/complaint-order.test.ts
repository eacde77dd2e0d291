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

describe('praise of goods had is no order', () => {
  const shop = buildCatalogIndex([
    P('CAKE', 'Kuchen', 'pc', null, ['cake']),
    P('BREAD', 'Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['Brot']),
    P('CROISSANT', 'Croissant', 'pc'),
    P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo']),
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    P('PANEER', 'Paneer', 'kg'),
  ])
  const say = (text: string) => {
    const r = understand(text, shop)
    return {
      intent: r.intent,
      lines: r.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`),
      unmatched: r.unmatched,
    }
  }

  it.each([
    // German: a verb of wanting that goes with a verb of saying or thanking wants to say something
    'wollte nur sagen dass der Kuchen super war',
    'ich wollte nur sagen, das Brot gestern war echt lecker',
    'wir wollten uns für den leckeren Kuchen bedanken',
    'Danke für den tollen Kuchen',
    'der Kuchen war ein Gedicht',
    'super Kuchen gestern!',
    // German perfect: hat/haben after the goods and a past participle last tell what was
    'Der Kuchen hat super geschmeckt',
    'Die Croissants haben allen geschmeckt',
    'das Brot hat uns richtig gut geschmeckt',
    'Der Kuchen hat der Oma super gefallen',
    // nouns of praise
    'Die Croissants waren der Hammer',
    'der Kuchen gestern war der Wahnsinn',
    'the croissants were a hit',
    // English
    'the bread yesterday was really good',
    'cake was superb',
    'just wanted to say the croissants were amazing',
    'great bread yesterday',
    'thanks for the lovely cake',
    // Hinglish: the plural copula "the" ends the clause, not the English article
    'aloo bahut ache the kal',
    'kal ke tamatar ekdum badhiya the',
    'tamatar bahut meethe the',
    'paneer bahut accha tha bhaiya',
  ])('%s', (text) => {
    const r = say(text)
    expect(['other', 'thanks']).toContain(r.intent)
    expect(r.lines).toEqual([])
    expect(r.unmatched).toEqual([])
  })

  it.each([
    // a quantity after the praise with no item of its own is more of the praised goods
    ['the bread was good, send 2 more', '2 pack BREAD'],
    ['cake was superb, send 1 more for sunday', '1 pc CAKE'],
    ['the croissants were amazing!! 4 more please', '4 pc CROISSANT'],
    ['das Brot war gut, bitte noch 2', '2 pack BREAD'],
    ['der Kuchen war super, bitte nochmal 2 Stück', '2 pc CAKE'],
    ['Die Croissants waren der Hammer, bitte nochmal 4', '4 pc CROISSANT'],
    ['Der Kuchen hat super geschmeckt, bitte 2 mehr', '2 pc CAKE'],
    ['das Brot hat allen geschmeckt! noch 1 bitte', '1 pack BREAD'],
    ['aloo ache the, 2 kilo aur bhej do', '2 kg ALOO'],
    ['paneer bahut accha tha, 1 kg aur bhej do', '1 kg PANEER'],
    // praise beside goods named is no item either
    ['2 bread please, the one from yesterday was great', '2 pack BREAD'],
  ])('%s', (text, line) => {
    expect(say(text)).toEqual({ intent: 'order', lines: [line], unmatched: [] })
  })

  it.each([
    'Die Croissants waren der Hammer',
    'der Kuchen gestern war lecker',
    'the bread yesterday was really good',
    'paneer bahut accha tha bhaiya',
  ])('praise alone is thanked for, never "not understood": %s', (text) => {
    expect(say(text).intent).toBe('thanks')
  })

  it('a Hinglish complaint ends in "the" too', () => {
    const r = understand('aloo sade the kal', shop)
    expect(r.complaint).toBe(true)
    expect(r.lines).toEqual([])
  })
})
