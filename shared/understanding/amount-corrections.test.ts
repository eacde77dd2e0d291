import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { sampleProducts, testProduct } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex(sampleProducts())
const u = (text: string, ctx = {}) => understand(text, index, ctx)
const lines = (text: string, ctx = {}) => u(text, ctx).lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)

describe('an amount taken back beside the one meant: the other amount is set', () => {
  const eggs = { cartSkus: ['EGG'] }
  it.each([
    // Hindi puts its nahi after the amount it denies
    ['12 nahi 6 hi bhejo', 'set 6 pc EGG'],
    ['12 nahi 6', 'set 6 pc EGG'],
    ['10 nahin, 8 chahiye', 'set 8 pc EGG'],
    ['6 chahiye, 12 nahi', 'set 6 pc EGG'],
    // English and German put not before it
    ['not 12, 6', 'set 6 pc EGG'],
    ['not 12 but 6 please', 'set 6 pc EGG'],
    ['6 please, not 12', 'set 6 pc EGG'],
    ['nicht 12, sondern 6', 'set 6 pc EGG'],
    ['nicht 10 sondern 8 bitte', 'set 8 pc EGG'],
  ])('%s (eggs in the cart)', (text, want) => {
    expect(lines(text, eggs)).toEqual([want])
  })

  it.each([
    ['aloo 2 kg nahi 3 kg', 'set 3 kg POTATO'],
    ['potatoes not 2 kg but 3 kg', 'set 3 kg POTATO'],
    ['Kartoffeln nicht 2 kg, sondern 3 kg', 'set 3 kg POTATO'],
    ['3 kg aloo, 2 kg nahi', 'set 3 kg POTATO'],
  ])('%s (the goods named, with units)', (text, want) => {
    expect(lines(text, { cartSkus: ['POTATO'] })).toEqual([want])
  })

  it('a not before a number that is no amount taken back stays as it was', () => {
    // an address's number followed by another number is no amount denied
    expect(lines('Flat no 12 5th floor, 2 kg aloo')).toEqual(['add 2 kg POTATO'])
    // a not before goods and their amount, with no second amount, still takes them out
    expect(u('not 2 kg aloo', { cartSkus: ['POTATO'] }).lines.map((l) => l.op)).not.toContain('set')
  })
})

describe('a no or just before a bare amount corrects the line last added', () => {
  it.each([
    ['no, 6', 'set 6 pc EGG'],
    ['nope, 6', 'set 6 pc EGG'],
    ['nah 8 please', 'set 8 pc EGG'],
    ['just 6', 'set 6 pc EGG'],
    ['nee, 4', 'set 4 pc EGG'],
  ])('%s', (text, want) => {
    expect(lines(text, { cartSkus: ['POTATO', 'EGG'] })).toEqual([want])
  })

  it('a bare no is still a no, and a just without an amount is no amount', () => {
    expect(u('no', { cartSkus: ['EGG'] }).lines).toEqual([])
    expect(u('just checking', { cartSkus: ['EGG'] }).lines.every((l) => l.op !== 'set')).toBe(true)
  })
})

describe('goods, their amount, then which of them: one item', () => {
  const milk = buildCatalogIndex([
    testProduct('TAAZA', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['doodh']),
    testProduct('GOLD', 'Amul Gold Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
    testProduct('MD', 'Mother Dairy Full Cream Milk 1 L', 'pack', { value: 1, unit: 'l' }),
    testProduct('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    testProduct('CHERRY', 'Cherry Tomato 250 g', 'pack', { value: 250, unit: 'g' }),
  ])
  const read = (text: string) => understand(text, milk).lines.map((l) => `${l.qty} ${l.sku}`)
  it.each([
    ['doodh 1 litre mother dairy wala', ['1 MD']],
    ['dudh 2 packet amul gold wala', ['2 GOLD']],
    ['doodh 2 packet amul gold', ['2 GOLD']],
    ['tamatar 2 packet cherry wale', ['2 CHERRY']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a count taken back of goods sold in packs of several: the new count is in the same pieces', () => {
  const packs = buildCatalogIndex([
    testProduct('EGG6', 'Eggs 6 pc', 'pack', { value: 6, unit: 'pc' }, ['ande', 'anda']),
    testProduct('PAV6', 'Pav 6 pc', 'pack', { value: 6, unit: 'pc' }, ['pav']),
  ])
  const set = (text: string, sku: string) =>
    understand(text, packs, { cartSkus: [sku] }).lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)
  it.each([
    ['12 nahi 6', 'EGG6', 'set 1 pack EGG6'],
    ['12 नहीं 6', 'EGG6', 'set 1 pack EGG6'],
    ['not 12, 18', 'EGG6', 'set 3 pack EGG6'],
    ['6 chahiye, 12 nahi', 'PAV6', 'set 1 pack PAV6'],
  ])('%s', (text, sku, want) => {
    expect(set(text, sku)).toEqual([want])
  })

  it('a count taken back that is no whole number of packs says packs', () => {
    expect(set('2 nahi 3', 'EGG6')).toEqual(['set 3 pack EGG6'])
  })
})

describe('a customer stopping to think before a change: the change is read, not a removal or goods', () => {
  it.each([
    'no wait make potatoes 3 kg',
    'wait, make the potatoes 3 kg',
    'no wait, 3 kg potatoes',
    'nahi ruko, aloo 3 kilo kar do',
    'no sorry, potato 3 kg',
  ])('%s (potatoes in the cart)', (text) => {
    const got = u(text, { cartSkus: ['POTATO'] })
    expect(got.lines.map((l) => `${l.op} ${l.qty} ${l.unit} ${l.sku}`)).toEqual(['set 3 kg POTATO'])
    expect(got.unmatched).toEqual([])
  })

  it('a no before the goods themselves still takes them out', () => {
    expect(lines('no potatoes', { cartSkus: ['POTATO'] })[0]).toMatch(/^remove .* POTATO$/)
    expect(lines('nahi, aloo mat bhejo', { cartSkus: ['POTATO'] })[0]).toMatch(/^remove .* POTATO$/)
  })
})

describe('a cart product named again alone, uncounted, says which it is: the cart keeps its amount', () => {
  const rice = { cartSkus: ['RICE-5KG', 'POTATO'] }
  it.each(['basmati', 'the rice', 'india gate', 'chawal', 'Reis bitte'])('%s (rice in the cart)', (text) => {
    const [line] = u(text, rice).lines
    expect(line?.sku).toBe('RICE-5KG')
    expect(line?.scale).toBe(1)
  })

  it.each(['also rice', 'rice bhi', 'aur chawal', 'noch Reis', 'another rice'])(
    '%s asks for more of it',
    (text) => {
      const [line] = u(text, rice).lines
      expect(line?.sku).toBe('RICE-5KG')
      expect(line?.op).toBe('add')
      expect(line?.scale).toBeUndefined()
    },
  )

  it('counted, or in a list with other goods, it is ordered as said', () => {
    expect(u('1 rice', rice).lines[0]?.scale).toBeUndefined()
    expect(u('rice, 2 kg onion', rice).lines.find((l) => l.sku === 'RICE-5KG')?.scale).toBeUndefined()
  })
})

describe('Hindi: an amount and its goods taken back, then the amount meant (number words too)', () => {
  const cart = { cartSkus: ['POTATO', 'ONION'] }
  it.each([
    ['1 kg pyaz nahi 2 kg', 'set 2 kg ONION'],
    ['1 kg pyaz nahi 2 kg chahiye', 'set 2 kg ONION'],
    ['ek kilo pyaz nahi do kilo', 'set 2 kg ONION'],
    ['aloo ek kilo nahi dedh kilo', 'set 1.5 kg POTATO'],
    ['2 kilo aloo nahi dhai kilo bhej do', 'set 2.5 kg POTATO'],
    ['१ किलो प्याज़ नहीं २ किलो', 'set 2 kg ONION'],
  ])('%s', (text, want) => {
    expect(lines(text, cart)).toEqual([want])
  })

  it('other goods after the new amount are goods in place of the first, not its amount', () => {
    expect(lines('1 kg pyaz nahi do kilo aloo', cart)).not.toEqual(['set 2 kg ONION'])
    expect(lines('ek kilo aloo nahi do kilo', cart)).toEqual(['set 2 kg POTATO'])
  })
})

describe('a no, then goods and their amount: a correction of that line, not a removal', () => {
  const cart = { cartSkus: ['POTATO', 'EGG'] }
  it.each([
    ['nahi ande 6', 'set 6 pc EGG'],
    ['nahi bhaiya ande 12 chahiye', 'set 12 pc EGG'],
    ['no, eggs 6', 'set 6 pc EGG'],
    ['no eggs 6 only', 'set 6 pc EGG'],
    ['nein, Eier 10 bitte', 'set 10 pc EGG'],
    ['nahi aloo 3 kg', 'set 3 kg POTATO'],
  ])('%s (with those goods in the cart)', (text, want) => {
    expect(lines(text, cart)).toEqual([want])
  })

  it.each([
    ['no eggs', 'remove'],
    ['ande nahi', 'remove'],
    ['nahi ande nahi chahiye', 'remove'],
  ])('with no amount the no still takes them out: %s', (text, op) => {
    expect(u(text, cart).lines.map((l) => `${l.op} ${l.sku}`)).toEqual([`${op} EGG`])
  })

  it('with an empty cart the goods are simply ordered', () => {
    expect(lines('nahi ande 6')).toEqual(['add 6 pc EGG'])
  })
})

describe('a word of correcting oneself before a bare amount corrects the line last added', () => {
  it.each([
    ['no wait 4', 'set 4 pc EGG'],
    ['actually 8', 'set 8 pc EGG'],
    ['sorry, 6 please', 'set 6 pc EGG'],
    ['oops 4', 'set 4 pc EGG'],
    ['eigentlich 10', 'set 10 pc EGG'],
    ['my mistake, 8', 'set 8 pc EGG'],
  ])('%s', (text, want) => {
    expect(lines(text, { cartSkus: ['POTATO', 'EGG'] })).toEqual([want])
  })

  it('without an amount, or with a time or more goods, it changes nothing already there', () => {
    expect(u('sorry for the late reply', { cartSkus: ['EGG'] }).lines).toEqual([])
    expect(u('wait 5 min', { cartSkus: ['EGG'] }).lines).toEqual([])
    expect(lines('sorry, 2 more', { cartSkus: ['EGG'] })).toEqual(['add 2 pc EGG'])
    // with an empty cart there is no line to correct
    expect(u('actually 4', {}).lines).toEqual([])
  })
})

describe('German words of stopping short or owning up to a slip before the amount meant correct that line', () => {
  const cart = { cartSkus: ['POTATO', 'EGG'] }
  it.each([
    ['ne warte, 6 Eier', 'set 6 pc EGG'],
    ['warte 3 kg Kartoffeln', 'set 3 kg POTATO'],
    ['Moment, Kartoffeln 3 kg', 'set 3 kg POTATO'],
    ['hoppla, 8 Eier', 'set 8 pc EGG'],
    ['warte, 4', 'set 4 pc EGG'],
    ['hoppla, verschrieben: 12', 'set 12 pc EGG'],
  ])('%s', (text, want) => {
    expect(lines(text, cart)).toEqual([want])
    expect(u(text, cart).unmatched).toEqual([])
  })

  it.each(['einen Moment bitte', 'eine Sekunde bitte', 'einen Augenblick bitte'])(
    '%s asks the shop to wait: its one changes nothing',
    (text) => {
      expect(u(text, cart).lines).toEqual([])
      expect(u(text, cart).unmatched).toEqual([])
    },
  )
})
