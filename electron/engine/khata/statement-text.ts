// The khata statement as the customer reads it on WhatsApp: the last entries with dates in the shop's time
// zone, then what is due (or the advance the shop holds). Only ever for the phone that asked.
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { Speaker } from '../voice/voice'
import { normalizeCustomerPhone } from './phone'
import * as repo from './repository'
import { shopLocale } from '../settings/shop'
import { wordsLocale } from '../../../shared/locale'

/** The settings a statement reads (the conversation's reader passes as one). */
export type StatementSettings = SettingsReader<
  typeof SHOP_SETTINGS,
  'shop.name' | 'shop.currency' | 'shop.timezone' | 'shop.locale' | 'shop.language' | 'shop.country'
>

/** "2 Dec" / "2. Dez." in the given locale and the shop's time zone (not the computer's). */
export function dayText(at: number, timeZone: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at)
  } catch {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at)
  }
}

export function khataStatementText(
  db: DB,
  settings: StatementSettings,
  phone: string,
  speak: Speaker,
  maxEntries = 8,
): string {
  const currency = settings.get('shop.currency')
  // Money in the shop's locale ("3,29 €" in Germany, "₹1,23,456" in India); month names in the customer's
  // language (Hinglish is written in Latin letters, so its months are English): "2. Dez." / "2 Dec".
  const money = (n: number) => speak.money(n, currency)
  const t = speak.t
  const lang = speak.language
  const days = wordsLocale(shopLocale(settings), lang === 'de' ? 'de' : lang === 'hi-Deva' ? 'hi' : 'en')
  let customer: string
  try {
    customer = normalizeCustomerPhone(phone, currency)
  } catch {
    return t('khataNone')
  }
  const rows = repo.entriesOf(db, customer)
  if (rows.length === 0) return t('khataNone')
  const tz = settings.get('shop.timezone')
  const balance = rows.reduce((s, r) => s + r.amount, 0)
  const shown = rows.slice(-maxEntries)
  const lines = shown.map((e) => {
    const what =
      e.kind === 'sale'
        ? e.order_number !== null
          ? t('khataSale', { number: e.order_number })
          : t('khataSale', { number: '' }).replace(/\s*#\s*$/, '')
        : e.kind === 'payment'
          ? t('khataPaid', { method: e.method ?? '' })
          : t('khataCorrection', { note: e.note ?? '' })
    const sign = e.amount > 0 ? '+' : '−'
    return `${dayText(e.at, tz, days)}  ${what}  ${sign}${money(Math.abs(e.amount))}`
  })
  const foot =
    balance > 0
      ? t('khataDue', { balance: money(balance) })
      : balance < 0
        ? t('khataAdvance', { balance: money(-balance) })
        : t('khataSettled')
  const more = rows.length > shown.length ? [t('khataEarlier', { count: rows.length - shown.length })] : []
  return [t('khataHeader'), ...more, ...lines, '', foot].join('\n')
}
