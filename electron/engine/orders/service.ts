// The order lifecycle: new -> accepted -> packed -> ready | out_for_delivery -> completed, or rejected /
// cancelled, with the payment state beside it. Every change is one transaction that stores the event with its
// time and announces what happened (`announce`, called inside that transaction, so the customer's message the
// listener queues commits with the change); accepting takes the goods out of stock. Orders never word a
// customer text themselves: the conversation's order notices do (conversation/order-notices.ts).
import type { DB } from '../db/connection'
import type { EngineEvents } from '../events'
import type { CatalogService } from '../catalog/service'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { NotFoundError, ConflictError } from '../errors'
import type { Tx } from '../db/tx'
import { formatMoney, type Currency } from '../../../shared/money'
import { convert, formatQuantity, type Unit } from '../../../shared/units'
import {
  ORDER_TRANSITIONS,
  type OrderDetail,
  type OrderStatus,
  type PaymentState,
} from '../../../shared/contract/orders'
import { getChat } from '../chats/repository'
import { amountOf, roundQty, type PricedLine } from '../../../shared/lines'
import * as repo from './repository'

/** Orders the customer (or the shopkeeper) may still change: nothing has been packed yet. */
const EDITABLE: readonly OrderStatus[] = ['new', 'accepted']
/** The reason a customer's own cancel is stored with: the one cancel the customer may take back. */
export const CUSTOMER_CANCEL = 'Cancelled by the customer'

/** The customer may still change the goods of an order in this state: the shop has not taken it, nor been paid. */
export function changeableByCustomer(o: { status: string; payment: string }): boolean {
  return o.status === 'new' && o.payment !== 'paid'
}

/** Packs and pieces are sold whole; weights and volumes to the gram / millilitre. */
function wholeIfCounted(qty: number, unit: Unit): number {
  return unit === 'pc' || unit === 'pack' ? Math.max(1, Math.round(qty)) : roundQty(qty)
}

export type LineChange =
  { kind: 'qty'; qty: number } | { kind: 'substitute'; sku: string; qty?: number } | { kind: 'remove' }

/** A line change as it was made: what the customer is told about. */
export type LineChangeMade =
  | { kind: 'remove'; name: string }
  | { kind: 'qty'; name: string; qty: number; unit: Unit }
  | { kind: 'substitute'; name: string; with: string; qty: number; unit: Unit }

/** What happened to an order that its customer should hear about. */
export type OrderAnnouncement =
  | {
      kind: 'status'
      number: number
      /** The order's chat (the customer key the conversation uses). */
      chat: string
      status: OrderStatus
      /** The shopkeeper's reason (rejected, cancelled), or null. */
      reason: string | null
      total: number
      currency: Currency
    }
  | {
      kind: 'edited'
      number: number
      chat: string
      change: LineChangeMade
      /** The new total. */
      total: number
      currency: Currency
    }

/** Told synchronously, inside the transaction of the change: what it stores commits (or rolls back) with it. */
export type Announce = (a: OrderAnnouncement) => void

/** The change in the shopkeeper's record of the order (order_events), in plain English. */
function changeRecord(c: LineChangeMade): string {
  if (c.kind === 'remove') return `${c.name}: removed`
  const qty = formatQuantity({ value: roundQty(c.qty), unit: c.unit })
  return c.kind === 'qty' ? `${c.name}: now ${qty}` : `${c.name} replaced by ${c.with} (${qty})`
}

/** What a customer's change did to each line, as the order's history says it ("Bread: removed"). */
function customerChanges(before: PricedLine[], after: PricedLine[]): string[] {
  const out: string[] = []
  const qty = (l: PricedLine) => formatQuantity({ value: roundQty(l.qty), unit: l.unit })
  for (const b of before) {
    const a = after.find((l) => l.sku === b.sku && l.unit === b.unit)
    if (!a) out.push(`${b.name}: removed`)
    else if (Math.abs(a.qty - b.qty) > 1e-9) out.push(`${b.name}: now ${qty(a)}`)
  }
  for (const a of after)
    if (!before.some((b) => b.sku === a.sku && b.unit === a.unit)) out.push(`${a.name}: added ${qty(a)}`)
  return out
}

export class OrderService {
  constructor(
    private db: DB,
    private tx: Tx,
    private events: EngineEvents,
    private now: () => number,
    private catalog: CatalogService,
    private settings: SettingsReader<typeof SHOP_SETTINGS, 'shop.name' | 'shop.language' | 'shop.currency'>,
    private announce: Announce = () => {},
  ) {}

  /** Called by the conversation inside its transaction; the cart lines are priced as sold. */
  create(o: repo.NewOrder): number {
    const number = repo.insertOrder(this.db, o, this.now())
    const total = o.lines.reduce((s, l) => s + l.amount, 0)
    this.tx.after(() => {
      this.events.emit('orders.created', {
        number,
        customer: o.chat,
        customerName: o.customerName,
        total,
        currency: o.currency,
      })
      this.events.emit('orders.changed', { number, status: 'new', payment: 'unpaid', reason: 'created' })
    })
    return number
  }

  get(number: number): OrderDetail {
    const o = this.row(number)
    const chat = getChat(this.db, o.chat)
    return {
      ...repo.toSummary(o, repo.paymentViaOf(this.db, [o]).get(number) ?? []),
      lines: repo.orderLines(this.db, number),
      address: o.address,
      note: o.note,
      reason: o.reason,
      customerNotes: chat?.notes ?? null,
      events: repo.orderEvents(this.db, number),
      next: [...ORDER_TRANSITIONS[o.status]],
      editable: EDITABLE.includes(o.status),
    }
  }

  list(q: repo.OrderQuery) {
    return repo.listOrders(this.db, q)
  }

  counts() {
    return repo.countByStatus(this.db)
  }

  latestFor(chat: string): repo.OrderRow | undefined {
    return repo.latestOrderOf(this.db, chat)
  }

  /**
   * One click in the queue. `notify: false` is for the customer's own "cancel", which the conversation answers
   * in its own reply.
   */
  transition(
    number: number,
    to: OrderStatus,
    opts: { reason?: string | null; notify?: boolean } = {},
  ): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      if (!ORDER_TRANSITIONS[o.status].includes(to))
        throw new ConflictError(
          `Order #${number} is ${o.status.replace(/_/g, ' ')}; it cannot become ${to.replace(/_/g, ' ')}`,
          { key: 'cannotBecome', params: { number, from: o.status, to } },
        )
      const now = this.now()
      const reason = opts.reason?.trim() || null
      repo.setStatus(this.db, number, to, reason, now)
      repo.insertEvent(this.db, number, now, 'status', o.status, to, reason)
      if (to === 'accepted' && o.stock_applied === 0) {
        this.applyStock(number, 1)
        repo.markStockApplied(this.db, number, true)
      }
      if ((to === 'cancelled' || to === 'rejected') && o.stock_applied === 1) {
        // The goods go back on the shelf.
        this.applyStock(number, -1)
        repo.markStockApplied(this.db, number, false)
      }
      if (opts.notify !== false)
        this.announce({
          kind: 'status',
          number,
          chat: o.chat,
          status: to,
          reason,
          total: o.total,
          currency: o.currency,
        })
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: to, payment: o.payment, reason: 'status' }),
      )
    })
    return this.get(number)
  }

  /**
   * "actually no, keep it" right after the customer's own cancel: the order is back as it was, when the cancel is
   * the last thing that happened to it and came after `since`. Null when it cannot be (the shop has moved on).
   */
  undoCustomerCancel(number: number, since: number): OrderDetail | null {
    const back = this.tx.run(() => {
      const o = this.row(number)
      const last = repo.orderEvents(this.db, number).at(-1)
      if (o.status !== 'cancelled' || !last || last.kind !== 'status' || last.to !== 'cancelled') return null
      if (last.detail !== CUSTOMER_CANCEL || last.at < since || !last.from) return null
      const to = last.from as OrderStatus
      if (!EDITABLE.includes(to)) return null
      const now = this.now()
      repo.setStatus(this.db, number, to, null, now)
      repo.insertEvent(this.db, number, now, 'status', 'cancelled', to, 'Cancel taken back by the customer')
      if (to === 'accepted' && o.stock_applied === 0) {
        this.applyStock(number, 1)
        repo.markStockApplied(this.db, number, true)
      }
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: to, payment: o.payment, reason: 'status' }),
      )
      return to
    })
    return back ? this.get(number) : null
  }

  setPayment(number: number, payment: PaymentState, detail?: string): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      if (o.payment === payment) return
      const now = this.now()
      repo.setPayment(this.db, number, payment, now)
      repo.insertEvent(this.db, number, now, 'payment', o.payment, payment, detail ?? null)
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: o.status, payment, reason: 'payment' }),
      )
    })
    return this.get(number)
  }

  setNote(number: number, note: string | null): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      repo.setNote(this.db, number, note, this.now())
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: o.status, payment: o.payment, reason: 'note' }),
      )
    })
    return this.get(number)
  }

  /**
   * The customer's address sent after the order was placed ("my address is …" once the order is in): the order
   * goes there, while it is not yet packed. The conversation answers the customer; the queue shows the change.
   */
  setDelivery(number: number, address: string): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      if (!EDITABLE.includes(o.status))
        throw new ConflictError(
          `Order #${number} is already ${o.status.replace(/_/g, ' ')}; where it goes can no longer be changed`,
          { key: 'notEditable', params: { number, from: o.status } },
        )
      if (o.fulfilment === 'delivery' && o.address === address) return
      const now = this.now()
      repo.setDelivery(this.db, number, address, now)
      repo.insertEvent(this.db, number, now, 'edit', null, null, `delivery to: ${address}`)
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: o.status, payment: o.payment, reason: 'edit' }),
      )
    })
    return this.get(number)
  }

  /**
   * The customer's own "also add 2 maggi" to an order still new (nothing accepted or packed): the goods go on that
   * order, beside the same goods added up. The conversation tells the customer; no announcement is made.
   */
  addLines(number: number, added: PricedLine[]): OrderDetail {
    return this.changeByCustomer(number, (lines) => {
      for (const a of added) {
        const i = lines.findIndex((l) => l.sku === a.sku && l.unit === a.unit && l.unitPrice === a.unitPrice)
        const same = lines[i]
        if (same) {
          const qty = roundQty(same.qty + a.qty)
          lines[i] = { ...same, qty, amount: amountOf(qty, same.unitPrice) }
        } else lines.push(a)
      }
      return lines
    })
  }

  /**
   * The customer's own "remove the bread", "make it 4 maggi" on an order still new and unpaid: the order's lines
   * become `lines` (kept lines keep the price they were sold at; the conversation priced the rest). Each line
   * that changed is written to the order's history as the customer's. Never leaves an order with no lines.
   */
  setLinesByCustomer(number: number, lines: PricedLine[]): OrderDetail {
    if (lines.length === 0)
      throw new ConflictError('An order needs at least one line; cancel it instead', { key: 'lastLine' })
    return this.changeByCustomer(number, () => lines.map((l) => ({ ...l })))
  }

  /** Writes a customer's change of a new, unpaid order's lines, with one history line for each line changed. */
  private changeByCustomer(number: number, change: (lines: PricedLine[]) => PricedLine[]): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      if (!changeableByCustomer(o))
        throw new ConflictError(
          `Order #${number} is already ${o.status.replace(/_/g, ' ')}; its goods cannot be changed`,
          {
            key: 'notEditable',
            params: { number, from: o.status },
          },
        )
      const before: PricedLine[] = repo.orderLines(this.db, number)
      const lines = change(before.map((l) => ({ ...l })))
      const now = this.now()
      const total = lines.reduce((s, l) => s + l.amount, 0)
      repo.replaceLines(this.db, number, lines)
      repo.setTotals(this.db, number, total, lines.length, now)
      for (const what of customerChanges(before, lines))
        repo.insertEvent(this.db, number, now, 'edit', null, null, `${what} by the customer`)
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: o.status, payment: o.payment, reason: 'edit' }),
      )
    })
    return this.get(number)
  }

  /** Edits one line before packing and tells the customer what changed and the new total. */
  editLine(number: number, position: number, change: LineChange): OrderDetail {
    this.tx.run(() => {
      const o = this.row(number)
      if (!EDITABLE.includes(o.status))
        throw new ConflictError(
          `Order #${number} is already ${o.status.replace(/_/g, ' ')}; lines can no longer be edited`,
          { key: 'notEditable', params: { number, from: o.status } },
        )
      const lines = repo.orderLines(this.db, number)
      const i = lines.findIndex((l) => l.position === position)
      const line = lines[i]
      if (!line)
        throw new NotFoundError(`Order #${number} has no line ${position}`, {
          key: 'noLine',
          params: { number, position },
        })
      let made: LineChangeMade
      if (change.kind === 'remove') {
        if (lines.length === 1)
          throw new ConflictError('An order needs at least one line; cancel or reject it instead', {
            key: 'lastLine',
          })
        lines.splice(i, 1)
        made = { kind: 'remove', name: line.name }
      } else if (change.kind === 'qty') {
        const qty = wholeIfCounted(change.qty, line.unit)
        lines[i] = { ...line, qty, amount: amountOf(qty, line.unitPrice, line.unit) }
        made = { kind: 'qty', name: line.name, qty, unit: line.unit }
      } else {
        const p = this.catalog.get(change.sku)
        let qty = change.qty
        if (qty === undefined) qty = convert({ value: line.qty, unit: line.unit }, p.unit) ?? line.qty
        qty = wholeIfCounted(qty, p.unit)
        lines[i] = {
          ...line,
          sku: p.sku,
          name: p.name,
          unit: p.unit,
          qty,
          unitPrice: p.price,
          amount: amountOf(qty, p.price, p.unit),
        }
        made = { kind: 'substitute', name: line.name, with: p.name, qty, unit: p.unit }
      }
      const now = this.now()
      const total = lines.reduce((s, l) => s + l.amount, 0)
      // A paid order that grows would hide what the customer still owes: the payment state has no "part paid".
      if (o.payment === 'paid' && total > o.total)
        throw new ConflictError(
          `Order #${number} is already paid; this change would raise the total to ${formatMoney(total, o.currency)}. ` +
            'Take the difference as a new order, or refund and edit.',
          { key: 'paidWouldGrow', params: { number, total: formatMoney(total, o.currency) } },
        )
      repo.replaceLines(this.db, number, lines)
      repo.setTotals(this.db, number, total, lines.length, now)
      repo.insertEvent(this.db, number, now, 'edit', null, null, changeRecord(made))
      if (o.stock_applied === 1) {
        // Accepted orders already took stock: give back the old line and take the new one.
        this.catalog.decrementStock([{ sku: line.sku, qty: -this.inStockUnits(line) }])
        const next = change.kind === 'remove' ? undefined : lines[i]
        if (next) this.catalog.decrementStock([{ sku: next.sku, qty: this.inStockUnits(next) }])
      }
      this.announce({ kind: 'edited', number, chat: o.chat, change: made, total, currency: o.currency })
      this.tx.after(() =>
        this.events.emit('orders.changed', { number, status: o.status, payment: o.payment, reason: 'edit' }),
      )
    })
    return this.get(number)
  }

  slip(number: number): string {
    const o = this.get(number)
    const currency = o.currency as Currency
    const shop = this.settings.get('shop.name')
    const out = [
      shop,
      `Order #${o.number}  ${new Date(o.createdAt).toISOString().slice(0, 16).replace('T', ' ')}`,
      `Customer: ${o.customerName ? `${o.customerName} ` : ''}${o.customer}`,
      o.fulfilment === 'delivery' ? `Delivery: ${o.address ?? '(no address)'}` : 'Pickup',
      '',
      ...o.lines.map(
        (l) =>
          `${formatQuantity({ value: roundQty(l.qty), unit: l.unit }).padEnd(10)} ${l.name.slice(0, 40).padEnd(40)} ${formatMoney(l.amount, currency).padStart(10)}`,
      ),
      '',
      `${'TOTAL'.padEnd(51)} ${formatMoney(o.total, currency).padStart(10)}`,
      `Payment: ${o.payment.replace(/_/g, ' ')}`,
    ]
    if (o.note) out.push(`Note: ${o.note}`)
    if (o.customerNotes) out.push(`Customer notes: ${o.customerNotes}`)
    return out.join('\n')
  }

  private applyStock(number: number, sign: 1 | -1): void {
    const lines = repo.orderLines(this.db, number)
    this.catalog.decrementStock(lines.map((l) => ({ sku: l.sku, qty: sign * this.inStockUnits(l) })))
  }

  /** Stock is counted in the product's selling unit; a line sold in another unit of the same kind is converted. */
  private inStockUnits(l: PricedLine): number {
    try {
      const p = this.catalog.get(l.sku)
      return convert({ value: l.qty, unit: l.unit }, p.unit as Unit) ?? l.qty
    } catch {
      return l.qty
    }
  }

  private row(number: number): repo.OrderRow {
    const o = repo.getOrder(this.db, number)
    if (!o) throw new NotFoundError(`No order #${number}`, { key: 'noOrder', params: { number } })
    return o
  }

  currency(): Currency {
    return this.settings.get('shop.currency')
  }
}
