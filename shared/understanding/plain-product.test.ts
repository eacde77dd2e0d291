// A bare word over a big catalog: of the many products that have it, the one it names alone (with at most the
// brand before it) is what nearly everyone means, and is taken; choices only the customer can settle are asked.
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex, understand } from './index'
import { testProduct as P } from '../../tests/fixtures/test-catalog'

// A house brand that opens many names, as a big grocer's "Fresho" or "bb" does, and a brand of dairy.
const filler = [
  'Mango',
  'Papaya',
  'Guava',
  'Cabbage',
  'Cauliflower',
  'Spinach',
  'Okra',
  'Brinjal',
  'Capsicum',
  'Cucumber',
  'Radish',
  'Beetroot',
  'Pumpkin',
  'Peas',
  'Beans',
  'Garlic',
  'Ginger',
  'Coriander',
  'Mint',
  'Lemon Grass',
  'Apple',
  'Banana',
]
// and the long tail of other goods that makes the house brand's name common but not every name
const tail = Array.from({ length: 400 }, (_, i) => {
  const word = String.fromCharCode(98 + (i % 20), 97 + (((i / 20) % 20) | 0), 120)
  return P(`T-${i}`, `Sundry ${word}`, 'pack')
})
const big = buildCatalogIndex([
  ...tail,
  ...filler.map((n, i) => P(`F-${i}`, `Fresho ${n}`, 'pack')),
  ...filler.map((n, i) => P(`FO-${i}`, `Fresho ${n} - Organically Grown`, 'pack')),
  P('POTATO', 'Fresho Potato', 'pack'),
  P('POTATO-BABY', 'Fresho Baby Potato', 'pack'),
  P('POTATO-SWEET', 'Fresho Sweet Potato', 'pack'),
  P('POTATO-WEDGES', 'Fresho Potato - Wedges', 'pack'),
  P('POTATO-ORG', 'Fresho Potato - Organically Grown', 'pack'),
  P('BHUJIA', 'Tasties Aloo Bhujia', 'pack'),
  P('ONION', 'Fresho Onion', 'pack'),
  P('ONION-SPRING', 'Fresho Spring Onion', 'pack'),
  P('ONION-DICED', 'Fresho Onion - Diced', 'pack'),
  P('TOMATO-HYBRID', 'Fresho Tomato - Hybrid', 'pack'),
  P('TOMATO-LOCAL', 'Fresho Tomato - Local', 'pack'),
  P('TOMATO-CHERRY', 'Fresho Tomato - Cherry', 'pack'),
  P('CHIPS-POTATO', 'Potato Chips Salted', 'pack'),
  P('CHIPS-BANANA', 'Banana Chips', 'pack'),
  ...filler.map((n, i) => P(`A-${i}`, `Amul ${n} Lassi`, 'pack')),
  P('BUTTER-100', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
  P('BUTTER-500', 'Amul Butter 500 g', 'pack', { value: 500, unit: 'g' }),
  P('BUTTER-GARLIC', 'Amul Garlic Butter', 'pack'),
])

const first = (text: string) => {
  const l = understand(text, big).lines[0]!
  return l.sku ?? `ask:${l.candidates.join('|')}`
}

describe('the plain product for a bare word', () => {
  it.each(['potato', '2 kg potatoes', 'aloo 2 kg', 'pls send 3 kg potato', 'Kartoffeln 2 kg'])(
    '"%s" is the plain potato, not baby, sweet, wedges or bhujia',
    (text) => {
      expect(first(text)).toBe('POTATO')
    },
  )

  it.each(['onion', '1 kg onions', 'pyaz 2 kilo'])('"%s" is the plain onion', (text) => {
    expect(first(text)).toBe('ONION')
  })

  it.each([
    ['baby potato', 'POTATO-BABY'],
    ['sweet potato 1 kg', 'POTATO-SWEET'],
    ['aloo bhujia', 'BHUJIA'],
    ['spring onion', 'ONION-SPRING'],
  ])('a kind said with its word is that kind ("%s")', (text, sku) => {
    expect(first(text)).toBe(sku)
  })

  it.each(['tomato', '2 kg tomatoes'])('"%s" with two kinds and no plain one is asked', (text) => {
    const asked = first(text)
    expect(asked).toMatch(/^ask:/)
    expect(asked).toContain('TOMATO-HYBRID')
    expect(asked).toContain('TOMATO-LOCAL')
  })

  it('two plain packs of different sizes are asked: 100 g or 500 g butter', () => {
    const asked = first('butter')
    expect(asked).toMatch(/^ask:/)
    expect(asked).toContain('BUTTER-100')
    expect(asked).toContain('BUTTER-500')
  })

  it('a goods word opening a name is no brand: "chips" is asked, not taken as potato chips', () => {
    expect(first('2 chips')).toMatch(/^ask:/)
  })
})

describe('the plain fresh goods before goods named after them', () => {
  const fresh = 'Fruits & Vegetables / Fresh Vegetables'
  const F = (...a: Parameters<typeof P>) => ({ ...P(...a), category: fresh })
  const S = (...a: Parameters<typeof P>) => ({
    ...P(...a),
    category: 'Foodgrains, Oil & Masala / Masalas & Spices',
  })
  const brands = ['Aachi', 'Eastern', 'Sakthi', 'Everest', 'Catch', 'Badshah', 'Annapoorna', 'Organic Tattva']
  const named = buildCatalogIndex([
    ...tail,
    F('TOMATO-DICED', 'Fresho Tomato - Diced', 'pack'),
    F('TOMATO-CHERRY', 'Fresho Tomato - Cherry', 'pack'),
    P('KETCHUP', 'Kissan Tomato Ketchup', 'pack'),
    P('NOODLES-TOMATO', 'Koka Noodles - Tomato', 'pack'),
    F('TOMATO-HYBRID', 'Fresho Tomato - Hybrid', 'pack'),
    F('TOMATO-LOCAL', 'Fresho Tomato - Local', 'pack'),
    // more chilli powders than a question's first look takes in, before the fresh chilli
    ...Array.from({ length: 24 }, (_, i) =>
      S(`POWDER-${i}`, `${brands[i % 8]} Powder - Chilli ${i + 1}`, 'pack'),
    ),
    F('CHILLI', 'Fresho Chilli - Green Long, Medium', 'pack'),
    P('CHIPS-CHILLI', 'Tapioca Chips Chilli', 'pack'),
    // a spice brand that opens many names, and its coriander powder named by the Hindi word alone
    ...filler.map((n, i) => S(`MDH-${i}`, `Mdh ${n} Masala`, 'pack')),
    S('MDH-DHANIA', 'Mdh Dhania', 'pack'),
    F('CORIANDER', 'Fresho Coriander Leaves', 'pack'),
    P('BHUJIA', 'Tasties Aloo Bhujia', 'pack'),
    P('TIKKI', 'McCain Aloo Tikki', 'pack'),
    F('POTATO', 'Potato', 'pack'),
  ])
  const read = (text: string) => understand(text, named).lines[0]!

  it.each(['आलू 2 किलो', 'aaloo 1 kilo', 'ek kilo aaloo'])(
    '"%s": Hindi said by ear reaches the dictionary\'s potato, not only the snacks named aloo',
    (text) => expect(read(text).sku).toBe('POTATO'),
  )

  it.each(['tamatar 1 kg', 'टमाटर एक किलो', '2 kg tomatoes'])(
    '"%s" asks first among the tomatoes themselves, not diced, cherry, ketchup or noodles',
    (text) => {
      const l = read(text)
      expect(l.sku).toBeNull()
      expect(l.candidates.slice(0, 2).sort()).toEqual(['TOMATO-HYBRID', 'TOMATO-LOCAL'])
    },
  )

  it.each(['mirchi 100 gm', 'chilli 250 g', 'दो सौ ग्राम मिर्ची'])(
    '"%s" offers the fresh chilli first, though many powders are named after it',
    (text) => expect(read(text).candidates[0]).toBe('CHILLI'),
  )

  it.each(['dhania 1 gaddi', 'धनिया', '2 bunch dhania'])(
    '"%s" is not taken as the spice brand\'s coriander powder: asked, the herb first',
    (text) => {
      const l = read(text)
      expect(l.sku).toBeNull()
      expect(l.candidates[0]).toBe('CORIANDER')
      expect(l.candidates).toContain('MDH-DHANIA')
    },
  )
})

// the guard of the rule above: only a word said the same way ("aaloo") carries the dictionary's meaning
describe("a word one letter from a catalog word does not carry that word's meaning", () => {
  const shop = buildCatalogIndex([
    P('PEAS', 'Green Peas', 'kg', null, ['matar']),
    P('BUTTER', 'Amul Butter 100 g', 'pack', { value: 100, unit: 'g' }),
  ])
  it.each(['बटर 100 ग्राम वाला', 'एक बटर', 'दो बटर भेज दो'])('"%s" is no peas (matar)', (text) => {
    expect(understand(text, shop).lines.map((l) => l.sku)).not.toContain('PEAS')
  })
})
