// The gateway's life cycle with a scripted stand-in for the whatsapp-web.js Client: backoff, what stops the
// reconnecting, and "Reconnect". The real client is exercised against the WhatsApp Web double in
// tests/whatsapp-double.
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type WAWebJS from 'whatsapp-web.js'
import { BrowserNotFoundError } from './browser'
import type { LinkState } from './gateway'
import { WwebjsGateway } from './wwebjs-gateway'

type Script = (c: FakeClient) => Promise<void>

class FakeClient extends EventEmitter {
  info = { wid: { user: '919812345678' }, pushname: 'Sharma Kirana' }
  pupBrowser = null
  destroyed = false
  constructor(private script: Script) {
    super()
  }
  initialize(): Promise<void> {
    return this.script(this)
  }
  async destroy(): Promise<void> {
    this.destroyed = true
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('WwebjsGateway life cycle', () => {
  const dirs: string[] = []
  const gateways: WwebjsGateway[] = []
  afterEach(async () => {
    for (const g of gateways.splice(0)) await g.stop()
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  function setup(scripts: Script[], last: Script = async () => {}) {
    const dir = mkdtempSync(join(tmpdir(), 'gw-unit-'))
    dirs.push(dir)
    const clients: FakeClient[] = []
    const created: number[] = []
    const states: LinkState[] = []
    const gateway = new WwebjsGateway({
      dataDir: dir,
      clientOptions: { puppeteer: { executablePath: '/nonexistent/chrome' } },
      backoff: { initialMs: 20, maxMs: 80, jitter: 0 },
      createClient: (options) => {
        created.push(Date.now())
        expect(options.puppeteer?.executablePath).toBe('/nonexistent/chrome')
        const c = new FakeClient(scripts[clients.length] ?? last)
        clients.push(c)
        return c as unknown as WAWebJS.Client
      },
    })
    gateway.on('state', (s) => states.push(s))
    gateways.push(gateway)
    return { gateway, clients, created, states, dir }
  }

  it('keeps its session in the data folder', async () => {
    const { gateway, dir } = setup([])
    expect(gateway.sessionDir).toBe(join(dir, 'whatsapp'))
  })

  it('retries a failing start with growing delays, and resets once ready', async () => {
    const fail: Script = async () => {
      throw new Error('auth timeout')
    }
    const ready: Script = async (c) => {
      c.emit('authenticated')
      c.emit('ready')
    }
    const { gateway, created, states } = setup([fail, fail, fail, fail, ready])
    await gateway.start()
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'LOAD_FAILED: auth timeout' })
    expect(gateway.linkState.state === 'disconnected' && gateway.linkState.reason).toMatch(
      /did not load.*Reconnecting in 1 s/,
    )
    await until(() => gateway.linkState.state === 'ready', 2000)
    const gaps = created.slice(1).map((t, i) => t - created[i]!)
    // 20, 40, 80, 80 ms (capped), with timer slack.
    expect(gaps.map((g) => g >= 15)).toEqual([true, true, true, true])
    expect(gaps[2]!).toBeGreaterThanOrEqual(70)
    expect(gateway.linkState).toEqual({
      state: 'ready',
      me: { phone: '+919812345678', name: 'Sharma Kirana' },
    })
    expect(states.filter((s) => s.state === 'starting')).toHaveLength(5)
  })

  it('reconnects after CONFLICT, but never after a logout from the phone', async () => {
    const ready: Script = async (c) => {
      c.emit('authenticated')
      c.emit('ready')
    }
    const { gateway, clients } = setup([ready, ready, ready])
    await gateway.start()
    clients[0]!.emit('disconnected', 'CONFLICT')
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'CONFLICT' })
    await until(() => gateway.linkState.state === 'ready', 2000)
    expect(clients).toHaveLength(2)

    clients[1]!.emit('disconnected', 'LOGOUT')
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'LOGOUT' })
    // The stale client's later QR (the library re-injects after a logout) must not replace the message.
    clients[1]!.emit('qr', 'stale')
    await wait(200)
    expect(clients).toHaveLength(2)
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'LOGOUT' })

    // "Reconnect" is start(): a fresh client at once.
    await gateway.start()
    expect(clients).toHaveLength(3)
  })

  it('rebuilds a client stuck loading, and drops the cached WhatsApp Web after two in a row', async () => {
    const stuck: Script = async () => {}
    const ready: Script = async (c) => void c.emit('ready')
    const dir = mkdtempSync(join(tmpdir(), 'gw-unit-'))
    dirs.push(dir)
    const cache = join(dir, 'whatsapp', 'web-cache')
    mkdirSync(cache, { recursive: true })
    const scripts = [stuck, stuck, ready]
    let n = 0
    const gateway = new WwebjsGateway({
      dataDir: dir,
      clientOptions: { puppeteer: { executablePath: '/x' } },
      backoff: { initialMs: 10, maxMs: 10, jitter: 0 },
      stuckTimeoutMs: 60,
      createClient: () => new FakeClient(scripts[n++] ?? ready) as unknown as WAWebJS.Client,
    })
    gateways.push(gateway)
    const details: string[] = []
    gateway.on('state', (s) => s.state === 'disconnected' && details.push(s.detail))
    await gateway.start()
    await until(() => gateway.linkState.state === 'ready', 2000)
    expect(details).toEqual(['STUCK: still starting after 60 ms', 'STUCK: still starting after 60 ms'])
    expect(existsSync(cache)).toBe(false)
  })

  it('a start given up on before its browser is up closes that browser when it comes, before starting again', async () => {
    // A slow computer: the watchdog fires while Chrome is still launching. The browser it launches a moment
    // later holds the profile; the next start must wait for it to be closed (was: "browser is already running"
    // on every start from then on).
    const events: string[] = []
    const browser = {
      connected: true,
      close: async () => void events.push('close 1'),
      process: () => null,
    }
    const late: Script = async (c) => {
      await wait(150)
      events.push('browser up 1')
      ;(c as unknown as { pupBrowser: unknown }).pupBrowser = browser
    }
    const ready: Script = async (c) => {
      events.push('start 2')
      c.emit('ready')
    }
    const scripts = [late, ready]
    let n = 0
    class ClosingClient extends FakeClient {
      override async destroy(): Promise<void> {
        const b = (this as unknown as { pupBrowser: typeof browser | null }).pupBrowser
        if (b) await b.close()
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'gw-unit-'))
    dirs.push(dir)
    const gateway = new WwebjsGateway({
      dataDir: dir,
      clientOptions: { puppeteer: { executablePath: '/x' } },
      backoff: { initialMs: 10, maxMs: 10, jitter: 0 },
      stuckTimeoutMs: 50,
      createClient: () => new ClosingClient(scripts[n++] ?? ready) as unknown as WAWebJS.Client,
    })
    gateways.push(gateway)
    await gateway.start()
    await until(() => gateway.linkState.state === 'ready', 3000)
    expect(events.slice(0, 3)).toEqual(['browser up 1', 'close 1', 'start 2'])
  })

  it('"Reconnect" does not wait for a pending backoff', async () => {
    const fail: Script = async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED')
    }
    const { gateway, clients } = setup([fail, fail, fail], async (c) => void c.emit('qr', 'Q'))
    await gateway.start()
    await until(() => clients.length === 3, 2000)
    await gateway.start()
    expect(clients.length).toBe(4)
    expect(gateway.linkState).toEqual({ state: 'qr', qr: 'Q' })
  })

  it('stops at once when no browser can be found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-unit-'))
    dirs.push(dir)
    let attempts = 0
    const gateway = new WwebjsGateway({
      dataDir: dir,
      clientOptions: { puppeteer: { executablePath: '/x' } },
      backoff: { initialMs: 10, maxMs: 10, jitter: 0 },
      createClient: () => {
        attempts++
        throw new BrowserNotFoundError(['/usr/bin/chromium'], null)
      },
    })
    gateways.push(gateway)
    await gateway.start()
    await wait(100)
    expect(attempts).toBe(1)
    expect(gateway.linkState).toMatchObject({ state: 'disconnected', detail: 'NO_BROWSER' })
    expect(gateway.linkState.state === 'disconnected' && gateway.linkState.reason).toMatch(/No Chrome/)
  })

  it('refuses to send or fetch when not ready, and maps acks of own messages only', async () => {
    const ready: Script = async (c) => void c.emit('ready')
    const { gateway, clients } = setup([ready])
    await expect(gateway.send('+919800000001', { text: 'x' })).rejects.toThrow(/not ready/)
    await expect(gateway.fetchMissed(0)).rejects.toThrow(/not ready/)
    await gateway.start()
    const acks: [string, number][] = []
    gateway.on('ack', (id, a) => acks.push([id, a]))
    clients[0]!.emit('message_ack', { id: { fromMe: true, _serialized: 'true_x_1' } }, 2)
    clients[0]!.emit('message_ack', { id: { fromMe: false, _serialized: 'false_x_2' } }, 3)
    clients[0]!.emit('message_ack', { id: { fromMe: true, _serialized: 'true_x_3' } }, 4)
    expect(acks).toEqual([
      ['true_x_1', 2],
      ['true_x_3', 3],
    ])
  })

  it('a pairing code answered after the phone already linked does not step the link back', async () => {
    const qr: Script = async (c) => void c.emit('qr', '2@ref')
    const { gateway, clients, states } = setup([qr])
    await gateway.start()
    const client = clients[0]! as FakeClient & { requestPairingCode?: (p: string) => Promise<string> }
    // The library emits 'code' from inside the page call; the call's own answer comes back later, and on a
    // busy computer the customer may have typed the code and WhatsApp Web begun syncing by then.
    client.requestPairingCode = async () => {
      client.emit('code', 'ABCDEFGH')
      client.emit('loading_screen', 40)
      return 'ABCDEFGH'
    }
    expect(await gateway.requestPairingCode('+91 98123 45678')).toBe('ABCDEFGH')
    expect(gateway.linkState).toMatchObject({ state: 'syncing', percent: 40 })
    expect(states.map((s) => s.state).slice(-2)).toEqual(['pairing_code', 'syncing'])
    // Still waiting for the phone (a new QR came, the code event did not): the answer shows the code.
    client.emit('qr', '2@ref2')
    client.requestPairingCode = async () => 'KLMNPQRS'
    expect(await gateway.requestPairingCode('+91 98123 45678')).toBe('KLMNPQRS')
    expect(gateway.linkState).toMatchObject({ state: 'pairing_code', code: 'KLMNPQRS' })
  })

  it('fetchMissed: unread tails and activity since the last seen message, customers only, oldest first', async () => {
    const msg = (chat: string, id: string, t: number, fromMe = false) => ({
      id: { _serialized: `${fromMe}_${chat}_${id}`, fromMe, remote: chat },
      from: fromMe ? '919812345678@c.us' : chat,
      fromMe,
      type: 'chat',
      body: id,
      timestamp: t,
    })
    const chat = (
      id: string,
      unread: number,
      t: number,
      msgs: ReturnType<typeof msg>[],
      isGroup = false,
    ) => ({
      id: { _serialized: id },
      isGroup,
      unreadCount: unread,
      timestamp: t,
      fetchMessages: async () => msgs,
    })
    const A = '919800000001@c.us'
    const B = '919800000002@c.us'
    const L = '205891234567890@lid'
    const chats = [
      // Read, but active since 1000: its messages from 1000 on.
      chat(A, 0, 1002, [
        msg(A, 'a-old', 900),
        msg(A, 'a-1', 1000),
        msg(A, 'me', 1001, true),
        msg(A, 'a-2', 1002),
      ]),
      // Unread 5 with only 2 loaded: both (never a negative slice).
      chat(B, 5, 500, [msg(B, 'b-1', 400), msg(B, 'b-2', 450)]),
      chat('1203630@g.us', 3, 2000, [msg('1203630@g.us', 'g', 2000)], true),
      chat(L, 1, 1500, [msg(L, 'l-1', 1500)]),
      chat('919800000003@c.us', 0, 10, [msg('919800000003@c.us', 'quiet', 10)]),
    ]
    const ready: Script = async (c) => void c.emit('ready')
    const { gateway, clients } = setup([ready])
    await gateway.start()
    Object.assign(clients[0]!, {
      getChats: async () => chats,
      getContactLidAndPhone: async () => [{ lid: L, pn: '919800000009@c.us' }],
    })
    const got = await gateway.fetchMissed(1_000_000)
    expect(got.map((m) => [m.from, m.text])).toEqual([
      ['+919800000002', 'b-1'],
      ['+919800000002', 'b-2'],
      ['+919800000001', 'a-1'],
      ['+919800000001', 'a-2'],
      ['+919800000009', 'l-1'],
    ])
    // Never linked before: unread only.
    expect((await gateway.fetchMissed(0)).map((m) => m.text)).toEqual(['b-1', 'b-2', 'l-1'])
  })

  it('never lets a broken message or a throwing listener take it down', async () => {
    const ready: Script = async (c) => void c.emit('ready')
    const { gateway, clients } = setup([ready])
    await gateway.start()
    const got: string[] = []
    gateway.on('message', () => {
      throw new Error('listener bug')
    })
    gateway.on('message', (m) => got.push(m.text))
    for (const bad of [null, undefined, 42, { id: null }, { id: { _serialized: 1 } }])
      clients[0]!.emit('message', bad)
    clients[0]!.emit('message', {
      id: { _serialized: 'false_919800000001@c.us_A', fromMe: false, remote: '919800000001@c.us' },
      from: '919800000001@c.us',
      type: 'chat',
      body: 'ok',
      timestamp: 1,
    })
    await until(() => got.length === 1, 1000)
    expect(got).toEqual(['ok'])
    expect(gateway.linkState.state).toBe('ready')
  })
})

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timeout')
    await wait(5)
  }
}
