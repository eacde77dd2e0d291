import { describe, expect, it } from 'vitest'
import { isOpen, localDayRange, nextOpeningText } from './hours'

const IST = 'Asia/Kolkata'
// Tuesday 24 Nov 2026
const at = (hh: number, mm: number) => Date.UTC(2026, 10, 24, hh, mm) - 330 * 60_000

describe('opening hours', () => {
  const day = { open: '09:00', close: '21:00', closedDays: [] as number[] }

  it('is open between opening and closing in the shop time zone', () => {
    expect(isOpen(day, at(8, 59), IST)).toBe(false)
    expect(isOpen(day, at(9, 0), IST)).toBe(true)
    expect(isOpen(day, at(20, 59), IST)).toBe(true)
    expect(isOpen(day, at(21, 0), IST)).toBe(false)
    expect(isOpen(null, at(3, 0), IST)).toBe(true)
  })

  it('handles hours past midnight and closed days', () => {
    const late = { open: '18:00', close: '02:00', closedDays: [1] } // closed Mondays
    expect(isOpen(late, at(23, 0), IST)).toBe(true)
    expect(isOpen(late, at(1, 30), IST)).toBe(false) // Tuesday 01:30 belongs to Monday, closed
    expect(isOpen({ ...late, closedDays: [] }, at(1, 30), IST)).toBe(true)
    expect(isOpen({ ...day, closedDays: [2] }, at(12, 0), IST)).toBe(false)
  })

  it('says when the shop opens next, in the customer language', () => {
    expect(nextOpeningText(day, at(7, 0), IST, 'en')).toBe('today at 09:00')
    expect(nextOpeningText(day, at(22, 0), IST, 'hi')).toBe('kal 09:00 baje')
    expect(nextOpeningText({ ...day, closedDays: [3] }, at(22, 0), IST, 'de')).toBe('Donnerstag um 09:00')
  })

  it('finds local midnight, also across a daylight-saving change', () => {
    const { from, to } = localDayRange(at(12, 0), IST)
    expect(new Date(from).toISOString()).toBe('2026-11-23T18:30:00.000Z')
    expect(to - from).toBe(86_400_000)
    // Berlin, 29 Mar 2026: clocks go forward, the day has 23 hours.
    const spring = localDayRange(Date.UTC(2026, 2, 29, 12), 'Europe/Berlin')
    expect(new Date(spring.from).toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(spring.to - spring.from).toBe(23 * 3_600_000)
  })
})
