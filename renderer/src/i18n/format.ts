// Dates, times and numbers in the shop's locale and time zone (not the device's): a tablet set to UTC at a
// shop in Pune still shows Pune's time. The locale is the screens' language with the shop's country.
import { useTranslation } from 'react-i18next'
import { useApp } from '../stores/app'
import { i18n } from './index'

export function shopLocale(language: string, country: string | null | undefined): string {
  return country ? `${language}-${country}` : language
}

export interface Formatter {
  locale: string
  timeZone: string | undefined
  number(n: number): string
  date(ms: number): string
  time(ms: number): string
  dateTime(ms: number): string
}

export function formatter(locale: string, timeZone: string | undefined): Formatter {
  const tz = validZone(timeZone)
  const number = new Intl.NumberFormat(locale)
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: tz })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: tz })
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: tz })
  return {
    locale,
    timeZone: tz,
    number: (n) => number.format(n),
    date: (ms) => date.format(ms),
    time: (ms) => time.format(ms),
    dateTime: (ms) => dateTime.format(ms),
  }
}

function validZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return tz
  } catch {
    return undefined
  }
}

const cache = new Map<string, Formatter>()

function cached(locale: string, timeZone: string | undefined): Formatter {
  const key = `${locale}|${timeZone ?? ''}`
  let f = cache.get(key)
  if (!f) cache.set(key, (f = formatter(locale, timeZone)))
  return f
}

/** The same formatter outside React (label helpers, stores). */
export function currentFormat(): Formatter {
  const shop = useApp.getState().info?.shop
  return cached(shopLocale(i18n.language || 'en', shop?.country), shop?.timezone)
}

/** The formatter for the current language, country and shop time zone (re-renders when one changes). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation()
  const country = useApp((s) => s.info?.shop.country ?? null)
  const timeZone = useApp((s) => s.info?.shop.timezone)
  return cached(shopLocale(i18n.language, country), timeZone)
}
