// Linking WhatsApp from the UI, end to end: the real headless host runs the real whatsapp-web.js client
// (in Debian's Chromium) against the offline WhatsApp Web double; the Link screen is driven in a second
// Chromium. The QR image on screen is decoded and compared with what the double shows, a rotation redraws it,
// a scan links the shop, a customer gets an answer, and a logout from the phone is shown in plain words
// without any reconnect loop.
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Browser, Page } from 'playwright-core'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble, doubleEnv } from '../whatsapp-double/server'
import { freshDataDir, launchBrowser, openPage, screenshot, startHost, type Host } from './harness'

let double: WhatsAppDouble
let host: Host
let browser: Browser
let dataDir: string

beforeAll(async () => {
  double = new WhatsAppDouble(systemClock)
  await double.start()
  dataDir = freshDataDir()
  host = await startHost(dataDir, { env: doubleEnv(double.port) })
  await host.call('catalog.loadSample', {})
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  await double?.stop()
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
})

/** The text the QR image on screen encodes, read from its data: URL (null while none is drawn). */
async function qrOnScreen(page: Page): Promise<string | null> {
  const img = page.getByTestId('link-qr')
  if ((await img.count()) === 0) return null
  const src = await img.getAttribute('src')
  const m = /^data:image\/png;base64,(.+)$/.exec(src ?? '')
  if (!m) return null
  const png = PNG.sync.read(Buffer.from(m[1]!, 'base64'))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

/** The QR ref WhatsApp Web (the double) shows right now: the first part of the QR string. */
async function doubleRef(): Promise<string> {
  const s = (await double.command('state')) as { ref: string }
  return s.ref
}

const SHOP_PHONE = '+919812345678'
const CUSTOMER = '919800000007@c.us'

test('link by QR: the live QR, its rotation, the scan, ready with the shop, a reply, and a phone logout', { timeout: 180_000 }, async () => {
  const { page, errors } = await openPage(browser, `${host.url}#/link`)
  const pill = page.getByTestId('whatsapp-pill')
  const state = page.getByTestId('link-state')

  // A fresh shop: nothing started by itself.
  await expect.poll(() => state.getAttribute('data-state')).toBe('not_linked')
  expect(await pill.textContent()).toBe('WhatsApp: not linked')
  expect(await page.getByTestId('link-browser').textContent()).toContain('/usr/bin/chromium')
  expect(double.hasPage).toBe(false)
  await screenshot(page, 'link-not-linked')

  // The browser is started as a program: the page (even the owner's) cannot choose it; the owner names it at
  // the computer with `counterchat config set`, and the gateway uses it from the next start.
  expect(await page.getByTestId('link-browser-where').textContent()).toContain('counterchat config set whatsapp.browserPath')
  await expect(host.call('settings.set', { key: 'whatsapp.browserPath', value: '/usr/bin/chromium' })).rejects.toThrow(/config set/)
  const set = await host.cli(['config', 'set', 'whatsapp.browserPath', '/usr/bin/chromium'])
  expect(set.code, set.stderr).toBe(0)
  expect((await host.call('whatsapp.state', {})).browser).toEqual({ path: '/usr/bin/chromium', source: 'configured' })
  expect((await host.call('settings.get', {}))['whatsapp.browserPath']).toBe('/usr/bin/chromium')

  await page.getByRole('button', { name: 'Link WhatsApp' }).click()
  // The QR drawn on screen is exactly the one WhatsApp Web shows: "<ref>,<keys…>,WEB".
  await page.getByTestId('link-qr').waitFor({ timeout: 60_000 })
  const firstRef = await doubleRef()
  await expect.poll(() => qrOnScreen(page), { timeout: 10_000 }).toMatch(new RegExp(`^${escape(firstRef)},.+,WEB$`))
  expect(await pill.textContent()).toBe('WhatsApp: waiting for scan')
  expect(await page.getByText('Linked devices').count()).toBeGreaterThan(0)
  await screenshot(page, 'link-qr')

  // WhatsApp Web rotates the QR: the screen follows.
  await double.rotateQR()
  const secondRef = await doubleRef()
  expect(secondRef).not.toBe(firstRef)
  await expect
    .poll(() => qrOnScreen(page), { timeout: 10_000 })
    .toMatch(new RegExp(`^${escape(secondRef)},.+,WEB$`))

  // The shop's phone scans it: syncing, then ready with the shop's number and name.
  await double.scan()
  await expect.poll(() => state.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready')
  expect(await page.getByTestId('link-phone-number').textContent()).toBe(SHOP_PHONE)
  expect(await page.getByTestId('link-name').textContent()).toBe('Sharma Kirana')
  expect(await pill.textContent()).toBe('WhatsApp: linked')
  expect(await host.call('whatsapp.state', {})).toMatchObject({ enabled: true, sessionSaved: true })
  await screenshot(page, 'link-ready')

  // A customer writes on WhatsApp: the bot answers through WhatsApp.
  await double.receive(CUSTOMER, '2 kg atta and butter', { notifyName: 'Asha' })
  await double.waitFor(() => double.sent.some((m) => m.to === CUSTOMER), 30_000, 'a reply to the customer')
  const reply = double.sent.find((m) => m.to === CUSTOMER)!
  expect(reply.body.length).toBeGreaterThan(10)

  // A photo with the order as its caption is read as an order, and the photo itself shows in Chats.
  const pic = new PNG({ width: 8, height: 8 })
  pic.data.fill(180)
  const bytes = PNG.sync.write(pic)
  const repliesBefore = double.sent.filter((m) => m.to === CUSTOMER).length
  await double.receive(CUSTOMER, '/9j/thumbnail', {
    type: 'image',
    extra: { directPath: '/v/t62/7', mimetype: 'image/png', caption: '1 kg onion', filehash: 'h7', size: bytes.length },
    mediaBase64: bytes.toString('base64'),
  })
  await double.waitFor(
    () => double.sent.filter((m) => m.to === CUSTOMER).length > repliesBefore,
    30_000,
    'a reply to the photo',
  )
  expect(double.sent.filter((m) => m.to === CUSTOMER).at(-1)!.body).not.toMatch(/type your order/i)
  await page.goto(`${host.url}#/chats/${encodeURIComponent('+919800000007')}`)
  const picture = page.getByTestId('chat-picture')
  await picture.waitFor({ timeout: 30_000 })
  expect(await picture.getAttribute('src')).toBe(`data:image/png;base64,${bytes.toString('base64')}`)
  expect(await picture.getAttribute('alt')).toBe('Photo: 1 kg onion')
  await screenshot(page, 'link-chat-photo')
  await page.goto(`${host.url}#/link`)
  await expect.poll(() => state.getAttribute('data-state')).toBe('ready')

  // The shop logs this computer out from the phone: plain words, what to do, and no reconnect loop.
  const helloCount = double.events.filter((e) => e.ev === 'hello').length
  await double.logoutFromPhone()
  await expect.poll(() => state.getAttribute('data-state'), { timeout: 30_000 }).toBe('disconnected')
  expect(await page.getByTestId('link-reason').textContent()).toBe(
    'This computer was logged out from your phone (Linked devices). Link WhatsApp again to continue.',
  )
  expect(await page.getByTestId('link-todo').textContent()).toContain('scan the new QR code')
  expect(await pill.textContent()).toBe('WhatsApp: not linked')
  await screenshot(page, 'link-logged-out')
  await page.waitForTimeout(4000)
  expect(await state.getAttribute('data-state')).toBe('disconnected')
  const after = await host.call('whatsapp.state', {})
  expect(after.link).toMatchObject({ state: 'disconnected', detail: 'LOGOUT' })
  expect(after.enabled).toBe(false)
  // The library reloads the page once to show a fresh QR; nothing boots WhatsApp Web again after that.
  expect(double.events.filter((e) => e.ev === 'hello').length).toBeLessThanOrEqual(helloCount + 1)
  expect(await page.getByRole('button', { name: 'Link WhatsApp' }).isVisible()).toBe(true)
  expect(errors).toEqual([])
})

test('link by phone number, switch off and back on, a restart reconnects by itself, log out from the app', { timeout: 180_000 }, async () => {
  const { page, errors } = await openPage(browser, `${host.url}#/link`)
  const state = page.getByTestId('link-state')
  // Logged out from the phone: no session is left, so the screen offers "Link WhatsApp" and no "Log out".
  await expect.poll(() => state.getAttribute('data-state')).toMatch(/^(disconnected|not_linked)$/)
  expect((await host.call('whatsapp.state', {})).sessionSaved).toBe(false)
  expect(await page.getByRole('button', { name: 'Log out' }).count()).toBe(0)

  // Link with phone number instead: the 8-character code WhatsApp gives is shown large. (This WhatsApp Web
  // will keep "loading your chats" after the scan.)
  double.holdSync = true
  await page.getByRole('button', { name: 'Link WhatsApp' }).click()
  await page.getByTestId('link-qr').waitFor({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Link with phone number instead' }).click()
  await page.getByLabel("The shop's WhatsApp number").fill('12')
  await page.getByRole('button', { name: 'Get code' }).click()
  expect(await page.getByRole('alert').textContent()).toContain('country code')
  await page.getByLabel("The shop's WhatsApp number").fill('+91 98123 45678')
  await page.getByRole('button', { name: 'Get code' }).click()
  await expect.poll(() => state.getAttribute('data-state'), { timeout: 30_000 }).toBe('pairing_code')
  const asked = double.events.find((e) => e.ev === 'pairing_code')
  expect(asked).toMatchObject({ phone: '919812345678' })
  const code = String(asked!.code)
  expect(await page.getByTestId('link-code').textContent()).toBe(`${code.slice(0, 4)}-${code.slice(4)}`)
  expect(await page.getByText('Link with phone number instead').count()).toBe(1)
  await screenshot(page, 'link-pairing-code')
  await double.scan()
  // Linked, loading the chats: the screen shows the sync and its progress.
  await expect.poll(() => state.getAttribute('data-state'), { timeout: 30_000 }).toBe('syncing')
  await expect.poll(() => page.getByTestId('link-progress').getAttribute('value')).toBe('40')
  expect(await page.getByText('Linked. Loading your chats…').count()).toBe(1)
  expect(await page.getByTestId('whatsapp-pill').textContent()).toBe('WhatsApp: connecting…')
  await screenshot(page, 'link-syncing')
  await page.close()

  // The app is closed before the link was ever ready: at the next start WhatsApp stays off until asked.
  double.holdSync = false
  await host.stop()
  host = await startHost(dataDir, { env: doubleEnv(double.port) })
  const next = await openPage(browser, `${host.url}#/link`)
  const state1 = next.page.getByTestId('link-state')
  await expect.poll(() => state1.getAttribute('data-state')).toBe('disconnected')
  expect(await next.page.getByRole('heading', { name: 'WhatsApp is switched off' }).count()).toBe(1)
  await next.page.waitForTimeout(1000)
  expect(await state1.getAttribute('data-state')).toBe('disconnected')
  await next.page.getByRole('button', { name: 'Reconnect' }).click()
  // A link whose first sync never finished may need the scan again (the double forgets it); then scan.
  await expect
    .poll(() => state1.getAttribute('data-state'), { timeout: 60_000 })
    .toMatch(/^(qr|ready)$/)
  if ((await state1.getAttribute('data-state')) === 'qr') await double.scan()
  await expect.poll(() => state1.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready')

  // Switched off for now: the session stays, Reconnect needs no scan.
  await next.page.getByRole('button', { name: 'Switch off for now' }).click()
  await expect.poll(() => state1.getAttribute('data-state'), { timeout: 30_000 }).toBe('disconnected')
  expect(await next.page.getByRole('heading', { name: 'WhatsApp is switched off' }).count()).toBe(1)
  expect(await next.page.getByTestId('whatsapp-pill').textContent()).toBe('WhatsApp: switched off')
  await next.page.getByRole('button', { name: 'Reconnect' }).click()
  await expect.poll(() => state1.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready')
  await next.page.close()

  // The host restarts (the app was closed and opened): a linked shop comes back without a scan.
  await host.stop()
  host = await startHost(dataDir, { env: doubleEnv(double.port) })
  const again = await openPage(browser, `${host.url}#/link`)
  const state2 = again.page.getByTestId('link-state')
  await expect.poll(() => state2.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready')
  expect(await again.page.getByTestId('link-phone-number').textContent()).toBe(SHOP_PHONE)

  // Log out, with a confirm: "Stay linked" changes nothing, "Log out" unlinks and forgets the session.
  await again.page.getByRole('button', { name: 'Log out' }).click()
  await again.page.getByRole('button', { name: 'Stay linked' }).click()
  expect(await state2.getAttribute('data-state')).toBe('ready')
  await again.page.getByRole('button', { name: 'Log out' }).click()
  await screenshot(again.page, 'link-logout-confirm')
  await again.page.getByRole('dialog').getByRole('button', { name: 'Log out' }).click()
  await expect.poll(() => state2.getAttribute('data-state'), { timeout: 30_000 }).toBe('disconnected')
  expect(await again.page.getByTestId('link-reason').textContent()).toContain('You logged out of WhatsApp in CounterChat')
  expect(double.phoneLinked).toBe(false)
  expect(await host.call('whatsapp.state', {})).toMatchObject({ sessionSaved: false, enabled: false })

  // Logged out: the next start does not open WhatsApp by itself.
  await again.page.close()
  await host.stop()
  const pagesBefore = double.events.filter((e) => e.ev === 'hello').length
  host = await startHost(dataDir, { env: doubleEnv(double.port) })
  const third = await openPage(browser, `${host.url}#/link`)
  await expect.poll(() => third.page.getByTestId('link-state').getAttribute('data-state')).toBe('not_linked')
  await third.page.waitForTimeout(1500)
  expect(double.events.filter((e) => e.ev === 'hello').length).toBe(pagesBefore)
  expect([...errors, ...next.errors, ...again.errors, ...third.errors]).toEqual([])
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
