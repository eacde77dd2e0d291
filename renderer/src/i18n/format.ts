// Money, numbers, dates and times in the shop's locale and time zone (not the device's): a tablet set to UTC at
// a shop in Pune still shows Pune's time, and a German shop's screens read "3,29 €". The locale is the engine's
// (`app.info` shop.locale: the `shop.locale` setting, else derived from the shop's country, language and
// currency); month names follow the screens' language ("1 Dec" on English screens of a German shop).
import { useTranslation } from 'react-i18next'
import { useApp } from '../stores/app'
import { i18n } from './index'
import { resolveLocale, wordsLocale } from '../../../shared/locale'
import { formatMoney, type Currency } from '../../../shared/money'

export interface Formatter {
  locale: string
  /** The locale for dates written with words: the screens' language, the shop's region ("en-DE"). */
  words: string
  timeZone: string | undefined
  currency: Currency
  /** An amount in minor units, in the shop's currency unless another is named (an order keeps its own). */
  money(minor: number, currency?: Currency | string): string
  number(n: number): string
  /** "1 Dec" / "1. Dez." */
  date(ms: number): string
  time(ms: number): string
  /** "1 Dec 2026, 23:38" / "01.12.2026, 23:38" */
  dateTime(ms: number): string
}

export function formatter(
  locale: string,
  timeZone: string | undefined,
  currency: Currency = 'INR',
  language: string = locale,
): Formatter {
  const tz = validZone(timeZone)
  const words = wordsLocale(locale, language.split('-')[0]!)
  const number = new Intl.NumberFormat(locale)
  const date = new Intl.DateTimeFormat(words, { day: 'numeric', month: 'short', timeZone: tz })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: tz })
  const dateTime = new Intl.DateTimeFormat(words, { dateStyle: 'medium', timeStyle: 'short', timeZone: tz })
  return {
    locale,
    words,
    timeZone: tz,
    currency,
    money: (minor, c) => formatMoney(minor, (c ?? currency) as Currency, locale),
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

function cached(
  locale: string | undefined,
  timeZone: string | undefined,
  currency: Currency,
  language: string,
  country: string | null,
): Formatter {
  // Before app.info arrives (or from an older host without shop.locale): the same derivation the engine uses.
  const loc = locale ?? resolveLocale({ language, country, currency })
  const key = `${loc}|${timeZone ?? ''}|${currency}|${language}`
  let f = cache.get(key)
  if (!f) cache.set(key, (f = formatter(loc, timeZone, currency, language)))
  return f
}

/** The same formatter outside React (label helpers, stores). */
export function currentFormat(): Formatter {
  const shop = useApp.getState().info?.shop
  return cached(
    shop?.locale,
    shop?.timezone,
    (shop?.currency ?? 'INR') as Currency,
    i18n.language || 'en',
    shop?.country ?? null,
  )
}

/** The shop's formatter (re-renders when its locale, zone, currency or the screens' language changes). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation()
  const locale = useApp((s) => s.info?.shop.locale)
  const timeZone = useApp((s) => s.info?.shop.timezone)
  const currency = useApp((s) => (s.info?.shop.currency ?? 'INR') as Currency)
  const country = useApp((s) => s.info?.shop.country ?? null)
  return cached(locale, timeZone, currency, i18n.language || 'en', country)
}
