import { createServer, type Server } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeReceipt, type ReceiptData } from './escpos'
import { parsePrinterTarget, sendToPrinter } from './printer'
import { transliterate } from '../../../shared/understanding/devanagari'
import { decodeEscPos } from '../../../tests/fixtures/escpos-decode'
import { FakeClock, openShop, type TestShop } from '../../../tests/fixtures/conv-harness'
import { COUNTER_CATALOG } from '../../../tests/fixtures/counter-catalog'
import { createDispatcher } from '../api'

const base: ReceiptData = {
  width: 80,
  shop: 'Bäckerei Müller',
  address: 'Hauptstraße 5, Berlin',
  footer: 'Danke!',
  title: 'Counter sale #1001',
  when: '2026-11-24 11:30',
  customer: null,
  lines: [
    { name: 'Brötchen', qty: 4, unit: 'pc', unitPrice: 45, amount: 180 },
    { name: 'आटा', qty: 1.5, unit: 'kg', unitPrice: 4000, amount: 6000 },
  ],
  total: 6180,
  currency: 'EUR',
  paidAs: 'Cash',
  tendered: 10000,
  change: 3820,
  khataBalance: null,
  upiLink: null,
}

let dir: string | null = null
let server: Server | null = null
let shop: TestShop | null = null
afterEach(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()))
  server = null
  await shop?.close()
  shop = null
})

describe('ESC/POS receipt', () => {
  it('uses a code page for umlauts and transliterates Devanagari, never printing "?"', () => {
    const bytes = encodeReceipt(base)
    const r = decodeEscPos(bytes)
    expect(r.initialized).toBe(true)
    // ESC t n selects a code page that has ä/ö/ü/ß: the byte for "ü" is the code page's, not UTF-8's.
    expect([...bytes].some((b, i) => b === 0x1b && bytes[i + 1] === 0x74)).toBe(true)
    expect(Buffer.from(bytes).includes(Buffer.from('ü', 'utf8'))).toBe(false)
    expect(r.text).toContain('aata')
    expect(r.text).not.toContain('?')
    expect(r.text).toMatch(/TOTAL\s+61,80 EUR/)
    expect(r.endsWithCut).toBe(true)
  })

  it('spells the euro sign where it stands, after the amount or before it', () => {
    expect(decodeEscPos(encodeReceipt({ ...base, locale: 'de-DE' })).text).toMatch(/TOTAL\s+61,80 EUR\n/)
    expect(decodeEscPos(encodeReceipt({ ...base, locale: 'en-IE' })).text).toMatch(/TOTAL\s+EUR 61\.80\n/)
  })

  it('fits 32 columns on 58 mm paper and 48 on 80 mm', () => {
    const widest = (w: 58 | 80) =>
      Math.max(
        ...decodeEscPos(encodeReceipt({ ...base, width: w }))
          .text.split('\n')
          .map((l) => l.length),
      )
    expect(widest(58)).toBeLessThanOrEqual(32)
    expect(widest(80)).toBeLessThanOrEqual(48)
    expect(widest(80)).toBeGreaterThan(32)
  })

  it('prints the UPI link as a QR code when asked', () => {
    const r = decodeEscPos(encodeReceipt({ ...base, currency: 'INR', upiLink: 'upi://pay?pa=a@b&am=61.80' }))
    expect(r.qr).toEqual(['upi://pay?pa=a@b&am=61.80'])
  })

  it('transliterates Hindi names', () => {
    expect(transliterate('आटा')).toBe('aata')
    expect(transliterate('चीनी')).toBe('cheeni')
    expect(transliterate('दाल 1 kg')).toBe('daal 1 kg')
  })
})

describe('a slip in the shop\'s locale and time zone', () => {
  // 1 Dec 2026, 22:38 UTC: 23:38 in Berlin, already 2 Dec (04:08) in Pune.
  const AT = Date.UTC(2026, 11, 1, 22, 38)
  const sellOne = async (settings: Record<string, unknown>) => {
    shop = await openShop({
      clock: new FakeClock(AT),
      catalog: new TextEncoder().encode('sku,name,price,unit\nBROT,Brötchen,3.29,pc\nKAESE,Käse,1234.5,pc\n'),
      settings,
    })
    const dispatch = createDispatcher(shop.engine)
    const sale = (await dispatch('counter.sell', {
      lines: [
        { sku: 'BROT', qty: 1 },
        { sku: 'KAESE', qty: 1 },
      ],
      payment: { method: 'cash', tendered: 200000 },
    })) as { ok: true; value: { number: number } }
    expect(sale.ok).toBe(true)
    const data = shop.engine.receipts.data(sale.value.number)
    const engine = shop.engine
    return {
      engine,
      data,
      printed: decodeEscPos(engine.receipts.bytes(sale.value.number)).text,
      text: engine.receipts.text(sale.value.number),
    }
  }

  it('prints a German shop\'s date as "1.12.2026, 23:38" and its money as "3,29 EUR"', async () => {
    const { data, printed, text } = await sellOne({
      'shop.currency': 'EUR',
      'shop.country': 'DE',
      'shop.language': 'de',
      'shop.timezone': 'Europe/Berlin',
    })
    expect(data.when).toBe('1.12.2026, 23:38')
    expect(printed).toContain('1.12.2026, 23:38')
    expect(printed).toMatch(/tchen\s+3,29 EUR\n/)
    expect(printed).toMatch(/TOTAL\s+1\.237,79 EUR/)
    expect(printed).not.toContain('€')
    // The screen preview reads like the paper, not in minor units.
    expect(text).toContain('TOTAL 1.237,79 €')
  })

  it('follows the shop.locale setting over the country, and the shop\'s zone over the computer\'s', async () => {
    const { engine, data, printed } = await sellOne({
      'shop.currency': 'INR',
      'shop.country': 'IN',
      'shop.timezone': 'Asia/Kolkata',
      'shop.locale': 'en-IN',
    })
    expect(data.when).toMatch(/^2\/12\/2026, 0?4:08\s?am$/i)
    expect(printed).toMatch(/TOTAL\s+Rs\.1,237\.79/)
    engine.settings.set('shop.locale', 'de-DE')
    expect(engine.receipts.data(1001).when).toBe('2.12.2026, 04:08')
  })
})

describe('printer', () => {
  it('reads network and path targets', () => {
    expect(parsePrinterTarget('tcp://192.168.1.50:9100')).toEqual({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9100,
    })
    expect(parsePrinterTarget('192.168.1.50')).toEqual({ kind: 'tcp', host: '192.168.1.50', port: 9100 })
    expect(parsePrinterTarget('/dev/usb/lp0')).toEqual({ kind: 'path', path: '/dev/usb/lp0' })
    expect(parsePrinterTarget('')).toBeNull()
  })

  it('sends the bytes to a raw port-9100 style printer', async () => {
    const received: Buffer[] = []
    server = createServer((s) => s.on('data', (d) => received.push(d)))
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as { port: number }).port
    const bytes = encodeReceipt(base)
    expect(await sendToPrinter(`tcp://127.0.0.1:${port}`, bytes)).toEqual({ printed: true, error: null })
    await new Promise((r) => setTimeout(r, 50))
    expect(Buffer.concat(received).equals(Buffer.from(bytes))).toBe(true)
  })

  it('keeps the sale when the printer is unreachable, and reprints to a path later', async () => {
    // A port nobody listens on: take one from the OS, then close it.
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()))
    const dead = (probe.address() as { port: number }).port
    await new Promise<void>((r) => probe.close(() => r()))

    shop = await openShop({ catalog: COUNTER_CATALOG, settings: { 'receipt.printer': `127.0.0.1:${dead}` } })
    const dispatch = createDispatcher(shop.engine)
    const res = (await dispatch('counter.sell', {
      lines: [{ sku: 'BREAD', qty: 1 }],
      payment: { method: 'cash', tendered: 5000 },
    })) as {
      ok: true
      value: { number: number; change: number; receipt: { printed: boolean; error: string } }
    }
    expect(res.ok).toBe(true)
    expect(res.value.change).toBe(500)
    expect(res.value.receipt.printed).toBe(false)
    expect(res.value.receipt.error).toMatch(/cannot be reached/)
    expect(shop.engine.orders.get(res.value.number).status).toBe('completed')

    dir = mkdtempSync(join(tmpdir(), 'cc-print-'))
    const file = join(dir, 'printer.bin')
    shop.engine.settings.set('receipt.printer', file)
    const again = await dispatch('receipts.print', { number: res.value.number })
    expect(again).toEqual({ ok: true, value: { printed: true, error: null } })
    const printed = decodeEscPos(readFileSync(file))
    expect(printed.text).toContain('Britannia Bread 400 g')
    expect(printed.endsWithCut).toBe(true)
    expect(await dispatch('receipts.testPrint', {})).toEqual({
      ok: true,
      value: { printed: true, error: null },
    })
    expect(decodeEscPos(readFileSync(file)).text).toContain('TEST PRINT')
  })
})
