// npx tsx scripts/bench-queue-render.ts [--orders 100000] [--runs 5] [--data DIR]
// The render half of bench:queue: seeds a shop with 100,000 orders (bench:queue's seedOrders: a few hundred
// open, the rest finished over a year), starts the real headless host on it, opens the Queue in Debian's Chromium and prints, as the
// median (p50) of 5 fresh page loads:
//   - time to first rows: navigation start -> the first order row is in the page with its data;
//   - jump to the middle: the "Finished" list (~99,800 orders) scrolled to its middle -> rows there shown;
//   - scroll smoothness: 120 frames of continuous scrolling through the middle: median and worst frame, and
//     how many frames took longer than 50 ms.
// Needs `npm run build` first (the host serves out/renderer). With --data DIR an already seeded folder is
// reused (e.g. the one `npm run bench:queue -- --keep DIR` left); without it a temp folder is seeded and removed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createEngine } from '../electron/engine'
import { launchBrowser, startHost, ROOT } from '../tests/e2e/harness'
import { seedOrders } from './bench-queue'

const { values: opts } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    data: { type: 'string' },
  },
})
const ORDERS = Number(opts.orders)
const RUNS = Number(opts.runs)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const ms = (x: number) => `${x.toFixed(0)} ms`

/** The engine engineer's seeder (bench:queue's own shop: 100,000 orders over a year, the newest few hundred open). */
async function seed(dir: string, count: number): Promise<void> {
  const engine = createEngine({ dataDir: dir, startMessaging: false })
  try {
    // The sample catalog too, so the app looks like a shop that is set up (not a first start).
    await engine.catalog.loadSample()
    const t0 = performance.now()
    seedOrders(engine.db, count, Date.now())
    console.log(`seeded ${count.toLocaleString()} orders in ${ms(performance.now() - t0)}`)
  } finally {
    await engine.close()
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    console.error('bench:queue-render: build the UI first (npm run build)')
    process.exitCode = 1
    return
  }
  const own = !opts.data
  const dir = opts.data ?? mkdtempSync(join(tmpdir(), 'cc-bench-queue-'))
  if (own || !existsSync(join(dir, 'counterchat.db'))) await seed(dir, ORDERS)

  const host = await startHost(dir)
  const browser = await launchBrowser()
  try {
    const first = await host.call('orders.list', { statuses: ['new'], offset: 0, limit: 100 })
    const counts = await host.call('orders.counts', {})
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    const finished = (counts.completed ?? 0) + (counts.rejected ?? 0) + (counts.cancelled ?? 0)
    console.log(
      `host up: ${total.toLocaleString()} orders (${first.total} new, ${finished.toLocaleString()} finished)`,
    )

    const firstRows: number[] = []
    const domReady: number[] = []
    const jumps: number[] = []
    const frameMedians: number[] = []
    const frameWorst: number[] = []
    const longFrames: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      // Stamps the moment the first order row with data is in the page, relative to navigation start.
      // (A string, not a function: tsx would wrap named functions in a helper the page does not have.)
      await page.addInitScript(`
        new MutationObserver((_, observer) => {
          if (window.__firstRow === undefined && document.querySelector('[data-order]')) {
            window.__firstRow = performance.now()
            observer.disconnect()
          }
        }).observe(document, { childList: true, subtree: true })
      `)
      await page.goto(`${host.url}#/queue`)
      await page.waitForFunction(
        () => (window as unknown as { __firstRow?: number }).__firstRow !== undefined,
        null,
        {
          timeout: 30_000,
        },
      )
      firstRows.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow))
      domReady.push(
        await page.evaluate(
          () =>
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .domContentLoadedEventEnd,
        ),
      )

      // Jump to the middle of the finished orders and time until the rows there have their data.
      await page.getByRole('tab', { name: /Finished/ }).click()
      await page.locator('[data-order]').first().waitFor()
      jumps.push(
        await page.evaluate(async () => {
          const el = document.querySelector<HTMLElement>('[data-testid=queue-scroller]')!
          const t0 = performance.now()
          el.scrollTop = el.scrollHeight / 2
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r))
            const box = el.getBoundingClientRect()
            const rows = [...el.querySelectorAll<HTMLElement>('.queue-row')].filter((r) => {
              const b = r.getBoundingClientRect()
              return b.bottom > box.top && b.top < box.bottom
            })
            if (rows.length > 0 && rows.every((r) => r.dataset.order !== undefined))
              return performance.now() - t0
          }
        }),
      )

      // Continuous scrolling: 120 frames at ~2 screens per second, measuring each frame's length.
      const frames = await page.evaluate(async () => {
        const el = document.querySelector<HTMLElement>('[data-testid=queue-scroller]')!
        const times: number[] = []
        let last = performance.now()
        for (let i = 0; i < 120; i++) {
          el.scrollTop += 24
          await new Promise((r) => requestAnimationFrame(r))
          const now = performance.now()
          times.push(now - last)
          last = now
        }
        return times
      })
      frameMedians.push(median(frames))
      frameWorst.push(Math.max(...frames))
      longFrames.push(frames.filter((f) => f > 50).length)
      await context.close()
    }

    console.log(`queue render, p50 of ${RUNS} page loads (Chromium ${browser.version()}, 1280x800):`)
    console.log(
      `  time to first rows (navigation start -> first order row): ${ms(median(firstRows))}  [runs: ${firstRows.map((x) => x.toFixed(0)).join(', ')}]`,
    )
    console.log(`    of which the page and its script loaded (DOMContentLoaded): ${ms(median(domReady))}`)
    console.log(
      `  jump to the middle of ${finished.toLocaleString()} finished orders -> rows shown: ${ms(median(jumps))}`,
    )
    console.log(
      `  scrolling 120 frames: median frame ${median(frameMedians).toFixed(1)} ms, worst ${ms(median(frameWorst))}, frames over 50 ms: ${median(longFrames)}`,
    )
  } finally {
    await browser.close()
    await host.stop()
    if (own) rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
