// The khata ledger's rows: append-only entries and the per-customer settings beside them. Nothing here
// updates or deletes an entry; a correction is a new row.
import { stmt, type DB } from '../db/connection'

export type EntryKind = 'sale' | 'payment' | 'correction'
export type PaidMethod = 'cash' | 'upi' | 'online'

export interface EntryRow {
  id: number
  customer: string
  at: number
  kind: EntryKind
  amount: number
  method: PaidMethod | null
  order_number: number | null
  note: string | null
}

export interface CustomerRow {
  customer: string
  name: string | null
  credit_limit: number | null
  reminders: number
  last_reminder_at: number | null
  updated_at: number
}

export function insertEntry(db: DB, e: Omit<EntryRow, 'id'>): EntryRow {
  const info = stmt(
    db,
    'INSERT INTO khata_entries (customer, at, kind, amount, method, order_number, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(e.customer, e.at, e.kind, e.amount, e.method, e.order_number, e.note)
  return { ...e, id: Number(info.lastInsertRowid) }
}

export function entriesOf(db: DB, customer: string): EntryRow[] {
  return stmt(db, 'SELECT * FROM khata_entries WHERE customer = ? ORDER BY id').all(customer) as EntryRow[]
}

export function balanceOf(db: DB, customer: string): number {
  return (
    stmt(db, 'SELECT coalesce(sum(amount), 0) AS b FROM khata_entries WHERE customer = ?').get(customer) as {
      b: number
    }
  ).b
}

export function saleForOrder(db: DB, order: number): EntryRow | undefined {
  return stmt(db, "SELECT * FROM khata_entries WHERE order_number = ? AND kind = 'sale' LIMIT 1").get(
    order,
  ) as EntryRow | undefined
}

export interface BalanceRow {
  customer: string
  name: string | null
  balance: number
  entries: number
  last_at: number
  credit_limit: number | null
}

export function balances(db: DB): BalanceRow[] {
  return stmt(
    db,
    `SELECT e.customer, c.name, sum(e.amount) AS balance, count(*) AS entries, max(e.at) AS last_at,
            c.credit_limit
     FROM khata_entries e LEFT JOIN khata_customers c ON c.customer = e.customer
     GROUP BY e.customer ORDER BY sum(e.amount) DESC, e.customer`,
  ).all() as BalanceRow[]
}

export function entriesInRange(db: DB, from: number, to: number): EntryRow[] {
  return stmt(db, 'SELECT * FROM khata_entries WHERE at >= ? AND at < ? ORDER BY id').all(
    from,
    to,
  ) as EntryRow[]
}

export function customerRow(db: DB, customer: string): CustomerRow | undefined {
  return stmt(db, 'SELECT * FROM khata_customers WHERE customer = ?').get(customer) as CustomerRow | undefined
}

export function upsertCustomer(db: DB, row: CustomerRow): void {
  stmt(
    db,
    `INSERT INTO khata_customers (customer, name, credit_limit, reminders, last_reminder_at, updated_at)
     VALUES (@customer, @name, @credit_limit, @reminders, @last_reminder_at, @updated_at)
     ON CONFLICT (customer) DO UPDATE SET name = excluded.name, credit_limit = excluded.credit_limit,
       reminders = excluded.reminders, last_reminder_at = excluded.last_reminder_at, updated_at = excluded.updated_at`,
  ).run(row)
}
