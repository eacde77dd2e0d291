// Numbers that name something (a flat, a street, an order, a pin code, a phone, a clock time) are never quantities
// and never multiply one, in English, Hinglish and German, with and without commas.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { readQuantitiesIn } from './quantity'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('SUGAR', 'Sugar', 'kg', null, ['cheeni', 'Zucker']),
  P('ONION', 'Onion', 'kg', null, ['pyaz', 'Zwiebeln']),
  P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
  P('EGG', 'Eggs', 'pc', null, ['anda', 'ande', 'Eier']),
  P('BREAD', 'Bread 400 g', 'pack', { value: 400, unit: 'g' }, ['Brot']),
])
const lines = (text: string) => understand(text, index).lines.map((l) => `${l.qty} ${l.unit} ${l.sku}`)
const unmatched = (text: string) => understand(text, index).unmatched

describe('an address number is not a quantity', () => {
  it.each([
    'flat 203 2 kg sugar',
    'deliver to flat 203 2 kg sugar',
    'flat no. 203, 2 kg sugar',
    '2 kg sugar flat 203',
    '2 kg sugar, flat 203',
    'house 12 2 kg sugar',
    'H.No. 12 2 kg sugar',
    'plot 45 sector 21 2 kg sugar',
    'block B 12 2 kg sugar',
    'tower 4 flat 1203 2 kg sugar',
    '2 kg sugar B-204',
    'room no 12 2 kg sugar',
    'Wohnung 3 2 kg Zucker',
    'Hauptstraße 12 2 kg Zucker',
    '2 kg Zucker, Lindenweg 3',
    'Zimmer 12 bitte 2 kg Zucker',
  ])('%s', (text) => {
    expect(lines(text)).toEqual(['2 kg SUGAR'])
    expect(unmatched(text)).toEqual([])
  })

  it.each([
    'gali no 5 mein 2 kilo pyaz bhej do',
    '2 kilo pyaz bhej do gali 5 mein',
    'ghar no 14 pe 2 kilo pyaz',
    'makan number 7 2 kilo pyaz',
  ])('Hinglish: %s', (text) => {
    expect(lines(text)).toEqual(['2 kg ONION'])
    expect(unmatched(text)).toEqual([])
  })

  it('an ordinal names a floor or a cross street', () => {
    expect(lines('3rd floor 2 kg onion')).toEqual(['2 kg ONION'])
    expect(lines('2 kg onion 5th cross')).toEqual(['2 kg ONION'])
  })

  it('the item right after the address is still read', () => {
    expect(lines('flat 12 sugar 1kg onion 2kg')).toEqual(['1 kg SUGAR', '2 kg ONION'])
    expect(lines('sugar 1kg onion 2kg flat 12')).toEqual(['1 kg SUGAR', '2 kg ONION'])
  })

  it('a number with a unit after a place word is still a quantity, and so is a plain count', () => {
    expect(lines('12 eggs')).toEqual(['12 pc EGG'])
    expect(lines('eggs 12')).toEqual(['12 pc EGG'])
    expect(lines('3 floor 2 kg onion')).toEqual(['2 kg ONION'])
  })
})

describe('pin codes, phone numbers and order numbers are not quantities', () => {
  it.each([
    'pin 560034 2 kg sugar',
    '2 kg sugar pincode 560034',
    '2 kg sugar 560034',
    '9876543210 2 kg sugar',
    '2 kg sugar +91 98765 43210',
    '2 kg sugar, my number 98765 43210',
    'order #45 add 2 kg sugar',
    'order no 45 me 2 kg sugar add karo',
    'PLZ 10115 2 kg Zucker',
  ])('%s', (text) => {
    expect(lines(text)).toEqual(['2 kg SUGAR'])
  })

  it('"order" before a quantity still orders it', () => {
    expect(lines('order 2 kg sugar')).toEqual(['2 kg SUGAR'])
    expect(lines('add 2 bread to order 45')).toEqual(['2 pack BREAD'])
  })

  it('a huge count before an item is still refused as absurd, not dropped', () => {
    const r = understand('999999999999 eggs', index)
    expect(r.lines).toEqual([])
    expect(r.rejected.length).toBe(1)
  })
})

describe('a clock time is not a quantity', () => {
  it.each([
    'send 2 kg sugar at 5',
    'at 5 send 2 kg sugar',
    '2 kg sugar by 6.30',
    '2 kg sugar by 5pm',
    'sugar 2 kg, at 6',
    '5 baje tak 2 kg cheeni bhej do',
    'shaam 6 baje 2 kilo cheeni',
    'um 5 Uhr 2 kg Zucker',
    'bitte 2 kg Zucker bis 5',
  ])('%s', (text) => {
    expect(lines(text)).toEqual(['2 kg SUGAR'])
    expect(unmatched(text)).toEqual([])
  })

  it('a range and an approximate amount stay quantities', () => {
    expect(lines('2 bis 3 kg Zucker')).toEqual(['2 kg SUGAR'])
    expect(lines('around 2 kg sugar')).toEqual(['2 kg SUGAR'])
  })
})

describe('after address talk, a bare number before a measured quantity is the house number', () => {
  it.each(['near temple 45 2 kg sugar', 'deliver to 45 2 kg sugar', 'opposite park 7 2 kg sugar'])(
    '%s',
    (text) => {
      expect(lines(text)).toEqual(['2 kg SUGAR'])
    },
  )
})

describe('what looks like a code or a phone but is a quantity', () => {
  const values = (text: string) => readQuantitiesIn(text).map((g) => g.value)
  it('a plus before a quantity adds it; a country code is glued and followed by the number', () => {
    expect(values('1/8 cup sauce, + 2 tablespoons')).toEqual([0.125, 2])
    expect(values('2 kg sugar +91 98765 43210')).toEqual([2])
  })
  it('a unit letter glued to a number is not a block letter', () => {
    expect(values('2 chicken breasts (about 250g/8ozs)')).toEqual([2, 250, 8])
    expect(values('flat B/12, 2 kg sugar')).toEqual([2])
  })
})
