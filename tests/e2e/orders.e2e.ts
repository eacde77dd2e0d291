// The order flow end to end, as a shop lives it: a customer orders in free text on the "Try it as a customer"
// phone (one browser tab), answers the bot's question, confirms; the order appears live in the shopkeeper's
// queue (another tab, no reload); the shopkeeper changes a line, accepts, packs, marks it ready, and the
// customer's phone shows every update. Then the chats view, a manual reply, a rejection with a reason, and
// today's summary with its CSV export. Real headless host, built UI, Debian's Chromium.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ROOT, launchBrowser, openPage, screenshot, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let phone: Page
let shop: Page
let errors: string[][] = []

const CUSTOMER = '+919800000001'

beforeAll(async () => {
  ;[host, browser] = await Promise.all([startHost(), launchBrowser()])
  await host.call('catalog.loadSample', {})
  const a = await openPage(browser, `${host.url}#/try`)
  const b = await openPage(browser, `${host.url}#/queue`)
  phone = a.page
  shop = b.page
  // Counts the notes of the new-order tone the queue tab plays (WebAudio oscillators).
  await shop.addInitScript(`(() => {
    window.__tones = 0
    const create = AudioContext.prototype.createOscillator
    AudioContext.prototype.createOscillator = function () { window.__tones++; return create.call(this) }
  })()`)
  await shop.reload()
  errors = [a.errors, b.errors]
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

/** Everything the customer's phone shows, in order, as the customer reads it (formatting marks removed). */
const phoneText = () => phone.getByTestId('phone-messages').innerText()

async function say(text: string, expectReply: string | RegExp) {
  const box = phone.getByRole('textbox', { name: 'Message as the customer' })
  await box.fill(text)
  await box.press('Enter')
  await expect.poll(phoneText, { timeout: 10_000 }).toMatch(expectReply)
}

const row = (number: number) => shop.locator(`[data-order="${number}"]`)

/** `counterchat chat --data DIR --from PHONE` with the lines on stdin: a customer in another process. */
function cliChat(dataDir: string, from: string, lines: string[]): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'counterchat.mjs'), 'chat', '--data', dataDir, '--from', from],
      {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    )
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000)
    child.on('error', fail)
    child.on('close', () => {
      clearTimeout(timer)
      ok(out)
    })
    child.stdin.end(lines.join('\n') + '\n')
  })
}

describe('an order from free text to ready', () => {
  test('the customer orders over several messages and answers the clarifying question', async () => {
    await phone.getByTestId('phone').waitFor()
    await shop.getByTestId('queue-empty').waitFor()
    // Marks the queue tab's page: if it were reloaded, the mark would be gone.
    await shop.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    // The one click that arms the sound (browsers need a gesture) and asks for desktop pop-ups.
    await shop.getByRole('button', { name: 'Turn on new-order pop-ups' }).click()
    // Asked once: the button goes, whatever the browser answered.
    await expect.poll(() => shop.getByRole('button', { name: 'Turn on new-order pop-ups' }).count()).toBe(0)
    expect(await shop.getByTestId('queue-summary').textContent()).toBe('No open orders')

    await say('hi', /Hello from My Shop/)
    await say(
      '2 kg sugar and butter',
      /Which "butter" do you mean\?\s*1\. Amul Butter 100 g — ₹58\s*2\. Amul Butter 500 g — ₹285/,
    )
    await say('2', /Amul Butter 500 g — 1 × ₹285 = ₹285\s*Total: ₹375\s*Reply YES to confirm/)
    // Nothing reaches the queue before the customer confirms.
    expect(await row(1001).count()).toBe(0)
    await screenshot(phone, 'orders-phone-cart')
    await say('yes', /Order #1001 placed\. Total ₹375\./)
  })

  test('the order appears live in the queue tab, with a new-order notice', async () => {
    await row(1001).waitFor({ timeout: 10_000 })
    expect(await shop.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    // Two short notes rang in the queue tab.
    await expect.poll(() => shop.evaluate(() => (window as unknown as { __tones: number }).__tones)).toBe(2)
    const text = await row(1001).innerText()
    expect(text).toContain('#1001')
    expect(text).toContain('Asha')
    expect(text).toContain('₹375')
    expect(text).toContain('Unpaid')
    expect(text).toMatch(/now|1 min/)
    expect(await row(1001).getAttribute('data-status')).toBe('new')
    await expect.poll(() => shop.getByTestId('queue-summary').textContent()).toBe('1 open order · 1 new')
    // Seen from any screen: the nav counts new orders (in both tabs).
    expect(await shop.getByTestId('nav-new-orders').textContent()).toBe('1')
    await expect.poll(() => phone.getByTestId('nav-new-orders').textContent()).toBe('1')
    expect(await shop.locator('.toast').first().innerText()).toContain('New order #1001 from Asha · ₹375')
    expect(await shop.locator('[data-group="new"]').textContent()).toBe('New 1')
    await screenshot(shop, 'orders-queue-new')
  })

  test('the shopkeeper changes a line; the customer is told what changed and the new total', async () => {
    await row(1001).getByRole('link', { name: 'Order 1001 from Asha' }).click()
    const detail = shop.getByTestId('order-detail')
    await detail.getByRole('heading', { name: /Order #1001/ }).waitFor()
    expect(await detail.getByTestId('order-total').textContent()).toBe('₹375')
    // The chat transcript is beside the order.
    await expect.poll(() => detail.getByTestId('transcript').innerText()).toContain('2 kg sugar and butter')

    await detail.getByRole('button', { name: 'Change Sugar' }).click()
    const qty = detail.getByRole('textbox', { name: 'Quantity (kg)' })
    await qty.fill('abc')
    await detail.getByRole('button', { name: 'Save quantity' }).click()
    expect(await detail.getByRole('alert').textContent()).toBe(
      'Quantity must be a number above 0, like 2 or 0.5',
    )
    await qty.fill('3')
    await detail.getByRole('button', { name: 'Save quantity' }).click()
    await expect.poll(() => detail.getByTestId('order-total').textContent()).toBe('₹420')
    await expect.poll(phoneText).toMatch(/We changed order #1001:\s*Sugar: now 3 kg\s*New total: ₹420/)
    // The queue row follows.
    await expect.poll(() => row(1001).innerText()).toContain('₹420')
    await screenshot(shop, 'orders-detail-edited')
  })

  test('accept (one click in the queue) takes stock; packed and ready follow; the customer gets each update', async () => {
    const stockBefore = (await host.call('catalog.get', { sku: 'BUTTER-500' })).stock!
    await row(1001).getByRole('button', { name: 'Accept order 1001' }).click()
    await expect.poll(phoneText).toContain('Order #1001 accepted. We are packing it.')
    await expect.poll(() => row(1001).getAttribute('data-status')).toBe('accepted')
    expect((await host.call('catalog.get', { sku: 'BUTTER-500' })).stock).toBe(stockBefore - 1)

    const detail = shop.getByTestId('order-detail')
    await detail.getByRole('button', { name: 'Mark packed' }).click()
    await expect.poll(phoneText).toContain('Order #1001 is packed.')
    // Packed orders can no longer be changed.
    await expect.poll(() => detail.getByRole('button', { name: 'Change Sugar' }).count()).toBe(0)

    await detail.getByRole('button', { name: 'Mark ready' }).click()
    await expect.poll(phoneText).toContain('Order #1001 is ready for pickup. Total ₹420.')
    await expect.poll(() => row(1001).getAttribute('data-status')).toBe('ready')
    expect(await shop.locator('[data-group="ready"]').textContent()).toBe('Ready for pickup 1')

    // Every move is stored with its time.
    const order = await host.call('orders.get', { number: 1001 })
    expect(order.events.map((e) => `${e.kind}:${e.to ?? ''}`)).toEqual([
      'created:new',
      'edit:',
      'status:accepted',
      'status:packed',
      'status:ready',
    ])
    await detail.getByText('History').click()
    expect(await detail.locator('.order-events li').count()).toBe(5)
    await screenshot(shop, 'orders-detail-ready')
    await screenshot(phone, 'orders-phone-updates')
  })

  test('the printable slip holds the order and only it is printed', async () => {
    // The shop's own note on the order, printed on the slip.
    const detail = shop.getByTestId('order-detail')
    await detail.getByRole('button', { name: 'Add note' }).click()
    await detail.getByRole('textbox', { name: /Order note/ }).fill('Picks up at 6 pm')
    await detail.getByRole('button', { name: 'Save note' }).click()
    await detail.getByRole('button', { name: 'Edit note' }).waitFor()
    expect((await host.call('orders.get', { number: 1001 })).note).toBe('Picks up at 6 pm')

    const slip = shop.getByTestId('print-slip')
    expect(await slip.isVisible()).toBe(false)
    await shop.emulateMedia({ media: 'print' })
    try {
      expect(await slip.isVisible()).toBe(true)
      const text = await slip.innerText()
      expect(text).toContain('Order #1001')
      expect(text).toMatch(/Sugar\s+3 kg\s+₹135/)
      expect(text).toMatch(/Total\s+₹420/)
      expect(text).toContain('Note: Picks up at 6 pm')
      expect(await shop.locator('nav.nav').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden')
      expect(
        await shop.getByTestId('order-detail').getByRole('button', { name: 'Print slip' }).isVisible(),
      ).toBe(false)
      await screenshot(shop, 'orders-print-slip')
    } finally {
      await shop.emulateMedia({ media: 'screen' })
    }
    // Esc closes the order; the queue stays.
    await shop.keyboard.press('Escape')
    await expect.poll(() => shop.getByTestId('order-detail').count()).toBe(0)
    expect(await row(1001).isVisible()).toBe(true)
  })
})

describe('chats', () => {
  test('the chats view shows the conversation; a manual reply arrives on the phone', async () => {
    await shop.getByRole('link', { name: 'Chats', exact: true }).click()
    const item = shop.locator(`[data-phone="${CUSTOMER}"]`)
    await item.waitFor()
    expect(await item.innerText()).toContain('Asha')
    await item.click()
    const panel = shop.getByTestId('chat-panel')
    await expect
      .poll(() => panel.getByTestId('transcript').innerText())
      .toContain('Order #1001 is ready for pickup')
    expect(await panel.getByTestId('transcript').innerText()).toContain('2 kg sugar and butter')

    await panel
      .getByRole('textbox', { name: 'Reply' })
      .fill('Your sugar is the new harvest. See you soon, Asha!')
    await panel.getByRole('button', { name: 'Send' }).click()
    await expect.poll(phoneText).toContain('Your sugar is the new harvest. See you soon, Asha!')
    await expect.poll(() => panel.getByTestId('transcript').innerText()).toContain('You ·')
    await screenshot(shop, 'chats-reply')

    // Customer details kept on the chat show on the customer's orders.
    await panel.getByRole('button', { name: 'Edit details' }).click()
    await panel.getByRole('textbox', { name: 'Delivery address' }).fill('12 FC Road, Pune')
    await panel.getByRole('textbox', { name: /^Notes/ }).fill('Ring the bell twice')
    await panel.getByRole('button', { name: 'Save details' }).click()
    await expect
      .poll(() => panel.locator('.chat-facts').innerText())
      .toMatch(/12 FC Road, Pune[\s\S]*Ring the bell twice/)
    await panel.getByRole('link', { name: 'Order #1001' }).click()
    await expect
      .poll(() => shop.getByTestId('order-detail').innerText())
      .toMatch(/Customer notes\s*Ring the bell twice/i)
    await shop.getByRole('link', { name: /^Chats/ }).click()
  })

  test('a customer asking for a person comes first, and "Resume bot" hands the chat back', async () => {
    await host.call('simulator.send', {
      from: '+919800000002',
      text: 'I want to talk to a person',
      name: 'Ravi',
    })
    const first = shop.locator('[data-testid=chat-list] a').first()
    await expect.poll(() => first.getAttribute('data-phone')).toBe('+919800000002')
    expect(await first.innerText()).toContain('Needs you')
    await expect.poll(() => shop.getByTestId('nav-chats-attention').textContent()).toBe('1')
    await first.click()
    const panel = shop.getByTestId('chat-panel')
    await panel.getByTestId('chat-state').waitFor()
    await panel.getByRole('button', { name: 'Resume bot' }).click()
    await panel.getByRole('button', { name: 'Pause bot' }).waitFor()
    expect((await host.call('chats.get', { phone: '+919800000002' })).needsHuman).toBe(false)
    await expect.poll(() => shop.getByTestId('nav-chats-attention').count()).toBe(0)
  })
})

describe('rejecting and today', () => {
  test('a line substituted, another removed, then the order rejected with a reason', async () => {
    const MEERA = '+919800000003'
    for (const text of ['1 kg sugar, 2 maggi and 1 bread', 'yes'])
      await host.call('simulator.send', { from: MEERA, text, name: 'Meera' })
    const told = async () =>
      (await host.call('chats.messages', { phone: MEERA, limit: 50 })).items.map((m) => m.text)
    await shop.goto(`${host.url}#/queue`)
    await row(1002).waitFor({ timeout: 10_000 })
    expect(await row(1002).innerText()).toContain('₹118')
    await row(1002).getByRole('link').click()
    const detail = shop.getByTestId('order-detail')
    await detail.getByRole('heading', { name: /Order #1002/ }).waitFor()

    await detail.getByRole('button', { name: 'Change Maggi Noodles 70 g' }).click()
    await detail.getByRole('button', { name: 'Substitute…' }).click()
    await detail.getByRole('searchbox').fill('rusk')
    await screenshot(shop, 'orders-substitute')
    await detail.getByRole('button', { name: /Britannia Rusk 300 g/ }).click()
    await expect.poll(() => detail.getByTestId('order-total').textContent()).toBe('₹170')
    await expect
      .poll(told)
      .toContainEqual(
        expect.stringMatching(
          /Maggi Noodles 70 g replaced by Britannia Rusk 300 g \(2 pack\)\s*New total: \*₹170\*/,
        ),
      )

    await detail.getByRole('button', { name: 'Change Britannia Bread 400 g' }).click()
    await detail.getByRole('button', { name: 'Remove' }).click()
    await expect.poll(() => detail.getByTestId('order-total').textContent()).toBe('₹125')
    await expect
      .poll(told)
      .toContainEqual(expect.stringMatching(/Britannia Bread 400 g: removed\s*New total: \*₹125\*/))
    expect(await detail.locator('[data-line]').count()).toBe(2)

    await detail.getByRole('button', { name: 'Reject…' }).click()
    const dialog = shop.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Reject order' }).click()
    expect(await dialog.getByRole('alert').textContent()).toBe('Please say why: the customer is told.')
    await dialog.getByRole('button', { name: 'Shop closed now' }).click()
    await screenshot(shop, 'orders-reject-dialog')
    await dialog.getByRole('button', { name: 'Reject order' }).click()
    await expect.poll(() => detail.locator('.status-chip').first().textContent()).toBe('Rejected')
    await expect.poll(told).toContain('Sorry, we cannot take order #1002: Shop closed now')
    expect(await detail.innerText()).toContain('Shop closed now')
    // Finished orders leave the to-do list.
    await expect.poll(() => row(1002).count()).toBe(0)
    await shop.getByRole('tab', { name: /Finished/ }).click()
    await row(1002).waitFor()
  })

  test("today's summary counts orders and revenue, lists top items, and exports CSV", async () => {
    await shop.getByRole('link', { name: 'Today', exact: true }).click()
    const stats = shop.getByTestId('today-stats')
    await expect.poll(() => stats.innerText()).toMatch(/Orders\s*2\s*Revenue\s*₹420/)
    expect(await shop.getByTestId('top-items').innerText()).toMatch(/Amul Butter 500 g\s+1 pack\s+₹285/)
    const [download] = await Promise.all([
      shop.waitForEvent('download'),
      shop.getByRole('button', { name: 'Export orders (CSV)' }).click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv).toContain('1001')
    expect(csv).toContain('1002')
    await screenshot(shop, 'orders-today')
  })

  test('an order placed by the CLI (another process on the same database) shows up in the open queue', async () => {
    await shop.goto(`${host.url}#/queue`)
    await shop.getByRole('tab', { name: /To do/ }).click()
    const out = await cliChat(host.dataDir, '+919800000009', ['2 maggi', 'yes'])
    expect(out).toContain('Order *#1003* placed')
    // The host notices the other process's write within about a second and tells the page to re-read.
    await row(1003).waitFor({ timeout: 10_000 })
    expect(await row(1003).innerText()).toContain('₹28')
  })

  test('find an order by number, phone or name, whatever its status', async () => {
    const search = shop.getByRole('searchbox', { name: 'Find an order' })
    const listed = () =>
      shop.locator('[data-order]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order')))
    await search.fill('meera')
    await expect.poll(listed).toEqual(['1002'])
    expect(await row(1002).innerText()).toContain('Rejected')
    expect(await shop.locator('[data-group="found"]').textContent()).toBe('Matching orders 1')
    await search.fill('#1001')
    await expect.poll(listed).toEqual(['1001'])
    await search.fill('98000000')
    await expect.poll(listed).toEqual(['1003', '1002', '1001'])
    await search.fill('nobody-like-this')
    await expect
      .poll(() => shop.getByTestId('queue-empty').textContent())
      .toContain('No orders match “nobody-like-this”')
    await screenshot(shop, 'orders-search-none')
    await search.press('Escape')
    await expect.poll(listed).toEqual(['1003', '1001'])
  })

  test('on a 10" tablet the order replaces the list, and "← Queue" brings the list back', async () => {
    const tablet = await openPage(browser, `${host.url}#/queue/1001`, { width: 768, height: 1024 })
    errors.push(tablet.errors)
    const page = tablet.page
    await page
      .getByTestId('order-detail')
      .getByRole('heading', { name: /Order #1001/ })
      .waitFor()
    expect(await page.getByTestId('queue-scroller').isVisible()).toBe(false)
    await screenshot(page, 'orders-tablet-detail')
    await page.getByRole('link', { name: '← Queue' }).click()
    await page.locator('[data-order="1003"]').waitFor()
    expect(await page.getByTestId('order-detail').count()).toBe(0)
    await screenshot(page, 'orders-tablet-queue')
    await page.context().close()
  })

  test('no console errors or CSP violations in either tab', () => {
    expect(errors.flat()).toEqual([])
  })
})
