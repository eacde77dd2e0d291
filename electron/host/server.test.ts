import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createEngine, type Engine } from '../engine'
import { startHost, type RunningHost } from './server'
import { ensureLanToken } from './token'
import { forgetDevices } from './auth'
import { get as httpGet } from 'node:http'

let engine: Engine | undefined
let host: RunningHost | undefined
afterEach(async () => {
  await host?.close()
  await engine?.close()
  host = engine = undefined
})

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
  })
}

/** What the page does: load it (the host sets its per-start cookie), then open the socket with it. */
async function pageCookie(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/`)
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
}

async function connectAsPage(port: number): Promise<WebSocket> {
  return connect(`ws://127.0.0.1:${port}/api`, {
    Cookie: await pageCookie(port),
    Origin: `http://127.0.0.1:${port}`,
  })
}

function call(ws: WebSocket, method: string, args: unknown): Promise<unknown> {
  const id = Math.floor(Math.random() * 1e9)
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(data.toString()) as { t: string; id?: number; result?: unknown }
      if (msg.t === 'result' && msg.id === id) {
        ws.off('message', onMessage)
        resolve(msg.result)
      }
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ t: 'call', id, method, args }))
  })
}

describe('headless host', () => {
  it('serves the API on loopback with live events to a page it served', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const a = await connectAsPage(host.port)
    const b = await connectAsPage(host.port)
    const event = new Promise((resolve) =>
      b.on('message', (d) => {
        const m = JSON.parse(d.toString()) as { t: string; event?: string; payload?: unknown }
        if (m.t === 'event' && m.event === 'catalog.changed') resolve(m.payload)
      }),
    )
    expect(await call(a, 'catalog.loadSample', {})).toMatchObject({ ok: true, value: { inserted: 37 } })
    expect(await event).toEqual({ skus: [], reason: 'import' })
    expect(await call(a, 'catalog.list', { query: 'aloo' })).toMatchObject({ ok: true, value: { total: 1 } })
    expect(await call(a, 'app.info', {})).toMatchObject({ ok: true, value: { role: 'owner' } })
    a.close()
    b.close()
  })

  it('gives 401 on loopback to a client that did not load the page, with or without an Origin', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    const api = `ws://127.0.0.1:${host.port}/api`
    const own = `http://127.0.0.1:${host.port}`
    await expect(connect(api)).rejects.toThrow(/401/)
    await expect(connect(api, { Origin: own })).rejects.toThrow(/401/)
    await expect(connect(api, { Origin: 'https://evil.example' })).rejects.toThrow(/401/)
    await expect(connect(api, { Cookie: 'cc_session=guessed', Origin: own })).rejects.toThrow(/401/)
    const cookie = await pageCookie(host.port)
    expect(cookie).toMatch(/^cc_session=[\w-]{40,}$/)
    // The cookie alone is not enough: another site's page (or no Origin at all) is still refused.
    await expect(connect(api, { Cookie: cookie })).rejects.toThrow(/401/)
    await expect(connect(api, { Cookie: cookie, Origin: 'https://evil.example' })).rejects.toThrow(/401/)
    await expect(connect(api, { Cookie: cookie, Origin: `http://127.0.0.1:1` })).rejects.toThrow(/401/)
    const ws = await connect(api, { Cookie: cookie, Origin: own })
    expect(await call(ws, 'app.info', {})).toMatchObject({ ok: true })
    ws.close()
    // The cookie is HttpOnly and SameSite=Strict: page scripts cannot read it, other sites never send it.
    const raw = (await fetch(host.url)).headers.getSetCookie()[0]!
    expect(raw).toMatch(/HttpOnly/)
    expect(raw).toMatch(/SameSite=Strict/)
  })

  it('gives a new secret at each start: a page from an earlier run must load it again', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    const old = await pageCookie(host.port)
    await host.close()
    host = await startHost({ engine })
    const api = `ws://127.0.0.1:${host.port}/api`
    await expect(connect(api, { Cookie: old, Origin: `http://127.0.0.1:${host.port}` })).rejects.toThrow(/401/)
    const session = await fetch(`http://127.0.0.1:${host.port}/session`)
    expect(session.status).toBe(204)
    const fresh = session.headers.getSetCookie()[0]!.split(';')[0]!
    expect(fresh).not.toBe(old)
    ;(await connect(api, { Cookie: fresh, Origin: `http://127.0.0.1:${host.port}` })).close()
  })

  it('serves nothing to a DNS name rebound to loopback', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    const res = await new Promise<{ status: number; cookie: unknown }>((resolve, reject) => {
      const req = httpGet({ host: '127.0.0.1', port: host!.port, path: '/', headers: { Host: `evil.example:${host!.port}` } }, (r) => {
        r.resume()
        resolve({ status: r.statusCode ?? 0, cookie: r.headers['set-cookie'] })
      })
      req.on('error', reject)
    })
    expect(res.status).toBe(421)
    expect(res.cookie).toBeUndefined()
  })

  it('LAN mode: the token is exchanged once for a device cookie, leaves the URL, and the device is staff', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-host-'))
    engine = createEngine({ dataDir })
    const token = ensureLanToken(dataDir)!
    expect(ensureLanToken(dataDir)).toBeNull()
    host = await startHost({ engine, lan: true })
    // A LAN device: the Host is the computer's LAN name, so no owner cookie is ever handed out to it.
    const lanHost = `192.168.1.20:${host.port}`
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; location?: string; cookies: string[] }>((resolve, reject) => {
        const req = httpGet({ host: '127.0.0.1', port: host!.port, path, headers: { Host: lanHost, ...headers } }, (r) => {
          r.resume()
          resolve({ status: r.statusCode ?? 0, location: r.headers.location, cookies: r.headers['set-cookie'] ?? [] })
        })
        req.on('error', reject)
      })
    const api = `ws://127.0.0.1:${host.port}/api`
    const lanOrigin = `http://${lanHost}`
    expect((await get('/')).cookies).toEqual([])
    await expect(connect(api, { Host: lanHost, Origin: lanOrigin })).rejects.toThrow(/401/)
    const wrong = await get('/?token=wrong&x=1')
    expect(wrong).toMatchObject({ status: 303, location: '/?x=1', cookies: [] })
    const paired = await get(`/?token=${token}`)
    expect(paired.status).toBe(303)
    expect(paired.location).toBe('/')
    const device = paired.cookies[0]!.split(';')[0]!
    expect(device).toMatch(/^cc_device=/)
    expect(paired.cookies[0]).toMatch(/HttpOnly.*SameSite=Strict/)
    // The token no longer opens the API by itself, in the URL or not.
    await expect(connect(`${api}?token=${token}`, { Host: lanHost, Origin: lanOrigin })).rejects.toThrow(/401/)
    // The device cookie needs the page's own Origin.
    await expect(connect(api, { Host: lanHost, Cookie: device })).rejects.toThrow(/401/)
    await expect(connect(api, { Host: lanHost, Cookie: device, Origin: 'http://evil.example' })).rejects.toThrow(/401/)
    const ws = await connect(api, { Host: lanHost, Cookie: device, Origin: lanOrigin })
    expect(await call(ws, 'app.info', {})).toMatchObject({ ok: true, value: { role: 'staff' } })
    // Staff work the catalog and the queue ...
    expect(await call(ws, 'catalog.loadSample', {})).toMatchObject({ ok: true })
    expect(await call(ws, 'orders.list', {})).toMatchObject({ ok: true })
    // ... but payment secrets, the browser and the WhatsApp link are the owner's, at the computer.
    const notAllowed = { ok: false, error: { code: 'not_allowed', message: expect.stringMatching(/Not allowed/) } }
    expect(await call(ws, 'settings.set', { key: 'whatsapp.browserPath', value: '/usr/bin/chromium' })).toMatchObject(notAllowed)
    expect(await call(ws, 'settings.set', { key: 'whatsapp.enabled', value: false })).toMatchObject(notAllowed)
    expect(await call(ws, 'payments.settings.set', { key: 'payments.stripe.secret_key', value: 'sk_test_x' })).toMatchObject(notAllowed)
    expect(await call(ws, 'payments.settings.set', { key: 'payments.upi.vpa', value: 'thief@upi' })).toMatchObject(notAllowed)
    for (const m of ['whatsapp.logout', 'whatsapp.link', 'whatsapp.stop', 'whatsapp.setBrowser', 'backup.restore']) {
      const args = m === 'whatsapp.setBrowser' ? { path: null } : m === 'backup.restore' ? { file: 'x.db' } : {}
      expect(await call(ws, m, args), m).toMatchObject(notAllowed)
    }
    engine.payments.setSetting('payments.stripe.secret_key', 'sk_test_abcdefghijklmnop1234')
    const view = (await call(ws, 'payments.settings.get', {})) as { value: { secrets: Record<string, { set: boolean; hint: string | null }> } }
    expect(view.value.secrets['payments.stripe.secret_key']).toEqual({ set: true, hint: null })
    ws.close()
    // The same host on its own loopback address serves the owner.
    const owner = await connectAsPage(host.port)
    expect(await call(owner, 'app.info', {})).toMatchObject({ ok: true, value: { role: 'owner' } })
    const ownerView = (await call(owner, 'payments.settings.get', {})) as { value: { secrets: Record<string, { hint: string | null }> } }
    expect(ownerView.value.secrets['payments.stripe.secret_key']!.hint).toMatch(/1234/)
    owner.close()
    // A new token unpairs every device.
    forgetDevices(dataDir)
    await expect(connect(api, { Host: lanHost, Cookie: device, Origin: lanOrigin })).rejects.toThrow(/401/)
  })

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cc-static-'))
    const root = join(outside, 'www')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<html>app</html>')
    writeFileSync(join(root, 'assets', 'a.js'), 'x')
    writeFileSync(join(outside, 'secret.txt'), 'secret')
    engine = createEngine()
    host = await startHost({ engine, staticDir: root })
    const index = await fetch(`${host.url}queue`)
    expect(await index.text()).toBe('<html>app</html>')
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await fetch(`${host.url}assets/a.js`)).headers.get('content-type')).toContain('javascript')
    const escape = await fetch(`${host.url}%2e%2e/secret.txt`)
    expect(await escape.text()).not.toContain('secret')
    expect((await fetch(host.url, { method: 'POST' })).status).toBe(405)
    // Malformed percent-encoding is the client's mistake: 400, not 500.
    for (const bad of ['%', '%E0%A4%A', '%zz', 'assets/%ff%fe']) {
      expect((await fetch(`${host.url}${bad}`)).status, bad).toBe(400)
    }
  })

  it('answers malformed messages without dying', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    const ws = await connectAsPage(host.port)
    const replies: string[] = []
    ws.on('message', (d) => replies.push(d.toString()))
    ws.send('not json')
    ws.send(Buffer.from([0xff, 0xfe, 0x00]))
    ws.send(JSON.stringify({ t: 'call', id: 'x' }))
    for (const junk of ['null', '42', '"call"', '[]', 'true']) ws.send(junk)
    expect(await call(ws, 'app.info', {})).toMatchObject({ ok: true })
    expect(replies.filter((r) => r.includes('"t":"error"'))).toHaveLength(8)
    ws.close()
  })

  it('answers /healthz with the health snapshot as JSON, on loopback and under our own host name only', async () => {
    engine = createEngine({ startMessaging: false })
    engine.messaging.outbox.enqueue({ chat: '+919800000001', text: 'waiting', origin: 'bot' })
    host = await startHost({ engine })
    const res = await fetch(`${host.url}healthz`)
    expect(res.headers.get('content-type')).toContain('application/json')
    const body = (await res.json()) as {
      ok: boolean
      outbox: { backlog: number }
      memory: { hostRssMiB: number }
    }
    expect(body).toMatchObject({ ok: true, outbox: { backlog: 1 } })
    expect(body.memory.hostRssMiB).toBeGreaterThan(10)
    // A page on another domain rebound to 127.0.0.1 arrives with its own Host header: nothing for it.
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(`${host!.url}healthz`, { headers: { host: 'evil.example:80' } }, (r) =>
        resolve(r.statusCode ?? 0),
      )
      req.on('error', reject)
      req.end()
    })
    expect(rebound).toBe(404)
  })
})
