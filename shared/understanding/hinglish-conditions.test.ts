// Hinglish and Devanagari customers who say what else will do, and how they want the goods.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

const index = buildCatalogIndex([
  P('TAAZA', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['taaza']),
  P('GOLD', 'Amul Gold Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['gold']),
  P('CORIANDER', 'Coriander Bunch', 'pc', null, ['dhaniya']),
  P('MINT', 'Mint Bunch', 'pc', null, ['pudina']),
  P('TOOR', 'Toor Dal', 'kg', null, ['toor', 'arhar']),
  P('MOONG', 'Moong Dal', 'kg', null, ['moong']),
  P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
])
const read = (text: string, cartSkus: string[] = []) => {
  const u = understand(text, index, { cartSkus })
  return { lines: u.lines.map((l) => [l.sku, l.qty, l.unit]), unmatched: u.unmatched, fallback: u.fallback }
}

describe('the goods wanted and what to give instead, said as a condition in Hindi word order', () => {
  it.each([
    ['agar amul taaza nahi hai to gold bhej do', ['TAAZA', 1, 'pack']],
    ['agar dhaniya na mile toh pudina 3 gaddi de dena', ['CORIANDER', 3, 'pc']],
    ['toor dal nahi ho to moong dal 2 kg bhej dijiye', ['TOOR', 2, 'kg']],
    ['agar toor khatam hai to 1 kg moong chalega', ['TOOR', 1, 'kg']],
    ['अगर ताज़ा नहीं है तो गोल्ड भेज देना', ['TAAZA', 1, 'pack']],
    ['अगर धनिया न हो तो पुदीना दे दो', ['CORIANDER', 1, 'pc']],
  ])('%s orders the goods named first, the rest a note', (text, line) => {
    const r = read(text)
    expect(r.lines).toEqual([line])
    expect(r.unmatched).toEqual([])
    expect(r.fallback).toBeTruthy()
  })
  it('is only the note when the goods are in the cart', () => {
    expect(read('agar gold nahi hai to taaza bhej dena', ['GOLD'])).toEqual({
      lines: [],
      unmatched: [],
      fallback: 'agar gold nahi hai to taaza bhej dena',
    })
  })
  it.each(['dhaniya nahi chahiye to pudina bhi mat bhejna', 'agar tamatar nahi hai to kuch nahi'])(
    '%s is no such wish',
    (text) => {
      expect(read(text).fallback).toBeUndefined()
    },
  )
})

describe('a condition said while "which one?" is open on the goods it names', () => {
  const milks = buildCatalogIndex([
    P('TAAZA-500', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
    P('TAAZA-1L', 'Amul Taaza Milk 1 l', 'pack', { value: 1, unit: 'l' }),
    P('GOLD', 'Amul Gold Milk 500 ml', 'pack', { value: 500, unit: 'ml' }),
  ])
  it.each(['agar amul taaza nahi hai to gold bhej do', 'if no amul taaza send gold'])(
    '%s is only the note, no second question',
    (text) => {
      const u = understand(text, milks, { pendingChoice: { options: ['TAAZA-1L', 'TAAZA-500'] } })
      expect(u.lines).toEqual([])
      expect(u.fallback).toBe(text)
    },
  )
})

describe('how loose goods should be, said with them, is kept as the line’s remark', () => {
  const sabzi = buildCatalogIndex([
    P('ALOO', 'Aloo (Potato)', 'kg', null, ['aloo', 'alu']),
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    P('ONION', 'Onion', 'kg', null, ['pyaz']),
    P('BHINDI', 'Lady Finger', 'kg', null, ['bhindi']),
    P('BANANA', 'Banana', 'dozen', null, ['kela', 'kele']),
    P('CHILLI', 'Green Chilli', 'kg', null, ['hari mirch']),
    P('TAAZA', 'Amul Taaza Milk 500 ml', 'pack', { value: 500, unit: 'ml' }, ['taaza']),
    P('BUTTER-S', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
    P('BUTTER-L', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
  ])
  const remarks = (text: string) => understand(text, sabzi).lines.map((l) => [l.sku, l.remark ?? null])
  it.each([
    ['tamatar 2 kg pakke hue', [['TOMATO', 'pakke hue']]],
    [
      'aloo 3 kilo, bade wale, 1 kg pyaz',
      [
        ['ALOO', 'bade wale'],
        ['ONION', null],
      ],
    ],
    ['chhote aloo 2 kg', [['ALOO', 'chhote']]],
    ['Onion 10kg big ones', [['ONION', 'big ones']]],
    ['Tomato 5kg, medium size', [['TOMATO', 'medium size']]],
    ['2 kg tomatoes, not too ripe', [['TOMATO', 'not too ripe']]],
    [
      'bhindi 1 kg naram wali\nkele 1 darjan',
      [
        ['BHINDI', 'naram wali'],
        ['BANANA', null],
      ],
    ],
    ['अच्छे वाले टमाटर 2 किलो', [['TOMATO', 'achchhe vaale']]],
  ])('%j', (text, want) => {
    expect(remarks(text)).toEqual(want)
  })
  it.each(['2 kg aloo 1 kg pyaz', 'hari mirch 100 gram', '1 amul taaza', '1 small amul butter'])(
    '%s has none',
    (text) => {
      expect(remarks(text).every(([, r]) => r === null)).toBe(true)
    },
  )
})

describe('an amount said in words counts a line that ends in how the goods are to be done', () => {
  const dairy = buildCatalogIndex([
    P('PANEER', 'Paneer (loose)', 'kg', null, ['paneer']),
    P('TOMATO', 'Tomato', 'kg', null, ['tamatar']),
    P('GINGER', 'Ginger', 'kg', null, ['adrak']),
  ])
  it.each([
    ['paneer aadha kilo kata hua', 'PANEER', 0.5, 'kata hua'],
    ['aadha kilo paneer kata hua', 'PANEER', 0.5, 'kata hua'],
    ['tamatar dedh kilo pakke hue', 'TOMATO', 1.5, 'pakke hue'],
    ['paav kilo adrak chhila hua', 'GINGER', 0.25, 'chhila hua'],
    ['आधा किलो पनीर कटा हुआ', 'PANEER', 0.5, 'kata hua'],
  ])('%s', (text, sku, qty, remark) => {
    const u = understand(text, dairy)
    expect(u.lines.map((l) => [l.sku, l.qty, l.remark])).toEqual([[sku, qty, remark]])
  })
  it('a bad state before the participle is still a complaint', () => {
    expect(understand('aadha kilo tamatar sada hua', dairy).complaint).toBe(true)
  })
})

describe('a Hinglish question opened by how much, how many or which, with no question mark', () => {
  it.each([
    'kitne baje tak mil jayega',
    'kitne din mein aayega',
    'कितने बजे तक मिल जाएगा',
    'kaunsa wala achha hai',
    'kidhar se aayega saman',
  ])('%s is a question for the shop', (text) => {
    const u = understand(text, index)
    expect(u.question).toBe(true)
    expect(u.lines).toEqual([])
  })
})
