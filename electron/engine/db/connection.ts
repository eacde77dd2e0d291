// One SQLite connection per engine. WAL so the UI's reads never wait for the inbox's writes, and
// synchronous=NORMAL, which in WAL mode still survives a process crash (only power loss can drop the last commit).
// A file on disk is checked before it is opened for writing (open-check.ts): an empty or damaged database is
// refused, never turned into a new empty shop.
import Database from 'better-sqlite3'
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import { checkDatabaseFile, DamagedDatabaseError, databaseProblem, ReadOnlyDataError } from './open-check'
import { newestBackup } from './backup-files'
import { FILE_MODE } from '../private-files'
import { dirname, join } from 'node:path'

export type DB = Database.Database

export function openDatabase(path: string): DB {
  const onDisk = path !== ':memory:' && path !== ''
  const existed = onDisk && existsSync(path)
  if (onDisk) checkDatabaseFile(path)
  const db = new Database(path)
  // Private before the first write: SQLite gives the WAL and shared-memory files the database file's mode.
  if (onDisk && !existed && process.platform !== 'win32') chmodSync(path, FILE_MODE)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, MIGRATIONS)
  return db
}

/**
 * A read-only data folder (export, orders): SQLite cannot open a WAL database there (it needs its -shm file),
 * so the database (and its WAL, which may hold the newest commits) is copied into a private temporary folder
 * and read from there. The shop's own files are only read. Returns the copy and a function removing it.
 */
export function openReadOnlyCopy(path: string): { db: DB; dispose: () => void } {
  if (!existsSync(path)) throw new ReadOnlyDataError(dirname(path), 'the folder is read-only and holds no shop database yet')
  const dir = mkdtempSync(join(tmpdir(), 'counterchat-read-'))
  const dispose = () => rmSync(dir, { recursive: true, force: true })
  try {
    const copy = join(dir, 'counterchat.db')
    for (const suffix of ['', '-wal']) {
      if (existsSync(path + suffix)) {
        copyFileSync(path + suffix, copy + suffix)
        chmodSync(copy + suffix, FILE_MODE)
      }
    }
    const problem = databaseProblem(copy)
    if (problem) throw new DamagedDatabaseError(path, problem, newestBackup(dirname(path))?.path ?? null)
    return { db: openDatabase(copy), dispose }
  } catch (err) {
    dispose()
    throw err
  }
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>()

/** A prepared statement, compiled once per connection: hot paths (imports, the inbox) run the same SQL often. */
export function stmt(db: DB, sql: string): Database.Statement {
  let byDb = cache.get(db)
  if (!byDb) cache.set(db, (byDb = new Map()))
  let s = byDb.get(sql)
  if (!s) byDb.set(sql, (s = db.prepare(sql)))
  return s
}
