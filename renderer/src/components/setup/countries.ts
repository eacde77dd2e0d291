// What choosing a country sets up: the currency, the usual time zone, the screens' language and the language
// customers are answered in first. Only countries whose currency the app can hold (shared/money) are listed.
import type { Currency } from '../../../../shared/money'
import type { Language } from '../../i18n'

export interface CountryDefaults {
  currency: Currency
  timezone: string
  /** Screen languages usual there; the first is the default unless the browser prefers another of them. */
  languages: readonly Language[]
  /** The language replies start in (customers can switch). */
  replyLanguage: Language
  /** UPI is offered only where it works. */
  upi: boolean
}

export const COUNTRIES = {
  IN: { currency: 'INR', timezone: 'Asia/Kolkata', languages: ['en', 'hi'], replyLanguage: 'en', upi: true },
  DE: { currency: 'EUR', timezone: 'Europe/Berlin', languages: ['de'], replyLanguage: 'de', upi: false },
  AT: { currency: 'EUR', timezone: 'Europe/Vienna', languages: ['de'], replyLanguage: 'de', upi: false },
  GB: { currency: 'GBP', timezone: 'Europe/London', languages: ['en'], replyLanguage: 'en', upi: false },
  US: { currency: 'USD', timezone: 'America/New_York', languages: ['en'], replyLanguage: 'en', upi: false },
} as const satisfies Record<string, CountryDefaults>

export type CountryCode = keyof typeof COUNTRIES

export function isCountry(code: unknown): code is CountryCode {
  return typeof code === 'string' && Object.hasOwn(COUNTRIES, code)
}

/** The country a new shop most likely is in, from the browser's languages (de-AT → AT); India otherwise. */
export function guessCountry(preferred: readonly string[]): CountryCode {
  for (const tag of preferred) {
    const region = tag.split('-')[1]?.toUpperCase()
    if (isCountry(region)) return region
    if (tag.toLowerCase().startsWith('de')) return 'DE'
  }
  return 'IN'
}

/** The screens' language after picking a country: the one in use if it is usual there, else the country's. */
export function languageFor(country: CountryCode, current: Language): Language {
  const langs: readonly Language[] = COUNTRIES[country].languages
  return langs.includes(current) ? current : langs[0]!
}

/** Every IANA time zone this browser knows, searchable by city or region ("kolkata", "new york"). */
export function searchTimeZones(all: readonly string[], query: string): string[] {
  const words = query.toLowerCase().replace(/_/g, ' ').split(/[\s/,]+/).filter(Boolean)
  if (words.length === 0) return [...all]
  return all.filter((tz) => {
    const name = tz.toLowerCase().replace(/_/g, ' ')
    return words.every((w) => name.includes(w))
  })
}
