import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/connection'
import { activeProductsPage, allProducts, substituteFor, upsertProduct } from './repository'

let db: DB
afterEach(() => db?.close())

const product = (sku: string, name: string, price: number, category: string, extra: object = {}) => ({
  sku,
  name,
  price,
  unit: 'pc' as const,
  size: null,
  aliases: [],
  category,
  stock: null,
  ...extra,
})

describe('substituteFor', () => {
  it('offers the in-stock product of the same category nearest in price, first by name on a tie', () => {
    db = openDatabase(':memory:')
    for (const p of [
      product('OUT', 'Butter Out', 1000, 'Dairy'),
      product('FAR', 'Butter Far', 3000, 'Dairy'),
      product('TIE-B', 'Butter B', 1100, 'Dairy'),
      product('TIE-A', 'Butter A', 900, 'Dairy'),
      product('EMPTY', 'Butter Empty', 1000, 'Dairy', { stock: 0 }),
      product('OFF', 'Butter Off', 1000, 'Dairy', { active: false }),
      product('OTHER', 'Bread', 1000, 'Bakery'),
    ])
      upsertProduct(db, p, 1)
    const out = { sku: 'OUT', category: 'Dairy', price: 1000 }
    expect(substituteFor(db, out)?.sku).toBe('TIE-A')
    upsertProduct(db, product('NEAR', 'Zebra Butter', 1050, 'Dairy', { stock: 3 }), 2)
    expect(substituteFor(db, out)?.sku).toBe('NEAR')
    expect(substituteFor(db, { sku: 'OTHER', category: 'Bakery', price: 1000 })).toBeNull()
  })
})

describe('activeProductsPage', () => {
  it('pages through the active products in catalog order, same names included', () => {
    db = openDatabase(':memory:')
    let i = 0
    for (const cat of ['Veg', 'Dairy', 'Bakery'])
      for (const name of ['Milk', 'Bread', 'Milk', 'Atta', 'Milk'])
        upsertProduct(db, product(`S${i++}`, name, 100, cat, { active: i % 4 !== 0 }), 1)
    const expected = allProducts(db)
      .filter((p) => p.active)
      .map((p) => p.sku)
    for (const limit of [1, 2, 4, 100]) {
      const got: string[] = []
      let after = null
      do {
        const page = activeProductsPage(db, after, limit)
        got.push(...page.products.map((p) => p.sku))
        after = page.next
      } while (after)
      expect(got).toEqual(expected)
    }
    expect(activeProductsPage(db, null, -1).products.map((p) => p.sku)).toEqual(expected)
  })
})
