// One customer, one key: the counter types "98000 00001", WhatsApp says "+919800000001". Both become the same
// E.164-looking key so a counter sale on khata and the customer's WhatsApp question find the same ledger.
import type { Currency } from '../../../shared/money'

export class PhoneError extends Error {}

/** Digits with a leading "+"; a bare 10-digit number in a rupee shop is Indian (+91). */
export function normalizeCustomerPhone(raw: string, currency: Currency | string): string {
  const trimmed = raw.trim()
  let digits = trimmed.replace(/[^\d]/g, '')
  if (trimmed.startsWith('+')) return checked(`+${digits}`, raw)
  if (digits.startsWith('00')) return checked(`+${digits.slice(2)}`, raw)
  if (currency === 'INR') {
    if (digits.length === 11 && digits.startsWith('0')) digits = digits.slice(1)
    if (digits.length === 10) return checked(`+91${digits}`, raw)
  }
  return checked(`+${digits}`, raw)
}

function checked(phone: string, raw: string): string {
  // E.164: at most 15 digits; fewer than 8 is no reachable phone number.
  if (!/^\+\d{8,15}$/.test(phone))
    throw new PhoneError(`"${raw.slice(0, 40)}" is not a phone number (e.g. +91 98000 00001)`)
  return phone
}
