// Drives the real, unmodified whatsapp-web.js Client (Debian's Chromium, offline) through the double:
// QR and a rotation, scan, ready, an inbound message, a send with acks, a CONFLICT disconnect, a LocalAuth
// restart without QR and a logout from the phone. Then checks the page surface the client touched against
// the golden file for the installed whatsapp-web.js version.
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import wweb from 'whatsapp-web.js'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from './server'
import { once, recordEvents, surfaceDiff, tempDir, until } from './helpers'

const { Client, LocalAuth } = wweb
type WClient = InstanceType<typeof Client>
type WMessage = wweb.Message

const require = createRequire(import.meta.url)
const installed = (require('whatsapp-web.js/package.json') as { version: string }).version
const EVENTS = [
  'qr',
  'authenticated',
  'ready',
  'message',
  'message_create',
  'message_ack',
  'change_state',
  'disconnected',
]

describe('real whatsapp-web.js Client against the double', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('wwebjs-client')
  const clients: WClient[] = []

  const newClient = (): WClient => {
    const c = new Client({
      ...double.clientOptions(),
      authStrategy: new LocalAuth({ clientId: 'shop', dataPath: dir.path }),
    })
    clients.push(c)
    return c
  }

  beforeAll(async () => {
    await double.start()
  })
  afterAll(async () => {
    for (const c of clients) await c.destroy().catch(() => undefined)
    await double.stop()
    dir.remove()
  })

  it('links, receives, sends with acks, survives CONFLICT and restart, reports a phone logout', async () => {
    // 1. QR, then a rotation of Conn.ref: only the ref part changes.
    const a = newClient()
    const seenA = recordEvents(a, EVENTS)
    const qr1 = once<[string]>(a, 'qr')
    await a.initialize()
    const [first] = await qr1
    expect(first).toMatch(/^2@[0-9A-F]+,[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+,WEB$/)
    expect(await a.getWWebVersion()).toBe(double.version)
    await double.mark('1-qr-rotation')
    const qr2 = once<[string]>(a, 'qr')
    await double.rotateQR()
    const [second] = await qr2
    expect(second).not.toBe(first)
    expect(second.split(',').slice(1)).toEqual(first.split(',').slice(1))

    // 2. Scan -> authenticated -> ready, with the shop's identity.
    await double.mark('2-scan-ready')
    const authenticated = once(a, 'authenticated')
    const ready = once(a, 'ready')
    await double.scan()
    await authenticated
    await ready
    expect(a.info.wid._serialized).toBe('919812345678@c.us')
    expect(a.info.wid.user).toBe('919812345678')
    expect(a.info.pushname).toBe('Sharma Kirana')

    // 3. A customer's free-text order arrives.
    await double.mark('3-inbound')
    const got = once<[WMessage]>(a, 'message')
    const wire = await double.receive('919800000001@c.us', '2 kg onion, 1 amul butter', {
      notifyName: 'Priya',
    })
    const [msg] = await got
    expect(msg.from).toBe('919800000001@c.us')
    expect(msg.to).toBe('919812345678@c.us')
    expect(msg.body).toBe('2 kg onion, 1 amul butter')
    expect(msg.type).toBe('chat')
    expect(msg.fromMe).toBe(false)
    expect(msg.id._serialized).toBe(WhatsAppDouble.inboundId(wire))
    expect(msg.id.remote).toBe('919800000001@c.us')
    expect(msg.deviceType).toBe('android')
    const chat = await msg.getChat()
    expect(chat.id._serialized).toBe('919800000001@c.us')
    expect(chat.name).toBe('Priya')
    expect(chat.isGroup).toBe(false)
    expect(chat.unreadCount).toBe(1)
    expect(chat.lastMessage?.body).toBe('2 kg onion, 1 amul butter')

    // 4. The reply goes out; the double records it; acks 1, 2, 3 come back on that id.
    await double.mark('4-outbound')
    const text = 'Your order: 2 kg onion, 1 amul butter. Total Rs 180'
    const created = once<[WMessage]>(a, 'message_create', 15_000, (m) => m.fromMe)
    const reply = await a.sendMessage('919800000001@c.us', text)
    expect(reply.fromMe).toBe(true)
    expect(reply.to).toBe('919800000001@c.us')
    expect(reply.from).toBe('919812345678@c.us')
    expect(reply.body).toBe(text)
    expect(reply.ack).toBe(0)
    expect((await created)[0].id._serialized).toBe(reply.id._serialized)
    await double.waitFor(() => double.sent.length === 1, 5000, 'sent record')
    expect(double.sent[0]).toMatchObject({ id: reply.id._serialized, to: '919800000001@c.us', body: text })
    const acks: number[] = []
    a.on('message_ack', (m: WMessage, ack: number) => {
      if (m.id._serialized === reply.id._serialized) acks.push(ack)
    })
    for (const n of [1, 2, 3]) await double.ack(reply.id._serialized, n)
    await until(() => acks.length === 3, 5000, 'three acks')
    expect(acks).toEqual([1, 2, 3])
    // A URL takes the link-preview path.
    await a.sendMessage('919800000001@c.us', 'Pay here: https://pay.example/upi/123')
    await double.waitFor(() => double.sent.length === 2, 5000, 'second sent record')

    // 5a. WhatsApp opened elsewhere: CONFLICT; the library closes its own browser.
    await double.mark('5-conflict')
    const states: string[] = []
    a.on('change_state', (s: string) => states.push(s))
    const disconnected = once<[string]>(a, 'disconnected')
    await double.setState('CONFLICT')
    expect((await disconnected)[0]).toBe('CONFLICT')
    expect(states).toEqual(['CONFLICT'])
    await until(() => a.pupBrowser?.connected === false, 10_000, 'browser closed by the client')
    expect(seenA.filter((e) => e !== 'message_create' && e !== 'message_ack')).toEqual([
      'qr',
      'qr',
      'authenticated',
      'ready',
      'message',
      'change_state',
      'disconnected',
    ])

    // 6. Restart on the same LocalAuth profile: no QR.
    await double.mark('6-restart')
    const b = newClient()
    const seenB = recordEvents(b, EVENTS)
    const readyB = once(b, 'ready')
    await b.initialize()
    await readyB
    expect(seenB).toEqual(['authenticated', 'ready'])
    expect(b.info.wid.user).toBe('919812345678')

    // 5b. Logged out from the phone: disconnected('LOGOUT'), session wiped, a fresh QR follows.
    await double.mark('7-logout')
    const loggedOut = once<[string]>(b, 'disconnected')
    const qrAfter = once(b, 'qr')
    await double.logoutFromPhone()
    expect((await loggedOut)[0]).toBe('LOGOUT')
    await qrAfter
    // The client re-injects unawaited after a logout: closing it mid-way would be an unhandled rejection.
    await until(
      async () =>
        ((await b.pupPage?.evaluate('window.__double.listeners()')) as string[]).includes('change:hasSynced'),
      10_000,
      're-inject after logout',
    )
    expect(seenB).toEqual(['authenticated', 'ready', 'disconnected', 'qr'])
    expect(double.phoneLinked).toBe(false)
    await b.destroy()
  })

  it(`touches exactly the page surface recorded for whatsapp-web.js ${installed}`, () => {
    expect(
      surfaceDiff(double.touched, 'client'),
      'page surface changed: review the double, then UPDATE_GOLDEN=1',
    ).toEqual([])
  })
})
