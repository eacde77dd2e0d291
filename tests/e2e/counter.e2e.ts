// The counter end to end (issue #16): a catalog with barcodes imported by the CLI, the headless host, and the
// Counter screen driven by the keyboard only, as a USB scanner types (digits + Enter). Three scans and a loose
// item by weight, cash with change; the sale shows in Today and the queue's finished list; a second sale on
// khata raises that customer's balance on the Khata screen; the customer asks "balance" on the pretend phone
// and gets their own statement.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { CODES, COUNTER_CATALOG, ean } from '../fixtures/counter-catalog'
import { decodeEscPos } from '../fixtures/escpos-decode'
import { freshDataDir, launchBrowser, openPage, runCli, screenshot, startHost, type Host } from './harness'

let dir: string
let host: Host
let browser: Browser
let shop: Page
let errors: string[] = []
const ASHA = '+919800000001'
const UNKNOWN = ean('890100000099')

beforeAll(async () => {
  dir = freshDataDir('counterchat-e2e-counter-')
  const csv = join(dir, 'catalog.csv')
  writeFileSync(csv, COUNTER_CATALOG)
  browser = await launchBrowser()
  const imported = await runCli(['import', csv, '--data', dir])
  expect(imported.code, imported.stderr).toBe(0)
  expect((await runCli(['config', 'set', 'shop.name', 'Sharma Kirana', '--data', dir])).code).toBe(0)
  host = await startHost(dir)
  const p = await openPage(browser, `${host.url}#/counter`)
  shop = p.page
  errors = p.errors
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** What a USB scanner does: types the digits fast, then Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 })
  await page.keyboard.press('Enter')
}

describe('counter sale', () => {
  test('3 scans and a loose item by weight, cash with change, keyboard only', async () => {
    const box = shop.getByTestId('counter-scan')
    await box.waitFor()
    await expect.poll(() => shop.evaluate(() => document.activeElement?.id)).toBe('counter-scan')
    const lines = shop.getByTestId('counter-lines')
    await scan(shop, CODES.butter)
    await expect.poll(() => lines.innerText()).toContain('Amul Butter 100 g')
    await scan(shop, CODES.bread)
    await expect.poll(() => lines.innerText()).toContain('Britannia Bread 400 g')
    await scan(shop, CODES.butter)
    // Search by a typo; onion is sold by weight, so the weight is asked for next.
    await shop.keyboard.type('onoin')
    await shop.keyboard.press('Enter')
    await shop.getByLabel('Weight of Onion in kg').waitFor()
    await shop.keyboard.type('0.75')
    await shop.keyboard.press('Enter')
    await expect.poll(() => lines.innerText()).toContain('Onion')
    // 2 × ₹56 + ₹45 + 0.75 kg × ₹30
    await expect.poll(() => shop.getByTestId('counter-total').innerText()).toBe('₹179.50')
    await screenshot(shop, 'counter-cart')
    // Empty Enter in the scan box goes to cash; type what the customer gave, see the change, Enter.
    await expect.poll(() => shop.evaluate(() => document.activeElement?.id)).toBe('counter-scan')
    await shop.keyboard.press('Enter')
    await shop.getByLabel('Cash given (empty: exact)').waitFor()
    await shop.keyboard.type('200')
    await expect.poll(() => shop.getByTestId('counter-change').innerText()).toBe('Change: ₹20.50')
    await shop.keyboard.press('Enter')
    await expect.poll(() => shop.getByTestId('counter-result').innerText()).toContain('Sale #1001 done')
    expect(await shop.getByTestId('counter-result-change').innerText()).toBe('Change to give: ₹20.50')
    await expect.poll(() => shop.getByTestId('counter-total').innerText()).toBe('₹0')
    await expect.poll(() => shop.evaluate(() => document.activeElement?.id)).toBe('counter-scan')
  })

  test('an unknown barcode is offered for adding on the spot and goes into the sale', async () => {
    await shop.getByTestId('counter-scan').focus()
    await scan(shop, UNKNOWN)
    const form = shop.getByTestId('counter-add-product')
    await form.waitFor()
    expect(await form.innerText()).toContain(UNKNOWN)
    await shop.keyboard.type('Parle-G 100 g')
    await form.getByLabel('Price').fill('10')
    await form.getByRole('button', { name: 'Add and sell' }).click()
    await expect.poll(() => shop.getByTestId('counter-lines').innerText()).toContain('Parle-G 100 g')
    expect((await host.call('catalog.get', { sku: UNKNOWN })).barcode).toBe(UNKNOWN)
    // Taken off again so the next test starts from an empty sale.
    await shop.getByTestId('counter-lines').getByRole('button', { name: 'Remove' }).click()
    await expect.poll(() => shop.getByTestId('counter-total').innerText()).toBe('₹0')
  })

  test('the sale is in Today and in the queue’s finished list', async () => {
    await shop.getByRole('link', { name: 'Today', exact: true }).click()
    await expect
      .poll(() => shop.getByTestId('today-stats').innerText())
      .toMatch(/Orders\s*1\s*Revenue\s*₹179\.50/)
    await shop.getByRole('link', { name: 'Queue', exact: true }).click()
    await shop.getByRole('tab', { name: /Finished/ }).click()
    await shop.locator('[data-order="1001"]').waitFor()
    expect(await shop.locator('[data-order="1001"]').innerText()).toContain('₹179.50')
  })

  test('a second sale on khata raises that customer’s balance', async () => {
    await shop.getByRole('link', { name: 'Counter', exact: true }).click()
    await shop.getByTestId('counter-scan').waitFor()
    await shop.getByTestId('counter-scan').focus()
    await scan(shop, CODES.sugar)
    await scan(shop, CODES.milk)
    await expect.poll(() => shop.getByTestId('counter-total').innerText()).toBe('₹75')
    await shop.keyboard.press('F4')
    await shop.getByLabel('Customer phone').waitFor()
    await shop.keyboard.type('98000 00001')
    await shop.keyboard.press('Enter')
    await expect.poll(() => shop.getByTestId('counter-result').innerText()).toContain('Sale #1002 done')
    expect(await shop.getByTestId('counter-result-balance').innerText()).toBe('Khata balance now: ₹75')

    await shop.getByRole('link', { name: 'Khata', exact: true }).click()
    const row = shop.locator(`[data-customer="${ASHA}"]`)
    await expect.poll(() => row.innerText()).toContain('₹75')
    await row.getByRole('button').click()
    await expect.poll(() => shop.getByTestId('khata-balance').innerText()).toContain('Owes ₹75')
    await screenshot(shop, 'khata-statement')
  })

  test('Today splits the takings by way of payment, and the day close compares counted with expected cash', async () => {
    await shop.getByRole('link', { name: 'Today', exact: true }).click()
    const takings = shop.getByTestId('today-takings')
    const row = (way: string) => takings.locator(`[data-way="${way}"]`).innerText()
    await expect.poll(() => row('khata')).toMatch(/Khata \(credit\)\s*₹75/)
    expect(await row('cash')).toMatch(/Cash\s*₹179\.50/)
    expect(await row('upi')).toMatch(/₹0/)
    expect(await row('online')).toMatch(/Card \/ online\s*₹0/)
    expect(await row('total')).toMatch(/₹254\.50/)
    const close = shop.getByTestId('day-close')
    await close.locator('summary').click()
    await close.getByLabel('Cash counted in the drawer').fill('170')
    await close.getByRole('button', { name: 'Compare' }).click()
    await expect.poll(() => close.getByTestId('day-close-expected').innerText()).toBe('₹179.50')
    expect(await close.getByTestId('day-close-counted').innerText()).toBe('₹170')
    expect(await close.getByTestId('day-close-difference').innerText()).toBe('₹9.50 short')
    await close.getByLabel('Cash counted in the drawer').fill('180')
    await close.getByRole('button', { name: 'Compare' }).click()
    await expect.poll(() => close.getByTestId('day-close-difference').innerText()).toBe('₹0.50 more than expected')
    await screenshot(shop, 'today-takings')
  })

  test('the customer asks for the balance on WhatsApp and gets their own statement', async () => {
    const phone = (await openPage(browser, `${host.url}#/try`)).page
    await phone.getByTestId('phone').waitFor()
    const id = phone.getByLabel('Pretend phone number')
    await id.fill(ASHA)
    await id.press('Enter')
    const box = phone.getByRole('textbox', { name: 'Message as the customer' })
    await box.fill('balance')
    await box.press('Enter')
    const messages = phone.getByTestId('phone-messages')
    await expect.poll(() => messages.innerText(), { timeout: 10_000 }).toContain('Balance due: ₹75')
    const text = await messages.innerText()
    expect(text).toContain('Purchase #1002')
    expect(text).not.toContain('#1001')
    await screenshot(phone, 'khata-phone')
    expect(errors).toEqual([])
  })

  test('the receipt printer is set in Settings and a test print reaches it', async () => {
    const file = join(dir, 'printer.bin')
    await shop.goto(`${host.url}#/settings`)
    const form = shop.getByTestId('settings-receipt')
    await form.getByLabel('Receipt printer').fill(file)
    await shop.getByTestId('settings-save').getByRole('button', { name: 'Save' }).click()
    await expect.poll(async () => (await host.call('settings.get', {}))['receipt.printer']).toBe(file)
    await form.getByRole('button', { name: 'Test print' }).click()
    await expect.poll(() => form.getByTestId('test-print-result').innerText()).toContain('Test receipt sent')
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40])
    expect(decodeEscPos(bytes).text).toContain('TEST PRINT')
    expect(errors).toEqual([])
  })
})
