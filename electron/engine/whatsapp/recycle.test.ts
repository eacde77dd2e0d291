// When the browser restart is due: the daily slot in the shop's own time zone (whatever the computer's), only a
// browser up since before the slot, and a memory threshold, all on a fixed clock.
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'
import { lastSlot, Recycler } from './recycle'
import type { Gateway, GatewayHealth, LinkState } from './gateway'

const MiB = 1024 * 1024

function fakeGateway(state: LinkState['state'], health: Partial<GatewayHealth>) {
  const recycled: string[] = []
  const gateway = {
    kind: 'whatsapp-web',
    linkState: (state === 'ready'
      ? { state, me: { phone: '+1', name: 'x' } }
      : { state: 'disconnected', reason: 'x', detail: 'x' }) as LinkState,
    health: (): GatewayHealth => ({
      stateSince: 0,
      browserRss: null,
      browserPid: null,
      lastRecycle: null,
      sendsInFlight: 0,
      ...health,
    }),
    recycle: async (reason: string) => {
      recycled.push(reason)
      return true
    },
  } as unknown as Gateway
  return { gateway, recycled }
}

describe('Recycler', () => {
  const engines: Engine[] = []
  afterEach(async () => {
    for (const e of engines.splice(0)) await e.close()
  })
  const setup = (now: number, tz: string) => {
    let t = now
    const clock = { now: () => t }
    const engine = createEngine({ clock, startMessaging: false })
    engines.push(engine)
    engine.settings.set('shop.timezone', tz)
    return { engine, clock, advance: (ms: number) => (t += ms) }
  }

  it('finds the latest slot in the shop time zone, not the computer one', () => {
    // 2031-03-10 03:30 UTC is 09:00 in Kolkata (UTC+5:30) and 17:30 in Kiritimati (UTC+14).
    const now = Date.UTC(2031, 2, 10, 3, 30, 15)
    expect(lastSlot(now, '04:00', 'Asia/Kolkata')).toBe(Date.UTC(2031, 2, 9, 22, 30))
    expect(lastSlot(now, '04:00', 'Pacific/Kiritimati')).toBe(Date.UTC(2031, 2, 9, 14, 0))
    expect(lastSlot(now, '09:00', 'Asia/Kolkata')).toBe(Date.UTC(2031, 2, 10, 3, 30))
    expect(lastSlot(now, '09:01', 'Asia/Kolkata')).toBe(Date.UTC(2031, 2, 9, 3, 31))
    expect(lastSlot(now, '', 'Asia/Kolkata')).toBeNull()
  })

  it('restarts a browser that has run since before 04:00 shop time, once, and only in the quiet window', async () => {
    // 04:05 in Berlin (UTC+1 in winter) is 03:05 UTC.
    const at0405 = Date.UTC(2031, 0, 15, 3, 5)
    const { engine, advance } = setup(at0405, 'Europe/Berlin')
    const { gateway, recycled } = fakeGateway('ready', { stateSince: at0405 - 20 * 3600_000 })
    const r = new Recycler({ gateway, settings: engine.settings, clock: engine.clock, log: engine.log })
    expect(r.due()).toBe('daily at 04:00')
    expect(await r.check()).toBe(true)
    expect(recycled).toEqual(['daily at 04:00'])

    // A browser (re)started after the slot is fresh: nothing due, today or in the window.
    const fresh = fakeGateway('ready', { stateSince: at0405 + 60_000 })
    const r2 = new Recycler({
      gateway: fresh.gateway,
      settings: engine.settings,
      clock: engine.clock,
      log: engine.log,
    })
    advance(30 * 60_000)
    expect(r2.due()).toBeNull()
    // Woken at 07:00 after sleeping through the night: too late for a quiet restart, wait for tomorrow.
    advance(2.5 * 3600_000)
    expect(r.due()).toBeNull()
  })

  it('does nothing while not ready, or when switched off', async () => {
    const at0405 = Date.UTC(2031, 0, 15, 3, 5)
    const { engine } = setup(at0405, 'Europe/Berlin')
    const down = fakeGateway('disconnected', { stateSince: 0 })
    expect(
      new Recycler({
        gateway: down.gateway,
        settings: engine.settings,
        clock: engine.clock,
        log: engine.log,
      }).due(),
    ).toBeNull()
    engine.settings.set('whatsapp.recycleAt', '')
    const up = fakeGateway('ready', { stateSince: 0 })
    expect(
      new Recycler({
        gateway: up.gateway,
        settings: engine.settings,
        clock: engine.clock,
        log: engine.log,
      }).due(),
    ).toBeNull()
    expect(() => engine.settings.set('whatsapp.recycleAt', '25:00')).toThrow(/04:00/)
  })

  it('restarts a browser above the memory threshold, then gives the new one time', async () => {
    const noon = Date.UTC(2031, 0, 15, 11, 0)
    const { engine, advance } = setup(noon, 'Europe/Berlin')
    engine.settings.set('whatsapp.recycleAboveMiB', 800)
    let rss = 700 * MiB
    const { gateway, recycled } = fakeGateway('ready', { stateSince: noon - 3600_000 })
    const r = new Recycler({
      gateway,
      settings: engine.settings,
      clock: engine.clock,
      log: engine.log,
      browserRss: () => rss,
    })
    expect(r.due()).toBeNull()
    rss = 900 * MiB
    expect(await r.check()).toBe(true)
    expect(recycled).toEqual(['memory 900 MiB above 800 MiB'])
    advance(10 * 60_000)
    expect(await r.check()).toBe(false)
    advance(25 * 60_000)
    expect(await r.check()).toBe(true)
  })
})
