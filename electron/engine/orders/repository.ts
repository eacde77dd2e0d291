// Queries for orders, order_lines and order_events: plain functions, db first, bound parameters only.
// The queue's pages are served by orders_queue (status, created_at) and orders_created (created_at).
import { stmt, type DB } from '../db/connection'
import type { Currency } from '../../../shared/money'
import type { Unit } from '../../../shared/units'
import {
  ORDER_STATUSES,
  type OrderLineView,
  type OrderStatus,
  type OrderSummary,
  type PaymentState,
} from '../../../shared/contract/orders'

export interface OrderRow {
  number: number
  chat: string
  customer_name: string | null
  status: OrderStatus
  payment: PaymentState
  currency: Currency
  total: number
  item_count: number
  fulfilment: 'pickup' | 'delivery'
  address: string | null
  note: string | null
  reason: string | null
  stock_applied: number
  created_at: number
  updated_at: number
}

interface LineRow {
  order_number: number
  position: number
  sku: string
  name: string
  qty: number
  unit: string
  unit_price: number
  amount: number
}

export const FIRST_ORDER_NUMBER = 1001

/**
 * What the customer was sent or how they paid, for the payment badge: the providers of the last "link sent"
 * (its event detail "sent: upi, razorpay"; "sent: cash" when only "please pay cash" went out), or the way a
 * paid order was paid ("paid via upi"; a counter sale's own paid_via). Empty when unknown.
 */
export function paymentViaOf(db: DB, rows: readonly OrderRow[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const asked = rows.filter((r) => r.payment === 'link_sent' || r.payment === 'paid')
  if (asked.length === 0) return out
  const details = db
    .prepare(
      `SELECT e.order_number AS number, e.detail FROM order_events e
        WHERE e.order_number IN (${asked.map(() => '?').join(',')}) AND e.kind = 'payment'
          AND e.id = (SELECT max(id) FROM order_events x
                       WHERE x.order_number = e.order_number AND x.kind = 'payment' AND x.to_value = ?)`,
    )
    .all(...asked.map((r) => r.number), 'link_sent') as { number: number; detail: string | null }[]
  const sent = new Map(details.map((d) => [d.number, d.detail]))
  for (const r of asked) {
    const counterVia = (r as OrderRow & { paid_via?: string | null }).paid_via
    if (r.payment === 'paid') {
      const paid = db
        .prepare(
          `SELECT detail FROM order_events WHERE order_number = ? AND kind = 'payment' AND to_value = 'paid'
            ORDER BY id DESC LIMIT 1`,
        )
        .pluck()
        .get(r.number) as string | undefined
      const via = /^paid via (\w+)/.exec(paid ?? '')?.[1] ?? counterVia ?? null
      out.set(r.number, via ? [via] : [])
    } else {
      const m = /^sent: (.+)$/.exec(sent.get(r.number) ?? '')
      out.set(
        r.number,
        m
          ? m[1]!
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      )
    }
  }
  return out
}

export function toSummary(r: OrderRow, paymentVia: string[] = []): OrderSummary {
  return {
    number: r.number,
    customer: r.chat,
    customerName: r.customer_name,
    status: r.status,
    payment: r.payment,
    currency: r.currency,
    total: r.total,
    itemCount: r.item_count,
    fulfilment: r.fulfilment,
    paymentVia,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

export interface NewOrder {
  chat: string
  customerName: string | null
  currency: Currency
  fulfilment: 'pickup' | 'delivery'
  address: string | null
  lines: Omit<OrderLineView, 'position'>[]
}

/** Inserts an order with the next number (1001 upwards; the primary key keeps numbers unique). */
export function insertOrder(db: DB, o: NewOrder, now: number): number {
  const next = (
    stmt(db, 'SELECT coalesce(max(number), ?) + 1 AS n FROM orders').get(FIRST_ORDER_NUMBER - 1) as {
      n: number
    }
  ).n
  const total = o.lines.reduce((s, l) => s + l.amount, 0)
  stmt(
    db,
    `INSERT INTO orders (number, chat, customer_name, status, payment, currency, total, item_count, fulfilment, address, created_at, updated_at)
     VALUES (?, ?, ?, 'new', 'unpaid', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(next, o.chat, o.customerName, o.currency, total, o.lines.length, o.fulfilment, o.address, now, now)
  replaceLines(db, next, o.lines)
  insertEvent(db, next, now, 'created', null, 'new', null)
  return next
}

export function replaceLines(db: DB, number: number, lines: Omit<OrderLineView, 'position'>[]): void {
  stmt(db, 'DELETE FROM order_lines WHERE order_number = ?').run(number)
  const ins = stmt(
    db,
    'INSERT INTO order_lines (order_number, position, sku, name, qty, unit, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  lines.forEach((l, i) => ins.run(number, i + 1, l.sku, l.name, l.qty, l.unit, l.unitPrice, l.amount))
}

export function insertEvent(
  db: DB,
  number: number,
  at: number,
  kind: 'created' | 'status' | 'payment' | 'edit',
  from: string | null,
  to: string | null,
  detail: string | null,
): void {
  stmt(
    db,
    'INSERT INTO order_events (order_number, at, kind, from_value, to_value, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(number, at, kind, from, to, detail)
}

export function getOrder(db: DB, number: number): OrderRow | undefined {
  return stmt(db, 'SELECT * FROM orders WHERE number = ?').get(number) as OrderRow | undefined
}

export function orderLines(db: DB, number: number): OrderLineView[] {
  return (
    stmt(db, 'SELECT * FROM order_lines WHERE order_number = ? ORDER BY position').all(number) as LineRow[]
  ).map((l) => ({
    position: l.position,
    sku: l.sku,
    name: l.name,
    qty: l.qty,
    unit: l.unit as Unit,
    unitPrice: l.unit_price,
    amount: l.amount,
  }))
}

export function orderEvents(db: DB, number: number) {
  return (
    stmt(
      db,
      'SELECT at, kind, from_value, to_value, detail FROM order_events WHERE order_number = ? ORDER BY id',
    ).all(number) as {
      at: number
      kind: 'created' | 'status' | 'payment' | 'edit'
      from_value: string | null
      to_value: string | null
      detail: string | null
    }[]
  ).map((e) => ({ at: e.at, kind: e.kind, from: e.from_value, to: e.to_value, detail: e.detail }))
}

export function setStatus(
  db: DB,
  number: number,
  status: OrderStatus,
  reason: string | null,
  now: number,
): void {
  stmt(db, 'UPDATE orders SET status = ?, reason = coalesce(?, reason), updated_at = ? WHERE number = ?').run(
    status,
    reason,
    now,
    number,
  )
}

export function setPayment(db: DB, number: number, payment: PaymentState, now: number): void {
  stmt(db, 'UPDATE orders SET payment = ?, updated_at = ? WHERE number = ?').run(payment, now, number)
}

export function setTotals(db: DB, number: number, total: number, itemCount: number, now: number): void {
  stmt(db, 'UPDATE orders SET total = ?, item_count = ?, updated_at = ? WHERE number = ?').run(
    total,
    itemCount,
    now,
    number,
  )
}

export function setDelivery(db: DB, number: number, address: string, now: number): void {
  stmt(db, "UPDATE orders SET fulfilment = 'delivery', address = ?, updated_at = ? WHERE number = ?").run(
    address,
    now,
    number,
  )
}

export function setNote(db: DB, number: number, note: string | null, now: number): void {
  stmt(db, 'UPDATE orders SET note = ?, updated_at = ? WHERE number = ?').run(note, now, number)
}

export function markStockApplied(db: DB, number: number, applied: boolean): void {
  stmt(db, 'UPDATE orders SET stock_applied = ? WHERE number = ?').run(applied ? 1 : 0, number)
}

export function latestOrderOf(db: DB, chat: string): OrderRow | undefined {
  return stmt(db, 'SELECT * FROM orders WHERE chat = ? ORDER BY created_at DESC, number DESC LIMIT 1').get(
    chat,
  ) as OrderRow | undefined
}

export interface OrderQuery {
  statuses?: OrderStatus[]
  customer?: string
  query?: string
  from?: number
  to?: number
  offset: number
  limit: number
}

function whereOf(q: Omit<OrderQuery, 'offset' | 'limit'>): { clause: string; params: (string | number)[] } {
  const where: string[] = []
  const params: (string | number)[] = []
  if (q.statuses && q.statuses.length > 0 && q.statuses.length < ORDER_STATUSES.length) {
    where.push(`status IN (${q.statuses.map(() => '?').join(', ')})`)
    params.push(...q.statuses)
  }
  if (q.customer) {
    where.push('chat = ?')
    params.push(q.customer)
  }
  const query = q.query?.trim().replace(/^#/, '')
  if (query) {
    if (/^\d{1,15}$/.test(query) && Number(query) >= FIRST_ORDER_NUMBER) {
      where.push('(number = ? OR chat LIKE ?)')
      params.push(Number(query), `%${query}%`)
    } else {
      const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      where.push("(chat LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')")
      params.push(like, like)
    }
  }
  if (q.from !== undefined) {
    where.push('created_at >= ?')
    params.push(q.from)
  }
  if (q.to !== undefined) {
    where.push('created_at < ?')
    params.push(q.to)
  }
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params }
}

/**
 * Newest first. The page's order numbers come off the covering index (so a deep offset skips index entries,
 * not table rows), then the rows are fetched by primary key. A status-only filter totals from the counts table.
 */
export function listOrders(db: DB, q: OrderQuery): { total: number; items: OrderSummary[] } {
  const { clause, params } = whereOf(q)
  const statusOnly =
    q.customer === undefined && !q.query?.trim() && q.from === undefined && q.to === undefined
  let total: number
  if (statusOnly) {
    const counts = countByStatus(db)
    const wanted = q.statuses && q.statuses.length > 0 ? q.statuses : ORDER_STATUSES
    total = [...new Set(wanted)].reduce((s, st) => s + counts[st], 0)
  } else {
    total = (stmt(db, `SELECT count(*) AS n FROM orders ${clause}`).get(...params) as { n: number }).n
  }
  const rows = stmt(
    db,
    `SELECT * FROM orders WHERE number IN (
       SELECT number FROM orders ${clause} ORDER BY created_at DESC, number DESC LIMIT ? OFFSET ?
     ) ORDER BY created_at DESC, number DESC`,
  ).all(...params, q.limit, q.offset) as OrderRow[]
  const via = paymentViaOf(db, rows)
  return { total, items: rows.map((r) => toSummary(r, via.get(r.number) ?? [])) }
}

/** Kept by triggers on orders (migration 0011), so the queue's group headers never count the table. */
export function countByStatus(db: DB): Record<OrderStatus, number> {
  const out = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>
  for (const r of stmt(db, 'SELECT status, n FROM order_status_counts').all() as {
    status: OrderStatus
    n: number
  }[])
    if (r.status in out) out[r.status] = r.n
  return out
}

export function ordersInRange(db: DB, from: number, to: number): OrderRow[] {
  return stmt(
    db,
    'SELECT * FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY created_at, number',
  ).all(from, to) as OrderRow[]
}

export function linesInRange(db: DB, from: number, to: number): (LineRow & { status: OrderStatus })[] {
  return stmt(
    db,
    `SELECT l.*, o.status FROM orders o JOIN order_lines l ON l.order_number = o.number
     WHERE o.created_at >= ? AND o.created_at < ? ORDER BY o.created_at, o.number, l.position`,
  ).all(from, to) as (LineRow & { status: OrderStatus })[]
}
