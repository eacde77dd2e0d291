// `counterchat paylink --data DIR --order NUMBER [--provider upi]`, end to end on a data folder: an order taken
// through `counterchat chat`, payment settings saved as `config set` would, then the link printed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli as run } from '../fixtures/cli'
import { parseUpiLink } from '../../electron/engine/payments/providers/upi'
import { CATALOG } from '../fixtures/conv-harness'
import { systemClock } from '../../shared/clock'
import { startRazorpayDouble, type RazorpayDouble } from '../payment-doubles'

let dir: string
let rzp: RazorpayDouble


/** `counterchat config set KEY VALUE --data DIR` for each pair. */
async function configSet(pairs: Record<string, string>): Promise<void> {
  for (const [k, v] of Object.entries(pairs)) {
    const res = await run(['config', 'set', k, v, '--data', dir])
    expect(res, `config set ${k}`).toMatchObject({ code: 0, err: '' })
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-paylink-'))
  // The CLI's engine reads the computer's clock, so the double does too: both see the same instant.
  rzp = await startRazorpayDouble({ clock: systemClock })
  writeFileSync(join(dir, 'catalog.csv'), CATALOG)
  expect((await run(['import', join(dir, 'catalog.csv'), '--data', dir])).code).toBe(0)
  const chat = await run(['chat', '--data', dir, '--from', '+919800000001'], '2 kg onion, 1 bread\nyes\n')
  expect(chat.out).toContain('Order *#1001* placed. Total *₹105*')
})
afterEach(async () => {
  await rzp.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('counterchat paylink', () => {
  it('--provider upi prints the UPI link with exactly the spec fields', async () => {
    await configSet({
      'shop.name': 'Sharma Kirana',
      'payments.providers': 'upi,cash',
      'payments.upi.vpa': 'sharma@okaxis',
    })
    const res = await run(['paylink', '--data', dir, '--order', '1001', '--provider', 'upi'])
    expect(res).toMatchObject({ code: 0, err: '' })
    const lines = res.out.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(parseUpiLink(lines[0]!)).toEqual({
      pa: 'sharma@okaxis',
      pn: 'Sharma Kirana',
      am: '105.00',
      cu: 'INR',
      tr: '1001',
      tn: 'Order 1001',
    })
  })

  it('without --provider prints every way to pay that is switched on; razorpay via the API double', async () => {
    await configSet({
      'payments.providers': 'upi,razorpay,cash',
      'payments.upi.vpa': 'sharma@okaxis',
      'payments.razorpay.key_id': rzp.keyId,
      'payments.razorpay.key_secret': rzp.keySecret,
      'payments.razorpay.base_url': rzp.url,
    })
    const res = await run(['paylink', '--data', dir, '--order', '#1001'])
    expect(res.code).toBe(0)
    const lines = res.out.trim().split('\n')
    expect(lines[0]).toMatch(/^upi:\/\/pay\?pa=sharma@okaxis&/)
    expect(lines[1]).toMatch(/^https:\/\/rzp\.io\/i\//)
    expect(lines[2]).toBe('cash on delivery / at the counter (no link)')
    const [link] = [...rzp.links.values()]
    expect(link).toMatchObject({
      amount: 10500,
      reference_id: '1001',
      customer: { contact: '+919800000001' },
    })
    // The secret never reaches the output, and a second run reuses the same link.
    expect(res.out + res.err).not.toContain(rzp.keySecret)
    expect(
      (await run(['paylink', '--data', dir, '--order', '1001', '--provider', 'razorpay'])).out.trim(),
    ).toBe(lines[1])
    expect(rzp.links.size).toBe(1)
  })

  it('explains problems in plain words with exit code 1, and wrong command lines with 2', async () => {
    await configSet({ 'payments.providers': 'razorpay' })
    const missing = await run(['paylink', '--data', dir, '--order', '1001'])
    expect(missing).toMatchObject({ code: 1, out: '' })
    expect(missing.err).toContain('Razorpay is on but the key id is not set (payments.razorpay.key_id).')
    expect((await run(['paylink', '--data', dir, '--order', '999'])).err).toContain('there is no order #999')
    expect((await run(['paylink', '--data', dir])).code).toBe(2)
    expect((await run(['paylink', '--data', dir, '--order', '1001', '--provider', 'bitcoin'])).code).toBe(2)
  })
})
