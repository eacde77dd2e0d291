// npm run bench:catalog — imports the 27,555-product BigBasket catalog (from ../shared/corpora, when present)
// into a fresh database and prints the import time and catalog search latency (p50/p99), as the catalog
// screen queries it (first page of 100 rows for what a shopkeeper types, letter by letter, typos included).
// The last line is one JSON object: {"import_ms","search_p50_ms","search_p99_ms"}.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createEngine } from '../electron/engine'
import { createDispatcher } from '../electron/engine/api'

const CORPUS = resolve(import.meta.dirname, '../../shared/corpora/catalogs/bigbasket.csv')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(
      `bench:catalog: corpus not found at ${CORPUS}; skipping (it lives in ../shared/corpora beside the project)`,
    )
    return
  }
  const bytes = readFileSync(CORPUS)
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-catalog-'))
  const engine = createEngine({ dataDir: dir })
  try {
    const t0 = performance.now()
    const report = await engine.catalog.importCsv('bigbasket.csv', bytes)
    const importMs = performance.now() - t0
    console.log(
      `import: ${report.inserted} products in ${importMs.toFixed(0)} ms (${report.errors.length} rows reported)`,
    )
    const t1 = performance.now()
    const again = await engine.catalog.importCsv('bigbasket.csv', bytes)
    console.log(
      `re-import (all updates): ${again.updated} products in ${(performance.now() - t1).toFixed(0)} ms`,
    )

    // The order reader's index (typo tolerance reads it) is rebuilt in the background after an import; the
    // keystrokes below are timed once it is there.
    const ti = performance.now()
    engine.conversation.index()
    console.log(`understanding index after the import: ${(performance.now() - ti).toFixed(0)} ms more`)

    // Through the dispatcher, as the UI calls it: validation included.
    const dispatch = createDispatcher(engine)
    const words = [
      'amul',
      'butter',
      'atta 5 kg',
      'tata tea',
      'basmati',
      'shampoo',
      'chocolate',
      'oil',
      'masala',
      'xyzzy',
      'onoin',
      'choclate biscut',
    ]
    const queries = words.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)))
    const times: number[] = []
    // CPU time too: on a shared machine a query that was merely preempted shows in the wall time only.
    const cpu: { q: string; ms: number }[] = []
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const c = process.cpuUsage()
        const s = performance.now()
        const r = await dispatch('catalog.list', { query: q, offset: 0, limit: 100 })
        times.push(performance.now() - s)
        const d = process.cpuUsage(c)
        cpu.push({ q, ms: (d.user + d.system) / 1000 })
        if (!r.ok) throw new Error(r.error.message)
      }
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a.ms - b.ms)
    const cpuMs = cpu.map((c) => c.ms)
    console.log(
      `search CPU time: p50 ${percentile(cpuMs, 50).toFixed(2)} ms, p99 ${percentile(cpuMs, 99).toFixed(2)} ms; slowest: ${[
        ...new Set(cpu.slice(-8).map((c) => JSON.stringify(c.q))),
      ].join(' ')}`,
    )
    console.log(
      `search (first page of 100, ${times.length} queries typed letter by letter): p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
    )
    const scroll: number[] = []
    for (let offset = 0; offset < 27_000; offset += 1000) {
      const s = performance.now()
      await dispatch('catalog.list', { offset, limit: 100 })
      scroll.push(performance.now() - s)
    }
    scroll.sort((a, b) => a - b)
    console.log(
      `scroll (page of 100 at offsets 0..27000): p50 ${percentile(scroll, 50).toFixed(2)} ms, p99 ${percentile(scroll, 99).toFixed(2)} ms`,
    )
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (2 cores, shared)`,
    )
    console.log(
      JSON.stringify({
        import_ms: Math.round(importMs),
        search_p50_ms: Number(percentile(times, 50).toFixed(2)),
        search_p99_ms: Number(percentile(times, 99).toFixed(2)),
      }),
    )
  } finally {
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
