// The outbox worker on its own timers: replies are paced evenly over the minute (shop-wide and per chat), the
// per-minute windows still hold as the hard limit, replies piled up for one chat go out as one message, and a
// message carrying several replies is recorded so a crash neither loses one nor sends one twice.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'
import { SimulatorGateway } from './simulator'
import * as store from './store'
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

/** A small seeded generator (mulberry32): jitter that looks random but is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The most sends in any `span` ms (a window [t, t + span)). */
function maxInWindow(times: number[], span: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= span) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

let engine: Engine
const dirs: string[] = []
afterEach(async () => {
  await engine?.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

interface ShopOptions {
  outboundPerMinute: number
  outboundPerChatPerMinute: number
  random?: () => number
  time?: ManualTime
  dataDir?: string
  gateway?: SimulatorGateway
}

async function shop(o: ShopOptions) {
  const time = o.time ?? new ManualTime()
  engine = createEngine({
    clock: time,
    timers: time,
    limits: { outboundPerMinute: o.outboundPerMinute, outboundPerChatPerMinute: o.outboundPerChatPerMinute },
    random: o.random ?? (() => 0),
    ...(o.dataDir ? { dataDir: o.dataDir } : {}),
    ...(o.gateway ? { gateway: o.gateway } : {}),
  })
  await engine.messaging.whenIdle({ waitForDelayed: false })
  const say = async (from: string, text: string) => {
    engine.simulator.simulateInbound(from, text)
    await engine.inbox.drain()
    await time.runUntil(time.t) // the wake: a timer due now
  }
  /** Queues a message as the conversation or the shopkeeper would; the worker sends it on its own timer. */
  const queue = (chat: string, text: string, origin: store.OutboxRow['origin'] = 'bot') =>
    engine.messaging.outbox.enqueue({ chat, text, origin })
  const sendTimes = () => engine.simulator.sent.map((m) => m.at)
  return { time, say, queue, sendTimes }
}

const phone = (i: number) => `+9198${String(i).padStart(8, '0')}`

describe('outbox worker rate windows', () => {
  it('keeps the per-minute window as the hard limit when pacing alone would let a message go', async () => {
    // 3 a minute: one every 20 s, two back to back (5 s apart) after a quiet spell.
    const { time, queue, sendTimes } = await shop({ outboundPerMinute: 3, outboundPerChatPerMinute: 100 })
    for (let i = 0; i < 5; i++) queue(phone(i), `reply ${i}`)
    await time.runUntil(START)
    expect(sendTimes()).toEqual([START])
    await time.runUntil(START + 40_000)
    expect(sendTimes()).toEqual([START, START + 5_000, START + 20_000])
    // Pacing would allow a fourth at 40 s; the window (3 since START) holds it until START + 60 s.
    await time.runUntil(START + 60_000 - 1)
    expect(sendTimes()).toHaveLength(3)
    expect(time.next()).toBeLessThanOrEqual(START + 60_000)
    await time.runUntil(START + 60_000)
    expect(sendTimes()).toHaveLength(4)
    expect(new Set(engine.simulator.sent.map((m) => m.to)).size).toBe(4)
  })

  it('holds one chat to its own pace and window while other chats are answered at once', async () => {
    // Two a minute for one chat: 30 s apart, two back to back at least 7.5 s apart (a quarter interval).
    const { time, say } = await shop({ outboundPerMinute: 100, outboundPerChatPerMinute: 2 })
    const sentTo = (p: string) => engine.simulator.sentTo(p)
    time.t = START + 1_000
    await say(phone(1), 'hi')
    time.t = START + 2_000
    await say(phone(1), 'hi again')
    expect(sentTo(phone(1))).toHaveLength(1)
    await say(phone(2), 'hi')
    expect(sentTo(phone(2))).toHaveLength(1)
    await time.runUntil(START + 8_500 - 1)
    expect(sentTo(phone(1))).toHaveLength(1)
    await time.runUntil(START + 8_500)
    expect(sentTo(phone(1))).toHaveLength(2)
    // A third: pacing would let it go 30 s after the first; the chat's window (2 since START + 1 s) holds it.
    time.t = START + 10_000
    await say(phone(1), 'and again')
    await time.runUntil(START + 61_000 - 1)
    expect(sentTo(phone(1))).toHaveLength(2)
    await time.runUntil(START + 61_000)
    expect(sentTo(phone(1))).toHaveLength(3)
  })
})

describe('outbox pacing', () => {
  it(
    'spreads a backlog of 300 replies evenly: no 10 s holds more than a sixth of the minute plus 2',
    { timeout: 30_000 },
    async () => {
      const opm = 120
      const { time, queue, sendTimes } = await shop({
        outboundPerMinute: opm,
        outboundPerChatPerMinute: 20,
        random: seeded(17),
      })
      for (let i = 0; i < 300; i++) queue(phone(i % 250), `reply ${i}`)
      await time.runUntil(START + 4 * 60_000)
      const times = sendTimes()
      // Every reply went, once: 250 chats, 50 of them with two replies folded into one message.
      expect(
        engine.simulator.sent
          .map((m) => m.text)
          .join('\n\n')
          .split('\n\n')
          .sort(),
      ).toEqual(Array.from({ length: 300 }, (_, i) => `reply ${i}`).sort())
      expect(times).toHaveLength(250)
      expect(maxInWindow(times, 10_000)).toBeLessThanOrEqual(opm / 6 + 2)
      // The minute still carries close to its allowance, and never more.
      const firstMinute = times.filter((t) => t < START + 60_000).length
      expect(firstMinute).toBeGreaterThanOrEqual(opm - 4)
      expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(opm)
      // No two sends closer than a quarter of the 500 ms interval.
      const sorted = [...times].sort((a, b) => a - b)
      const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!)
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(125)
    },
  )

  it.each([6, 30, 300])('holds the 10 s bound at %i a minute', { timeout: 30_000 }, async (opm) => {
    const { time, queue, sendTimes } = await shop({
      outboundPerMinute: opm,
      outboundPerChatPerMinute: 1000,
      random: seeded(opm),
    })
    const n = Math.max(20, Math.round(opm * 1.5))
    for (let i = 0; i < n; i++) queue(phone(i), `reply ${i}`)
    await time.runUntil(START + 3 * 60_000)
    const times = sendTimes()
    expect(times.length).toBeGreaterThanOrEqual(Math.min(n, 2 * opm))
    expect(maxInWindow(times, 10_000)).toBeLessThanOrEqual(opm / 6 + 2)
  })

  it('paces each chat on its own: a chat gets at most 2 back to back, then one per its interval', async () => {
    // 6 a minute per chat: one every 10 s, at least 2.5 s apart; the shop-wide pace does not bind.
    const { time, queue } = await shop({ outboundPerMinute: 1000, outboundPerChatPerMinute: 6 })
    // Payment messages are never folded together, so each is its own send.
    for (let i = 0; i < 6; i++) queue(phone(1), `pay ${i}`, 'payment')
    await time.runUntil(START + 1_000)
    queue(phone(2), 'hello')
    await time.runUntil(START + 1_000)
    // The other chat did not wait behind the first one's pace.
    expect(engine.simulator.sentTo(phone(2))).toEqual(['hello'])
    await time.runUntil(START + 60_000)
    const mine = engine.simulator.sent.filter((m) => m.to === phone(1))
    expect(mine.map((m) => m.text)).toEqual(['pay 0', 'pay 1', 'pay 2', 'pay 3', 'pay 4', 'pay 5'])
    expect(mine.map((m) => m.at - START)).toEqual([0, 2_500, 10_000, 20_000, 30_000, 40_000])
    expect(
      maxInWindow(
        mine.map((m) => m.at),
        10_000,
      ),
    ).toBeLessThanOrEqual(6 / 6 + 2)
  })

  it('keeps the pace when the network takes longer than an interval to take each message', async () => {
    const { time, queue, sendTimes } = await shop({ outboundPerMinute: 120, outboundPerChatPerMinute: 20 })
    // Each send takes 1.5 s (three intervals): waiting for one before starting the next would give 40 a minute.
    engine.simulator.sendHook = () => new Promise<void>((r) => time.set(r, 1_500))
    for (let i = 0; i < 40; i++) queue(phone(i), `reply ${i}`)
    await time.runUntil(START + 10_000)
    // Received 1.5 s after each start: the starts were 0, 125 ms, then one every 500 ms.
    expect(sendTimes().map((t) => t - START)).toEqual([
      1_500,
      1_625,
      ...Array.from({ length: 17 }, (_, i) => 1_500 + (i + 1) * 500),
    ])
    // let the sends still on the wire finish, so closing does not wait for them
    engine.simulator.sendHook = null
    await time.runUntil(START + 12_000)
  })

  it('moves sends later by at most a fifth of the interval, never earlier, with the injected random', async () => {
    const run = async (random: () => number) => {
      const s = await shop({ outboundPerMinute: 60, outboundPerChatPerMinute: 1000, random })
      for (let i = 0; i < 40; i++) s.queue(phone(i), `reply ${i}`)
      await s.time.runUntil(START + 60_000)
      const times = s.sendTimes()
      await engine.close()
      return times
    }
    const plain = await run(() => 0)
    const late = await run(() => 0.999)
    const mixed = await run(seeded(5))
    // Without jitter: two back to back (250 ms apart) then exactly one a second.
    expect(plain.map((t) => t - START)).toEqual([
      0,
      250,
      ...Array.from({ length: 38 }, (_, i) => (i + 1) * 1000),
    ])
    for (const jittered of [late, mixed]) {
      expect(jittered).toHaveLength(plain.length)
      const shift = jittered.map((t, i) => t - plain[i]!)
      expect(Math.min(...shift)).toBeGreaterThanOrEqual(0)
      expect(Math.max(...shift)).toBeLessThanOrEqual(1000 / 5)
    }
    // The random source is what moves them: near its top, nearly a fifth later each time.
    expect(late.slice(1).every((t, i) => t - plain[i + 1]! > 190)).toBe(true)
    expect(new Set(mixed.map((t, i) => t - plain[i]!)).size).toBeGreaterThan(10)
  })
})

describe('outbox coalescing', () => {
  const rows = (chat: string) =>
    engine.db.prepare('SELECT * FROM outbox WHERE chat = ? ORDER BY id').all(chat) as store.OutboxRow[]

  it('sends the replies piled up for one chat as one message, texts in order', async () => {
    const { time, queue } = await shop({ outboundPerMinute: 120, outboundPerChatPerMinute: 20 })
    const ids = ['one', 'two', 'three', 'four'].map((t) => queue(phone(1), t).id)
    await time.runUntil(START)
    expect(engine.simulator.sentTo(phone(1))).toEqual(['one\n\ntwo\n\nthree\n\nfour'])
    const r = rows(phone(1))
    expect(r.map((x) => [x.status, x.merged_into])).toEqual([
      ['sent', null],
      ['sent', ids[0]],
      ['sent', ids[0]],
      ['sent', ids[0]],
    ])
    // One network id for all: a delivery tick reaches every reply in the message.
    expect(new Set(r.map((x) => x.provider_id)).size).toBe(1)
    engine.messaging.worker.ack(r[0]!.provider_id!, 3)
    expect(rows(phone(1)).map((x) => x.ack)).toEqual([3, 3, 3, 3])
    // A folded reply is part of its message's send, not a send of its own, for the rate windows after a restart.
    expect(store.sentSince(engine.db, START - 1)).toHaveLength(1)
  })

  it('never folds a payment message or a picture: they split the texts around them, order kept', async () => {
    const { time, queue } = await shop({ outboundPerMinute: 1000, outboundPerChatPerMinute: 1000 })
    queue(phone(1), 'a')
    queue(phone(1), 'b')
    queue(phone(1), 'pay here', 'payment')
    engine.messaging.outbox.enqueue({
      chat: phone(1),
      text: 'QR',
      origin: 'bot',
      imagePng: new Uint8Array([1]),
    })
    queue(phone(1), 'c')
    queue(phone(1), 'd')
    await time.runUntil(START + 10_000)
    expect(engine.simulator.sentTo(phone(1))).toEqual(['a\n\nb', 'pay here', 'QR', 'c\n\nd'])
  })

  it('lets the folded replies go on a failed send and folds what is waiting on the retry', async () => {
    const { time, queue } = await shop({ outboundPerMinute: 1000, outboundPerChatPerMinute: 1000 })
    let fail = true
    engine.simulator.sendHook = () => {
      if (fail) throw new Error('network down')
    }
    queue(phone(1), 'one')
    queue(phone(1), 'two')
    await time.runUntil(START)
    expect(rows(phone(1)).map((x) => [x.status, x.merged_into])).toEqual([
      ['queued', null],
      ['queued', null],
    ])
    fail = false
    queue(phone(1), 'three')
    await time.runUntil(START + 60_000)
    expect(engine.simulator.sentTo(phone(1))).toEqual(['one\n\ntwo\n\nthree'])
  })

  describe('after a crash', () => {
    const onDisk = () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-outbox-'))
      dirs.push(dir)
      return dir
    }
    const limits = { outboundPerMinute: 120, outboundPerChatPerMinute: 20 }

    it('sends nothing again once the merged message was recorded as sent', async () => {
      const dataDir = onDisk()
      const time = new ManualTime()
      const network = new SimulatorGateway(time.now)
      const { queue } = await shop({ ...limits, time, dataDir, gateway: network })
      queue(phone(1), 'one')
      queue(phone(1), 'two')
      await time.runUntil(START)
      expect(network.sentTo(phone(1))).toEqual(['one\n\ntwo'])
      await engine.close()
      time.t += 1_000
      await shop({ ...limits, time, dataDir, gateway: network })
      await time.runUntil(START + 120_000)
      expect(network.sentTo(phone(1))).toEqual(['one\n\ntwo'])
      expect(rows(phone(1)).map((x) => x.status)).toEqual(['sent', 'sent'])
    })

    it.each([
      ['the network had it', true],
      ['the network never got it', false],
    ])('settles a merged message cut off while sending, exactly once (%s)', async (_, delivered) => {
      const dataDir = onDisk()
      const time = new ManualTime()
      const network = new SimulatorGateway(time.now)
      const { queue } = await shop({ ...limits, time, dataDir, gateway: network })
      network.linkState = { state: 'disconnected', reason: 'offline', detail: 'test' } // nothing goes out by itself
      const ids = ['one', 'two', 'three'].map((t) => queue(phone(1), t).id)
      // The crash: the merge committed, then the process died with the send in the network's hands or not.
      expect(store.claimForSending(engine.db, ids[0]!, ids.slice(1), time.t)).toEqual(ids.slice(1))
      await engine.close()
      if (delivered) await network.send(phone(1), { text: 'one\n\ntwo\n\nthree' })
      network.linkState = { state: 'ready', me: { phone: '+0000000000', name: 'Simulator' } }
      time.t += 1_000
      await shop({ ...limits, time, dataDir, gateway: network })
      await time.runUntil(START + 120_000)
      expect(network.sentTo(phone(1))).toEqual(['one\n\ntwo\n\nthree'])
      const r = rows(phone(1))
      expect(r.map((x) => x.status)).toEqual(['sent', 'sent', 'sent'])
      expect(new Set(r.map((x) => x.provider_id))).toEqual(new Set([network.sent[0]!.providerId]))
    })
  })
})
