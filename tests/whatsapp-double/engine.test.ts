// Acceptance, end to end: the engine with the real gateway (whatsapp-web.js in Chromium) against the double.
// QR -> scan -> ready -> a customer's free-text order -> the bot's reply reaches WhatsApp -> "yes" -> the
// order is in the queue; a disconnect is recovered without losing the conversation; a logout is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LinkState } from '../../electron/engine/whatsapp/gateway'
import { createDoubleEngine, type DoubleEngine } from './engine-harness'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from './server'
import { tempDir, until } from './helpers'

const PRIYA = '919800000001@c.us'

describe('engine + WhatsApp gateway against the double', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('engine')
  let h: DoubleEngine
  const states: LinkState[] = []

  const waitState = (want: LinkState['state'], ms = 20_000): Promise<void> =>
    until(
      () => h.gateway.linkState.state === want,
      ms,
      `gateway ${want} (now ${JSON.stringify(h.gateway.linkState)})`,
    )
  const repliesTo = (chat: string): string[] => double.sent.filter((s) => s.to === chat).map((s) => s.body)

  beforeAll(async () => {
    await double.start()
    h = await createDoubleEngine({ dataDir: dir.path, port: double.port })
    h.gateway.on('state', (s) => states.push(s))
  })
  afterAll(async () => {
    await h?.gateway.stop()
    await h?.engine.close()
    await double.stop()
    dir.remove()
  })

  it('takes a WhatsApp order from the first message to the queue', async () => {
    await h.gateway.start()
    await waitState('qr')
    await double.scan()
    await waitState('ready')

    await double.receive(PRIYA, '2 kg onion, 1 amul butter 100 g', { notifyName: 'Priya' })
    await until(() => repliesTo(PRIYA).length >= 1, 15_000, 'the bot reply in WhatsApp')
    const summary = repliesTo(PRIYA).join('\n')
    expect(summary).toMatch(/Onion/)
    expect(summary).toMatch(/Butter/)
    expect(summary).toMatch(/YES/)

    // WhatsApp's ticks reach the outbox row of that reply.
    const replyId = double.sent.filter((s) => s.to === PRIYA).at(-1)!.id
    for (const n of [1, 2, 3]) await double.ack(replyId, n)
    const ackOf = (): unknown =>
      (
        h.engine.db.prepare('SELECT ack FROM outbox WHERE provider_id = ?').get(replyId) as
          { ack: number } | undefined
      )?.ack
    await until(() => ackOf() === 3, 5000, 'the read tick recorded')

    const before = repliesTo(PRIYA).length
    await double.receive(PRIYA, 'yes')
    await until(() => repliesTo(PRIYA).length > before, 15_000, 'the confirmation in WhatsApp')
    const { items } = h.engine.orders.list({ offset: 0, limit: 10 })
    expect(items).toHaveLength(1)
    const order = h.engine.orders.get(items[0]!.number)
    expect(order).toMatchObject({ customer: '+919800000001', customerName: 'Priya', status: 'new' })
    expect(order.lines.map((l) => l.sku).sort()).toEqual(['BUTTER-100', 'ONION'])
    expect(repliesTo(PRIYA).at(-1)).toContain(String(order.number))
  })

  it('takes bad input from the wire without falling over', async () => {
    const c = (n: number): string => `91980000010${n}@c.us`
    const card = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ravi Kumar\nTEL;waid=919800000002:+91 98000 00002\nEND:VCARD'
    await double.receive(c(1), '2 kg onion, '.repeat(5000))
    await double.receive(c(2), '1 kg \uD800onion \uDC00 and 1 bread')
    await double.receive(c(3), card, { type: 'vcard', extra: { vcardFormattedName: 'Ravi Kumar' } })
    await double.receive(c(4), '', { type: 'location', extra: { lat: 12.97, lng: 77.59, loc: 'Home' } })
    await double.receive(c(5), '/9j/4AAQSkZJRg', {
      type: 'image',
      extra: { directPath: '/v/t62/1', mimetype: 'image/jpeg', caption: '', filehash: 'h' },
    })
    const doomed = await double.receive(c(6), 'cancel everything')
    await double.receive(c(7), '', { type: 'revoked' })
    await double.receive('120363000000000001@g.us', 'group chatter', { author: c(8) })
    await double.receive('status@broadcast', 'my status', { author: c(8) })
    await until(() => repliesTo(c(6)).length >= 1, 15_000, 'the reply to the doomed message')
    await double.revoke(WhatsAppDouble.inboundId(doomed))
    await double.react(WhatsAppDouble.inboundId(doomed), c(6), '\uD83D\uDC4D')
    for (const n of [1, 2, 3, 4, 5])
      await until(() => repliesTo(c(n)).length >= 1, 15_000, `a reply to ${c(n)}`)
    // Media without text, a contact card and a location get the polite "please type your order".
    for (const n of [3, 4, 5]) expect(repliesTo(c(n))[0]).toMatch(/type your order/i)
    // After all of that the shop still answers normally.
    const before = repliesTo(PRIYA).length
    await double.receive(PRIYA, '1 kg tomato')
    await until(() => repliesTo(PRIYA).length > before, 15_000, 'a normal reply afterwards')
    expect(repliesTo(PRIYA).at(-1)).toMatch(/Tomato/)
    // Deleted messages, reactions, groups and status updates get no reply and leave no trace in the inbox.
    expect(repliesTo(c(7))).toEqual([])
    expect(repliesTo(c(8))).toEqual([])
    expect(repliesTo(c(6))).toHaveLength(1)
    const kinds = h.engine.db
      .prepare('SELECT chat, kind, length(text) AS n FROM inbox ORDER BY id')
      .all() as {
      chat: string
      kind: string
      n: number
    }[]
    expect(
      kinds.filter((r) => r.chat.startsWith('+91980000010')).map((r) => [r.chat.slice(-1), r.kind]),
    ).toEqual([
      ['1', 'text'],
      ['2', 'text'],
      ['3', 'contact'],
      ['4', 'location'],
      ['5', 'media'],
      ['6', 'text'],
    ])
    expect(kinds.find((r) => r.chat === '+919800000101')?.n).toBe(60_000)
    expect(h.gateway.linkState.state).toBe('ready')
  })

  it('recovers from a disconnect and keeps answering', async () => {
    await double.setState('CONFLICT')
    await waitState('disconnected')
    await waitState('ready')
    const before = repliesTo(PRIYA).length
    await double.receive(PRIYA, '1 kg sugar')
    await until(() => repliesTo(PRIYA).length > before, 15_000, 'a reply after reconnecting')
    expect(repliesTo(PRIYA).at(-1)).toMatch(/Sugar/)
  })

  it('answers what arrived while it was closed exactly once, as history or replayed live', async () => {
    const liveFrom: string[] = []
    h.gateway.on('message', (m) => liveFrom.push(m.from))
    for (const live of [false, true]) {
      double.liveBacklog = live
      await h.gateway.stop()
      const away = [`91980000020${live ? 1 : 0}@c.us`, `91980000021${live ? 1 : 0}@c.us`]
      for (const c of away) await double.receive(c, '2 kg potato')
      await h.gateway.start()
      await waitState('ready')
      for (const c of away)
        await until(() => repliesTo(c).length >= 1, 15_000, `a reply to ${c} (live ${live})`)
      // Both paths (the live replay and fetchMissed) carried these messages; the inbox keeps one of each.
      await new Promise((r) => setTimeout(r, 1000))
      for (const c of away) expect(repliesTo(c), `${c} (live ${live})`).toHaveLength(1)
      // And each path really was taken: live events only when WhatsApp replays the backlog.
      const asPhone = away.map((c) => `+${c.replace('@c.us', '')}`)
      expect(
        liveFrom.filter((f) => asPhone.includes(f)),
        `live ${live}`,
      ).toEqual(live ? asPhone : [])
    }
    double.liveBacklog = false
  })

  it('reports a logout from the phone in plain words and stays logged out', async () => {
    await double.logoutFromPhone()
    await waitState('disconnected')
    expect(h.gateway.linkState).toMatchObject({ detail: 'LOGOUT' })
    const mark = states.length
    await new Promise((r) => setTimeout(r, 1500))
    expect(states.slice(mark)).toEqual([])
  })
})
