// Domain types shared by the engine, the hosts and the renderer. Schemas that validate them at the edges
// live in shared/contract.ts; these are the plain shapes.
import type { Currency } from './money'
import type { Quantity, Unit } from './units'

export interface Product {
  sku: string
  name: string
  /** Price of one selling unit, in minor units of the shop currency. */
  price: number
  /** Selling unit: what one "1" of this product means. */
  unit: Unit
  /** Pack size, e.g. { value: 500, unit: 'g' } for "Amul Butter 500 g"; null when not packed. */
  size: Quantity | null
  /** Other names customers use: local names, other languages, emoji. */
  aliases: string[]
  category: string
  /** Units in stock; null when the shop does not track stock for this product. */
  stock: number | null
  active: boolean
  updatedAt: number
  /** EAN-13 / EAN-8 (a UPC-A is stored as its EAN-13 form); null or absent when the product has none. */
  barcode?: string | null
}

/** What an import or a form supplies; the engine fills in the rest. */
export type ProductInput = Omit<Product, 'updatedAt' | 'active'> & { active?: boolean }

export interface Shop {
  name: string
  currency: Currency
}
