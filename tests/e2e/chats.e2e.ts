// The chats screen's working tools (issue #15): the unread marker only on a chat with something for the
// shopkeeper to read (not one the bot answered), labels on a customer (add, remove, filter by), and quick
// replies saved in Settings and put into the reply box with "/". Real host, Chromium.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, screenshot, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let page: Page
let errors: string[]
const ASHA = '+919800000031'
const RAVI = '+919800000032'

beforeAll(async () => {
  ;[host, browser] = await Promise.all([startHost(), launchBrowser()])
  await host.call('catalog.loadSample', {})
  for (const text of ['hi', '1 kg sugar', 'yes']) await host.call('simulator.send', { from: ASHA, text, name: 'Asha' })
  await host.call('simulator.send', { from: RAVI, text: 'I want to talk to a person', name: 'Ravi' })
  await host.call('simulator.send', { from: RAVI, text: 'hello?', name: 'Ravi' })
  // The simulator answers at once, but let both chats settle before the page reads them.
  for (let i = 0; i < 100 && (await host.call('chats.get', { phone: RAVI }).catch(() => null))?.unread !== 2; i++)
    await new Promise((r) => setTimeout(r, 100))
  ;({ page, errors } = await openPage(browser, `${host.url}#/chats`))
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const item = (phone: string) => page.locator(`[data-phone="${phone}"]`)

describe('chats', () => {
  test('only the chat that needs the shopkeeper is marked unread; the bot-handled order is not', async () => {
    await item(ASHA).waitFor()
    expect((await host.call('chats.get', { phone: ASHA })).unread).toBe(0)
    expect(await item(ASHA).locator('.unread-badge').count()).toBe(0)
    expect(await item(RAVI).locator('.unread-badge').innerText()).toBe('2')
    expect(await page.getByTestId('chats-count').innerText()).toContain('1 unread')
  })

  test('a label is added and removed on a chat, shows in the list, and filters it', async () => {
    await item(ASHA).click()
    const labels = page.getByTestId('chat-labels')
    await labels.getByRole('combobox', { name: 'New label' }).fill('Regular')
    await labels.getByRole('button', { name: 'Add label' }).click()
    await expect.poll(() => item(ASHA).locator('.label-chip').allInnerTexts()).toEqual(['Regular'])
    await labels.getByRole('combobox', { name: 'New label' }).fill('pays late')
    await labels.getByRole('combobox', { name: 'New label' }).press('Enter')
    await expect.poll(() => item(ASHA).locator('.label-chip').allInnerTexts()).toEqual(['pays late', 'Regular'])
    // A comma is refused with the engine's words, nothing added.
    await labels.getByRole('combobox', { name: 'New label' }).fill('a, b')
    await labels.getByRole('button', { name: 'Add label' }).click()
    await expect.poll(() => labels.getByRole('alert').innerText()).toContain('comma')

    const filter = page.getByRole('combobox', { name: 'Show chats with label' })
    await filter.selectOption('Regular')
    await expect.poll(() => page.locator('[data-testid=chat-list] a').count()).toBe(1)
    expect(await page.locator('[data-testid=chat-list] a').getAttribute('data-phone')).toBe(ASHA)
    await screenshot(page, 'chats-labels')
    await labels.getByRole('button', { name: 'Remove label Regular' }).click()
    await expect.poll(() => page.locator('[data-testid=chat-list] a').count()).toBe(0)
    await filter.selectOption('')
    await expect.poll(() => page.locator('[data-testid=chat-list] a').count()).toBe(2)
    expect((await host.call('chats.get', { phone: ASHA })).labels).toEqual(['pays late'])
  })

  test('quick replies are edited in Settings and put in with "/" in the reply box', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    const field = page.getByRole('textbox', { name: 'Quick replies' })
    await expect.poll(() => field.inputValue()).toContain('thanks: Thank you!')
    await field.fill('thanks: Thank you! See you again soon.\ntimings: We are open 8 am to 9 pm, Sunday till 1 pm.')
    await page.getByTestId('settings-save').getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(async () => (await host.call('chats.quickReplies', {})).map((r) => r.shortcut))
      .toEqual(['thanks', 'timings'])

    await page.goto(`${host.url}#/chats/${encodeURIComponent(RAVI)}`)
    // A textbox, and a combobox while its quick-reply list is open.
    const box = page.locator('#reply-text')
    await page.getByRole('textbox', { name: 'Reply' }).waitFor()
    await box.pressSequentially('Hello! /t')
    const list = page.getByRole('listbox', { name: 'Quick replies' })
    expect(await list.getByRole('option').allInnerTexts()).toEqual([
      '/thanks Thank you! See you again soon.',
      '/timings We are open 8 am to 9 pm, Sunday till 1 pm.',
    ])
    await box.pressSequentially('i')
    expect(await list.getByRole('option').count()).toBe(1)
    await page.keyboard.press('Enter')
    const text = 'Hello! We are open 8 am to 9 pm, Sunday till 1 pm.'
    await expect.poll(() => page.locator('#reply-text').inputValue()).toBe(text)
    expect(await list.count()).toBe(0)
    // An unknown shortcut says so; Esc closes the list and Enter sends what is typed.
    await page.locator('#reply-text').pressSequentially(' /zz')
    await expect.poll(() => list.innerText()).toContain('No quick reply starts with /zz')
    await page.keyboard.press('Escape')
    expect(await list.count()).toBe(0)
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await host.call('chats.messages', { phone: RAVI, limit: 5 })).items.at(-1)?.text)
      .toBe(`${text} /zz`)
    expect(errors).toEqual([])
  })
})
