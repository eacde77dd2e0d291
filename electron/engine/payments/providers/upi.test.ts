import { describe, expect, it } from 'vitest'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { buildUpiLink, isValidVpa, parseUpiLink, upiQrPng, UpiLinkError } from './upi'

const base = {
  vpa: 'sharma.stores@okhdfcbank',
  payeeName: 'Sharma General & Sons',
  amountMinor: 45250,
  currency: 'INR',
  orderRef: '1042',
  note: 'Order 1042 – 2 items',
}

function decodePng(bytes: Uint8Array): string {
  const png = PNG.sync.read(Buffer.from(bytes))
  const found = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  )
  if (!found) throw new Error('no QR code found in the PNG')
  return found.data
}

describe('buildUpiLink', () => {
  it('follows the UPI linking spec: pa, pn, am with two decimals, cu=INR, tr, tn, in that order', () => {
    const link = buildUpiLink(base)
    expect(link.startsWith('upi://pay?pa=sharma.stores@okhdfcbank&pn=')).toBe(true)
    expect([...link.slice('upi://pay?'.length).split('&')].map((p) => p.split('=')[0])).toEqual([
      'pa',
      'pn',
      'am',
      'cu',
      'tr',
      'tn',
    ])
    expect(parseUpiLink(link)).toEqual({
      pa: 'sharma.stores@okhdfcbank',
      pn: 'Sharma General & Sons',
      am: '452.50',
      cu: 'INR',
      tr: '1042',
      tn: 'Order 1042 – 2 items',
    })
  })

  it('URL-encodes values (spaces as %20, & and non-ASCII escaped) so no field leaks into another', () => {
    const link = buildUpiLink(base)
    expect(link).toContain('pn=Sharma%20General%20%26%20Sons')
    expect(link).not.toContain(' ')
    expect(link).not.toContain('+')
    expect(link).toContain('tn=Order%201042%20%E2%80%93%202%20items')
  })

  it('writes whole rupees and small amounts with two decimals', () => {
    expect(parseUpiLink(buildUpiLink({ ...base, amountMinor: 5000 })).am).toBe('50.00')
    expect(parseUpiLink(buildUpiLink({ ...base, amountMinor: 5 })).am).toBe('0.05')
  })

  it('defaults the note to the order reference', () => {
    expect(parseUpiLink(buildUpiLink({ ...base, note: undefined })).tn).toBe('Order 1042')
  })

  it('rejects a malformed VPA, a zero/negative/fractional amount and any currency but INR', () => {
    for (const vpa of ['', 'shop', 'shop@', '@okicici', 'sh op@okicici', 'shop@ok icici', 'shop@@x']) {
      expect(() => buildUpiLink({ ...base, vpa }), vpa).toThrow(UpiLinkError)
    }
    expect(() => buildUpiLink({ ...base, amountMinor: 0 })).toThrow(/more than zero/)
    expect(() => buildUpiLink({ ...base, amountMinor: -100 })).toThrow(/more than zero/)
    expect(() => buildUpiLink({ ...base, amountMinor: 10.5 })).toThrow(/more than zero/)
    expect(() => buildUpiLink({ ...base, currency: 'EUR' })).toThrow(/rupees only/)
    expect(() => buildUpiLink({ ...base, orderRef: '10 42&x' })).toThrow(/reference/)
  })

  it('accepts common VPA shapes', () => {
    for (const vpa of ['9876543210@paytm', 'a.b-c_d@ybl', 'shop@okaxis', 'raj123@oksbi'])
      expect(isValidVpa(vpa)).toBe(true)
  })
})

describe('upiQrPng', () => {
  it('renders a PNG whose QR decodes to exactly the link and its spec fields', async () => {
    const link = buildUpiLink(base)
    const png = await upiQrPng(link)
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a')
    const decoded = decodePng(png)
    expect(decoded).toBe(link)
    expect(parseUpiLink(decoded)).toEqual({
      pa: 'sharma.stores@okhdfcbank',
      pn: 'Sharma General & Sons',
      am: '452.50',
      cu: 'INR',
      tr: '1042',
      tn: 'Order 1042 – 2 items',
    })
  })

  it('can render large for the counter display', async () => {
    const png = PNG.sync.read(Buffer.from(await upiQrPng(buildUpiLink(base), { width: 900 })))
    expect(png.width).toBeGreaterThanOrEqual(900)
  })
})
