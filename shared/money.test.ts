import { describe, expect, it } from 'vitest'
import { formatMoney, parseMajor, toMajorString } from './money'

describe('money', () => {
  it.each([
    ['52.50', 5250],
    ['52,5', 5250],
    ['₹ 1,200', 120000],
    ['1.234,50', 123450],
    ['0', 0],
    ['Rs. 45', 4500],
    ['-5', -500],
  ])('parses %s as %i minor units', (text, minor) => {
    expect(parseMajor(text)).toBe(minor)
  })

  it.each(['abc', '', '1.2.3', '12.345', '1e9', 'NaN'])('rejects %s', (text) => {
    expect(parseMajor(text)).toBeNull()
  })

  it('formats for export and for people', () => {
    expect(toMajorString(5250)).toBe('52.50')
    expect(toMajorString(5)).toBe('0.05')
    expect(formatMoney(5200, 'INR')).toBe('₹52')
    expect(formatMoney(5250, 'INR')).toBe('₹52.50')
    expect(formatMoney(368600, 'INR')).toBe('₹3,686')
    expect(formatMoney(12345600, 'INR')).toBe('₹1,23,456')
    expect(formatMoney(-150000, 'INR')).toBe('-₹1,500')
  })

  it("reads amounts the way the shop's locale writes them, with plain spaces", () => {
    expect(formatMoney(329, 'EUR', 'de-DE')).toBe('3,29 €')
    expect(formatMoney(12345650, 'EUR', 'de-DE')).toBe('123.456,50 €')
    expect(formatMoney(12345650, 'EUR', 'en-IE')).toBe('€123,456.50')
    expect(formatMoney(12345600, 'INR', 'hi-IN')).toBe('₹1,23,456')
    expect(formatMoney(12345600, 'INR', 'de-DE')).toBe('123.456 ₹')
    // Without a locale the currency's own country decides; a broken locale falls back the same way.
    expect(formatMoney(329, 'EUR')).toBe('3,29 €')
    expect(formatMoney(329, 'EUR', 'not a locale!')).toBe('3,29 €')
    expect(formatMoney(12345600, 'USD')).toBe('$123,456')
  })
})
