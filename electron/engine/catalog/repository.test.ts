import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../db/connection'
import { substituteFor, upsertProduct } from './repository'

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
