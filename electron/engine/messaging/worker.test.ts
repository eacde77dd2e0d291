// The outbox worker on its own timers: replies held by a rate limit go out when their window opens, woken by
// the worker's timer (nobody polls it), and a new reply queued while a window is full waits its turn.
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'
import type { Timers } from './worker'

const START = Date.UTC(2026, 10, 24, 6, 0)

/** A fake clock and timers the test fires by moving the clock. */
class ManualTime implements Timers {
  t = START
  private seq = 0
  private pending = new Map<number, { at: number; fn: () => void }>()
  now = () => this.t
  set(fn: () => void, ms: number): unknown {
    const id = ++this.seq
    this.pending.set(id, { at: this.t + ms, fn })
    return id
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number)
  }
  /** The earliest pending timer, as clock time. */
  next(): number | undefined {
    return Math.min(...[...this.pending.values()].map((p) => p.at))
  }
  /** Moves the clock to `t`, firing every timer due by then (in order), and lets their work finish. */
  async runUntil(t: number): Promise<void> {
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, p]) => p.at <= t)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.pending.delete(due[0])
      this.t = Math.max(this.t, due[1].at)
      due[1].fn()
      for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r))
    }
    this.t = t
  }
}

let engine: Engine
afterEach(async () => {
  await engine?.close()
})

async function shop(limits: { outboundPerMinute: number; outboundPerChatPerMinute: number }) {
  const time = new ManualTime()
  engine = createEngine({ clock: time, timers: time, limits })
  await engine.messaging.whenIdle({ waitForDelayed: false })
  const say = async (from: string, text: string) => {
    engine.simulator.simulateInbound(from, text)
    await engine.inbox.drain()
    await time.runUntil(time.t) // the wake: a timer due now
  }
  return { time, say }
}

describe('outbox worker rate windows', () => {
  it('holds replies past the shop-wide limit until the window opens, then sends them on its own timer', async () => {
    const { time, say } = await shop({ outboundPerMinute: 3, outboundPerChatPerMinute: 100 })
    for (let i = 0; i < 5; i++) await say(`+91980000000${i}`, 'hi')
    expect(engine.simulator.sent).toHaveLength(3)
    // Later replies queued while the window is full do not go out early either.
    time.t += 30_000
    await say('+919800000009', 'hi')
    expect(engine.simulator.sent).toHaveLength(3)
    // The worker's timer is set for no later than the window's opening (or its idle poll, whichever is first).
    expect(time.next()).toBeLessThanOrEqual(START + 60_000)
    await time.runUntil(START + 60_000 - 1)
    expect(engine.simulator.sent).toHaveLength(3)
    await time.runUntil(START + 60_000)
    expect(engine.simulator.sent).toHaveLength(6)
    expect(new Set(engine.simulator.sent.map((m) => m.to)).size).toBe(6)
  })

  it('holds one chat past its own limit while other chats are answered at once', async () => {
    const { time, say } = await shop({ outboundPerMinute: 100, outboundPerChatPerMinute: 2 })
    for (let i = 0; i < 4; i++) {
      time.t += 1_000
      await say('+919800000001', `hi ${i}`)
    }
    expect(engine.simulator.sentTo('+919800000001')).toHaveLength(2)
    await say('+919800000002', 'hi')
    expect(engine.simulator.sentTo('+919800000002')).toHaveLength(1)
    // The first send was at START + 1 s: the third reply is due a minute after it, not before.
    await time.runUntil(START + 61_000 - 1)
    expect(engine.simulator.sentTo('+919800000001')).toHaveLength(2)
    await time.runUntil(START + 62_000)
    expect(engine.simulator.sentTo('+919800000001')).toHaveLength(4)
  })
})
