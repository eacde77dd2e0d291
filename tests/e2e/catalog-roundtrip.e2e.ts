// Export, then import the same file: products switched off stay off sale (the CSV's `active` column), where
// before every out-of-stock product quietly went back on sale. Also: price and stock edits can be undone.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  ;[host, browser] = await Promise.all([startHost(), launchBrowser()])
  await host.call('catalog.loadSample', {})
  ;({ page, errors } = await openPage(browser, `${host.url}#/catalog`))
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const row = (sku: string) => page.locator(`.row[data-sku="${sku}"]`)

describe('catalog CSV round trip', () => {
  test('an export/import round trip keeps out-of-stock products off sale', async () => {
    const { items } = await host.call('catalog.list', { limit: 2, offset: 0 })
    const [off, on] = [items[0]!, items[1]!]
    await row(off.sku).waitFor()
    await row(off.sku).getByRole('switch').click()
    await expect.poll(async () => (await host.call('catalog.get', { sku: off.sku })).active).toBe(false)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv.split(/\r?\n/)[0]).toBe('sku,name,price,unit,size,aliases,category,stock,active,barcode')

    // Someone puts it back on sale meanwhile; importing the file restores what the file says.
    await host.call('catalog.update', { sku: off.sku, patch: { active: true } })
    await page.setInputFiles('[data-testid=import-file]', { name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByTestId('import-summary').waitFor()
    expect(await page.getByTestId('import-result').innerText()).not.toContain('skipped')
    expect((await host.call('catalog.get', { sku: off.sku })).active).toBe(false)
    expect((await host.call('catalog.get', { sku: on.sku })).active).toBe(true)
    await expect.poll(() => row(off.sku).getByRole('switch').getAttribute('aria-checked')).toBe('false')
    expect(await row(off.sku).innerText()).toContain('Out of stock')
  })

  test('a price edit can be undone from its notice', async () => {
    const { items } = await host.call('catalog.list', { limit: 3, offset: 0 })
    const p = items[2]!
    await page.getByRole('button', { name: 'Close' }).click()
    await row(p.sku).getByRole('button', { name: new RegExp(`^Price of ${p.name}`) }).click()
    const input = row(p.sku).getByRole('textbox')
    await input.fill('999')
    await input.press('Enter')
    await expect.poll(async () => (await host.call('catalog.get', { sku: p.sku })).price).toBe(99900)
    await page.locator('.toast').filter({ hasText: p.name }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await host.call('catalog.get', { sku: p.sku })).price).toBe(p.price)
    expect(errors).toEqual([])
  })
})
