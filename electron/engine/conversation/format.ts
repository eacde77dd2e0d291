// How carts, orders and prices read in a WhatsApp message: *bold* names, one line per item, money in the
// shop's currency written in the shop's locale ("3,29 €", "₹1,23,456"). Pure functions.
import { formatMoney, type Currency } from '../../../shared/money'
import { formatQuantity, type Unit } from '../../../shared/units'
import { roundQty, type PricedLine } from '../../../shared/lines'

export { amountOf, pricedAt, roundQty, type PricedLine } from '../../../shared/lines'

/** "0.5 kg"; in a locale that writes a decimal comma, "0,5 kg" (a German customer reads "0.5" as a typo). */
export function qtyText(qty: number, unit: Unit, locale?: string): string {
  // goods sold by the dozen counted in pieces read as pieces ("5 pc", not "0.417 dozen"); 1.5 dozen stays
  const twelfths = Math.round(qty * 12)
  if (
    unit === 'dozen' &&
    Math.abs(qty * 12 - twelfths) < 0.01 &&
    Math.abs(qty * 4 - Math.round(qty * 4)) > 0.01
  )
    return formatQuantity({ value: twelfths, unit: 'pc' })
  const value = roundQty(qty)
  if (!locale || Number.isInteger(value)) return formatQuantity({ value, unit })
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(value)
  return `${n} ${unit}`
}

/** "2 × ₹56" for counted items, "0.5 kg × ₹40/kg" for weighed ones. */
export function lineText(l: PricedLine, currency: Currency, index: number, locale?: string): string {
  const counted = l.unit === 'pc' || l.unit === 'pack'
  const m = (n: number) => formatMoney(n, currency, locale)
  const how = counted
    ? `${roundQty(l.qty)} × ${m(l.unitPrice)}`
    : `${qtyText(l.qty, l.unit, locale)} × ${m(l.unitPrice)}/${l.unit}`
  return `${index}. ${l.name} — ${how} = ${m(l.amount)}`
}

export function priceText(unitPrice: number, unit: Unit, currency: Currency, locale?: string): string {
  return unit === 'pc' || unit === 'pack'
    ? formatMoney(unitPrice, currency, locale)
    : `${formatMoney(unitPrice, currency, locale)}/${unit}`
}
