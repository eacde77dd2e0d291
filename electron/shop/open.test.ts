import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openShop, type Shop } from './open'
import { runningHostPid } from '../engine/host-lock'

const dirs: string[] = []
const shops: Shop[] = []
afterEach(async () => {
  for (const s of shops.splice(0)) await s.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'cc-open-'))
  dirs.push(d)
  return d
}
const open = (...a: Parameters<typeof openShop>) => {
  const s = openShop(...a)
  shops.push(s)
  return s
}

/**
 * Every timer the code under electron/ starts between `begin()` and `live()`: intervals until cleared,
 * timeouts until they fire or are cleared. Unref'd timers count too: they do not keep the process alive, but a
 * leaked one still runs against a closed shop (the desktop used to leave its watcher behind).
 */
function trackTimers() {
  const g = globalThis as unknown as Record<string, (...a: unknown[]) => unknown>
  const saved = Object.fromEntries(['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].map((k) => [k, g[k]!]))
  const live = new Map<unknown, string>()
  const ours = () => /[/\\]electron[/\\](engine|shop)[/\\]/.test(new Error().stack ?? '')
  g.setTimeout = (fn: unknown, ...rest: unknown[]) => {
    const tracked = ours()
    const h: unknown = saved.setTimeout!((...a: unknown[]) => {
      live.delete(h)
      ;(fn as (...a: unknown[]) => void)(...a)
    }, ...rest)
    if (tracked) live.set(h, new Error().stack!.split('\n').slice(2, 5).join(' | '))
    return h
  }
  g.setInterval = (...a: unknown[]) => {
    const h = saved.setInterval!(...a)
    if (ours()) live.set(h, new Error().stack!.split('\n').slice(2, 5).join(' | '))
    return h
  }
  for (const k of ['clearTimeout', 'clearInterval']) {
    g[k] = (h: unknown) => {
      live.delete(h)
      return saved[k]!(h)
    }
  }
  return {
    live: () => [...live.values()],
    restore: () => Object.assign(g, saved),
  }
}

describe('openShop', () => {
  it('a host announces writes by another process, and close() stops the watcher, WhatsApp and the engine', async () => {
    const dataDir = folder()
    const timers = trackTimers()
    try {
      const host = open({ dataDir, host: 'headless', downloadBrowser: false, watchIntervalMs: 20, env: {} })
      expect(host.whatsapp).not.toBeNull()
      expect(runningHostPid(dataDir)).toBe(process.pid)
      const announced: string[] = []
      host.engine.events.subscribe((event, payload) => {
        if ((payload as { reason?: string }).reason === 'external') announced.push(event)
      })

      // `counterchat import` beside the running host: the open screens are told to reload.
      const cli = open({ dataDir, host: 'cli' })
      await cli.engine.catalog.loadSample()
      await cli.close()
      await expect.poll(() => announced.length, { timeout: 2000 }).toBeGreaterThan(0)
      // The host had timers running: the watcher, the outbox, payment polling, the daily backup.
      expect(timers.live().length).toBeGreaterThan(0)

      await host.close()
      expect(timers.live()).toEqual([])
      expect(host.engine.db.open).toBe(false)
      expect(runningHostPid(dataDir)).toBeNull()
      expect(existsSync(join(dataDir, 'host.lock'))).toBe(false)
      // A second close() (the desktop's before-quit can fire twice) is the same close.
      await host.close()
    } finally {
      timers.restore()
    }
  })

  it('a CLI command starts nothing in the background and leaves no host.lock', async () => {
    const dataDir = folder()
    const timers = trackTimers()
    try {
      const cli = open({ dataDir, host: 'cli' })
      expect(cli.whatsapp).toBeNull()
      expect(runningHostPid(dataDir)).toBeNull()
      expect(timers.live()).toEqual([])
      await cli.close()
      expect(cli.engine.db.open).toBe(false)
    } finally {
      timers.restore()
    }
  })

  it('keeps reading a read-only shop for export and orders', async () => {
    const dataDir = folder()
    await open({ dataDir, host: 'cli' }).close()
    const reader = open({ dataDir, host: 'cli', access: 'read' })
    expect(reader.engine.catalog.isEmpty()).toBe(true)
    await reader.close()
  })

  it('a host that cannot start leaves nothing behind', () => {
    const file = join(folder(), 'not-a-folder')
    writeFileSync(file, 'x')
    expect(() => openShop({ dataDir: file, host: 'headless', downloadBrowser: false, env: {} })).toThrow()
    expect(runningHostPid(file)).toBeNull()
  })
})
