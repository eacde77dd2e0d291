// Backup files in <data>/backups: their names, which are kept, and the newest one. Pure apart from listing
// the folder, so retention is tested with made-up times (no real dates).
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const BACKUP_DIR = 'backups'
export type BackupKind = 'start' | 'daily' | 'manual' | 'before-restore'

const NAME = /^counterchat-(\d{8})-(\d{6})(\d{3})?-(start|daily|manual|before-restore)\.db$/

export interface BackupFile {
  name: string
  path: string
  /** When the copy was made, from its name (UTC, the engine's clock). */
  at: number
  kind: BackupKind
  bytes: number
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** counterchat-20260101-093000123-start.db: sortable, UTC, readable by a person looking in the folder. */
export function backupName(at: number, kind: BackupKind): string {
  const d = new Date(at)
  const day = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}`
  return `counterchat-${day}-${time}-${kind}.db`
}

export function parseBackupName(name: string): { at: number; kind: BackupKind } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [, day, time, ms, kind] = m as unknown as [string, string, string, string | undefined, BackupKind]
  const at = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(ms ?? 0),
  )
  return Number.isFinite(at) ? { at, kind } : null
}

/** Every backup in <dataDir>/backups, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = join(dataDir, BACKUP_DIR)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const out: BackupFile[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const path = join(dir, name)
    const st = statSync(path, { throwIfNoEntry: false })
    if (!st?.isFile() || st.size === 0) continue
    out.push({ name, path, at: parsed.at, kind: parsed.kind, bytes: st.size })
  }
  return out.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name))
}

export function newestBackup(dataDir: string): BackupFile | null {
  return listBackups(dataDir)[0] ?? null
}

const DAY = 24 * 3600 * 1000

/** Monday-based week number since the epoch (UTC), for "one copy per week". */
function weekOf(at: number): number {
  // 1970-01-01 was a Thursday: shift so weeks start on Monday.
  return Math.floor((Math.floor(at / DAY) + 3) / 7)
}

/**
 * Which automatic copies (start, daily) to delete: the newest copy of each of the 7 most recent days that have
 * one, and the newest copy of each of the 4 most recent weeks before those, are kept. Copies made by hand and
 * the copies set aside by a restore are never deleted here.
 */
export function backupsToPrune(files: readonly BackupFile[], keepDaily = 7, keepWeekly = 4): BackupFile[] {
  const auto = files.filter((f) => f.kind === 'start' || f.kind === 'daily').sort((a, b) => b.at - a.at)
  const keep = new Set<BackupFile>()
  const days = new Set<number>()
  for (const f of auto) {
    const day = Math.floor(f.at / DAY)
    if (days.has(day) || days.size >= keepDaily) continue
    days.add(day)
    keep.add(f)
  }
  const oldestKeptDay = Math.min(...days)
  const weeks = new Set<number>()
  for (const f of auto) {
    if (keep.has(f)) continue
    const day = Math.floor(f.at / DAY)
    if (day >= oldestKeptDay) continue
    const week = weekOf(f.at)
    if (weeks.has(week) || weeks.size >= keepWeekly) continue
    weeks.add(week)
    keep.add(f)
  }
  return auto.filter((f) => !keep.has(f))
}
