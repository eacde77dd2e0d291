// npm run bench:queue — seeds 100,000 orders (a year of a busy shop: ~5,000 customers, 1-6 lines each, most
// completed, a few hundred still open) into a fresh on-disk database and prints how long the order queue's
// queries take through the dispatcher, as the Queue screen issues them when it opens: the counts per status,
// the first page of open orders, the first page of each status group, and a page deep in the history.
//
// The render-time half (a virtualized list of these rows in Chromium) is measured by the UI engineer: run
//   npm run bench:queue -- --keep DIR
// to leave the seeded shop in DIR, then `npx counterchat serve --data DIR` and time the Queue view against it.
// `seedOrders` is exported for a render benchmark that wants to seed its own.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createEngine } from '../electron/engine'
import { createDispatcher } from '../electron/engine/api'
import type { DB } from '../electron/engine/db/connection'
import { OPEN_ORDER_STATUSES, type OrderStatus } from '../shared/contract/orders'

const ORDERS = 100_000
const REPEATS = 300

/** A small deterministic generator, so every run seeds the same shop. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const PRODUCTS = [
  ['ONION', 'Onion', 3000, 'kg'],
  ['TOMATO', 'Tomato', 4000, 'kg'],
  ['POTATO', 'Potato', 2500, 'kg'],
  ['MILK', 'Amul Taaza Toned Milk 500 ml', 2700, 'pack'],
  ['BREAD', 'Britannia Bread 400 g', 4500, 'pack'],
  ['EGG', 'Eggs', 700, 'pc'],
  ['ATTA', 'Aashirvaad Atta 5 kg', 24000, 'pack'],
  ['SUGAR', 'Sugar 1 kg', 4800, 'pack'],
  ['BUTTER', 'Amul Butter 100 g', 5600, 'pack'],
  ['RICE', 'India Gate Basmati Rice 5 kg', 65000, 'pack'],
] as const

/**
 * Inserts `n` orders ending at `now`, oldest first, with lines and events as the engine writes them.
 * Recent orders are the open ones, as in a real queue.
 */
export function seedOrders(db: DB, n: number, now: number): void {
  const rand = rng(42)
  const yearMs = 365 * 24 * 60 * 60_000
  const insOrder = db.prepare(
    `INSERT INTO orders (number, chat, customer_name, status, payment, currency, total, item_count, fulfilment, address, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'INR', ?, ?, ?, ?, ?, ?)`,
  )
  const insLine = db.prepare(
    'INSERT INTO order_lines (order_number, position, sku, name, qty, unit, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const insEvent = db.prepare(
    'INSERT INTO order_events (order_number, at, kind, from_value, to_value, detail) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const CHUNK = 5_000
  for (let start = 0; start < n; start += CHUNK) {
    db.transaction(() => {
      for (let i = start; i < Math.min(n, start + CHUNK); i++) {
        const number = 1001 + i
        const createdAt = now - yearMs + Math.floor((i / n) * yearMs)
        const age = now - createdAt
        const status: OrderStatus =
          age < 24 * 60 * 60_000 && rand() < 0.8
            ? (OPEN_ORDER_STATUSES[Math.floor(rand() * OPEN_ORDER_STATUSES.length)] ?? 'new')
            : rand() < 0.04
              ? 'cancelled'
              : rand() < 0.02
                ? 'rejected'
                : 'completed'
        const lines = 1 + Math.floor(rand() * 6)
        let total = 0
        const rows: (string | number)[][] = []
        for (let l = 1; l <= lines; l++) {
          const p = PRODUCTS[Math.floor(rand() * PRODUCTS.length)]!
          const qty = 1 + Math.floor(rand() * 4)
          total += qty * p[2]
          rows.push([number, l, p[0], p[1], qty, p[3], p[2], qty * p[2]])
        }
        const customer = `+9198${String(Math.floor(rand() * 5_000)).padStart(8, '0')}`
        const payment = status === 'completed' ? (rand() < 0.7 ? 'paid' : 'unpaid') : 'unpaid'
        const delivery = rand() < 0.4
        insOrder.run(
          number,
          customer,
          null,
          status,
          payment,
          total,
          lines,
          delivery ? 'delivery' : 'pickup',
          delivery ? 'Flat 4, Shanti Apartments' : null,
          createdAt,
          createdAt,
        )
        for (const r of rows) insLine.run(...r)
        insEvent.run(number, createdAt, 'created', null, 'new', null)
        if (status !== 'new') insEvent.run(number, createdAt + 60_000, 'status', 'new', status, null)
      }
    })()
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function main(): Promise<void> {
  const keepAt = process.argv.indexOf('--keep')
  const keepDir = keepAt > 0 ? process.argv[keepAt + 1] : undefined
  const dir = keepDir ? resolve(keepDir) : mkdtempSync(join(tmpdir(), 'cc-bench-queue-'))
  const engine = createEngine({ dataDir: dir, startMessaging: false })
  try {
    const existing = engine.orders.counts()
    if (Object.values(existing).some((n) => n > 0))
      throw new Error(`${dir} already has orders; give an empty folder`)
    const t0 = performance.now()
    seedOrders(engine.db, ORDERS, Date.now())
    engine.db.exec('ANALYZE')
    console.log(
      `seed: ${ORDERS.toLocaleString('en')} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    const counts = engine.orders.counts()
    console.log(`by status: ${JSON.stringify(counts)}`)

    const dispatch = createDispatcher(engine)
    const open = [...OPEN_ORDER_STATUSES]
    const cases: [string, string, unknown][] = [
      ['counts per status', 'orders.counts', {}],
      ['first page, open orders (50)', 'orders.list', { statuses: open, offset: 0, limit: 50 }],
      ['first page, new (50)', 'orders.list', { statuses: ['new'], offset: 0, limit: 50 }],
      ['first page, completed (50)', 'orders.list', { statuses: ['completed'], offset: 0, limit: 50 }],
      ['first page, all orders (50)', 'orders.list', { offset: 0, limit: 50 }],
      ['page at offset 50,000, all (50)', 'orders.list', { offset: 50_000, limit: 50 }],
      ['one order detail', 'orders.get', { number: 1001 + ORDERS - 10 }],
    ]
    const firstPage: number[] = []
    for (const [label, method, args] of cases) {
      const times: number[] = []
      for (let i = 0; i < REPEATS; i++) {
        const t = performance.now()
        const r = await dispatch(method, args)
        times.push(performance.now() - t)
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      }
      times.sort((a, b) => a - b)
      console.log(
        `${label.padEnd(34)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(7)} ms`,
      )
      if (method === 'orders.counts' || label.startsWith('first page, open')) firstPage.push(...times)
    }
    // What the Queue screen waits for when it opens: the counts and the first page of open orders together.
    const opening: number[] = []
    for (let i = 0; i < REPEATS; i++) {
      const t = performance.now()
      await Promise.all([
        dispatch('orders.counts', {}),
        dispatch('orders.list', { statuses: open, offset: 0, limit: 50 }),
      ])
      opening.push(performance.now() - t)
    }
    opening.sort((a, b) => a - b)
    console.log(
      `${'queue first page (counts + open)'.padEnd(34)} p50 ${percentile(opening, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(opening, 99).toFixed(2).padStart(7)} ms   (target < 50 ms)`,
    )
    for (const sql of [
      "SELECT number FROM orders WHERE status IN ('new','accepted','packed','ready','out_for_delivery') ORDER BY created_at DESC, number DESC LIMIT 50",
      "SELECT number FROM orders WHERE status = 'completed' ORDER BY created_at DESC, number DESC LIMIT 50",
      'SELECT * FROM orders WHERE number IN (SELECT number FROM orders ORDER BY created_at DESC, number DESC LIMIT 50 OFFSET 50000) ORDER BY created_at DESC, number DESC',
    ]) {
      const plan = engine.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]
      console.log(`plan: ${plan.map((p) => p.detail).join(' | ')}`)
    }
    console.log(
      'render time: next, by scripts/bench-queue-render.ts (npm run bench:queue runs both)',
    )
  } finally {
    await engine.close()
    if (!keepDir) rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
}
