// How and when the goods should come, said in the same breath as the goods: the talk never becomes part of the
// item, and a wish to have something delivered or sent is an order of one of it. Questions about delivery stay
// questions.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { fulfilmentSaid, saysWhen } from './fulfilment'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('ONION', 'Onion', 'kg', null, ['pyaz']),
  P('SUGAR', 'Sugar 1 kg', 'pack', { value: 1, unit: 'kg' }, ['cheeni']),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread']),
  P('MILK', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['milk', 'doodh']),
  P('EGG', 'Eggs', 'pc', null, ['egg', 'ande']),
  P('CHOC-HOME', 'Dairy Milk Chocolate Home Pack', 'pack', null),
  P('FACIAL', 'Home Facial Kit', 'pack', null),
  P('OATS', 'Quick Cooking Oats 1 kg', 'pack', { value: 1, unit: 'kg' }),
  P('BATH', 'BB Home Bath Soap', 'pack', null),
])

const read = (text: string) => {
  const u = understand(text, index)
  return { intent: u.intent, lines: u.lines.map((l) => [l.sku, l.qty]), unmatched: u.unmatched }
}

describe('delivery and hurry words after an item', () => {
  it('end the item: the words are talk, not part of a name', () => {
    for (const [text, sku, qty] of [
      ['2 kg onion home delivery', 'ONION', 2],
      ['1 bread deliver fast', 'BREAD', 1],
      ['3 eggs fast delivery', 'EGG', 3],
      ['2 bread home delivery chahiye', 'BREAD', 2],
      ['12 eggs quick please', 'EGG', 12],
      ['3 eggs deliver immediately', 'EGG', 3],
      ['2 kg onion delivered by 7', 'ONION', 2],
      ['2 bread delivery at home', 'BREAD', 2],
      ['milk 1 packet home', 'MILK', 1],
    ] as const)
      expect(read(text), text).toEqual({ intent: 'order', lines: [[sku, qty]], unmatched: [] })
  })

  it('do not stay in the quoted line, nor do the little words before them', () => {
    expect(understand('send 2 kg sugar to home asap', index).lines[0]?.text).toBe('send 2 kg sugar')
    expect(understand('1 kg sugar for pickup', index).lines[0]?.text).toBe('1 kg sugar')
    expect(understand('2 bread will pickup', index).lines[0]?.text).toBe('2 bread')
  })

  it('before the items, are skipped and every item after them is read', () => {
    expect(read('home delivery 2 bread').lines).toEqual([['BREAD', 2]])
    expect(read('2 bread, 1 milk, fast delivery pls').lines).toEqual([
      ['BREAD', 2],
      ['MILK', 1],
    ])
  })

  it('are read as part of a name when more of the name follows them', () => {
    expect(read('1 dairy milk chocolate home pack').lines).toEqual([['CHOC-HOME', 1]])
    expect(read('2 home facial kit').lines).toEqual([['FACIAL', 2]])
    expect(read('quick cooking oats 2').lines).toEqual([['OATS', 2]])
    expect(read('3 pcs bb home bath soap').lines).toEqual([['BATH', 3]])
    expect(read('2 quick cooking oats home delivery').lines).toEqual([['OATS', 2]])
  })
})

describe('a wish to have an item delivered or sent', () => {
  it('orders one of it when no quantity is said', () => {
    for (const [text, skus] of [
      ['please deliver bread', ['BREAD']],
      ['deliver onion please', ['ONION']],
      ['deliver me some bread', ['BREAD']],
      ['kindly deliver eggs and milk', ['EGG', 'MILK']],
      ['send milk', ['MILK']],
      ['bread bhej do', ['BREAD']],
      ['ek doodh bhejna', ['MILK']],
    ] as const) {
      const r = read(text)
      expect(r.intent, text).toBe('order')
      expect(
        r.lines.map((l) => l[0]),
        text,
      ).toEqual(skus)
    }
  })

  it('orders the quantity said', () => {
    expect(read('deliver 2 bread').lines).toEqual([['BREAD', 2]])
    expect(read('please deliver 3 eggs').lines).toEqual([['EGG', 3]])
  })

  it('is still a question or talk when a place, a time or nothing follows the verb', () => {
    for (const text of [
      'deliver today?',
      'do you deliver?',
      'do you deliver on sunday?',
      'please deliver to flat 203',
      'deliver tomorrow morning',
      'pls deliver fast',
      'deliver to Ravi please',
      'can you deliver here',
      'please deliver on monday',
      'deliver it',
      'deliver in the evening',
    ]) {
      const r = read(text)
      expect(r.lines, text).toEqual([])
      expect(r.unmatched, text).toEqual([])
      expect(r.intent, text).not.toBe('order')
    }
  })
})

describe('the customer coming at a time is pickup, and a time said with the wish is a plan', () => {
  it.each(['Komme gegen halb fünf', 'ich bin um 5 da', 'wir kommen morgen früh', 'komme so um 17 Uhr'])(
    '%s',
    (text) => expect(fulfilmentSaid(text)).toBe('pickup'),
  )
  it.each(['hole es um 17 Uhr ab', "I'll pick it up at 6", 'komme gegen halb fünf', '5 baje le jaunga'])(
    'a time: %s',
    (text) => expect(saysWhen(text)).toBe(true),
  )
  it.each(['ich hole es ab', 'pickup please', 'kommt die Lieferung heute?'])('no time: %s', (text) =>
    expect(saysWhen(text)).toBe(false),
  )
})
