// Opening hours in the shop's own time zone (a laptop in Pune may run on UTC). Pure functions of a timestamp.
import type { Language } from './contract/languages'

/** The `shop.hours` setting: open and close as "HH:MM", closed weekdays 0 = Sunday … 6; null = always open. */
export type OpeningHours = { open: string; close: string; closedDays: number[] } | null

interface LocalTime {
  year: number
  month: number
  day: number
  weekday: number
  minutes: number
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }

export function localTime(at: number, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(at))
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0'
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  }
}

/** Epoch ms of local midnight starting the day that contains `at`, and of the next one. */
export function localDayRange(at: number, timeZone: string): { from: number; to: number } {
  const midnight = (y: number, m: number, d: number) => {
    let guess = Date.UTC(y, m - 1, d)
    // Two rounds settle the offset even across a daylight-saving change.
    for (let i = 0; i < 2; i++) {
      const lt = localTime(guess, timeZone)
      const asUtc = Date.UTC(lt.year, lt.month - 1, lt.day) + lt.minutes * 60_000
      guess = Date.UTC(y, m - 1, d) - (asUtc - guess)
    }
    return guess
  }
  const lt = localTime(at, timeZone)
  const from = midnight(lt.year, lt.month, lt.day)
  const next = new Date(Date.UTC(lt.year, lt.month - 1, lt.day + 1))
  return { from, to: midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) }
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

function openOn(hours: NonNullable<OpeningHours>, weekday: number): boolean {
  return !hours.closedDays.includes(weekday)
}

/** Open at `at`? Hours that pass midnight (18:00-02:00) count the early part as the previous day's. */
export function isOpen(hours: OpeningHours, at: number, timeZone: string): boolean {
  if (!hours) return true
  const lt = localTime(at, timeZone)
  const open = toMinutes(hours.open)
  const close = toMinutes(hours.close)
  if (open === close) return openOn(hours, lt.weekday)
  if (open < close) return openOn(hours, lt.weekday) && lt.minutes >= open && lt.minutes < close
  if (lt.minutes >= open) return openOn(hours, lt.weekday)
  return lt.minutes < close && openOn(hours, (lt.weekday + 6) % 7)
}

const DAY_NAMES: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  hi: ['Ravivar', 'Somvar', 'Mangalvar', 'Budhvar', 'Guruvar', 'Shukravar', 'Shanivar'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  'hi-Deva': ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'],
}
const WORDS: Record<Language, { today: string; tomorrow: string; at: (day: string, t: string) => string }> = {
  en: { today: 'today', tomorrow: 'tomorrow', at: (d, t) => `${d} at ${t}` },
  hi: { today: 'aaj', tomorrow: 'kal', at: (d, t) => `${d} ${t} baje` },
  de: { today: 'heute', tomorrow: 'morgen', at: (d, t) => `${d} um ${t}` },
  'hi-Deva': { today: 'आज', tomorrow: 'कल', at: (d, t) => `${d} ${t} बजे` },
}

/** "tomorrow at 09:00", "kal 09:00 baje", "Montag um 09:00". */
export function nextOpeningText(hours: OpeningHours, at: number, timeZone: string, lang: Language): string {
  if (!hours) return ''
  const lt = localTime(at, timeZone)
  const open = toMinutes(hours.open)
  const w = WORDS[lang]
  for (let ahead = 0; ahead < 8; ahead++) {
    const weekday = (lt.weekday + ahead) % 7
    if (!openOn(hours, weekday)) continue
    if (ahead === 0 && lt.minutes >= open) continue
    const day = ahead === 0 ? w.today : ahead === 1 ? w.tomorrow : DAY_NAMES[lang][weekday]!
    return w.at(day, hours.open)
  }
  return w.at(w.today, hours.open)
}

/** The closed weekdays by name, in the customer's language ("Sunday", "Sonntag, Montag"); '' when none. */
export function closedDaysText(hours: OpeningHours, lang: Language): string {
  if (!hours) return ''
  return [...hours.closedDays]
    .sort((a, b) => a - b)
    .map((d) => DAY_NAMES[lang][d]!)
    .join(', ')
}
