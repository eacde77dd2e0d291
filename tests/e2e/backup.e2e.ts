// Settings → Backups in the browser: the host made a copy at start, Settings shows when, and "Restore" puts the
// shop back as it was then (an order taken after that copy is gone, and the shop as it was is kept aside).
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchBrowser, openPage, screenshot, startHost, type Host } from './harness'

let browser: Browser
let host: Host

beforeAll(async () => {
  browser = await launchBrowser()
  host = await startHost()
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

test('Settings shows the last backup and restores it', async () => {
  await host.call('catalog.loadSample', {})
  const { page, errors } = await openPage(browser, `${host.url}#/settings`)
  const last = page.getByTestId('backup-last')
  await expect.poll(() => last.textContent(), { timeout: 15_000 }).toMatch(/^Last backup: /)
  // A copy by hand, then an order the copy does not hold.
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect.poll(() => host.call('backup.status', {}).then((s) => s.backups.filter((b) => b.file.includes('manual')).length)).toBe(1)
  await host.call('simulator.send', { from: '+919800000009', text: '2 kg onion' })
  await host.call('simulator.send', { from: '+919800000009', text: 'yes' })
  await expect.poll(() => host.call('orders.list', { offset: 0, limit: 10 }).then((l) => l.total), { timeout: 15_000 }).toBe(1)

  const manual = (await host.call('backup.status', {})).backups.find((b) => b.file.includes('manual'))!
  await page.getByLabel('Restore a backup').selectOption(manual.file)
  await page.getByRole('button', { name: 'Restore…' }).click()
  await screenshot(page, 'settings-backup-restore')
  await page.getByRole('button', { name: 'Yes, restore' }).click()
  await expect.poll(() => host.call('orders.list', { offset: 0, limit: 10 }).then((l) => l.total), { timeout: 15_000 }).toBe(0)
  await page.waitForLoadState('load')
  expect(readdirSync(join(host.dataDir, 'backups')).some((n) => n.includes('before-restore'))).toBe(true)
  expect(errors).toEqual([])
}, 90_000)
