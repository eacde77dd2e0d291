import { describe, expect, it } from 'vitest'
import { Backoff } from '../backoff'
import { describeDelay, isTerminal, plainReason } from './reasons'

describe('disconnect reasons', () => {
  it('says what happened in plain words, and only logout-like reasons are terminal', () => {
    expect(plainReason('CONFLICT')).toMatch(/another computer/)
    expect(plainReason('LOGOUT')).toMatch(/logged out from your phone/)
    expect(plainReason('SOMETHING_NEW')).toBe('WhatsApp disconnected (SOMETHING_NEW).')
    for (const code of ['LOGOUT', 'LOGOUT_LOCAL', 'STOPPED', 'NO_BROWSER', 'TOS_BLOCK'])
      expect(isTerminal(code)).toBe(true)
    for (const code of ['CONFLICT', 'TIMEOUT', 'UNPAIRED', 'BROWSER_CLOSED', 'LOAD_FAILED'])
      expect(isTerminal(code)).toBe(false)
    expect(describeDelay(200)).toBe('1 s')
    expect(describeDelay(45_000)).toBe('45 s')
    expect(describeDelay(300_000)).toBe('5 min')
  })
})

describe('Backoff', () => {
  it('doubles up to the cap, jitters within bounds, and resets', () => {
    const b = new Backoff({ initialMs: 1000, maxMs: 5000, jitter: 0 })
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([1000, 2000, 4000, 5000, 5000])
    b.reset()
    expect(b.next()).toBe(1000)
    const low = new Backoff({ initialMs: 1000, maxMs: 60_000, jitter: 0.2, random: () => 0 })
    const high = new Backoff({ initialMs: 1000, maxMs: 60_000, jitter: 0.2, random: () => 0.999999 })
    expect(low.next()).toBe(800)
    expect(high.next()).toBe(1200)
  })
})
