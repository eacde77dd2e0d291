// The link heals itself: a WhatsApp page whose renderer died (killed, as the system does when memory runs
// short) or froze leaves Chrome running and used to leave the state "ready" while nothing was answered. Here the
// page alone is killed or frozen while customers keep writing; the state must leave "ready" within 30 s, come
// back by itself, and every customer must get exactly one reply, judged by the double's own record of what
// WhatsApp was handed. A planned restart (recycle) under traffic loses and repeats nothing either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LinkState } from '../../electron/engine/whatsapp/gateway'
import { rendererPids } from '../../electron/engine/whatsapp/processes'
import { systemClock } from '../../shared/clock'
import { createDoubleEngine, type DoubleEngine } from './engine-harness'
import { tempDir, until } from './helpers'
import { WhatsAppDouble } from './server'

const customer = (round: number, i: number): string =>
  `9197${String(round).padStart(3, '0')}${String(i).padStart(5, '0')}@c.us`

describe('a dead or frozen WhatsApp page is noticed and healed', () => {
  const double = new WhatsAppDouble(systemClock)
  const dir = tempDir('liveness')
  let h: DoubleEngine
  const states: { at: number; state: LinkState }[] = []

  const repliesTo = (chat: string): number => double.sent.filter((s) => s.to === chat).length
  const waitState = (want: LinkState['state'], ms: number): Promise<void> =>
    until(
      () => h.gateway.linkState.state === want,
      ms,
      `gateway ${want} (now ${JSON.stringify(h.gateway.linkState)})`,
    )
  /** Customers of one round: some write before the fault, some while the page is dead. */
  const write = async (round: number, from: number, to: number): Promise<string[]> => {
    const chats: string[] = []
    for (let i = from; i < to; i++) {
      chats.push(customer(round, i))
      await double.receive(customer(round, i), `${(i % 4) + 1} kg onion`)
    }
    return chats
  }
  /** Every chat has its one reply, and a moment later still exactly one (no late duplicate). */
  const exactlyOneReplyEach = async (chats: string[]): Promise<void> => {
    await until(() => chats.every((c) => repliesTo(c) >= 1), 60_000, 'a reply for every customer')
    await h.engine.messaging.whenIdle()
    await new Promise((r) => setTimeout(r, 1500))
    expect(chats.filter((c) => repliesTo(c) !== 1)).toEqual([])
  }

  beforeAll(async () => {
    await double.start()
    h = await createDoubleEngine({ dataDir: dir.path, port: double.port })
    h.gateway.on('state', (state) => states.push({ at: performance.now(), state }))
    await h.gateway.start()
    await waitState('qr', 20_000)
    await double.scan()
    await waitState('ready', 20_000)
  })
  afterAll(async () => {
    await h?.gateway.stop()
    await h?.engine.close()
    await double.stop()
    dir.remove()
  })

  it('notices a killed page renderer, restarts, and answers what arrived meanwhile once', async () => {
    const before = await write(1, 0, 5)
    await until(() => before.every((c) => repliesTo(c) === 1), 20_000, 'replies before the fault')
    const browserPid = h.gateway.currentClient?.pupBrowser?.process()?.pid
    expect(browserPid).toBeTypeOf('number')
    const renderers = rendererPids(browserPid!)
    expect(renderers.length).toBeGreaterThan(0)
    const mark = states.length
    const killedAt = performance.now()
    for (const pid of renderers) process.kill(pid, 'SIGKILL')
    const during = await write(1, 5, 25)

    await until(
      () => states.slice(mark).some((s) => s.state.state !== 'ready'),
      30_000,
      'the state leaving ready',
    )
    const down = states.slice(mark).find((s) => s.state.state !== 'ready')!
    expect(down.at - killedAt).toBeLessThan(30_000)
    expect(down.state).toMatchObject({ state: 'disconnected', detail: 'PAGE_CRASHED' })
    expect(down.state.state === 'disconnected' && down.state.reason).toMatch(
      /page .*crashed.*Reconnecting in/,
    )
    // Chrome itself was not what died: the page alone.
    await waitState('ready', 60_000)
    expect(h.gateway.currentClient?.pupBrowser?.process()?.pid).not.toBe(browserPid)
    await exactlyOneReplyEach([...before, ...during])
  })

  it('notices a frozen page by its missing heartbeat', async () => {
    const mark = states.length
    const frozenAt = performance.now()
    await double.command('freeze')
    const during = await write(2, 0, 10)
    await until(
      () => states.slice(mark).some((s) => s.state.state !== 'ready'),
      30_000,
      'the state leaving ready',
    )
    const down = states.slice(mark).find((s) => s.state.state !== 'ready')!
    expect(down.at - frozenAt).toBeLessThan(30_000)
    expect(down.state).toMatchObject({ state: 'disconnected', detail: 'PAGE_UNRESPONSIVE' })
    expect(down.state.state === 'disconnected' && down.state.reason).toMatch(
      /stopped responding.*Reconnecting in/,
    )
    await waitState('ready', 60_000)
    await exactlyOneReplyEach(during)
  })

  it('"Reconnect" restarts a link that says ready but whose page does not answer', async () => {
    await double.command('freeze')
    await new Promise((r) => setTimeout(r, 200))
    expect(h.gateway.linkState.state).toBe('ready')
    const mark = states.length
    await h.gateway.start()
    expect(states.slice(mark).map((s) => s.state.state)).toContain('starting')
    await waitState('ready', 60_000)
    // A live page is left alone: a second click restarts nothing.
    const mark2 = states.length
    await h.gateway.start()
    expect(states.slice(mark2)).toEqual([])
  })

  it('a planned restart (recycle) under traffic loses and repeats nothing', async () => {
    await double.setSendDelay(300)
    const first = await write(3, 0, 15)
    await until(() => double.sent.some((s) => first.includes(s.to)), 20_000, 'the first replies going out')
    const recycling = h.gateway.recycle('test')
    const during = await write(3, 15, 30)
    expect(await recycling).toBe(true)
    expect(h.gateway.health().lastRecycle).toMatchObject({ reason: 'test' })
    await waitState('ready', 60_000)
    await double.setSendDelay(0)
    await exactlyOneReplyEach([...first, ...during])
  })
})
