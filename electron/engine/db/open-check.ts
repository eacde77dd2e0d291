// Damage is detected, never papered over. SQLite treats an empty file as a new database and would happily
// build an empty shop in it; a damaged one fails later with "database disk image is malformed". Before the
// engine opens counterchat.db for writing, the file's header is checked, then `PRAGMA quick_check` runs on a
// read-only connection (which never checkpoints or rewrites anything). A damaged file is refused in plain
// words naming it and the newest backup, and is left byte for byte as it was.
import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { newestBackup } from './backup-files'

/** The first 16 bytes of every SQLite 3 database file. */
const HEADER = Buffer.from('SQLite format 3\0', 'latin1')

export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly newestBackup: string | null,
  ) {
    super(
      `The shop's database ${file} ${problem}. CounterChat did not open it and did not change it. ` +
        (newestBackup
          ? `The newest backup is ${newestBackup}: restore it with "counterchat restore ${newestBackup} --data ${dirname(file)}" (the damaged file is kept aside).`
          : `No backup was found in ${dirname(file)}/backups. Keep this file: it may still be rescued.`),
    )
    this.name = 'DamagedDatabaseError'
  }
}

/** The data folder (or a file in it) cannot be written: said plainly, with what still works. */
export class ReadOnlyDataError extends Error {
  constructor(readonly dir: string, cause: string) {
    super(
      `CounterChat cannot write to the data folder ${dir} (${cause}). Nothing was changed. ` +
        '"counterchat export" and "counterchat orders" still work on it; for anything else, make the folder writable (or copy it somewhere writable).',
    )
    this.name = 'ReadOnlyDataError'
  }
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = readSync(fd, buf, 0, 100, 0)
    return buf.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}

/** The problem with a database file in plain words, or null when it looks whole. A missing file is fine (new shop). */
export function databaseProblem(path: string): string | null {
  if (!existsSync(path)) return null
  const size = statSync(path).size
  if (size === 0) return 'is empty (0 bytes): it holds no shop'
  const header = readHeader(path)
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER)) return 'is not a CounterChat database (its first bytes are not a SQLite header): it may be damaged or replaced'
  let db: Database.Database | null = null
  const hadWal = existsSync(`${path}-wal`)
  const hadShm = existsSync(`${path}-shm`)
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    const rows = db.pragma('quick_check(20)') as { quick_check: string }[]
    const first = rows[0]?.quick_check
    if (rows.length === 1 && first === 'ok') return null
    return `is damaged (the check found ${rows.length === 20 ? '20 or more' : rows.length} problem${rows.length === 1 ? '' : 's'}, e.g. "${String(first).slice(0, 120)}")`
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    // A read-only connection may fail for reasons that are not damage (a folder we may not read).
    if (/malformed|not a database|corrupt|file is encrypted/i.test(message)) {
      return `is damaged (SQLite says: ${message.slice(0, 120)})`
    }
    throw err
  } finally {
    db?.close()
    // A read-only look at a WAL database may leave an empty -wal and its -shm behind; only ours, only empty.
    if (!hadWal && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) {
      rmSync(`${path}-wal`, { force: true })
      if (!hadShm) rmSync(`${path}-shm`, { force: true })
    }
  }
}

/** Throws DamagedDatabaseError when `path` exists but is empty or damaged. */
export function checkDatabaseFile(path: string): void {
  const problem = databaseProblem(path)
  if (problem) throw new DamagedDatabaseError(path, problem, newestBackup(dirname(path))?.path ?? null)
}

export const DB_FILE = 'counterchat.db'
export const isDatabaseFile = (path: string): boolean => basename(path) === DB_FILE
