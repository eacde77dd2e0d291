// Amounts said while "which one?" is open, goods named exactly beside a cart product they are a synonym of, and
// what the customer thinks of the price said before the change they want.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
  P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
  P('BREAD', 'Britannia Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['bread', 'double roti']),
  P('PAV', 'Pav 6 pc', 'pack', { value: 6, unit: 'pc' }, ['pav', 'ladi pav']),
  P('BUN', 'Bun', 'pc', null, ['bun']),
  P('SUGAR', 'Sugar', 'kg', null, ['chini', 'Zucker']),
])
const butter = { pendingChoice: { options: ['BUTTER-100', 'BUTTER-500'] } }

describe('an amount said while "which one?" is open is how many, and the question stays', () => {
  it.each(['sorry make it 3', 'make it 3', 'no, 3', 'nahi 3 chahiye', 'mach 3 draus', 'no make that 3'])(
    '%s',
    (text) => {
      const u = understand(text, index, butter)
      expect(u.pendingAmount?.qty).toBe(3)
      expect(u.choice).toBeUndefined()
      expect(u.lines).toEqual([])
    },
  )

  it.each([
    'actually 3',
    '3 please',
    '3 pls',
    'i need 3',
    'actually i want 3',
    '3 of them',
    'three please',
    '3',
  ])('a number that is no option, with words of wanting or politeness: %s', (text) => {
    const u = understand(text, index, butter)
    expect(u.pendingAmount).toEqual({ qty: 3, unit: 'pack' })
    expect(u.choice).toBeUndefined()
  })

  it('a number among the options, or the option named, still answers the question', () => {
    expect(understand('2 please', index, butter).choice).toBe('BUTTER-500')
    expect(understand('2', index, butter).choice).toBe('BUTTER-500')
    expect(understand('the small one', index, butter).choice).toBe('BUTTER-100')
    expect(understand('no', index, butter).pendingAmount).toBeUndefined()
  })
})

describe('goods named exactly are those goods, not a cart product the word is a synonym of', () => {
  const cart = { cartSkus: ['BREAD'] }
  it.each([
    ['instead of bread give me pav', ['set PAV', 'remove BREAD']],
    ['pav instead of bread', ['set PAV', 'remove BREAD']],
    ['2 pav', ['add PAV']],
    ['ladi pav bhi', ['add PAV']],
  ])('%s (bread in the cart)', (text, want) => {
    expect(understand(text, index, cart).lines.map((l) => `${l.op} ${l.sku}`)).toEqual(want)
  })

  it('a word that only reaches a cart product still means the cart product', () => {
    expect(understand('double roti 2', index, cart).lines.map((l) => l.sku)).toEqual(['BREAD'])
  })
})

describe('what the customer thinks of the price, said first, is no goods: the change after it is read', () => {
  it.each([
    ['too costly, make it 1 kg', 'set 1 kg SUGAR'],
    ["that's too much. 1 kg only", 'set 1 kg SUGAR'],
    ['bahut mehenga hai, 1 kilo hi do', 'set 1 kg SUGAR'],
    ['zu teuer, dann nur 1 kg', 'set 1 kg SUGAR'],
    ['too expensive, only 1 kg sugar', 'set 1 kg SUGAR'],
  ])('%s (2 kg sugar in the cart)', (text, want) => {
    const u = understand(text, index, { cartSkus: ['SUGAR'] })
    expect(u.lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)).toEqual([want])
    expect(u.unmatched).toEqual([])
  })

  it('the remark alone orders nothing', () => {
    for (const text of ['too costly', 'bahut mehenga hai'])
      expect(understand(text, index, { cartSkus: ['SUGAR'] }).lines).toEqual([])
  })
})

describe('a pause before a change is no goods the shop lacks', () => {
  it.each([
    ['hold on, make the sugar 3 kg', 'set 3 kg SUGAR'],
    ['hang on, change sugar to 3 kg', 'set 3 kg SUGAR'],
    ['one sec, make it 3 kg sugar', 'set 3 kg SUGAR'],
    ['just a moment, make the sugar 3 kg', 'set 3 kg SUGAR'],
  ])('%s (sugar in the cart)', (text, want) => {
    const u = understand(text, index, { cartSkus: ['SUGAR'] })
    expect(u.unmatched).toEqual([])
    expect(u.lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)).toEqual([want])
  })
})

describe('asking with "got" whether there is an amount of goods orders it, as "do you have" does', () => {
  it.each([
    'have you got sugar 5 kg?',
    'got any sugar 5 kg?',
    'have you got sugar 5 kg',
    'have u got chini 5 kg?',
  ])('%s', (text) => {
    const u = understand(text, index)
    expect(u.intent).toBe('order')
    expect(u.lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`)).toEqual(['5 kg SUGAR'])
    expect(u.unmatched).toEqual([])
  })
  it('with no amount it asks', () => {
    expect(understand('have you got sugar?', index).intent).toBe('price')
  })
})
