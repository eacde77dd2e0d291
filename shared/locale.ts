// The shop's locale: how its money, numbers and dates are written, for the customers' messages, the screens
// and the printed slip alike. One setting (`shop.locale`), defaulting from the shop's country and language.
import { CURRENCY_LOCALE, validLocale, type Currency } from './money'

export interface LocaleSources {
  /** The `shop.locale` setting: wins when set and valid. */
  locale?: string | null
  /** The shop's language (`hi-Deva` writes Hindi, `hi` is Hinglish: both read numbers the Indian way). */
  language?: string | null
  /** Two-letter country code from setup (IN, DE, ...). */
  country?: string | null
  currency: Currency
}

/**
 * The languages a country writes its money and dates in, first the usual one. A shop in Germany whose
 * shopkeeper reads English still writes prices the German way ("3,29 €"), so a language the country does not
 * use gives way to the country's own; English in India stays "en-IN" (lakhs, day before month).
 */
const COUNTRY_LANGUAGES: Record<string, readonly string[]> = {
  IN: ['en', 'hi'],
  DE: ['de'],
  AT: ['de'],
  CH: ['de', 'fr', 'it'],
  LU: ['de', 'fr'],
  BE: ['nl', 'fr', 'de'],
  NL: ['nl'],
  FR: ['fr'],
  ES: ['es'],
  IT: ['it'],
  GB: ['en'],
  IE: ['en'],
  US: ['en'],
}

/** "de-DE" for a German shop, "en-IN" for an English-speaking shop in India, else the currency's own country. */
export function resolveLocale(s: LocaleSources): string {
  const set = validLocale(s.locale)
  if (set) return set
  const lang = s.language ? s.language.split('-')[0]! : null
  // No country yet: the currency says where the shop is.
  const region = s.country ?? CURRENCY_LOCALE[s.currency].split('-')[1]!
  const spoken = COUNTRY_LANGUAGES[region]
  const pick = spoken ? (lang && spoken.includes(lang) ? lang : spoken[0]!) : (lang ?? 'en')
  return validLocale(`${pick}-${region}`) ?? CURRENCY_LOCALE[s.currency]
}

const dateTimes = new Map<string, Intl.DateTimeFormat>()

/** "1.12.2026, 23:38" in Germany, "1/12/2026, 11:38 pm" in India: day, month, year, hour and minute. */
export function formatDateTime(ms: number, locale: string, timeZone?: string | null): string {
  const key = `${locale}|${timeZone ?? ''}`
  let f = dateTimes.get(key)
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }
    try {
      f = new Intl.DateTimeFormat(locale, { ...opts, ...(timeZone ? { timeZone } : {}) })
    } catch {
      f = new Intl.DateTimeFormat(locale, opts) // an unknown time zone must not stop a slip printing
    }
    dateTimes.set(key, f)
  }
  return f.format(ms).replace(/[\u00A0\u202F]/g, ' ')
}

/**
 * The locale for dates written with words ("2 Dec", "2. Dez."): the words in `language` (a BCP 47 language:
 * the screens' or the customer's), the clock and order of the shop's region. "de-DE" read in English is
 * "en-DE" ("1 Dec 2026, 23:38"); a locale already in that language is kept as it is.
 */
export function wordsLocale(locale: string, language: string): string {
  let loc: Intl.Locale
  try {
    loc = new Intl.Locale(locale)
  } catch {
    return validLocale(language) ?? 'en'
  }
  if (loc.language === language) return locale
  return validLocale(loc.region ? `${language}-${loc.region}` : language) ?? locale
}
