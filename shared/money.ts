// Money is always an integer count of minor units (paise, cents). Formatting happens only at the edge.

export type Currency = 'INR' | 'EUR' | 'USD' | 'GBP'
export const CURRENCIES: readonly Currency[] = ['INR', 'EUR', 'USD', 'GBP']

const SYMBOL: Record<Currency, string> = { INR: '₹', EUR: '€', USD: '$', GBP: '£' }

/** Parses a major-unit amount as typed by a person ("52.50", "52,5", "₹ 1,200") into minor units, or null. */
export function parseMajor(input: string, currency: Currency = 'INR'): number | null {
  let s = input.trim().replace(/[₹€$£\s]|rs\.?|inr|eur/gi, '')
  if (s === '') return null
  // "1.234,50" (German) vs "1,234.50" (Indian/English): the last separator is the decimal one.
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  if (lastComma > lastDot) {
    const decimals = s.length - lastComma - 1
    s = decimals <= 2 ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
  } else {
    s = s.replace(/,/g, '')
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null
  const [whole, frac = ''] = s.split('.')
  if (frac.length > 2) return null
  const sign = whole!.startsWith('-') ? -1 : 1
  const minor = Math.abs(Number(whole)) * 100 + Number(frac.padEnd(2, '0'))
  void currency
  const value = sign * minor
  return Number.isSafeInteger(value) ? value : null
}

/** "52.50" for 5250: the CSV export format, no symbol, dot decimal. */
export function toMajorString(minor: number): string {
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** "₹52.50" / "€3.20" for people; whole amounts drop the decimals ("₹52"); thousands grouped ("₹1,23,456"). */
export function formatMoney(minor: number, currency: Currency): string {
  const major = toMajorString(minor)
  const trimmed = major.endsWith('.00') ? major.slice(0, -3) : major
  const [whole = '', frac] = trimmed.replace('-', '').split('.')
  const sign = minor < 0 ? '-' : ''
  return `${sign}${SYMBOL[currency]}${group(whole, currency)}${frac === undefined ? '' : `.${frac}`}`
}

/** Indian shops read amounts in lakhs (1,23,456); everyone else in thousands (123,456). */
function group(digits: string, currency: Currency): string {
  if (digits.length <= 3) return digits
  const last3 = digits.slice(-3)
  const rest = digits.slice(0, -3)
  const size = currency === 'INR' ? 2 : 3
  const parts: string[] = []
  for (let end = rest.length; end > 0; end -= size) parts.unshift(rest.slice(Math.max(0, end - size), end))
  return `${parts.join(',')},${last3}`
}
