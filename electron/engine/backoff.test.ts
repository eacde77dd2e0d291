import { describe, expect, it } from 'vitest'
import { Backoff, backoffDelay, type BackoffPolicy } from './backoff'

const seq = (p: BackoffPolicy, n: number) => Array.from({ length: n }, (_, i) => backoffDelay(p, i + 1))

describe('backoffDelay', () => {
  it('without jitter doubles from the first wait up to the cap and stays there', () => {
    expect(seq({ initialMs: 2_000, maxMs: 300_000 }, 10)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000,
    ])
    expect(seq({ initialMs: 100, maxMs: 10_000, factor: 3 }, 4)).toEqual([100, 300, 900, 2_700])
    // retry 0 or below counts as the first
    expect(backoffDelay({ initialMs: 500, maxMs: 1_000 }, 0)).toBe(500)
  })

  it('equal jitter stays in [step/2, step] and never above the cap', () => {
    for (const r of [0, 0.25, 0.5, 0.999999]) {
      const p: BackoffPolicy = { initialMs: 500, maxMs: 30_000, jitter: 'equal', random: () => r }
      seq(p, 12).forEach((d, i) => {
        const step = Math.min(30_000, 500 * 2 ** i)
        expect(d).toBeGreaterThanOrEqual(step / 2)
        expect(d).toBeLessThanOrEqual(step)
      })
    }
    const at = (r: number) => ({ initialMs: 500, maxMs: 30_000, jitter: 'equal' as const, random: () => r })
    expect(backoffDelay(at(0), 1)).toBe(250)
    expect(backoffDelay(at(0.5), 2)).toBe(750)
    expect(backoffDelay(at(1), 10)).toBe(30_000)
  })

  it('a share of jitter spreads the step both ways, clamped to the cap', () => {
    const at = (r: number): BackoffPolicy => ({
      initialMs: 1_000,
      maxMs: 60_000,
      jitter: 0.2,
      random: () => r,
    })
    expect(backoffDelay(at(0), 1)).toBe(800)
    expect(backoffDelay(at(0.5), 1)).toBe(1_000)
    expect(backoffDelay(at(0.999999), 1)).toBe(1_200)
    // at the cap the upward half is cut off: never more than maxMs
    expect(backoffDelay(at(0.999999), 20)).toBe(60_000)
    expect(backoffDelay(at(0), 20)).toBe(48_000)
  })

  it('draws from random once per wait, and each draw moves the wait within its range', () => {
    const draws: number[] = []
    const values = [0.1, 0.9, 0.3]
    const p: BackoffPolicy = {
      initialMs: 1_000,
      maxMs: 100_000,
      jitter: 0.5,
      random: () => {
        const v = values[draws.length]!
        draws.push(v)
        return v
      },
    }
    expect(seq(p, 3)).toEqual([600, 2_800, 3_200])
    expect(draws).toHaveLength(3)
  })
})

describe('Backoff', () => {
  it('counts its waits, grows them and starts over after reset', () => {
    const b = new Backoff({ initialMs: 1_000, maxMs: 5_000 })
    expect(b.attempt).toBe(0)
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([1_000, 2_000, 4_000, 5_000, 5_000])
    expect(b.attempt).toBe(5)
    b.reset()
    expect(b.attempt).toBe(0)
    expect(b.next()).toBe(1_000)
  })
})
