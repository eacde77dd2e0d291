// Long-running WhatsApp Web pages grow in memory until the page is reloaded, so the browser is restarted on
// purpose: once a day at a quiet hour of the shop's own clock (default 04:00, `shop.timezone`), and whenever
// its memory passes a threshold. The gateway's recycle() holds sends back and lets those in flight finish, so
// a restart loses and repeats nothing; the catch-up at `ready` answers anything that arrived meanwhile.
import type { Clock } from '../../../shared/clock'
import { localTime } from '../../../shared/hours'
import type { Logger } from '../log'
import type { SettingsReader } from '../settings/settings'
import type { SHOP_SETTINGS } from '../settings/shop'
import type { WHATSAPP_SETTINGS } from './settings'
import type { Gateway } from './gateway'

/** A daily restart happens only within this long after its time (a PC that slept through it waits a day). */
const DAILY_WINDOW_MS = 2 * 60 * 60_000
/** After a restart for memory, give the new browser this long before judging it again. */
const MEMORY_GRACE_MS = 30 * 60_000

export interface RecyclerDeps {
  gateway: Gateway
  settings: SettingsReader<
    typeof SHOP_SETTINGS & typeof WHATSAPP_SETTINGS,
    'shop.timezone' | 'whatsapp.recycleAt' | 'whatsapp.recycleAboveMiB'
  >
  clock: Clock
  log: Logger
  /** Browser memory in bytes, or null; default the gateway's health(). */
  browserRss?: () => number | null
}

export class Recycler {
  private timer: ReturnType<typeof setInterval> | null = null
  private lastMemoryRecycle = -Infinity
  private busy = false

  constructor(private readonly d: RecyclerDeps) {}

  start(everyMs = 60_000): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.check(), everyMs)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** The reason a restart is due now, or null. */
  due(): string | null {
    const { gateway, settings, clock } = this.d
    const now = clock.now()
    const health = gateway.health?.()
    if (gateway.linkState.state !== 'ready' || !health || !gateway.recycle) return null
    const limitMiB = settings.get('whatsapp.recycleAboveMiB')
    const rss = this.d.browserRss ? this.d.browserRss() : health.browserRss
    if (
      limitMiB > 0 &&
      rss !== null &&
      rss > limitMiB * 1024 * 1024 &&
      now - this.lastMemoryRecycle > MEMORY_GRACE_MS
    )
      return `memory ${Math.round(rss / 1024 / 1024)} MiB above ${limitMiB} MiB`
    const at = settings.get('whatsapp.recycleAt')
    const slot = lastSlot(now, at, settings.get('shop.timezone'))
    // Due when today's slot has passed recently and the browser has been up since before it (one started
    // after the slot is fresh already, and a restart at the slot makes the next check find it so).
    if (slot !== null && now - slot < DAILY_WINDOW_MS && health.stateSince < slot) return `daily at ${at}`
    return null
  }

  async check(): Promise<boolean> {
    if (this.busy) return false
    const reason = this.due()
    if (!reason) return false
    this.busy = true
    try {
      if (reason.startsWith('memory')) this.lastMemoryRecycle = this.d.clock.now()
      this.d.log.info('whatsapp browser restart due', { reason })
      return (await this.d.gateway.recycle?.(reason)) ?? false
    } catch (err) {
      this.d.log.warn('whatsapp browser restart failed', { reason, error: String(err) })
      return false
    } finally {
      this.busy = false
    }
  }
}

/**
 * Epoch ms of the latest `HH:MM` in `timeZone` at or before `now`; null when `at` is empty. Minutes are counted
 * from the local wall clock, so a day with a daylight-saving shift is off by that hour at most.
 */
export function lastSlot(now: number, at: string, timeZone: string): number | null {
  const m = /^(\d\d):(\d\d)$/.exec(at)
  if (!m) return null
  const slotMin = Number(m[1]) * 60 + Number(m[2])
  const lt = localTime(now, timeZone)
  const sinceSlotMin = (lt.minutes - slotMin + 1440) % 1440
  const intoMinuteMs = now % 60_000
  return now - sinceSlotMin * 60_000 - intoMinuteMs
}
