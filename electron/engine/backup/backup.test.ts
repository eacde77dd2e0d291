// Backups on the engine's clock and timers: one at start, one a day while running, 7 daily + 4 weekly kept.
// No real dates: the clock starts at a fixed moment and moves only when the test moves it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../index'
import type { Timers } from '../messaging/worker'
import { backupName, backupsToPrune, listBackups, parseBackupName, type BackupFile } from '../db/backup-files'

const HOUR = 3600_000
const DAY = 24 * HOUR
/** A Wednesday, 23:30 UTC: a day boundary is half an hour away (UTC+14 and UTC-12 shops alike). */
const T0 = Date.UTC(2031, 0, 15, 23, 30)

class ManualTimers implements Timers {
  private seq = 0
  pending = new Map<number, { at: number; fn: () => void }>()
  constructor(private readonly now: () => number) {}
  set(fn: () => void, ms: number): unknown {
    const id = ++this.seq
    this.pending.set(id, { at: this.now() + ms, fn })
    return id
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number)
  }
  /** Runs every timer that is due at the current time (and ones they set that are due too). */
  fireDue(): void {
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.at <= this.now())
      if (due.length === 0) return
      for (const [id, t] of due) {
        this.pending.delete(id)
        t.fn()
      }
    }
  }
}

const dirs: string[] = []
let engine: Engine | null = null
afterEach(async () => {
  await engine?.close()
  engine = null
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const file = (at: number, kind: BackupFile['kind'] = 'daily'): BackupFile => ({
  name: backupName(at, kind),
  path: `/x/${backupName(at, kind)}`,
  at,
  kind,
  bytes: 1,
})

describe('backup names and retention', () => {
  it('names a copy by its UTC time and reads the time back', () => {
    for (const at of [T0, T0 + 123, Date.UTC(2040, 11, 31, 23, 59, 59, 999)]) {
      expect(parseBackupName(backupName(at, 'start'))).toEqual({ at, kind: 'start' })
    }
    expect(parseBackupName('counterchat.db')).toBeNull()
    expect(parseBackupName('counterchat-2031011-000000000-start.db')).toBeNull()
  })

  it('keeps the newest copy of each of the last 7 days and of the 4 weeks before, never hand-made copies', () => {
    // Two copies a day (a start and a daily) for 60 days, plus one made by hand long ago.
    const files: BackupFile[] = []
    for (let d = 0; d < 60; d++) {
      files.push(file(T0 - d * DAY, 'daily'), file(T0 - d * DAY - 3 * HOUR, 'start'))
    }
    const manual = file(T0 - 300 * DAY, 'manual')
    const aside = file(T0 - 200 * DAY, 'before-restore')
    const all = [...files, manual, aside]
    const pruned = new Set(backupsToPrune(all))
    const kept = all.filter((f) => !pruned.has(f))
    expect(kept).toContain(manual)
    expect(kept).toContain(aside)
    const auto = kept.filter((f) => f.kind === 'daily' || f.kind === 'start').sort((a, b) => b.at - a.at)
    expect(auto).toHaveLength(11)
    // The 7 newest days, one copy each: the newest of that day.
    expect(auto.slice(0, 7).map((f) => f.at)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => T0 - d * DAY))
    // Then one per week, each in a different week, all older than the daily ones.
    const weekly = auto.slice(7)
    const weekOf = (at: number) => Math.floor((Math.floor(at / DAY) + 3) / 7)
    expect(new Set(weekly.map((f) => weekOf(f.at))).size).toBe(4)
    expect(Math.max(...weekly.map((f) => f.at))).toBeLessThan(T0 - 6 * DAY)
    // Nothing to prune once only the kept ones are left.
    expect(backupsToPrune(kept)).toEqual([])
  })
})

describe('backups while the engine runs', () => {
  it('makes one at start and one a day on the engine clock, and prunes to 7 daily + 4 weekly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-backup-'))
    dirs.push(dataDir)
    let t = T0
    const now = () => t
    const timers = new ManualTimers(now)
    engine = createEngine({ dataDir, clock: { now }, timers, startMessaging: false, backups: true })
    const settle = () => engine!.backups.idle()
    await settle()
    const names = () => readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.db')).sort()
    expect(names()).toEqual([backupName(T0, 'start')])

    // 23 hours on: not a day yet.
    for (let h = 0; h < 23; h++) {
      t += HOUR
      timers.fireDue()
    }
    await settle()
    expect(names()).toHaveLength(1)
    // A day after the start copy: the daily one.
    t += HOUR
    timers.fireDue()
    await settle()
    expect(names()).toEqual([backupName(T0, 'start'), backupName(T0 + DAY, 'daily')])

    // Seven weeks of running: at most 7 daily + 4 weekly copies remain.
    for (let h = 0; h < 49 * 24; h++) {
      t += HOUR
      timers.fireDue()
      await settle()
    }
    await settle()
    const kept = listBackups(dataDir)
    expect(kept.length).toBe(11)
    expect(kept[0]!.at).toBe(T0 + 50 * DAY)
    // The status Settings shows.
    expect(engine.backups.status().last).toMatchObject({ at: T0 + 50 * DAY, file: backupName(T0 + 50 * DAY, 'daily') })
  })

  it('a copy that fails (injected ENOSPC) leaves no partial file behind, and the next one works', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-backup-'))
    dirs.push(dataDir)
    engine = createEngine({ dataDir, startMessaging: false })
    const db = engine.db as unknown as { backup: (p: string) => Promise<unknown> }
    const real = db.backup.bind(db)
    db.backup = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
    await expect(engine.backups.now('manual')).rejects.toThrow(/ENOSPC/)
    // No half-written copy is left to be mistaken for a backup.
    expect(listBackups(dataDir)).toEqual([])
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([])
    db.backup = real
    await engine.backups.now('manual')
    expect(listBackups(dataDir)).toHaveLength(1)
    expect(engine.settings.get('shop.name')).toBe('My Shop')
  })
})
