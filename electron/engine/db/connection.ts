// One SQLite connection per engine. WAL so the UI's reads never wait for the inbox's writes, and
// synchronous=NORMAL, which in WAL mode still survives a process crash (only power loss can drop the last commit).
import Database from 'better-sqlite3'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'

export type DB = Database.Database

export function openDatabase(path: string): DB {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, MIGRATIONS)
  return db
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
