import { describe, expect, test } from 'vitest'
import { layoutGroups, orderAt, rowAt } from '../../stores/orders'
import { ageText, mainNext, paymentBadge } from './words'

describe('ageText', () => {
  const t0 = Date.UTC(2026, 10, 24, 12, 0)
  const at = (min: number) => ageText(t0, t0 + min * 60_000)
  test('minutes, hours, days', () => {
    expect(at(0)).toBe('now')
    expect(at(0.9)).toBe('now')
    expect(at(3)).toBe('3 min')
    expect(at(59)).toBe('59 min')
    expect(at(60)).toBe('1 h')
    expect(at(125)).toBe('2 h 5 min')
    expect(at(6 * 60 + 30)).toBe('6 h')
    expect(at(26 * 60)).toBe('1 day')
    expect(at(3 * 24 * 60)).toBe('3 days')
  })
  test('a clock a little behind the order (another device) says now, not a negative age', () => {
    expect(ageText(t0 + 20_000, t0)).toBe('now')
  })
})

describe('mainNext', () => {
  test('the row button follows the work; packed goes out for delivery orders', () => {
    expect(mainNext('new', 'pickup')).toBe('accepted')
    expect(mainNext('accepted', 'pickup')).toBe('packed')
    expect(mainNext('packed', 'pickup')).toBe('ready')
    expect(mainNext('packed', 'delivery')).toBe('out_for_delivery')
    expect(mainNext('ready', 'pickup')).toBe('completed')
    expect(mainNext('out_for_delivery', 'delivery')).toBe('completed')
    expect(mainNext('completed', 'pickup')).toBeNull()
    expect(mainNext('rejected', 'pickup')).toBeNull()
  })
})

describe('the grouped queue layout', () => {
  const counts = {
    new: 2,
    accepted: 0,
    packed: 1,
    ready: 0,
    out_for_delivery: 0,
    completed: 5,
    rejected: 0,
    cancelled: 1,
  }
  test('a header then its orders, empty groups left out', () => {
    const { groups, size } = layoutGroups(counts, 'open')
    expect(groups).toEqual([
      { status: 'new', start: 0, count: 2 },
      { status: 'packed', start: 3, count: 1 },
    ])
    expect(size).toBe(5)
    expect([0, 1, 2, 3, 4, 5].map((i) => rowAt(groups, i))).toEqual([
      { kind: 'header', status: 'new', count: 2 },
      { kind: 'order', status: 'new', offset: 0 },
      { kind: 'order', status: 'new', offset: 1 },
      { kind: 'header', status: 'packed', count: 1 },
      { kind: 'order', status: 'packed', offset: 0 },
      null,
    ])
    expect(layoutGroups(counts, 'done').size).toBe(8)
    expect(layoutGroups(null, 'open')).toEqual({ groups: [], size: 0 })
  })
  test('rows come from pages of 100 per group', () => {
    const o = (number: number) => ({ number }) as never
    const pages = {
      'completed:0': Array.from({ length: 100 }, (_, i) => o(i)),
      'completed:3': [o(300), o(301)],
    }
    expect(orderAt(pages, 'completed', 99)).toEqual(o(99))
    expect(orderAt(pages, 'completed', 301)).toEqual(o(301))
    expect(orderAt(pages, 'completed', 150)).toBeUndefined()
    expect(orderAt(pages, 'new', 0)).toBeUndefined()
  })
})

describe('paymentBadge', () => {
  const badge = (payment: 'unpaid' | 'link_sent' | 'paid' | 'refunded', paymentVia: string[]) =>
    paymentBadge({ payment, paymentVia })
  test('says what was sent: which links, or only "pay cash"', () => {
    expect(badge('link_sent', ['upi'])).toBe('UPI link sent')
    expect(badge('link_sent', ['razorpay'])).toBe('Razorpay link sent')
    expect(badge('link_sent', ['upi', 'razorpay'])).toBe('UPI and Razorpay links sent')
    expect(badge('link_sent', ['upi', 'cash'])).toBe('UPI link sent')
    expect(badge('link_sent', ['cash'])).toBe('Asked to pay cash')
  })
  test('says how it was paid', () => {
    expect(badge('paid', ['cash'])).toBe('Paid by cash')
    expect(badge('paid', ['upi'])).toBe('Paid by UPI')
    expect(badge('paid', ['khata'])).toBe('On khata')
    expect(badge('paid', ['stripe'])).toBe('Paid online (Stripe)')
  })
  test('falls back to the bare state when nothing is known', () => {
    expect(badge('link_sent', [])).toBe('Link sent')
    expect(badge('paid', [])).toBe('Paid')
    expect(badge('unpaid', [])).toBe('Unpaid')
  })
})
