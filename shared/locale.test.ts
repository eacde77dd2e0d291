import { describe, expect, it } from 'vitest'
import { formatDateTime, resolveLocale, wordsLocale } from './locale'

describe('shop locale', () => {
  it('takes the setting first, then language with country, then the currency', () => {
    expect(resolveLocale({ locale: 'en-GB', language: 'de', country: 'DE', currency: 'EUR' })).toBe('en-GB')
    expect(resolveLocale({ locale: null, language: 'de', country: 'DE', currency: 'EUR' })).toBe('de-DE')
    expect(resolveLocale({ language: 'de', country: 'AT', currency: 'EUR' })).toBe('de-AT')
    expect(resolveLocale({ language: 'hi-Deva', country: 'IN', currency: 'INR' })).toBe('hi-IN')
    expect(resolveLocale({ language: 'en', country: null, currency: 'INR' })).toBe('en-IN')
    expect(resolveLocale({ language: 'de', country: null, currency: 'EUR' })).toBe('de-DE')
    expect(resolveLocale({ locale: '??', currency: 'EUR' })).toBe('de-DE')
    // A language the country does not write in gives way to the country's own: prices stay "3,29 €".
    expect(resolveLocale({ language: 'en', country: 'DE', currency: 'EUR' })).toBe('de-DE')
    expect(resolveLocale({ language: 'en', country: null, currency: 'EUR' })).toBe('de-DE')
    expect(resolveLocale({ language: 'hi', country: 'GB', currency: 'GBP' })).toBe('en-GB')
    expect(resolveLocale({ language: 'en', country: 'IE', currency: 'EUR' })).toBe('en-IE')
    expect(resolveLocale({ language: 'de', country: 'CH', currency: 'EUR' })).toBe('de-CH')
    // A country outside the table keeps the shop's language.
    expect(resolveLocale({ language: 'en', country: 'KE', currency: 'USD' })).toBe('en-KE')
  })

  it('writes a date and time the way the locale does, in the shop time zone', () => {
    const at = Date.UTC(2026, 11, 1, 22, 38) // 23:38 in Berlin
    expect(formatDateTime(at, 'de-DE', 'Europe/Berlin')).toBe('1.12.2026, 23:38')
    expect(formatDateTime(at, 'en-IN', 'Asia/Kolkata')).toMatch(/^2\/12\/2026, 0?4:08\s?am$/i)
    expect(formatDateTime(at, 'de-DE', 'Not/AZone')).toMatch(/^\d{1,2}\.12\.2026, \d\d:38$/)
  })

  it('writes month names in the reader\'s language with the region\'s conventions', () => {
    expect(wordsLocale('de-DE', 'de')).toBe('de-DE')
    expect(wordsLocale('de-DE', 'en')).toBe('en-DE')
    expect(wordsLocale('hi-IN', 'en')).toBe('en-IN')
    expect(wordsLocale('en-IN', 'hi')).toBe('hi-IN')
    expect(wordsLocale('de', 'en')).toBe('en')
    const at = Date.UTC(2026, 11, 1, 22, 38)
    const f = (l: string) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at)
    expect(f(wordsLocale('hi-IN', 'en'))).toBe('1 Dec')
    expect(f(wordsLocale('en-IN', 'de'))).toMatch(/^1\. Dez/)
  })
})
