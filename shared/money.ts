// Money is always an integer count of minor units (paise, cents). Formatting happens only at the edge.

export type Currency = 'INR' | 'EUR' | 'USD' | 'GBP'
export const CURRENCIES: readonly Currency[] = ['INR', 'EUR', 'USD', 'GBP']


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

/**
 * The locale a currency is read in when the shop has not said (`shop.locale` unset and no country): an Indian
 * shop reads lakhs ("₹1,23,456"), a euro shop reads "3,29 €".
 */
export const CURRENCY_LOCALE: Record<Currency, string> = { INR: 'en-IN', EUR: 'de-DE', USD: 'en-US', GBP: 'en-GB' }

const moneyFormats = new Map<string, { whole: Intl.NumberFormat; cents: Intl.NumberFormat }>()

function moneyFormat(currency: Currency, locale: string) {
  const key = `${currency}|${locale}`
  let f = moneyFormats.get(key)
  if (!f) {
    const base = { style: 'currency', currency } as const
    f = {
      whole: new Intl.NumberFormat(locale, { ...base, minimumFractionDigits: 0, maximumFractionDigits: 0 }),
      cents: new Intl.NumberFormat(locale, { ...base, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    }
    moneyFormats.set(key, f)
  }
  return f
}

/**
 * An amount for people, in the shop's locale through Intl: "₹1,23,456" and "₹52.50" in India, "3,29 €" and
 * "1.234,50 €" in Germany. Whole amounts drop the decimals ("₹52"). Intl's no-break spaces become plain ones:
 * the text goes into WhatsApp messages and onto receipt printers whose code pages have no U+00A0.
 */
export function formatMoney(minor: number, currency: Currency, locale?: string | null): string {
  const f = moneyFormat(currency, validLocale(locale) ?? CURRENCY_LOCALE[currency])
  const text = minor % 100 === 0 ? f.whole.format(minor / 100) : f.cents.format(minor / 100)
  return text.replace(/[\u00A0\u202F]/g, ' ')
}

/** A locale Intl accepts, or null (a typo in a setting must not stop a reply going out). */
export function validLocale(locale: string | null | undefined): string | null {
  if (!locale) return null
  // Asked for every amount in a reply (a cart writes dozens); Intl's check costs ~3 µs, the answer never changes.
  let known = canonical.get(locale)
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(locale)[0] ?? null
    } catch {
      known = null
    }
    if (canonical.size >= 64) canonical.clear()
    canonical.set(locale, known)
  }
  return known
}

const canonical = new Map<string, string | null>()
