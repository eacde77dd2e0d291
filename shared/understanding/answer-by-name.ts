// A which-one question answered by naming another product of the goods asked about ("which milk?" of two Taaza
// milks, answered "gold" with Amul Gold Milk in the shop): that product is the answer, not one more line.
import type { Product } from '../domain'
import { queryWords } from './match'

/**
 * Whether `product` is of the goods the question asked about (`asked`: the customer's words, "milk", "amul
 * butter"): each of those words is in its name or its aliases.
 */
export function ofGoodsAsked(asked: string, product: Pick<Product, 'name' | 'aliases'>): boolean {
  const want = queryWords(asked)
  if (want.length === 0) return false
  const has = new Set([product.name, ...product.aliases].flatMap((n) => queryWords(n)))
  return want.every((w) => has.has(w))
}
