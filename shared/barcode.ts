// Retail barcodes as a USB scanner types them: EAN-13, EAN-8 and UPC-A (12 digits). All three end in a GS1
// check digit (weights 3,1,3,1,... from the right, excluding the check digit), so one function checks them.

export type BarcodeKind = 'EAN-13' | 'EAN-8' | 'UPC-A'

const KINDS: Record<number, BarcodeKind> = { 13: 'EAN-13', 8: 'EAN-8', 12: 'UPC-A' }

/** The GS1 check digit for the digits before it. */
export function gs1CheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** Why a code is not a barcode, keyed like the catalog import's row problems (`importRow.barcode*`). */
export type BarcodeProblem = 'barcodeDigits' | 'barcodeLength' | 'barcodeCheckDigit'

export type BarcodeCheck =
  | { ok: true; code: string; kind: BarcodeKind }
  | { ok: false; message: string; key: BarcodeProblem; params: Record<string, string | number> }

/** Checks a typed or imported barcode; spaces and dashes people copy from packs are dropped. */
export function checkBarcode(raw: string): BarcodeCheck {
  const code = raw.replace(/[\s-]/g, '')
  if (!/^\d+$/.test(code))
    return {
      ok: false,
      message: `barcode "${raw}" must be digits only`,
      key: 'barcodeDigits',
      params: { barcode: raw },
    }
  const kind = KINDS[code.length]
  if (!kind)
    return {
      ok: false,
      message: `barcode "${raw}" has ${code.length} digits; EAN-13 has 13, UPC-A 12, EAN-8 8`,
      key: 'barcodeLength',
      params: { barcode: raw, digits: code.length },
    }
  const expected = gs1CheckDigit(code.slice(0, -1))
  if (expected !== code.charCodeAt(code.length - 1) - 48)
    return {
      ok: false,
      message: `barcode ${code} has a wrong check digit (the last digit should be ${expected}); check for a typo`,
      key: 'barcodeCheckDigit',
      params: { barcode: code, expected },
    }
  return { ok: true, code, kind }
}

/** A UPC-A is an EAN-13 with a leading 0: scanners send either, so both are stored and looked up as 13 digits. */
export function normalizeBarcode(code: string): string {
  return code.length === 12 ? `0${code}` : code
}
