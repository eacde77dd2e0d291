// Acceptance, end to end: the engine with the real gateway (whatsapp-web.js in Chromium) against the double.
// QR -> scan -> ready -> a customer's free-text order -> the bot's reply reaches WhatsApp -> "yes" -> the
// order is in the queue; a disconnect is recovered without losing the conversation; a logout is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LinkState } from '../../electron/engine/whatsapp/gateway'
import { createDoubleEngine, type DoubleEngine } from './engine-harness'
import { WhatsAppDouble } from './server'
import { tempDir, until } from './helpers'

const PRIYA = '919800000001@c.us'

describe('engine + WhatsApp gateway against the double', () => {
  const double = new WhatsAppDouble()
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

  it('recovers from a disconnect and keeps answering', async () => {
    await double.setState('CONFLICT')
    await waitState('disconnected')
    await waitState('ready')
    const before = repliesTo(PRIYA).length
    await double.receive(PRIYA, '1 kg sugar')
    await until(() => repliesTo(PRIYA).length > before, 15_000, 'a reply after reconnecting')
    expect(repliesTo(PRIYA).at(-1)).toMatch(/Sugar/)
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
