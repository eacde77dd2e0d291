// Issue #16 through the command line: "same as last time" in `counterchat chat` (en, Hinglish, German),
// `counterchat khata --json`, `counterchat receipt --escpos` and `counterchat dayclose`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCliBytes as run } from '../fixtures/cli'
import { createEngine } from '../../electron/engine'
import { COUNTER_CATALOG } from '../fixtures/counter-catalog'
import { decodeEscPos } from '../fixtures/escpos-decode'
import { dayRange } from '../../electron/engine/counter/day-close'

let dir: string | null = null
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

async function shopDir(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'cc-counter-cli-'))
  const csv = join(dir, 'catalog.csv')
  writeFileSync(csv, COUNTER_CATALOG)
  expect((await run(['import', csv, '--data', dir])).code).toBe(0)
  for (const [k, v] of [
    ['shop.name', 'Sharma Kirana'],
    ['payments.upi.vpa', 'sharma@okhdfcbank'],
  ] as const)
    expect((await run(['config', 'set', k, v, '--data', dir])).code).toBe(0)
  return dir
}

const replies = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text)

function linesOf(d: string, number: number) {
  const engine = createEngine({ dataDir: d, startMessaging: false })
  try {
    const o = engine.orders.get(number)
    return { total: o.total, lines: o.lines.map((l) => [l.sku, l.qty, l.unitPrice]) }
  } finally {
    void engine.close()
  }
}

describe('"same as last time" through counterchat chat', () => {
  it.each([
    ['+919800000011', 'same as last time', 'Your last order'],
    ['+919800000012', 'wahi jo pichli baar', 'pichla order'],
    ['+919800000013', 'wie letztes Mal bitte', 'letzte Bestellung'],
  ])(
    '%s "%s": the last order at today’s prices, confirmed into a second order',
    async (phone, words, heading) => {
      const d = await shopDir()
      const first = await run(
        ['chat', '--data', d, '--from', phone, '--json'],
        '2 kg onion, 1 bread, 2 butter\nyes\n',
      )
      expect(first.code).toBe(0)
      const placed = replies(first.out).at(-1)!
      const number = Number(/#(\d+)\*? /.exec(placed)?.[1])
      expect(number).toBeGreaterThanOrEqual(1001)
      // Prices change and sugar is irrelevant; the onion now costs more.
      expect((await run(['config', 'get', 'shop.name', '--data', d])).code).toBe(0)
      const engine = createEngine({ dataDir: d, startMessaging: false })
      engine.catalog.update('ONION', { price: 3500 })
      await engine.close()

      const again = await run(['chat', '--data', d, '--from', phone, '--json'], `${words}\n`)
      const text = replies(again.out).join('\n')
      expect(text).toContain(heading)
      expect(text).toContain(`#${number}`)
      expect(text).toMatch(/Onion — 2 kg × ₹35\/kg = ₹70/)
      expect(text).toContain('Britannia Bread 400 g')
      expect(text).toContain('₹227') // 2 × 35 + 45 + 2 × 56 at today's prices

      const confirm = await run(['chat', '--data', d, '--from', phone, '--json'], 'yes\n')
      const second = Number(/#(\d+)\*? /.exec(replies(confirm.out).at(-1)!)?.[1])
      expect(second).toBe(number + 1)
      const a = linesOf(d, number)
      const b = linesOf(d, second)
      expect(b.lines.map(([sku, qty]) => [sku, qty])).toEqual(a.lines.map(([sku, qty]) => [sku, qty]))
      expect(b.lines.find(([sku]) => sku === 'ONION')?.[2]).toBe(3500)
      expect(b.total).toBe(22700)
    },
  )

  it('names an item that is out of stock now, and says so when there is no earlier order', async () => {
    const d = await shopDir()
    const phone = '+919800000021'
    await run(['chat', '--data', d, '--from', phone, '--json'], '1 bread, 1 kg onion\nyes\n')
    const engine = createEngine({ dataDir: d, startMessaging: false })
    engine.catalog.update('BREAD', { stock: 0 })
    await engine.close()
    const again = replies(
      (await run(['chat', '--data', d, '--from', phone, '--json'], 'same as last time\n')).out,
    ).join('\n')
    expect(again).toContain('Britannia Bread 400 g is out of stock right now.')
    expect(again).toMatch(/Onion — 1 kg/)
    const fresh = replies(
      (await run(['chat', '--data', d, '--from', '+919800000022', '--json'], 'same as last time\n')).out,
    ).join('\n')
    expect(fresh).toContain('no earlier order')
  })
})

describe('counterchat khata / receipt / dayclose', () => {
  it('prints balances and one customer’s statement as JSON', async () => {
    const d = await shopDir()
    const engine = createEngine({ dataDir: d, startMessaging: false })
    const sale = engine.counter.sell([{ sku: 'BREAD', qty: 2 }], {
      method: 'khata',
      customer: '9800000031',
      name: 'Asha',
    })
    engine.khata.payment('+919800000031', 2000, 'upi')
    engine.counter.sell([{ sku: 'SUGAR-1KG', qty: 1 }], { method: 'khata', customer: '+919800000032' })
    engine.khata.payment('+919800000032', 10000, 'cash')
    await engine.close()

    const all = await run(['khata', '--data', d, '--json'])
    expect(all.code).toBe(0)
    const doc = JSON.parse(all.out) as {
      currency: string
      totalDue: number
      totalAdvance: number
      customers: { customer: string; balance: number; name: string | null }[]
    }
    expect(doc).toMatchObject({ currency: 'INR', totalDue: 7000, totalAdvance: 5200 })
    expect(doc.customers.map((c) => [c.customer, c.balance])).toEqual([
      ['+919800000031', 7000],
      ['+919800000032', -5200],
    ])

    const one = await run(['khata', '--data', d, '--customer', '98000 00031', '--json'])
    const st = JSON.parse(one.out) as {
      customer: string
      name: string
      balance: number
      entries: {
        kind: string
        amount: number
        balance: number
        order: number | null
        method: string | null
        at: string
      }[]
    }
    expect(st).toMatchObject({ customer: '+919800000031', name: 'Asha', balance: 7000 })
    expect(st.entries.map((e) => [e.kind, e.amount, e.balance, e.order, e.method])).toEqual([
      ['sale', 9000, 9000, sale.number, null],
      ['payment', -2000, 7000, null, 'upi'],
    ])
    expect(st.entries[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const bad = await run(['khata', '--data', d, '--customer', 'nobody', '--json'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/not a phone number/)
  })

  it('writes the receipt as ESC/POS: ESC @ first, the lines and total, a QR only when unpaid, a cut last', async () => {
    const d = await shopDir()
    const engine = createEngine({ dataDir: d, startMessaging: false })
    const cash = engine.counter.sell(
      [
        { sku: 'BREAD', qty: 1 },
        { sku: 'ONION', qty: 0.5 },
      ],
      { method: 'cash', tendered: 10000 },
    )
    const credit = engine.counter.sell([{ sku: 'AMUL-BUTTER-100', qty: 2 }], {
      method: 'khata',
      customer: '+919800000041',
    })
    await engine.close()

    const paid = await run(['receipt', '--data', d, '--order', String(cash.number), '--escpos'])
    expect(paid.code).toBe(0)
    const r = decodeEscPos(paid.bytes)
    expect([...paid.bytes.subarray(0, 2)]).toEqual([0x1b, 0x40])
    expect(r.text).toContain('Britannia Bread 400 g')
    expect(r.text).toContain('Onion')
    expect(r.text).toMatch(/TOTAL\s+Rs\.60/)
    expect(r.text).toMatch(/Change\s+Rs\.40/)
    expect(r.qr).toEqual([])
    expect(r.endsWithCut).toBe(true)

    // A khata sale is on credit: the receipt shows the balance; an unpaid WhatsApp-like order gets a UPI QR.
    const k = decodeEscPos(
      (await run(['receipt', '--data', d, '--order', String(credit.number), '--escpos'])).bytes,
    )
    expect(k.text).toMatch(/Khata balance\s+Rs\.112/)

    const e2 = createEngine({ dataDir: d, paymentPolling: false })
    await e2.messaging.start()
    e2.simulator.simulateInbound('+919800000042', '1 bread')
    await e2.messaging.whenIdle()
    e2.simulator.simulateInbound('+919800000042', 'yes')
    await e2.messaging.whenIdle()
    const unpaidNumber = e2.orders.list({ offset: 0, limit: 1 }).items[0]!.number
    await e2.close()
    const u = decodeEscPos(
      (await run(['receipt', '--data', d, '--order', String(unpaidNumber), '--escpos'])).bytes,
    )
    expect(u.text).toContain('Not paid yet')
    expect(u.qr).toHaveLength(1)
    expect(u.qr[0]).toMatch(/^upi:\/\/pay\?pa=sharma@okhdfcbank&.*am=45\.00/)
    expect(u.endsWithCut).toBe(true)

    const missing = await run(['receipt', '--data', d, '--order', '9999', '--escpos'])
    expect(missing.code).toBe(1)
  })

  it('closes the day: cash expected vs counted, UPI, khata given and received, as JSON and CSV', async () => {
    const d = await shopDir()
    const engine = createEngine({ dataDir: d, startMessaging: false })
    engine.counter.sell([{ sku: 'BREAD', qty: 2 }], { method: 'cash', tendered: 10000 })
    engine.counter.sell([{ sku: 'SUGAR-1KG', qty: 1 }], { method: 'upi' })
    engine.counter.sell([{ sku: 'AMUL-BUTTER-100', qty: 1 }], { method: 'khata', customer: '+919800000051' })
    engine.khata.payment('+919800000051', 3000, 'cash')
    engine.khata.payment('+919800000051', 1000, 'upi')
    // The day of the sales, not "today": the test must pass even when run across midnight.
    const first = engine.orders.list({ offset: 0, limit: 5 }).items.at(-1)!
    const day = dayRange(first.createdAt, String(engine.settings.get('shop.timezone'))).day
    await engine.close()
    const json = await run(['dayclose', '--data', d, '--day', day, '--counted', '115', '--json'])
    expect(json.code).toBe(0)
    const r = JSON.parse(json.out) as Record<string, unknown>
    expect(r).toMatchObject({
      counterSales: 3,
      takings: { cash: 9000, upi: 4800, online: 0, khata: 5600, total: 19400 },
      cash: { sales: 9000, khataReceived: 3000, expected: 12000, counted: 11500, difference: -500 },
      upi: 4800,
      khataGiven: 5600,
      khataReceived: { cash: 3000, upi: 1000, online: 0 },
    })
    const csv = await run(['dayclose', '--data', d, '--day', day, '--csv'])
    expect(csv.out.split('\n')[0]).toBe('day,figure,amount,currency')
    expect(csv.out).toMatch(/cash_expected,120\.00,INR/)
    const slip = decodeEscPos((await run(['dayclose', '--data', d, '--day', day, '--escpos'])).bytes)
    expect(slip.text).toMatch(/Cash expected\s+Rs\.120/)
    expect(slip.endsWithCut).toBe(true)
  })
})
