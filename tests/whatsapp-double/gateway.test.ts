// WwebjsGateway (the real whatsapp-web.js client underneath) against the WhatsApp Web double: link states,
// inbound filtering and hostile input, sends with acks, automatic recovery from CONFLICT and from a dead
// browser, messages that arrived while the app was closed, a phone logout that is shown and never loops,
// linking by pairing code, and logging out from the app.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AckLevel, InboundMessage, LinkState } from '../../electron/engine/whatsapp/gateway'
import { WwebjsGateway } from '../../electron/engine/whatsapp/wwebjs-gateway'
import { systemClock } from '../../shared/clock'
import { WhatsAppDouble } from './server'
import { surfaceDiff, tempDir, until } from './helpers'

// The smallest valid PNG (1x1, transparent), as a payment QR stand-in.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const PRIYA = '919800000001@c.us'
const RAVI = '919800000002@c.us'

describe('WwebjsGateway against the WhatsApp Web double', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('gateway')
  let gateway: WwebjsGateway
  const states: LinkState[] = []
  const inbox: InboundMessage[] = []
  const acks: [string, AckLevel][] = []

  const waitState = async (want: LinkState['state'], ms = 20_000): Promise<LinkState> => {
    await until(
      () => gateway.linkState.state === want,
      ms,
      `gateway state ${want} (now ${JSON.stringify(gateway.linkState)})`,
    )
    return gateway.linkState
  }

  beforeAll(async () => {
    await double.start()
    gateway = new WwebjsGateway({
      dataDir: dir.path,
      clientOptions: double.clientOptions(),
      backoff: { initialMs: 200, maxMs: 1000, jitter: 0 },
      qrIdleCheckMs: 200,
      // long enough for a first start on a busy machine (over 5 s at load 13), short enough for the watchdog test
      stuckTimeoutMs: 12_000,
      ...(process.env.DEBUG_GATEWAY
        ? { logger: { info: console.log, warn: console.log, error: console.log } }
        : {}),
    })
    gateway.on('state', (s) => states.push(s))
    gateway.on('message', (m) => inbox.push(m))
    gateway.on('ack', (id, ack) => acks.push([id, ack]))
  })
  afterAll(async () => {
    await gateway?.stop()
    await double.stop()
    dir.remove()
  })

  it('shows a live QR, then syncing and ready with the shop number and name', async () => {
    await gateway.start()
    const qr = await waitState('qr')
    expect(states[0]).toEqual({ state: 'starting' })
    expect(qr.state === 'qr' && qr.qr).toMatch(/^2@[0-9A-F]+,.+,WEB$/)
    await double.rotateQR()
    await until(() => states.filter((s) => s.state === 'qr').length === 2, 5000, 'rotated QR')
    const qrs = states.filter((s) => s.state === 'qr').map((s) => (s.state === 'qr' ? s.qr : ''))
    expect(qrs[1]).not.toBe(qrs[0])
    // Left unscanned, WhatsApp Web stops rotating the QR; the gateway reloads it rather than show a dead one.
    await double.idleQR()
    await until(() => states.filter((s) => s.state === 'qr').length === 3, 5000, 'a reloaded QR')
    await double.scan()
    const ready = await waitState('ready')
    expect(ready).toEqual({ state: 'ready', me: { phone: '+919812345678', name: 'Sharma Kirana' } })
    const kinds = states.map((s) => s.state).filter((s, i, all) => s !== all[i - 1])
    expect(kinds).toEqual(['starting', 'qr', 'syncing', 'ready'])
    expect(states.some((s) => s.state === 'syncing' && s.percent === 100)).toBe(true)
    // The session lives in the data folder given, not in the working directory.
    expect(existsSync(join(dir.path, 'whatsapp', 'session-counterchat'))).toBe(true)
    expect(existsSync(join(process.cwd(), '.wwebjs_auth'))).toBe(false)
  })

  it('passes only one-to-one customer messages, and survives hostile input', async () => {
    const big = '2 kg onion, '.repeat(5000)
    const lone = 'rice \uD800 5 kg \uDC00 dal \uD83D\uDE00'
    const card =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ravi Kumar\nitem1.TEL;waid=919800000002:+91 98000 00002\nEND:VCARD'
    const order = await double.receive(PRIYA, '2 kg onion, 1 amul butter', { notifyName: 'Priya' })
    await double.receive('120363000000000001@g.us', 'group chatter', { author: RAVI })
    await double.receive('status@broadcast', 'my status', { author: RAVI })
    await double.receive('120363000000000002@newsletter', 'channel post')
    await double.receive(PRIYA, '', { type: 'e2e_notification', extra: { isNotification: true } })
    const photo = await double.receive(PRIYA, '/9j/4AAQSkZJRgABAQAAAQABAAD', {
      type: 'image',
      extra: { directPath: '/v/t62.7118-24/1', mimetype: 'image/jpeg', caption: '', filehash: 'h1' },
    })
    const captioned = await double.receive(PRIYA, '/9j/4AAQSkZJRgABAQAAAQABAAD', {
      type: 'image',
      extra: { directPath: '/v/t62.7118-24/2', mimetype: 'image/jpeg', caption: '3 bread', filehash: 'h2' },
    })
    const place = await double.receive(RAVI, '', {
      type: 'location',
      notifyName: 'Ravi',
      extra: { lat: 12.9716, lng: 77.5946, loc: 'Home\nMG Road, Bengaluru' },
    })
    const vcard = await double.receive(RAVI, card, {
      type: 'vcard',
      extra: { vcardFormattedName: 'Ravi Kumar' },
    })
    const huge = await double.receive(PRIYA, big)
    const broken = await double.receive(PRIYA, lone)
    const doomed = await double.receive(RAVI, 'cancel that')
    await double.receive(RAVI, '', { type: 'revoked' })
    await until(() => inbox.length >= 8, 10_000, 'eight accepted messages')
    await double.revoke(WhatsAppDouble.inboundId(doomed))
    await double.react(WhatsAppDouble.inboundId(order), PRIYA, '\uD83D\uDC4D')
    // A last plain message proves the gateway is still alive after all of the above.
    const last = await double.receive(PRIYA, 'thanks')
    await until(() => inbox.some((m) => m.text === 'thanks'), 10_000, 'the last message')

    const id = WhatsAppDouble.inboundId
    expect(inbox.map((m) => [m.providerId, m.kind, m.from])).toEqual([
      [id(order), 'text', '+919800000001'],
      [id(photo), 'media', '+919800000001'],
      [id(captioned), 'media', '+919800000001'],
      [id(place), 'location', '+919800000002'],
      [id(vcard), 'contact', '+919800000002'],
      [id(huge), 'text', '+919800000001'],
      [id(broken), 'text', '+919800000001'],
      [id(doomed), 'text', '+919800000002'],
      [id(last), 'text', '+919800000001'],
    ])
    expect(inbox[0]).toMatchObject({ name: 'Priya', text: '2 kg onion, 1 amul butter' })
    expect(inbox[0]?.timestamp).toBe(order.t * 1000)
    expect(inbox[1]?.text).toBe('')
    expect(inbox[2]?.text).toBe('3 bread')
    expect(inbox[3]?.text).toBe('Home, MG Road, Bengaluru https://maps.google.com/?q=12.9716,77.5946')
    expect(inbox[4]?.text).toBe('Ravi Kumar +91 98000 00002')
    expect(inbox[5]?.text).toBe(big)
    expect(inbox[5]?.text.length).toBe(60_000)
    expect(inbox[6]?.text).toBe('rice \uFFFD 5 kg \uFFFD dal \uD83D\uDE00')
    expect(gateway.linkState.state).toBe('ready')
  })

  it('resolves a sender WhatsApp addresses by privacy id (@lid) to the phone number, and answers it', async () => {
    const lidMsg = await double.receive('205891234567890@lid', '1 dozen banana', {
      notifyName: 'Asha',
      pn: '919800000003@c.us',
    })
    await until(() => inbox.some((m) => m.text === '1 dozen banana'), 5000, 'the @lid message')
    expect(inbox.at(-1)).toMatchObject({
      providerId: WhatsAppDouble.inboundId(lidMsg),
      from: '+919800000003',
      name: 'Asha',
    })
    const { providerId } = await gateway.send('+919800000003', { text: 'Bananas: Rs 60' })
    await double.waitFor(() => double.sent.some((s) => s.id === providerId), 5000, 'the reply')
    // WhatsApp keeps one chat per customer: the reply lands in the privacy-id chat the order came from.
    expect(double.sent.find((s) => s.id === providerId)?.to).toBe('205891234567890@lid')
    expect(await gateway.findSent('+919800000003', 'Bananas: Rs 60', 0)).toEqual({ providerId })
  })

  it('sends through WhatsApp and reports acks', async () => {
    const before = double.sent.length
    const { providerId } = await gateway.send('+91 98000 00001', {
      text: 'Your order: 2 kg onion. Total Rs 80',
    })
    expect(providerId).toMatch(/^true_919800000001@c\.us_3EB0/)
    await double.waitFor(() => double.sent.length > before, 5000, 'the sent record')
    expect(double.sent.slice(before)).toEqual([
      expect.objectContaining({ id: providerId, to: PRIYA, body: 'Your order: 2 kg onion. Total Rs 80' }),
    ])
    for (const n of [1, 2, 3]) await double.ack(providerId, n)
    await until(() => acks.filter(([i]) => i === providerId).length === 3, 5000, 'acks')
    expect(acks.filter(([i]) => i === providerId).map(([, a]) => a)).toEqual([1, 2, 3])
    // The outbox's way to settle a send that was in flight during a crash.
    expect(
      await gateway.findSent('+919800000001', 'Your order: 2 kg onion. Total Rs 80', Date.now() - 60_000),
    ).toEqual({
      providerId,
    })
    expect(await gateway.findSent('+919800000001', 'never sent', 0)).toBeNull()
    await expect(gateway.send('not a number', { text: 'x' })).rejects.toThrow(/international/)
  })

  it('sends an image with a caption, and fetches an inbound photo', async () => {
    const png = new Uint8Array(PNG_1X1)
    const before = double.sent.length
    const { providerId } = await gateway.send('+919800000001', {
      imagePng: png,
      caption: 'Scan to pay Rs 80',
    })
    await double.waitFor(() => double.sent.length > before, 5000, 'the image record')
    expect(double.sent.at(-1)).toMatchObject({
      id: providerId,
      type: 'image',
      body: 'Scan to pay Rs 80',
      mimetype: 'image/png',
      mediaBase64: Buffer.from(png).toString('base64'),
    })

    const photo = await double.receive(RAVI, '/9j/thumbnail', {
      type: 'image',
      extra: {
        directPath: '/v/t62.7118-24/9',
        mimetype: 'image/jpeg',
        caption: 'this one',
        filehash: 'h9',
        size: 4,
      },
      mediaBase64: Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64'),
    })
    await until(() => inbox.some((m) => m.providerId === WhatsAppDouble.inboundId(photo)), 5000, 'the photo')
    const media = await gateway.downloadMedia(WhatsAppDouble.inboundId(photo))
    expect(media?.mimetype).toBe('image/jpeg')
    expect([...(media?.data ?? [])]).toEqual([0xff, 0xd8, 0xff, 0xd9])
    expect(await gateway.downloadMedia(inbox[0]?.providerId ?? '')).toBeNull()
  })

  it('recovers by itself from CONFLICT and from a browser that died', async () => {
    const mark = states.length
    await double.setState('CONFLICT')
    const down = await waitState('disconnected')
    expect(down).toMatchObject({ detail: 'CONFLICT' })
    expect(down.state === 'disconnected' && down.reason).toMatch(/another computer.*Reconnecting in 1 s/)
    await waitState('ready')
    // Restored from LocalAuth: no QR on the way back.
    expect(states.slice(mark).map((s) => s.state)).toEqual([
      'disconnected',
      'starting',
      'syncing',
      'syncing',
      'ready',
    ])

    const mark2 = states.length
    gateway.currentClient?.pupBrowser?.process()?.kill('SIGKILL')
    await until(
      () => states.slice(mark2).some((s) => s.state === 'disconnected'),
      10_000,
      'browser death noticed',
    )
    expect(states[mark2]).toMatchObject({ state: 'disconnected', detail: 'BROWSER_CLOSED' })
    await waitState('ready')
    const { providerId } = await gateway.send('+919800000001', { text: 'still here' })
    await double.waitFor(() => double.sent.at(-1)?.id === providerId, 5000, 'the sent record')
    expect(double.sent.at(-1)).toMatchObject({ body: 'still here' })
  })

  it('rebuilds a client whose WhatsApp Web never finishes loading', async () => {
    double.holdSync = true
    await double.setState('CONFLICT')
    await until(
      () => gateway.linkState.state === 'disconnected' && gateway.linkState.detail.startsWith('STUCK'),
      40_000,
      'the watchdog',
    )
    expect(gateway.linkState.state === 'disconnected' && gateway.linkState.reason).toMatch(
      /did not finish loading.*Reconnecting/,
    )
    double.holdSync = false
    await waitState('ready')
  })

  it('picks up messages that arrived while the app was closed', async () => {
    const lastSeen = inbox.at(-1)?.timestamp ?? 0
    await gateway.stop()
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'STOPPED' })
    // WhatsApp stamps messages in whole seconds: spread them so their order is defined.
    const t = Math.floor(Date.now() / 1000)
    const away = [
      await double.receive(PRIYA, '1 kg sugar', { t: t + 1 }),
      await double.receive(RAVI, '2 packets milk', { t: t + 2 }),
      await double.receive('120363000000000001@g.us', 'group while away', { author: RAVI, t: t + 3 }),
      await double.receive(PRIYA, '500 g tea', { t: t + 4 }),
    ]
    const liveBefore = inbox.length
    await gateway.start()
    await waitState('ready')
    const missed = await gateway.fetchMissed(lastSeen)
    const known = new Set(inbox.map((m) => m.providerId))
    const fresh = missed.filter((m) => !known.has(m.providerId))
    expect(fresh.map((m) => [m.from, m.text])).toEqual([
      ['+919800000001', '1 kg sugar'],
      ['+919800000002', '2 packets milk'],
      ['+919800000001', '500 g tea'],
    ])
    expect(fresh.map((m) => m.providerId)).toEqual(
      [away[0], away[1], away[3]].map((w) => WhatsAppDouble.inboundId(w!)),
    )
    // History loaded at start is not re-announced as live messages: each reaches the inbox once, through here.
    expect(inbox.length).toBe(liveBefore)
    // A first link (never seen anything) takes only what is unread: Priya's chat was read when we replied,
    // Ravi's never was (his location, contact card and photo; his deleted message stays out).
    const firstLink = await gateway.fetchMissed(0)
    expect(firstLink.map((m) => m.text)).toEqual([
      inbox[3]?.text,
      inbox[4]?.text,
      'this one',
      '1 kg sugar',
      '2 packets milk',
      '500 g tea',
    ])
  })

  it('shows a logout from the phone and does not reconnect on its own', async () => {
    await double.logoutFromPhone()
    const down = await waitState('disconnected')
    expect(down).toMatchObject({ detail: 'LOGOUT' })
    expect(down.state === 'disconnected' && down.reason).toMatch(/logged out from your phone/)
    const mark = states.length
    await new Promise((r) => setTimeout(r, 2500))
    expect(states.slice(mark)).toEqual([])
    await expect(gateway.send('+919800000001', { text: 'x' })).rejects.toThrow(/not ready/)
  })

  it('links again by pairing code, then logs out from the app', async () => {
    // Asked for at once, before the QR is up: it waits for WhatsApp Web to be ready for linking.
    const starting = gateway.start()
    const code = await gateway.requestPairingCode('+91 98123 45678')
    await starting
    expect(code).toMatch(/^[0-9A-Z]{8}$/)
    expect(gateway.linkState).toEqual({ state: 'pairing_code', code })
    // The page reports what it was asked through its batched event channel, a moment after the code returns.
    await expect
      .poll(() => double.events.find((e) => e.ev === 'pairing_code'))
      .toMatchObject({ phone: '919812345678', code })
    await double.scan()
    await waitState('ready')
    await gateway.logout()
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'LOGOUT_LOCAL' })
    expect(double.phoneLinked).toBe(false)
    expect(existsSync(join(dir.path, 'whatsapp', 'session-counterchat'))).toBe(false)
    await gateway.start()
    await waitState('qr')
    await gateway.stop()
  })

  it('touches exactly the page surface recorded for this whatsapp-web.js version', () => {
    expect(
      surfaceDiff(double.touched, 'gateway'),
      'page surface changed: review the double, then UPDATE_GOLDEN=1',
    ).toEqual([])
  })
})
