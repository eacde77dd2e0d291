import { describe, expect, it } from 'vitest'
import { formatter } from './format'

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
  it('writes money in the shop\u2019s locale: "3,29 €" in Germany, lakhs in India', () => {
    const de = formatter('de-DE', 'Europe/Berlin', 'EUR', 'de')
    expect(de.money(329)).toBe('3,29 €')
    expect(de.money(123450)).toBe('1.234,50 €')
    expect(de.money(500)).toBe('5 €')
    // An order keeps the currency it was placed in.
    expect(de.money(329, 'INR')).toBe('3,29 ₹')
    const inr = formatter('en-IN', 'Asia/Kolkata', 'INR', 'en')
    expect(inr.money(12345600)).toBe('₹1,23,456')
    expect(inr.money(5250)).toBe('₹52.50')
    expect(formatter('de-AT', undefined, 'EUR').money(329)).toBe('€ 3,29')
  })
  it('keeps the region\u2019s clock and order but the screens\u2019 language for month names', () => {
    const onEnglishScreens = formatter('de-DE', 'Europe/Berlin', 'EUR', 'en')
    expect(onEnglishScreens.date(AT)).toBe('10 Mar')
    expect(onEnglishScreens.time(AT)).toBe('19:30')
    expect(onEnglishScreens.dateTime(AT)).toBe('10 Mar 2024, 19:30')
    expect(onEnglishScreens.money(329)).toBe('3,29 €')
    expect(formatter('de-DE', 'Europe/Berlin', 'EUR', 'de').dateTime(AT)).toBe('10.03.2024, 19:30')
    // A Hindi-speaking shop's English screens read English months, Indian grouping.
    const hiShop = formatter('hi-IN', 'Asia/Kolkata', 'INR', 'en')
    expect(hiShop.date(AT)).toBe('11 Mar')
    expect(hiShop.number(1234567)).toBe('12,34,567')
  })
})
