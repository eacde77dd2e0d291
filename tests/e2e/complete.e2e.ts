// Completing an unpaid order asks "paid in cash, paid by UPI, or leave unpaid?": from the queue row's one
// click and from the order's detail. Cash records the payment (and its receipt) before completing; "leave
// unpaid" completes it unpaid; closing the question completes nothing. Real host, Chromium.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let page: Page
let errors: string[]

async function placeOrder(from: string, text: string): Promise<number> {
  const before = (await host.call('orders.list', { limit: 1 })).total
  for (const t of [text, 'yes']) await host.call('simulator.send', { from, text: t, name: 'Asha' })
  await expect.poll(async () => (await host.call('orders.list', { limit: 1 })).total, { timeout: 10_000 }).toBe(before + 1)
  const { items } = await host.call('orders.list', { limit: 1 })
  return items[0]!.number
}

/** Moves an order to "ready" through the API, so the row's one click is "Complete". */
async function ready(number: number) {
  for (const to of ['accepted', 'packed', 'ready'] as const) await host.call('orders.transition', { number, to })
}

beforeAll(async () => {
  ;[host, browser] = await Promise.all([startHost(), launchBrowser()])
  await host.call('catalog.loadSample', {})
  ;({ page, errors } = await openPage(browser, `${host.url}#/queue`))
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

describe('completing an unpaid order', () => {
  test('the queue row asks; closing the question completes nothing; cash records the payment', async () => {
    const n = await placeOrder('+919800000011', '1 kg sugar')
    await ready(n)
    const row = page.locator(`[data-order="${n}"]`)
    await row.waitFor({ timeout: 10_000 })
    await row.getByRole('button', { name: `Complete order ${n}` }).click()
    const dialog = page.getByTestId('complete-dialog')
    await dialog.waitFor()
    expect(await dialog.innerText()).toContain(`Order #${n} is not paid yet`)
    for (const name of ['Paid in cash', 'Paid by UPI', 'Leave unpaid']) {
      expect(await dialog.getByRole('button', { name }).isVisible()).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect((await host.call('orders.get', { number: n })).status).toBe('ready')

    await row.getByRole('button', { name: `Complete order ${n}` }).click()
    await dialog.getByRole('button', { name: 'Paid in cash' }).click()
    await expect.poll(async () => (await host.call('orders.get', { number: n })).status).toBe('completed')
    const done = await host.call('orders.get', { number: n })
    expect(done.payment).toBe('paid')
    const status = await host.call('payments.status', { number: n })
    expect(status.request?.paidVia).toBe('cash')
  })

  test('the order detail asks too; "leave unpaid" completes it unpaid', async () => {
    const n = await placeOrder('+919800000012', '2 kg onion')
    await ready(n)
    await page.goto(`${host.url}#/queue/${n}`)
    const detail = page.getByTestId('order-detail')
    await detail.getByRole('heading', { name: new RegExp(`Order #${n}`) }).waitFor()
    await detail.getByRole('button', { name: 'Complete', exact: true }).click()
    await page.getByTestId('complete-dialog').getByRole('button', { name: 'Leave unpaid' }).click()
    await expect.poll(async () => (await host.call('orders.get', { number: n })).status).toBe('completed')
    expect((await host.call('orders.get', { number: n })).payment).not.toBe('paid')
  })

  test('a paid order completes without a question', async () => {
    const n = await placeOrder('+919800000013', '1 bread')
    await ready(n)
    await host.call('payments.markPaid', { number: n, method: 'upi' })
    await page.goto(`${host.url}#/queue`)
    const row = page.locator(`[data-order="${n}"]`)
    await row.waitFor({ timeout: 10_000 })
    await row.getByRole('button', { name: `Complete order ${n}` }).click()
    await expect.poll(async () => (await host.call('orders.get', { number: n })).status).toBe('completed')
    expect(await page.getByTestId('complete-dialog').count()).toBe(0)
    expect(errors).toEqual([])
  })
})
