// How carts, orders and prices read in a WhatsApp message: *bold* names, one line per item, money in the
// shop's currency written in the shop's locale ("3,29 €", "₹1,23,456"). Pure functions.
import { formatMoney, type Currency } from '../../../shared/money'
import { formatQuantity, type Unit } from '../../../shared/units'
import { roundQty, type PricedLine } from '../../../shared/lines'

export { amountOf, roundQty, type PricedLine } from '../../../shared/lines'

export function qtyText(qty: number, unit: Unit): string {
  return formatQuantity({ value: roundQty(qty), unit })
}

/** "2 × ₹56" for counted items, "0.5 kg × ₹40/kg" for weighed ones. */
export function lineText(l: PricedLine, currency: Currency, index: number, locale?: string): string {
  const counted = l.unit === 'pc' || l.unit === 'pack'
  const m = (n: number) => formatMoney(n, currency, locale)
  const how = counted
    ? `${roundQty(l.qty)} × ${m(l.unitPrice)}`
    : `${qtyText(l.qty, l.unit)} × ${m(l.unitPrice)}/${l.unit}`
  return `${index}. ${l.name} — ${how} = ${m(l.amount)}`
}

export function priceText(unitPrice: number, unit: Unit, currency: Currency, locale?: string): string {
  return unit === 'pc' || unit === 'pack'
    ? formatMoney(unitPrice, currency, locale)
    : `${formatMoney(unitPrice, currency, locale)}/${unit}`
}
