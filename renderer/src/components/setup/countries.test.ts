import { describe, expect, it } from 'vitest'
import { COUNTRIES, guessCountry, languageFor, searchTimeZones } from './countries'

const ZONES = ['Asia/Kolkata', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Europe/Berlin', 'Europe/Busingen']

describe('first-start defaults', () => {
  it('guesses the country from the browser languages', () => {
    expect(guessCountry(['de-AT', 'de'])).toBe('AT')
    expect(guessCountry(['de'])).toBe('DE')
    expect(guessCountry(['en-GB'])).toBe('GB')
    expect(guessCountry(['hi'])).toBe('IN')
    expect(guessCountry(['fr-FR'])).toBe('IN')
  })
  it('keeps the screen language when it is usual in the country, else takes the country\u2019s', () => {
    expect(languageFor('IN', 'hi')).toBe('hi')
    expect(languageFor('IN', 'de')).toBe('en')
    expect(languageFor('DE', 'en')).toBe('de')
    expect(languageFor('GB', 'de')).toBe('en')
  })
  it('sets a currency the app can hold and a zone this runtime knows', () => {
    for (const c of Object.values(COUNTRIES)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timezone })).not.toThrow()
      expect(['INR', 'EUR', 'GBP', 'USD']).toContain(c.currency)
    }
  })
  it('searches time zones by any part, spaces for underscores, every word', () => {
    expect(searchTimeZones(ZONES, 'kolk')).toEqual(['Asia/Kolkata'])
    expect(searchTimeZones(ZONES, 'new york')).toEqual(['America/New_York'])
    expect(searchTimeZones(ZONES, 'europe bu')).toEqual(['Europe/Busingen'])
    expect(searchTimeZones(ZONES, '  ')).toEqual(ZONES)
    expect(searchTimeZones(ZONES, 'atlantis')).toEqual([])
  })
})
