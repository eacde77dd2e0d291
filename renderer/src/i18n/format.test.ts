import { describe, expect, it } from 'vitest'
import { formatter, shopLocale } from './format'

// A fixed instant (not today): 2024-03-10 18:30 UTC, which is midnight in Kolkata and 19:30 in Berlin.
const AT = Date.UTC(2024, 2, 10, 18, 30)

describe('formatting in the shop\u2019s locale and time zone', () => {
  it('shows the shop\u2019s own time, whatever the device\u2019s zone', () => {
    expect(formatter('de-DE', 'Europe/Berlin').time(AT)).toBe('19:30')
    expect(formatter('en-IN', 'Asia/Kolkata').date(AT)).toMatch(/11 Mar/)
    expect(formatter('de-DE', 'Europe/Berlin').date(AT)).toMatch(/10\. März/)
  })
  it('groups numbers the local way and survives an unknown zone', () => {
    expect(formatter('de-DE', undefined).number(12345.5)).toBe('12.345,5')
    expect(formatter('en-IN', 'Nowhere/Atlantis').number(1234567)).toBe('12,34,567')
    expect(formatter('hi-IN', 'Asia/Kolkata').timeZone).toBe('Asia/Kolkata')
  })
  it('builds the locale from language and country', () => {
    expect(shopLocale('de', 'AT')).toBe('de-AT')
    expect(shopLocale('hi', null)).toBe('hi')
  })
})
