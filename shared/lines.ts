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

export function amountOf(qty: number, unitPrice: number): number {
  return Math.round(qty * unitPrice)
}
