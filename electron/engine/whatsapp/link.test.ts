import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { WhatsAppStatus } from '../../../shared/contract/whatsapp'
import { createDispatcher } from '../api'
import { createEngine, type Engine } from '../index'
import type { Gateway, GatewayEvents, LinkState } from './gateway'
import { linkedMarker, sessionFolder, whatsappLink } from './link'

/** A gateway that only records what it was asked and emits the states a test gives it. */
class FakeGateway implements Gateway {
  readonly kind = 'whatsapp-web' as const
  linkState: LinkState = { state: 'disconnected', reason: 'off', detail: 'STOPPED' }
  calls: string[] = []
  private stateListeners = new Set<(s: LinkState) => void>()
  set(state: LinkState): void {
    this.linkState = state
    for (const l of this.stateListeners) l(state)
  }
  async start() {
    this.calls.push('start')
    this.set({ state: 'starting' })
  }
  async stop() {
    this.calls.push('stop')
    this.set({ state: 'disconnected', reason: 'off', detail: 'STOPPED' })
  }
  async logout() {
    this.calls.push('logout')
    this.set({ state: 'disconnected', reason: 'logged out', detail: 'LOGOUT_LOCAL' })
  }
  pairingFails: string | null = null
  async requestPairingCode(phone: string) {
    this.calls.push(`pair:${phone}`)
    if (this.pairingFails) throw new Error(this.pairingFails)
    this.set({ state: 'pairing_code', code: 'ABCD1234' })
    return 'ABCD1234'
  }
  async send(): Promise<{ providerId: string }> {
    throw new Error('not ready')
  }
  async fetchMissed() {
    return []
  }
  on<E extends keyof GatewayEvents>(event: E, listener: GatewayEvents[E]): () => void {
    if (event !== 'state') return () => {}
    const l = listener as (s: LinkState) => void
    this.stateListeners.add(l)
    return () => this.stateListeners.delete(l)
  }
}

let engine: Engine | null = null
let dir: string | null = null
afterEach(async () => {
  await engine?.close()
  engine = null
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

function setup(): { gateway: FakeGateway; engine: Engine; pushed: WhatsAppStatus[] } {
  dir = mkdtempSync(join(tmpdir(), 'counterchat-link-'))
  const gateway = new FakeGateway()
  engine = createEngine({ dataDir: dir, gateway, startMessaging: false })
  const pushed: WhatsAppStatus[] = []
  engine.events.subscribe((event, payload) => {
    if (event === 'whatsapp.state') pushed.push(payload as WhatsAppStatus)
  })
  return { gateway, engine, pushed }
}

describe('whatsapp.* API', () => {
  it('links on request, pushes every state, and remembers to reconnect at the next start', async () => {
    const { gateway, engine, pushed } = setup()
    const dispatch = createDispatcher(engine)
    // A fresh shop: nothing starts by itself.
    expect(whatsappLink(engine).autoStart()).toBe(false)
    expect(gateway.calls).toEqual([])
    const first = await dispatch('whatsapp.state', {})
    expect(first).toMatchObject({ ok: true, value: { available: true, sessionSaved: false, enabled: false } })
    expect(await dispatch('whatsapp.link', {})).toMatchObject({ ok: true, value: { enabled: false } })
    expect(gateway.calls).toEqual(['start'])
    gateway.set({ state: 'qr', qr: '2@abc,def' })
    // A QR nobody scanned (the profile folder exists already) does not come back by itself at the next start.
    mkdirSync(sessionFolder(engine.dataDir!), { recursive: true })
    expect(whatsappLink(engine).autoStart()).toBe(false)
    gateway.set({ state: 'ready', me: { phone: '+919812345678', name: 'Sharma Kirana' } })
    expect(pushed.map((p) => p.link.state)).toEqual(['starting', 'qr', 'ready'])
    expect(pushed[1]!.link).toEqual({ state: 'qr', qr: '2@abc,def' })
    expect(pushed[2]!.enabled).toBe(true)
    // Linked before and a session on disk: the host reconnects at start-up without asking.
    expect(whatsappLink(engine).autoStart()).toBe(true)
    expect(gateway.calls).toEqual(['start', 'start'])
  })

  it('a logout (from the phone or the app) and "switch off" stop the start-up reconnect', async () => {
    const { gateway, engine } = setup()
    const dispatch = createDispatcher(engine)
    mkdirSync(sessionFolder(engine.dataDir!), { recursive: true })
    const ready = () => gateway.set({ state: 'ready', me: { phone: '+919812345678', name: 'S' } })
    await dispatch('whatsapp.link', {})
    ready()
    expect(engine.settings.get('whatsapp.enabled')).toBe(true)
    gateway.set({ state: 'disconnected', reason: 'phone logged out', detail: 'LOGOUT' })
    expect(engine.settings.get('whatsapp.enabled')).toBe(false)
    expect(whatsappLink(engine).autoStart()).toBe(false)
    await dispatch('whatsapp.link', {})
    ready()
    expect(await dispatch('whatsapp.stop', {})).toMatchObject({ ok: true, value: { enabled: false } })
    await dispatch('whatsapp.link', {})
    ready()
    expect(await dispatch('whatsapp.logout', {})).toMatchObject({
      ok: true,
      value: { enabled: false, link: { state: 'disconnected', detail: 'LOGOUT_LOCAL' } },
    })
    expect(gateway.calls).toEqual(['start', 'start', 'stop', 'start', 'logout'])
  })

  it('says a session exists (so "Log out" is offered) only after the phone linked this computer, not for a folder a failed start left', async () => {
    const { gateway, engine } = setup()
    const dispatch = createDispatcher(engine)
    const saved = async () => {
      const r = await dispatch('whatsapp.state', {})
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as WhatsAppStatus).sessionSaved
    }
    await dispatch('whatsapp.link', {})
    // The browser made its profile folder, then exited at once (as root without a sandbox).
    mkdirSync(sessionFolder(engine.dataDir!), { recursive: true })
    gateway.set({ state: 'disconnected', reason: 'The browser exited at start', detail: 'BROWSER_SANDBOX' })
    expect(await saved()).toBe(false)
    // A QR shown and never scanned: still nothing to log out of.
    gateway.set({ state: 'qr', qr: '2@abc,def' })
    expect(await saved()).toBe(false)
    // Scanned: the phone lists this computer while the chats load.
    gateway.set({ state: 'syncing', percent: 10 })
    expect(existsSync(linkedMarker(engine.dataDir!))).toBe(true)
    expect(await saved()).toBe(true)
    gateway.set({ state: 'ready', me: { phone: '+919812345678', name: 'S' } })
    expect(await saved()).toBe(true)
    // Switched off: the session stays, so does "Log out".
    await dispatch('whatsapp.stop', {})
    expect(await saved()).toBe(true)
    await dispatch('whatsapp.logout', {})
    expect(existsSync(linkedMarker(engine.dataDir!))).toBe(false)
    expect(await saved()).toBe(false)
    // Logged out from the phone after a new link: the marker goes too.
    gateway.set({ state: 'ready', me: { phone: '+919812345678', name: 'S' } })
    expect(await saved()).toBe(true)
    gateway.set({ state: 'disconnected', reason: 'phone logged out', detail: 'LOGOUT' })
    expect(await saved()).toBe(false)
  })

  it('keeps a shop linked before the marker existed linked (folder + WhatsApp switched on)', async () => {
    const { engine } = setup()
    mkdirSync(sessionFolder(engine.dataDir!), { recursive: true })
    engine.settings.set('whatsapp.enabled', true)
    expect(whatsappLink(engine).snapshot().sessionSaved).toBe(true)
    expect(whatsappLink(engine).autoStart()).toBe(true)
  })

  it('links by phone number, validating the number', async () => {
    const { gateway, engine } = setup()
    const dispatch = createDispatcher(engine)
    expect(await dispatch('whatsapp.pairingCode', { phone: 'call me' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    })
    expect(await dispatch('whatsapp.pairingCode', { phone: '+91 98123-45678' })).toEqual({
      ok: true,
      value: { code: 'ABCD1234' },
    })
    expect(gateway.calls).toEqual(['start', 'pair:919812345678'])
    // The gateway's own words reach the shopkeeper, not "Something went wrong".
    gateway.pairingFails = 'Linking by phone number is possible only while WhatsApp shows a QR code.'
    expect(await dispatch('whatsapp.pairingCode', { phone: '+919812345678' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: gateway.pairingFails },
    })
  })

  it('an engine without WhatsApp says so instead of failing', async () => {
    engine = createEngine({ startMessaging: false })
    const dispatch = createDispatcher(engine)
    expect(await dispatch('whatsapp.state', {})).toMatchObject({
      ok: true,
      value: { available: false, link: { state: 'disconnected', detail: 'NO_GATEWAY' } },
    })
    expect(await dispatch('whatsapp.link', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This copy of CounterChat runs without WhatsApp.' },
    })
  })
})
