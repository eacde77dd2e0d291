import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createEngine, type Engine } from '../engine'
import { startHost, type RunningHost } from './server'
import { ensureLanToken } from './token'

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
  it('serves the API on loopback with live events', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const a = await connect(`ws://127.0.0.1:${host.port}/api`, { Origin: `http://127.0.0.1:${host.port}` })
    const b = await connect(`ws://127.0.0.1:${host.port}/api`)
    const event = new Promise((resolve) =>
      b.on('message', (d) => {
        const m = JSON.parse(d.toString()) as { t: string; event?: string; payload?: unknown }
        if (m.t === 'event' && m.event === 'catalog.changed') resolve(m.payload)
      }),
    )
    expect(await call(a, 'catalog.loadSample', {})).toMatchObject({ ok: true, value: { inserted: 37 } })
    expect(await event).toEqual({ skus: [], reason: 'import' })
    expect(await call(a, 'catalog.list', { query: 'aloo' })).toMatchObject({ ok: true, value: { total: 1 } })
    a.close()
    b.close()
  })

  it('refuses WebSocket connections from other web origins', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    await expect(connect(`ws://127.0.0.1:${host.port}/api`, { Origin: 'https://evil.example' })).rejects.toThrow(/401/)
    await expect(connect(`ws://127.0.0.1:${host.port}/api`, { Origin: `http://127.0.0.1:1` })).rejects.toThrow(/401/)
  })

  it('requires the pairing token in LAN mode', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-host-'))
    engine = createEngine({ dataDir })
    const token = ensureLanToken(dataDir)!
    expect(ensureLanToken(dataDir)).toBeNull()
    host = await startHost({ engine, lan: true })
    await expect(connect(`ws://127.0.0.1:${host.port}/api`)).rejects.toThrow(/401/)
    await expect(connect(`ws://127.0.0.1:${host.port}/api?token=wrong`)).rejects.toThrow(/401/)
    const ws = await connect(`ws://127.0.0.1:${host.port}/api?token=${token}`)
    expect(await call(ws, 'app.info', {})).toMatchObject({ ok: true })
    ws.close()
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
  })

  it('answers malformed messages without dying', async () => {
    engine = createEngine()
    host = await startHost({ engine })
    const ws = await connect(`ws://127.0.0.1:${host.port}/api`)
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
