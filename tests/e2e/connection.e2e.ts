// The UI and a host that goes away: the page says "Reconnecting…", comes back by itself when the host does,
// and re-reads what it shows (changes made while it was away appear without a reload).
import { afterAll, beforeAll, expect, test } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import {
  ROOT,
  freePort,
  freshDataDir,
  launchBrowser,
  openPage,
  runCli,
  screenshot,
  startHost,
  type Host,
} from './harness'

let dataDir: string
let browser: Browser
let host: Host | null = null

beforeAll(async () => {
  dataDir = freshDataDir()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('the page reconnects after the host restarts and shows what changed meanwhile', async () => {
  const port = await freePort()
  host = await startHost(dataDir, { port })
  await host.call('catalog.loadSample', {})
  const { page } = await openPage(browser, `${host.url}#/catalog`)
  await page.getByRole('searchbox', { name: 'Search products' }).fill('E2E')
  await expect.poll(() => page.getByTestId('catalog-count').textContent()).toBe('No products match')
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1))

  await host.stop()
  host = null
  await page.getByTestId('connection-banner').waitFor()
  expect(await page.getByTestId('connection-banner').textContent()).toContain('Reconnecting…')
  await screenshot(page, 'connection-reconnecting')

  // While the UI is cut off, the CLI adds products to the same shop.
  const imported = await runCli([
    'import',
    join(ROOT, 'tests', 'fixtures', 'catalog-e2e.csv'),
    '--data',
    dataDir,
  ])
  expect(imported.stdout).toContain('imported 20 products')

  host = await startHost(dataDir, { port })
  await page.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: 20_000 })
  await expect
    .poll(() => page.getByTestId('catalog-count').textContent(), { timeout: 10_000 })
    .toBe('3 products match')
  await page.locator('[role=row][data-sku="ONION-E2E"]').waitFor()
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1)
})

test('LAN mode: the pairing link works once, the token leaves the address bar, a reload keeps working', async (ctx) => {
  const lanDir = freshDataDir()
  const lan = await startHost(lanDir, { args: ['--lan'] })
  try {
    // The link is printed just after the "running at" line, with the computer's LAN address: the tablet's view.
    let link: RegExpExecArray | null = null
    for (let i = 0; i < 20 && !link; i++) {
      link = /(http:\/\/[\d.]+:\d+\/)\?token=([\w-]+)/.exec(lan.output())
      if (!link) await new Promise((r) => setTimeout(r, 100))
    }
    // The host prints the link only for a non-loopback address; a machine without one cannot run this test.
    if (!link) return ctx.skip()
    const [, lanUrl, token] = link as unknown as [string, string, string]
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } })
    const page = await context.newPage()
    await page.goto(`${lanUrl}?token=${token}#/catalog`)
    await page.getByTestId('first-start').waitFor()
    expect(page.url()).not.toContain('token')
    expect(page.url()).toContain('#/catalog')
    await page.reload()
    await page.getByTestId('first-start').waitFor()
    await screenshot(page, 'tablet-first-start')
    // The device cookie is HttpOnly: no script on the page can read it.
    expect(await page.evaluate(() => document.cookie)).toBe('')

    // A page without the token is refused and says how to get in.
    const stranger = await context.browser()!.newContext()
    const other = await stranger.newPage()
    await other.goto(`${lanUrl}#/catalog`)
    await other.getByText('open the pairing link again').waitFor({ timeout: 15_000 })
    await stranger.close()
    await context.close()
  } finally {
    await lan.stop()
    rmSync(lanDir, { recursive: true, force: true })
  }
})

test('inside the desktop app the UI uses the preload bridge, not its own WebSocket', async () => {
  const bridged = await startHost()
  try {
    await bridged.call('catalog.loadSample', {})
    const context = await browser.newContext()
    // A stand-in for electron/preload: the same two functions on window.counterchat, carried here over the
    // host's socket. The UI must call through it and open no socket of its own.
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>
      const ws = new WebSocket(`ws://${location.host}/api`)
      const ready = new Promise((r) => ws.addEventListener('open', r, { once: true }))
      const pending = new Map<number, (v: unknown) => void>()
      const listeners = new Set<(e: string, p: unknown) => void>()
      let id = 0
      let calls = 0
      ws.addEventListener('message', (m) => {
        const msg = JSON.parse(String(m.data)) as {
          t: string
          id: number
          result: unknown
          event: string
          payload: unknown
        }
        if (msg.t === 'result') pending.get(msg.id)?.(msg.result)
        if (msg.t === 'event') listeners.forEach((l) => l(msg.event, msg.payload))
      })
      const NativeWebSocket = WebSocket
      w.__ownSockets = 0
      w.WebSocket = class extends NativeWebSocket {
        constructor(url: string | URL) {
          super(url)
          ;(w.__ownSockets as number)++
        }
      }
      w.__bridgeCalls = () => calls
      w.counterchat = {
        call: async (method: string, args: unknown) => {
          calls++
          await ready
          return new Promise((r) => {
            pending.set(++id, r)
            ws.send(JSON.stringify({ t: 'call', id, method, args }))
          })
        },
        subscribe: (l: (e: string, p: unknown) => void) => {
          listeners.add(l)
          return () => listeners.delete(l)
        },
      }
    })
    const page = await context.newPage()
    await page.goto(`${bridged.url}#/catalog`)
    await expect.poll(() => page.getByTestId('catalog-count').textContent()).toMatch(/^\d+ products$/)
    await bridged.call('catalog.update', { sku: 'ONION', patch: { price: 4400 } })
    await page.getByRole('searchbox', { name: 'Search products' }).fill('onion')
    await expect
      .poll(() => page.locator('[role=row][data-sku="ONION"] .col-price').textContent())
      .toBe('₹44/kg')
    await bridged.call('catalog.update', { sku: 'ONION', patch: { price: 4600 } })
    await expect
      .poll(() => page.locator('[role=row][data-sku="ONION"] .col-price').textContent())
      .toBe('₹46/kg')
    expect(await page.evaluate(() => (window as unknown as { __ownSockets: number }).__ownSockets)).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { __bridgeCalls(): number }).__bridgeCalls()),
    ).toBeGreaterThan(2)
    await context.close()
  } finally {
    await bridged.stop()
  }
})
