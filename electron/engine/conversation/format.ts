// How carts, orders and prices read in a WhatsApp message: *bold* names, one line per item, money in the
// shop's currency. Pure functions.
import { formatMoney, type Currency } from '../../../shared/money'
import { formatQuantity, type Unit } from '../../../shared/units'

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

export function qtyText(qty: number, unit: Unit): string {
  return formatQuantity({ value: roundQty(qty), unit })
}

/** "2 × ₹56" for counted items, "0.5 kg × ₹40/kg" for weighed ones. */
export function lineText(l: PricedLine, currency: Currency, index: number): string {
  const counted = l.unit === 'pc' || l.unit === 'pack'
  const how = counted
    ? `${roundQty(l.qty)} × ${formatMoney(l.unitPrice, currency)}`
    : `${qtyText(l.qty, l.unit)} × ${formatMoney(l.unitPrice, currency)}/${l.unit}`
  return `${index}. ${l.name} — ${how} = ${formatMoney(l.amount, currency)}`
}

export function amountOf(qty: number, unitPrice: number): number {
  return Math.round(qty * unitPrice)
}

export function priceText(unitPrice: number, unit: Unit, currency: Currency): string {
  return unit === 'pc' || unit === 'pack'
    ? formatMoney(unitPrice, currency)
    : `${formatMoney(unitPrice, currency)}/${unit}`
}
