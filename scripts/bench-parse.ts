// npm run bench:parse: index build time, per-message latency (p50/p99) and throughput of shared/understanding on
// ../shared/corpora/catalogs/bigbasket.csv, side by side with parse-ingredient + fuse.js on the same messages.
// Messages are generated from the catalog itself (seeded, so every run measures the same work).
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fuse from 'fuse.js'
import { parseIngredient } from 'parse-ingredient'
import { parseCatalogCsv } from '../electron/engine/catalog/csv'
import type { Product } from '../shared/domain'
import { buildCatalogIndex, understand } from '../shared/understanding'
import { orderMessages } from './lib/order-messages'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// EVAL_CORPORA: the corpora folder when the checkout does not sit beside shared/ (a worktree)
const FILE = resolve(ROOT, process.env.EVAL_CORPORA ?? '../shared/corpora', 'catalogs/bigbasket.csv')
if (!existsSync(FILE)) {
  console.log(`corpora not found (${FILE}), skipping`)
  process.exit(0)
}

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000)
const BASELINE_MESSAGES = Number(process.env.BENCH_BASELINE_MESSAGES ?? 40)

const parsed = parseCatalogCsv(readFileSync(FILE, 'utf8'))
const products: Product[] = parsed.products.map((p) => ({ ...p, active: true, updatedAt: 0 }))

// ------------------------------------------------------------------ messages
const messages = orderMessages(products, MESSAGES)

// ------------------------------------------------------------------ ours
const builds: number[] = []
const tc = performance.now()
let index = buildCatalogIndex(products)
const coldBuild = performance.now() - tc
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
// CPU time of each warm build too: on a loaded machine the wall clock counts the other processes' turns.
const buildCpu: number[] = []
for (let i = 0; i < 3; i++) {
  const t = performance.now()
  const c = process.cpuUsage()
  index = buildCatalogIndex(products)
  const d = process.cpuUsage(c)
  builds.push(performance.now() - t)
  buildCpu.push((d.user + d.system) / 1000)
}
// The first lookup lays the postings out for matching (match.ts): part of getting ready, timed with the build.
const tf = performance.now()
understand(messages[0]!, index)
const firstLookup = performance.now() - tf
for (const m of messages.slice(0, 200)) understand(m, index) // warm-up
// Three timed passes over all messages: the machine is shared, so the best pass is the cleanest measurement;
// the worst pass is printed too.
interface Pass {
  total: number
  lat: number[]
}
const passes: Pass[] = []
let lines = 0
for (let pass = 0; pass < 3; pass++) {
  const lat: number[] = []
  lines = 0
  const t0 = performance.now()
  for (const m of messages) {
    const s = performance.now()
    lines += understand(m, index).lines.length
    lat.push(performance.now() - s)
  }
  lat.sort((a, b) => a - b)
  passes.push({ total: performance.now() - t0, lat })
}
const pq = (lat: number[], p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!
passes.sort((a, b) => pq(a.lat, 0.99) - pq(b.lat, 0.99))
const bestPass = passes[0]!
const worstPass = passes[passes.length - 1]!
const ours = bestPass.total
const q = (p: number) => pq(bestPass.lat, p)

// Per-message cost without the scheduler's noise: each message timed 5 times, its median kept; and the CPU time
// of each message (process.cpuUsage, microseconds), which a preempted process does not accumulate.
const med5: number[] = []
const cpu: number[] = []
for (const m of messages) {
  const runs: number[] = []
  for (let k = 0; k < 5; k++) {
    const s = performance.now()
    understand(m, index)
    runs.push(performance.now() - s)
  }
  runs.sort((a, b) => a - b)
  med5.push(runs[2]!)
  const c = process.cpuUsage()
  understand(m, index)
  const d = process.cpuUsage(c)
  cpu.push((d.user + d.system) / 1000)
}
med5.sort((a, b) => a - b)
cpu.sort((a, b) => a - b)

// ------------------------------------------------------------------ baseline
const tb = performance.now()
const fuse = new Fuse(products, {
  keys: ['name', 'aliases'],
  threshold: 0.4,
  includeScore: true,
  ignoreLocation: true,
})
const fuseBuild = performance.now() - tb
const blat: number[] = []
const base = messages.slice(0, BASELINE_MESSAGES)
const t1 = performance.now()
for (const m of base) {
  const s = performance.now()
  for (const ing of parseIngredient(m.replace(/, /g, '\n')))
    if (ing.description) fuse.search(ing.description, { limit: 5 })
  blat.push(performance.now() - s)
}
const baseline = performance.now() - t1
blat.sort((a, b) => a - b)
const bq = (p: number) => blat[Math.min(blat.length - 1, Math.floor(p * blat.length))]!

const oursRate = (messages.length / ours) * 1000
const baseRate = (base.length / baseline) * 1000
const f = (x: number, d = 3) => x.toFixed(d)
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (shared; wall-clock timings)`,
)
console.log(
  `catalogs/bigbasket.csv: ${products.length} products, ${messages.length} generated messages (${lines} lines understood)`,
)
console.log(
  `  understanding          index build ${f(coldBuild, 1)} ms cold, ${f(median(builds), 1)} ms warm median (${builds.map((b) => f(b, 1)).join(', ')}; CPU ${buildCpu.map((b) => f(b, 0)).join(', ')} ms), first lookup ${f(firstLookup, 1)} ms`,
)
console.log(
  `                         p50 ${f(q(0.5))} ms  p99 ${f(q(0.99))} ms  max ${f(q(1))} ms  ${f(oursRate, 0)} msg/s  (best of 3 passes; worst pass p99 ${f(pq(worstPass.lat, 0.99))} ms, ${f((messages.length / worstPass.total) * 1000, 0)} msg/s)`,
)
console.log(
  `                         per-message cost (median of 5 runs): p50 ${f(pq(med5, 0.5))} ms  p99 ${f(pq(med5, 0.99))} ms  max ${f(pq(med5, 1))} ms;  CPU time p50 ${f(pq(cpu, 0.5))} ms  p99 ${f(pq(cpu, 0.99))} ms`,
)
console.log(
  `  parse-ingredient+fuse  index build ${f(fuseBuild, 1)} ms  p50 ${f(bq(0.5), 1)} ms  p99 ${f(bq(0.99), 1)} ms  ${f(baseRate, 2)} msg/s  (${base.length} messages)`,
)
console.log(`  throughput ratio       ${f(oursRate / baseRate, 0)}x`)
if (process.env.BENCH_SLOWEST) {
  const timed = messages.map((m) => {
    const s = performance.now()
    for (let k = 0; k < 5; k++) understand(m, index)
    return { m, t: (performance.now() - s) / 5 }
  })
  timed.sort((a, b) => b.t - a.t)
  for (const x of timed.slice(0, 12)) console.log(`  ${x.t.toFixed(2)} ms  ${JSON.stringify(x.m)}`)
}
