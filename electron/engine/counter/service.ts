// The counter: a walk-in sale is an order like a WhatsApp one (same numbering, same day summary, same
// finished list) with channel 'counter', completed at once and paid by cash, UPI or the customer's khata.
// Items come by barcode or by the same catalog matcher that reads WhatsApp orders (names, aliases, typos).
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { Tx } from '../db/tx'
import type { CatalogService } from '../catalog/service'
import type { KhataService } from '../khata/service'
import { ConflictError, NotFoundError } from '../errors'
import * as orders from '../orders/repository'
import { stmt } from '../db/connection'
import { toSellingUnits } from '../conversation/conversation'
import { amountOf, roundQty } from '../../../shared/lines'
import { buildUpiLink, upiQrPng } from '../payments/providers/upi'
import type { Product } from '../../../shared/domain'
import { formatMoney, type Currency } from '../../../shared/money'
import { formatQuantity, type Unit } from '../../../shared/units'
import { checkBarcode, normalizeBarcode } from '../../../shared/barcode'
import { matchItem, type CatalogIndex } from '../../../shared/understanding'
import type { OrderLineView } from '../../../shared/contract/orders'
import type { CounterLineInput, CounterPayment } from '../../../shared/contract/counter'

/** Beyond these a counter line is a typo or a scale error, not a sale (in the line's own unit). */
const MAX_AT_COUNTER: Record<Unit, number> = {
  kg: 100,
  g: 100_000,
  l: 100,
  ml: 100_000,
  pc: 1000,
  pack: 1000,
  dozen: 100,
}

/** Who bought at the counter without giving a phone number. */
export const WALK_IN = 'counter'

export interface CounterDeps {
  db: DB
  tx: Tx
  events: EngineEvents
  now: () => number
  settings: SettingsReader<typeof SHOP_SETTINGS, 'shop.name' | 'shop.currency'>
  catalog: CatalogService
  khata: KhataService
  /** The catalog index the conversation keeps (rebuilt only when the catalog's shape changes). */
  index: () => CatalogIndex
  upi: () => { vpa: string; payeeName: string }
}

export interface SaleResult {
  number: number
  total: number
  currency: Currency
  change: number | null
  balance: number | null
}

export class CounterService {
  constructor(private d: CounterDeps) {}

  /** A scan (digits) or a typed name. A valid barcode nobody has is offered for adding; a bad one explained. */
  lookup(code: string): {
    product: Product | null
    candidates: Product[]
    unknownBarcode: string | null
    error: string | null
  } {
    const text = code.trim()
    const digits = text.replace(/[\s-]/g, '')
    if (/^\d{8,14}$/.test(digits)) {
      const check = checkBarcode(digits)
      if (check.ok) {
        const p = this.d.catalog.byBarcode(check.code)
        if (p) return { product: p, candidates: [], unknownBarcode: null, error: null }
        // A shop may have typed the pack's code into the SKU column before barcodes had their own.
        const bySku = this.tryGet(digits)
        if (bySku) return { product: bySku, candidates: [], unknownBarcode: null, error: null }
        return { product: null, candidates: [], unknownBarcode: normalizeBarcode(check.code), error: null }
      }
      const bySku = this.tryGet(digits)
      if (bySku) return { product: bySku, candidates: [], unknownBarcode: null, error: null }
      if ([8, 12, 13].includes(digits.length))
        return {
          product: null,
          candidates: [],
          unknownBarcode: null,
          error: `${check.message}; scan it again`,
          ...(check.ok ? {} : { errorText: { key: check.key, params: check.params } }),
        }
    }
    const exact = this.tryGet(text)
    if (exact) return { product: exact, candidates: [], unknownBarcode: null, error: null }
    const m = matchItem(text, this.d.index())
    const products = (skus: string[]) =>
      skus.map((s) => this.tryGet(s)).filter((p): p is Product => p !== null && p.active)
    if (m.kind === 'resolved' && m.sku) {
      const p = this.tryGet(m.sku)
      return {
        product: p,
        candidates: products(m.candidates.filter((s) => s !== m.sku)),
        unknownBarcode: null,
        error: null,
      }
    }
    const candidates = products(m.candidates)
    return {
      product: null,
      candidates,
      unknownBarcode: null,
      error: candidates.length ? null : `Nothing matches "${text.slice(0, 60)}"`,
    }
  }

  /** The lines priced as they would be sold now; refuses zero, negative or absurd quantities and weights. */
  quote(lines: CounterLineInput[]): { lines: OrderLineView[]; total: number; currency: Currency } {
    const priced = lines.map((l, i) => this.price(l, i + 1))
    // The same product scanned twice is one line with the quantities added, as on a shop bill.
    const merged: OrderLineView[] = []
    for (const l of priced) {
      const same = merged.find((m) => m.sku === l.sku && m.unit === l.unit)
      if (same) {
        same.qty = roundQty(same.qty + l.qty)
        same.amount = amountOf(same.qty, same.unitPrice, same.unit)
      } else merged.push({ ...l, position: merged.length + 1 })
    }
    return { lines: merged, total: merged.reduce((s, l) => s + l.amount, 0), currency: this.currency() }
  }

  /** The counter QR for this amount (the customer scans it off the screen). */
  async upiQr(lines: CounterLineInput[]) {
    const q = this.quote(lines)
    const link = this.upiLink(q.total, `C${this.nextNumber()}`)
    const png = await upiQrPng(link, { width: 768 })
    return {
      link,
      dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
      amount: q.total,
      currency: q.currency,
    }
  }

  upiLink(amount: number, ref: string): string {
    const upi = this.d.upi()
    if (this.currency() !== 'INR')
      throw new ConflictError(`UPI takes rupees only; the shop's currency is ${this.currency()}`, {
        key: 'upiRupees',
        params: { currency: this.currency() },
      })
    if (!upi.vpa)
      throw new ConflictError('UPI is not set up: add the shop’s UPI ID in Settings → Payments', {
        key: 'upiNotSetUp',
      })
    return buildUpiLink({
      vpa: upi.vpa,
      payeeName: upi.payeeName || this.d.settings.get('shop.name'),
      amountMinor: amount,
      currency: 'INR',
      orderRef: ref,
      note: `Counter ${ref}`,
    })
  }

  /**
   * One sale, one transaction: the order (completed), its lines, stock, and for khata the ledger entry. A khata
   * sale past the customer's credit limit is refused (nothing written) unless the shopkeeper overrides.
   */
  sell(lines: CounterLineInput[], payment: CounterPayment): SaleResult {
    const q = this.quote(lines)
    if (q.total <= 0)
      throw new ConflictError('The sale comes to nothing; add an item with a price', { key: 'saleNothing' })
    let change: number | null = null
    let tendered: number | null = null
    if (payment.method === 'cash') {
      tendered = payment.tendered ?? q.total
      if (tendered < q.total)
        throw new ConflictError(
          `The customer gave ${this.money(tendered)}, less than the total ${this.money(q.total)}`,
          { key: 'tenderedShort', params: { given: this.money(tendered), total: this.money(q.total) } },
        )
      change = tendered - q.total
    }
    const customer = payment.method === 'khata' ? this.d.khata.key(payment.customer) : WALK_IN
    const name = payment.method === 'khata' ? payment.name?.trim() || null : null
    const result = this.d.tx.run(() => {
      const now = this.d.now()
      const number = orders.insertOrder(
        this.d.db,
        {
          chat: customer,
          customerName: name,
          currency: q.currency,
          fulfilment: 'pickup',
          address: null,
          lines: q.lines.map(({ position: _p, ...l }) => l),
        },
        now,
      )
      const paid = payment.method === 'khata' ? 'unpaid' : 'paid'
      stmt(
        this.d.db,
        `UPDATE orders SET channel = 'counter', status = 'completed', payment = ?, paid_via = ?, tendered = ?,
           stock_applied = 1, updated_at = ? WHERE number = ?`,
      ).run(paid, payment.method, tendered, now, number)
      orders.insertEvent(this.d.db, number, now, 'status', 'new', 'completed', 'counter sale')
      if (paid === 'paid')
        orders.insertEvent(this.d.db, number, now, 'payment', 'unpaid', 'paid', `paid via ${payment.method}`)
      this.d.catalog.decrementStock(q.lines.map((l) => ({ sku: l.sku, qty: l.qty })))
      let balance: number | null = null
      if (payment.method === 'khata') {
        balance = this.d.khata.sale(customer, q.total, {
          orderNumber: number,
          override: payment.override === true,
          name,
        }).balance
      }
      this.d.tx.after(() =>
        this.d.events.emit('orders.changed', {
          number,
          status: 'completed',
          payment: paid,
          reason: 'created',
        }),
      )
      return { number, balance }
    })
    return { number: result.number, total: q.total, currency: q.currency, change, balance: result.balance }
  }

  private price(l: CounterLineInput, position: number): OrderLineView {
    const p = this.tryGet(l.sku)
    if (!p)
      throw new NotFoundError(`No product with SKU "${l.sku}"`, { key: 'noProduct', params: { sku: l.sku } })
    if (!Number.isFinite(l.qty) || l.qty <= 0)
      throw new ConflictError(`${p.name}: the quantity or weight must be more than zero`, {
        key: 'qtyZero',
        params: { name: p.name },
      })
    const unit = l.unit ?? p.unit
    if (l.qty > MAX_AT_COUNTER[unit])
      throw new ConflictError(
        `${p.name}: ${formatQuantity({ value: l.qty, unit })} is not a plausible counter sale ` +
          `(at most ${formatQuantity({ value: MAX_AT_COUNTER[unit], unit })}); check the scale or the number typed`,
        {
          key: 'notPlausible',
          params: {
            name: p.name,
            qty: formatQuantity({ value: l.qty, unit }),
            max: formatQuantity({ value: MAX_AT_COUNTER[unit], unit }),
          },
        },
      )
    const qty = toSellingUnits(p, l.qty, unit)
    if (qty === null)
      throw new ConflictError(`${p.name} is sold per ${p.unit}; ${unit} cannot be turned into ${p.unit}`, {
        key: 'unitMismatch',
        params: { name: p.name, sold: p.unit, unit },
      })
    const counted = p.unit === 'pc' || p.unit === 'pack' || p.unit === 'dozen'
    if (counted && Math.abs(qty - Math.round(qty)) > 1e-9)
      throw new ConflictError(`${p.name} is sold by the ${p.unit}; the quantity must be a whole number`, {
        key: 'wholeNumber',
        params: { name: p.name, sold: p.unit },
      })
    const q = roundQty(qty)
    if (q <= 0)
      throw new ConflictError(`${p.name}: the weight is too small to sell`, {
        key: 'tooSmall',
        params: { name: p.name },
      })
    return {
      position,
      sku: p.sku,
      name: p.name,
      qty: q,
      unit: p.unit,
      unitPrice: p.price,
      amount: amountOf(q, p.price, p.unit),
    }
  }

  private tryGet(sku: string): Product | null {
    try {
      return this.d.catalog.get(sku)
    } catch {
      return null
    }
  }

  private nextNumber(): number {
    return (
      stmt(this.d.db, 'SELECT coalesce(max(number), ?) + 1 AS n FROM orders').get(
        orders.FIRST_ORDER_NUMBER - 1,
      ) as {
        n: number
      }
    ).n
  }

  private currency(): Currency {
    return this.d.settings.get('shop.currency')
  }

  private money(n: number): string {
    return formatMoney(n, this.currency())
  }
}
