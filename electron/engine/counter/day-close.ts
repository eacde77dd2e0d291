// Day close: what the drawer should hold (cash sales and khata paid in cash), what came by UPI and online,
// what went on the khata and what came back; printable on the thermal printer or as a page, and a CSV for the
// accountant. The day is the shop's local day (its time zone setting), not the computer's.
import { stringify } from 'csv-stringify/sync'
import { stmt, type DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import { localDayRange, localTime } from '../../../shared/hours'
import { formatMoney, toMajorString, type Currency } from '../../../shared/money'
import type { DayClose } from '../../../shared/contract/counter'

const DAY_MS = 86_400_000

/** The shop-local day containing `now`, or the named day ("2026-12-02"). */
export function dayRange(
  now: number,
  timeZone: string,
  day?: string,
): { day: string; from: number; to: number } {
  let at = now
  if (day) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    const target = Date.UTC(y, m - 1, d)
    if (!Number.isFinite(target)) throw new Error(`"${day}" is not a date (YYYY-MM-DD)`)
    at = target + DAY_MS / 2
    // Noon UTC may be the next or previous local day (UTC+14, UTC-12): step until the local date matches.
    for (let i = 0; i < 3; i++) {
      const lt = localTime(at, timeZone)
      const diff = Math.round((target - Date.UTC(lt.year, lt.month - 1, lt.day)) / DAY_MS)
      if (diff === 0) break
      at += diff * DAY_MS
    }
  }
  const r = localDayRange(at, timeZone)
  const lt = localTime(r.from + 60_000, timeZone)
  const name = `${lt.year}-${String(lt.month).padStart(2, '0')}-${String(lt.day).padStart(2, '0')}`
  return { day: name, ...r }
}

function sum(db: DB, sql: string, ...params: (string | number)[]): number {
  return (stmt(db, sql).get(...params) as { n: number | null }).n ?? 0
}

export function dayClose(
  db: DB,
  settings: SettingsReader<typeof SHOP_SETTINGS, 'shop.timezone' | 'shop.currency'>,
  now: number,
  opts: { day?: string | undefined; counted?: number | undefined } = {},
): DayClose {
  const { day, from, to } = dayRange(now, settings.get('shop.timezone'), opts.day)
  const live = "status NOT IN ('rejected', 'cancelled')"
  const orders = sum(
    db,
    `SELECT count(*) AS n FROM orders WHERE created_at >= ? AND created_at < ? AND ${live}`,
    from,
    to,
  )
  const counterSales = sum(
    db,
    `SELECT count(*) AS n FROM orders WHERE channel = 'counter' AND created_at >= ? AND created_at < ? AND ${live}`,
    from,
    to,
  )
  const counterBy = (via: string) =>
    sum(
      db,
      `SELECT sum(total) AS n FROM orders WHERE channel = 'counter' AND paid_via = ? AND created_at >= ? AND created_at < ? AND ${live}`,
      via,
      from,
      to,
    )
  // WhatsApp orders paid today, by the way they were paid (payments area: cash/upi marked by hand, gateways).
  const remoteBy = (where: string) =>
    sum(
      db,
      `SELECT sum(amount_paid) AS n FROM payment_requests WHERE status = 'paid' AND paid_at >= ? AND paid_at < ? AND ${where}`,
      from,
      to,
    )
  const khataIn = (method: string) =>
    -sum(
      db,
      "SELECT sum(amount) AS n FROM khata_entries WHERE kind = 'payment' AND method = ? AND at >= ? AND at < ?",
      method,
      from,
      to,
    )
  const khataGiven = sum(
    db,
    "SELECT sum(amount) AS n FROM khata_entries WHERE kind = 'sale' AND at >= ? AND at < ?",
    from,
    to,
  )
  const received = { cash: khataIn('cash'), upi: khataIn('upi'), online: khataIn('online') }
  const cashSales = counterBy('cash') + remoteBy("paid_via = 'cash'")
  const expected = cashSales + received.cash
  const counted = opts.counted ?? null
  const unpaid = sum(
    db,
    `SELECT sum(total) AS n FROM orders o WHERE created_at >= ? AND created_at < ? AND ${live}
       AND payment IN ('unpaid', 'link_sent')
       AND NOT EXISTS (SELECT 1 FROM khata_entries k WHERE k.order_number = o.number AND k.kind = 'sale')`,
    from,
    to,
  )
  const upi = counterBy('upi') + remoteBy("paid_via = 'upi'")
  const online = remoteBy("(paid_via IS NULL OR paid_via NOT IN ('cash', 'upi'))")
  return {
    day,
    from,
    to,
    currency: settings.get('shop.currency'),
    // What the day's sales brought in, by how they were paid; khata is sold on credit (no money yet), and
    // khata repayments are not sales, so they stay out of it (they are in cash.expected and khataReceived).
    takings: {
      cash: cashSales,
      upi,
      online,
      khata: khataGiven,
      total: cashSales + upi + online + khataGiven,
    },
    orders,
    counterSales,
    cash: {
      sales: cashSales,
      khataReceived: received.cash,
      expected,
      counted,
      difference: counted === null ? null : counted - expected,
    },
    upi,
    online,
    khataGiven,
    khataReceived: received,
    unpaid,
  }
}

/** The report as lines of text: the thermal slip and the printable page share it. */
export function dayCloseLines(r: DayClose, shop: string): [string, string][] {
  const m = (n: number) => formatMoney(n, r.currency as Currency)
  const rows: [string, string][] = [
    [shop, ''],
    [`Day close ${r.day}`, ''],
    ['Orders', String(r.orders)],
    ['  of them at the counter', String(r.counterSales)],
    ['Cash sales', m(r.cash.sales)],
    ['Khata paid in cash', m(r.cash.khataReceived)],
    ['Cash expected', m(r.cash.expected)],
  ]
  if (r.cash.counted !== null) {
    rows.push(['Cash counted', m(r.cash.counted)])
    rows.push(['Difference', `${r.cash.difference! > 0 ? '+' : ''}${m(r.cash.difference!)}`])
  }
  rows.push(
    ['UPI', m(r.upi)],
    ['Online', m(r.online)],
    ['Khata given', m(r.khataGiven)],
    ['Khata received (cash)', m(r.khataReceived.cash)],
    ['Khata received (UPI)', m(r.khataReceived.upi)],
    ['Khata received (online)', m(r.khataReceived.online)],
    ['Unpaid orders', m(r.unpaid)],
  )
  return rows
}

/** For the accountant: one row per figure, amounts in major units with a dot. */
export function dayCloseCsv(r: DayClose): { fileName: string; csv: string } {
  const money = (n: number | null) => (n === null ? '' : toMajorString(n))
  const rows: (string | number)[][] = [
    ['day', 'figure', 'amount', 'currency'],
    [r.day, 'orders', r.orders, ''],
    [r.day, 'counter_sales', r.counterSales, ''],
    [r.day, 'cash_sales', money(r.cash.sales), r.currency],
    [r.day, 'khata_received_cash', money(r.khataReceived.cash), r.currency],
    [r.day, 'cash_expected', money(r.cash.expected), r.currency],
    [r.day, 'cash_counted', money(r.cash.counted), r.currency],
    [r.day, 'cash_difference', money(r.cash.difference), r.currency],
    [r.day, 'upi', money(r.upi), r.currency],
    [r.day, 'online', money(r.online), r.currency],
    [r.day, 'khata_given', money(r.khataGiven), r.currency],
    [r.day, 'khata_received_upi', money(r.khataReceived.upi), r.currency],
    [r.day, 'khata_received_online', money(r.khataReceived.online), r.currency],
    [r.day, 'unpaid', money(r.unpaid), r.currency],
  ]
  return { fileName: `day-close-${r.day}.csv`, csv: stringify(rows) }
}
