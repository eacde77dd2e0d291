// One SQLite connection per engine. WAL so the UI's reads never wait for the inbox's writes, and
// synchronous=NORMAL, which in WAL mode still survives a process crash (only power loss can drop the last commit).
// A file on disk is checked before it is opened for writing (open-check.ts): an empty or damaged database is
// refused, never turned into a new empty shop.
import Database from 'better-sqlite3'
import { chmodSync, existsSync } from 'node:fs'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import { checkDatabaseFile, ReadOnlyDataError } from './open-check'
import { FILE_MODE } from '../private-files'
import { dirname } from 'node:path'

export type DB = Database.Database

export interface OpenOptions {
  /** Read only (a read-only data folder): no migration, no WAL switch, nothing written. */
  readonly?: boolean
}

export function openDatabase(path: string, opts: OpenOptions = {}): DB {
  const onDisk = path !== ':memory:' && path !== ''
  const existed = onDisk && existsSync(path)
  if (onDisk) checkDatabaseFile(path)
  if (opts.readonly) return openReadOnly(path)
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

function openReadOnly(path: string): DB {
  if (!existsSync(path)) {
    throw new ReadOnlyDataError(dirname(path), 'the folder is read-only and holds no shop database yet')
  }
  const db = new Database(path, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  const latest = Math.max(...MIGRATIONS.map((m) => m.version))
  const current = db.pragma('user_version', { simple: true }) as number
  if (current !== latest) {
    db.close()
    // Older: bringing it up to date would write. Newer: migrate() would refuse it anyway; say so the same way.
    if (current > latest) return migrateRefusal(path)
    throw new ReadOnlyDataError(dirname(path), 'the database is from an older CounterChat and must be updated, which needs writing')
  }
  return db
}

function migrateRefusal(path: string): never {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    migrate(db, MIGRATIONS)
  } finally {
    db.close()
  }
  throw new Error('unreachable: migrate refuses a newer database')
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
