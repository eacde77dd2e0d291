// Bad input: a flood of messages, a 60 kB message, a 500-line cart, absurd quantities, a failing network.
// The engine keeps serving other customers, rate-limits replies, never crashes, never orders nonsense.
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type TestShop } from '../fixtures/conv-harness'

const FLOOD = '+919811111111'
const ASHA = '+919800000001'
let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

describe('bad input', () => {
  it('a customer sending 200 messages in a minute is throttled; others are still answered at once', async () => {
    shop = await openShop()
    const { engine, clock } = shop
    for (let i = 0; i < 200; i++) {
      clock.advance(250)
      engine.simulator.simulateInbound(FLOOD, `${(i % 5) + 1} kg onion`)
      if (i === 100) engine.simulator.simulateInbound(ASHA, '1 bread')
    }
    await shop.settle()
    // Asha's reply did not wait behind the flood.
    expect(shop.received(ASHA)).toHaveLength(1)
    expect(shop.received(ASHA)[0]).toContain('Britannia Bread')
    const statuses = engine.db
      .prepare('SELECT status, count(*) AS n FROM inbox WHERE chat = ? GROUP BY status ORDER BY status')
      .all(FLOOD)
    expect(statuses).toEqual([
      { status: 'processed', n: 30 },
      { status: 'throttled', n: 170 },
    ])
    // The 30 answered messages and the one notice piled up: they go folded into a few messages (at most 20
    // replies in each), every reply once and in order, well within the chat's 20 a minute.
    const replies = shop.replies(FLOOD)
    expect(replies).toHaveLength(31)
    expect(shop.received(FLOOD).length).toBeGreaterThanOrEqual(2)
    expect(shop.received(FLOOD).length).toBeLessThan(20)
    expect(shop.received(FLOOD).join('\n\n')).toBe(replies.join('\n\n'))
    expect(replies.filter((t) => t.includes('sending messages very fast'))).toHaveLength(1)
    await shop.advance(60_000)
    expect(shop.replies(FLOOD)).toEqual(replies)
  })

  it('reads only the start of a 60 kB message and says so', async () => {
    shop = await openShop()
    const huge = `2 kg onion\n${'blah '.repeat(12_000)}`
    expect(huge.length).toBeGreaterThan(60_000)
    const r = await shop.say(ASHA, huge)
    expect(r).toContain('Your message was very long')
    expect(r).toContain('Onion — 2 kg')
    const stored = shop.engine.db.prepare('SELECT length(text) AS n FROM inbox').get() as { n: number }
    expect(stored.n).toBe(huge.length)
  })

  it('caps a 500-line cart at the cart limit', async () => {
    shop = await openShop()
    // Names the matcher tells apart: digits in names are sizes to it, so each item gets its own word.
    const word = (i: number) =>
      `zq${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}ix`
    for (let i = 0; i < 500; i++) {
      shop.engine.catalog.create({
        sku: `ITEM-${i}`,
        name: `${word(i)} masala`,
        price: 100,
        unit: 'pc',
        size: null,
        aliases: [],
        category: 'Misc',
        stock: null,
      })
    }
    let last = ''
    for (let m = 0; m < 7; m++) {
      const lines = Array.from({ length: 80 }, (_, j) => m * 80 + j)
        .filter((i) => i < 500)
        .map((i) => `1 ${word(i)} masala`)
      last = await shop.say(ASHA, lines.join('\n'))
    }
    expect(shop.engine.chats.get(ASHA).cart).toHaveLength(60)
    expect(last).toContain('Your cart is full (60 items)')
    expect(last.match(/cart is full/g)).toHaveLength(1)
    expect(last.length).toBeLessThan(8000)
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed')
    expect(shop.engine.orders.get(1001).lines).toHaveLength(60)
  })

  it('refuses absurd quantities and totals instead of ordering them', async () => {
    shop = await openShop()
    let r = await shop.say(ASHA, '1000000000 kg onion')
    expect(r).toContain('Could not add')
    expect(shop.engine.chats.get(ASHA).cart).toEqual([])
    await shop.say(ASHA, '1e9 eggs')
    expect(shop.engine.chats.get(ASHA).cartTotal).toBeLessThanOrEqual(100 * 700)
    shop.engine.settings.set('limits.maxOrderTotal', 100_000)
    r = await shop.say(ASHA, '900 kg onion')
    expect(r).toContain('Onion: that is more than we can take in one order')
    expect(shop.engine.chats.get(ASHA).cartTotal).toBeLessThanOrEqual(100_000)
  })

  it('retries a failing send with exponential backoff, then delivers it once', async () => {
    shop = await openShop()
    let failures = 2
    shop.engine.simulator.sendHook = () => {
      if (failures-- > 0) throw new Error('network down')
    }
    expect(await shop.say(ASHA, 'hi')).toBe('')
    const row = () =>
      shop.engine.db.prepare('SELECT status, attempts, next_attempt_at, error FROM outbox').get() as {
        status: string
        attempts: number
        next_attempt_at: number
      }
    expect(row()).toMatchObject({ status: 'queued', attempts: 1 })
    const first = row().next_attempt_at - shop.clock.t
    expect(first).toBe(2_000)
    await shop.advance(2_000)
    expect(row()).toMatchObject({ status: 'queued', attempts: 2 })
    expect(row().next_attempt_at - shop.clock.t).toBe(4_000)
    await shop.advance(4_000)
    expect(row()).toMatchObject({ status: 'sent', attempts: 3 })
    expect(shop.received(ASHA)).toHaveLength(1)
  })

  it('gives up after the last attempt and flags the chat for the shopkeeper', async () => {
    shop = await openShop({ limits: { sendAttempts: 3 } })
    shop.engine.simulator.sendHook = () => {
      throw new Error('number not on WhatsApp')
    }
    await shop.say(ASHA, 'hi')
    await shop.advance(2_000)
    await shop.advance(4_000)
    expect(shop.engine.db.prepare('SELECT status, attempts FROM outbox').get()).toEqual({
      status: 'failed',
      attempts: 3,
    })
    expect(shop.engine.chats.get(ASHA)).toMatchObject({
      needsHuman: true,
      attention: 'A reply could not be delivered',
    })
  })

  it('keeps the global send rate across chats', async () => {
    shop = await openShop({ limits: { outboundPerMinute: 5 } })
    for (let i = 0; i < 8; i++)
      shop.engine.simulator.simulateInbound(`+9198000001${String(i).padStart(2, '0')}`, 'hi')
    await shop.settle()
    expect(shop.engine.simulator.sent).toHaveLength(5)
    await shop.advance(60_000)
    expect(shop.engine.simulator.sent).toHaveLength(8)
  })

  it('answers a photo or a contact card with a polite text-only note', async () => {
    shop = await openShop()
    shop.engine.inbox.receive(
      { providerId: 'p1', from: ASHA, name: 'Asha', text: '', kind: 'media', timestamp: shop.clock.t },
      'simulator',
    )
    await shop.settle()
    expect(shop.received(ASHA)[0]).toContain('I can only read text messages')
    expect(
      shop.engine.inbox.receive({
        providerId: '',
        from: ASHA,
        name: null,
        text: 'x',
        kind: 'text',
        timestamp: 0,
      }).accepted,
    ).toBe(false)
  })

  it('reads a photo with a caption as the caption: an order under a picture is an order', async () => {
    shop = await openShop()
    shop.engine.inbox.receive(
      {
        providerId: 'p2',
        from: ASHA,
        name: 'Asha',
        text: '2 kg onion',
        kind: 'media',
        timestamp: shop.clock.t,
      },
      'simulator',
    )
    await shop.settle()
    const replies = shop.received(ASHA).join('\n')
    expect(replies).not.toContain('I can only read text messages')
    expect(replies).toContain('Onion — 2 kg')
    expect(replies).not.toContain('did not get that')
  })
})
