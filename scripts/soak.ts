// npm run soak -- [--minutes N] [--rate R] [--kill-renderer-at S] [--heap-snapshots DIR]
//
// A shop's day, compressed: the engine with the real whatsapp-web.js client (Debian's Chromium) linked to the
// offline WhatsApp Web double (tests/whatsapp-double), customers writing orders at R messages a second for N
// minutes, and optionally the WhatsApp page's renderer killed at second S (as the system does when memory runs
// short). It prints a sample every 10 s and, last, one JSON line:
//   {"minutes","inbound","answered","lost","duplicates","recovered_s","max_sends_10s","outbound_per_minute",
//    "host_rss_start_mib","host_rss_end_mib","browser_rss_start_mib","browser_rss_end_mib","max_reply_delay_s"}
// Judged by the double's own record of what WhatsApp was handed, and the engine's database:
// - inbound: customer messages written; answered: those with a bot reply that WhatsApp received;
// - lost: written but never answered (after a drain of up to 3 minutes once traffic stops);
// - duplicates: messages WhatsApp received that the outbox does not account for (a reply sent twice);
// - recovered_s: from the renderer kill until the link is ready again (null without a kill);
// - max_sends_10s: most replies WhatsApp received in any 10-second window; outbound_per_minute the limit;
// - host_rss: this process, the engine and the host side of the client (the double and the judge's ledger
//   run in a child process: WhatsApp's side is not the shop's memory); browser_rss: Chromium's whole tree;
//   start is taken once the link is ready, end after the drain;
// - max_reply_delay_s: the longest wait from a customer's message (WhatsApp's timestamp) to its reply.
// Not a test: it prints figures. Needs /usr/bin/chromium (or COUNTERCHAT_BROWSER).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { writeHeapSnapshot } from 'node:v8'
import { createEngine } from '../electron/engine'
import { createFileLogger } from '../electron/engine/log'
import { rendererPids } from '../electron/engine/whatsapp/processes'
import { WwebjsGateway } from '../electron/engine/whatsapp/wwebjs-gateway'
import { systemClock } from '../shared/clock'
import { doubleClientOptions } from '../tests/whatsapp-double/server'
import type { SoakDoubleOp, SoakReport } from './lib/soak-double'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '1' },
    'kill-renderer-at': { type: 'string' },
    keep: { type: 'boolean', default: false },
    'heap-snapshots': { type: 'string' },
  },
})
const minutes = Number(values.minutes)
const rate = Number(values.rate)
const killAt = values['kill-renderer-at'] === undefined ? null : Number(values['kill-renderer-at'])
if (!(minutes > 0) || !(rate > 0) || (killAt !== null && !(killAt >= 0))) {
  console.error('usage: npm run soak -- [--minutes N>0] [--rate R>0 msgs/s] [--kill-renderer-at S]')
  process.exit(2)
}

const MiB = 1024 * 1024
/** Memory is compared from here on (the issue's "after warm-up"): caches, JIT code and SQLite's page cache fill
 *  during the first minutes. A run shorter than twice this has no warm-up line. */
const WARM_UP_S = Math.min(600, (minutes * 60) / 2)
const ORDERS = [
  '2 kg onion',
  '1 amul butter 100 g',
  '3 bread',
  '5 kg rice',
  'ek kilo aloo aur 2 bread',
  '500 g tomato',
  '2 packets milk',
  '1 kg sugar',
]
const CUSTOMERS = Math.max(60, Math.ceil(rate * 90))
const customer = (i: number): string => `9196${String(i % CUSTOMERS).padStart(8, '0')}@c.us`
const mib = (bytes: number | null): number | null =>
  bytes === null ? null : Math.round((bytes / MiB) * 10) / 10
/** --heap-snapshots DIR: this process's heap after warm-up and at the end, to compare in DevTools. */
const snapshot = (name: string) => {
  const dir = values['heap-snapshots']
  if (dir) console.log(`heap snapshot: ${writeHeapSnapshot(join(dir, `host-${name}.heapsnapshot`))}`)
}
/** The double in its own process (see lib/soak-double.ts), called by operation name. */
function startDouble(): { call: (op: SoakDoubleOp, ...args: unknown[]) => Promise<unknown> } {
  const child = fork(fileURLToPath(new URL('./lib/soak-double.ts', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let seq = 0
  child.on('message', (m: { n: number; ok?: unknown; error?: string }) => {
    const w = waiting.get(m.n)
    waiting.delete(m.n)
    if (m.error !== undefined) w?.reject(new Error(`WhatsApp double: ${m.error}`))
    else w?.resolve(m.ok)
  })
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`WhatsApp double exited (${code})`))
    waiting.clear()
  })
  return {
    call: (op, ...args) =>
      new Promise((resolve, reject) => {
        const n = ++seq
        waiting.set(n, { resolve, reject })
        child.send({ n, op, args })
      }),
  }
}
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'counterchat-soak-'))
  const double = startDouble()
  const { port } = (await double.call('start')) as { port: number }

  const log = createFileLogger(dir, { clock: systemClock })
  const options = doubleClientOptions(port)
  if (process.env.COUNTERCHAT_BROWSER) options.puppeteer.executablePath = process.env.COUNTERCHAT_BROWSER
  const gateway = new WwebjsGateway({ dataDir: dir, clientOptions: options, logger: log })
  const engine = createEngine({ dataDir: dir, gateway, logger: log })
  await engine.catalog.loadSample()
  const states: { at: number; state: string; detail?: string }[] = []
  gateway.on('state', (s) =>
    states.push({
      at: performance.now(),
      state: s.state,
      ...(s.state === 'disconnected' ? { detail: s.detail } : {}),
    }),
  )

  const until = async (check: () => boolean, ms: number, what: string) => {
    const end = performance.now() + ms
    while (!check()) {
      if (performance.now() > end) throw new Error(`soak: timeout waiting for ${what}`)
      await sleep(100)
    }
  }
  await gateway.start()
  await until(() => gateway.linkState.state === 'qr', 60_000, 'the QR')
  await double.call('scan')
  await until(() => gateway.linkState.state === 'ready', 60_000, 'ready')

  const hostStart = process.memoryUsage.rss()
  const browserStart = gateway.health().browserRss
  let inbound = 0
  const t0 = performance.now()
  const elapsed = () => (performance.now() - t0) / 1000
  let killedAt: number | null = null
  let killedPid: number | null = null

  const stats = () => {
    const row = engine.db
      .prepare(
        `SELECT (SELECT count(*) FROM outbox WHERE status IN ('queued','sending')) AS backlog,
                (SELECT count(DISTINCT in_reply_to) FROM outbox WHERE status = 'sent' AND in_reply_to IS NOT NULL) AS answered`,
      )
      .get() as { backlog: number; answered: number }
    return row
  }
  // The JS heap after a full collection (run with NODE_OPTIONS=--expose-gc) separates what our code keeps from
  // what the allocator holds on to: RSS alone cannot tell a leak from memory the process has not returned.
  const heap = () => {
    ;(globalThis as { gc?: () => void }).gc?.()
    return process.memoryUsage().heapUsed
  }
  let warm: { rss: number; heap: number } | null = null
  const sample = async () => {
    const s = stats()
    const counts = (await double.call('counts')) as { inbound: number; sendsLast10s: number }
    if (warm === null && elapsed() >= WARM_UP_S) {
      warm = { rss: process.memoryUsage.rss(), heap: heap() }
      snapshot('warm')
      console.log(
        `[${elapsed().toFixed(0).padStart(5)} s] warmed up: host_rss=${mib(warm.rss)} MiB heap=${mib(warm.heap)} MiB`,
      )
    }
    console.log(
      `[${elapsed().toFixed(0).padStart(5)} s] link=${gateway.linkState.state} inbound=${counts.inbound} ` +
        `answered=${s.answered} backlog=${s.backlog} sends_last_10s=${counts.sendsLast10s} ` +
        `host_rss=${mib(process.memoryUsage.rss())} MiB heap=${mib(heap())} MiB browser_rss=${mib(gateway.health().browserRss)} MiB`,
    )
  }
  const sampler = setInterval(() => void sample(), 10_000)

  // Traffic: one message every 1/rate s, on a fixed schedule (catching up if a receive was slow).
  const total = Math.round(minutes * 60 * rate)
  for (let n = 0; n < total; n++) {
    const due = t0 + (n / rate) * 1000
    if (due > performance.now()) await sleep(due - performance.now())
    if (killAt !== null && killedAt === null && elapsed() >= killAt) {
      const pid = gateway.health().browserPid
      const renderers = pid === null ? [] : rendererPids(pid)
      for (const r of renderers) process.kill(r, 'SIGKILL')
      killedAt = performance.now()
      killedPid = pid
      console.log(
        `[${elapsed().toFixed(0).padStart(5)} s] killed the WhatsApp page renderer(s) ${renderers.join(', ')}`,
      )
    }
    const chat = customer(n)
    await double.call('receive', chat, ORDERS[n % ORDERS.length]!)
    inbound++
  }
  console.log(
    `[${elapsed().toFixed(0).padStart(5)} s] traffic stopped; waiting for the replies (up to 3 min)`,
  )

  const answeredIds = () =>
    new Set(
      (
        engine.db
          .prepare(
            `SELECT i.provider_id AS id FROM inbox i
             WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.in_reply_to = i.id AND o.status = 'sent')`,
          )
          .all() as { id: string }[]
      ).map((r) => r.id),
    )
  const drainEnd = performance.now() + 180_000
  while (performance.now() < drainEnd) {
    const s = stats()
    if (s.answered >= inbound && s.backlog === 0) break
    await sleep(500)
  }
  await sleep(2_000)
  clearInterval(sampler)
  await sample()
  snapshot('end')
  const hostEnd = process.memoryUsage.rss()
  if (warm !== null) {
    const w = warm as { rss: number; heap: number }
    const rss = hostEnd
    const h = heap()
    const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`
    console.log(
      `after warm-up: host_rss ${mib(w.rss)} -> ${mib(rss)} MiB (${pct(w.rss, rss)}), ` +
        `heap ${mib(w.heap)} -> ${mib(h)} MiB (${pct(w.heap, h)})`,
    )
  }

  // The ledger comes over only now, after the host's memory was read.
  const { written, sentAt, sentIds } = (await double.call('report')) as SoakReport
  const got = answeredIds()
  // Only replies WhatsApp actually received count as answers.
  const recorded = new Set(sentIds)
  const outRows = engine.db
    .prepare(`SELECT provider_id AS id FROM outbox WHERE provider_id IS NOT NULL`)
    .all() as { id: string }[]
  const accounted = new Set(outRows.map((r) => r.id))
  const answered = written.filter((w) => {
    if (!got.has(w.providerId)) return false
    const ids = engine.db
      .prepare(
        `SELECT o.provider_id AS id FROM outbox o JOIN inbox i ON o.in_reply_to = i.id
         WHERE i.provider_id = ? AND o.status = 'sent'`,
      )
      .all(w.providerId) as { id: string }[]
    return ids.some((r) => recorded.has(r.id))
  }).length
  const duplicates = sentIds.filter((id) => !accounted.has(id)).length
  const delays = engine.db
    .prepare(
      `SELECT max(o.sent_at - i.sent_at) AS worst FROM inbox i
       JOIN outbox o ON o.in_reply_to = i.id AND o.status = 'sent'
       WHERE o.id = (SELECT min(id) FROM outbox WHERE in_reply_to = i.id)`,
    )
    .get() as { worst: number | null }
  let maxSends10 = 0
  for (let i = 0, j = 0; i < sentAt.length; i++) {
    while (sentAt[i]! - sentAt[j]! >= 10_000) j++
    maxSends10 = Math.max(maxSends10, i - j + 1)
  }
  const back =
    killedAt === null ? null : states.find((s) => s.at > killedAt! && s.state === 'ready' && s.at > killedAt!)
  const down = killedAt === null ? null : states.find((s) => s.at > killedAt! && s.state !== 'ready')
  if (killedAt !== null)
    console.log(
      `renderer kill: left ready after ${down ? ((down.at - killedAt) / 1000).toFixed(1) : '-'} s ` +
        `(${down?.detail ?? 'never'}), ready again after ${back ? ((back.at - killedAt) / 1000).toFixed(1) : '-'} s, ` +
        `browser ${killedPid} -> ${gateway.health().browserPid}`,
    )
  const result = {
    minutes,
    inbound: written.length,
    answered,
    lost: written.length - answered,
    duplicates,
    recovered_s: back && killedAt !== null ? Math.round((back.at - killedAt) / 100) / 10 : null,
    max_sends_10s: maxSends10,
    outbound_per_minute: engine.messaging.limits().outboundPerMinute,
    host_rss_start_mib: mib(hostStart),
    host_rss_end_mib: mib(hostEnd),
    browser_rss_start_mib: mib(browserStart),
    browser_rss_end_mib: mib(gateway.health().browserRss),
    max_reply_delay_s: delays.worst === null ? null : Math.round(delays.worst / 100) / 10,
  }

  await gateway.stop()
  await engine.close()
  await double.call('stop')
  if (values.keep) console.log(`data folder kept: ${dir}`)
  else rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  console.log(JSON.stringify(result))
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
