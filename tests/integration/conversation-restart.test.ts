// Restarts and crashes: the conversation survives a restart, the inbox redoes or has fully done each message,
// the outbox never sends twice, and two customers interleaving never see each other's carts.
import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, openShop, type TestShop } from '../fixtures/conv-harness'
import { SimulatorGateway } from '../../electron/engine/messaging'
import type {
  Gateway,
  GatewayEvents,
  InboundMessage,
  LinkState,
  OutboundBody,
} from '../../electron/engine/whatsapp/gateway'

const ASHA = '+919800000001'
const RAVI = '+919800000002'
let shop: TestShop

afterEach(async () => {
  await shop?.close()
})

function inbound(
  providerId: string,
  from: string,
  text: string,
  timestamp = Date.UTC(2026, 10, 24, 6),
): InboundMessage {
  return { providerId, from, name: null, text, kind: 'text', timestamp }
}

/** A network without findSent: after a crash the outbox cannot know whether a message went out. */
class PlainGateway implements Gateway {
  readonly kind = 'whatsapp-web' as const
  linkState: LinkState = { state: 'ready', me: { phone: '+910000000000', name: 'Shop' } }
  sent: { to: string; text: string }[] = []
  missed: InboundMessage[] = []
  asked: number[] = []
  async start() {}
  async stop() {}
  async logout() {}
  async send(to: string, body: OutboundBody) {
    this.sent.push({ to, text: 'text' in body ? body.text : body.caption })
    return { providerId: `wa-${this.sent.length}` }
  }
  async fetchMissed(since: number) {
    this.asked.push(since)
    return this.missed
  }
  on<E extends keyof GatewayEvents>(_event: E, _listener: GatewayEvents[E]): () => void {
    return () => {}
  }
}

describe('restarts', () => {
  it('keeps the cart and the pending question across a restart', async () => {
    shop = await openShop({ onDisk: true })
    expect(await shop.say(ASHA, '2 kg onion and 1 butter')).toContain('Which "butter"')
    await shop.restart()
    const r = await shop.say(ASHA, '2')
    expect(r).toContain('Onion — 2 kg × ₹30/kg = ₹60')
    expect(r).toContain('Amul Butter 500 g — 1 × ₹275 = ₹275')
    await shop.restart()
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1001* placed. Total *₹335*')
  })

  it('processes a message stored just before a crash exactly once on the next start', async () => {
    shop = await openShop({ onDisk: true })
    const engine = shop.engine
    expect(engine.inbox.receive(inbound('wa-1', ASHA, '2 kg onion'), 'simulator').accepted).toBe(true)
    // Closing at once stands in for the crash: the row is stored, nothing acted on it.
    await shop.restart()
    expect(shop.received(ASHA)).toHaveLength(1)
    expect(shop.received(ASHA)[0]).toContain('Onion — 2 kg')
    // The network delivering it again after the restart changes nothing.
    expect(shop.engine.inbox.receive(inbound('wa-1', ASHA, '2 kg onion'), 'simulator').accepted).toBe(false)
    await shop.settle()
    expect(shop.received(ASHA)).toHaveLength(1)
  })

  it('drops duplicate deliveries of one message', async () => {
    shop = await openShop()
    for (let i = 0; i < 3; i++) shop.engine.inbox.receive(inbound('wa-dup', ASHA, '1 bread'), 'simulator')
    await shop.settle()
    expect(shop.received(ASHA)).toHaveLength(1)
    expect(shop.engine.chats.get(ASHA).cart).toHaveLength(1)
  })

  it('rolls back everything a message did when handling it fails, flags the chat, and goes on', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion')
    const conversation = shop.engine.conversation
    const original = conversation.handle.bind(conversation)
    conversation.handle = (chat, msg, isNew) => {
      const turn = original(chat, msg, isNew)
      if (msg.text === 'yes') throw new Error('disk full')
      return turn
    }
    expect(await shop.say(ASHA, 'yes')).toBe('')
    expect(shop.engine.orders.counts().new).toBe(0)
    expect(shop.engine.chats.get(ASHA)).toMatchObject({ needsHuman: true, cartTotal: 6000 })
    expect(shop.engine.db.prepare("SELECT status, error FROM inbox WHERE text = 'yes'").get()).toEqual({
      status: 'failed',
      error: 'disk full',
    })
    conversation.handle = original
    expect(await shop.say(ASHA, 'confirm')).toContain('Order *#1001* placed')
  })
})

describe('outbox after a crash', () => {
  it('records a message that went out before the crash instead of sending it again (findSent)', async () => {
    const clock = new FakeClock()
    const sim = new SimulatorGateway(clock.now)
    shop = await openShop({ onDisk: true, gateway: sim, clock })
    await shop.say(ASHA, 'hi')
    expect(sim.sentTo(ASHA)).toHaveLength(1)
    // The crash came between the network accepting it and the row being marked sent.
    shop.engine.db.prepare("UPDATE outbox SET status = 'sending', provider_id = NULL, sent_at = NULL").run()
    await shop.restart()
    expect(sim.sentTo(ASHA)).toHaveLength(1)
    const row = shop.engine.db.prepare('SELECT status, provider_id FROM outbox').get() as {
      status: string
      provider_id: string
    }
    expect(row.status).toBe('sent')
    expect(row.provider_id).toBe(sim.sent[0]!.providerId)
  })

  it('does not take an earlier identical reply for the interrupted one', async () => {
    const clock = new FakeClock()
    const sim = new SimulatorGateway(clock.now)
    shop = await openShop({ onDisk: true, gateway: sim, clock })
    await shop.say(ASHA, 'hello')
    await shop.say(ASHA, 'hello')
    const texts = sim.sentTo(ASHA)
    expect(texts).toHaveLength(2)
    expect(texts[0]).toBe(texts[1])
    // The second one was being sent when the app died, and the network never got it.
    sim.sent.pop()
    shop.engine.db
      .prepare(
        "UPDATE outbox SET status = 'sending', provider_id = NULL, sent_at = NULL WHERE id = (SELECT max(id) FROM outbox)",
      )
      .run()
    await shop.restart()
    expect(sim.sentTo(ASHA)).toHaveLength(2)
    const ids = shop.engine.db.prepare('SELECT provider_id FROM outbox ORDER BY id').all() as {
      provider_id: string
    }[]
    expect(new Set(ids.map((r) => r.provider_id)).size).toBe(2)
  })

  it('sends again a message the network never got', async () => {
    const clock = new FakeClock()
    const sim = new SimulatorGateway(clock.now)
    shop = await openShop({ onDisk: true, gateway: sim, clock })
    await shop.say(ASHA, 'hi')
    sim.sent.length = 0
    shop.engine.db.prepare("UPDATE outbox SET status = 'sending', provider_id = NULL, sent_at = NULL").run()
    await shop.restart()
    expect(sim.sentTo(ASHA)).toHaveLength(1)
  })

  it('without findSent does not resend an interrupted message and flags the chat', async () => {
    const wa = new PlainGateway()
    shop = await openShop({ onDisk: true, gateway: wa })
    shop.engine.inbox.receive(inbound('wa-7', ASHA, 'hi'), 'whatsapp-web')
    await shop.settle()
    expect(wa.sent).toHaveLength(1)
    shop.engine.db.prepare("UPDATE outbox SET status = 'sending', provider_id = NULL, sent_at = NULL").run()
    await shop.restart()
    expect(wa.sent).toHaveLength(1)
    expect(shop.engine.db.prepare('SELECT status FROM outbox').get()).toEqual({ status: 'uncertain' })
    expect(shop.engine.chats.get(ASHA)).toMatchObject({ needsHuman: true })
    expect(shop.engine.chats.get(ASHA).attention).toContain('may not have been delivered')
  })
})

describe('catching up', () => {
  it('takes messages that arrived while the app was closed, once', async () => {
    const wa = new PlainGateway()
    shop = await openShop({ onDisk: true, gateway: wa })
    const t0 = Date.UTC(2026, 10, 24, 5)
    shop.engine.inbox.receive(inbound('wa-1', ASHA, '1 kg onion', t0))
    await shop.settle()
    wa.missed = [inbound('wa-1', ASHA, '1 kg onion', t0), inbound('wa-2', ASHA, 'also 1 bread', t0 + 60_000)]
    await shop.restart()
    await shop.engine.messaging.start()
    await shop.settle()
    expect(wa.asked.at(-1)).toBeLessThanOrEqual(t0)
    expect(wa.sent.map((m) => m.to)).toEqual([ASHA, ASHA])
    expect(wa.sent[1]!.text).toContain('Britannia Bread')
  })

  it('records delivery ticks on sent messages', async () => {
    shop = await openShop()
    await shop.say(ASHA, 'hi')
    await new Promise((r) => setImmediate(r))
    expect(shop.engine.db.prepare('SELECT status, ack FROM outbox').get()).toEqual({ status: 'sent', ack: 2 })
    const acks = shop.events.filter(
      (e) => e.event === 'chat.message' && (e.payload as { ack: number | null }).ack === 2,
    )
    expect(acks).toHaveLength(1)
  })
})

describe('two customers at once', () => {
  it('keeps their carts, questions and orders apart while their messages interleave', async () => {
    shop = await openShop()
    await shop.say(ASHA, '2 kg onion')
    expect(await shop.say(RAVI, '1 butter')).toContain('Which "butter"')
    await shop.say(ASHA, 'also 1 bread')
    // Asha says "2" while Ravi's question is open: it must not answer Ravi's question.
    const ashaTwo = await shop.say(ASHA, '2')
    expect(ashaTwo).not.toContain('Amul Butter')
    expect(await shop.say(RAVI, '1')).toContain('Amul Butter 100 g — 1 × ₹56')
    expect(await shop.say(RAVI, 'yes')).toContain('Order *#1001*')
    expect(await shop.say(ASHA, 'yes')).toContain('Order *#1002*')
    expect(shop.engine.orders.get(1001)).toMatchObject({ customer: RAVI, total: 5600 })
    expect(shop.engine.orders.get(1002).lines.map((l) => l.sku)).toEqual(['ONION', 'BREAD'])
  })

  it('answers messages that arrive together in order, each customer in turn', async () => {
    shop = await openShop()
    const msgs: [string, string][] = [
      [ASHA, '1 kg onion'],
      [RAVI, '2 bread'],
      [ASHA, 'also 1 kg potato'],
      [RAVI, 'yes'],
      [ASHA, 'yes'],
    ]
    msgs.forEach(([from, text], i) => shop.engine.inbox.receive(inbound(`m${i}`, from, text), 'simulator'))
    await shop.settle()
    expect(shop.replies(ASHA)).toHaveLength(3)
    expect(shop.replies(RAVI)).toHaveLength(2)
    // Replies piled up for one customer arrive folded into one message, each in its place.
    expect(shop.received(ASHA).join('\n\n')).toBe(shop.replies(ASHA).join('\n\n'))
    expect(shop.received(RAVI).join('\n\n')).toBe(shop.replies(RAVI).join('\n\n'))
    expect(shop.replies(ASHA)[2]).toContain('Order *#1002*')
    expect(shop.engine.orders.get(1002).total).toBe(5500)
  })
})
