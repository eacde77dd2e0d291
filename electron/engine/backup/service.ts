// Backups of the shop's database with SQLite's online backup (better-sqlite3's db.backup()): a consistent copy
// while the engine keeps writing. One at each start and one a day while running, into <data>/backups, keeping
// 7 daily and 4 weekly copies (files.ts). The daily timer and the names use the engine's clock and timers, so
// tests move time instead of waiting for it.
import { chmodSync, copyFileSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { DB } from '../db/connection'
import { openDatabase } from '../db/connection'
import type { Logger } from '../log'
import type { Timers } from '../messaging/worker'
import { FILE_MODE, mkdirPrivate } from '../private-files'
import { ConflictError, NotFoundError } from '../errors'
import { databaseProblem } from '../db/open-check'
import {
  BACKUP_DIR,
  backupName,
  backupsToPrune,
  listBackups,
  type BackupFile,
  type BackupKind,
} from '../db/backup-files'

const HOUR = 3600 * 1000
const DAY = 24 * HOUR

export interface BackupView {
  file: string
  at: number
  bytes: number
}

const view = (f: BackupFile): BackupView => ({ file: f.name, at: f.at, bytes: f.bytes })

/** A consistent copy of `db` at `dest` (0600), written under a temporary name first. */
export async function backupTo(db: DB, dest: string): Promise<void> {
  const tmp = `${dest}.partial`
  rmSync(tmp, { force: true })
  try {
    await db.backup(tmp)
    chmodSync(tmp, FILE_MODE)
    renameSync(tmp, dest)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
}

export class Backups {
  private timer: unknown = null
  private running: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly d: {
      db: DB
      dataDir: string | null
      now: () => number
      timers: Timers
      log: Logger
      /** Called after a restore replaced the tables, so open screens reload. */
      onRestored?: () => void
    },
  ) {}

  get available(): boolean {
    return this.d.dataDir !== null
  }

  private dir(): string {
    if (!this.d.dataDir)
      throw new ConflictError('This CounterChat keeps nothing on disk, so there is nothing to back up.')
    return join(this.d.dataDir, BACKUP_DIR)
  }

  status(): { last: BackupView | null; backups: BackupView[]; available: boolean } {
    if (!this.d.dataDir) return { last: null, backups: [], available: false }
    const all = listBackups(this.d.dataDir).filter((f) => f.kind !== 'before-restore')
    return { last: all[0] ? view(all[0]) : null, backups: all.map(view), available: true }
  }

  /** A copy now into backups/, then old automatic copies are pruned. */
  async now(kind: BackupKind): Promise<BackupView> {
    const dir = this.dir()
    mkdirPrivate(dir)
    const at = this.d.now()
    const path = join(dir, backupName(at, kind))
    const work = this.running.then(() => backupTo(this.d.db, path))
    this.running = work.catch(() => {})
    await work
    this.prune()
    this.d.log.info('backup made', { file: basename(path), kind })
    const made = listBackups(this.d.dataDir!).find((f) => f.path === path)
    return made ? view(made) : { file: basename(path), at, bytes: 0 }
  }

  private prune(): void {
    for (const f of backupsToPrune(listBackups(this.d.dataDir!))) {
      try {
        rmSync(f.path)
      } catch (err) {
        this.d.log.warn('old backup not removed', { file: f.name, error: String(err) })
      }
    }
  }

  /** One copy at start, then one whenever a day has passed since the last one (checked hourly). */
  start(): void {
    if (!this.d.dataDir || this.timer) return
    void this.safely('start')
    const tick = () => {
      this.timer = this.d.timers.set(tick, HOUR)
      const last = this.status().last
      if (!last || this.d.now() - last.at >= DAY) void this.safely('daily')
    }
    this.timer = this.d.timers.set(tick, HOUR)
  }

  /** Resolves when the copies started so far are written (tests). */
  async idle(): Promise<void> {
    let seen: Promise<unknown> | null = null
    while (seen !== this.running) {
      seen = this.running
      await seen
    }
  }

  async stop(): Promise<void> {
    if (this.timer) this.d.timers.clear(this.timer)
    this.timer = null
    await this.running
  }

  private async safely(kind: BackupKind): Promise<void> {
    try {
      await this.now(kind)
    } catch (err) {
      // A full or read-only disk must not stop the shop; the log and Settings (no recent backup) show it.
      this.d.log.error('backup failed', { kind, error: err instanceof Error ? err.message : String(err) })
    }
  }

  /**
   * Settings → "Restore": replaces every table of the running shop with a kept copy. The shop as it is now is
   * first copied aside (a before-restore backup); the copy is brought up to this app's schema in a scratch file;
   * then all tables are replaced inside one transaction, so a failure leaves the shop as it was.
   */
  async restoreInPlace(file: string): Promise<{ restored: string; keptAside: string }> {
    const dir = this.dir()
    const source = listBackups(this.d.dataDir!).find((f) => f.name === file)
    if (!source) throw new NotFoundError(`No backup named ${file.slice(0, 200)} in ${dir}.`)
    const problem = databaseProblem(source.path)
    if (problem) throw new ConflictError(`The backup ${file} ${problem}; choose another one.`)
    const aside = await this.now('before-restore')
    const scratch = join(dir, `.restore-${process.pid}.db`)
    copyFileSync(source.path, scratch)
    chmodSync(scratch, FILE_MODE)
    try {
      openDatabase(scratch).close() // migrates the copy to this app's schema
      replaceTables(this.d.db, scratch)
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true })
    }
    this.d.log.info('backup restored', { file, keptAside: aside.file })
    this.d.onRestored?.()
    return { restored: file, keptAside: join(dir, aside.file) }
  }
}

/** Every table of `db` (but the migration record) replaced from the same table in the database file `from`. */
function replaceTables(db: DB, from: string): void {
  db.prepare('ATTACH DATABASE ? AS restore_src').run(from)
  try {
    // Virtual tables (the catalog's FTS5 search index) and their shadow tables cannot be written row by row:
    // only ordinary tables are copied, and each full-text index is rebuilt from its copied content afterwards.
    const listed = db.prepare('PRAGMA main.table_list').all() as { name: string; type: string }[]
    const tables = listed
      .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && t.name !== 'schema_migrations')
      .map((t) => t.name)
    const fullText = (
      db
        .prepare(
          "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
        )
        .all() as { name: string }[]
    ).map((r) => `"${r.name.replaceAll('"', '""')}"`)
    const fk = db.pragma('foreign_keys', { simple: true }) as number
    db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        // Triggers (e.g. the order counts) would count the copy twice: they are set aside while rows are
        // replaced, and the copy's own derived tables come across as they are.
        const triggers = db
          .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
          .all() as { name: string; sql: string }[]
        for (const tr of triggers) db.exec(`DROP TRIGGER main."${tr.name.replaceAll('"', '""')}"`)
        for (const t of tables) {
          const q = `"${t.replaceAll('"', '""')}"`
          const cols = (db.prepare(`PRAGMA main.table_info(${q})`).all() as { name: string }[]).map(
            (c) => `"${c.name.replaceAll('"', '""')}"`,
          )
          const srcCols = new Set(
            (db.prepare(`PRAGMA restore_src.table_info(${q})`).all() as { name: string }[]).map(
              (c) => `"${c.name.replaceAll('"', '""')}"`,
            ),
          )
          db.prepare(`DELETE FROM main.${q}`).run()
          const shared = cols.filter((c) => srcCols.has(c))
          if (shared.length === 0) continue
          db.prepare(
            `INSERT INTO main.${q} (${shared.join(', ')}) SELECT ${shared.join(', ')} FROM restore_src.${q}`,
          ).run()
        }
        for (const fts of fullText) db.prepare(`INSERT INTO main.${fts} (${fts}) VALUES ('rebuild')`).run()
        for (const tr of triggers) db.exec(tr.sql)
        const broken = db.prepare('PRAGMA main.foreign_key_check').all()
        if (broken.length > 0)
          throw new ConflictError(
            'The backup does not fit together (broken links between its rows); nothing was changed.',
          )
      })()
    } finally {
      db.pragma(`foreign_keys = ${fk ? 'ON' : 'OFF'}`)
    }
  } finally {
    db.prepare('DETACH DATABASE restore_src').run()
  }
}
