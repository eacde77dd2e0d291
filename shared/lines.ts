// An order line priced as sold, and the arithmetic both the cart and the order use. Pure.
import type { Unit } from './units'

export interface PricedLine {
  sku: string
  name: string
  qty: number
  unit: Unit
  unitPrice: number
  amount: number
}

/** Rounded so 0.1 + 0.2 kg reads "0.3 kg". */
export function roundQty(qty: number): number {
  return Math.round(qty * 1000) / 1000
}

/**
 * What `qty` costs at `unitPrice` per unit, in minor units. Goods sold by the dozen are counted in pieces: a
 * quantity within rounding of a whole number of twelfths (5 bananas, kept as 0.417 dozen) is priced as that many
 * twelfths, so 5 at ₹60 a dozen is ₹25, not ₹25.02.
 */
export function amountOf(qty: number, unitPrice: number, unit?: Unit): number {
  if (unit === 'dozen') {
    const twelfths = Math.round(qty * 12)
    if (Math.abs(qty * 12 - twelfths) < 0.01) return Math.round((twelfths * unitPrice) / 12)
  }
  return Math.round(qty * unitPrice)
}

/** `qty` of a product at its price now: the line a cart (or a sale) makes of it. */
export function pricedAt(
  p: { sku: string; name: string; unit: Unit; price: number },
  qty: number,
): PricedLine {
  return {
    sku: p.sku,
    name: p.name,
    qty,
    unit: p.unit,
    unitPrice: p.price,
    amount: amountOf(qty, p.price, p.unit),
  }
}
