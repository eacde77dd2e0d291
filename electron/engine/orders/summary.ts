// Today's figures and the CSV export, for the "Today" view and the accountant. Ranges default to the shop's
// local day (its time zone setting), not the computer's.
import { stringify } from 'csv-stringify/sync'
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { Clock } from '../../../shared/clock'

/** What a summary reads: the orders, the shop's day and currency. */
type SummarySource = {
  db: DB
  settings: SettingsReader<typeof SHOP_SETTINGS, 'shop.timezone' | 'shop.currency'>
  clock: Clock
}
import { toMajorString } from '../../../shared/money'
import type { Unit } from '../../../shared/units'
import { localDayRange } from '../../../shared/hours'
import { linesInRange, ordersInRange } from './repository'
import { safeCell } from '../catalog/csv'

const NOT_REVENUE = new Set(['rejected', 'cancelled'])

function rangeOf(
  engine: SummarySource,
  a: { from?: number | undefined; to?: number | undefined },
): { from: number; to: number } {
  const day = localDayRange(engine.clock.now(), engine.settings.get('shop.timezone'))
  return { from: a.from ?? day.from, to: a.to ?? (a.from !== undefined ? a.from + 86_400_000 : day.to) }
}

export function orderSummary(engine: SummarySource, a: { from?: number | undefined; to?: number | undefined }) {
  const { from, to } = rangeOf(engine, a)
  const orders = ordersInRange(engine.db, from, to)
  const byStatus: Record<string, number> = {}
  let revenue = 0
  for (const o of orders) {
    byStatus[o.status] = (byStatus[o.status] ?? 0) + 1
    if (!NOT_REVENUE.has(o.status)) revenue += o.total
  }
  const items = new Map<string, { sku: string; name: string; qty: number; unit: Unit; amount: number }>()
  for (const l of linesInRange(engine.db, from, to)) {
    if (NOT_REVENUE.has(l.status)) continue
    const key = `${l.sku}\u0000${l.unit}`
    const it = items.get(key) ?? { sku: l.sku, name: l.name, qty: 0, unit: l.unit as Unit, amount: 0 }
    it.qty = Math.round((it.qty + l.qty) * 1000) / 1000
    it.amount += l.amount
    items.set(key, it)
  }
  const topItems = [...items.values()]
    .sort((x, y) => y.amount - x.amount || x.name.localeCompare(y.name))
    .slice(0, 10)
  return {
    from,
    to,
    currency: orders[0]?.currency ?? engine.settings.get('shop.currency'),
    orders: orders.length,
    revenue,
    byStatus,
    topItems,
  }
}

/** One row per order line, amounts in major units with a dot (spreadsheets read that everywhere). */
export function ordersCsv(engine: SummarySource, a: { from?: number | undefined; to?: number | undefined }) {
  const { from, to } = rangeOf(engine, a)
  const orders = new Map(ordersInRange(engine.db, from, to).map((o) => [o.number, o]))
  const rows: (string | number)[][] = [
    [
      'order',
      'created_at',
      'customer',
      'name',
      'status',
      'payment',
      'fulfilment',
      'sku',
      'item',
      'qty',
      'unit',
      'unit_price',
      'amount',
      'order_total',
      'currency',
    ],
  ]
  for (const l of linesInRange(engine.db, from, to)) {
    const o = orders.get(l.order_number)
    if (!o) continue
    rows.push([
      o.number,
      new Date(o.created_at).toISOString(),
      o.chat,
      // the customer picks their own WhatsApp name: never let a spreadsheet run it as a formula
      safeCell(o.customer_name ?? ''),
      o.status,
      o.payment,
      o.fulfilment,
      safeCell(l.sku),
      safeCell(l.name),
      l.qty,
      l.unit,
      toMajorString(l.unit_price),
      toMajorString(l.amount),
      toMajorString(o.total),
      o.currency,
    ])
  }
  const day = new Date(from).toISOString().slice(0, 10)
  return { csv: stringify(rows), fileName: `orders-${day}.csv` }
}
