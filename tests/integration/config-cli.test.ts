// `counterchat config set KEY VALUE --data DIR` (+ get, list) on a real data folder: plain settings land in the
// settings table with their proper types, payment secrets are sealed and never echoed, and mistakes get a plain
// message with exit 2 (the command line was wrong) or 1 (the value was refused).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli as run } from '../fixtures/cli'
import { createEngine } from '../../electron/engine'
import { CATALOG } from '../fixtures/conv-harness'

let dir: string


beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-config-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('counterchat config', () => {
  it('sets the browser WhatsApp runs in only to a program that is there and can run', async () => {
    const missing = join(dir, 'no-such-chrome')
    const refused = await run(['config', 'set', 'whatsapp.browserPath', missing, '--data', dir])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('is not a program on this computer')
    const notRunnable = join(dir, 'chrome')
    writeFileSync(notRunnable, 'text, not a program', { mode: 0o600 })
    expect((await run(['config', 'set', 'whatsapp.browserPath', notRunnable, '--data', dir])).code).toBe(1)
    expect((await run(['config', 'set', 'whatsapp.browserPath', '//server/share/chrome', '--data', dir])).code).toBe(1)
    // The owner names it explicitly at the computer: any program there that can be started (here: node).
    const ok = await run(['config', 'set', 'whatsapp.browserPath', process.execPath, '--data', dir])
    expect(ok).toMatchObject({ code: 0, out: `whatsapp.browserPath = ${process.execPath}\n` })
  })

  it('sets shop, conversation and payment settings with their proper types', async () => {
    expect(await run(['config', 'set', 'shop.name', 'Sharma Kirana', '--data', dir])).toEqual({
      code: 0,
      out: 'shop.name = Sharma Kirana\n',
      err: '',
    })
    expect((await run(['config', 'set', 'payments.upi.vpa', 'sharma@okaxis', '--data', dir])).code).toBe(0)
    expect((await run(['config', 'set', 'payments.providers', 'upi,cash', '--data', dir])).out).toBe(
      'payments.providers = ["upi","cash"]\n',
    )
    expect((await run(['config', 'set', 'payments.auto_request', 'off', '--data', dir])).out).toBe(
      'payments.auto_request = false\n',
    )
    expect((await run(['config', 'set', 'orders.minimumOrder', '20000', '--data', dir])).out).toBe(
      'orders.minimumOrder = 20000\n',
    )
    expect((await run(['config', 'set', 'shop.ordersWhenClosed', 'false', '--data', dir])).code).toBe(0)
    const hours = '{"open":"09:00","close":"21:00","closedDays":[0]}'
    expect((await run(['config', 'set', 'shop.hours', hours, '--data', dir])).code).toBe(0)

    const engine = createEngine({ dataDir: dir, startMessaging: false })
    try {
      expect(engine.settings.get('shop.name')).toBe('Sharma Kirana')
      expect(engine.settings.get('payments.upi.vpa')).toBe('sharma@okaxis')
      expect(engine.settings.get('payments.providers')).toEqual(['upi', 'cash'])
      expect(engine.settings.get('payments.auto_request')).toBe(false)
      expect(engine.settings.get('orders.minimumOrder')).toBe(20000)
      expect(engine.settings.get('shop.ordersWhenClosed')).toBe(false)
      expect(engine.settings.get('shop.hours')).toEqual({ open: '09:00', close: '21:00', closedDays: [0] })
      expect(engine.payments.settings().upi).toEqual({
        vpa: 'sharma@okaxis',
        payeeName: 'Sharma Kirana',
      })
    } finally {
      await engine.close()
    }
    expect((await run(['config', 'get', 'payments.providers', '--data', dir])).out).toBe('["upi","cash"]\n')
    expect((await run(['config', 'get', 'shop.name', '--data', dir])).out).toBe('Sharma Kirana\n')
  })

  it('seals a secret: never echoed, not in the settings table nor the database file, usable by the engine', async () => {
    const secret = 'sk_test_51Qa9ZtopSECRETvalue4242'
    const res = await run(['config', 'set', 'payments.stripe.secret_key', secret, '--data', dir])
    expect(res.code).toBe(0)
    expect(res.out).toBe(
      'payments.stripe.secret_key = sk_test_…4242 (sealed; only this hint is ever shown)\n',
    )
    expect(res.out + res.err).not.toContain(secret)

    // From stdin, so the key stays out of shell history.
    const rzp = 'rzp_test_FROMstdinSecret0001'
    const fromStdin = await run(
      ['config', 'set', 'payments.razorpay.key_secret', '-', '--data', dir],
      `${rzp}\n`,
    )
    expect(fromStdin).toMatchObject({ code: 0, out: expect.stringContaining('rzp_test_…0001') })

    const list = await run(['config', 'list', '--data', dir])
    expect(list.code).toBe(0)
    expect(list.out).toContain('payments.stripe.secret_key = sk_test_…4242 (sealed)\n')
    expect(list.out).toContain('payments.razorpay.key_secret = rzp_test_…0001 (sealed)\n')
    expect(list.out).toContain('shop.name = My Shop\n')
    expect(list.out).not.toContain(secret)
    expect((await run(['config', 'get', 'payments.stripe.secret_key', '--data', dir])).out).toBe(
      'sk_test_…4242 (sealed)\n',
    )
    expect(readFileSync(join(dir, 'counterchat.db')).includes(Buffer.from(secret))).toBe(false)
    // The headless host's box: AES-GCM with a key file only this user can read.
    if (process.platform !== 'win32') expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600)

    const engine = createEngine({ dataDir: dir, startMessaging: false })
    try {
      expect(engine.payments.settings().stripe.secretKey).toBe(secret)
      expect(engine.payments.settings().razorpay.keySecret).toBe(rzp)
      const rows = engine.db.prepare("SELECT key FROM settings WHERE key LIKE '%secret%'").all()
      expect(rows).toEqual([])
      const sealed = engine.db.prepare('SELECT sealed FROM payment_secrets').all() as { sealed: string }[]
      expect(sealed.map((r) => r.sealed.slice(0, 4))).toEqual(['fk1:', 'fk1:'])
    } finally {
      await engine.close()
    }
    expect((await run(['config', 'set', 'payments.stripe.secret_key', '', '--data', dir])).out).toBe(
      'payments.stripe.secret_key cleared\n',
    )
    expect((await run(['config', 'get', 'payments.stripe.secret_key', '--data', dir])).out).toBe(
      '(not set)\n',
    )
  })

  it('what config set turns on is used at once: counterchat chat prints the payment message after "yes"', async () => {
    writeFileSync(join(dir, 'catalog.csv'), CATALOG)
    expect((await run(['import', join(dir, 'catalog.csv'), '--data', dir])).code).toBe(0)
    for (const [k, v] of [
      ['shop.name', 'Sharma Kirana'],
      ['payments.providers', 'upi,cash'],
      ['payments.upi.vpa', 'sharma@okaxis'],
    ])
      expect((await run(['config', 'set', k!, v!, '--data', dir])).code).toBe(0)
    const chat = await run(['chat', '--data', dir, '--from', '+919800000001'], '1 bread\nyes\n')
    expect(chat.code).toBe(0)
    expect(chat.out).toContain('Order *#1001* placed. Total *₹45*')
    expect(chat.out).toContain('Your order 1001 comes to *₹45*.')
    expect(chat.out).toContain('upi://pay?pa=sharma@okaxis&pn=Sharma%20Kirana&am=45.00&cu=INR&tr=1001')
    expect(chat.out).toContain('UPI · order 1001')
  })

  it('unknown key: exit 2 with the known keys; a bad value: exit 1 with the reason; nothing changes', async () => {
    const unknown = await run(['config', 'set', 'shop.nmae', 'x', '--data', dir])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/^counterchat config: unknown setting "shop\.nmae"; known: .*shop\.name/)

    const vpa = await run(['config', 'set', 'payments.upi.vpa', 'not a vpa', '--data', dir])
    expect(vpa).toEqual({
      code: 1,
      out: '',
      err: 'counterchat config: invalid value for payments.upi.vpa: not a UPI ID (it should look like name@bank)\n',
    })
    const currency = await run(['config', 'set', 'shop.currency', 'XYZ', '--data', dir])
    expect(currency.code).toBe(1)
    expect(currency.err).toContain('invalid value for shop.currency')
    const poll = await run(['config', 'set', 'payments.poll_interval_seconds', '1', '--data', dir])
    expect(poll.code).toBe(1)

    expect((await run(['config', 'set', 'shop.name', '--data', dir])).code).toBe(2)
    expect((await run(['config', 'frob', '--data', dir])).code).toBe(2)
    expect((await run(['config', 'get', 'payments.upi.vpa', '--data', dir])).out).toBe('\n')
    expect((await run(['config', 'get', 'shop.currency', '--data', dir])).out).toBe('INR\n')
  })
})
