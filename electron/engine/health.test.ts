// The health snapshot through the dispatcher (validated against the contract like any method): backlog and the
// oldest waiting reply's age on a fixed clock, the 60 s warning, and the link as this copy runs it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HealthSchema } from '../../shared/contract/health'
import { createDispatcher } from './api'
import { createEngine, type Engine } from './index'

describe('health', () => {
  let engine: Engine | null = null
  afterEach(async () => {
    await engine?.close()
    engine = null
  })

  it('reports the waiting replies, and warns once the oldest has waited over 60 s', async () => {
    let t = Date.UTC(2031, 4, 1, 9, 0, 0)
    engine = createEngine({ clock: { now: () => t }, startMessaging: false })
    const dispatch = createDispatcher(engine)
    const empty = await dispatch('health', {})
    expect(empty.ok).toBe(true)
    const h0 = HealthSchema.parse(empty.ok ? empty.value : null)
    expect(h0).toMatchObject({
      at: t,
      lastInboundAt: null,
      lastSentAt: null,
      outbox: { backlog: 0, oldestWaitingS: null },
      lastBackupAt: null,
      lastRecycle: null,
      warnings: [],
      whatsapp: { available: false, since: null },
    })
    expect(h0.memory.hostRssMiB).toBeGreaterThan(10)
    expect(h0.memory.browserRssMiB).toBeNull()

    engine.messaging.outbox.enqueue({ chat: '+919800000001', text: 'first', origin: 'bot' })
    t += 30_000
    engine.messaging.outbox.enqueue({ chat: '+919800000002', text: 'second', origin: 'bot' })
    t += 20_000
    const snapshot = async () => {
      const r = await dispatch('health', {})
      return HealthSchema.parse(r.ok ? r.value : null)
    }
    const h1 = await snapshot()
    expect(h1.outbox).toEqual({ backlog: 2, oldestWaitingS: 50 })
    expect(h1.warnings).toEqual([])
    t += 11_000
    const h2 = await snapshot()
    expect(h2.outbox).toEqual({ backlog: 2, oldestWaitingS: 61 })
    expect(h2.warnings).toEqual(['A reply has been waiting 61 s to go out (2 waiting in all).'])
  })

  it('names the newest backup of the data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-health-'))
    try {
      let t = Date.UTC(2031, 4, 1, 9, 0, 0)
      engine = createEngine({ dataDir: dir, clock: { now: () => t }, startMessaging: false })
      const dispatch = createDispatcher(engine)
      const before = await dispatch('health', {})
      expect(HealthSchema.parse(before.ok ? before.value : null).lastBackupAt).toBe(null)
      t += 60_000
      const made = await engine.backups.now('manual')
      const after = await dispatch('health', {})
      expect(HealthSchema.parse(after.ok ? after.value : null).lastBackupAt).toBe(made.at)
    } finally {
      await engine?.close()
      engine = null
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
