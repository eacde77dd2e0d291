// Receipts for orders (counter sales and WhatsApp orders alike): the bytes, a plain-text preview, printing,
// reprinting and the test print. The sale never depends on the printer: printing happens after it is stored.
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { RECEIPT_SETTINGS } from './settings'
import type { OrderService } from '../orders/service'
import type { KhataService } from '../khata/service'
import { stmt } from '../db/connection'
import { buildUpiLink } from '../payments/providers/upi'
import { formatMoney, type Currency } from '../../../shared/money'
import { formatDateTime } from '../../../shared/locale'
import { shopLocale } from '../settings/shop'
import type { DayClose } from '../../../shared/contract/counter'
import { encodeReceipt, type ReceiptData } from './escpos'
import { sendToPrinter, type PrintOutcome } from './printer'
import { dayCloseLines } from '../counter/day-close'
import * as khataRepo from '../khata/repository'

export interface ReceiptDeps {
  db: DB
  settings: SettingsReader<
    typeof SHOP_SETTINGS & typeof RECEIPT_SETTINGS,
    | 'shop.name'
    | 'shop.currency'
    | 'shop.timezone'
    | 'receipt.width'
    | 'receipt.address'
    | 'receipt.footer'
    | 'receipt.printer'
  >
  orders: OrderService
  khata: KhataService
  now: () => number
  upi: () => { vpa: string; payeeName: string }
  log: { warn(msg: string, data?: Record<string, unknown>): void }
}

const PAID_AS: Record<string, string> = { cash: 'Cash', upi: 'UPI', khata: 'Khata (credit)' }

export class ReceiptService {
  constructor(private d: ReceiptDeps) {}

  data(number: number): ReceiptData {
    const o = this.d.orders.get(number)
    const extra = stmt(this.d.db, 'SELECT channel, paid_via, tendered FROM orders WHERE number = ?').get(
      number,
    ) as {
      channel: string
      paid_via: string | null
      tendered: number | null
    }
    const onKhata = khataRepo.saleForOrder(this.d.db, number) !== undefined
    let khataBalance: number | null = null
    try {
      const key = this.d.khata.key(o.customer)
      if (khataRepo.entriesOf(this.d.db, key).length > 0) khataBalance = khataRepo.balanceOf(this.d.db, key)
    } catch {
      // A walk-in sale has no phone, so no khata.
    }
    const paidAs =
      o.payment === 'paid'
        ? (PAID_AS[extra.paid_via ?? ''] ?? 'Paid')
        : onKhata
          ? PAID_AS.khata!
          : 'Not paid yet'
    const unpaid = o.payment !== 'paid' && !onKhata
    return {
      ...this.header(),
      title: `${extra.channel === 'counter' ? 'Counter sale' : 'Order'} #${o.number}`,
      when: this.when(o.createdAt),
      customer:
        o.customer === 'counter' ? null : `${o.customerName ? `${o.customerName} ` : ''}${o.customer}`,
      lines: o.lines.map((l) => ({
        name: l.name,
        qty: l.qty,
        unit: l.unit,
        unitPrice: l.unitPrice,
        amount: l.amount,
      })),
      total: o.total,
      currency: o.currency as Currency,
      paidAs,
      tendered: extra.paid_via === 'cash' ? extra.tendered : null,
      change: extra.paid_via === 'cash' && extra.tendered !== null ? extra.tendered - o.total : null,
      khataBalance,
      upiLink: unpaid ? this.upiLink(o.total, String(o.number), o.currency as Currency) : null,
    }
  }

  bytes(number: number): Uint8Array {
    return encodeReceipt(this.data(number))
  }

  /** The receipt as text, for the screen preview. */
  text(number: number): string {
    const r = this.data(number)
    const money = (n: number) => formatMoney(n, r.currency, r.locale)
    return [
      r.shop,
      r.address,
      r.title,
      r.when,
      r.customer ?? '',
      '',
      ...r.lines.map((l) => `${l.name}  ${l.qty} ${l.unit}  ${money(l.amount)}`),
      `TOTAL ${money(r.total)}`,
      `Paid: ${r.paidAs}`,
    ]
      .filter((x) => x !== '')
      .join('\n')
  }

  async print(number: number): Promise<PrintOutcome> {
    const outcome = await sendToPrinter(this.d.settings.get('receipt.printer'), this.bytes(number))
    if (!outcome.printed) this.d.log.warn('receipt not printed', { number, error: outcome.error })
    return outcome
  }

  testPrint(): Promise<PrintOutcome> {
    const bytes = encodeReceipt({
      ...this.header(),
      title: 'TEST PRINT',
      when: this.when(this.d.now()),
      customer: null,
      lines: [],
      total: 0,
      currency: this.d.settings.get('shop.currency'),
      paidAs: '',
      tendered: null,
      change: null,
      khataBalance: null,
      upiLink: null,
      extra: [
        ['Paper', `${this.d.settings.get('receipt.width')} mm`],
        ['Umlauts', 'ä ö ü ß'],
        ['Hindi', 'आटा चीनी'],
      ],
    })
    return sendToPrinter(this.d.settings.get('receipt.printer'), bytes)
  }

  dayCloseBytes(r: DayClose): Uint8Array {
    const rows = dayCloseLines(r, this.d.settings.get('shop.name'))
    return encodeReceipt({
      ...this.header(),
      title: `Day close ${r.day}`,
      when: this.when(this.d.now()),
      customer: null,
      lines: [],
      total: 0,
      currency: r.currency,
      paidAs: '',
      tendered: null,
      change: null,
      khataBalance: null,
      upiLink: null,
      extra: rows.slice(2),
    })
  }

  printBytes(bytes: Uint8Array): Promise<PrintOutcome> {
    return sendToPrinter(this.d.settings.get('receipt.printer'), bytes)
  }

  private header() {
    return {
      width: this.d.settings.get('receipt.width'),
      shop: this.d.settings.get('shop.name'),
      address: this.d.settings.get('receipt.address'),
      footer: this.d.settings.get('receipt.footer'),
      locale: shopLocale(this.d.settings),
    }
  }

  /** "1.12.2026, 23:38" in a German shop, "1/12/2026, 11:38 pm" in an Indian one: the shop's locale and zone. */
  private when(at: number): string {
    return formatDateTime(at, shopLocale(this.d.settings), this.d.settings.get('shop.timezone'))
  }

  private upiLink(amount: number, ref: string, currency: Currency): string | null {
    const upi = this.d.upi()
    if (currency !== 'INR' || !upi.vpa || amount <= 0) return null
    try {
      return buildUpiLink({
        vpa: upi.vpa,
        payeeName: upi.payeeName || this.d.settings.get('shop.name'),
        amountMinor: amount,
        currency,
        orderRef: ref,
        note: `Order ${ref}`,
      })
    } catch {
      return null
    }
  }
}
