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
    // The link is printed just after the "running at" line.
    let token: string | undefined
    for (let i = 0; i < 20 && !token; i++) {
      token = /\?token=([\w-]+)/.exec(lan.output())?.[1]
      if (!token) await new Promise((r) => setTimeout(r, 100))
    }
    // The host prints the link only for a non-loopback address; a machine without one cannot run this test.
    if (!token) ctx.skip()
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } })
    const page = await context.newPage()
    await page.goto(`${lan.url}?token=${token}#/catalog`)
    await page.getByTestId('first-start').waitFor()
    expect(page.url()).not.toContain('token')
    expect(page.url()).toContain('#/catalog')
    await page.reload()
    await page.getByTestId('first-start').waitFor()
    await screenshot(page, 'tablet-first-start')

    // A page without the token is refused and says how to get in.
    const stranger = await context.browser()!.newContext()
    const other = await stranger.newPage()
    await other.goto(`${lan.url}#/catalog`)
    await other.getByText('open the pairing link again').waitFor({ timeout: 15_000 })
    await stranger.close()
    await context.close()
  } finally {
    await lan.stop()
    rmSync(lanDir, { recursive: true, force: true })
  }
})
