import { describe, expect, test } from 'vitest'
import { fromUi, toUi, type FieldDef } from './values'

const field = (kind: FieldDef['kind'], key = 'k'): FieldDef => ({ key, label: key, kind })

describe('settings values', () => {
  test('money is typed in major units and stored in minor units', () => {
    expect(toUi(field('money'), 20000)).toBe('200')
    expect(toUi(field('money'), 19950)).toBe('199.50')
    expect(fromUi(field('money'), '199.50', 'INR')).toEqual({ value: 19950 })
    expect(fromUi(field('money'), '₹1,500', 'INR')).toEqual({ value: 150000 })
    expect(fromUi(field('money'), '', 'INR')).toEqual({ value: 0 })
    expect(fromUi(field('money'), 'lots', 'INR')).toEqual({ error: 'Enter an amount like ₹200.' })
  })

  test('whole numbers only where a number is asked for', () => {
    expect(fromUi(field('number'), ' 30 ', 'INR')).toEqual({ value: 30 })
    expect(fromUi(field('number'), '2.5', 'INR')).toEqual({ error: 'Enter a whole number.' })
    expect(fromUi(field('number'), '', 'INR')).toEqual({ error: 'Enter a whole number.' })
  })

  test('opening hours: null is always open; otherwise open, close and closed days', () => {
    const hours = field('hours')
    expect(toUi(hours, null)).toEqual({ always: true, open: '09:00', close: '21:00', closedDays: [] })
    const ui = toUi(hours, { open: '08:30', close: '20:00', closedDays: [0] })
    expect(ui).toEqual({ always: false, open: '08:30', close: '20:00', closedDays: [0] })
    expect(fromUi(hours, ui, 'INR')).toEqual({ value: { open: '08:30', close: '20:00', closedDays: [0] } })
    expect(fromUi(hours, { ...(ui as object), always: true } as never, 'INR')).toEqual({ value: null })
  })

  test('providers keep the message order whatever order they were ticked in; secrets never come back', () => {
    expect(fromUi(field('providers'), ['cash', 'upi'], 'INR')).toEqual({ value: ['upi', 'cash'] })
    expect(toUi(field('secret'), 'anything')).toBe('')
    expect(toUi(field('bool'), true)).toBe(true)
    expect(fromUi(field('text'), '  Sharma  ', 'INR')).toEqual({ value: 'Sharma' })
  })

  test('quick replies are one per line as "shortcut: text", a leading / allowed, blank lines ignored', () => {
    const list = [
      { shortcut: 'thanks', text: 'Thank you: see you soon!' },
      { shortcut: 'ready', text: 'Your order is ready.' },
    ]
    const ui = toUi(field('quickReplies'), list)
    expect(ui).toBe('thanks: Thank you: see you soon!\nready: Your order is ready.')
    expect(fromUi(field('quickReplies'), ui, 'INR')).toEqual({ value: list })
    expect(fromUi(field('quickReplies'), '\n /ready :  Your order is ready. \n\n', 'INR')).toEqual({
      value: [list[1]],
    })
    expect(fromUi(field('quickReplies'), 'ok: fine\nno colon here', 'INR')).toEqual({
      error: 'Line 2: write a shortcut, a colon and the text, e.g. "thanks: Thank you!"',
    })
    expect(fromUi(field('quickReplies'), 'empty:', 'INR')).toHaveProperty('error')
  })
})
