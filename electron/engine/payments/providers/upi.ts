// UPI deep link per NPCI's UPI linking specification, and its QR code rendered locally as a PNG.
// upi://pay?pa=VPA&pn=NAME&am=AMOUNT&cu=INR&tr=ORDERREF&tn=NOTE — values URL-encoded, amount with two decimals.
// A plain UPI link confirms nothing back to us: the shopkeeper marks the order paid, matching `tr`/`tn` in the bank app.
import QRCode from 'qrcode'
import { toMajorString } from '../../../../shared/money'

export interface UpiLinkInput {
  /** Payee's virtual payment address, e.g. "shop@okhdfcbank". */
  vpa: string
  /** Payee name shown in the customer's UPI app. */
  payeeName: string
  amountMinor: number
  currency: string
  /** The order number: goes into `tr` and into the note, so the payment is easy to find in the bank app. */
  orderRef: string
  note?: string
}

export class UpiLinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UpiLinkError'
  }
}

/** handle@psp: handle of letters, digits, dot, hyphen, underscore; PSP handle of letters (and digits). */
const VPA = /^[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9.-]{1,63}$/

export function isValidVpa(vpa: string): boolean {
  return VPA.test(vpa.trim())
}

/** Limits UPI apps enforce in practice; longer values get cut by some apps or rejected by others. */
const MAX_NAME = 50
const MAX_NOTE = 50
const MAX_REF = 35

/** encodeURIComponent, keeping '@' literal (it is legal in a query per RFC 3986 and some apps expect it). */
function enc(value: string): string {
  return encodeURIComponent(value).replace(/%40/g, '@')
}

export function buildUpiLink(input: UpiLinkInput): string {
  const vpa = input.vpa.trim()
  if (!isValidVpa(vpa))
    throw new UpiLinkError(`"${input.vpa}" is not a UPI ID (it should look like name@bank)`)
  if (input.currency !== 'INR') throw new UpiLinkError(`UPI takes rupees only, not ${input.currency}`)
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new UpiLinkError('the amount must be more than zero')
  }
  const payeeName = input.payeeName.trim().slice(0, MAX_NAME)
  if (payeeName === '')
    throw new UpiLinkError('the payee name is empty (set shop.name or payments.upi.payee_name)')
  const ref = input.orderRef.trim()
  if (!/^[A-Za-z0-9._/-]{1,35}$/.test(ref)) {
    throw new UpiLinkError(`the order reference must be 1-${MAX_REF} letters, digits or . _ / -`)
  }
  const note = (input.note?.trim() || `Order ${ref}`).slice(0, MAX_NOTE)
  const params: Array<[string, string]> = [
    ['pa', vpa],
    ['pn', payeeName],
    ['am', toMajorString(input.amountMinor)],
    ['cu', 'INR'],
    ['tr', ref],
    ['tn', note],
  ]
  return `upi://pay?${params.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`
}

/** The fields of a upi://pay link, decoded: what a UPI app would read. */
export function parseUpiLink(link: string): Record<string, string> {
  if (!link.startsWith('upi://pay?')) throw new UpiLinkError('not a upi://pay link')
  const out: Record<string, string> = {}
  for (const part of link.slice('upi://pay?'.length).split('&')) {
    const i = part.indexOf('=')
    if (i <= 0) continue
    out[decodeURIComponent(part.slice(0, i))] = decodeURIComponent(part.slice(i + 1))
  }
  return out
}

/** The link as a PNG QR code (error correction M, quiet zone 4), sized for a phone screen or a counter display. */
export async function upiQrPng(link: string, opts: { width?: number } = {}): Promise<Uint8Array> {
  const buf = await QRCode.toBuffer(link, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4,
    width: opts.width ?? 512,
  })
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
}
