import { describe, expect, it } from 'vitest'
import { checkBarcode, gs1CheckDigit, normalizeBarcode } from './barcode'

describe('barcode checksums', () => {
  it('accepts real EAN-13, EAN-8 and UPC-A codes', () => {
    expect(checkBarcode('4006381333931')).toEqual({ ok: true, code: '4006381333931', kind: 'EAN-13' })
    expect(checkBarcode('8901063010413')).toMatchObject({ ok: true, kind: 'EAN-13' })
    expect(checkBarcode('96385074')).toMatchObject({ ok: true, kind: 'EAN-8' })
    expect(checkBarcode('036000291452')).toMatchObject({ ok: true, kind: 'UPC-A' })
    expect(checkBarcode('4006-381 333931')).toMatchObject({ ok: true, code: '4006381333931' })
  })

  it('refuses a wrong check digit, naming the right one', () => {
    const r = checkBarcode('4006381333932')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/check digit.*should be 1/)
    expect(checkBarcode('96385075').ok).toBe(false)
    expect(checkBarcode('036000291453').ok).toBe(false)
  })

  it('refuses wrong lengths and letters', () => {
    expect(checkBarcode('123456789').ok).toBe(false)
    expect(checkBarcode('40063813339A1').ok).toBe(false)
    expect(gs1CheckDigit('400638133393')).toBe(1)
  })

  it('stores UPC-A as its EAN-13 form so either scan finds the product', () => {
    expect(normalizeBarcode('036000291452')).toBe('0036000291452')
    expect(checkBarcode('0036000291452').ok).toBe(true)
    expect(normalizeBarcode('96385074')).toBe('96385074')
  })
})
