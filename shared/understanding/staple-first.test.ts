// A staple said alone over a big grocer's catalog ("1 litre milk", "5 kg atta", "2 maggi"): the which-one question
// offers first the plain goods a corner-shop customer means, not what the goods are only part of (a flavoured or
// plant milk, a flour of other grains), not a cosmetic that shares the word, not a brand's odd one out.
import { describe, expect, it } from 'vitest'
import type { Product } from '../domain'
import { buildCatalogIndex, understand } from './index'
import { testProduct } from '../../tests/fixtures/test-catalog'

const P = (sku: string, name: string, category: string): Product => ({
  ...testProduct(sku, name, 'pack'),
  category,
})
const DAIRY = 'Bakery, Cakes & Dairy / Dairy'
const FLOURS = 'Foodgrains, Oil & Masala / Atta, Flours & Sooji'
const BAKING = 'Gourmet & World Food / Cooking & Baking Needs'
const NOODLES = 'Snacks & Branded Foods / Noodle, Pasta, Vermicelli'
const SKIN = 'Beauty & Hygiene / Skin Care'
const VEG = 'Fruits & Vegetables / Fresh Vegetables'

const big = buildCatalogIndex([
  // goods of their own, so that their names before another's head make that a compound
  ...['Ginger', 'Coconut', 'Almond', 'Tulsi', 'Barley', 'Bajra'].flatMap((g, i) => [
    P(`G-${i}`, `Fresho ${g}`, VEG),
    P(`G2-${i}`, `Organic ${g}`, VEG),
    P(`G3-${i}`, `Natures ${g}`, VEG),
  ]),
  P('MILK-GINGER', 'Heritage Ginger Milk', DAIRY),
  P('MILK-TULSI', 'Heritage Tulsi Milk', DAIRY),
  P('MILK-COCONUT', 'Coco Coconut Milk', 'Beverages / Fruit Juices & Drinks'),
  P('MILK-ALMOND', 'Sofit Almond Milk', DAIRY),
  P('MILK-CLEANSING', 'Organic Harvest Cleansing Milk', SKIN),
  P('MILK-ROSE', 'Lotus Rose Milk', SKIN),
  P('MILK-TONED', 'Nandini Toned Milk', DAIRY),
  P('MILK-AMUL', 'Amul Fresh Toned Milk', DAIRY),
  P('FLOUR-COCONUT', 'By Nature Coconut Flour', BAKING),
  P('FLOUR-ALMOND', 'Puramate Almond Flour', BAKING),
  P('ATTA-BARLEY', 'Graminway Barley Atta', BAKING),
  P('ATTA-BAJRA', 'Graminway Bajra Atta', BAKING),
  P('ATTA-WHEAT', 'Aashirvaad Atta - Whole Wheat', FLOURS),
  P('ATTA-CHAKKI', 'Pillsbury Atta - Chakki Fresh', FLOURS),
  P('CHALAN', 'Kvg Atta Chalan', 'Kitchen, Garden & Pets / Kitchen Accessories'),
  P('MAGGI-COCONUT', 'MAGGI Coconut Milk Powder', 'Snacks & Branded Foods / Ready To Cook & Eat'),
  P('MAGGI-STOCK', 'MAGGI Chicken Stock', 'Foodgrains, Oil & Masala / Masalas & Spices'),
  P('MAGGI-KETCHUP', 'MAGGI Rich Tomato Ketchup', 'Foodgrains, Oil & Masala / Sauces'),
  P('MAGGI-MASALA', 'MAGGI 2-Minute Noodles Masala', NOODLES),
  P('MAGGI-CUPPA', 'MAGGI Cuppa Noodles - Masala', NOODLES),
  P('MAGGI-ATTA', 'MAGGI Atta Noodles', NOODLES),
  P('MAGGI-CHICKEN', 'MAGGI 2 Minute Chicken Noodles', NOODLES),
])

const asked = (text: string): string[] => {
  const l = understand(text, big).lines[0]!
  return l.sku ? [l.sku] : l.candidates
}

describe('the staple first among the products a bare word names', () => {
  it.each(['1 litre milk', 'milk', '2 packets of milk please', 'half litre milk', 'need milk'])(
    '"%s" offers the toned milks before flavoured, plant and cosmetic milks',
    (text) => {
      const c = asked(text)
      expect(c.slice(0, 2).sort()).toEqual(['MILK-AMUL', 'MILK-TONED'])
      expect(c).not.toContain('MILK-CLEANSING')
    },
  )

  it.each(['5 kg atta', 'atta', '10 kilo aata', 'send atta 5kg'])(
    '"%s" offers the wheat attas before flours of other grains and a sieve',
    (text) => {
      const c = asked(text)
      expect(c.slice(0, 2).sort()).toEqual(['ATTA-CHAKKI', 'ATTA-WHEAT'])
      expect(c).not.toContain('CHALAN')
    },
  )

  it.each(['2 maggi', 'maggi', '4 packet maggi', 'one maggi pls'])(
    '"%s" (a brand alone) offers its noodles first',
    (text) => {
      const c = asked(text)
      expect(c.slice(0, 4).every((s) => big.products.find((p) => p.sku === s)!.category === NOODLES)).toBe(
        true,
      )
    },
  )
})
