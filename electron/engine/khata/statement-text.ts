// The khata statement as the customer reads it on WhatsApp: the last entries with dates in the shop's time
// zone, then what is due (or the advance the shop holds). Only ever for the phone that asked.
import type { DB } from '../db/connection'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { Language } from '../voice/templates'
import type { Speaker } from '../voice/voice'
import { normalizeCustomerPhone } from './phone'
import * as repo from './repository'

/** The settings a statement reads (the conversation's reader passes as one). */
export type StatementSettings = SettingsReader<
  typeof SHOP_SETTINGS,
  'shop.name' | 'shop.currency' | 'shop.timezone'
>

const LOCALES: Record<Language, string> = { en: 'en-IN', hi: 'en-IN', de: 'de-DE', 'hi-Deva': 'hi-IN' }

/** "2 Dec" / "2. Dez." in the shop's time zone (not the computer's). */
export function dayText(at: number, timeZone: string, lang: Language): string {
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone }).format(at)
  } catch {
    return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      at,
    )
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
  const money = (n: number) => speak.money(n, currency)
  const t = speak.t
  const lang = speak.language
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
    return `${dayText(e.at, tz, lang)}  ${what}  ${sign}${money(Math.abs(e.amount))}`
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
