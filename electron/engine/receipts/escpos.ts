// A receipt as ESC/POS bytes, through @point-of-sale/receipt-printer-encoder: ESC @ first, then the shop,
// the lines, the total, how it was paid, the khata balance, a UPI QR when the order is still unpaid, and a cut.
// Umlauts go through the printer's code page (the encoder picks one that has them); Devanagari, which no
// thermal code page has, is printed transliterated (transliterate.ts).
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { formatMoney, type Currency } from '../../../shared/money'
import { formatQuantity, type Unit } from '../../../shared/units'
// Thermal printers have no Devanagari code page: a Hindi name is printed in the same Hinglish spelling the
// order reader uses ("आटा" → "aata"), so the receipt stays readable instead of "????".
import { transliterate } from '../../../shared/understanding/devanagari'

export interface ReceiptLine {
  name: string
  qty: number
  unit: Unit
  unitPrice: number
  amount: number
}

export interface ReceiptData {
  width: 58 | 80
  shop: string
  address: string
  footer: string
  /** "Order #1003" or a heading like "TEST PRINT". */
  title: string
  /** Already formatted in the shop's locale and time zone ("1.12.2026, 23:38"). */
  when: string
  /** How amounts are written ("de-DE": "3,29 EUR"); omitted: the currency's own country. */
  locale?: string
  customer: string | null
  lines: ReceiptLine[]
  total: number
  currency: Currency
  /** "Cash", "UPI", "Khata", "Unpaid"… in plain words. */
  paidAs: string
  tendered: number | null
  change: number | null
  /** The customer's khata balance after this sale, when they have one. */
  khataBalance: number | null
  /** A upi://pay link printed as a QR for an unpaid order. */
  upiLink: string | null
  /** Free lines (the test print, the day close). */
  extra?: [string, string][]
}

/** Characters per line in font A: 32 on 58 mm paper, 48 on 80 mm. */
export function columnsFor(width: 58 | 80): number {
  return width === 58 ? 32 : 48
}

// The rupee sign is in no thermal code page; "Rs." is how Indian receipts print it anyway. The euro sign is
// missing from the code pages many printers start in (437, 850), so it is spelled "EUR" where it stood:
// "3,29 EUR" in Germany, "EUR 3.29" where the sign comes first.
const txt = (s: string) =>
  transliterate(s)
    // eslint-disable-next-line no-control-regex -- control bytes would be printer commands
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/₹\s?/g, 'Rs.')
    .replace(/€\s?(?=[\d-])/g, 'EUR ')
    .replace(/€/g, 'EUR')

function qtyLabel(l: ReceiptLine): string {
  const counted = l.unit === 'pc' || l.unit === 'pack'
  return counted ? `${Math.round(l.qty * 1000) / 1000} x` : formatQuantity({ value: l.qty, unit: l.unit })
}

export function encodeReceipt(r: ReceiptData): Uint8Array {
  const columns = columnsFor(r.width)
  const m = (n: number) => txt(formatMoney(n, r.currency, r.locale))
  const e = new ReceiptPrinterEncoder({ language: 'esc-pos', columns, errors: 'relaxed', feedBeforeCut: 4 })
  e.initialize().codepage('auto')
  e.align('center')
    .bold(true)
    .size(2, 2)
    .line(txt(r.shop).slice(0, Math.floor(columns / 2)))
    .size(1, 1)
    .bold(false)
  for (const a of txt(r.address)
    .split(/\n|,\s*/)
    .filter(Boolean))
    e.line(a.slice(0, columns))
  e.newline().bold(true).line(txt(r.title)).bold(false).line(txt(r.when))
  if (r.customer) e.line(txt(r.customer))
  e.align('left').rule()
  const amountWidth = 11
  if (r.lines.length > 0) {
    e.table(
      [
        { width: columns - amountWidth - 1, marginRight: 1, align: 'left' },
        { width: amountWidth, align: 'right' },
      ],
      r.lines.flatMap((l) => [
        [txt(l.name), m(l.amount)],
        [`  ${qtyLabel(l)} ${m(l.unitPrice)}${l.unit === 'pc' || l.unit === 'pack' ? '' : `/${l.unit}`}`, ''],
      ]),
    )
    e.rule()
  }
  const row = (label: string, value: string) =>
    e.table(
      [
        { width: columns - amountWidth - 5, align: 'left' },
        { width: amountWidth + 5, align: 'right' },
      ],
      [[txt(label), value]],
    )
  if (r.lines.length > 0) {
    e.bold(true)
    row('TOTAL', m(r.total))
    e.bold(false)
    row('Paid', txt(r.paidAs))
    if (r.tendered !== null) row('Given', m(r.tendered))
    if (r.change !== null) row('Change', m(r.change))
    if (r.khataBalance !== null)
      row(r.khataBalance >= 0 ? 'Khata balance' : 'Khata advance', m(Math.abs(r.khataBalance)))
  }
  for (const [label, value] of r.extra ?? []) row(label, txt(value))
  if (r.upiLink) {
    e.newline()
      .align('center')
      .line('Scan to pay by UPI')
      .qrcode(r.upiLink, { model: 2, size: r.width === 58 ? 5 : 6, errorlevel: 'm' })
    e.line(m(r.total))
  }
  if (r.footer) e.newline().align('center').line(txt(r.footer))
  e.align('left')
  e.cut('partial')
  return e.encode()
}
