// Getting paid end to end: payments set up with `counterchat config set` (UPI + the Razorpay API double + cash,
// the Razorpay secret sealed), the headless host started on that folder. A customer orders on the "Try it as a
// customer" phone and confirms; the phone receives the payment message (UPI link, Razorpay link, cash line)
// and the UPI QR picture. The shopkeeper opens the order, sees the links, and shows the QR at the counter: the
// big QR decodes (pngjs + jsQR) to exactly the UPI fields. The double reports the link paid on its second
// poll: the queue row in another tab turns "Paid" without a reload, the counter screen says "Paid", and the
// customer's phone gets the receipt. The Settings screen shows the secret only as a hint, saves a field and
// explains a refused value; "Mark paid (cash)" on a second order sends a receipt and empties the unpaid list.
import { rmSync } from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { parseUpiLink } from '../../electron/engine/payments/providers/upi'
// The host's engine reads the computer's clock, so the double does too: both see the same instant.
import { systemClock } from '../../shared/clock'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles'
import { freshDataDir, launchBrowser, openPage, runCli, screenshot, startHost, type Host } from './harness'

let dir: string
let host: Host
let rzp: RazorpayDouble
let browser: Browser
let phone: Page
let queue: Page
let shop: Page
let errors: string[][] = []

beforeAll(async () => {
  dir = freshDataDir('counterchat-e2e-pay-')
  ;[rzp, browser] = await Promise.all([startRazorpayDouble({ clock: systemClock }), launchBrowser()])
  // Set up before the host starts, as a shopkeeper would from a terminal: every value through `config set`.
  const config: Array<[string, string]> = [
    ['shop.name', 'Sharma Kirana'],
    ['payments.providers', 'upi,razorpay,cash'],
    ['payments.upi.vpa', 'sharma@okaxis'],
    ['payments.razorpay.key_id', rzp.keyId],
    ['payments.razorpay.key_secret', rzp.keySecret],
    ['payments.razorpay.base_url', rzp.url],
    ['payments.poll_interval_seconds', '5'],
  ]
  for (const [k, v] of config) {
    const r = await runCli(['config', 'set', k, v, '--data', dir])
    expect(r.code, `config set ${k}: ${r.stderr}`).toBe(0)
    expect(r.stdout).not.toContain(rzp.keySecret)
  }
  host = await startHost(dir)
  await host.call('catalog.loadSample', {})
  const a = await openPage(browser, `${host.url}#/try`)
  const b = await openPage(browser, `${host.url}#/queue`)
  const c = await openPage(browser, `${host.url}#/queue`)
  phone = a.page
  queue = b.page
  shop = c.page
  errors = [a.errors, b.errors, c.errors]
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  await rzp?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const phoneText = () => phone.getByTestId('phone-messages').innerText()

/** Sends as the customer and waits for a reply matching `expectReply` among what arrives after it. */
async function say(text: string, expectReply: RegExp) {
  const before = (await phoneText()).length
  const box = phone.getByRole('textbox', { name: 'Message as the customer' })
  await box.fill(text)
  await box.press('Enter')
  await expect.poll(async () => (await phoneText()).slice(before), { timeout: 10_000 }).toMatch(expectReply)
}

const row = (page: Page, number: number) => page.locator(`[data-order="${number}"]`)

function decodePngDataUrl(dataUrl: string): string {
  const img = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'))
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height)
  if (!code) throw new Error('no QR code found in the counter image')
  return code.data
}

describe('getting paid', () => {
  test('the customer confirms and receives the payment message with UPI, Razorpay, cash and the QR picture', async () => {
    await phone.getByTestId('phone').waitFor()
    await queue.getByTestId('queue-empty').waitFor()
    await queue.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    await say('2 kg sugar', /Reply YES to confirm/)
    await say('yes', /Order #1001 placed\. Total ₹90\./)

    await expect.poll(phoneText, { timeout: 15_000 }).toContain('UPI · order 1001')
    const text = await phoneText()
    expect(text).toContain('Hi Asha, your order 1001 comes to ₹90.')
    expect(text).toContain('UPI ID: sharma@okaxis')
    expect(text).toContain('Pay with any UPI app (or scan the QR code below):')
    expect(text).toContain('Pay online (UPI, card, netbanking):')
    expect(text).toContain('Or pay cash on delivery / at the counter.')
    const upi = /upi:\/\/pay\?\S+/.exec(text)![0]
    expect(parseUpiLink(upi)).toMatchObject({
      pa: 'sharma@okaxis',
      pn: 'Sharma Kirana',
      am: '90.00',
      tr: '1001',
    })
    const link = [...rzp.links.values()][0]!
    expect(link).toMatchObject({ amount: 9000, reference_id: '1001', customer: { contact: '+919800000001' } })
    expect(text).toContain(link.short_url)
    // The badge says what went out, not just "link sent".
    await expect.poll(() => row(queue, 1001).locator('.pay-badge').innerText()).toBe('UPI and Razorpay links sent')
    // The QR arrived as a picture (captioned), and it holds the same UPI link as the text.
    const picture = phone.getByRole('img', { name: 'Picture: UPI · order 1001' })
    expect(decodePngDataUrl((await picture.getAttribute('src'))!)).toBe(upi)
    await screenshot(phone, 'payments-phone-message')
  })

  test('the order detail shows the links; the counter QR is big and decodes to the UPI fields', async () => {
    await shop.goto(`${host.url}#/queue/1001`)
    const panel = shop.getByTestId('payment-panel')
    await expect.poll(() => panel.innerText()).toMatch(/Asked ₹90 at/)
    const links = await panel.getByTestId('payment-links').innerText()
    expect(links).toMatch(/UPI ₹90 · waiting/)
    expect(links).toMatch(/Razorpay ₹90 · waiting/)
    expect(links).toContain(link().short_url)
    await panel.getByRole('link', { name: 'Show QR at the counter' }).click()

    const counter = shop.getByTestId('counter-qr')
    await counter.getByTestId('counter-qr-image').waitFor()
    expect(await counter.getByTestId('counter-qr-amount').textContent()).toBe('₹90')
    expect(await counter.getByRole('heading').textContent()).toBe('Order #1001')
    // Customer-facing: no nav, nothing of the shop's own screens.
    expect(await shop.locator('nav.nav').count()).toBe(0)
    const img = counter.getByTestId('counter-qr-image')
    const box = (await img.boundingBox())!
    // At 1280x800 the QR takes most of the height: scannable from across the counter.
    expect(box.height).toBeGreaterThanOrEqual(450)
    const src = (await img.getAttribute('src'))!
    expect(src.startsWith('data:image/png;base64,')).toBe(true)
    const decoded = decodePngDataUrl(src)
    expect(parseUpiLink(decoded)).toEqual({
      pa: 'sharma@okaxis',
      pn: 'Sharma Kirana',
      am: '90.00',
      cu: 'INR',
      tr: '1001',
      tn: 'Order 1001',
    })
    // The same link the customer got in WhatsApp.
    expect(await phoneText()).toContain(decoded)
    await screenshot(shop, 'payments-counter-qr')
  })

  test('Razorpay reports paid on the second poll: queue tab and counter turn paid live; the receipt arrives', async () => {
    rzp.payOnPoll(link().id, 2)
    await expect
      .poll(() => row(queue, 1001).locator('.pay-badge').innerText(), { timeout: 30_000, interval: 500 })
      .toBe('Paid online (Razorpay)')
    expect(await queue.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(rzp.links.get(link().id)!.status).toBe('paid')
    await shop.getByTestId('counter-qr-paid').waitFor({ timeout: 10_000 })
    expect(await shop.getByTestId('counter-qr-paid').innerText()).toContain('Paid ₹90. Thank you!')
    await expect.poll(phoneText, { timeout: 10_000 }).toContain('Payment received: ₹90 for order 1001. ✅')
    const order = await host.call('orders.get', { number: 1001 })
    expect(order.payment).toBe('paid')
    expect(order.events.filter((e) => e.kind === 'payment').map((e) => e.to)).toEqual(['link_sent', 'paid'])

    await shop.keyboard.press('Escape')
    const panel = shop.getByTestId('payment-panel')
    await expect.poll(() => panel.innerText()).toMatch(/Paid ₹90 by Razorpay/)
    await screenshot(queue, 'payments-queue-paid')
  })

  test('Settings: the secret shows only as a hint; a field saves; a refused value is explained by its field', async () => {
    await shop.goto(`${host.url}#/settings`)
    const payments = shop.getByTestId('settings-payments')
    await payments.waitFor()
    const secret = payments.getByLabel('Razorpay key secret')
    expect(await secret.inputValue()).toBe('')
    expect(await secret.getAttribute('type')).toBe('password')
    // The double's secret has no known prefix: the hint is its last four characters only.
    expect(await payments.innerText()).toContain(`Saved as …${rzp.keySecret.slice(-4)}.`)
    expect(await shop.content()).not.toContain(rzp.keySecret)
    expect(await payments.getByLabel('UPI ID').inputValue()).toBe('sharma@okaxis')
    expect(await payments.getByRole('checkbox', { name: 'Razorpay', exact: true }).isChecked()).toBe(true)
    expect(await payments.getByRole('checkbox', { name: 'Stripe', exact: true }).isChecked()).toBe(false)

    await payments.getByLabel('UPI payee name').fill('Sharma Kirana Store')
    await payments.getByLabel('UPI ID').fill('not a upi id')
    const save = shop.getByTestId('settings-save').getByRole('button', { name: 'Save' })
    await save.click()
    await expect
      .poll(() => payments.getByRole('alert').innerText())
      .toBe('Not a UPI ID (it should look like name@bank)')
    await expect
      .poll(async () => (await host.call('payments.settings.get', {})).values['payments.upi.payee_name'])
      .toBe('Sharma Kirana Store')
    expect((await host.call('payments.settings.get', {})).values['payments.upi.vpa']).toBe('sharma@okaxis')
    // The refused value stays in its field to be corrected; the saved one is no longer pending.
    expect(await payments.getByLabel('UPI ID').inputValue()).toBe('not a upi id')
    expect(await payments.getByLabel('UPI payee name').inputValue()).toBe('Sharma Kirana Store')

    // The shop section: a proper input per setting, saved through settings.set.
    const shopForm = shop.getByTestId('settings-shop')
    expect(await shopForm.getByLabel('Shop name').inputValue()).toBe('Sharma Kirana')
    const orders = shop.getByTestId('settings-orders')
    // One Save for the whole screen: put the refused UPI ID back, so only the minimum order is pending.
    await payments.getByLabel('UPI ID').fill('sharma@okaxis')
    await orders.getByLabel(/Minimum order/).fill('150')
    expect(await shop.getByTestId('settings-save').innerText()).toContain('1 unsaved change')
    await save.click()
    await expect.poll(async () => (await host.call('settings.get', {}))['orders.minimumOrder']).toBe(15000)
    // Saved and re-read: nothing pending any more.
    await expect.poll(() => save.isDisabled()).toBe(true)
    expect(await shop.getByTestId('settings-save').innerText()).toContain('Nothing to save')
    expect(await orders.getByLabel(/Minimum order/).inputValue()).toBe('150')
    await orders.getByLabel(/Minimum order/).fill('0')
    await save.click()
    await expect.poll(async () => (await host.call('settings.get', {}))['orders.minimumOrder']).toBe(0)
    await screenshot(shop, 'payments-settings')
  })

  test('a second order paid in cash at the counter: one click, a receipt, the unpaid list empties', async () => {
    await say('1 kg sugar', /Reply YES to confirm/)
    await say('yes', /Order #1002 placed\. Total ₹45\./)
    await expect.poll(phoneText, { timeout: 15_000 }).toContain('your order 1002 comes to ₹45.')
    await shop.goto(`${host.url}#/today`)
    const unpaid = shop.getByTestId('unpaid')
    await unpaid.getByTestId('unpaid-1002').waitFor()
    expect(await unpaid.getByTestId('unpaid-1002').innerText()).toContain('₹45')
    await unpaid.getByTestId('unpaid-1002').getByRole('button', { name: 'Paid (cash)' }).click()
    await expect
      .poll(phoneText, { timeout: 10_000 })
      .toContain('Payment received in cash: ₹45 for order 1002. ✅')
    await expect.poll(() => unpaid.innerText()).toContain('Every order asked to pay has paid.')
    await expect.poll(() => row(queue, 1002).locator('.pay-badge').innerText()).toBe('Paid by cash')
    // The Razorpay link of order 1002 was cancelled, not left payable.
    const second = [...rzp.links.values()].find((l) => l.reference_id === '1002')!
    await expect.poll(() => rzp.links.get(second.id)!.status).toBe('cancelled')
  })

  test('no console errors or CSP violations in any tab', () => {
    expect(errors.flat()).toEqual([])
  })
})

function link() {
  return [...rzp.links.values()].find((l) => l.reference_id === '1001')!
}
