// npm run bench:engine — the real engine (simulator gateway, on-disk database, the 27,555-product BigBasket
// catalog from ../shared/corpora) taking order messages from many customers. For each size it prints
//   msgs_per_s  sustained throughput: every message offered at once, timed until the last one is committed
//               with its replies queued;
//   p50_ms/p99_ms  inbound -> committed -> reply queued, with the same messages offered at 100 msg/s, timed from
//               each message's scheduled arrival.
// Each phase starts on a fresh database. The outbound rate limits are the shop's defaults (120 replies a minute),
// so thousands of replies pile up waiting for their window, as they would after a burst; the inbound flood limit
// is lifted so every message takes the full path (understanding, cart, order) instead of the cheap "throttled" one.
// The last line is one JSON object: {"sizes":[{"messages","customers","msgs_per_s","p50_ms","p99_ms"},...]}.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createEngine, type Engine } from '../electron/engine'
import { parseCatalogCsv } from '../electron/engine/catalog/csv'
import type { Product } from '../shared/domain'
import { orderMessages, seededRandom } from './lib/order-messages'

const CORPUS = resolve(import.meta.dirname, '../../shared/corpora/catalogs/bigbasket.csv')
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number)
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 500)
const OFFERED_PER_S = 100

// What customers say besides order lines, mixed in so carts get confirmed, asked about and answered.
const TURNS = ['yes confirm', 'haan bhej do', 'pickup', 'where is my order', 'hi', 'cancel', 'ok thanks', '1']

function messagesFor(products: Product[], n: number): { from: string; text: string }[] {
  const rand = seededRandom(7)
  const orders = orderMessages(products, n, seededRandom(42))
  return orders.map((text, i) => ({
    from: `+9198${String(10_000_000 + (i % CUSTOMERS)).padStart(8, '0')}`,
    text: rand() < 0.25 ? TURNS[Math.floor(rand() * TURNS.length)]! : text,
  }))
}

const q = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')

async function freshEngine(csv: Buffer): Promise<{ engine: Engine; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-engine-'))
  const engine = createEngine({ dataDir: dir, limits: { inboundPerChatPerMinute: 1_000_000 } })
  const report = await engine.catalog.importCsv('bigbasket.csv', csv)
  if (report.inserted === 0) throw new Error('catalog import failed')
  // Built and readied before the clock starts, as the engine does in the background at start-up and after an
  // import (Conversation.warmIndex).
  await engine.conversation.warmIndex(() => new Promise<boolean>((r) => setImmediate(() => r(true))))
  await engine.messaging.whenIdle({ waitForDelayed: false })
  return { engine, dir }
}

async function close(e: { engine: Engine; dir: string }): Promise<void> {
  await e.engine.close()
  rmSync(e.dir, { recursive: true, force: true })
}

/** Resolves when `ids` inbound messages have been committed (their 'chat.message' event, sent after commit). */
function committed(engine: Engine, onDone: (id: number, at: number) => void): () => void {
  return engine.events.subscribe((event, payload) => {
    if (event !== 'chat.message') return
    const m = payload as { id: string; direction: string; status: string }
    if (m.direction === 'in' && m.status !== 'pending') onDone(Number(m.id.slice(3)), performance.now())
  })
}

/**
 * Messages a second, wall clock, and the process's CPU time per message over the same span: on a machine
 * shared with other work the wall clock measures the neighbours too; the CPU time is what a message costs.
 */
async function throughput(
  csv: Buffer,
  msgs: { from: string; text: string }[],
): Promise<{ rate: number; cpuMsPerMsg: number }> {
  const e = await freshEngine(csv)
  try {
    let done = 0
    let finish: () => void = () => {}
    const all = new Promise<void>((r) => (finish = r))
    const off = committed(e.engine, () => {
      if (++done === msgs.length) finish()
    })
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    for (const m of msgs) e.engine.simulator.simulateInbound(m.from, m.text)
    await all
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(c0)
    off()
    return { rate: (msgs.length / ms) * 1000, cpuMsPerMsg: (cpu.user + cpu.system) / 1000 / msgs.length }
  } finally {
    await close(e)
  }
}

async function latency(csv: Buffer, msgs: { from: string; text: string }[]): Promise<number[]> {
  const e = await freshEngine(csv)
  try {
    const sentAt = new Map<number, number>()
    const lat: number[] = []
    let finish: () => void = () => {}
    const all = new Promise<void>((r) => (finish = r))
    const off = committed(e.engine, (id, at) => {
      const s = sentAt.get(id)
      if (s === undefined) return
      lat.push(at - s)
      if (lat.length === msgs.length) finish()
    })
    const t0 = performance.now()
    let i = 0
    // Offered on a schedule (message i at t0 + i * 10 ms), so a slow engine falls behind rather than slowing
    // the offer down; and timed from that scheduled moment, not from when the busy engine got round to taking
    // it (a message due while the engine was stuck on another waited too: no coordinated omission).
    await new Promise<void>((done) => {
      const offer = () => {
        const due = Math.floor(((performance.now() - t0) * OFFERED_PER_S) / 1000) + 1
        while (i < msgs.length && i < due) {
          const s = t0 + (i * 1000) / OFFERED_PER_S
          const m = msgs[i++]!
          const r = e.engine.inbox.receive({
            providerId: `bench-${i}`,
            from: m.from,
            name: null,
            text: m.text,
            kind: 'text',
            timestamp: Date.now(),
          })
          if (r.id !== null) sentAt.set(r.id, s)
        }
        if (i < msgs.length)
          setTimeout(offer, Math.max(0, t0 + (i * 1000) / OFFERED_PER_S - performance.now()))
        else done()
      }
      offer()
    })
    await all
    off()
    return lat.sort((a, b) => a - b)
  } finally {
    await close(e)
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(
      `bench:engine: corpus not found at ${CORPUS}; skipping (it lives in ../shared/corpora beside the project)`,
    )
    return
  }
  const csv = readFileSync(CORPUS)
  const products: Product[] = parseCatalogCsv(csv.toString('utf8')).products.map((p) => ({
    ...p,
    active: true,
    updatedAt: 0,
  }))
  console.log(`bench:engine: ${products.length} products, ${CUSTOMERS} customers, sizes ${SIZES.join(', ')}`)
  const sizes: { messages: number; customers: number; msgs_per_s: number; p50_ms: number; p99_ms: number }[] =
    []
  for (const n of SIZES) {
    const msgs = messagesFor(products, n)
    const loadBefore = load()
    const { rate, cpuMsPerMsg } = await throughput(csv, msgs)
    console.log(
      `  ${n} messages: ${rate.toFixed(0)} msg/s sustained; CPU ${cpuMsPerMsg.toFixed(2)} ms a message (${(1000 / cpuMsPerMsg).toFixed(0)} msg/s on one free core) (load average ${loadBefore})`,
    )
    const loadBefore2 = load()
    const lat = await latency(csv, msgs)
    console.log(
      `  ${n} messages at ${OFFERED_PER_S} msg/s offered: p50 ${q(lat, 0.5).toFixed(2)} ms, p99 ${q(lat, 0.99).toFixed(2)} ms, max ${lat.at(-1)!.toFixed(2)} ms (load average ${loadBefore2})`,
    )
    sizes.push({
      messages: n,
      customers: Math.min(CUSTOMERS, n),
      msgs_per_s: Math.round(rate),
      p50_ms: Number(q(lat, 0.5).toFixed(2)),
      p99_ms: Number(q(lat, 0.99).toFixed(2)),
    })
  }
  console.log(`load average at the end: ${load()}`)
  console.log(JSON.stringify({ sizes }))
}

await main()
